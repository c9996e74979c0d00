// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <functional>

class QWidget;

// The steps every export from the program takes, whatever it writes: where to, the wait, and
// what happened. The dialogs that choose what to write are the exporters' own.
namespace scwres::ExportSteps {

// Asks where to save, suggesting "<Documents>/<name>.<suffix>"; a name typed without the suffix
// gets it. Empty when cancelled.
QString askPath(QWidget *parent, const QString &title, const QString &name, const QString &suffix,
                const QString &filter);

// Runs write (a few seconds at most: the charts) behind a busy indicator with no cancel: the
// write is atomic, so there is nothing half-done to stop.
bool runBusy(QWidget *parent, const QString &title, const QString &label, const std::function<bool()> &write);

// Tells the user the outcome: the reason on failure; on success, offers to open the folder.
void reportOutcome(QWidget *parent, const QString &title, bool written, const QString &savedMessage,
                   const QString &failedMessage, const QString &path);

} // namespace scwres::ExportSteps
