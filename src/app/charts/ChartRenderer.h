// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

class QChart;
class QPainter;

namespace scwres {

// Draws a chart that no window shows: into any QPainter (a PDF page, an SVG, an image) at a
// chosen size, so a saved or exported chart does not depend on the size of the window.
// Each function takes the chart over and deletes it when done: build a fresh one with
// ChartFactory for every rendering.
namespace ChartRenderer {

// The size charts are saved at unless asked otherwise: legible on a slide and on A4.
inline constexpr QSize kDefaultSize{1000, 600};

// Draws the chart, laid out at target's size, into target.
void render(std::unique_ptr<QChart> chart, QPainter &painter, const QRectF &target);
QImage toImage(std::unique_ptr<QChart> chart, QSize size = kDefaultSize, qreal devicePixelRatio = 1.0);
// Writes a PNG or an SVG (by the file's suffix, .png unless .svg); on failure says why.
bool save(std::unique_ptr<QChart> chart, const QString &path, const QString &title, QString *error,
          QSize size = kDefaultSize);

} // namespace ChartRenderer

} // namespace scwres
