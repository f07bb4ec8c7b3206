#include "tickersource.h"

#include "feeds.h"
#include "tickerhub.h"

#include "core/money.h"
#include "core/overlaytranslator.h"
#include "core/qtsource.h"

#include <QFontMetrics>
#include <QPainter>

#include <cstring>

namespace lj::ticker {

const char *const TickerSource::kTypeId = "lj_sales_ticker";

TickerSource::TickerSource(obs_data_t *settings, obs_source_t *source)
    : m_source(source), m_hub(sourceTypeOwner<TickerHub>(source))
{
    if (m_hub)
        connect(m_hub, &TickerHub::languageChanged, this, &TickerSource::repaint);
    if (m_hub)
        for (auto changed : {&TickerHub::rehearsalChanged, &TickerHub::simulatedPaceChanged})
            connect(m_hub, changed, this, [this] {
                applyFeed();
                repaint();
            });
    update(settings);
}

TickerSource::~TickerSource()
{
    if (m_hub)
        m_hub->forget(this);
}

void TickerSource::reportTotals()
{
    if (m_hub)
        m_hub->report(this, {m_feedKind, m_rehearsal, m_state.orders(), m_state.items(), m_state.salesFen()});
}

void TickerSource::update(obs_data_t *settings)
{
    m_painted.setSize(uint32_t(obs_data_get_int(settings, "width")), uint32_t(obs_data_get_int(settings, "height")));
    m_painted.setScrollSpeed(float(obs_data_get_double(settings, "speed")));
    m_fontSize = int(obs_data_get_int(settings, "font_size"));
    m_setKind = QString::fromUtf8(obs_data_get_string(settings, "feed"));
    m_feedFile = QString::fromUtf8(obs_data_get_string(settings, "feed_file"));
    m_simRate = obs_data_get_double(settings, "sim_rate");
    applyFeed();
    repaint();
}

void TickerSource::applyFeed()
{
    // A rehearsal never shows real orders as if they were its own.
    const QString kind = m_hub && m_hub->isRehearsal() ? QStringLiteral("simulated") : m_setKind;
    const QString &path = m_feedFile;
    const double rate = m_hub && m_hub->simulatedPace() > 0 ? m_hub->simulatedPace() : m_simRate;
    const QString key = kind + QLatin1Char('|') + (kind == QLatin1String("file") ? path : QString()) + QLatin1Char('|') +
                        (kind == QLatin1String("simulated") ? QString::number(rate) : QString());
    if (key != m_feedKey) {
        m_feedKey = key;
        m_state = TickerState();
        m_feed = createFeed(kind, path, rate, m_hub);
        m_feedKind = kind;
        m_rehearsal = kind == QLatin1String("simulated");
        reportTotals();
        if (m_feed) {
            connect(m_feed.get(), &SalesFeed::received, this, [this](const SaleEvent &e) {
                if (!m_state.add(e))
                    return;
                if (m_hub && m_rehearsal && e.kind == SaleEvent::Kind::Order)
                    m_hub->recordRehearsalOrder(this, e);
                repaint();
                reportTotals();
            });
            connect(m_feed.get(), &SalesFeed::problem, this, [](int line, const QString &reason) {
                if (line > 0)
                    qWarning("sales feed: line %d skipped: %s", line, qPrintable(reason));
                else
                    qWarning("sales feed: %s", qPrintable(reason));
            });
            m_feed->start();
        }
    }
}

QImage TickerSource::paint() const
{
    const int height = int(qMax<uint32_t>(16, m_painted.height()));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(qBound(8, m_fontSize, height));
    font.setBold(true);
    QStringList parts;
    // Made-up orders must never pass for real ones on a public stream.
    // The audience's language (the room's overlay language), not the host's desktop.
    const OverlayTranslator *language = m_hub ? &m_hub->language() : nullptr;
    const auto say = [language](const char *source) {
        return language ? language->translate("lj::ticker::TickerSource", source) : tr(source);
    };
    if (m_rehearsal)
        parts << say(QT_TR_NOOP("[REHEARSAL · simulated orders]"));
    parts << say(QT_TR_NOOP("Orders %1 · Sales ¥%2")).arg(m_state.orders()).arg(formatYuan(m_state.salesFen()));
    const QList<SaleEvent> &recent = m_state.recent();
    for (auto it = recent.crbegin(); it != recent.crend(); ++it)
        parts << SaleEventText::display(*it, language);
    const QString text = parts.join(QStringLiteral("    ·    ")) + QStringLiteral("    ·    ");
    const QFontMetrics metrics(font);
    const int width = qMax(int(m_painted.width()), metrics.horizontalAdvance(text) + 16);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(20, 20, 28, 200));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(8, 0, width - 8, height), Qt::AlignVCenter | Qt::AlignLeft, text);
    return image;
}

void TickerSource::repaint()
{
    m_painted.setImage(paint());
}

obs_source_info TickerSource::info()
{
    obs_source_info info = {};
    info.id = kTypeId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_CUSTOM_DRAW;
    info.get_name = [](void *) {
        static const QByteArray name = tr("Live sales ticker").toUtf8();
        return name.constData();
    };
    setQtSourceCallbacks<TickerSource>(info);
    info.get_defaults = [](obs_data_t *settings) {
        obs_data_set_default_string(settings, "feed", "manual");
        obs_data_set_default_double(settings, "sim_rate", 12.0);
        obs_data_set_default_int(settings, "width", 1280);
        obs_data_set_default_int(settings, "height", 60);
        obs_data_set_default_double(settings, "speed", 90.0);
        obs_data_set_default_int(settings, "font_size", 30);
    };
    info.get_properties = [](void *) {
        obs_properties_t *props = obs_properties_create();
        obs_property_t *feed = obs_properties_add_list(props, "feed", tr("Orders from").toUtf8().constData(),
                                                       OBS_COMBO_TYPE_LIST, OBS_COMBO_FORMAT_STRING);
        obs_property_list_add_string(feed, tr("Manual entry (Sales entry dock)").toUtf8().constData(), "manual");
        obs_property_list_add_string(feed, tr("The 龙江好货 platform (running show)").toUtf8().constData(), "platform");
        obs_property_list_add_string(feed, tr("A file of JSON lines").toUtf8().constData(), "file");
        obs_property_list_add_string(feed, tr("Simulated orders (rehearsal, never sent)").toUtf8().constData(), "simulated");
        obs_properties_add_path(props, "feed_file", tr("Sales feed file (JSON lines)").toUtf8().constData(), OBS_PATH_FILE,
                                "JSON lines (*.jsonl *.json *.txt)", nullptr);
        obs_properties_add_float_slider(props, "sim_rate", tr("Simulated orders per minute").toUtf8().constData(), 1, 120, 1);
        // Only the chosen feed's own settings are shown.
        obs_property_set_modified_callback(feed, [](obs_properties_t *props, obs_property_t *, obs_data_t *settings) {
            const char *kind = obs_data_get_string(settings, "feed");
            obs_property_set_visible(obs_properties_get(props, "feed_file"), strcmp(kind, "file") == 0);
            obs_property_set_visible(obs_properties_get(props, "sim_rate"), strcmp(kind, "simulated") == 0);
            return true;
        });
        obs_properties_add_int(props, "width", tr("Width").toUtf8().constData(), 64, 4096, 2);
        obs_properties_add_int(props, "height", tr("Height").toUtf8().constData(), 16, 400, 2);
        obs_properties_add_float_slider(props, "speed", tr("Scroll speed (pixels per second)").toUtf8().constData(), 0, 600, 5);
        obs_properties_add_int(props, "font_size", tr("Text size").toUtf8().constData(), 8, 200, 1);
        return props;
    };
    return info;
}

} // namespace lj::ticker
