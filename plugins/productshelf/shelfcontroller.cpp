#include "shelfcontroller.h"

#include <QDate>
#include <QDateTime>
#include <QFile>

namespace lj::shelf {

ShelfController::ShelfController(catalog::CatalogService &catalog, QObject *parent) : QObject(parent), m_catalog(catalog)
{
    if (!m_catalog.isOpen())
        qWarning("product shelf: %s", qPrintable(m_catalog.lastError()));
    // A show left running (the studio was closed or crashed) carries on.
    m_show = m_catalog.runningShow();
    if (const std::optional<catalog::Show> running = m_show ? m_catalog.show(m_show) : std::nullopt)
        setRundown(running->rundownId);
    // Prices, stock and pictures change in the catalog (a sync, the host's
    // edits, a picture fetched): told at once, and re-read every few seconds
    // for what changes behind the studio's back.
    m_rundownsSeen = rundownsSignature();
    m_catalog.onChanged(this, [this] {
        reload();
        if (const QString seen = rundownsSignature(); seen != m_rundownsSeen) {
            m_rundownsSeen = seen;
            Q_EMIT rundownsChanged();
        }
    });
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, &ShelfController::reload);
    m_refresh.start();
}

ShelfController::~ShelfController() = default;

QList<catalog::Rundown> ShelfController::rundowns()
{
    return m_catalog.rundowns();
}

qint64 ShelfController::defaultRundown()
{
    return m_catalog.todaysRundown();
}

QString ShelfController::rundownsSignature()
{
    QStringList parts;
    for (const catalog::Rundown &r : m_catalog.rundowns())
        parts << QStringLiteral("%1|%2|%3").arg(r.id).arg(r.name, r.showDate);
    return parts.join(QLatin1Char('\n'));
}

CurrentProduct ShelfController::currentProduct() const
{
    CurrentProduct current;
    if (m_content.current < 0 || m_content.current >= m_content.products.size())
        return current;
    const CardProduct &card = m_content.products[m_content.current];
    current.index = m_content.current;
    current.code = card.code;
    current.title = card.title;
    current.livePriceFen = card.livePriceFen;
    current.stock = card.stock;
    return current;
}

QMetaObject::Connection ShelfController::onChanged(QObject *context, std::function<void()> changed)
{
    return connect(this, &ShelfController::changed, context, std::move(changed));
}

void ShelfController::setRundown(qint64 id)
{
    m_rundownId = id;
    m_rundownName.clear();
    m_codes.clear();
    m_content = ShelfContent();
    if (id > 0) {
        if (const std::optional<catalog::Rundown> rundown = m_catalog.rundown(id)) {
            m_rundownName = rundown->name;
            for (const catalog::RundownItem &item : rundown->items)
                m_codes << item.productCode;
        }
    }
    // Back in a running show: the product last explained is current again.
    if (m_show > 0) {
        const auto explained = m_catalog.explanations(m_show);
        if (!explained.isEmpty() && std::get<2>(explained.last()) == 0)
            m_content.current = int(m_codes.indexOf(std::get<0>(explained.last())));
    }
    readProducts();
    Q_EMIT changed();
    Q_EMIT rundownSet(id);
}

CardProduct ShelfController::cardFor(const QString &code)
{
    CardProduct card;
    card.code = code;
    const std::optional<catalog::Product> product = m_catalog.product(code);
    if (!product || product->deleted) {
        card.title = tr("%1 (no longer in the catalog)").arg(code);
        return card;
    }
    card.title = product->title;
    card.sellingPoints = product->sellingPoints;
    card.category = product->category;
    card.link = product->linkUrl;
    card.livePriceFen = product->livePriceFen;
    card.listPriceFen = product->listPriceFen;
    card.stock = product->stock;
    if (!product->imageUrls.isEmpty()) {
        const QString file = m_catalog.imageFile(product->imageUrls.first());
        if (!file.isEmpty()) {
            // Decoded once: the catalog is re-read every few seconds.
            auto picture = m_pictures.find(file);
            if (picture == m_pictures.end())
                picture = m_pictures.insert(file, QImage(file));
            card.image = *picture;
        }
    }
    return card;
}

bool ShelfController::readProducts()
{
    if (!m_catalog.isOpen())
        return false;
    QList<CardProduct> products;
    for (const QString &code : std::as_const(m_codes))
        products << cardFor(code);
    if (products == m_content.products)
        return false;
    m_content.products = products;
    return true;
}

void ShelfController::reload()
{
    if (readProducts())
        Q_EMIT changed();
}

void ShelfController::seedDemo(const QString &file)
{
    if (!m_catalog.isOpen() || m_catalog.productCount() > 0 || !m_catalog.rundowns().isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return;
    QString report;
    const catalog::ImportResult imported = m_catalog.importProducts(in.readAll(), file, catalog::ImportMode::AllOrNothing, &report);
    if (!imported.applied) {
        Q_EMIT problem(tr("The demo products could not be imported: %1").arg(report));
        return;
    }
    catalog::Rundown rundown = catalog::Rundown::today(tr("Demo rundown"), imported.codes);
    QString error;
    if (m_catalog.saveRundown(rundown, &error)) // the catalog tells of the new rundown
        setRundown(rundown.id);
}

void ShelfController::next()
{
    pick(m_content.current < 0 ? 0 : m_content.current + 1);
}

void ShelfController::previous()
{
    pick(m_content.current <= 0 ? 0 : m_content.current - 1);
}

void ShelfController::pick(int index)
{
    if (index < 0 || index >= m_content.products.size() || index == m_content.current)
        return;
    m_content.current = index;
    m_content.countdownEndMs = 0;
    if (m_catalog.isOpen() && m_show == 0) {
        startShow(); // records the current product as the show's first, and reports the change
        return;
    }
    QString error;
    if (m_catalog.isOpen() && !m_catalog.explain(m_show, m_content.products[index].code, &error))
        Q_EMIT problem(tr("The change of product could not be written to the show record: %1").arg(error));
    Q_EMIT changed();
}

void ShelfController::startCountdown(int seconds)
{
    m_content.countdownEndMs = seconds > 0 ? QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000 : 0;
    Q_EMIT changed();
}

qint64 ShelfController::startShow()
{
    if (m_show > 0 || !m_catalog.isOpen())
        return m_show;
    QString error;
    const QString title = m_rundownName.isEmpty() ? tr("Live show %1").arg(QDate::currentDate().toString(Qt::ISODate))
                                                  : m_rundownName;
    m_show = m_catalog.startShow(title, m_rundownId, m_rehearsal ? catalog::ShowKind::Rehearsal : catalog::ShowKind::Live, &error);
    if (m_show == 0)
        Q_EMIT problem(tr("The show record could not be started: %1").arg(error));
    else if (m_content.current >= 0)
        m_catalog.explain(m_show, m_content.products[m_content.current].code, &error);
    Q_EMIT changed();
    return m_show;
}

void ShelfController::endShow()
{
    if (m_show == 0)
        return;
    QString error;
    if (!m_catalog.endShow(m_show, &error)) {
        Q_EMIT problem(tr("The show record could not be closed: %1").arg(error));
        return;
    }
    m_show = 0;
    m_content.current = -1;
    m_content.countdownEndMs = 0;
    Q_EMIT changed();
}

QString ShelfController::chapters(QString *title)
{
    const qint64 id = m_show > 0 ? m_show : m_catalog.lastShow();
    const std::optional<catalog::Show> show = m_catalog.show(id);
    if (!show)
        return {};
    *title = show->title;
    const QList<Chapter> list = Chapters::fromShow(
        show->startedAtMs, show->endedAtMs, QDateTime::currentMSecsSinceEpoch(), m_catalog.explanations(id),
        [this](const QString &code) {
            const std::optional<catalog::Product> product = m_catalog.product(code);
            return product ? product->title : QString();
        });
    return Chapters::text(list);
}

} // namespace lj::shelf
