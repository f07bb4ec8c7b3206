#pragma once

// 美颜: a libobs video filter of our own — edge-preserving skin smoothing,
// brightening, a rosy tint and detail sharpening, drawn on the GPU with a
// libobs effect (beauty.effect), so it runs wherever libobs renders.

#include <obs.h>

#include <QCoreApplication>

namespace lj::looks {

class BeautyFilter final {
    Q_DECLARE_TR_FUNCTIONS(lj::looks::BeautyFilter)
public:
    static constexpr const char *kTypeId = "lj_beauty_filter";
    /// The filter type (register with PluginContext::addSourceType).
    static obs_source_info info();

    /// Settings keys, each 0..100.
    static constexpr const char *kSmooth = "smooth";
    static constexpr const char *kWhiten = "whiten";
    static constexpr const char *kRosy = "rosy";
    static constexpr const char *kSharpen = "sharpen";
    /// The left half untouched, for comparing while editing.
    static constexpr const char *kSplit = "split";

private:
    BeautyFilter(obs_data_t *settings, obs_source_t *context);
    ~BeautyFilter();
    void update(obs_data_t *settings);
    void render();

    obs_source_t *m_context;
    gs_effect_t *m_effect = nullptr;
    gs_eparam_t *m_texel = nullptr, *m_radius = nullptr, *m_smooth = nullptr, *m_rangeSigma = nullptr, *m_whiten = nullptr,
                *m_rosy = nullptr, *m_sharpen = nullptr, *m_split = nullptr;
    float m_smoothAmount = 0, m_whitenAmount = 0, m_rosyAmount = 0, m_sharpenAmount = 0;
    bool m_splitView = false;
};

} // namespace lj::looks
