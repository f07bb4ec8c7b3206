#include "producttablemodel.h"

#include "imagecache.h"

#include <QFont>

namespace lj::catalog {

ProductTableModel::ProductTableModel(ImageCache *images, QObject *parent) : QAbstractTableModel(parent), m_images(images)
{
    if (m_images) {
        connect(m_images, &ImageCache::ready, this, [this](const QString &url) {
            for (int row = 0; row < m_products.size(); ++row) {
                if (m_products[row].imageUrls.value(0) == url)
                    Q_EMIT dataChanged(index(row, Code), index(row, Code), {Qt::DecorationRole});
            }
        });
    }
}

void ProductTableModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

const Product *ProductTableModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products[row] : nullptr;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    const Product *p = productAt(index.row());
    if (!p)
        return {};
    if (role == ProductCodeRole)
        return p->code;
    if (role == Qt::DecorationRole && index.column() == Code && m_images && !p->imageUrls.isEmpty())
        return m_images->thumbnail(p->imageUrls.first());
    if (role == Qt::ToolTipRole)
        return p->sellingPoints.isEmpty() ? p->title : QString(p->title + QLatin1Char('\n') + p->sellingPoints);
    if (role == Qt::TextAlignmentRole && (index.column() == LivePrice || index.column() == ListPrice || index.column() == Stock))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return p->code;
    case Title:
        return p->title;
    case LivePrice:
        return QString(QStringLiteral("¥") + formatYuan(p->livePriceFen));
    case ListPrice:
        return QString(QStringLiteral("¥") + formatYuan(p->listPriceFen));
    case Stock:
        return p->stock;
    case Origin:
        return p->origin;
    case Source:
        return p->source == QLatin1String("platform") ? tr("Platform") : tr("Local");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Product");
    case LivePrice:
        return tr("Live price");
    case ListPrice:
        return tr("List price");
    case Stock:
        return tr("Stock");
    case Origin:
        return tr("Origin");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lj::catalog
