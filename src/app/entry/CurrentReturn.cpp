// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CurrentReturn.h"

#include "Completeness.h"

#include "plan/PlanEvents.h"
#include "window/ReturnCommands.h"
#include "window/Workspace.h"

namespace scwres {

CurrentReturn::CurrentReturn(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::databaseChanged, this, &CurrentReturn::reload);
    connect(m_workspace, &Workspace::selectionChanged, this, &CurrentReturn::reload);
    connect(m_workspace, &Workspace::authoritiesChanged, this, &CurrentReturn::reload);
    connect(m_workspace, &Workspace::returnChanged, this, &CurrentReturn::reload);
    // Signing off or reopening the year's plan locks or unlocks its figures.
    connect(m_workspace, &Workspace::planStored, this, &CurrentReturn::reload);
    reload();
}

bool CurrentReturn::isEditable() const
{
    return m_value && !m_locked && !m_workspace->isReadOnly();
}

const MetricReport *CurrentReturn::report(ServiceArea area) const
{
    const auto it = m_reports.find(area);
    return it == m_reports.end() ? nullptr : &it->second;
}

bool CurrentReturn::change(const std::function<void(AnnualReturn &)> &edit, const QString &text,
                           const QString &mergeKey)
{
    if (!m_value)
        return false;
    AnnualReturn after = *m_value;
    edit(after);
    // The store refuses a null population source (NOT NULL column); empty is what is meant.
    if (after.populationSource.isNull())
        after.populationSource = QLatin1String("");
    // A complete return changed so that it no longer passes goes back to draft.
    if (after.complete && !problemsBeforeComplete(after).empty())
        after.complete = false;
    if (after == *m_value)
        return false;
    // The figures a signed-off plan rests on change only once the plan is reopened.
    if (!PlanEvents::ensureReturnEditable(nullptr, m_workspace, m_workspace->currentAuthorityId(), m_value->year)) {
        Q_EMIT changed(); // the grids show the stored value again
        return false;
    }
    // Re-read: reopening does not touch the return, but keep "before" what is stored.
    const AnnualReturn before = *m_value;
    auto *command = new ReturnChangeCommand(m_workspace, before, after, text);
    command->setMergeKey(mergeKey);
    m_workspace->pushReturnChange(before.authorityName, before.year, command);
    return true;
}

void CurrentReturn::reload()
{
    m_value = m_workspace->currentReturn();
    m_findings.clear();
    m_reports.clear();
    m_locked = m_value && PlanEvents::isReturnLocked(m_workspace, m_workspace->currentAuthorityId(), m_value->year);
    if (m_value) {
        m_findings = validateReturn(*m_value);
        // A draft also lists what stands between it and "complete" (empty counts, dates).
        if (!m_value->complete)
            for (const Finding &f : completenessProblems(*m_value))
                m_findings.push_back(f);
        // Last year's figures give each live RL its change; a missing year is simply left out.
        std::optional<AnnualReturn> previous;
        if (m_workspace->database())
            previous = m_workspace->database()->loadReturn(m_workspace->currentAuthorityId(), m_value->year - 1);
        if (previous && !previous->complete)
            previous.reset(); // a draft year is not a comparison
        const MetricEngine engine;
        for (ServiceArea area : kServiceAreas) {
            if (!m_value->area(area))
                continue;
            const AreaSelection selection = area == ServiceArea::Adult ? AreaSelection::Adult : AreaSelection::Children;
            m_reports.emplace(area, engine.compute(*m_value, selection, previous ? &*previous : nullptr));
        }
    }
    Q_EMIT changed();
}

} // namespace scwres
