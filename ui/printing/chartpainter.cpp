// The report's charts in plain QPainter calls, sized in the caller's units (points on A4).
#include "chartpainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kd::print {
namespace {

const QColor kAxis(0x80, 0x80, 0x80);
const QColor kText(0x20, 0x20, 0x20);

QString valueText(const ChartValue &v)
{
    return v.valueText.isEmpty() ? QLocale().toString(v.value, 'f', std::fmod(v.value, 1.0) == 0 ? 0 : 1)
                                 : v.valueText;
}

double niceMaximum(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= max)
            return step * magnitude;
    return 10 * magnitude;
}

void noData(QPainter &p, const QRectF &area)
{
    p.setPen(kAxis);
    p.drawRect(area);
    p.drawText(area, Qt::AlignCenter, QStringLiteral("\u2013"));
}

} // namespace

QColor seriesColor(int index)
{
    static const QList<QColor> palette{QColor(0x2f, 0x6f, 0xb0), QColor(0xe0, 0x8a, 0x2c),
                                       QColor(0x4e, 0x9a, 0x5b), QColor(0xc0, 0x44, 0x44),
                                       QColor(0x7b, 0x5e, 0xa7), QColor(0x3f, 0xa5, 0xb5),
                                       QColor(0xa6, 0x7c, 0x52), QColor(0x9a, 0x9a, 0x9a)};
    return palette.at(index % palette.size());
}

void drawHorizontalBars(QPainter &p, const QRectF &area, const QList<ChartValue> &values)
{
    if (values.isEmpty())
        return noData(p, area);
    p.save();
    const QFontMetricsF fm(p.font());
    const double rowHeight = std::min(area.height() / values.size(), fm.height() * 1.6);
    const double labelWidth = area.width() * 0.42;
    // Room for the widest value text ("11 h 30 min", "48,498") so that none is cut off.
    double valueWidth = 0;
    for (const ChartValue &v : values)
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueText(v)));
    valueWidth = std::min(valueWidth + 4, area.width() * 0.25);
    const double barArea = area.width() - labelWidth - valueWidth - 8;
    double max = 0;
    for (const ChartValue &v : values)
        max = std::max(max, v.value);
    max = niceMaximum(max);
    for (int i = 0; i < values.size(); ++i) {
        const double y = area.top() + i * rowHeight;
        const QRectF label(area.left(), y, labelWidth - 6, rowHeight);
        p.setPen(kText);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(values[i].label, Qt::ElideRight, label.width()));
        const double w = barArea * values[i].value / max;
        const QRectF bar(area.left() + labelWidth, y + rowHeight * 0.18, std::max(w, 0.5),
                         rowHeight * 0.64);
        p.fillRect(bar, seriesColor(0));
        p.drawText(QRectF(bar.right() + 4, y, valueWidth + 4, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, valueText(values[i]));
    }
    p.setPen(kAxis);
    const double x = area.left() + labelWidth;
    p.drawLine(QPointF(x, area.top()), QPointF(x, area.top() + rowHeight * values.size()));
    p.restore();
}

void drawVerticalBars(QPainter &p, const QRectF &area, const QList<ChartValue> &values)
{
    if (values.isEmpty())
        return noData(p, area);
    p.save();
    const QFontMetricsF fm(p.font());
    const QRectF plot = area.adjusted(0, fm.height(), 0, -fm.height() * 1.4);
    double max = 0;
    for (const ChartValue &v : values)
        max = std::max(max, v.value);
    max = niceMaximum(max);
    const double slot = plot.width() / values.size();
    for (int i = 0; i < values.size(); ++i) {
        const double h = plot.height() * values[i].value / max;
        const QRectF bar(plot.left() + i * slot + slot * 0.2, plot.bottom() - h, slot * 0.6, h);
        p.fillRect(bar, seriesColor(0));
        p.setPen(kText);
        p.drawText(QRectF(plot.left() + i * slot, bar.top() - fm.height(), slot, fm.height()),
                   Qt::AlignCenter, valueText(values[i]));
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, fm.height() * 1.3),
                   Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(values[i].label, Qt::ElideRight, slot - 2));
    }
    p.setPen(kAxis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

void drawLine(QPainter &p, const QRectF &area, const QList<ChartValue> &values)
{
    if (values.isEmpty())
        return noData(p, area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p.font());
    const QRectF plot = area.adjusted(4, fm.height() * 1.2, -4, -fm.height() * 1.4);
    double max = 0;
    for (const ChartValue &v : values)
        max = std::max(max, v.value);
    max = niceMaximum(max);
    const double slot = plot.width() / values.size();
    // Light grid at quarters of the scale, so a reader can place a point without the table.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
    for (int i = 1; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    QPainterPath path;
    QList<QPointF> points;
    for (int i = 0; i < values.size(); ++i) {
        const QPointF pt(plot.left() + slot * (i + 0.5),
                         plot.bottom() - plot.height() * values[i].value / max);
        points << pt;
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(seriesColor(0), 1.6));
    p.drawPath(path);
    for (int i = 0; i < points.size(); ++i) {
        p.setBrush(i + 1 == points.size() ? seriesColor(1) : seriesColor(0));
        p.setPen(Qt::NoPen);
        p.drawEllipse(points[i], 2.4, 2.4);
        p.setPen(kText);
        p.drawText(QRectF(points[i].x() - slot / 2, points[i].y() - fm.height() - 2, slot,
                          fm.height()),
                   Qt::AlignCenter, valueText(values[i]));
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, fm.height() * 1.3),
                   Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(values[i].label, Qt::ElideRight, slot));
    }
    p.setPen(kAxis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

void drawPie(QPainter &p, const QRectF &area, const QList<ChartValue> &values)
{
    double total = 0;
    for (const ChartValue &v : values)
        total += std::max(0.0, v.value);
    if (total <= 0)
        return noData(p, area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double d = std::min(area.height(), area.width() * 0.4);
    const QRectF pie(area.left(), area.top() + (area.height() - d) / 2, d, d);
    int start = 90 * 16;
    for (int i = 0; i < values.size(); ++i) {
        const int span = int(std::lround(-360.0 * 16 * std::max(0.0, values[i].value) / total));
        p.setPen(QPen(Qt::white, 0.8));
        p.setBrush(seriesColor(i));
        if (std::abs(span) >= 360 * 16)
            p.drawEllipse(pie); // a whole pie: no radius line
        else if (span != 0)
            p.drawPie(pie, start, span);
        start += span;
    }
    const QFontMetricsF fm(p.font());
    const double lh = fm.height() * 1.4;
    double y = area.top() + (area.height() - lh * values.size()) / 2;
    for (int i = 0; i < values.size(); ++i, y += lh) {
        const QRectF swatch(pie.right() + 12, y + (lh - 8) / 2, 8, 8);
        p.fillRect(swatch, seriesColor(i));
        p.setPen(kText);
        const QString share = QLocale().toString(100.0 * std::max(0.0, values[i].value) / total, 'f', 1)
                              + QStringLiteral(" %");
        p.drawText(QRectF(swatch.right() + 6, y, area.right() - swatch.right() - 6, lh),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1: %2 (%3)").arg(values[i].label, valueText(values[i]), share));
    }
    p.restore();
}

} // namespace kd::print
