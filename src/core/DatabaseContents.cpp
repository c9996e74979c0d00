// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DatabaseContents.h"

#include "ValueLimits.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Database", text);
}

enum class Kind { Count, Year, YearOrZero, Percent };

struct Column {
    const char *table;
    const char *column;
    Kind kind;
};

// Every number a figure or a year comes from (Schema.cpp). Counts may be NULL (not entered).
constexpr Column kColumns[] = {
    {"authority", "direct_employees", Kind::Count},
    {"return_year", "year", Kind::Year},
    {"return_year", "population_me_percent", Kind::Percent},
    {"count_row", "white", Kind::Count},
    {"count_row", "minority_ethnic", Kind::Count},
    {"count_row", "unknown", Kind::Count},
    {"count_row", "broad_asian", Kind::Count},
    {"count_row", "broad_black", Kind::Count},
    {"count_row", "broad_mixed", Kind::Count},
    {"count_row", "broad_white", Kind::Count},
    {"count_row", "broad_other", Kind::Count},
    {"count_row", "broad_unknown", Kind::Count},
    {"pay_band", "white", Kind::Count},
    {"pay_band", "minority_ethnic", Kind::Count},
    {"pay_band", "unknown", Kind::Count},
    {"pay_band", "broad_asian", Kind::Count},
    {"pay_band", "broad_black", Kind::Count},
    {"pay_band", "broad_mixed", Kind::Count},
    {"pay_band", "broad_white", Kind::Count},
    {"pay_band", "broad_other", Kind::Count},
    {"pay_band", "broad_unknown", Kind::Count},
    {"action_plan", "year", Kind::Year},
    {"action_plan", "direct_employees", Kind::Count},
    {"action_plan", "started_from_year", Kind::YearOrZero},
    {"change_history", "year", Kind::Year},
};

// The SQL condition a good value meets (typeof: SQLite keeps a REAL or TEXT in an INTEGER column
// when it cannot convert it).
QString goodValue(const QString &c, Kind kind)
{
    const QString integer = QStringLiteral("typeof(%1) = 'integer'").arg(c);
    switch (kind) {
    case Kind::Count:
        return QStringLiteral("%1 IS NULL OR (%2 AND %1 BETWEEN 0 AND %3)").arg(c, integer).arg(kMaxStoredCount);
    case Kind::Year:
        return QStringLiteral("%1 AND %2 BETWEEN %3 AND %4").arg(integer, c).arg(kFirstReturnYear).arg(kLastReturnYear);
    case Kind::YearOrZero:
        return QStringLiteral("%1 AND (%2 = 0 OR %2 BETWEEN %3 AND %4)")
            .arg(integer, c)
            .arg(kFirstReturnYear)
            .arg(kLastReturnYear);
    case Kind::Percent:
        return QStringLiteral("%1 IS NULL OR (typeof(%1) IN ('integer', 'real') AND %1 BETWEEN 0 AND 100)").arg(c);
    }
    return QStringLiteral("1");
}

QString expected(Kind kind)
{
    switch (kind) {
    case Kind::Count:
        return tr("a count outside 0 to 1,000,000,000");
    case Kind::Year:
        return tr("a year outside %1 to %2").arg(kFirstReturnYear).arg(kLastReturnYear);
    case Kind::YearOrZero:
        return tr("a year outside %1 to %2").arg(kFirstReturnYear).arg(kLastReturnYear);
    case Kind::Percent:
        return tr("a percentage outside 0 to 100");
    }
    return {};
}

QSet<QString> columnsOf(const QSqlDatabase &connection, const QString &table)
{
    QSet<QString> names;
    QSqlQuery query(connection);
    // The table name is one of the constants above, never input.
    if (query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        while (query.next())
            names.insert(query.value(0).toString());
    return names;
}

} // namespace

QString storedContentsProblem(const QSqlDatabase &connection)
{
    QHash<QString, QSet<QString>> columns;
    for (const Column &c : kColumns) {
        const QString table = QString::fromLatin1(c.table);
        if (!columns.contains(table))
            columns.insert(table, columnsOf(connection, table));
        const QString column = QString::fromLatin1(c.column);
        if (!columns.value(table).contains(column))
            continue;
        QSqlQuery query(connection);
        const bool ran = query.exec(QStringLiteral("SELECT 1 FROM %1 WHERE NOT (%2) LIMIT 1")
                                        .arg(table, goodValue(column, c.kind)));
        if (!ran)
            return tr("%1.%2 cannot be read").arg(table, column);
        if (query.next())
            return QStringLiteral("%1.%2: %3").arg(table, column, expected(c.kind));
    }
    return {};
}

} // namespace scwres
