// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <optional>

namespace scwres {

// A local authority's profile: the people the action plan names. Several authorities can share
// one database (a consultant or regional lead may hold several).
struct Authority {
    long long id = 0; // database id; 0 until stored
    QString name;     // unique within a database
    QString code;     // ONS code
    std::optional<int> directEmployees;
    QString sponsor;           // senior director responsible for the SC-WRES
    QString programmeLead;
    QString staffVoiceLead;
    QString principalSocialWorkerAdults;
    QString principalSocialWorkerChildren;

    bool operator==(const Authority &other) const
    {
        return id == other.id && name == other.name && code == other.code && directEmployees == other.directEmployees
            && sponsor == other.sponsor && programmeLead == other.programmeLead
            && staffVoiceLead == other.staffVoiceLead
            && principalSocialWorkerAdults == other.principalSocialWorkerAdults
            && principalSocialWorkerChildren == other.principalSocialWorkerChildren;
    }
};

} // namespace scwres
