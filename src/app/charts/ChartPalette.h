// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace scwres {

// The colours of every chart and status mark. Series colours are the Okabe–Ito set, told apart
// by readers with any common colour-vision deficiency and light enough to read on a dark
// background; text, background and grid come from the widget palette, so a chart follows the
// light or dark desktop theme. Status is never shown by colour alone: each has a shape and words.
struct ChartPalette {
    QColor text;
    QColor background;
    QColor grid;

    static ChartPalette fromPalette(const QPalette &palette);

    // Okabe & Ito (2008), "Color universal design".
    static QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
    static QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
    static QColor bluishGreen() { return QColor(0x00, 0x9E, 0x73); }
    static QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
    static QColor blue() { return QColor(0x00, 0x72, 0xB2); }
    static QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
    static QColor reddishPurple() { return QColor(0xCC, 0x79, 0xA7); }
    static QColor grey() { return QColor(0x99, 0x99, 0x99); }

    static QColor minorityEthnic() { return orange(); }
    static QColor white() { return skyBlue(); }
    static QColor unknown() { return grey(); }
    static QColor national() { return reddishPurple(); }
    static QColor range() { return bluishGreen(); }
    static QColor statusColour(MetricStatus status);
};

// The shape that goes with a status, on the forest plot and in the status icons:
// within range ●, adverse to minority ethnic staff ▲, adverse to white staff ◆, no figure ○.
enum class StatusShape { Circle, Triangle, Diamond, Ring };
StatusShape statusShape(MetricStatus status);
QIcon statusIcon(MetricStatus status);

} // namespace scwres
