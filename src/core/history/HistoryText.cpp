// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "HistoryText.h"

#include "history/RecordSnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace scwres
{

namespace
{

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("scwres::HistoryText", text, disambiguation, n);
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString areaWord(ServiceArea area)
{
    return area == ServiceArea::Adult ? tr("adult") : tr("children's");
}

QString countText(const GroupCounts &c, EthnicGroup g)
{
    return c.isEntered(g) ? QString::number(c.get(g)) : tr("empty");
}

QString quoted(const QString &text)
{
    constexpr int kLongest = 40;
    const QString simple = text.simplified();
    return QStringLiteral("\u201c%1\u201d")
        .arg(simple.size() > kLongest ? simple.left(kLongest - 1) + QChar(0x2026) : simple);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : tr("none");
}

void compareCounts(
    QStringList &out, const QString &where, const QString &part, const GroupCounts &a, const GroupCounts &b)
{
    // A pay band's counts have no part name: "adult pay bands Grade 1, white 3 → 4", one space.
    const QString after = part.isEmpty() ? QString() : QLatin1Char(' ') + part;
    for (EthnicGroup g : kEthnicGroups)
        if (a.isEntered(g) != b.isEntered(g) || a.get(g) != b.get(g))
            out << tr("%1, %2%3 %4 \u2192 %5")
                       .arg(where, lowerFirst(ethnicGroupName(g)), after, countText(a, g), countText(b, g));
    // The broad-group breakdown is part of the record too: an import that only adds or corrects
    // it changes no headline count, and its history line must still say what changed.
    const QString counted = part.isEmpty() ? where : QStringLiteral("%1 %2").arg(where, part);
    if (a.broad.has_value() != b.broad.has_value()) {
        out << (b.broad ? tr("%1: broad ethnic groups added").arg(counted)
                        : tr("%1: broad ethnic groups removed").arg(counted));
        return;
    }
    if (!a.broad)
        return;
    for (BroadGroup g : kBroadGroups)
        if (a.broad->get(g) != b.broad->get(g))
            out << tr("%1, %2 (broad group)%3 %4 \u2192 %5")
                       .arg(where, broadGroupName(g), after)
                       .arg(a.broad->get(g))
                       .arg(b.broad->get(g));
}

void compareArea(QStringList &out, ServiceArea which, const AreaReturn &a, const AreaReturn &b)
{
    for (Block block : kBlocks) {
        const BlockInfo &info = blockInfo(block);
        const QString where = QStringLiteral("%1 %2").arg(areaWord(which), lowerFirst(blockTitle(block)));
        if (a.isCollected(block) != b.isCollected(block))
            out << (b.isCollected(block) ? tr("%1 collected").arg(where) : tr("%1 not collected").arg(where));
        if (info.shape == BlockShape::Counts) {
            compareCounts(
                out, where, blockPopulationLabel(block), a.countBlock(block).counts, b.countBlock(block).counts);
        } else if (info.shape == BlockShape::Rate) {
            compareCounts(
                out, where, blockPopulationLabel(block), a.rateBlock(block).population, b.rateBlock(block).population);
            compareCounts(out, where, blockEventsLabel(block), a.rateBlock(block).events, b.rateBlock(block).events);
        } else {
            const auto &x = a.payBands.bands;
            const auto &y = b.payBands.bands;
            if (x.size() != y.size()) {
                out << tr("%1: %2 bands \u2192 %3").arg(where).arg(x.size()).arg(y.size());
                continue;
            }
            for (size_t i = 0; i < x.size(); ++i) {
                if (x[i].name != y[i].name)
                    out << tr("%1: band %2 renamed %3").arg(where, quoted(x[i].name), quoted(y[i].name));
                if (x[i].nationalBand != y[i].nationalBand)
                    out << tr("%1: band %2 mapped to another national band").arg(where, quoted(y[i].name));
                compareCounts(out, QStringLiteral("%1 %2").arg(where, y[i].name), QString(), x[i].counts, y[i].counts);
            }
        }
    }
    std::map<QString, QString> notes;
    for (const auto &[key, note] : a.notes)
        notes[key];
    for (const auto &[key, note] : b.notes)
        notes[key];
    for (const auto &[key, unused] : notes) {
        const auto was = a.notes.count(key) ? a.notes.at(key) : QString();
        const auto now = b.notes.count(key) ? b.notes.at(key) : QString();
        if (was != now)
            out << tr("%1 note on metric %2: %3")
                       .arg(areaWord(which), key, now.isEmpty() ? tr("removed") : quoted(now));
    }
}

QStringList compareReturns(const AnnualReturn &a, const AnnualReturn &b)
{
    QStringList out;
    if (a.complete != b.complete)
        out << (b.complete ? tr("marked complete") : tr("marked draft"));
    if (a.snapshotDate != b.snapshotDate)
        out << tr("snapshot date %1 \u2192 %2").arg(dateText(a.snapshotDate), dateText(b.snapshotDate));
    if (a.periodStart != b.periodStart || a.periodEnd != b.periodEnd)
        out << tr("period %1 to %2 \u2192 %3 to %4")
                   .arg(dateText(a.periodStart), dateText(a.periodEnd), dateText(b.periodStart), dateText(b.periodEnd));
    if (a.populationMinorityEthnicPercent != b.populationMinorityEthnicPercent)
        out << tr("population minority ethnic %1 \u2192 %2")
                   .arg(a.populationMinorityEthnicPercent ? QString::number(*a.populationMinorityEthnicPercent)
                                                          : tr("empty"),
                       b.populationMinorityEthnicPercent ? QString::number(*b.populationMinorityEthnicPercent)
                                                         : tr("empty"));
    if (a.populationSource != b.populationSource)
        out << tr("population source %1").arg(quoted(b.populationSource));
    if (a.authorityCode != b.authorityCode)
        out << tr("authority code %1 \u2192 %2").arg(a.authorityCode, b.authorityCode);
    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *x = a.area(which);
        const AreaReturn *y = b.area(which);
        if (x && y)
            compareArea(out, which, *x, *y);
        else if (x || y)
            out << (y ? tr("%1 returned").arg(serviceAreaName(which))
                      : tr("%1 switched off").arg(serviceAreaName(which)));
    }
    return out;
}

void compareText(QStringList &out, const QString &what, const QString &a, const QString &b)
{
    if (a != b)
        out << (b.isEmpty() ? tr("%1 cleared").arg(what) : tr("%1: %2").arg(what, quoted(b)));
}

QStringList comparePlans(const ActionPlan &a, const ActionPlan &b)
{
    QStringList out;
    if (b.reopenings.size() > a.reopenings.size()) {
        const Reopening &r = b.reopenings.back();
        out << tr("reopened by %1: %2").arg(r.by.isEmpty() ? tr("unknown") : r.by, r.reason);
    }
    if (b.signOff && (!a.signOff || !(*a.signOff == *b.signOff)))
        out << tr("signed off by %1%2 on %3")
                   .arg(b.signOff->name,
                       b.signOff->role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(b.signOff->role),
                       dateText(b.signOff->date));
    const PlanHeader &x = a.header;
    const PlanHeader &y = b.header;
    compareText(out, tr("header, authority"), x.authorityName, y.authorityName);
    compareText(out, tr("header, sponsor"), x.sponsor, y.sponsor);
    compareText(out, tr("header, programme lead"), x.programmeLead, y.programmeLead);
    compareText(out, tr("header, staff voice lead"), x.staffVoiceLead, y.staffVoiceLead);
    compareText(out, tr("header, principal social worker (adults)"), x.principalSocialWorkerAdults,
        y.principalSocialWorkerAdults);
    compareText(out, tr("header, principal social worker (children)"), x.principalSocialWorkerChildren,
        y.principalSocialWorkerChildren);
    if (x.directEmployees != y.directEmployees)
        out << tr("header, direct employees %1 \u2192 %2")
                   .arg(x.directEmployees ? QString::number(*x.directEmployees) : tr("empty"),
                       y.directEmployees ? QString::number(*y.directEmployees) : tr("empty"));
    compareText(out, tr("evaluation"), a.evaluation, b.evaluation);
    compareText(out, tr("learning from last year"), a.learningFromLastYear, b.learningFromLastYear);
    compareText(out, tr("other actions"), a.otherActions, b.otherActions);
    if (!(a.staffEngagement == b.staffEngagement))
        out << tr("staff engagement changed");
    for (int n = 1; n <= kPlanSectionCount; ++n) {
        const MetricSection &s = a.section(n);
        const MetricSection &t = b.section(n);
        compareText(out, tr("metric %1 narrative").arg(n), s.narrative, t.narrative);
        if (s.attachChart != t.attachChart)
            out << (t.attachChart ? tr("metric %1 chart attached").arg(n) : tr("metric %1 chart left out").arg(n));
        for (const PlanAction &action : t.actions) {
            const PlanAction *old = a.findAction(action.uid);
            if (!old)
                out << tr("metric %1 action added: %2").arg(n).arg(quoted(action.details));
            else if (!(*old == action)) {
                if (old->status != action.status)
                    out << tr("metric %1 action %2: %3 \u2192 %4")
                               .arg(n)
                               .arg(quoted(action.details), actionStatusText(old->status),
                                   actionStatusText(action.status));
                else
                    out << tr("metric %1 action changed: %2").arg(n).arg(quoted(action.details));
            }
        }
        for (const PlanAction &action : s.actions)
            if (!b.findAction(action.uid))
                out << tr("metric %1 action removed: %2").arg(n).arg(quoted(action.details));
    }
    if (!(a.lastYearEvaluation == b.lastYearEvaluation))
        out << tr("evaluation of last year's actions changed");
    return out;
}

QStringList describe(const HistoryEntry &entry, const HistoryEntry *previous)
{
    const bool isPlan = entry.record == HistoryRecord::Plan;
    const QString kind = entry.note.kind;
    if (kind == QLatin1String("baseline"))
        return { isPlan ? tr("action plan as it stood when the history began")
                        : tr("return as it stood when the history began") };
    QStringList head;
    if (kind == QLatin1String("restored"))
        head << (isPlan ? tr("action plan restored to as at %1") : tr("return restored to as at %1"))
                    .arg(historyTime(QDateTime::fromString(entry.note.detail, Qt::ISODateWithMs)));
    else if (kind == QLatin1String("imported"))
        head << tr("imported from %1").arg(entry.note.detail);
    if (entry.snapshot.isEmpty())
        return head << (isPlan ? tr("action plan deleted") : tr("return deleted"));
    const bool existed = previous && !previous->snapshot.isEmpty();
    if (!existed)
        return head << (isPlan ? tr("action plan created") : tr("return created"));
    QStringList changes;
    if (isPlan) {
        const auto a = planFromSnapshot(previous->snapshot);
        const auto b = planFromSnapshot(entry.snapshot);
        if (a && b)
            changes = comparePlans(*a, *b);
        for (QString &c : changes)
            if (!c.startsWith(tr("reopened")) && !c.startsWith(tr("signed off")))
                c = tr("action plan, %1").arg(c);
            else
                c = tr("action plan %1").arg(c);
    } else {
        const auto a = returnFromSnapshot(previous->snapshot);
        const auto b = returnFromSnapshot(entry.snapshot);
        if (a && b)
            changes = compareReturns(*a, *b);
    }
    // An import or restore can change hundreds of counts: the first few say what kind of change it was.
    constexpr int kShown = 8;
    if (changes.size() > kShown) {
        const int more = int(changes.size()) - kShown;
        changes = changes.mid(0, kShown);
        changes << tr("and %n more change(s)", nullptr, more);
    }
    if (changes.isEmpty())
        changes << (isPlan ? tr("action plan saved unchanged") : tr("return saved unchanged"));
    return head + changes;
}

} // namespace

QString historyTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString HistoryLine::text() const
{
    QString line = QStringLiteral("%1 \u2014 %2").arg(historyTime(at), changes.join(QStringLiteral("; ")));
    if (!user.isEmpty())
        line += QStringLiteral(" ") + tr("(by %1)").arg(user);
    return line;
}

std::vector<HistoryLine> describeHistory(const std::vector<HistoryEntry> &entries)
{
    std::vector<HistoryLine> lines;
    const HistoryEntry *lastReturn = nullptr;
    const HistoryEntry *lastPlan = nullptr;
    for (const HistoryEntry &entry : entries) {
        const HistoryEntry *&previous = entry.record == HistoryRecord::Plan ? lastPlan : lastReturn;
        lines.push_back(HistoryLine { entry.id, entry.record, entry.at, entry.user, describe(entry, previous) });
        previous = &entry;
    }
    return lines;
}

} // namespace scwres
