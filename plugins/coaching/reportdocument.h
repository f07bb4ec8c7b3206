#pragma once

// A coaching report as a trainer reads it: a page with the figures, the
// charts (Qt Charts), the silences and the suggestions — as HTML for the
// screen, PDF for the printer, JSON for other programs.

#include "coachingreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QTextDocument;

namespace lj::coaching {

class ReportDocument final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ReportDocument)
public:
    /// The charts' colours, fixed so a printed page reads the same everywhere.
    static constexpr QRgb kPlannedColor = 0xff8c96a0;
    static constexpr QRgb kActualColor = 0xffe8590c;
    static constexpr QRgb kTalkColor = 0xff2f9e44;
    static constexpr QRgb kOrdersColor = 0xff1971c2;

    enum class Charts { Embedded, Resources };

    explicit ReportDocument(CoachingReport report) : m_report(std::move(report)) {}

    /// The page. Embedded: charts inside as data: URLs, silences link to the
    /// replay (a browser plays the recording beside the report). Resources:
    /// charts named "chart:products" and "chart:orders", for a QTextDocument.
    QString html(Charts charts = Charts::Embedded) const;
    /// Planned, actual and talk minutes per product, as horizontal bars
    /// (productsChartSize(): taller with more products).
    QSize productsChartSize() const;
    QImage productsChart(QSize size) const;
    /// Orders in each minute of the recording.
    QImage ordersChart(QSize size) const;
    /// Each platform's upload (kbps) over the show.
    QImage platformsChart(QSize size) const;

    /// Puts the charts into `document` under the names html(Resources) uses.
    void addCharts(QTextDocument &document) const;
    /// By the file's extension: .html, .pdf or .json. Written whole or not at all.
    bool write(const QString &path, QString *error) const;
    QByteArray pdf() const;

private:
    CoachingReport m_report;
};

} // namespace lj::coaching
