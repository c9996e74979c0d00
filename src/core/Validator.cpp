// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Validator.h"

#include <QCoreApplication>
#include <QLocale>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Validator", text);
}

QString groupPhrase(EthnicGroup group)
{
    switch (group) {
    case EthnicGroup::White: return tr("white");
    case EthnicGroup::MinorityEthnic: return tr("minority ethnic");
    case EthnicGroup::Unknown: return tr("unknown-ethnicity");
    }
    return {};
}

QString partKey(const BlockInfo &info, FieldLocation::Part part)
{
    switch (part) {
    case FieldLocation::Part::Population: return QString::fromLatin1(info.populationKey);
    case FieldLocation::Part::Events: return QString::fromLatin1(info.eventsKey);
    case FieldLocation::Part::None: break;
    }
    return {};
}

QString fieldPath(const FieldLocation &loc)
{
    if (!loc.area)
        return loc.returnField;
    QString path = QStringLiteral("areas.") + serviceAreaKey(*loc.area);
    if (!loc.block)
        return path;
    const BlockInfo &info = blockInfo(*loc.block);
    path += QLatin1Char('.') + QString::fromLatin1(info.key);
    if (loc.bandIndex >= 0)
        path += QStringLiteral("[%1]").arg(loc.bandIndex);
    if (loc.part != FieldLocation::Part::None)
        path += QLatin1Char('.') + partKey(info, loc.part);
    if (loc.group)
        path += QLatin1Char('.') + ethnicGroupKey(*loc.group);
    return path;
}

class Checker {
public:
    std::vector<Finding> findings;

    void add(Severity severity, const FieldLocation &loc, const QString &message)
    {
        findings.push_back(Finding{severity, fieldPath(loc), message, loc});
    }

    // A return marked complete may hold no count left empty (issue 27): a null is "not entered",
    // never 0, and a complete year feeds the pooled figure, the previous-year comparison and compare.
    bool complete = false;

    void checkReturn(const AnnualReturn &ret)
    {
        complete = ret.complete;
        FieldLocation loc;
        if (ret.authorityName.trimmed().isEmpty()) {
            loc.returnField = QStringLiteral("authority.name");
            add(Severity::Error, loc, tr("The authority has no name."));
        }
        if (ret.periodStart.isValid() && ret.periodEnd.isValid() && ret.periodEnd < ret.periodStart) {
            loc.returnField = QStringLiteral("period.end");
            add(Severity::Error, loc,
                tr("The period ends (%1) before it starts (%2).")
                    .arg(QLocale().toString(ret.periodEnd, QLocale::ShortFormat),
                         QLocale().toString(ret.periodStart, QLocale::ShortFormat)));
        }
        if (ret.populationMinorityEthnicPercent
            && (*ret.populationMinorityEthnicPercent < 0 || *ret.populationMinorityEthnicPercent > 100)) {
            loc.returnField = QStringLiteral("population.minority_ethnic_percent");
            add(Severity::Error, loc, tr("The local population's minority ethnic share must be between 0% and 100%."));
        }
        for (ServiceArea area : kServiceAreas)
            if (const AreaReturn *data = ret.area(area))
                checkArea(area, *data);
        if (ret.adult && ret.children)
            checkCollectedInBoth(*ret.adult, *ret.children);
    }

private:
    void checkCounts(const FieldLocation &base, const GroupCounts &counts, const QString &what)
    {
        for (EthnicGroup group : kEthnicGroups) {
            if (counts.get(group) < 0) {
                FieldLocation loc = base;
                loc.group = group;
                add(Severity::Error, loc,
                    tr("%1: the number of %2 staff (%3) cannot be negative.")
                        .arg(what, groupPhrase(group))
                        .arg(counts.get(group)));
            }
        }
        if (complete) {
            for (EthnicGroup group : kEthnicGroups) {
                if (counts.isEntered(group))
                    continue;
                FieldLocation loc = base;
                loc.group = group;
                add(Severity::Error, loc,
                    tr("%1: the number of %2 staff is not entered, but the return is marked complete. Enter it (0 "
                       "when there were none) or keep the return as a draft.")
                        .arg(what, groupPhrase(group)));
            }
        }
        // The broad-group breakdown is derived data: it must make the headline it sits beside.
        if (!counts.broadMatchesHeadline())
            findings.push_back(Finding{Severity::Error, fieldPath(base) + QStringLiteral(".broad"),
                                       tr("%1: the counts by broad ethnic group (Asian, Black, Mixed, White, Other, "
                                          "unknown) do not add up to the white, minority ethnic and unknown counts. "
                                          "Import the extract again, or clear the breakdown by typing the counts.")
                                           .arg(what),
                                       base});
    }

    // A part cannot be larger than its whole, group by group.
    void checkPartOfWhole(const FieldLocation &partLoc, const GroupCounts &part, const GroupCounts &whole,
                          const QString &partName, const QString &wholeName, const QString &area)
    {
        for (EthnicGroup group : kEthnicGroups) {
            if (part.get(group) > whole.get(group) && part.get(group) >= 0) {
                FieldLocation loc = partLoc;
                loc.group = group;
                add(Severity::Error, loc,
                    tr("%1: %2 %3 staff %4, but only %5 %6.")
                        .arg(area)
                        .arg(part.get(group))
                        .arg(groupPhrase(group), partName)
                        .arg(whole.get(group))
                        .arg(wholeName));
            }
        }
        checkBroadPartOfWhole(partLoc, part, whole, partName, wholeName, area, Severity::Error);
    }

    // The same by broad ethnic group where both counts carry the census breakdown (issue 27): a
    // group with more events than people is otherwise only "not computable" in the broad-group table.
    void checkBroadPartOfWhole(const FieldLocation &partLoc, const GroupCounts &part, const GroupCounts &whole,
                               const QString &partName, const QString &wholeName, const QString &area,
                               Severity severity)
    {
        if (!part.broad || !whole.broad)
            return;
        for (BroadGroup group : kBroadGroups) {
            const long long p = part.broad->get(group);
            const long long w = whole.broad->get(group);
            if (p <= w || p < 0)
                continue;
            FieldLocation loc = partLoc;
            loc.group = headlineGroupOf(group);
            add(severity, loc,
                tr("%1: %2 %3 staff %4, but only %5 %6 (broad ethnic group %3).")
                    .arg(area)
                    .arg(p)
                    .arg(broadGroupName(group), partName)
                    .arg(w)
                    .arg(wholeName));
        }
    }

    void checkUnknownShare(const FieldLocation &base, const GroupCounts &counts, const QString &what)
    {
        if (counts.total() <= 0 || counts.unknown < 0)
            return;
        const double share = static_cast<double>(counts.unknown) / static_cast<double>(counts.total());
        if (share > kUnknownWarningShare) {
            FieldLocation loc = base;
            loc.group = EthnicGroup::Unknown;
            add(Severity::Warning, loc,
                tr("%1: ethnicity is unknown for %2% of the total (%3 of %4). Unknowns are left out of every "
                   "likelihood, so the figures may not represent everyone.")
                    .arg(what)
                    .arg(QLocale().toString(share * 100, 'f', 0))
                    .arg(counts.unknown)
                    .arg(counts.total()));
        }
    }

    void checkArea(ServiceArea area, const AreaReturn &data)
    {
        const QString areaName = serviceAreaName(area);
        FieldLocation base;
        base.area = area;

        const bool haveHeadcount = data.payBands.collected;
        const GroupCounts headcount = data.payBands.headcount();
        if (data.payBands.collected) {
            FieldLocation blockLoc = base;
            blockLoc.block = Block::PayBands;
            for (std::size_t i = 0; i < data.payBands.bands.size(); ++i) {
                const PayBand &band = data.payBands.bands[i];
                FieldLocation loc = blockLoc;
                loc.bandIndex = static_cast<int>(i);
                const QString label = band.name.trimmed().isEmpty() ? tr("pay band %1").arg(i + 1) : band.name;
                if (band.name.trimmed().isEmpty())
                    add(Severity::Error, loc, tr("%1: pay band %2 has no name.").arg(areaName).arg(i + 1));
                if (!band.nationalBand)
                    add(Severity::Error, loc,
                        tr("%1: pay band \"%2\" is not mapped to a national pay band.").arg(areaName, label));
                checkCounts(loc, band.counts, tr("%1, pay band \"%2\"").arg(areaName, label));
            }
            checkUnknownShare(blockLoc, headcount, tr("%1, headcount").arg(areaName));
        }

        for (Block block : kBlocks) {
            const BlockInfo &info = blockInfo(block);
            if (info.shape == BlockShape::PayBands || !data.isCollected(block))
                continue;
            FieldLocation loc = base;
            loc.block = block;
            const QString what = tr("%1, %2").arg(areaName, blockTitle(block).toLower());
            if (info.shape == BlockShape::Counts) {
                const GroupCounts &counts = data.countBlock(block).counts;
                checkCounts(loc, counts, what);
                checkUnknownShare(loc, counts, what);
                if (!haveHeadcount)
                    continue;
                if (block == Block::Leavers) {
                    checkLeavers(loc, counts, headcount, areaName);
                } else {
                    checkPartOfWhole(loc, counts, headcount, blockPopulationLabel(block), tr("in the headcount"),
                                     areaName);
                }
            } else {
                const RateBlock &rate = data.rateBlock(block);
                FieldLocation popLoc = loc;
                popLoc.part = FieldLocation::Part::Population;
                FieldLocation evLoc = loc;
                evLoc.part = FieldLocation::Part::Events;
                checkCounts(popLoc, rate.population, what);
                checkCounts(evLoc, rate.events, what);
                checkPartOfWhole(evLoc, rate.events, rate.population, blockEventsLabel(block),
                                 blockPopulationLabel(block), areaName + QStringLiteral(", ") + blockTitle(block).toLower());
                checkUnknownShare(popLoc, rate.population, what);
                if (block == Block::FitnessToPractise && haveHeadcount)
                    checkPartOfWhole(popLoc, rate.population, headcount, blockPopulationLabel(block),
                                     tr("in the headcount"), areaName);
            }
        }
    }

    void checkLeavers(const FieldLocation &loc, const GroupCounts &leavers, const GroupCounts &headcount,
                      const QString &areaName)
    {
        // Turnover over a year can exceed a snapshot headcount, so this is only a warning.
        for (EthnicGroup group : kEthnicGroups) {
            if (leavers.get(group) > headcount.get(group)) {
                FieldLocation at = loc;
                at.group = group;
                add(Severity::Warning, at,
                    tr("%1: %2 %3 leavers is more than the %3 headcount (%4). Possible with high turnover; please "
                       "check.")
                        .arg(areaName)
                        .arg(leavers.get(group))
                        .arg(groupPhrase(group))
                        .arg(headcount.get(group)));
            }
        }
        checkBroadPartOfWhole(loc, leavers, headcount, tr("leavers"), tr("in the headcount"), areaName,
                              Severity::Warning);
    }

    void checkCollectedInBoth(const AreaReturn &adult, const AreaReturn &children)
    {
        for (Block block : kBlocks) {
            if (adult.isCollected(block) == children.isCollected(block))
                continue;
            FieldLocation loc;
            loc.area = adult.isCollected(block) ? ServiceArea::Children : ServiceArea::Adult;
            loc.block = block;
            add(Severity::Warning, loc,
                tr("%1 is collected for %2 but not for %3: the combined figure covers one service area only.")
                    .arg(blockTitle(block),
                         serviceAreaName(adult.isCollected(block) ? ServiceArea::Adult : ServiceArea::Children).toLower(),
                         serviceAreaName(adult.isCollected(block) ? ServiceArea::Children : ServiceArea::Adult).toLower()));
        }
    }
};

} // namespace

QString severityKey(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? tr("Error") : tr("Warning");
}

std::vector<Finding> validateReturn(const AnnualReturn &ret)
{
    Checker checker;
    checker.checkReturn(ret);
    return std::move(checker.findings);
}

bool hasCountNotEntered(const AnnualReturn &ret)
{
    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *area = ret.area(which);
        if (!area)
            continue;
        if (area->payBands.collected)
            for (const PayBand &band : area->payBands.bands)
                if (!band.counts.allEntered())
                    return true;
        for (Block block : kBlocks) {
            const BlockInfo &info = blockInfo(block);
            if (info.shape == BlockShape::PayBands || !area->isCollected(block))
                continue;
            if (info.shape == BlockShape::Counts && !area->countBlock(block).counts.allEntered())
                return true;
            if (info.shape == BlockShape::Rate
                && (!area->rateBlock(block).population.allEntered() || !area->rateBlock(block).events.allEntered()))
                return true;
        }
    }
    return false;
}

bool hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

std::optional<long long> parseCountText(const QString &text, QString *error)
{
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));  // "1,204" as typed or pasted from a spreadsheet
    cleaned.remove(QChar(0x00A0));     // non-breaking spaces from some exports
    bool ok = false;
    const long long value = cleaned.toLongLong(&ok);
    if (!ok || value < 0 || value > 1'000'000'000LL || cleaned.isEmpty()) {
        if (error)
            *error = tr("expected a whole number >= 0, got \"%1\"").arg(text);
        return std::nullopt;
    }
    return value;
}

} // namespace scwres
