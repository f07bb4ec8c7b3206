#include "shelfcontroller.h"

#include "imagecache.h"
#include "importer.h"
#include "productstore.h"

#include "core/paths.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace lj::shelf {

namespace {
ShelfController *s_instance = nullptr;
}

ShelfController::ShelfController(const QString &dbPath, QObject *parent) : QObject(parent)
{
    s_instance = this;
    m_open = m_db.open(dbPath, &m_error);
    if (!m_open)
        qWarning("product shelf: %s", qPrintable(m_error));
    m_images = std::make_unique<catalog::ImageCache>(StudioPaths::configRoot() + QStringLiteral("/cache/images"));
    connect(m_images.get(), &catalog::ImageCache::ready, this, &ShelfController::reload);
    if (m_open) {
        catalog::ShowStore shows(m_db);
        // A show left running (the studio was closed or crashed) carries on.
        m_show = shows.runningShow();
        if (const std::optional<catalog::Show> running = m_show ? shows.show(m_show) : std::nullopt)
            setRundown(running->rundownId);
    }
    // Prices and stock change in the catalog (a sync, the host's edits).
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, &ShelfController::reload);
    m_refresh.start();
}

ShelfController::~ShelfController()
{
    if (s_instance == this)
        s_instance = nullptr;
    m_db.close();
}

ShelfController *ShelfController::instance()
{
    return s_instance;
}

QList<catalog::Rundown> ShelfController::rundowns()
{
    return m_open ? catalog::ShowStore(m_db).rundowns() : QList<catalog::Rundown>();
}

qint64 ShelfController::defaultRundown()
{
    const QList<catalog::Rundown> all = rundowns();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const catalog::Rundown &r : all)
        if (r.showDate == today)
            return r.id;
    return all.isEmpty() ? 0 : all.first().id;
}

void ShelfController::setRundown(qint64 id)
{
    m_rundownId = id;
    m_rundownName.clear();
    m_codes.clear();
    m_content = ShelfContent();
    if (m_open && id > 0) {
        if (const std::optional<catalog::Rundown> rundown = catalog::ShowStore(m_db).rundown(id)) {
            m_rundownName = rundown->name;
            for (const catalog::RundownItem &item : rundown->items)
                m_codes << item.productCode;
        }
    }
    // Back in a running show: the product last explained is current again.
    if (m_show > 0) {
        const auto explained = catalog::ShowStore(m_db).explanations(m_show);
        if (!explained.isEmpty() && std::get<2>(explained.last()) == 0)
            m_content.current = int(m_codes.indexOf(std::get<0>(explained.last())));
    }
    readProducts();
    Q_EMIT changed();
}

CardProduct ShelfController::cardFor(const QString &code)
{
    CardProduct card;
    card.code = code;
    const std::optional<catalog::Product> product = catalog::ProductStore(m_db).byCode(code);
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
        const QString url = product->imageUrls.first();
        const QUrl parsed(url);
        const QString local = parsed.isLocalFile() ? parsed.toLocalFile() : QFileInfo(url).isAbsolute() ? url : QString();
        const QString file = !local.isEmpty() ? local : m_images->file(url);
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
    if (!m_open)
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
    if (!m_open)
        return;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM rundowns)"));
    if (!q.next() || q.value(0).toLongLong() > 0)
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = in.readAll();
    const catalog::ImportResult imported = catalog::ProductImporter::importJson(m_db, bytes, catalog::ImportMode::AllOrNothing);
    if (!imported.applied)
        return;
    catalog::Rundown rundown;
    rundown.name = tr("Demo rundown");
    rundown.showDate = QDate::currentDate().toString(Qt::ISODate);
    for (const QJsonValue &v : QJsonDocument::fromJson(bytes).object().value(QStringLiteral("products")).toArray())
        rundown.items << catalog::RundownItem{v[QStringLiteral("code")].toString(), 5};
    QString error;
    if (catalog::ShowStore(m_db).saveRundown(rundown, &error)) {
        setRundown(rundown.id);
        Q_EMIT rundownsChanged();
    }
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
    if (m_open && m_show == 0) {
        startShow(); // records the current product as the show's first, and reports the change
        return;
    }
    QString error;
    if (m_open && !catalog::ShowStore(m_db).explain(m_show, m_content.products[index].code, &error))
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
    if (m_show > 0 || !m_open)
        return m_show;
    QString error;
    const QString title = m_rundownName.isEmpty() ? tr("Live show %1").arg(QDate::currentDate().toString(Qt::ISODate))
                                                  : m_rundownName;
    m_show = catalog::ShowStore(m_db).startShow(title, m_rundownId, {}, &error);
    if (m_show == 0)
        Q_EMIT problem(tr("The show record could not be started: %1").arg(error));
    else if (m_content.current >= 0)
        catalog::ShowStore(m_db).explain(m_show, m_content.products[m_content.current].code, &error);
    Q_EMIT changed();
    return m_show;
}

void ShelfController::endShow()
{
    if (m_show == 0)
        return;
    QString error;
    if (!catalog::ShowStore(m_db).endShow(m_show, &error)) {
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
    if (!m_open)
        return {};
    catalog::ShowStore shows(m_db);
    const qint64 id = m_show > 0 ? m_show : shows.lastShow();
    const std::optional<catalog::Show> show = shows.show(id);
    if (!show)
        return {};
    *title = show->title;
    const catalog::ProductStore products(m_db);
    const QList<Chapter> list = Chapters::fromShow(
        show->startedAtMs, show->endedAtMs, QDateTime::currentMSecsSinceEpoch(), shows.explanations(id),
        [&products](const QString &code) {
            const std::optional<catalog::Product> product = products.byCode(code);
            return product ? product->title : QString();
        });
    return Chapters::text(list);
}

} // namespace lj::shelf
