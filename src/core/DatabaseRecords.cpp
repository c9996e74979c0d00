// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The Database's records: authorities and their annual returns, read and written as rows of the
// schema's tables (Schema.cpp). Opening, migrating, transactions and durability are in Database.cpp.
#include "Database.h"

#include "history/ChangeHistory.h"

#include "ValueLimits.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Database", text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse; an empty field
// typed or never touched is the same to the user, so store it as ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A count not entered is NULL (schema 3): empty is not zero.
QVariant countValue(const GroupCounts &counts, EthnicGroup group)
{
    return counts.isEntered(group) ? QVariant(counts.get(group)) : QVariant();
}

// The broad-group columns (schema 5), in kBroadGroups order.
const char *const kBroadColumns = "broad_asian, broad_black, broad_mixed, broad_white, broad_other, broad_unknown";

// Headline counts at firstColumn, the six broad counts (all NULL: no breakdown) after them. Each
// is range-checked as it is read (issue 37), as the open checked the whole file: another program
// may have written to it since. *impossible is set when one is out of range.
GroupCounts countsFrom(const QSqlQuery &query, int firstColumn, bool *impossible)
{
    GroupCounts counts;
    int column = firstColumn;
    const auto count = [&](const QVariant &value) {
        const auto checked = storedWholeNumber(value, 0, kMaxStoredCount);
        if (!checked)
            *impossible = true;
        return checked.value_or(0);
    };
    for (EthnicGroup group : kEthnicGroups) {
        const QVariant value = query.value(column++);
        if (value.isNull())
            counts.clear(group);
        else
            counts.set(group, count(value));
    }
    if (!query.value(column).isNull()) {
        BroadCounts broad;
        for (BroadGroup group : kBroadGroups)
            broad.set(group, count(query.value(column++)));
        counts.broad = broad;
    }
    return counts;
}

void bindBroad(QSqlQuery &query, const GroupCounts &counts)
{
    for (BroadGroup group : kBroadGroups)
        query.addBindValue(counts.broad ? QVariant(counts.broad->get(group)) : QVariant());
}

QString partKeyFor(const BlockInfo &info, bool events)
{
    return QString::fromLatin1(events ? info.eventsKey : info.populationKey);
}

} // namespace

std::vector<Authority> Database::authorities()
{
    std::vector<Authority> result;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id FROM authority ORDER BY name COLLATE NOCASE"));
    if (!exec(query))
        return result;
    std::vector<long long> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    for (long long id : ids)
        if (auto found = authority(id))
            result.push_back(*found);
    return result;
}

std::optional<Authority> Database::authority(long long id)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id, name, code, direct_employees, sponsor, programme_lead, staff_voice_lead, "
                                 "psw_adults, psw_children FROM authority WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Authority a;
    a.id = query.value(0).toLongLong();
    a.name = query.value(1).toString();
    a.code = query.value(2).toString();
    if (!query.value(3).isNull())
        a.directEmployees = query.value(3).toInt();
    a.sponsor = query.value(4).toString();
    a.programmeLead = query.value(5).toString();
    a.staffVoiceLead = query.value(6).toString();
    a.principalSocialWorkerAdults = query.value(7).toString();
    a.principalSocialWorkerChildren = query.value(8).toString();
    return a;
}

std::optional<Authority> Database::authorityByName(const QString &name)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id FROM authority WHERE name = ?"));
    query.addBindValue(name);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return authority(query.value(0).toLongLong());
}

std::optional<long long> Database::saveAuthority(const Authority &a)
{
    if (a.name.trimmed().isEmpty()) {
        m_lastError = tr("An authority needs a name.");
        return std::nullopt;
    }
    long long id = a.id;
    const bool ok = transaction([&] {
        QSqlQuery query(connection());
        if (a.id == 0)
            query.prepare(QStringLiteral(
                "INSERT INTO authority (name, code, direct_employees, sponsor, programme_lead, staff_voice_lead, "
                "psw_adults, psw_children) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        else
            query.prepare(QStringLiteral(
                "UPDATE authority SET name = ?, code = ?, direct_employees = ?, sponsor = ?, programme_lead = ?, "
                "staff_voice_lead = ?, psw_adults = ?, psw_children = ? WHERE id = ?"));
        query.addBindValue(a.name.trimmed());
        query.addBindValue(text(a.code));
        query.addBindValue(a.directEmployees ? QVariant(*a.directEmployees) : QVariant());
        query.addBindValue(text(a.sponsor));
        query.addBindValue(text(a.programmeLead));
        query.addBindValue(text(a.staffVoiceLead));
        query.addBindValue(text(a.principalSocialWorkerAdults));
        query.addBindValue(text(a.principalSocialWorkerChildren));
        if (a.id != 0)
            query.addBindValue(a.id);
        if (!exec(query))
            return false;
        if (a.id == 0)
            id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok) {
        if (lastExecViolatedConstraint())
            m_lastError = tr("There is already an authority called \"%1\".").arg(a.name.trimmed());
        return std::nullopt;
    }
    return id;
}

bool Database::deleteAuthority(long long id)
{
    return transaction([&] {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("DELETE FROM authority WHERE id = ?"));
        query.addBindValue(id);
        return exec(query);
    });
}

std::vector<int> Database::years(long long authorityId)
{
    std::vector<int> result;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT year FROM return_year WHERE authority_id = ? ORDER BY year"));
    query.addBindValue(authorityId);
    if (exec(query))
        while (query.next())
            result.push_back(query.value(0).toInt());
    return result;
}

std::optional<AnnualReturn> Database::loadReturn(const QString &authorityName, int year)
{
    const auto a = authorityByName(authorityName);
    if (!a) {
        m_lastError = tr("There is no authority called \"%1\" in this database.").arg(authorityName);
        return std::nullopt;
    }
    return loadReturn(a->id, year);
}

std::optional<AnnualReturn> Database::loadReturn(long long authorityId, int year)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "SELECT r.id, a.name, a.code, r.snapshot_date, r.period_start, r.period_end, r.population_me_percent, "
        "r.population_source, r.status FROM return_year r JOIN authority a ON a.id = r.authority_id "
        "WHERE r.authority_id = ? AND r.year = ?"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    if (!exec(query))
        return std::nullopt;
    if (!query.next()) {
        m_lastError = tr("There is no return for %1.").arg(year);
        return std::nullopt;
    }
    const long long returnId = query.value(0).toLongLong();
    AnnualReturn ret;
    ret.year = year;
    ret.authorityName = query.value(1).toString();
    ret.authorityCode = query.value(2).toString();
    ret.snapshotDate = dateFrom(query.value(3));
    ret.periodStart = dateFrom(query.value(4));
    ret.periodEnd = dateFrom(query.value(5));
    if (!query.value(6).isNull())
        ret.populationMinorityEthnicPercent = query.value(6).toDouble();
    ret.populationSource = query.value(7).toString();
    ret.complete = query.value(8).toString() == QLatin1String("complete");

    query.prepare(QStringLiteral("SELECT area FROM service_area WHERE return_id = ?"));
    query.addBindValue(returnId);
    if (!exec(query))
        return std::nullopt;
    while (query.next())
        if (auto area = serviceAreaFromKey(query.value(0).toString()))
            ret.areaSlot(*area) = AreaReturn{};

    auto areaOf = [&](const QVariant &key) -> AreaReturn * {
        const auto area = serviceAreaFromKey(key.toString());
        return area ? ret.area(*area) : nullptr;
    };

    query.prepare(QStringLiteral("SELECT area, block, collected FROM metric_block WHERE return_id = ?"));
    query.addBindValue(returnId);
    if (!exec(query))
        return std::nullopt;
    while (query.next()) {
        AreaReturn *area = areaOf(query.value(0));
        const auto block = blockFromKey(query.value(1).toString());
        if (area && block)
            area->setCollected(*block, query.value(2).toBool());
    }

    bool impossible = false;
    query.prepare(QStringLiteral("SELECT area, block, part, white, minority_ethnic, unknown, %1 FROM count_row "
                                 "WHERE return_id = ?")
                      .arg(QLatin1String(kBroadColumns)));
    query.addBindValue(returnId);
    if (!exec(query))
        return std::nullopt;
    while (query.next()) {
        AreaReturn *area = areaOf(query.value(0));
        const auto block = blockFromKey(query.value(1).toString());
        if (!area || !block)
            continue;
        const GroupCounts counts = countsFrom(query, 3, &impossible);
        const BlockInfo &info = blockInfo(*block);
        if (info.shape == BlockShape::Counts) {
            area->countBlock(*block).counts = counts;
        } else if (info.shape == BlockShape::Rate) {
            const QString part = query.value(2).toString();
            if (part == partKeyFor(info, false))
                area->rateBlock(*block).population = counts;
            else if (part == partKeyFor(info, true))
                area->rateBlock(*block).events = counts;
        }
    }

    query.prepare(QStringLiteral("SELECT area, name, national_band, white, minority_ethnic, unknown, %1 FROM pay_band "
                                 "WHERE return_id = ? ORDER BY area, position")
                      .arg(QLatin1String(kBroadColumns)));
    query.addBindValue(returnId);
    if (!exec(query))
        return std::nullopt;
    while (query.next()) {
        AreaReturn *area = areaOf(query.value(0));
        if (!area)
            continue;
        PayBand band;
        band.name = query.value(1).toString();
        if (!query.value(2).isNull())
            band.nationalBand = nationalBandFromKey(query.value(2).toString());
        band.counts = countsFrom(query, 3, &impossible);
        area->payBands.bands.push_back(band);
    }

    if (impossible || (ret.populationMinorityEthnicPercent
                       && !(*ret.populationMinorityEthnicPercent >= 0 && *ret.populationMinorityEthnicPercent <= 100))) {
        m_lastError = tr("The database holds a value no return can have in %1's %2 return (changed by another "
                         "program?): none of its figures are used. Restore the database from a backup.")
                          .arg(ret.authorityName)
                          .arg(year);
        return std::nullopt;
    }

    query.prepare(QStringLiteral("SELECT area, metric, note FROM metric_note WHERE return_id = ?"));
    query.addBindValue(returnId);
    if (!exec(query))
        return std::nullopt;
    while (query.next())
        if (AreaReturn *area = areaOf(query.value(0)))
            area->notes[query.value(1).toString()] = query.value(2).toString();
    return ret;
}

std::optional<long long> Database::ensureAuthority(const QString &name, const QString &code)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id FROM authority WHERE name = ?"));
    query.addBindValue(name);
    if (!exec(query))
        return std::nullopt;
    if (query.next()) {
        const long long id = query.value(0).toLongLong();
        if (!code.isEmpty()) {
            QSqlQuery update(connection());
            update.prepare(QStringLiteral("UPDATE authority SET code = ? WHERE id = ?"));
            update.addBindValue(text(code));
            update.addBindValue(id);
            if (!exec(update))
                return std::nullopt;
        }
        return id;
    }
    query.prepare(QStringLiteral("INSERT INTO authority (name, code) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(text(code));
    if (!exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool Database::saveReturn(const AnnualReturn &ret, const HistoryNote &note)
{
    if (ret.authorityName.trimmed().isEmpty()) {
        m_lastError = tr("The return has no authority name.");
        return false;
    }
    return transaction([&] {
        const auto authorityId = ensureAuthority(ret.authorityName.trimmed(), ret.authorityCode);
        if (!authorityId)
            return false;
        const std::optional<AnnualReturn> before = loadReturn(*authorityId, ret.year);
        // Compared and kept as it will read back (the authority's name as stored).
        std::optional<AnnualReturn> after;
        return writeReturn(*authorityId, ret) && (after = loadReturn(*authorityId, ret.year))
            && ChangeHistory(*this).recordReturn(*authorityId, ret.year, before, after, note);
    });
}

bool Database::writeReturn(long long authorityId, const AnnualReturn &ret)
{
    QSqlQuery query(connection());
    // Upsert keeps the row id stable, so anything that refers to this year keeps referring to it.
    query.prepare(QStringLiteral(
        "INSERT INTO return_year (authority_id, year, snapshot_date, period_start, period_end, population_me_percent, "
        "population_source, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (authority_id, year) DO UPDATE SET "
        "snapshot_date = excluded.snapshot_date, period_start = excluded.period_start, period_end = "
        "excluded.period_end, population_me_percent = excluded.population_me_percent, population_source = "
        "excluded.population_source, status = excluded.status"));
    query.addBindValue(authorityId);
    query.addBindValue(ret.year);
    query.addBindValue(dateValue(ret.snapshotDate));
    query.addBindValue(dateValue(ret.periodStart));
    query.addBindValue(dateValue(ret.periodEnd));
    query.addBindValue(ret.populationMinorityEthnicPercent ? QVariant(*ret.populationMinorityEthnicPercent)
                                                          : QVariant());
    query.addBindValue(text(ret.populationSource));
    query.addBindValue(ret.complete ? QStringLiteral("complete") : QStringLiteral("draft"));
    if (!exec(query))
        return false;
    query.prepare(QStringLiteral("SELECT id FROM return_year WHERE authority_id = ? AND year = ?"));
    query.addBindValue(authorityId);
    query.addBindValue(ret.year);
    if (!exec(query) || !query.next())
        return false;
    const long long returnId = query.value(0).toLongLong();

    // The year's content is replaced whole: simpler to reason about than per-cell updates, and a
    // return is a few hundred rows, so it stays instant.
    query.prepare(QStringLiteral("DELETE FROM service_area WHERE return_id = ?"));
    query.addBindValue(returnId);
    if (!exec(query))
        return false;

    QSqlQuery insertArea(connection());
    insertArea.prepare(QStringLiteral("INSERT INTO service_area (return_id, area) VALUES (?, ?)"));
    QSqlQuery insertBlock(connection());
    insertBlock.prepare(
        QStringLiteral("INSERT INTO metric_block (return_id, area, block, collected) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertCounts(connection());
    insertCounts.prepare(QStringLiteral("INSERT INTO count_row (return_id, area, block, part, white, minority_ethnic, "
                                        "unknown, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(QLatin1String(kBroadColumns)));
    QSqlQuery insertBand(connection());
    insertBand.prepare(QStringLiteral("INSERT INTO pay_band (return_id, area, position, name, national_band, white, "
                                      "minority_ethnic, unknown, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(kBroadColumns)));
    QSqlQuery insertNote(connection());
    insertNote.prepare(QStringLiteral("INSERT INTO metric_note (return_id, area, metric, note) VALUES (?, ?, ?, ?)"));

    auto writeCounts = [&](const QString &area, const char *block, const QString &part, const GroupCounts &c) {
        insertCounts.addBindValue(returnId);
        insertCounts.addBindValue(area);
        insertCounts.addBindValue(QString::fromLatin1(block));
        insertCounts.addBindValue(part);
        for (EthnicGroup group : kEthnicGroups)
            insertCounts.addBindValue(countValue(c, group));
        bindBroad(insertCounts, c);
        return exec(insertCounts);
    };

    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *area = ret.area(which);
        if (!area)
            continue;
        const QString areaKey = serviceAreaKey(which);
        insertArea.addBindValue(returnId);
        insertArea.addBindValue(areaKey);
        if (!exec(insertArea))
            return false;
        for (Block block : kBlocks) {
            const BlockInfo &info = blockInfo(block);
            insertBlock.addBindValue(returnId);
            insertBlock.addBindValue(areaKey);
            insertBlock.addBindValue(QString::fromLatin1(info.key));
            insertBlock.addBindValue(area->isCollected(block) ? 1 : 0);
            if (!exec(insertBlock))
                return false;
            bool ok = true;
            if (info.shape == BlockShape::Counts) {
                ok = writeCounts(areaKey, info.key, QStringLiteral(""), area->countBlock(block).counts);
            } else if (info.shape == BlockShape::Rate) {
                ok = writeCounts(areaKey, info.key, partKeyFor(info, false), area->rateBlock(block).population)
                    && writeCounts(areaKey, info.key, partKeyFor(info, true), area->rateBlock(block).events);
            }
            if (!ok)
                return false;
        }
        int position = 0;
        for (const PayBand &band : area->payBands.bands) {
            insertBand.addBindValue(returnId);
            insertBand.addBindValue(areaKey);
            insertBand.addBindValue(position++);
            insertBand.addBindValue(text(band.name));
            insertBand.addBindValue(band.nationalBand ? QVariant(nationalBandKey(*band.nationalBand)) : QVariant());
            for (EthnicGroup group : kEthnicGroups)
                insertBand.addBindValue(countValue(band.counts, group));
            bindBroad(insertBand, band.counts);
            if (!exec(insertBand))
                return false;
        }
        for (const auto &[metric, note] : area->notes) {
            if (note.isEmpty())
                continue;
            insertNote.addBindValue(returnId);
            insertNote.addBindValue(areaKey);
            insertNote.addBindValue(metric);
            insertNote.addBindValue(text(note));
            if (!exec(insertNote))
                return false;
        }
    }
    return true;
}

bool Database::deleteReturn(long long authorityId, int year)
{
    return transaction([&] {
        const std::optional<AnnualReturn> before = loadReturn(authorityId, year);
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("DELETE FROM return_year WHERE authority_id = ? AND year = ?"));
        query.addBindValue(authorityId);
        query.addBindValue(year);
        return exec(query) && ChangeHistory(*this).recordReturn(authorityId, year, before, std::nullopt);
    });
}

} // namespace scwres
