// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

class QWidget;

namespace scwres {

class ChartPainter;
class Workspace;

// File → Export action plan…: asks for the file (its type chooses the format: PDF for sign-off,
// DOCX or ODT to edit, the xlsx action tracker), writes the selected authority's plan for the
// selected year, says how it went and offers to open the folder.
void exportActionPlan(QWidget *parent, Workspace *workspace);

// The dashboard's charts, drawn for paper: what the plan exports (desktop and CLI) draw with.
const ChartPainter &planChartPainter();

} // namespace scwres
