// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Schema.h"

namespace scwres {

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{
        {1,
         "authorities and their annual returns",
         {
             R"(CREATE TABLE authority (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                    code TEXT NOT NULL DEFAULT '',
                    direct_employees INTEGER CHECK (direct_employees IS NULL OR direct_employees >= 0),
                    sponsor TEXT NOT NULL DEFAULT '',
                    programme_lead TEXT NOT NULL DEFAULT '',
                    staff_voice_lead TEXT NOT NULL DEFAULT '',
                    psw_adults TEXT NOT NULL DEFAULT '',
                    psw_children TEXT NOT NULL DEFAULT ''))",
             R"(CREATE TABLE return_year (
                    id INTEGER PRIMARY KEY,
                    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    snapshot_date TEXT,
                    period_start TEXT,
                    period_end TEXT,
                    population_me_percent REAL,
                    population_source TEXT NOT NULL DEFAULT '',
                    UNIQUE (authority_id, year)))",
             R"(CREATE TABLE service_area (
                    return_id INTEGER NOT NULL REFERENCES return_year(id) ON DELETE CASCADE,
                    area TEXT NOT NULL CHECK (area IN ('adult', 'children')),
                    PRIMARY KEY (return_id, area)))",
             // A block of a service area's return; collected = 0 is "not collected", distinct from zero counts.
             R"(CREATE TABLE metric_block (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    block TEXT NOT NULL,
                    collected INTEGER NOT NULL CHECK (collected IN (0, 1)),
                    PRIMARY KEY (return_id, area, block),
                    FOREIGN KEY (return_id, area) REFERENCES service_area(return_id, area) ON DELETE CASCADE))",
             // part: '' for one-row blocks, else the population or events key ('shortlisted', 'appointed', ...).
             R"(CREATE TABLE count_row (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    block TEXT NOT NULL,
                    part TEXT NOT NULL DEFAULT '',
                    white INTEGER NOT NULL,
                    minority_ethnic INTEGER NOT NULL,
                    unknown INTEGER NOT NULL,
                    PRIMARY KEY (return_id, area, block, part),
                    FOREIGN KEY (return_id, area, block) REFERENCES metric_block(return_id, area, block) ON DELETE CASCADE))",
             R"(CREATE TABLE pay_band (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    national_band TEXT CHECK (national_band IS NULL OR national_band IN ('under_30k', '30k_to_69k', '70k_plus')),
                    white INTEGER NOT NULL,
                    minority_ethnic INTEGER NOT NULL,
                    unknown INTEGER NOT NULL,
                    PRIMARY KEY (return_id, area, position),
                    FOREIGN KEY (return_id, area) REFERENCES service_area(return_id, area) ON DELETE CASCADE))",
             R"(CREATE TABLE metric_note (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    note TEXT NOT NULL,
                    PRIMARY KEY (return_id, area, metric),
                    FOREIGN KEY (return_id, area) REFERENCES service_area(return_id, area) ON DELETE CASCADE))",
         }},
        {2,
         "action plans",
         {
             // Keyed by authority and year, not by the return's row: deleting and re-adding a
             // year's return must not lose its plan. Signed off when signed_off_date is set.
             R"(CREATE TABLE action_plan (
                    id INTEGER PRIMARY KEY,
                    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    authority_name TEXT NOT NULL DEFAULT '',
                    sponsor TEXT NOT NULL DEFAULT '',
                    programme_lead TEXT NOT NULL DEFAULT '',
                    staff_voice_lead TEXT NOT NULL DEFAULT '',
                    psw_adults TEXT NOT NULL DEFAULT '',
                    psw_children TEXT NOT NULL DEFAULT '',
                    direct_employees INTEGER CHECK (direct_employees IS NULL OR direct_employees >= 0),
                    evaluation TEXT NOT NULL DEFAULT '',
                    learning TEXT NOT NULL DEFAULT '',
                    other_actions TEXT NOT NULL DEFAULT '',
                    staff_engagement TEXT NOT NULL DEFAULT 'unanswered'
                        CHECK (staff_engagement IN ('unanswered', 'yes', 'no')),
                    staff_engagement_points TEXT NOT NULL DEFAULT '',
                    signed_off_by TEXT NOT NULL DEFAULT '',
                    signed_off_role TEXT NOT NULL DEFAULT '',
                    signed_off_date TEXT,
                    started_from_year INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (authority_id, year)))",
             R"(CREATE TABLE plan_section (
                    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
                    section INTEGER NOT NULL CHECK (section BETWEEN 1 AND 9),
                    narrative TEXT NOT NULL DEFAULT '',
                    narrative_edited INTEGER NOT NULL DEFAULT 0 CHECK (narrative_edited IN (0, 1)),
                    attach_chart INTEGER NOT NULL DEFAULT 1 CHECK (attach_chart IN (0, 1)),
                    PRIMARY KEY (plan_id, section)))",
             // rolled_over_from names an action of another year's plan; no foreign key, since
             // that plan may be deleted and the link is then only history.
             R"(CREATE TABLE plan_action (
                    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
                    uid TEXT NOT NULL,
                    section INTEGER NOT NULL CHECK (section BETWEEN 1 AND 9),
                    position INTEGER NOT NULL,
                    details TEXT NOT NULL DEFAULT '',
                    timescale TEXT NOT NULL DEFAULT '',
                    success_measure TEXT NOT NULL DEFAULT '',
                    lead TEXT NOT NULL DEFAULT '',
                    improvement_area TEXT,
                    start_date TEXT,
                    due_date TEXT,
                    status TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'achieved',
                                                           'dropped', 'rolled_over')),
                    rolled_over_from TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (plan_id, uid)))",
             R"(CREATE TABLE plan_progress_note (
                    plan_id INTEGER NOT NULL,
                    action_uid TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    note_date TEXT,
                    note TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (plan_id, action_uid, position),
                    FOREIGN KEY (plan_id, action_uid) REFERENCES plan_action(plan_id, uid) ON DELETE CASCADE))",
             R"(CREATE TABLE plan_reopening (
                    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    reopened_on TEXT,
                    reopened_by TEXT NOT NULL DEFAULT '',
                    reason TEXT NOT NULL,
                    signed_off_by TEXT NOT NULL DEFAULT '',
                    signed_off_role TEXT NOT NULL DEFAULT '',
                    signed_off_date TEXT,
                    PRIMARY KEY (plan_id, position)))",
             R"(CREATE TABLE plan_evaluation (
                    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    action_uid TEXT NOT NULL DEFAULT '',
                    section INTEGER NOT NULL CHECK (section BETWEEN 1 AND 9),
                    details TEXT NOT NULL DEFAULT '',
                    final_status TEXT NOT NULL,
                    carried_forward INTEGER NOT NULL DEFAULT 0 CHECK (carried_forward IN (0, 1)),
                    outcome TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (plan_id, position)))",
         }},
        {3,
         "change history, draft and complete returns, counts not entered",
         {
             // One row per change of a return or a plan, written in the change's own transaction.
             // snapshot: the record after the change (history/RecordSnapshot.h); NULL: deleted.
             // Keyed by authority and year, not by the record's row, so a deleted year keeps its history.
             R"(CREATE TABLE change_history (
                    id INTEGER PRIMARY KEY,
                    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    record TEXT NOT NULL CHECK (record IN ('return', 'plan')),
                    changed_at TEXT NOT NULL,
                    changed_by TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    note_detail TEXT NOT NULL DEFAULT '',
                    snapshot TEXT))",
             "CREATE INDEX change_history_year ON change_history (authority_id, year, record, id)",
             // Returns stored before this version were the program's final word on their year.
             "ALTER TABLE return_year ADD COLUMN status TEXT NOT NULL DEFAULT 'draft' "
             "CHECK (status IN ('draft', 'complete'))",
             "UPDATE return_year SET status = 'complete'",
             // A count may now be NULL, "not entered" (empty is not zero). SQLite cannot drop a
             // NOT NULL, so the two tables of counts are rebuilt with their rows.
             R"(CREATE TABLE count_row_v3 (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    block TEXT NOT NULL,
                    part TEXT NOT NULL DEFAULT '',
                    white INTEGER,
                    minority_ethnic INTEGER,
                    unknown INTEGER,
                    PRIMARY KEY (return_id, area, block, part),
                    FOREIGN KEY (return_id, area, block) REFERENCES metric_block(return_id, area, block) ON DELETE CASCADE))",
             "INSERT INTO count_row_v3 SELECT return_id, area, block, part, white, minority_ethnic, unknown FROM count_row",
             "DROP TABLE count_row",
             "ALTER TABLE count_row_v3 RENAME TO count_row",
             R"(CREATE TABLE pay_band_v3 (
                    return_id INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    national_band TEXT CHECK (national_band IS NULL OR national_band IN ('under_30k', '30k_to_69k', '70k_plus')),
                    white INTEGER,
                    minority_ethnic INTEGER,
                    unknown INTEGER,
                    PRIMARY KEY (return_id, area, position),
                    FOREIGN KEY (return_id, area) REFERENCES service_area(return_id, area) ON DELETE CASCADE))",
             "INSERT INTO pay_band_v3 SELECT return_id, area, position, name, national_band, white, minority_ethnic, "
             "unknown FROM pay_band",
             "DROP TABLE pay_band",
             "ALTER TABLE pay_band_v3 RENAME TO pay_band",
         }},
        {4,
         "extract mapping profiles",
         {
             // A mapping profile (docs/importing.md): column names and category values, never a
             // row. profile holds the public-format JSON exactly as exported, so export and
             // import are a copy; kind is repeated for listing without parsing.
             R"(CREATE TABLE extract_profile (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                    kind TEXT NOT NULL CHECK (kind IN ('staff_list', 'recruitment', 'disciplinary',
                                                       'fitness_to_practise', 'leavers', 'staff_survey')),
                    profile TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
         }},
        {5,
         "counts by the census broad ethnic groups",
         {
             // The optional breakdown of a count by the census broad groups (AnnualReturn.h
             // BroadCounts): six NULLs when there is none, six numbers summing to the headline
             // (checked by the program) when an extract import gave one.
             "ALTER TABLE count_row ADD COLUMN broad_asian INTEGER",
             "ALTER TABLE count_row ADD COLUMN broad_black INTEGER",
             "ALTER TABLE count_row ADD COLUMN broad_mixed INTEGER",
             "ALTER TABLE count_row ADD COLUMN broad_white INTEGER",
             "ALTER TABLE count_row ADD COLUMN broad_other INTEGER",
             "ALTER TABLE count_row ADD COLUMN broad_unknown INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_asian INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_black INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_mixed INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_white INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_other INTEGER",
             "ALTER TABLE pay_band ADD COLUMN broad_unknown INTEGER",
         }},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace scwres
