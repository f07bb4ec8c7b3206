#pragma once

// The product shelf's service: which product of the rundown is being
// explained, and the show it belongs to. Declare {"id": "productshelf"} in
// your plugin's dependencies and take it with
// context.service<lj::shelf::ShelfService>() in dependenciesReady().

#include <QMetaObject>
#include <QObject>
#include <QRectF>
#include <QString>

#include <functional>

namespace lj::shelf {

/// The product being explained, as the shelf shows it.
struct CurrentProduct {
    int index = -1;     ///< in the rundown; -1: none yet
    QString code;       ///< the catalog's product code
    QString title;
    qint64 livePriceFen = 0;
    int stock = 0;
};

/// Called on the Qt thread.
class ShelfService {
public:
    static constexpr const char *kServiceId = "lj.shelf.ShelfService/2";

    virtual ~ShelfService() = default;

    virtual CurrentProduct currentProduct() const = 0;
    /// How many products the shown rundown has.
    virtual int productCount() const = 0;
    virtual qint64 rundownId() const = 0;
    /// Shows this rundown (the catalog's id; 0: none).
    virtual void setRundown(qint64 id) = 0;
    virtual void next() = 0;
    virtual void previous() = 0;
    /// Explains product `index` of the rundown now.
    virtual void pick(int index) = 0;
    /// The running show record (0: none); products explained are written into it.
    virtual qint64 runningShow() const = 0;
    virtual qint64 startShow() = 0;
    virtual void endShow() = 0;
    /// Where the product cards are on the landscape program picture, as
    /// fractions of its width and height (empty: no shelf shows cards), so a
    /// portrait clip of the recording keeps them on screen.
    virtual QRectF cardArea() const = 0;
    /// Calls `changed` (while `context` lives) when the product, the rundown
    /// or what the cards show changes.
    virtual QMetaObject::Connection onChanged(QObject *context, std::function<void()> changed) = 0;
};

} // namespace lj::shelf
