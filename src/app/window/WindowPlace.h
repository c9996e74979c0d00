// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

class QTabWidget;

namespace scwres {

class DataEntryPanel;
class Workspace;

// Where the user left the window (issue 28 item 7): the database, authority, year, panel, the
// data entry tab and its group of metrics, kept in QSettings on close and brought back when the
// same database is opened again. Authorities are kept by name (an id can change on undo).
namespace WindowPlace {

void save(const Workspace &workspace, const QTabWidget &panels, const DataEntryPanel &entry);
// After the database at workspace's path was opened: selects the authority and year left there
// and shows the panel, tab and group, when that database was the one left and they still exist.
// False (and nothing changed) otherwise.
bool restore(Workspace &workspace, QTabWidget &panels, DataEntryPanel &entry);

} // namespace WindowPlace
} // namespace scwres
