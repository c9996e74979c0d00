// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "platform/ChromiumBrowser.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtGlobal>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace scwres::platform {

namespace {

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QStringList chromiumCandidates()
{
    QStringList found;
#ifdef Q_OS_WIN
    const QStringList roots = {qEnvironmentVariable("ProgramFiles(x86)"), qEnvironmentVariable("ProgramFiles"),
                               qEnvironmentVariable("LocalAppData")};
    const QStringList relative = {QStringLiteral("Microsoft/Edge/Application/msedge.exe"),
                                  QStringLiteral("Google/Chrome/Application/chrome.exe"),
                                  QStringLiteral("Chromium/Application/chrome.exe")};
    for (const QString &program : relative)
        for (const QString &root : roots)
            if (!root.isEmpty()) {
                const QString path = QDir(root).filePath(program);
                if (QFileInfo(path).isFile() && !found.contains(path))
                    found << QDir::cleanPath(path);
            }
    for (const QString &name : {QStringLiteral("msedge"), QStringLiteral("chrome")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty() && !found.contains(path))
            found << path;
    }
#else
    const QStringList names = {QStringLiteral("chromium"), QStringLiteral("chromium-browser"),
                               QStringLiteral("google-chrome"), QStringLiteral("google-chrome-stable"),
                               QStringLiteral("microsoft-edge")};
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty() && !found.contains(path))
            found << path;
    }
#endif
    return found;
}

QString findChromiumBrowser(const QString &configured)
{
    if (!configured.isEmpty())
        return isExecutableFile(configured) ? configured : QString();
    const QStringList candidates = chromiumCandidates();
    return candidates.isEmpty() ? QString() : candidates.first();
}

QStringList chromiumPlatformArguments()
{
#ifdef Q_OS_WIN
    return {};
#else
    if (::geteuid() == 0)
        return {QStringLiteral("--no-sandbox")};
    return {};
#endif
}

} // namespace scwres::platform
