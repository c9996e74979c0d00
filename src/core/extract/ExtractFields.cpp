// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The extract kinds, their fields, and the pre-filled answers the assistant offers (header names
// and category values); every pre-filled answer is shown to the lead to confirm.
#include "ExtractProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::Fields", text);
}

// Case, spaces, punctuation and "-" vs "–" are not what tells two labels apart.
QString squeeze(const QString &text)
{
    QString out;
    for (QChar c : text.toCaseFolded())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

// The 19 categories of the 2021 census (England and Wales) exactly as ONS prints them, with
// their broad group: the first labels an HR system copied from the census will hold.
const std::pair<const char *, const char *> kCensus2021[] = {
    {"Asian, Asian British or Asian Welsh: Bangladeshi", "asian"},
    {"Asian, Asian British or Asian Welsh: Chinese", "asian"},
    {"Asian, Asian British or Asian Welsh: Indian", "asian"},
    {"Asian, Asian British or Asian Welsh: Pakistani", "asian"},
    {"Asian, Asian British or Asian Welsh: Other Asian", "asian"},
    {"Black, Black British, Black Welsh, Caribbean or African: African", "black"},
    {"Black, Black British, Black Welsh, Caribbean or African: Caribbean", "black"},
    {"Black, Black British, Black Welsh, Caribbean or African: Other Black", "black"},
    {"Mixed or Multiple ethnic groups: White and Asian", "mixed"},
    {"Mixed or Multiple ethnic groups: White and Black African", "mixed"},
    {"Mixed or Multiple ethnic groups: White and Black Caribbean", "mixed"},
    {"Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", "mixed"},
    {"White: English, Welsh, Scottish, Northern Irish or British", "white"},
    {"White: Irish", "white"},
    {"White: Gypsy or Irish Traveller", "white"},
    {"White: Roma", "white"},
    {"White: Other White", "white"},
    {"Other ethnic group: Arab", "other"},
    {"Other ethnic group: Any other ethnic group", "other"},
};

} // namespace

QString extractKindKey(ExtractKind kind)
{
    switch (kind) {
    case ExtractKind::StaffList: return QStringLiteral("staff_list");
    case ExtractKind::Recruitment: return QStringLiteral("recruitment");
    case ExtractKind::Disciplinary: return QStringLiteral("disciplinary");
    case ExtractKind::FitnessToPractise: return QStringLiteral("fitness_to_practise");
    case ExtractKind::Leavers: return QStringLiteral("leavers");
    case ExtractKind::StaffSurvey: return QStringLiteral("staff_survey");
    }
    return {};
}

std::optional<ExtractKind> extractKindFromKey(const QString &key)
{
    for (ExtractKind kind : kExtractKinds)
        if (extractKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString extractKindName(ExtractKind kind)
{
    switch (kind) {
    case ExtractKind::StaffList: return tr("Staff list");
    case ExtractKind::Recruitment: return tr("Recruitment export");
    case ExtractKind::Disciplinary: return tr("Disciplinary cases");
    case ExtractKind::FitnessToPractise: return tr("Fitness-to-practise referrals");
    case ExtractKind::Leavers: return tr("Leavers list");
    case ExtractKind::StaffSurvey: return tr("Staff survey responses");
    }
    return {};
}

std::vector<FieldInfo> fieldsOf(ExtractKind kind)
{
    const FieldInfo ethnicity{"ethnicity", FieldType::Ethnicity};
    const FieldInfo area{"service_area", FieldType::ServiceArea};
    switch (kind) {
    case ExtractKind::StaffList:
        return {ethnicity,
                area,
                {"grade", FieldType::Grade},
                {"senior_manager", FieldType::Flag},
                {"regulated_professional", FieldType::Flag},
                {"cpd", FieldType::Flag},
                {"disciplinary", FieldType::Flag},
                {"fitness_to_practise", FieldType::Flag},
                {"person_id", FieldType::Identifier}};
    case ExtractKind::Recruitment:
        return {ethnicity, area, {"shortlisted", FieldType::Flag}, {"appointed", FieldType::Flag}, {"date", FieldType::Date}};
    case ExtractKind::Disciplinary:
    case ExtractKind::FitnessToPractise:
        return {ethnicity, area, {"date", FieldType::Date}};
    case ExtractKind::Leavers:
        return {ethnicity, area, {"leaving_date", FieldType::Date}};
    case ExtractKind::StaffSurvey:
        return {ethnicity,
                area,
                {"harassment_public", FieldType::Flag},
                {"harassment_colleagues", FieldType::Flag},
                {"harassment_managers", FieldType::Flag}};
    }
    return {};
}

std::optional<FieldType> fieldType(ExtractKind kind, const QString &field)
{
    for (const FieldInfo &f : fieldsOf(kind))
        if (field == QLatin1String(f.key))
            return f.type;
    return std::nullopt;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Ethnicity")},
        {QStringLiteral("service_area"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Service area")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Grade or pay band")},
        {QStringLiteral("senior_manager"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Senior manager")},
        {QStringLiteral("regulated_professional"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Regulated professional")},
        {QStringLiteral("cpd"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "CPD accessed")},
        {QStringLiteral("disciplinary"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Entered formal disciplinary")},
        {QStringLiteral("fitness_to_practise"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Referred to fitness to practise")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Person identifier (duplicates only)")},
        {QStringLiteral("shortlisted"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Shortlisted")},
        {QStringLiteral("appointed"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Appointed")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Date")},
        {QStringLiteral("leaving_date"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Leaving date")},
        {QStringLiteral("harassment_public"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Harassment from the public")},
        {QStringLiteral("harassment_colleagues"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Harassment from colleagues")},
        {QStringLiteral("harassment_managers"), QT_TRANSLATE_NOOP("scwres::extract::Fields", "Harassment from managers")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : QCoreApplication::translate("scwres::extract::Fields", *it);
}

QString valueMapKey(FieldType type)
{
    switch (type) {
    case FieldType::Ethnicity: return QStringLiteral("ethnicity");
    case FieldType::ServiceArea: return QStringLiteral("service_area");
    case FieldType::Grade: return QStringLiteral("grade");
    case FieldType::Flag: return QStringLiteral("flags");
    case FieldType::Date:
    case FieldType::Identifier: return {};
    }
    return {};
}

QString defaultEthnicity(const QString &value)
{
    // Squeezed labels (see squeeze()): census 2021 and 2011 categories as HR systems print them,
    // NHS data-dictionary letters and the common 4-letter HR codes. White Irish, Gypsy or Irish
    // Traveller, Roma and any other White background are white (domain notes §4).
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> m;
        const QString w = QStringLiteral("white"), me = QStringLiteral("minority_ethnic"), u = QStringLiteral("unknown");
        for (const char *s : {"White", "White British", "White English", "White English Welsh Scottish Northern Irish or British",
                              "White English, Welsh, Scottish, Northern Irish or British", "White Welsh", "White Scottish",
                              "White Northern Irish", "White Irish", "White Gypsy or Irish Traveller", "Gypsy or Irish Traveller",
                              "White Gypsy Roma Traveller", "Gypsy/Roma", "White Roma", "Roma", "White Other",
                              "Any other White background", "White Any other White background", "White other",
                              "A", "B", "C", "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "WENG", "WSCO", "WWEL", "WNIR", "WGYP", "WH"})
            m.insert(squeeze(QString::fromLatin1(s)), w);
        for (const char *s : {"Mixed", "Mixed White and Black Caribbean", "White and Black Caribbean",
                              "Mixed White and Black African", "White and Black African", "Mixed White and Asian",
                              "White and Asian", "Mixed Other", "Any other Mixed background",
                              "Mixed or Multiple ethnic groups Any other Mixed or Multiple background",
                              "Any other Mixed or Multiple ethnic background", "Mixed Any other mixed background",
                              "Asian", "Asian Indian", "Indian", "Asian Pakistani", "Pakistani", "Asian Bangladeshi",
                              "Bangladeshi", "Asian Chinese", "Chinese", "Asian Other", "Any other Asian background",
                              "Asian or Asian British Indian", "Asian or Asian British Pakistani",
                              "Asian or Asian British Bangladeshi", "Asian or Asian British Chinese",
                              "Asian or Asian British Any other Asian background", "Black", "Black African", "African",
                              "Black Caribbean", "Caribbean", "Black Other", "Any other Black background",
                              "Any other Black, Black British or Caribbean background",
                              "Black, Black British, Caribbean or African African",
                              "Black, Black British, Caribbean or African Caribbean", "Black or Black British African",
                              "Black or Black British Caribbean", "Black or Black British Any other Black background",
                              "Arab", "Other Arab", "Other ethnic group Arab", "Any other ethnic group",
                              "Other ethnic group Any other ethnic group", "Other", "Other ethnic group",
                              "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S",
                              "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "ACHN", "CHNE",
                              "BCRB", "BAFR", "BOTH", "OARB", "OOTH", "MIXD", "ASIA", "BLAC", "OTHR"})
            m.insert(squeeze(QString::fromLatin1(s)), me);
        for (const char *s : {"", "Prefer not to say", "Not stated", "Not known", "Unknown", "Not recorded",
                              "Information not yet obtained", "Refused", "Not declared", "Declined", "Undisclosed",
                              "I do not wish to disclose my ethnic origin", "Not given", "X", "Z", "99", "REFU",
                              "NOBT", "NK", "NS", "N/A", "NA"})
            m.insert(squeeze(QString::fromLatin1(s)), u);
        for (const auto &[label, broad] : kCensus2021)
            m.insert(squeeze(QString::fromLatin1(label)), headlineOfBroad(QString::fromLatin1(broad)));
        return m;
    }();
    return known.value(squeeze(value));
}

QString defaultBroadGroup(const QString &value)
{
    // The same labels as defaultEthnicity(), by the census broad group they belong to. Chinese is
    // Asian, as in the 2011 and 2021 censuses (the NHS letter R, "Chinese", too); Arab is Other.
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char *group, std::initializer_list<const char *> labels) {
            for (const char *s : labels)
                m.insert(squeeze(QString::fromLatin1(s)), QString::fromLatin1(group));
        };
        add("white", {"White", "White British", "White English", "White English Welsh Scottish Northern Irish or British",
                      "White English, Welsh, Scottish, Northern Irish or British", "White Welsh", "White Scottish",
                      "White Northern Irish", "White Irish", "White Gypsy or Irish Traveller", "Gypsy or Irish Traveller",
                      "White Gypsy Roma Traveller", "Gypsy/Roma", "White Roma", "Roma", "White Other",
                      "Any other White background", "White Any other White background", "White other",
                      "A", "B", "C", "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "WENG", "WSCO", "WWEL", "WNIR", "WGYP", "WH"});
        add("mixed", {"Mixed", "Mixed White and Black Caribbean", "White and Black Caribbean",
                      "Mixed White and Black African", "White and Black African", "Mixed White and Asian",
                      "White and Asian", "Mixed Other", "Any other Mixed background",
                      "Mixed or Multiple ethnic groups Any other Mixed or Multiple background",
                      "Any other Mixed or Multiple ethnic background", "Mixed Any other mixed background",
                      "D", "E", "F", "G", "MWBC", "MWBA", "MWAS", "MOTH", "MIXD"});
        add("asian", {"Asian", "Asian Indian", "Indian", "Asian Pakistani", "Pakistani", "Asian Bangladeshi",
                      "Bangladeshi", "Asian Chinese", "Chinese", "Asian Other", "Any other Asian background",
                      "Asian or Asian British Indian", "Asian or Asian British Pakistani",
                      "Asian or Asian British Bangladeshi", "Asian or Asian British Chinese",
                      "Asian or Asian British Any other Asian background", "H", "J", "K", "L", "R",
                      "AIND", "APKN", "ABAN", "AOTH", "ACHN", "CHNE", "ASIA"});
        add("black", {"Black", "Black African", "African", "Black Caribbean", "Caribbean", "Black Other",
                      "Any other Black background", "Any other Black, Black British or Caribbean background",
                      "Black, Black British, Caribbean or African African",
                      "Black, Black British, Caribbean or African Caribbean", "Black or Black British African",
                      "Black or Black British Caribbean", "Black or Black British Any other Black background",
                      "M", "N", "P", "BCRB", "BAFR", "BOTH", "BLAC"});
        add("other", {"Arab", "Other Arab", "Other ethnic group Arab", "Any other ethnic group",
                      "Other ethnic group Any other ethnic group", "Other", "Other ethnic group", "S",
                      "OARB", "OOTH", "OTHR"});
        add("unknown", {"", "Prefer not to say", "Not stated", "Not known", "Unknown", "Not recorded",
                        "Information not yet obtained", "Refused", "Not declared", "Declined", "Undisclosed",
                        "I do not wish to disclose my ethnic origin", "Not given", "X", "Z", "99", "REFU",
                        "NOBT", "NK", "NS", "N/A", "NA"});
        for (const auto &[label, broad] : kCensus2021)
            m.insert(squeeze(QString::fromLatin1(label)), QString::fromLatin1(broad));
        return m;
    }();
    return known.value(squeeze(value));
}

QString headlineOfBroad(const QString &broad)
{
    const auto group = broadGroupFromKey(broad);
    return group ? ethnicGroupKey(headlineGroupOf(*group)) : QString();
}

std::optional<bool> defaultFlag(const QString &value)
{
    const QString v = squeeze(value);
    if (v == QLatin1String("y") || v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v.isEmpty() || v == QLatin1String("n") || v == QLatin1String("no") || v == QLatin1String("false")
        || v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString guessField(ExtractKind kind, const QString &header)
{
    static const std::pair<const char *, const char *> synonyms[] = {
        {"ethnicity", "ethnicity|ethnic origin|ethnic group|ethnicity code|ethnic|race"},
        {"service_area", "service area|directorate|department|service|division|area|portfolio"},
        {"grade", "grade|pay band|band|pay grade|grade code|salary band|spinal point"},
        {"senior_manager", "senior manager|senior mgr|senior management|smt"},
        {"regulated_professional", "registered|regulated|regulated professional|swe registered|hcpc registered"},
        {"cpd", "cpd|cpd accessed|training accessed"},
        {"disciplinary", "formal disciplinary|formal disc|disciplinary"},
        {"fitness_to_practise", "ftp referral|fitness to practise|ftp|referred to ftp"},
        {"person_id", "employee number|employee id|person id|staff number|payroll number|emp no|id"},
        {"shortlisted", "shortlisted|shortlist"},
        {"appointed", "appointed|offered|hired|successful"},
        {"date", "date|case date|opened|date opened|referral date|closing date|application date"},
        {"leaving_date", "leaving date|date left|termination date|end date|leave date"},
        {"harassment_public", "harassment public|q1|harassment from the public|public"},
        {"harassment_colleagues", "harassment colleagues|q2|harassment from colleagues|colleagues"},
        {"harassment_managers", "harassment managers|q3|harassment from managers|managers"},
    };
    const QString h = squeeze(header);
    if (h.isEmpty())
        return {};
    // Whole-name matches first, then a synonym contained in the header ("CPD 23-24").
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &[field, names] : synonyms) {
            if (!fieldType(kind, QString::fromLatin1(field)))
                continue;
            for (const QString &name : QString::fromLatin1(names).split(QLatin1Char('|'))) {
                const QString n = squeeze(name);
                if (pass == 0 ? h == n : (n.size() >= 3 && h.contains(n)))
                    return QString::fromLatin1(field);
            }
        }
    return {};
}

} // namespace scwres::extract
