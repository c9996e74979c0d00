// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartRenderer.h"

#include "SafeWrite.h"
#include "XmlText.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QPainter>
#include <QSvgGenerator>

namespace scwres::ChartRenderer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ChartRenderer", text);
}

} // namespace

void render(std::unique_ptr<QChart> chart, QPainter &painter, const QRectF &target)
{
    // A view that is never shown lays the chart out exactly as the dashboard does; it owns the
    // chart from here on (the chart lives in its scene) and deletes it.
    QChartView view(chart.release());
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(target.size().toSize());
    view.chart()->resize(target.size());
    // Let the chart's layout settle (axis label sizes, legend) before painting.
    QCoreApplication::sendPostedEvents();
    if (QGraphicsLayout *layout = view.chart()->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents();
    view.scene()->render(&painter, target, QRectF(QPointF(0, 0), target.size()));
}

QImage toImage(std::unique_ptr<QChart> chart, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(std::move(chart), painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool save(std::unique_ptr<QChart> chart, const QString &path, const QString &title, QString *error, QSize size)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    QString reason;
    if (!SafeWrite::checkTarget(path, &reason))
        return fail(SafeWrite::failureMessage(path, reason));
    // Built in memory and written by SafeWrite, so a failed save never leaves half a file.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(xmlSafeText(title));
        generator.setDescription(tr("Chart from the SC-WRES desktop program"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("The SVG could not be started."));
        render(std::move(chart), painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    } else {
        const QImage image = toImage(std::move(chart), size, 2.0);
        if (!image.save(&file, "PNG"))
            return fail(tr("The PNG image could not be written to %1.").arg(path));
    }
    file.close();
    if (!SafeWrite::write(path, bytes, &reason))
        return fail(SafeWrite::failureMessage(path, reason));
    return true;
}

} // namespace scwres::ChartRenderer
