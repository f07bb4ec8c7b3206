#pragma once

// Which clips (直播切片) a show's recording gives: one per product
// explanation, placed on the recording, with the file name a host can read.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <tuple>

namespace lj::coaching {

struct ClipSpec {
    int number = 0;         ///< 1, 2, ... in the order explained
    QString productCode;
    QString title;          ///< the product's title (its code when unknown)
    qint64 startMs = 0;     ///< on the recording
    qint64 endMs = 0;
    QString fileName;       ///< "03_五常稻花香大米5kg_04m12s.mp4"; empty when `problem` is set
    QString problem;        ///< why this product has no clip (plain words); empty: it has one

    qint64 lengthMs() const { return endMs - startMs; }
};

class ClipPlan final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ClipPlan)
public:
    /// An explanation shorter than this (the host moving past a product) gives no clip.
    static constexpr qint64 kShortestMs = 3000;

    /// `explanations` as the show record keeps them: (product code, start,
    /// end or 0 when the show ended without closing it), wall-clock ms.
    /// `recordingStartMs` is the recording's second 0 and `recordingMs` its
    /// length: explanations are placed on it and cut to it. `planned`: the
    /// rundown's product codes — one never explained gets a spec with a
    /// problem, so the host learns why it has no clip.
    static QList<ClipSpec> make(const QList<std::tuple<QString, qint64, qint64>> &explanations, qint64 recordingStartMs,
                                qint64 recordingMs, const QStringList &planned,
                                const std::function<QString(const QString &code)> &titleOf);
    /// "03_五常稻花香大米5kg_04m12s.mp4": order, title without what file
    /// systems refuse or spaces, length.
    static QString fileName(int number, const QString &title, qint64 lengthMs);
};

} // namespace lj::coaching
