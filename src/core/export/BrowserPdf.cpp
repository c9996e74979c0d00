// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/BrowserPdf.h"

#include "SafeWrite.h"
#include "platform/ChromiumBrowser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace scwres {

QString BrowserPdf::find(const QString &configured)
{
    QString path = configured;
    if (path.isEmpty())
        path = qEnvironmentVariable("SCWRES_BROWSER");
    return platform::findChromiumBrowser(path);
}

std::optional<PdfEngineChoice> BrowserPdf::choose(const QString &requested, const QString &configured, QString *error)
{
    PdfEngineChoice choice;
    if (requested == QLatin1String("qt"))
        return choice;
    if (!requested.isEmpty() && requested != QLatin1String("browser")) {
        if (error)
            *error = tr("unknown PDF engine '%1': use browser or qt").arg(requested);
        return std::nullopt;
    }
    choice.browser = find(configured);
    if (!choice.browser.isEmpty()) {
        choice.engine = PdfEngine::Browser;
        return choice;
    }
    if (requested.isEmpty())
        return choice; // the default falls back to Qt; the caller says it is not tagged
    if (error)
        *error = tr("no Chromium-family browser found (Chromium, Google Chrome or Microsoft Edge): install one, "
                    "set SCWRES_BROWSER to its path, or use --pdf-engine qt for an untagged PDF");
    return std::nullopt;
}

bool BrowserPdf::print(const QByteArray &html, const QString &target, const QString &browser, QString *error,
                       int timeoutMs)
{
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = SafeWrite::failureMessage(target, reason);
        return false;
    };
    QString reason;
    // Before the browser runs, so that a read-only target fails at once.
    if (!SafeWrite::checkTarget(target, &reason))
        return failed(reason);
    if (browser.isEmpty())
        return failed(tr("no Chromium-family browser was found to print it"));
    QTemporaryDir work;
    if (!work.isValid())
        return failed(tr("no temporary folder could be made (%1)").arg(work.errorString()));
    const QString page = work.filePath(QStringLiteral("page.html"));
    const QString pdf = work.filePath(QStringLiteral("page.pdf"));
    {
        QFile file(page);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.flush())
            return failed(tr("the page could not be written to a temporary folder"));
    }
    QStringList arguments = platform::chromiumPlatformArguments();
    // A private profile, thrown away afterwards: nothing of the user's browser is read or changed.
    arguments << QStringLiteral("--headless") << QStringLiteral("--disable-gpu") << QStringLiteral("--no-first-run")
              << QStringLiteral("--no-default-browser-check") << QStringLiteral("--disable-extensions")
              << QStringLiteral("--disable-sync") << QStringLiteral("--disable-background-networking")
              << QStringLiteral("--user-data-dir=") + work.filePath(QStringLiteral("profile"))
              // Tagged is Chromium's default since 2023; asked for explicitly for older ones.
              << QStringLiteral("--export-tagged-pdf") << QStringLiteral("--generate-pdf-document-outline")
              << QStringLiteral("--no-pdf-header-footer") << QStringLiteral("--print-to-pdf-no-header")
              << QStringLiteral("--print-to-pdf=") + QDir::toNativeSeparators(pdf)
              << QUrl::fromLocalFile(page).toString();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(browser, arguments);
    if (!process.waitForStarted(15000))
        return failed(tr("the browser “%1” could not be started (%2)").arg(QDir::toNativeSeparators(browser), process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return failed(tr("the browser did not finish printing within %1 seconds").arg(timeoutMs / 1000));
    }
    QByteArray bytes;
    if (!QFileInfo(pdf).isFile() || !SafeWrite::readBack(pdf, &bytes, &reason) || !bytes.startsWith("%PDF-")) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed().right(300);
        return failed(tr("the browser made no PDF (exit code %1)%2")
                          .arg(process.exitCode())
                          .arg(output.isEmpty() ? QString() : QStringLiteral(": ") + output));
    }
    if (!SafeWrite::write(target, bytes, &reason))
        return failed(reason);
    return true;
}

QString BrowserPdf::untaggedNotice()
{
    return tr("This PDF is not tagged for accessibility (no headings, table headers or chart descriptions for "
              "screen readers): no Chromium-family browser was used. For a tagged PDF to publish, install "
              "Chromium, Google Chrome or Microsoft Edge (or give its path in SCWRES_BROWSER), or publish "
              "the HTML page.");
}

QString BrowserPdf::describe(const PdfEngineChoice &choice)
{
    if (choice.engine == PdfEngine::Browser)
        return tr("tagged PDF, printed by %1").arg(QDir::toNativeSeparators(choice.browser));
    return tr("untagged PDF, written by Qt (for printing only)");
}

} // namespace scwres
