// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QStringList>
#include <QTextStream>

// Each `scwres` sub-command: args are the words after the command name. Returns the exit code.
// Output that other programs read goes to out; findings and errors go to err.
namespace scwres::cli {

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);
int runImport(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runDemo(const QStringList &args, QTextStream &out, QTextStream &err);
int runCompute(const QStringList &args, QTextStream &out, QTextStream &err);
int runReport(const QStringList &args, QTextStream &out, QTextStream &err);
int runPlan(const QStringList &args, QTextStream &out, QTextStream &err);
int runHistory(const QStringList &args, QTextStream &out, QTextStream &err);
int runCompare(const QStringList &args, QTextStream &out, QTextStream &err);
int runAggregate(const QStringList &args, QTextStream &out, QTextStream &err);
int runProfile(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace scwres::cli
