// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ChartPainter.h"

#include <QPainter>

namespace scwres {

QImage ChartPainter::toImage(const ChartSpec &chart, QSize size, qreal scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    // Paper, not the window: a report is printed on white whatever the desktop theme.
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(96.0 * scale / 0.0254));
    image.setDotsPerMeterY(qRound(96.0 * scale / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), chart);
    painter.end();
    return image;
}

} // namespace scwres
