#pragma once

#include "pushoutput.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lj::push {

class PushManager;

/// The push targets as a table: one row a target, with its health.
/// Never shows a stream key.
class TargetsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Platform, State, LiveTime, Bitrate, Encoder, Dropped, Sent, Retry, Message, ColumnCount };
    enum Role { TargetIdRole = Qt::UserRole + 1, StateRole };

    explicit TargetsModel(PushManager &manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QString idAt(int row) const;

    static QString stateText(PushState state);
    static QString durationText(qint64 seconds);
    static QString bytesText(quint64 bytes);
    static QString bitrateText(double lastSecond, double lastMinute);
    /// "12 s", or empty when no retry is waiting.
    static QString retryText(const QDateTime &nextRetry, const QDateTime &now);

private:
    PushManager &m_manager;
};

} // namespace lj::push
