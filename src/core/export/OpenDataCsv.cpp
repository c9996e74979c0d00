// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/OpenDataCsv.h"
#include "PrintedFigure.h"

#include "SafeWrite.h"

#include "export/DataReport.h"
#include "export/DocumentWriter.h"
#include "export/XlsxFile.h"


namespace scwres {

namespace {

const QString kWithheld = QStringLiteral("withheld");

// RFC 4180 quoting, and the project's formula guard (XlsxFile::csvSafe): a council's band name
// is free text a spreadsheet would otherwise run.
QString field(QString value)
{
    value = XlsxFile::csvSafe(value);
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString groupKey(CountColumn column)
{
    switch (column) {
    case CountColumn::MinorityEthnic: return QStringLiteral("minority_ethnic");
    case CountColumn::White: return QStringLiteral("white");
    case CountColumn::Unknown: return QStringLiteral("unknown");
    case CountColumn::Total: return QStringLiteral("total");
    }
    return {};
}

constexpr CountColumn kGroups[4] = {CountColumn::White, CountColumn::MinorityEthnic, CountColumn::Unknown,
                                    CountColumn::Total};

QString ratioText(double value)
{
    return printedTwoDecimals(publishedRatio(value));
}

QString percentText(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1);
}

class Rows {
public:
    Rows(const DataReport &report, QByteArray &out) : m_report(report), m_out(out) {}

    void view(const DataReport::View &view)
    {
        m_area = areaSelectionKey(view.area);
        payBands(view);
        for (MetricId id : kRatioMetricIds)
            ratio(view, id);
    }

private:
    void row(int year, MetricId metric, const QString &band, const QString &measure, const QString &group,
             const QString &value)
    {
        const QStringList fields{field(m_report.annualReturn().authorityName), QString::number(year), m_area,
                                 metricKey(metric), field(band), measure, group, field(value)};
        m_out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    int year() const { return m_report.annualReturn().year; }
    // A count as open data: the published text, or the key "not_entered" for a count left empty.
    QString countField(const DataReport::View &view, MetricId id, int row, CountColumn column,
                       const GroupCounts &counts) const
    {
        return DataReport::isEntered(counts, column) ? m_report.countText(view, id, row, column, counts)
                                                     : QStringLiteral("not_entered");
    }

    void payBands(const DataReport::View &view)
    {
        const PayBandResult &bands = view.report.payBands;
        if (!bands.collected)
            return;
        const auto rows = payBandRows(bands);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const BandShare &band = *rows[i];
            const bool workforce = i + 1 == rows.size();
            const bool national = i < bands.nationalBands.size();
            const QString name = workforce ? QStringLiteral("all")
                               : national  ? nationalBandKey(*band.nationalBand)
                                           : band.name;
            for (CountColumn column : kGroups)
                row(year(), MetricId::M1, name, QStringLiteral("headcount"), groupKey(column),
                    countField(view, MetricId::M1, int(i), column, band.counts));
        }
    }

    void ratio(const DataReport::View &view, MetricId id)
    {
        const RatioResult &r = view.report.ratio(id);
        const ReportSuppression &s = m_report.suppression();
        if (r.status != MetricStatus::NotCollected) {
            for (int line = 0; line < 2; ++line) {
                if (line == 1 && r.reason == NotComputableReason::NoHeadcount)
                    break;
                const GroupCounts &counts = line == 0 ? r.events : r.population;
                for (CountColumn column : kGroups)
                    row(year(), id, {}, line == 0 ? QStringLiteral("events") : QStringLiteral("population"),
                        groupKey(column), countField(view, id, line, column, counts));
            }
            const std::pair<EthnicGroup, const std::optional<double> *> likelihoods[2] = {
                {EthnicGroup::White, &r.likelihoodWhite}, {EthnicGroup::MinorityEthnic, &r.likelihoodMinorityEthnic}};
            // A withheld figure has its row whether or not it could be computed: a missing row
            // would say that a hidden population (or event count) is 0.
            const bool structural = r.reason == NotComputableReason::NoHeadcount;
            for (const auto &[group, value] : likelihoods) {
                const bool hidden = s.likelihoodSuppressed(view.area, id, group);
                if (*value || (hidden && !structural))
                    row(year(), id, {}, QStringLiteral("likelihood"),
                        groupKey(group == EthnicGroup::White ? CountColumn::White : CountColumn::MinorityEthnic),
                        hidden ? kWithheld : percentText(**value));
            }
        }
        const bool withheld = s.ratioSuppressed(view.area, id);
        // "Not computable: no white events" would say a hidden count is 0.
        const bool structural = r.status == MetricStatus::NotCollected || r.reason == NotComputableReason::NoHeadcount;
        if (withheld && !structural) {
            for (const char *measure : {"relative_likelihood", "ci95_low", "ci95_high"})
                row(year(), id, {}, QString::fromLatin1(measure), {}, kWithheld);
        } else {
            if (r.relativeLikelihood)
                row(year(), id, {}, QStringLiteral("relative_likelihood"), {}, ratioText(*r.relativeLikelihood));
            if (r.ci95) {
                row(year(), id, {}, QStringLiteral("ci95_low"), {}, ratioText(r.ci95->lower));
                row(year(), id, {}, QStringLiteral("ci95_high"), {}, ratioText(r.ci95->upper));
            }
        }
        row(year(), id, {}, QStringLiteral("status"), {}, withheld && !structural ? kWithheld : statusKey(r.status));
        // Last year's RL, in its own year's row: only where last year's publication showed it (and
        // then withheld whether or not it could be computed).
        if (r.previous && s.previousSuppressed(view.area, id))
            row(r.previous->year, id, {}, QStringLiteral("relative_likelihood"), {}, kWithheld);
        else if (r.previous && r.previous->relativeLikelihood)
            row(r.previous->year, id, {}, QStringLiteral("relative_likelihood"), {}, ratioText(*r.previous->relativeLikelihood));
    }

    const DataReport &m_report;
    QByteArray &m_out;
    QString m_area;
};

} // namespace

QByteArray OpenDataCsv::header()
{
    return QByteArrayLiteral("authority,year,area,metric,band,measure,group,value\r\n");
}

QByteArray OpenDataCsv::render(const DataReport &report)
{
    QByteArray out = header();
    Rows rows(report, out);
    for (const DataReport::View &view : report.views())
        rows.view(view);
    return out;
}

bool OpenDataCsv::write(const DataReport &report, const QString &path, QString *error)
{
    QString reason;
    if (!SafeWrite::write(path, render(report), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

} // namespace scwres
