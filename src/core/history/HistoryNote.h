// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

namespace scwres {

// Why a record changed, kept with the change in the history. Empty kind: an edit (or, by what
// changed, a creation, deletion, sign-off or reopening, which the history works out itself).
struct HistoryNote {
    QString kind;   // "restored", "marked_complete", "marked_draft", "imported"; empty for an edit
    QString detail; // restored: the moment restored, ISO 8601 UTC; imported: the file name
};

} // namespace scwres
