// Bar, line and pie charts drawn with QPainter for the printed report (no Qt Charts: the CLI
// renders without widgets, and vector output keeps the PDF small and sharp).
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace kd::print {

struct ChartValue
{
    QString label;
    double value = 0;
    QString valueText; // shown at the bar's end; empty: the number itself
};

QColor seriesColor(int index);

// Horizontal bars with the label on the left: good for long category names.
void drawHorizontalBars(QPainter &p, const QRectF &area, const QList<ChartValue> &values);
// Vertical bars with labels underneath.
void drawVerticalBars(QPainter &p, const QRectF &area, const QList<ChartValue> &values);
// A line with points and values, e.g. twelve months of counts.
void drawLine(QPainter &p, const QRectF &area, const QList<ChartValue> &values);
// A pie with a legend to its right giving label, value and share.
void drawPie(QPainter &p, const QRectF &area, const QList<ChartValue> &values);

} // namespace kd::print
