// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace scwres {

// Which program makes a PDF. Browser: the accessible HTML page the program already writes,
// printed by a Chromium-family browser (headless `--print-to-pdf`): a tagged PDF with headings,
// table header cells with scope, alternative text on every chart, bookmarks from the headings,
// the title shown in the window and /Lang en-GB. Qt: QPdfWriter, which cannot tag a PDF (Qt 6.4
// up to 6.10 has no tagged mode): for printing only.
enum class PdfEngine { Browser, Qt };

// The PDF engine to use and the browser it runs (empty for Qt).
struct PdfEngineChoice {
    PdfEngine engine = PdfEngine::Qt;
    QString browser;
};

class BrowserPdf final {
    Q_DECLARE_TR_FUNCTIONS(BrowserPdf)

public:
    static constexpr int kTimeoutMs = 120000;

    // The browser to print with: `configured` (the settings' path) when set, else the
    // SCWRES_BROWSER environment variable, else the first Chromium-family browser installed
    // (platform/ChromiumBrowser.h). Empty when none.
    static QString find(const QString &configured = QString());

    // The engine for a request: `requested` empty (the default: the browser when one is found),
    // "browser" or "qt". Nothing, and *error says why, for an unknown name or "browser" without
    // one installed.
    static std::optional<PdfEngineChoice> choose(const QString &requested, const QString &configured,
                                                 QString *error);

    // Prints html (a complete, self-contained page) to target: a private temporary folder holds
    // the page, the browser's profile and its PDF; the PDF is checked (starts "%PDF-") and then
    // written through SafeWrite. No header or footer from the browser: the page's own print
    // stylesheet sets A4, the margins, the running header and "Page N of M". On failure (no
    // browser, timeout, a crash, no PDF) target is left as it was and *error says what happened
    // ("Could not write “path”: …").
    static bool print(const QByteArray &html, const QString &target, const QString &browser, QString *error,
                      int timeoutMs = kTimeoutMs);

    // What the user is told when the PDF comes from Qt: it is not tagged, and how to get one.
    static QString untaggedNotice();
    // "tagged PDF (printed by /usr/bin/chromium)" or "untagged PDF (Qt)": for the dialog and CLI.
    static QString describe(const PdfEngineChoice &choice);
};

} // namespace scwres
