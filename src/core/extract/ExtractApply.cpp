// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// An aggregation's way out: into a return (all or nothing), or as JSON for a dry run.
#include "ExtractAggregator.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace scwres::extract {

namespace {

using ordered_json = nlohmann::ordered_json;

// The breakdown by census broad group, as the return format (version 3) writes it.
void addBroad(ordered_json &out, const GroupCounts &counts)
{
    if (!counts.broad)
        return;
    ordered_json broad;
    for (BroadGroup group : kBroadGroups)
        broad[broadGroupKey(group).toStdString()] = counts.broad->get(group);
    out["broad"] = broad;
}

ordered_json groupsJson(const GroupCounts &counts)
{
    ordered_json out;
    out["white"] = counts.white;
    out["minority_ethnic"] = counts.minorityEthnic;
    out["unknown"] = counts.unknown;
    addBroad(out, counts);
    return out;
}

ordered_json leftOutJson(const std::map<QString, LeftOut> &leftOut, bool withRows)
{
    ordered_json out = ordered_json::object();
    for (const auto &[reason, rows] : leftOut) {
        ordered_json r;
        r["count"] = rows.count;
        if (withRows)
            r["rows"] = rows.rows;
        out[reason.toStdString()] = r;
    }
    return out;
}

ordered_json unmappedJson(const std::map<QString, std::map<QString, qint64>> &unmapped)
{
    ordered_json out = ordered_json::object();
    for (const auto &[field, values] : unmapped) {
        ordered_json v = ordered_json::object();
        for (const auto &[value, count] : values)
            v[value.toStdString()] = count;
        out[field.toStdString()] = v;
    }
    return out;
}

// New bands in the order a return lists them: by national band, then by name.
int bandRank(const std::optional<NationalBand> &band)
{
    return band ? int(*band) : 3;
}

} // namespace

std::set<ServiceArea> Aggregator::targetAreas() const
{
    const bool hasColumn = m_profile.columns.count(QStringLiteral("service_area")) > 0
        && !m_profile.columns.at(QStringLiteral("service_area")).isEmpty();
    if (!hasColumn)
        return {ServiceArea::Adult};
    std::set<ServiceArea> areas;
    const auto it = m_profile.values.find(QStringLiteral("service_area"));
    if (it != m_profile.values.end())
        for (const auto &[value, target] : it->second) {
            if (target == QLatin1String("adult"))
                areas.insert(ServiceArea::Adult);
            else if (target == QLatin1String("children"))
                areas.insert(ServiceArea::Children);
        }
    return areas;
}

bool Aggregator::hasBroadGroups() const
{
    return !m_broadMissing && m_profile.values.count(QStringLiteral("ethnicity_group")) > 0;
}

GroupCounts Aggregator::finishBroad(GroupCounts counts) const
{
    if (!hasBroadGroups())
        counts.broad.reset();
    else if (!counts.broad)
        counts.broad = BroadCounts{}; // nobody in this count: every broad group is 0
    return counts;
}

bool Aggregator::hasRows(ServiceArea which, Block block) const
{
    // A row of an area counts in every block the profile fills (a staff list's row is in the
    // workforce, and in 0 or 1 of each flagged count): an area with rows gives its blocks real
    // counts, zeros included (no registered social worker among children's staff is 0), and an
    // area with none gives nothing to write.
    return m_areasSeen.count(which) > 0 && filledBlocks().count(block) > 0;
}

bool Aggregator::fillsAnything() const
{
    const std::map<Block, Part> filled = filledBlocks();
    for (ServiceArea which : targetAreas())
        for (const auto &entry : filled)
            if (hasRows(which, entry.first))
                return true;
    return false;
}

void Aggregator::applyTo(AnnualReturn &ret) const
{
    const std::map<Block, Part> filled = filledBlocks();
    for (ServiceArea which : targetAreas()) {
        // An extract with no rows for an area leaves it as it was (an import that used 0 of 6
        // rows once turned 200/80/10 into 0/0/0 and "not entered" into 0).
        if (std::none_of(filled.begin(), filled.end(), [&](const auto &entry) { return hasRows(which, entry.first); }))
            continue;
        std::optional<AreaReturn> &slot = ret.areaSlot(which);
        if (!slot)
            slot = AreaReturn{};
        AreaReturn &area = *slot;
        const auto found = m_counts.find(which);
        const AreaReturn empty;
        const AreaReturn &counts = found == m_counts.end() ? empty : found->second;
        for (const auto &[block, part] : filled) {
            if (!hasRows(which, block))
                continue; // left as it was
            switch (blockInfo(block).shape) {
            case BlockShape::PayBands: {
                area.payBands.collected = true;
                // Every band the extract's grades map to, even one nobody is in this year.
                std::vector<PayBand> bands = area.payBands.bands;
                for (PayBand &b : bands)
                    b.counts = {};
                std::vector<PayBand> added;
                std::set<QString> names;
                if (const auto g = m_profile.values.find(QStringLiteral("grade")); g != m_profile.values.end())
                    for (const auto &[value, band] : g->second)
                        names.insert(band);
                for (const SalaryRange &r : m_profile.salaryRanges)
                    names.insert(r.band);
                for (const PayBand &b : counts.payBands.bands)
                    names.insert(b.name);
                for (const QString &name : names) {
                    GroupCounts c;
                    for (const PayBand &b : counts.payBands.bands)
                        if (b.name == name)
                            c = b.counts;
                    auto it = std::find_if(bands.begin(), bands.end(), [&](const PayBand &b) { return b.name == name; });
                    if (it != bands.end()) {
                        it->counts = finishBroad(c); // keeps the national band the lead gave it
                        continue;
                    }
                    const auto national = m_profile.bands.find(name);
                    added.push_back(PayBand{name,
                                            national == m_profile.bands.end() ? std::nullopt
                                                                              : std::optional(national->second),
                                            finishBroad(c)});
                }
                std::stable_sort(added.begin(), added.end(), [](const PayBand &a, const PayBand &b) {
                    return bandRank(a.nationalBand) < bandRank(b.nationalBand);
                });
                bands.insert(bands.end(), added.begin(), added.end());
                area.payBands.bands = bands;
                break;
            }
            case BlockShape::Counts:
                area.countBlock(block).collected = true;
                area.countBlock(block).counts = finishBroad(counts.countBlock(block).counts);
                break;
            case BlockShape::Rate: {
                RateBlock &rate = area.rateBlock(block);
                rate.collected = true;
                if (part != Part::Events)
                    rate.population = finishBroad(counts.rateBlock(block).population);
                if (part != Part::Population)
                    rate.events = finishBroad(counts.rateBlock(block).events);
                break;
            }
            }
        }
    }
}

QByteArray Aggregator::areasJson() const
{
    // The same arithmetic as applyTo, on an empty return, so the dry run shows what would be written.
    AnnualReturn scratch;
    applyTo(scratch);
    const std::map<Block, Part> filled = filledBlocks();
    ordered_json areas = ordered_json::object();
    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *area = scratch.area(which);
        if (!area)
            continue;
        ordered_json out = ordered_json::object();
        for (const auto &[block, part] : filled) {
            const BlockInfo &info = blockInfo(block);
            switch (info.shape) {
            case BlockShape::PayBands: {
                ordered_json bands = ordered_json::array();
                for (const PayBand &band : area->payBands.bands) {
                    ordered_json b;
                    b["name"] = band.name.toStdString();
                    b["national_band"] = band.nationalBand ? ordered_json(nationalBandKey(*band.nationalBand).toStdString())
                                                           : ordered_json(nullptr);
                    b["white"] = band.counts.white;
                    b["minority_ethnic"] = band.counts.minorityEthnic;
                    b["unknown"] = band.counts.unknown;
                    addBroad(b, band.counts);
                    bands.push_back(b);
                }
                out[info.key] = bands;
                break;
            }
            case BlockShape::Counts: out[info.key] = groupsJson(area->countBlock(block).counts); break;
            case BlockShape::Rate: {
                ordered_json rate = ordered_json::object();
                if (part != Part::Events)
                    rate[info.populationKey] = groupsJson(area->rateBlock(block).population);
                if (part != Part::Population)
                    rate[info.eventsKey] = groupsJson(area->rateBlock(block).events);
                out[info.key] = rate;
                break;
            }
            }
        }
        areas[serviceAreaKey(which).toStdString()] = out;
    }
    return QByteArray::fromStdString(areas.dump());
}

QByteArray Aggregator::reportJson() const
{
    ordered_json doc;
    doc["rows_read"] = rowsRead();
    doc["rows_used"] = rowsUsed();
    std::map<QString, LeftOut> leftOut;
    std::map<QString, std::map<QString, qint64>> unmapped;
    for (const FileReport &r : m_reports) {
        for (const auto &[reason, rows] : r.leftOut) {
            LeftOut &all = leftOut[reason];
            all.count += rows.count;
            all.rows.insert(all.rows.end(), rows.rows.begin(), rows.rows.end());
        }
        for (const auto &[field, values] : r.unmapped)
            for (const auto &[value, count] : values)
                unmapped[field][value] += count;
    }
    // Row numbers belong to a file: at the top only when there is one file, always per file.
    doc["left_out"] = leftOutJson(leftOut, m_reports.size() == 1);
    doc["unmapped"] = unmappedJson(unmapped);
    ordered_json files = ordered_json::array();
    for (const FileReport &r : m_reports) {
        ordered_json f;
        f["file"] = r.fileName.toStdString();
        f["rows_read"] = r.rowsRead;
        f["rows_used"] = r.rowsUsed;
        f["left_out"] = leftOutJson(r.leftOut, true);
        f["unmapped"] = unmappedJson(r.unmapped);
        if (!r.readOk)
            f["error"] = r.error.toStdString();
        files.push_back(f);
    }
    doc["files"] = files;
    return QByteArray::fromStdString(doc.dump());
}

} // namespace scwres::extract
