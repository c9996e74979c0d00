// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "WindowPlace.h"

#include "Workspace.h"
#include "entry/DataEntryPanel.h"

#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>

#include <algorithm>

namespace scwres::WindowPlace {

namespace {
const QString kDatabase = QStringLiteral("place/database");
const QString kAuthority = QStringLiteral("place/authority");
const QString kYear = QStringLiteral("place/year");
const QString kPanel = QStringLiteral("place/panel");
const QString kEntryTab = QStringLiteral("place/entryTab");
const QString kGroup = QStringLiteral("place/group");

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}
} // namespace

void save(const Workspace &workspace, const QTabWidget &panels, const DataEntryPanel &entry)
{
    Database *db = workspace.database();
    if (!db)
        return;
    QSettings settings;
    settings.setValue(kDatabase, canonical(db->path()));
    const auto authority = db->authority(workspace.currentAuthorityId());
    settings.setValue(kAuthority, authority ? authority->name : QString());
    settings.setValue(kYear, workspace.currentYear());
    settings.setValue(kPanel, panels.currentIndex());
    settings.setValue(kEntryTab, entry.currentTab());
    settings.setValue(kGroup, entry.currentGroup());
}

bool restore(Workspace &workspace, QTabWidget &panels, DataEntryPanel &entry)
{
    Database *db = workspace.database();
    QSettings settings;
    if (!db || settings.value(kDatabase).toString() != canonical(db->path()))
        return false;
    const auto authority = db->authorityByName(settings.value(kAuthority).toString());
    if (!authority)
        return false;
    int year = settings.value(kYear).toInt();
    const auto years = db->years(authority->id);
    if (year != 0 && std::find(years.begin(), years.end(), year) == years.end())
        return false; // the year was deleted since
    workspace.select(authority->id, year);
    const int panel = settings.value(kPanel).toInt();
    if (panel >= 0 && panel < panels.count())
        panels.setCurrentIndex(panel);
    entry.showTab(settings.value(kEntryTab, -1).toInt(), settings.value(kGroup, -1).toInt());
    return true;
}

} // namespace scwres::WindowPlace
