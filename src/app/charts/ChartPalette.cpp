// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartPalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace scwres {

ChartPalette ChartPalette::fromPalette(const QPalette &palette)
{
    ChartPalette p;
    p.text = palette.color(QPalette::Active, QPalette::WindowText);
    p.background = palette.color(QPalette::Active, QPalette::Base);
    p.grid = palette.color(QPalette::Active, QPalette::Mid);
    return p;
}

QColor ChartPalette::statusColour(MetricStatus status)
{
    switch (status) {
    case MetricStatus::WithinRange: return bluishGreen();
    case MetricStatus::AdverseToMinorityEthnic: return vermillion();
    case MetricStatus::AdverseToWhite: return reddishPurple();
    case MetricStatus::NotComputable:
    case MetricStatus::NotCollected: return grey();
    }
    return grey();
}

StatusShape statusShape(MetricStatus status)
{
    switch (status) {
    case MetricStatus::WithinRange: return StatusShape::Circle;
    case MetricStatus::AdverseToMinorityEthnic: return StatusShape::Triangle;
    case MetricStatus::AdverseToWhite: return StatusShape::Diamond;
    case MetricStatus::NotComputable:
    case MetricStatus::NotCollected: return StatusShape::Ring;
    }
    return StatusShape::Ring;
}

QIcon statusIcon(MetricStatus status)
{
    QIcon icon;
    // Drawn rather than shipped so that the shapes match the forest plot's markers exactly.
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = ChartPalette::statusColour(status);
        const qreal m = size * 0.12;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        painter.setPen(QPen(colour.darker(130), size / 12.0));
        painter.setBrush(colour);
        QPainterPath path;
        switch (statusShape(status)) {
        case StatusShape::Circle: path.addEllipse(r); break;
        case StatusShape::Triangle:
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.bottomRight());
            path.lineTo(r.bottomLeft());
            path.closeSubpath();
            break;
        case StatusShape::Diamond:
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.center().x(), r.bottom());
            path.lineTo(r.left(), r.center().y());
            path.closeSubpath();
            break;
        case StatusShape::Ring:
            painter.setBrush(Qt::NoBrush);
            path.addEllipse(r.adjusted(m, m, -m, -m));
            break;
        }
        painter.drawPath(path);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace scwres
