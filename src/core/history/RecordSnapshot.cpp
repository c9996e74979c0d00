// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "RecordSnapshot.h"

#include "ValueLimits.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace scwres
{

namespace
{

using nlohmann::ordered_json;

ordered_json str(const QString &value)
{
    return value.toStdString();
}

// A snapshot holding a number out of its range (a count of -5, a year of 1e300) is damaged
// (issue 37): it reads as nothing, as one that does not parse, never as figures.
struct OutOfRange {
};

// nlohmann's get<int>() of 1e300 or of 2^40 is undefined or wraps round: every number is checked.
long long whole(const ordered_json &value, long long min, long long max)
{
    if (value.is_number_unsigned()) {
        if (value.get<unsigned long long>() > static_cast<unsigned long long>(max))
            throw OutOfRange{};
        const auto v = static_cast<long long>(value.get<unsigned long long>());
        if (v < min)
            throw OutOfRange{};
        return v;
    }
    if (value.is_number_integer()) {
        const long long v = value.get<long long>();
        if (v < min || v > max)
            throw OutOfRange{};
        return v;
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            throw OutOfRange{};
        return static_cast<long long>(d);
    }
    throw OutOfRange{};
}

long long countValue(const ordered_json &value)
{
    return whole(value, 0, kMaxStoredCount);
}

int yearValue(const ordered_json &value)
{
    return int(whole(value, kFirstReturnYear, kLastReturnYear));
}

QString qstr(const ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

ordered_json date(const QDate &value)
{
    return value.isValid() ? ordered_json(value.toString(Qt::ISODate).toStdString()) : ordered_json(nullptr);
}

QDate dateOf(const ordered_json &value)
{
    return value.is_string() ? QDate::fromString(qstr(value), Qt::ISODate) : QDate();
}

// One count: null when not entered (GroupCounts keeps "entered" apart from the value).
ordered_json counts(const GroupCounts &c)
{
    ordered_json out = ordered_json::array();
    for (EthnicGroup g : kEthnicGroups)
        out.push_back(c.isEntered(g) ? ordered_json(c.get(g)) : ordered_json(nullptr));
    // The broad-group breakdown (schema 5), when there is one, follows the three: nine numbers.
    if (c.broad)
        for (BroadGroup g : kBroadGroups)
            out.push_back(c.broad->get(g));
    return out;
}

GroupCounts countsOf(const ordered_json &value)
{
    GroupCounts c;
    int i = 0;
    for (EthnicGroup g : kEthnicGroups) {
        const ordered_json &v = value.at(static_cast<size_t>(i++));
        if (v.is_null())
            c.clear(g);
        else
            c.set(g, countValue(v));
    }
    if (value.size() == 3 + kBroadGroups.size()) {
        BroadCounts broad;
        for (BroadGroup g : kBroadGroups)
            broad.set(g, countValue(value.at(static_cast<size_t>(i++))));
        c.broad = broad;
    }
    return c;
}

ordered_json area(const AreaReturn &a)
{
    ordered_json out;
    ordered_json blocks = ordered_json::object();
    for (Block block : kBlocks) {
        const BlockInfo &info = blockInfo(block);
        ordered_json b;
        b["collected"] = a.isCollected(block);
        if (info.shape == BlockShape::Counts) {
            b["counts"] = counts(a.countBlock(block).counts);
        } else if (info.shape == BlockShape::Rate) {
            b["population"] = counts(a.rateBlock(block).population);
            b["events"] = counts(a.rateBlock(block).events);
        } else {
            ordered_json bands = ordered_json::array();
            for (const PayBand &band : a.payBands.bands)
                bands.push_back({ { "name", str(band.name) },
                    { "national",
                        band.nationalBand ? str(nationalBandKey(*band.nationalBand)) : ordered_json(nullptr) },
                    { "counts", counts(band.counts) } });
            b["bands"] = bands;
        }
        blocks[info.key] = b;
    }
    out["blocks"] = blocks;
    ordered_json notes = ordered_json::object();
    for (const auto &[key, note] : a.notes)
        notes[key.toStdString()] = str(note);
    out["notes"] = notes;
    return out;
}

AreaReturn areaOf(const ordered_json &value)
{
    AreaReturn a;
    for (const auto &[key, b] : value.at("blocks").items()) {
        const auto block = blockFromKey(QString::fromStdString(key));
        if (!block)
            continue;
        a.setCollected(*block, b.at("collected").get<bool>());
        const BlockInfo &info = blockInfo(*block);
        if (info.shape == BlockShape::Counts) {
            a.countBlock(*block).counts = countsOf(b.at("counts"));
        } else if (info.shape == BlockShape::Rate) {
            a.rateBlock(*block).population = countsOf(b.at("population"));
            a.rateBlock(*block).events = countsOf(b.at("events"));
        } else {
            for (const ordered_json &band : b.at("bands")) {
                PayBand p;
                p.name = qstr(band.at("name"));
                if (band.at("national").is_string())
                    p.nationalBand = nationalBandFromKey(qstr(band.at("national")));
                p.counts = countsOf(band.at("counts"));
                a.payBands.bands.push_back(p);
            }
        }
    }
    for (const auto &[key, note] : value.at("notes").items())
        a.notes[QString::fromStdString(key)] = qstr(note);
    return a;
}

ordered_json signOff(const SignOff &s)
{
    return { { "name", str(s.name) }, { "role", str(s.role) }, { "date", date(s.date) } };
}

SignOff signOffOf(const ordered_json &v)
{
    return SignOff { qstr(v.at("name")), qstr(v.at("role")), dateOf(v.at("date")) };
}

ordered_json action(const PlanAction &a)
{
    ordered_json notes = ordered_json::array();
    for (const ProgressNote &n : a.notes)
        notes.push_back({ { "date", date(n.date) }, { "text", str(n.text) } });
    return { { "uid", str(a.uid) }, { "details", str(a.details) }, { "timescale", str(a.timescale) },
        { "success", str(a.successMeasure) }, { "lead", str(a.lead) },
        { "area", a.area ? str(improvementAreaKey(*a.area)) : ordered_json(nullptr) }, { "start", date(a.start) },
        { "due", date(a.due) }, { "status", str(actionStatusKey(a.status)) }, { "notes", notes },
        { "from", str(a.rolledOverFrom) } };
}

PlanAction actionOf(const ordered_json &v)
{
    PlanAction a;
    a.uid = qstr(v.at("uid"));
    a.details = qstr(v.at("details"));
    a.timescale = qstr(v.at("timescale"));
    a.successMeasure = qstr(v.at("success"));
    a.lead = qstr(v.at("lead"));
    if (v.at("area").is_string())
        a.area = improvementAreaFromKey(qstr(v.at("area")));
    a.start = dateOf(v.at("start"));
    a.due = dateOf(v.at("due"));
    a.status = actionStatusFromKey(qstr(v.at("status"))).value_or(ActionStatus::NotStarted);
    for (const ordered_json &n : v.at("notes"))
        a.notes.push_back(ProgressNote { dateOf(n.at("date")), qstr(n.at("text")) });
    a.rolledOverFrom = qstr(v.at("from"));
    return a;
}

} // namespace

QByteArray returnSnapshot(const AnnualReturn &ret)
{
    ordered_json doc;
    doc["authority"] = str(ret.authorityName);
    doc["code"] = str(ret.authorityCode);
    doc["year"] = ret.year;
    doc["complete"] = ret.complete;
    doc["snapshot"] = date(ret.snapshotDate);
    doc["start"] = date(ret.periodStart);
    doc["end"] = date(ret.periodEnd);
    doc["population"] = ret.populationMinorityEthnicPercent ? ordered_json(*ret.populationMinorityEthnicPercent)
                                                            : ordered_json(nullptr);
    doc["source"] = str(ret.populationSource);
    for (ServiceArea which : kServiceAreas)
        doc[serviceAreaKey(which).toStdString()] = ret.area(which) ? area(*ret.area(which)) : ordered_json(nullptr);
    return QByteArray::fromStdString(doc.dump());
}

std::optional<AnnualReturn> returnFromSnapshot(const QByteArray &bytes)
{
    try {
        const ordered_json doc = ordered_json::parse(bytes.constBegin(), bytes.constEnd());
        AnnualReturn ret;
        ret.authorityName = qstr(doc.at("authority"));
        ret.authorityCode = qstr(doc.at("code"));
        ret.year = yearValue(doc.at("year"));
        ret.complete = doc.value("complete", false);
        ret.snapshotDate = dateOf(doc.at("snapshot"));
        ret.periodStart = dateOf(doc.at("start"));
        ret.periodEnd = dateOf(doc.at("end"));
        if (doc.at("population").is_number()) {
            const double percent = doc.at("population").get<double>();
            if (!std::isfinite(percent) || percent < 0 || percent > 100)
                throw OutOfRange{};
            ret.populationMinorityEthnicPercent = percent;
        }
        ret.populationSource = qstr(doc.at("source"));
        for (ServiceArea which : kServiceAreas) {
            const ordered_json &a = doc.at(serviceAreaKey(which).toStdString());
            if (!a.is_null())
                ret.areaSlot(which) = areaOf(a);
        }
        return ret;
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    } catch (const OutOfRange &) {
        return std::nullopt;
    }
}

QByteArray planSnapshot(const ActionPlan &plan)
{
    ordered_json doc;
    doc["authority_id"] = plan.authorityId;
    doc["year"] = plan.year;
    const PlanHeader &h = plan.header;
    doc["header"] = { { "authority", str(h.authorityName) }, { "sponsor", str(h.sponsor) },
        { "lead", str(h.programmeLead) }, { "staff_voice", str(h.staffVoiceLead) },
        { "psw_adults", str(h.principalSocialWorkerAdults) }, { "psw_children", str(h.principalSocialWorkerChildren) },
        { "employees", h.directEmployees ? ordered_json(*h.directEmployees) : ordered_json(nullptr) } };
    doc["evaluation"] = str(plan.evaluation);
    doc["learning"] = str(plan.learningFromLastYear);
    ordered_json sections = ordered_json::array();
    for (const MetricSection &s : plan.sections) {
        ordered_json actions = ordered_json::array();
        for (const PlanAction &a : s.actions)
            actions.push_back(action(a));
        sections.push_back({ { "narrative", str(s.narrative) }, { "edited", s.narrativeEdited },
            { "chart", s.attachChart }, { "actions", actions } });
    }
    doc["sections"] = sections;
    doc["other"] = str(plan.otherActions);
    doc["engagement"] = { { "answer", str(yesNoKey(plan.staffEngagement.hasPlanOrPolicy)) },
        { "points", str(plan.staffEngagement.keyPoints) } };
    doc["sign_off"] = plan.signOff ? signOff(*plan.signOff) : ordered_json(nullptr);
    ordered_json reopenings = ordered_json::array();
    for (const Reopening &r : plan.reopenings)
        reopenings.push_back({ { "date", date(r.date) }, { "by", str(r.by) }, { "reason", str(r.reason) },
            { "previous", signOff(r.previousSignOff) } });
    doc["reopenings"] = reopenings;
    doc["started_from"] = plan.startedFromYear;
    ordered_json evaluation = ordered_json::array();
    for (const EvaluationEntry &e : plan.lastYearEvaluation)
        evaluation.push_back({ { "uid", str(e.actionUid) }, { "section", e.section }, { "details", str(e.details) },
            { "status", str(actionStatusKey(e.finalStatus)) }, { "carried", e.carriedForward },
            { "outcome", str(e.outcome) } });
    doc["last_year"] = evaluation;
    return QByteArray::fromStdString(doc.dump());
}

std::optional<ActionPlan> planFromSnapshot(const QByteArray &bytes)
{
    try {
        const ordered_json doc = ordered_json::parse(bytes.constBegin(), bytes.constEnd());
        ActionPlan plan;
        plan.authorityId = whole(doc.at("authority_id"), 0, std::numeric_limits<long long>::max());
        plan.year = yearValue(doc.at("year"));
        const ordered_json &h = doc.at("header");
        plan.header.authorityName = qstr(h.at("authority"));
        plan.header.sponsor = qstr(h.at("sponsor"));
        plan.header.programmeLead = qstr(h.at("lead"));
        plan.header.staffVoiceLead = qstr(h.at("staff_voice"));
        plan.header.principalSocialWorkerAdults = qstr(h.at("psw_adults"));
        plan.header.principalSocialWorkerChildren = qstr(h.at("psw_children"));
        if (h.at("employees").is_number())
            plan.header.directEmployees = int(countValue(h.at("employees")));
        plan.evaluation = qstr(doc.at("evaluation"));
        plan.learningFromLastYear = qstr(doc.at("learning"));
        const ordered_json &sections = doc.at("sections");
        for (int n = 1; n <= kPlanSectionCount; ++n) {
            const ordered_json &s = sections.at(static_cast<size_t>(n - 1));
            MetricSection &target = plan.section(n);
            target.narrative = qstr(s.at("narrative"));
            target.narrativeEdited = s.at("edited").get<bool>();
            target.attachChart = s.at("chart").get<bool>();
            for (const ordered_json &a : s.at("actions"))
                target.actions.push_back(actionOf(a));
        }
        plan.otherActions = qstr(doc.at("other"));
        plan.staffEngagement.hasPlanOrPolicy
            = yesNoFromKey(qstr(doc.at("engagement").at("answer"))).value_or(YesNo::Unanswered);
        plan.staffEngagement.keyPoints = qstr(doc.at("engagement").at("points"));
        if (!doc.at("sign_off").is_null())
            plan.signOff = signOffOf(doc.at("sign_off"));
        for (const ordered_json &r : doc.at("reopenings"))
            plan.reopenings.push_back(Reopening {
                dateOf(r.at("date")), qstr(r.at("by")), qstr(r.at("reason")), signOffOf(r.at("previous")) });
        // 0: not started from an earlier plan.
        plan.startedFromYear = int(whole(doc.at("started_from"), 0, kLastReturnYear));
        for (const ordered_json &e : doc.at("last_year")) {
            EvaluationEntry entry;
            entry.actionUid = qstr(e.at("uid"));
            entry.section = int(whole(e.at("section"), 1, kPlanSectionCount));
            entry.details = qstr(e.at("details"));
            entry.finalStatus = actionStatusFromKey(qstr(e.at("status"))).value_or(ActionStatus::NotStarted);
            entry.carriedForward = e.at("carried").get<bool>();
            entry.outcome = qstr(e.at("outcome"));
            plan.lastYearEvaluation.push_back(entry);
        }
        return plan;
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    } catch (const OutOfRange &) {
        return std::nullopt;
    }
}

} // namespace scwres
