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
    };
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace scwres
