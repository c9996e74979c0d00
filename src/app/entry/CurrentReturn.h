// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "MetricEngine.h"
#include "Validator.h"

#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace scwres {

class Workspace;

// The return the data entry panel shows: the workspace's selected year as stored, with its
// findings and metric reports worked out once per change for every grid, problem list and
// figures box to read. Edits go through change(), which pushes one undoable step; the store
// saves it at once and the workspace's returnChanged brings the new version back here.
class CurrentReturn final : public QObject {
    Q_OBJECT

public:
    explicit CurrentReturn(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    const std::optional<AnnualReturn> &value() const { return m_value; }
    const std::vector<Finding> &findings() const { return m_findings; }
    // The year's action plan is signed off: its figures are locked until the plan is reopened.
    bool isLocked() const { return m_locked; }
    // Whether the return on screen may be typed in (there is one, it is not locked and the
    // database is not read-only). Grids, notes and switches follow this.
    bool isEditable() const;
    // Null when the area is not returned this year.
    const MetricReport *report(ServiceArea area) const;

    // Applies edit to a copy of the return and, when that changes anything, pushes it as one
    // undo step named text. A non-empty mergeKey merges consecutive steps with the same key
    // (typing in a note). Returns whether a step was pushed.
    bool change(const std::function<void(AnnualReturn &)> &edit, const QString &text, const QString &mergeKey = {});

    void reload();

Q_SIGNALS:
    // The return, its findings and reports were re-read (an edit, undo, redo or a new selection).
    void changed();

private:
    Workspace *m_workspace;
    std::optional<AnnualReturn> m_value;
    std::vector<Finding> m_findings;
    std::map<ServiceArea, MetricReport> m_reports;
    bool m_locked = false;
};

} // namespace scwres
