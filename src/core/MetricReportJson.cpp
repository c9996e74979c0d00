// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricReportJson.h"

#include "BroadGroupRatios.h"

#include "Certainty.h"
#include "Progression.h"

namespace scwres {

namespace {

using Json = nlohmann::ordered_json;

Json text(const QString &value)
{
    return value.isEmpty() ? Json(nullptr) : Json(value.toStdString());
}

Json number(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

// A count not entered is null, never 0 (issue 27).
Json count(const GroupCounts &counts, EthnicGroup group)
{
    return counts.isEntered(group) ? Json(counts.get(group)) : Json(nullptr);
}

Json groupCounts(const GroupCounts &counts)
{
    return Json{{"white", count(counts, EthnicGroup::White)},
                {"minority_ethnic", count(counts, EthnicGroup::MinorityEthnic)},
                {"unknown", count(counts, EthnicGroup::Unknown)}};
}

Json bandShare(const BandShare &band, bool withName)
{
    Json json = Json::object();
    if (withName)
        json["name"] = band.name.toStdString();
    if (band.nationalBand)
        json["national_band"] = nationalBandKey(*band.nationalBand).toStdString();
    else if (withName)
        json["national_band"] = nullptr;
    json["white"] = count(band.counts, EthnicGroup::White);
    json["minority_ethnic"] = count(band.counts, EthnicGroup::MinorityEthnic);
    json["unknown"] = count(band.counts, EthnicGroup::Unknown);
    json["percent_white"] = number(band.percentWhite);
    json["percent_minority_ethnic"] = number(band.percentMinorityEthnic);
    json["percent_unknown"] = number(band.percentUnknown);
    return json;
}

Json payBands(const PayBandResult &result)
{
    if (!result.collected)
        return Json{{"bands", nullptr},
                    {"local_bands", nullptr},
                    {"workforce", nullptr},
                    {"collected", false},
                    {"adverse_to_minority_ethnic", nullptr}};
    Json bands = Json::array();
    for (const BandShare &band : result.nationalBands) {
        Json json = bandShare(band, false);
        json["national_percent_minority_ethnic"] = number(band.nationalPercentMinorityEthnic);
        bands.push_back(json);
    }
    Json local = Json::array();
    for (const BandShare &band : result.localBands)
        local.push_back(bandShare(band, true));
    return Json{{"bands", bands},
                {"local_bands", local},
                {"workforce", bandShare(result.workforce, false)},
                {"collected", true},
                {"adverse_to_minority_ethnic", result.adverseToMinorityEthnic}};
}

Json counts(const RatioResult &result)
{
    if (result.status == MetricStatus::NotCollected)
        return nullptr;
    // Without a headcount there is no population to show, only the events.
    const bool hasPopulation = result.reason != NotComputableReason::NoHeadcount;
    return Json{{"events", groupCounts(result.events)},
                {"population", hasPopulation ? groupCounts(result.population) : Json(nullptr)}};
}

Json previous(const std::optional<PreviousYearFigure> &figure)
{
    if (!figure)
        return nullptr;
    return Json{{"year", figure->year},
                {"status", statusKey(figure->status).toStdString()},
                {"relative_likelihood", number(figure->relativeLikelihood)},
                {"change", number(figure->change)}};
}

Json national(const std::optional<NationalFigure> &figure)
{
    if (!figure)
        return nullptr;
    return Json{{"year", figure->year},
                {"relative_likelihood", figure->relativeLikelihood},
                {"source", figure->source.toStdString()}};
}

Json interval(const std::optional<Interval> &ci)
{
    return ci ? Json::array({ci->lower, ci->upper}) : Json(nullptr);
}

Json certainty(const std::optional<Certainty> &value)
{
    return value ? Json(certaintyKey(*value).toStdString()) : Json(nullptr);
}

Json whole(const std::optional<long long> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

// Metrics 2 and 9: posts moving between the groups, totals fixed (issue 27); null elsewhere and
// when no swap reaches the range.
Json swap(const ToRange &to)
{
    if (!to.swap)
        return nullptr;
    const bool toMinority = *to.swap > 0;
    return Json{{"posts", *to.swap > 0 ? *to.swap : -*to.swap},
                {"from", toMinority ? "white" : "minority_ethnic"},
                {"to", toMinority ? "minority_ethnic" : "white"},
                {"relative_likelihood_after", number(to.relativeLikelihoodAfterSwap)},
                {"likelihood_minority_ethnic_after", number(to.likelihoodMinorityEthnicAfterSwap)},
                {"likelihood_white_after", number(to.likelihoodWhiteAfterSwap)}};
}

Json toRange(const std::optional<ToRange> &to)
{
    if (!to)
        return nullptr;
    return Json{{"minority_ethnic_events", whole(to->minorityEthnicEvents)},
                {"white_events", whole(to->whiteEvents)},
                {"relative_likelihood_after", number(to->relativeLikelihoodAfter)},
                {"relative_likelihood_after_white", number(to->relativeLikelihoodAfterWhite)},
                {"likelihood_minority_ethnic_after", number(to->likelihoodMinorityEthnicAfter)},
                {"likelihood_white_after_white", number(to->likelihoodWhiteAfterWhite)},
                {"swap", swap(*to)}};
}

Json pooled(const std::optional<PooledFigure> &figure)
{
    if (!figure)
        return nullptr;
    return Json{{"years", figure->years},
                {"method", "mantel_haenszel"},
                {"label", "pooled (stratified by year)"},
                {"relative_likelihood", number(figure->relativeLikelihood)},
                {"ci95", interval(figure->ci95)},
                {"certainty", certainty(figure->certainty)},
                {"small_numbers", figure->smallNumbers},
                {"counts", Json{{"events", groupCounts(figure->events)}, {"population", groupCounts(figure->population)}}}};
}

Json bandKey(const std::optional<NationalBand> &band)
{
    return band ? Json(nationalBandKey(*band).toStdString()) : Json(nullptr);
}

Json progressionStep(const ProgressionStep &step)
{
    return Json{{"from", step.from.toStdString()},
                {"to", step.to.toStdString()},
                {"from_national_band", bandKey(step.fromNational)},
                {"to_national_band", bandKey(step.toNational)},
                {"status", statusKey(step.status).toStdString()},
                {"reason", text(notComputableReasonKey(step.reason))},
                {"relative_likelihood", number(step.relativeLikelihood)},
                {"likelihood_minority_ethnic", number(step.likelihoodMinorityEthnic)},
                {"likelihood_white", number(step.likelihoodWhite)},
                {"ci95", interval(step.ci95)},
                {"haldane_corrected", step.haldaneCorrected},
                {"small_numbers", step.smallNumbers},
                {"certainty", certainty(step.certainty)},
                {"counts", Json{{"above", groupCounts(step.above)}, {"at_or_above", groupCounts(step.atOrAbove)}}},
                {"sentence", text(progressionStepSentence(step))}};
}

Json leftOut(const std::vector<LeftOutBand> &bands)
{
    Json list = Json::array();
    for (const LeftOutBand &band : bands)
        list.push_back(Json{{"band", band.band.toStdString()}, {"reason", leftOutReasonKey(band.reason).toStdString()}});
    return list;
}

Json progressionCompound(const std::optional<ProgressionCompound> &compound)
{
    if (!compound)
        return nullptr;
    // "compound" is the top band's share ratio (the product of the steps telescopes to it): named so.
    return Json{{"name", "top_band_share_ratio"},
                {"label", topBandShareRatioName().toStdString()},
                {"from", compound->from.toStdString()},
                {"to", compound->to.toStdString()},
                {"steps", compound->steps},
                {"status", statusKey(compound->status).toStdString()},
                {"relative_likelihood", number(compound->relativeLikelihood)},
                {"ci95", interval(compound->ci95)},
                {"small_numbers", compound->smallNumbers},
                {"certainty", certainty(compound->certainty)}};
}

Json progression(const ProgressionResult &result)
{
    if (!result.collected)
        return nullptr;
    Json national = Json::array();
    for (const ProgressionStep &step : result.national)
        national.push_back(progressionStep(step));
    Json local = Json::array();
    for (const ProgressionStep &step : result.local)
        local.push_back(progressionStep(step));
    return Json{{"direction", "minority ethnic relative to white"},
                {"national", national},
                {"local", local},
                {"compound", Json{{"national", progressionCompound(result.nationalCompound)},
                                  {"local", progressionCompound(result.localCompound)}}},
                {"left_out", Json{{"national", leftOut(result.leftOutNational)}, {"local", leftOut(result.leftOutLocal)}}},
                {"reading", "shares at each level, not movement: of staff at or above a band, the likelihood of "
                            "being in the next band or above"}};
}

// Each broad group relative to white staff, where the return carries the breakdown; null otherwise.
Json broadGroups(const std::optional<BroadGroupReading> &reading)
{
    if (!reading)
        return nullptr;
    Json groups = Json::object();
    for (const BroadGroupRatio &g : reading->groups)
        groups[broadGroupKey(g.group).toStdString()] = Json{{"relative_likelihood", number(g.relativeLikelihood)},
                                                             {"likelihood", number(g.likelihood)},
                                                             {"ci95", interval(g.ci95)},
                                                             {"status", statusKey(g.status).toStdString()},
                                                             {"small_numbers", g.smallNumbers},
                                                             {"events", g.events},
                                                             {"population", g.population}};
    return Json{{"direction", "each group relative to white"},
                {"white", Json{{"events", reading->whiteEvents}, {"population", reading->whitePopulation}}},
                {"groups", groups}};
}

void addSeniorManagerGaps(Json &json, const SeniorManagerGaps &gaps)
{
    json["percent_minority_ethnic_senior"] = number(gaps.percentMinorityEthnicSenior);
    json["percent_minority_ethnic_workforce"] = number(gaps.percentMinorityEthnicWorkforce);
    json["gap_vs_workforce_points"] = number(gaps.gapVsWorkforcePoints);
    json["gap_vs_population_points"] = number(gaps.gapVsPopulationPoints);
}

} // namespace

Json ratioResultToJson(const RatioResult &result)
{
    return Json{{"status", statusKey(result.status).toStdString()},
                {"reason", text(notComputableReasonKey(result.reason))},
                {"relative_likelihood", number(result.relativeLikelihood)},
                {"likelihood_minority_ethnic", number(result.likelihoodMinorityEthnic)},
                {"likelihood_white", number(result.likelihoodWhite)},
                {"ci95", interval(result.ci95)},
                {"haldane_corrected", result.haldaneCorrected},
                {"small_numbers", result.smallNumbers},
                {"certainty", certainty(result.certainty)},
                {"to_range", toRange(result.toRange)},
                {"pooled_3y", pooled(result.pooled)},
                {"phrase", text(result.phrase)},
                {"sentence", result.sentence.toStdString()},
                {"counts", counts(result)},
                {"previous", previous(result.previous)},
                {"national", national(result.national)}};
}

Json metricReportToJson(const MetricReport &report)
{
    Json metrics = Json::object();
    metrics["1"] = payBands(report.payBands);
    metrics["1"]["progression"] = progression(computeProgression(report));
    for (const auto &[id, result] : report.ratios) {
        Json json = ratioResultToJson(result);
        json["broad_groups"] = broadGroups(broadGroupRatios(report, id));
        if (id == MetricId::M9)
            addSeniorManagerGaps(json, report.seniorManagers);
        metrics[metricKey(id).toStdString()] = json;
    }
    return Json{{"authority", report.authority.toStdString()},
                {"year", report.year},
                {"area", areaSelectionKey(report.area).toStdString()},
                {"range", Json::array({report.range.lower, report.range.upper})},
                {"direction", "minority ethnic relative to white"},
                {"interval_method", intervalMethodKey(report.intervalMethod).toStdString()},
                {"ci95_method", confidenceIntervalNote(report.intervalMethod).toStdString()},
                {"metrics", metrics}};
}

} // namespace scwres
