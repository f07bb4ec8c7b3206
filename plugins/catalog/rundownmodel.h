#pragma once

#include "showstore.h"

#include <QAbstractTableModel>

#include <functional>

namespace lj::catalog {

/// A rundown's items: product and planned minutes, in show order. Rows move
/// by drag and drop (or moveRows); minutes are edited in place.
class RundownModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Product, Minutes, ColumnCount };
    using TitleLookup = std::function<QString(const QString &code)>;

    explicit RundownModel(TitleLookup titles, QObject *parent = nullptr);
    void setRundown(const Rundown &rundown);
    const Rundown &rundown() const { return m_rundown; }
    void append(const QString &productCode, int minutes = 5);
    void removeAt(int row);
    /// Total planned minutes.
    int totalMinutes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// The rundown was edited (reordered, added to, minutes changed).
    void edited();

private:
    TitleLookup m_titles;
    Rundown m_rundown;
};

} // namespace lj::catalog
