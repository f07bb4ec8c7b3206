#include "rundownmodel.h"

#include <QMimeData>

namespace lj::catalog {

namespace {
const QString kMime = QStringLiteral("application/x-longjiang-rundown-row");
}

RundownModel::RundownModel(TitleLookup titles, QObject *parent) : QAbstractTableModel(parent), m_titles(std::move(titles)) {}

void RundownModel::setRundown(const Rundown &rundown)
{
    beginResetModel();
    m_rundown = rundown;
    endResetModel();
}

void RundownModel::append(const QString &productCode, int minutes)
{
    const int row = int(m_rundown.items.size());
    beginInsertRows({}, row, row);
    m_rundown.items.append({productCode, minutes});
    endInsertRows();
    Q_EMIT edited();
}

void RundownModel::removeAt(int row)
{
    if (row < 0 || row >= m_rundown.items.size())
        return;
    beginRemoveRows({}, row, row);
    m_rundown.items.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int RundownModel::totalMinutes() const
{
    int total = 0;
    for (const RundownItem &item : m_rundown.items)
        total += item.plannedMinutes;
    return total;
}

int RundownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rundown.items.size());
}

int RundownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RundownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rundown.items.size())
        return {};
    const RundownItem &item = m_rundown.items[index.row()];
    if (index.column() == Product && role == Qt::DisplayRole) {
        const QString title = m_titles ? m_titles(item.productCode) : QString();
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(title.isEmpty() ? item.productCode : title);
    }
    if (index.column() == Product && role == Qt::UserRole)
        return item.productCode;
    if (index.column() == Minutes && (role == Qt::DisplayRole || role == Qt::EditRole))
        return item.plannedMinutes;
    return {};
}

QVariant RundownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Product ? tr("Product") : tr("Minutes");
}

bool RundownModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Minutes || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int minutes = value.toInt(&ok);
    if (!ok || minutes < 0 || minutes > 600)
        return false;
    m_rundown.items[index.row()].plannedMinutes = minutes;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RundownModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    if (index.column() == Minutes)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RundownModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                            int destinationChild)
{
    const int size = int(m_rundown.items.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= size ||
        destinationChild < 0 || destinationChild > size || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const RundownItem item = m_rundown.items.takeAt(sourceRow);
    m_rundown.items.insert(destinationChild > sourceRow ? destinationChild - 1 : destinationChild, item);
    endMoveRows();
    // Row numbers in the titles changed too.
    Q_EMIT dataChanged(index(0, Product), index(size - 1, Product));
    Q_EMIT edited();
    return true;
}

QStringList RundownModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *RundownModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool RundownModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    const int from = data->data(kMime).toInt();
    const int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_rundown.items.size()));
    moveRows({}, from, 1, {}, to);
    return false; // moved already: the view must not remove anything
}

} // namespace lj::catalog
