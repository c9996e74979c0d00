// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "disclosure/CellTable.h"

#include "MetricEngine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace scwres {

enum class CountColumn { MinorityEthnic, White, Unknown, Total };

// A count in the report's tables. Metric 1: row indexes payBandRows() of that area's report (the
// three national bands, the local bands, the whole workforce). Metrics 2-9: row 0 the events,
// row 1 the population.
struct CountCell {
    AreaSelection area = AreaSelection::Combined;
    MetricId metric = MetricId::M1;
    int row = 0;
    CountColumn column = CountColumn::Total;
};

// The rows of metric 1's table, in the order CountCell::row indexes them.
std::vector<const BandShare *> payBandRows(const PayBandResult &payBands);
long long countValue(const GroupCounts &counts, CountColumn column);

// The one disclosure-control pattern of an authority and year: which counts are hidden, decided
// once over everything the program can publish for that year (adult, children's and combined
// views, every table and total), so that every published file shows the same cells. Built by
// DisclosureControl; a default pattern hides nothing (publication mode off).
class DisclosurePattern final {
    Q_DECLARE_TR_FUNCTIONS(DisclosurePattern)

public:
    DisclosurePattern() = default;

    bool enabled() const { return m_enabled; }
    int threshold() const { return m_threshold; }
    int year() const { return m_year; }
    // The audit accepted the pattern (see CellProtection::Result::safe).
    bool safe() const { return m_safe; }

    CellState state(const CountCell &cell) const;
    bool isHidden(const CountCell &cell) const { return state(cell) != CellState::Published; }
    // The count as published: the number, "<10", or "[c]" for a hidden count of threshold or more.
    QString text(const CountCell &cell, long long value) const;

    // A likelihood needs its group's events and population; an RL (and its interval, status,
    // phrase and sentence) both groups'. Unknown counts and totals take no part.
    bool likelihoodPublished(AreaSelection area, MetricId id, EthnicGroup group) const;
    bool ratioPublished(AreaSelection area, MetricId id) const;
    // A share of a row's total: the group's count and the total.
    bool sharePublished(AreaSelection area, MetricId id, int row, CountColumn group) const;

    // "12 counts under 10 hidden; 5 more hidden so that they can't be worked out; 8 of 9
    // relative likelihoods published", over the given views (the cells they show).
    QString summary(const std::vector<MetricReport> &views) const;
    // For each RL whose four counts are all at least the threshold but which is withheld: which
    // hidden count it protects. "Adult social care, metric 7b: withheld so that children's
    // social care's white events (metric 7b) cannot be worked out."
    QStringList protectionNotes(const std::vector<MetricReport> &views) const;

    // For tests and the audit: the table and the hidden cells.
    const CellTable &table() const { return m_table; }
    const std::vector<CellState> &states() const { return m_states; }
    const std::vector<CellRange> &ranges() const { return m_ranges; }
    int cellIndex(const CountCell &cell) const;
    // "combined/7b/0/w" for every name of a cell (a cell shared by two views has two).
    const std::map<QString, int> &index() const { return m_index; }
    static QString key(const CountCell &cell);

private:
    friend class DisclosureControl;
    QString describe(int cell) const;

    bool m_enabled = false;
    int m_threshold = 10;
    int m_year = 0;
    bool m_safe = true;
    CellTable m_table;
    std::vector<CellState> m_states;
    std::vector<int> m_protects;
    std::vector<CellRange> m_ranges;
    std::vector<QString> m_labels; // each cell in words, for the notes
    std::map<QString, int> m_index;
};

} // namespace scwres
