// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanSignOffCheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PlanSignOffCheck", text);
}

QString shortDetails(const PlanAction &action)
{
    QString text = action.details.simplified();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text.isEmpty() ? tr("(no details)") : text;
}

} // namespace

QStringList signOffGaps(const ActionPlan &plan, const MetricReport *report)
{
    QStringList gaps;
    if (report) {
        const PlanOverview overview = planOverview(plan, report, QDate());
        for (int section : overview.silentSections)
            gaps << tr("%1 is outside the non-adverse range and the plan has no action for it.")
                        .arg(sectionTitle(section));
    }
    for (const MetricSection &s : plan.sections)
        if (s.narrative.trimmed().isEmpty())
            gaps << tr("%1 has no data narrative.").arg(sectionTitle(s.number));

    const PlanHeader &h = plan.header;
    const std::pair<QString, QString> fields[] = {
        {h.authorityName, tr("the authority's name")},
        {h.sponsor, tr("the senior sponsor")},
        {h.programmeLead, tr("the programme lead")},
        {h.staffVoiceLead, tr("the staff voice lead")},
        {h.principalSocialWorkerAdults, tr("the principal social worker (adults)")},
        {h.principalSocialWorkerChildren, tr("the principal social worker (children)")},
    };
    for (const auto &[value, name] : fields)
        if (value.trimmed().isEmpty())
            gaps << tr("The header has no %1.").arg(name);
    if (!h.directEmployees)
        gaps << tr("The header has no number of direct employees.");

    for (const MetricSection &s : plan.sections)
        for (const PlanAction &a : s.actions) {
            if (isFinished(a.status))
                continue;
            if (a.lead.trimmed().isEmpty())
                gaps << tr("%1, action \u201c%2\u201d has no lead.").arg(sectionTitle(s.number), shortDetails(a));
            if (!a.due.isValid())
                gaps << tr("%1, action \u201c%2\u201d has no due date.").arg(sectionTitle(s.number), shortDetails(a));
        }
    return gaps;
}

} // namespace scwres
