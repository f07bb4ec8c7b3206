#pragma once

#include "salesfeed.h"
#include "tickerstate.h"

#include "core/paintedsource.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace lj::ticker {

class TickerHub;

/// The "live-sales ticker" libobs source: running totals and the latest
/// orders and alerts (buyers masked), scrolling across the bottom of the video.
/// Text is painted only when an event arrives; frames only move the texture.
class TickerSource final : public QObject {
    Q_OBJECT
public:
    static const char *const kTypeId;
    /// The libobs registration table of this source type.
    static obs_source_info info();

    TickerSource(obs_data_t *settings, obs_source_t *source);
    ~TickerSource() override;
    void update(obs_data_t *settings);
    PaintedSource &painted() { return m_painted; }
    const TickerState &state() const { return m_state; }
    /// Paints the strip from the current state (Qt thread).
    QImage paint() const;

private:
    void repaint();
    /// Starts the feed the settings (or a rehearsal) ask for, unless it runs already.
    void applyFeed();
    /// Tells the plugin's hub what this ticker shows now.
    void reportTotals();

    obs_source_t *m_source;
    QPointer<TickerHub> m_hub; ///< the plugin's state (the source type's owner)
    QString m_feedKind;
    QString m_setKind;   ///< the feed the source's settings name
    QString m_feedFile;
    double m_simRate = 0;
    PaintedSource m_painted;
    TickerState m_state;
    std::unique_ptr<SalesFeed> m_feed;
    QString m_feedKey; ///< which feed, with its settings: a change starts over
    bool m_rehearsal = false;
    int m_fontSize = 30;
};

} // namespace lj::ticker
