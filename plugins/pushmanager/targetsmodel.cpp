#include "targetsmodel.h"

#include "platforms.h"
#include "pushmanager.h"

#include <QColor>
#include <QLocale>

namespace lj::push {

TargetsModel::TargetsModel(PushManager &manager, QObject *parent) : QAbstractTableModel(parent), m_manager(manager)
{
    connect(&manager, &PushManager::targetsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&manager, &PushManager::healthChanged, this, [this](const QString &id) {
        const int row = m_manager.indexOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, State), index(row, ColumnCount - 1));
    });
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manager.targets().size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetsModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_manager.targets()[row].id : QString();
}

QString TargetsModel::stateText(PushState state)
{
    switch (state) {
    case PushState::Idle:
        return tr("Idle");
    case PushState::Connecting:
        return tr("Connecting");
    case PushState::Live:
        return tr("Live");
    case PushState::Reconnecting:
        return tr("Reconnecting");
    case PushState::Failed:
        return tr("Failed");
    case PushState::Paused:
        return tr("Paused: the network is too weak");
    }
    return {};
}

QString TargetsModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString TargetsModel::bytesText(quint64 bytes)
{
    return QLocale::system().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString TargetsModel::bitrateText(double lastSecond, double lastMinute)
{
    return tr("%1 / %2 kbps").arg(qRound(lastSecond)).arg(qRound(lastMinute));
}

QString TargetsModel::retryText(const QDateTime &nextRetry, const QDateTime &now)
{
    if (!nextRetry.isValid())
        return {};
    return tr("%1 s").arg(qMax<qint64>(0, now.secsTo(nextRetry)));
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PushTarget &t = m_manager.targets()[index.row()];
    const PushHealth h = m_manager.health(t.id);
    if (role == TargetIdRole)
        return t.id;
    if (role == StateRole)
        return int(h.state);
    if (role == Qt::CheckStateRole && index.column() == Name)
        return t.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (h.state) {
        case PushState::Live:
            return QColor(30, 140, 60);
        case PushState::Failed:
            return QColor(200, 40, 40);
        case PushState::Reconnecting:
        case PushState::Connecting:
        case PushState::Paused:
            return QColor(200, 130, 0);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool running = h.state == PushState::Live || h.state == PushState::Reconnecting;
    switch (Column(index.column())) {
    case Name:
        if (t.classroom)
            return tr("%1 (classroom, rehearsals only)").arg(t.name);
        return t.main ? tr("%1 (main platform)").arg(t.name) : t.name;
    case Platform:
        // Which canvas it pushes: the phones' portrait one is said.
        return t.portrait ? tr("%1 · portrait 9:16").arg(Platforms::byId(t.platform).name) : Platforms::byId(t.platform).name;
    case State:
        return stateText(h.state);
    case LiveTime:
        return h.liveSince.isValid() ? durationText(h.liveSince.secsTo(QDateTime::currentDateTime())) : QString();
    case Bitrate:
        return running ? bitrateText(h.kbpsLastSecond, h.kbpsLastMinute) : QString();
    case Encoder:
        return running && h.bitrateKbps > 0 ? tr("%1 kbps").arg(h.bitrateKbps) : QString();
    case Dropped:
        return running || h.totalFrames ? QString::number(h.droppedFrames) : QString();
    case Sent:
        return h.bytesSent ? bytesText(h.bytesSent) : QString();
    case Retry:
        return retryText(h.nextRetry, QDateTime::currentDateTime());
    case Message:
        return h.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Target");
    case Platform:
        return tr("Platform");
    case State:
        return tr("State");
    case LiveTime:
        return tr("Live time");
    case Bitrate:
        return tr("Bitrate (1 s / 1 min)");
    case Encoder:
        return tr("Encoder");
    case Dropped:
        return tr("Dropped frames");
    case Sent:
        return tr("Sent");
    case Retry:
        return tr("Next retry");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::CheckStateRole)
        return false;
    PushTarget t = m_manager.targets()[index.row()];
    t.enabled = value.toInt() == Qt::Checked;
    m_manager.saveTarget(t, {});
    return true;
}

} // namespace lj::push
