#pragma once

// Cuts clips out of a show's recording with FFmpeg's libraries: by stream
// copy from the keyframe at or before the start (fast), or re-encoded and cut
// on the frame (exact), optionally as a 9:16 portrait frame.

#include "clipplan.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

namespace lj::coaching {

struct ClipOptions {
    /// Re-encoded and cut on the frame and the audio sample; else copied from
    /// the keyframe at or before the start (at most one keyframe interval early).
    bool exact = false;
    /// A 9:16 frame (re-encoded): the centre of a landscape recording.
    bool portrait = false;
    QSize portraitSize{720, 1280};
    /// Where the product card is on the recording's frame (fractions of its
    /// width and height): kept on screen in a portrait clip. Empty: none.
    QRectF card;
    int videoBitrateKbps = 2500; ///< of re-encoded video
};

/// What became of one clip.
struct ClipOutcome {
    ClipSpec spec;
    QString file;  ///< the clip written (empty: none)
    QString error; ///< why not, in plain words
};

class ClipCutter final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ClipCutter)
public:
    explicit ClipCutter(QString recording);
    ~ClipCutter();

    /// Opens the recording (once for every clip cut from it).
    bool open(QString *error);
    qint64 durationMs() const;
    QSize frameSize() const;

    /// Writes [startMs, endMs) of the recording to `out` (MP4). The file is
    /// filled under a part name and renamed when whole: a failure or a cancel
    /// leaves nothing. `progress(fraction)` is called as it goes; returning
    /// false cancels.
    bool cut(qint64 startMs, qint64 endMs, const QString &out, const ClipOptions &options,
             const std::function<bool(double fraction)> &progress, QString *error);
    /// FFmpeg says only its errors from now on, in this whole process (a
    /// command's output).
    static void quietLibraries();
    /// The part name `cut` writes `out` under.
    static QString partFile(const QString &out);
    /// True when the last cut failed for a full disk.
    bool diskFull() const { return m_diskFull; }

    /// Every clip of `specs` into `outDir` (made if missing), in order: a
    /// spec with a problem gets it as its error, a full disk or a cancel
    /// ends the run (the clips not cut say so). `progress(clip, fraction)`
    /// returns false to cancel.
    QList<ClipOutcome> cutAll(const QList<ClipSpec> &specs, const QString &outDir, const ClipOptions &options,
                              const std::function<bool(int clip, double fraction)> &progress);

private:
    struct Input;
    QString m_recording;
    std::unique_ptr<Input> m_input;
    bool m_diskFull = false;
};

} // namespace lj::coaching
