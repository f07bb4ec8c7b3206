#pragma once

#include <QLabel>

namespace lj::ticker {

class TickerHub;

/// The ticker's part of the host layout: today's orders and sales, as the
/// first ticker on the scenes counts them (marked when they are a rehearsal's).
class HostSalesPanel final : public QLabel {
    Q_OBJECT
public:
    explicit HostSalesPanel(TickerHub &hub, QWidget *parent = nullptr);

private:
    void refresh();

    TickerHub &m_hub;
};

} // namespace lj::ticker
