// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QString>

namespace scwres {

// A streaming (SAX) pass over untrusted JSON before it is turned into a value. It refuses what
// nlohmann::json would otherwise accept or crash on:
// - invalid JSON, and numbers out of range (1e400 threw out_of_range 406, which aborted the CLI);
// - nesting deeper than maxDepth (100,000 "[" overflowed the stack in dump());
// - a key repeated in one object (the last one silently won, so a return could carry two
//   different counts for one cell and "validate" said nothing).
// Returns an empty string when the document may be parsed, else one sentence that starts with
// the JSON path of the fault, e.g. "areas.adult: the key \"cpd\" appears twice".
QString checkJsonInput(const QByteArray &bytes, int maxDepth = 64);

} // namespace scwres
