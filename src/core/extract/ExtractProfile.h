// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ExtractReader.h"
#include "ServiceArea.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

// A mapping profile: how one kind of extract from one HR system becomes counts. Its JSON file,
// format "scwres-extract-profile", is public (docs/importing.md) so councils on the same system
// can share one. A profile holds column names and category values only, never a row.
namespace scwres::extract {

enum class ExtractKind { StaffList, Recruitment, Disciplinary, FitnessToPractise, Leavers, StaffSurvey };
inline constexpr ExtractKind kExtractKinds[] = {ExtractKind::StaffList,         ExtractKind::Recruitment,
                                                ExtractKind::Disciplinary,      ExtractKind::FitnessToPractise,
                                                ExtractKind::Leavers,           ExtractKind::StaffSurvey};

QString extractKindKey(ExtractKind kind); // "staff_list", …
std::optional<ExtractKind> extractKindFromKey(const QString &key);
QString extractKindName(ExtractKind kind); // "Staff list", translatable

// How a field's values are read.
enum class FieldType {
    Ethnicity,   // values.ethnicity: white / minority_ethnic / unknown
    ServiceArea, // values.service_area: adult / children / not_in_scope
    Grade,       // values.grade: the local pay band's name
    Flag,        // values.flags: true / false
    Date,        // date_format (or yyyy-MM-dd, which xlsx date cells give)
    Identifier,  // only compared with the other rows (duplicates), never kept
};

struct FieldInfo {
    const char *key;
    FieldType type;
};

// The fields of a kind, in the order the assistant shows them. "person_id" (staff list) is an
// addition to the published list: it finds duplicate people and is never stored.
std::vector<FieldInfo> fieldsOf(ExtractKind kind);
std::optional<FieldType> fieldType(ExtractKind kind, const QString &field);
QString fieldName(const QString &field); // "Ethnicity", "Leaving date", translatable

// The value-map key a field's values go through: "ethnicity", "service_area", "grade", "flags";
// empty for dates and identifiers.
QString valueMapKey(FieldType type);

enum class AreaTarget { Adult, Children, NotInScope };

// A salary range for a "grade" column that holds salaries: a key this program adds to the
// published format ("salary_ranges"). Bounds are inclusive; values.grade is looked at first.
struct SalaryRange {
    double from = 0;
    double to = 0;
    QString band;

    bool operator==(const SalaryRange &o) const { return from == o.from && to == o.to && band == o.band; }
    QString label() const; // "£30,000–£69,999": what the values list shows instead of each salary
};

struct Profile {
    QString name;
    ExtractKind kind = ExtractKind::StaffList;
    FileOptions file;
    QString dateFormat = QStringLiteral("dd/MM/yyyy");
    std::map<QString, QString> columns;                       // field -> header in the file
    // "ethnicity"/"service_area"/"grade" -> value -> target; "ethnicity_group" (an addition to the
    // published format): an ethnicity value -> its census broad group ("asian", …, "unknown"),
    // which must agree with values.ethnicity (Asian, Black, Mixed, Other are minority ethnic).
    std::map<QString, std::map<QString, QString>> values;
    std::map<QString, bool> flags;                             // answer -> yes
    std::map<QString, NationalBand> bands;                     // local band -> national band
    std::vector<SalaryRange> salaryRanges;                     // a salary column's ranges -> local band

    bool operator==(const Profile &other) const;
};

struct ProfileReadResult {
    std::optional<Profile> value;
    QString error; // "columns.ethnicity: expected a string, got 3"
};

ProfileReadResult readProfileJson(const QByteArray &bytes);
ProfileReadResult readProfileFile(const QString &path);
QByteArray writeProfileJson(const Profile &profile);
bool writeProfileFile(const Profile &profile, const QString &path, QString *error);

// Keys a value is looked up by: trimmed and NFC, so "White - British " and the same text typed
// with a combining accent are one value.
QString valueKey(const QString &value);

// The SC-WRES ethnicity definitions (domain notes §4) for the usual census 2021 and 2011 labels,
// NHS letter codes and HR codes ("WBRI", "White - British", "Prefer not to say", blank): the
// assistant's pre-filled answer, which the lead confirms. Empty when the value is not known.
QString defaultEthnicity(const QString &value); // "white", "minority_ethnic", "unknown" or empty
// The census broad group of the same labels (Chinese: Asian; Arab: Other): the pre-filled answer
// of values.ethnicity_group. "asian", "black", "mixed", "white", "other", "unknown" or empty.
QString defaultBroadGroup(const QString &value);
// The headline target ("white", "minority_ethnic", "unknown") of a broad group key; empty if none.
QString headlineOfBroad(const QString &broad);
// "Y", "Yes", "True", "1" -> true; "N", "No", "False", "0", "" -> false; else empty.
std::optional<bool> defaultFlag(const QString &value);

// Header names HR systems commonly use for each field; the best match for a header, or empty.
QString guessField(ExtractKind kind, const QString &header);

} // namespace scwres::extract
