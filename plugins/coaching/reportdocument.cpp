#include "reportdocument.h"

#include "core/atomicfile.h"
#include "core/money.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QDateTime>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lj::coaching {

namespace {

constexpr QSize kOrdersChart(900, 300);
constexpr int kPrintedChartWidth = 860; ///< an A4 page's text width, as QTextDocument lays it out for print

QString clock(double seconds)
{
    const int s = int(std::lround(std::max(0.0, seconds)));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString minutes(double seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

/// Draws a chart without a window: laid out at `size`, painted on white.
QImage render(QChart *chart, QSize size)
{
    QGraphicsScene scene; // owns the chart from here
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->resize(size);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    return image;
}

QString dataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString timingText(ProductReport::Timing timing)
{
    switch (timing) {
    case ProductReport::Timing::Short:
        return ReportDocument::tr("short");
    case ProductReport::Timing::Long:
        return ReportDocument::tr("long");
    case ProductReport::Timing::OnTime:
        break;
    }
    return ReportDocument::tr("on time");
}

QString dbText(double value, const char *unit)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) + QLatin1Char(' ') + QLatin1String(unit) : QStringLiteral("—");
}

} // namespace

QSize ReportDocument::productsChartSize() const
{
    return {900, 110 + 42 * int(std::max<qsizetype>(1, m_report.products.size()))}; // a bar group per product
}

QImage ReportDocument::productsChart(QSize size) const
{
    auto *series = new QHorizontalBarSeries;
    auto *planned = new QBarSet(tr("Planned"));
    auto *actual = new QBarSet(tr("Explained"));
    auto *talk = new QBarSet(tr("Talked"));
    planned->setColor(QColor::fromRgb(kPlannedColor));
    actual->setColor(QColor::fromRgb(kActualColor));
    talk->setColor(QColor::fromRgb(kTalkColor));
    QStringList names;
    double most = 1;
    // Horizontal bars run bottom-up: the first product goes last to read top-down.
    for (qsizetype i = m_report.products.size() - 1; i >= 0; --i) {
        const ProductReport &p = m_report.products[i];
        names << QStringLiteral("%1. %2").arg(i + 1).arg(p.title.left(14));
        *planned << p.plannedSeconds / 60.0;
        *actual << p.actualSeconds / 60.0;
        *talk << p.talkSeconds / 60.0;
        most = std::max({most, p.plannedSeconds / 60.0, p.actualSeconds / 60.0});
    }
    series->append({talk, actual, planned});
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Minutes per product: planned, explained, talked"));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::ceil(most));
    axisX->setTickCount(std::min(int(std::ceil(most)), 10) + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("minutes"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true);
    return render(chart, size);
}

QImage ReportDocument::ordersChart(QSize size) const
{
    auto *line = new QLineSeries;
    int most = 1;
    // A step line: each minute's count held across that minute.
    for (qsizetype m = 0; m < m_report.ordersPerMinute.size(); ++m) {
        const int n = m_report.ordersPerMinute[m];
        line->append(double(m), n);
        line->append(double(m + 1), n);
        most = std::max(most, n);
    }
    auto *area = new QAreaSeries(line);
    area->setName(tr("Orders per minute"));
    area->setColor(QColor::fromRgb(kOrdersColor));
    area->setBorderColor(QColor::fromRgb(kOrdersColor));
    auto *chart = new QChart;
    chart->addSeries(area);
    chart->setTitle(tr("Orders in each minute of the show"));
    auto *axisX = new QValueAxis;
    const int minutesShown = int(std::max<qsizetype>(1, m_report.ordersPerMinute.size()));
    axisX->setRange(0, minutesShown);
    axisX->setTickCount(std::min(minutesShown, 12) + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("minute"));
    chart->addAxis(axisX, Qt::AlignBottom);
    area->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, most);
    axisY->setTickCount(std::min(most, 5) + 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    area->attachAxis(axisY);
    chart->legend()->hide();
    return render(chart, size);
}

QImage ReportDocument::platformsChart(QSize size) const
{
    static const QRgb palette[] = {0xff1971c2, 0xffe8590c, 0xff2f9e44, 0xff9c36b5, 0xfff08c00, 0xff0c8599};
    auto *chart = new QChart;
    chart->setTitle(tr("Upload per platform (kbps)"));
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1.0, m_report.durationSec / 60.0));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("minute"));
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double most = 100;
    for (qsizetype i = 0; i < m_report.platforms.size(); ++i) {
        const PlatformReport &p = m_report.platforms[i];
        auto *line = new QLineSeries;
        line->setName(p.name);
        line->setColor(QColor::fromRgb(palette[i % std::size(palette)]));
        for (const auto &[at, kbps] : p.kbps) {
            line->append(at / 60.0, kbps);
            most = std::max(most, kbps);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    axisY->setRange(0, std::ceil(most * 1.1));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return render(chart, size);
}

QString ReportDocument::html(Charts charts) const
{
    const CoachingReport &r = m_report;
    const bool embedded = charts == Charts::Embedded;
    const QSize productsSize = productsChartSize();
    const QString productsImage = embedded ? dataUrl(productsChart(productsSize)) : QStringLiteral("chart:products");
    const QString ordersImage = embedded ? dataUrl(ordersChart(kOrdersChart)) : QStringLiteral("chart:orders");

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
             .arg(tr("Coaching report: %1").arg(r.title).toHtmlEscaped());
    h += QStringLiteral("<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:24px;color:#222}"
                        "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #bbb;padding:4px 8px}"
                        "th{background:#eef}td.n{text-align:right}.rehearsal{color:#b35c00;font-weight:bold}"
                        "img{max-width:100%}</style>\n");
    if (embedded)
        h += QStringLiteral("<script>function seek(t){var v=document.getElementById('replay');"
                            "if(v){v.currentTime=t;v.play();}}</script>\n");
    h += QStringLiteral("</head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(tr("Coaching report: %1").arg(r.title).toHtmlEscaped());
    QStringList meta;
    if (r.showId > 0)
        meta << tr("Show record %1").arg(r.showId);
    if (r.startedAtMs > 0)
        meta << tr("recorded %1").arg(QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    meta << tr("length %1").arg(clock(r.durationSec));
    h += QStringLiteral("<p>%1").arg(meta.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (r.rehearsal)
        h += QStringLiteral(" · <span class=\"rehearsal\">%1</span>").arg(tr("Rehearsal (彩排): not reported to the platform").toHtmlEscaped());
    h += QStringLiteral("</p>\n<p><small>%1</small></p>\n").arg(r.placement.toHtmlEscaped());

    h += QStringLiteral("<h2>%1</h2>\n<ol id=\"suggestions\">\n").arg(tr("Suggestions"));
    for (const QString &s : r.suggestions)
        h += QStringLiteral("<li>%1</li>\n").arg(s.toHtmlEscaped());
    h += QStringLiteral("</ol>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(tr("Products"));
    h += QStringLiteral("<p><img id=\"productsChart\" src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
             .arg(productsImage)
             .arg(embedded ? productsSize.width() : kPrintedChartWidth)
             .arg(tr("Minutes per product"));
    h += QStringLiteral("<table id=\"products\" width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                        "<th>%7</th><th>%8</th><th>%9</th></tr>\n")
             .arg(tr("Product"), tr("Starts at"), tr("Planned (min)"), tr("Explained (min)"), tr("Talked (min)"),
                  tr("Pace (phrases/min)"), tr("Orders"), tr("Sales (¥)"), tr("Timing"));
    for (qsizetype i = 0; i < r.products.size(); ++i) {
        const ProductReport &p = r.products[i];
        const QString start = p.startSec >= 0 ? QStringLiteral("<a href=\"#t=%1\" onclick=\"seek(%1);return false;\">%2</a>")
                                                    .arg(p.startSec, 0, 'f', 1)
                                                    .arg(clock(p.startSec))
                                              : tr("not explained");
        // Joined, not .arg()-chained: a title may itself hold "%1".
        const auto cell = [](const QString &cls, const QString &text) -> QString {
            return QStringLiteral("<td class=\"") + cls + QStringLiteral("\">") + text + QStringLiteral("</td>");
        };
        h += QStringLiteral("<tr data-code=\"") + p.code.toHtmlEscaped() + QStringLiteral("\">") + cell(QStringLiteral("n"), QString::number(i + 1)) +
             cell({}, p.title.toHtmlEscaped()) + cell({}, start) + cell(QStringLiteral("n planned"), minutes(p.plannedSeconds)) +
             cell(QStringLiteral("n actual"), minutes(p.actualSeconds)) + cell(QStringLiteral("n talk"), minutes(p.talkSeconds)) +
             cell(QStringLiteral("n pace"), QString::number(p.segmentsPerMinute, 'f', 1)) +
             cell(QStringLiteral("n orders"), QString::number(p.orders)) + cell(QStringLiteral("n sales"), formatYuan(p.salesFen)) +
             cell({}, timingText(p.timing)) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table id=\"loudness\">\n").arg(tr("The voice"));
    h += QStringLiteral("<tr><th>%1</th><td class=\"n integrated\">%2</td></tr>\n")
             .arg(tr("Integrated loudness"), dbText(r.audio.integratedLufs, "LUFS"));
    h += QStringLiteral("<tr><th>%1</th><td class=\"n range\">%2</td></tr>\n").arg(tr("Loudness range"), dbText(r.audio.rangeLu, "LU"));
    h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>\n").arg(tr("Peak"), dbText(r.audio.samplePeakDbfs, "dBFS"));
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
             .arg(tr("Against the target of %1 LUFS").arg(CoachingReport::kTargetLufs, 0, 'f', 0), r.loudnessVerdict().toHtmlEscaped());
    h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>\n").arg(tr("Moments of clipping")).arg(r.audio.clippingAt.size());
    h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>\n")
             .arg(tr("Talk time"), clock(r.audio.talkSeconds(0, r.durationSec)));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h3>%1</h3>\n").arg(tr("Silences longer than 5 seconds"));
    if (r.audio.silences.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(tr("None."));
    } else {
        h += QStringLiteral("<table id=\"silences\"><tr><th>%1</th><th>%2</th></tr>\n").arg(tr("At"), tr("Seconds"));
        for (const Silence &s : r.audio.silences)
            h += QStringLiteral("<tr><td><a href=\"#t=%1\" onclick=\"seek(%1);return false;\">%2</a></td>"
                                "<td class=\"n duration\">%3</td></tr>\n")
                     .arg(s.start, 0, 'f', 1)
                     .arg(clock(s.start))
                     .arg(s.duration, 0, 'f', 1);
        h += QStringLiteral("</table>\n");
    }

    if (!r.platforms.isEmpty()) {
        const QString platformsImage = embedded ? dataUrl(platformsChart(kOrdersChart)) : QStringLiteral("chart:platforms");
        h += QStringLiteral("<h2>%1</h2>\n").arg(tr("The stream per platform"));
        h += QStringLiteral("<p><img id=\"platformsChart\" src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
                 .arg(platformsImage)
                 .arg(embedded ? kOrdersChart.width() : kPrintedChartWidth)
                 .arg(tr("Upload per platform (kbps)"));
        h += QStringLiteral("<table id=\"platforms\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(tr("Platform"), tr("Average (kbps)"), tr("Dropped frames"), tr("Reconnections"), tr("Live"));
        for (const PlatformReport &p : r.platforms)
            h += QStringLiteral("<tr data-platform=\"") + p.id.toHtmlEscaped() + QStringLiteral("\"><td>") + p.name.toHtmlEscaped() +
                 QStringLiteral("</td><td class=\"n kbps\">") + QString::number(qRound(p.averageKbps)) +
                 QStringLiteral("</td><td class=\"n dropped\">") + QStringLiteral("%1 / %2").arg(p.droppedFrames).arg(p.totalFrames) +
                 QStringLiteral("</td><td class=\"n reconnects\">") + QString::number(p.reconnects) + QStringLiteral("</td><td class=\"n\">") +
                 QString::number(qRound(p.liveShare * 100)) + QStringLiteral(" %</td></tr>\n");
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(tr("Orders"));
    h += QStringLiteral("<p><img id=\"ordersChart\" src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
             .arg(ordersImage)
             .arg(embedded ? kOrdersChart.width() : kPrintedChartWidth)
             .arg(tr("Orders per minute"));
    if (embedded && !r.recording.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n<video id=\"replay\" controls width=\"640\" src=\"%2\"></video>\n")
                 .arg(tr("Replay"), QUrl::fromLocalFile(r.recording).toString(QUrl::FullyEncoded).toHtmlEscaped());
    h += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n").arg(tr("Made by Longjiang Live Studio (龙江直播工作室).").toHtmlEscaped());
    return h;
}

void ReportDocument::addCharts(QTextDocument &document) const
{
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:products")), productsChart(productsChartSize()));
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:orders")), ordersChart(kOrdersChart));
    if (!m_report.platforms.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:platforms")), platformsChart(kOrdersChart));
}

QByteArray ReportDocument::pdf() const
{
    QTextDocument document;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    addCharts(document);
    document.setHtml(html(Charts::Resources));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Coaching report: %1").arg(m_report.title));
    writer.setCreator(QStringLiteral("Longjiang Live Studio"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    document.print(&writer);
    buffer.close();
    return bytes;
}

bool ReportDocument::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = html(Charts::Embedded).toUtf8();
    else if (suffix == QLatin1String("pdf"))
        bytes = pdf();
    else if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented);
    else {
        *error = tr("A report is written as .html, .pdf or .json, not .%1.").arg(suffix);
        return false;
    }
    if (bytes.isEmpty()) {
        *error = tr("The report could not be made.");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace lj::coaching
