// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/PlanDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>

namespace scwres {

class ChartPainter;

// The action plan as a Word document (Office Open XML, ECMA-376 transitional), for councils that
// edit the plan in Word: real headings (the built-in Heading 1 / Heading 2 styles, so Word's
// navigation pane lists the sections), real tables (w:tbl, header rows repeated on each page),
// bullet lists, A4 pages with a running header and "Page N of M", title and creator in
// docProps/core.xml, and the metric charts as PNG pictures with alternative text.
//
// The package is zipped with minizip through ZipArchive (not QuaZip: see ZipArchive.h) and written
// beside the target, then renamed into place: a failed write leaves the destination as it was and
// nothing half-written beside it.
class PlanDocxWriter final {
    Q_DECLARE_TR_FUNCTIONS(PlanDocxWriter)

public:
    // painter may be null: the charts are left out. On failure returns false and sets *error to a
    // sentence naming the file and the reason.
    static bool write(const PlanDocument &document, const QString &path, const ChartPainter *painter,
                      QString *error);

    // The package's parts by name ("word/document.xml", "[Content_Types].xml", …): what write()
    // puts in the zip. Exposed for tests.
    static std::map<QString, QByteArray> parts(const PlanDocument &document, const ChartPainter *painter);
};

} // namespace scwres
