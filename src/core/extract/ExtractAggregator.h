// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "ExtractProfile.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <map>
#include <set>
#include <vector>

// Extract rows to counts: each row is checked, counted into the blocks its kind fills and
// forgotten. What is kept per file is counts, row numbers (capped) and, per mapped category
// column, its distinct values with their counts (category labels such as "White - British",
// capped in number, so a column of names mapped by mistake is refused rather than collected).
namespace scwres::extract {

// Row numbers kept per reason; beyond this only the count grows.
inline constexpr int kMaxRowsListed = 1000;
// Distinct values kept per category column.
inline constexpr int kMaxDistinctValues = 2000;

struct LeftOut {
    qint64 count = 0;
    std::vector<qint64> rows; // the first kMaxRowsListed, in file order
};

// Why a row was left out: keys of the report ("unreadable_date", …).
QString leftOutReasonText(const QString &reason);

struct FileReport {
    QString fileName;        // the name only, never the folder
    bool readOk = false;
    QString error;           // a read or header fault: the whole file is refused
    qint64 rowsRead = 0;
    qint64 rowsUsed = 0;
    std::map<QString, LeftOut> leftOut; // reason -> rows
    // field -> value -> rows with it, for every mapped category column (ethnicity, grade, flags…)
    std::map<QString, std::map<QString, qint64>> values;
    std::map<QString, std::map<QString, qint64>> unmapped; // the values the profile does not map
};

// Which parts of the return an aggregation fills.
enum class Part { Whole, Population, Events };

class Aggregator {
public:
    // period: the return's; rows dated outside it are left out.
    Aggregator(const Profile &profile, QDate periodStart, QDate periodEnd);

    // Reads one extract and adds its rows. The counts of a file that cannot be read are not
    // added; the report says why.
    FileReport addFile(const QString &path);

    const std::vector<FileReport> &reports() const { return m_reports; }
    qint64 rowsRead() const;
    qint64 rowsUsed() const;
    // True when nothing may be written: a file refused, or a value the profile does not map.
    bool blocked() const;

    // The blocks (and halves of rate blocks) the profile's columns fill, whichever area.
    std::map<Block, Part> filledBlocks() const;
    // The areas the counts go to: those the service-area mapping names (adult and children's
    // social care), or adult social care alone when the extract has no service-area column.
    std::set<ServiceArea> targetAreas() const;

    // Writes the counts into ret, all or nothing: only the filled blocks the extract has rows
    // for change (a block it has no rows for, because no row of its service area was counted,
    // is left as it was: "not entered" stays not entered, and such an area is neither added nor
    // touched); an area the return lacks is added.
    // A pay band the return already has keeps its national band, a new one takes the profile's
    // (bands). Call only when !blocked().
    void applyTo(AnnualReturn &ret) const;
    // Whether rows were counted for that block of that area: the profile fills the block and at
    // least one row of the area was counted (its zeros are then real zeros).
    bool hasRows(ServiceArea area, Block block) const;
    // Whether applyTo would write anything at all: false when no row was counted in any block.
    bool fillsAnything() const;

    // The counts in the return format's "areas" shape, only the filled blocks (dry runs).
    QByteArray areasJson() const;
    // The row report (rows_read, rows_used, left_out, unmapped), JSON.
    QByteArray reportJson() const;

private:
    // What a category cell's text resolves to, cached per distinct text for the file being read
    // (a column has a few dozen values, a file up to millions of rows).
    struct Resolved {
        int target = -1; // group, area (0 adult, 1 children, 2 not in scope), band index or 0/1; -1 unmapped
        qint64 rows = 0;
    };
    struct Column {
        QString field;
        FieldType type;
        int index;
        int flagSlot = -1;                           // Flag: which yes/no field
        // Ethnicity, ServiceArea, Grade, Flag: the first few distinct texts in a small array
        // (compared, not hashed: most category columns have a handful), the rest in a hash.
        std::vector<std::pair<QString, Resolved>> few;
        QHash<QString, Resolved> many;
        QHash<QString, QDate> dates;                 // Date: text -> date, capped
    };
    int resolve(Column &column, const QString &key) const;
    Resolved *lookup(Column &column, const QString &text);
    const SalaryRange *salaryRangeOf(const QString &raw) const;
    qsizetype distinct(const Column &column) const { return qsizetype(column.few.size()) + column.many.size(); }
    void addRow(FileReport &report, qint64 row, const QStringList &cells);
    // The counts as written: with their broad-group breakdown (zeros for nobody) when every row
    // counted had a broad group, without one otherwise.
    GroupCounts finishBroad(GroupCounts counts) const;
public:
    // Whether the counts carry the breakdown by census broad group (values.ethnicity_group).
    bool hasBroadGroups() const;
private:
    bool mapHeader(FileReport &report, const QStringList &header);

    Profile m_profile;
    QDate m_start, m_end;
    std::vector<Column> m_columns;
    std::vector<FileReport> m_reports;
    std::map<ServiceArea, AreaReturn> m_counts;
    std::set<ServiceArea> m_areasSeen;
    bool m_xlsx = false;
    // A row was counted whose ethnicity value has no broad group (or the profile has none):
    // the counts then carry no broad-group breakdown (finishBroad()).
    bool m_broadMissing = false;
    const char *m_lastReason = nullptr;
    LeftOut *m_lastLeftOut = nullptr; // in the file report being read
    QStringList m_bandNames; // the local bands the grades map to, sorted
    // Hashes of the person identifiers seen, this run only: open addressing in one flat array, as
    // a node per person made a million-row staff list slow and large.
    class IdSet {
    public:
        bool insert(quint64 hash); // false when already there
    private:
        std::vector<quint64> m_slots; // a power of two in size
        size_t m_size = 0;
    };
    IdSet m_seenIds;
};

} // namespace scwres::extract
