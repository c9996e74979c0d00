// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Authority.h"

#include <vector>

namespace scwres {

class Database;

// The fictional demo authority, "Exampleshire County Council": three years of returns (2022-2024)
// for both service areas. Every name and figure is invented; no real council or person.
Authority demoAuthority();
std::vector<AnnualReturn> demoReturns();
QString demoAuthorityName();

// Writes the demo authority and its returns into db in one go. Replaces an existing demo
// authority's years; leaves every other authority alone.
bool writeDemoData(Database &db, QString *error);

} // namespace scwres
