#pragma once

#include "catalogtypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace lj::catalog {

class ImageCache;

/// Search results as a table (thumbnail, code, title, prices, stock, origin).
class ProductTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, LivePrice, ListPrice, Stock, Origin, Source, ColumnCount };
    enum Role { ProductCodeRole = Qt::UserRole + 1 };

    explicit ProductTableModel(ImageCache *images = nullptr, QObject *parent = nullptr);
    void setProducts(const QList<Product> &products);
    const Product *productAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
    ImageCache *m_images;
};

} // namespace lj::catalog
