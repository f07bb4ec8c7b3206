#pragma once

#include "cardpainter.h"
#include "core/chapters.h"

#include "catalogservice.h"
#include "shelfservice.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTimer>


namespace lj::shelf {

/// Which product of the show's rundown is being explained. Follows the
/// catalog (prices and stock as they change there), moves on the host's
/// command, and writes every change with its time into the show record so
/// the replay can be chaptered. One per studio (the plugin's); every shelf
/// source shows it. The catalog is reached through its service only.
class ShelfController final : public QObject, public ShelfService {
    Q_OBJECT
public:
    explicit ShelfController(catalog::CatalogService &catalog, QObject *parent = nullptr);
    ~ShelfController() override;

    bool isOpen() const { return m_catalog.isOpen(); }
    QString lastError() const { return m_catalog.lastError(); }

    QList<catalog::Rundown> rundowns();
    qint64 rundownId() const override { return m_rundownId; }
    QString rundownName() const { return m_rundownName; }
    /// Shows this rundown (0: none); the current product starts unset.
    void setRundown(qint64 id) override;
    /// Today's rundown if there is one, else the newest.
    qint64 defaultRundown();

    const ShelfContent &content() const { return m_content; }
    int current() const { return m_content.current; }

    /// Moves to the next / previous product of the rundown (stops at the ends).
    void next() override;
    void previous() override;
    /// Explains product `index` of the rundown now.
    void pick(int index) override;
    /// A limited-time offer for the current product, `seconds` from now (0 ends it).
    void startCountdown(int seconds);

    /// The running show record (0 if none). A show starts on the first
    /// product explained, or here.
    qint64 show() const { return m_show; }
    /// Shows started from now on are rehearsals (彩排: never reported) or not.
    void setRehearsal(bool rehearsal) { m_rehearsal = rehearsal; }
    qint64 startShow() override;
    void endShow() override;
    /// The replay's chapters of the running show, or else of the last one,
    /// as text (empty when no show record has any); `title` gets the show's.
    QString chapters(QString *title);

    /// For the demo room: when the catalog has no products and no rundowns,
    /// imports the demo products from `file` (the catalog's JSON) and plans
    /// today's demo rundown with them, then shows it. Never touches a catalog
    /// that has anything in it.
    void seedDemo(const QString &file);

    /// Reads products again (prices, stock, pictures) and reports a change.
    void reload();

    // ShelfService
    CurrentProduct currentProduct() const override;
    int productCount() const override { return int(m_content.products.size()); }
    qint64 runningShow() const override { return m_show; }
    QRectF cardArea() const override { return m_cardArea ? m_cardArea() : QRectF(); }
    /// Where cardArea() is found (the plugin looks at the program scene).
    void setCardAreaProvider(std::function<QRectF()> provider) { m_cardArea = std::move(provider); }
    QMetaObject::Connection onChanged(QObject *context, std::function<void()> changed) override;

Q_SIGNALS:
    void changed();
    void rundownsChanged();
    /// Another rundown is shown (the host's, the guide's or the room's choice).
    void rundownSet(qint64 id);
    /// Plain words about something that did not work (the shelf goes on).
    void problem(const QString &message);

private:
    CardProduct cardFor(const QString &code);
    /// What the rundown list looks like (ids, names, dates), to tell a change.
    QString rundownsSignature();
    /// Reads the rundown's products; true if anything on the cards changed.
    bool readProducts();

    catalog::CatalogService &m_catalog;
    QHash<QString, QImage> m_pictures; ///< decoded pictures by file
    qint64 m_rundownId = 0;
    QString m_rundownName;
    bool m_rehearsal = false;
    QStringList m_codes;
    ShelfContent m_content;
    qint64 m_show = 0;
    QString m_rundownsSeen;
    QTimer m_refresh;
    std::function<QRectF()> m_cardArea;
};

} // namespace lj::shelf
