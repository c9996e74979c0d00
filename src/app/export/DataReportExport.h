// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

class QWidget;

namespace scwres {

class Workspace;

// File → Export data report…: asks for the options and the file, writes it, says how it went.
void exportDataReport(QWidget *parent, Workspace *workspace);

} // namespace scwres
