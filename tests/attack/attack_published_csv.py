#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
"""An attack on publication mode, written apart from the program's suppression code.

It writes the demo authority's published open-data CSVs for every year and every area selection
with the real `scwres` tool, then does what a determined reader could: it takes every published
number, what each symbol means ("<10": 0-9, "[c]": 10 or more) and every sum it knows holds
(groups to total, adult + children = combined, pay bands to the whole workforce, local bands to
their national band, the headcount that is metrics 3, 5, 8 and 9's population, published
likelihoods at their printed precision), and asks an integer program (scipy's milp, HiGHS) for
the smallest and largest value of every hidden count. It fails when a hidden count is pinned,
when a hidden count of 1-9 keeps fewer than 5 possible values, when two files of one year
disagree on a cell, when a count 1-9 or an over-precise figure is published, or when a previous
year's RL is shown where that year's own publication withheld it.

The true counts (to know which hidden counts are 1-9) come from the private CSV, which the
attacker does not have; the local bands' national bands come from the return (every report
prints them: "Grades 1-5 (local band, in Under £30k)").

Usage: attack_published_csv.py SCWRES WORKDIR
"""
import csv
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

AUTHORITY = "Exampleshire County Council"
THRESHOLD = 10
YEARS = [2022, 2023, 2024]
SELECTIONS = ["adult", "children", "combined", "adult,children,combined", "adult,children"]
GROUPS = ["white", "minority_ethnic", "unknown"]
NATIONAL = ["under_30k", "30k_to_69k", "70k_plus"]
COUNT_MEASURES = {"headcount", "events", "population"}
PER_HEADCOUNT = {"3", "5", "8", "9"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(tool, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([tool, *args], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["authority", "year", "area", "metric", "band", "measure", "group", "value"]:
        fail(f"{path}: unexpected header {rows[0]}")
    return rows[1:]


def write_files(tool, work):
    db = os.path.join(work, "demo.sqlite")
    if os.path.exists(db):
        os.remove(db)
    run(tool, "demo", "--db", db)
    published, full, mapping = {}, {}, {}
    for year in YEARS:
        base = ["report", "--db", db, "--authority", AUTHORITY, "--year", str(year)]
        path = os.path.join(work, f"full-{year}.csv")
        run(tool, *base, "--csv", path)
        full[year] = read(path)
        for selection in SELECTIONS:
            path = os.path.join(work, f"published-{year}-{selection.replace(',', '+')}.csv")
            run(tool, *base, "--areas", selection, "--publication", "--csv", path)
            published[(year, selection)] = read(path)
        ret = os.path.join(work, f"return-{year}.json")
        run(tool, "export", "--db", db, "--authority", AUTHORITY, "--year", str(year), "-o", ret)
        with open(ret, encoding="utf-8") as f:
            areas = json.load(f)["areas"]
        mapping[year] = {area: {band["name"]: band["national_band"] for band in data.get("pay_bands") or []}
                         for area, data in areas.items() if data}
    return published, full, mapping


def merge(published):
    """Every file's cells by (year, area, metric, band, measure, group); all files must agree."""
    cells = {}
    for (year, selection), rows in published.items():
        for authority, y, area, metric, band, measure, group, value in rows:
            key = (int(y), area, metric, band, measure, group)
            if key in cells and cells[key][0] != value:
                fail(f"{key}: {cells[key][1]} says {cells[key][0]!r}, {selection} says {value!r}")
            cells.setdefault(key, (value, selection))
    return {key: value for key, (value, _) in cells.items()}


def check_published_values(cells):
    for key, value in cells.items():
        measure = key[4]
        if value in ("<10", "[c]", "withheld") or re.fullmatch(r"[a-z_]+", value):
            continue
        if measure in COUNT_MEASURES:
            if not re.fullmatch(r"\d+", value) or 1 <= int(value) < THRESHOLD:
                fail(f"{key}: count published as {value!r}")
        elif measure in ("relative_likelihood", "ci95_low", "ci95_high"):
            if not re.fullmatch(r"\d+\.\d\d", value):
                fail(f"{key}: RL figure {value!r} is not 2 decimals")
        elif measure == "likelihood":
            if not re.fullmatch(r"\d+\.\d", value):
                fail(f"{key}: likelihood {value!r} is not 1 decimal of a percent")


def attack_year(year, cells, truth, mapping, fail=fail, only=None):
    keys, index, lower, upper, constraints, hidden = build_program(year, cells, mapping)
    n = len(keys)
    truth_value = {}
    for authority, y, area, metric, band, measure, group, value in truth:
        truth_value[(int(y), area, metric, band, measure, group)] = int(value) if re.fullmatch(r"-?\d+", value) else None
    integrality = np.ones(n)
    for k in hidden:
        if only is not None and k != only:
            continue
        i = index[k]
        c = np.zeros(n)
        c[i] = 1
        low = milp(c, constraints=constraints, integrality=integrality, bounds=Bounds(lower, upper))
        high = milp(-c, constraints=constraints, integrality=integrality, bounds=Bounds(lower, upper))
        if low.status != 0:
            fail(f"{k}: the published figures are inconsistent ({low.message})")
            continue
        lo = round(low.fun)
        hi = np.inf if high.status == 3 else round(-high.fun)
        true = truth_value.get(k)
        if true is None or not (lo <= true <= hi):
            fail(f"{k}: true value {true} outside the attack's range {lo}..{hi}")
        if hi - lo < 1:
            fail(f"{k}: pinned at {lo}")
        elif true is not None and 1 <= true < THRESHOLD and hi - lo + 1 < 5:
            fail(f"{k}: {true} narrowed to {lo}..{hi}")
    return len(hidden)


def build_program(year, cells, mapping):
    """The reader's integer program for one year: every count cell a variable, published ones fixed,
    symbols as bounds, every known sum and printed likelihood a constraint."""
    counts = {k: v for k, v in cells.items() if k[0] == year and k[4] in COUNT_MEASURES}
    keys = sorted(counts)
    index = {k: i for i, k in enumerate(keys)}
    n = len(keys)
    lower = np.zeros(n)
    upper = np.full(n, np.inf)
    hidden = []
    for k, i in index.items():
        v = counts[k]
        if v == "<10":
            upper[i] = THRESHOLD - 1
            hidden.append(k)
        elif v == "[c]":
            lower[i] = THRESHOLD
            hidden.append(k)
        else:
            lower[i] = upper[i] = float(v)
    rows, lows, highs = [], [], []

    def equal(plus, minus):
        if any(k not in index for k in plus + minus):
            return
        row = np.zeros(n)
        for k in plus:
            row[index[k]] += 1
        for k in minus:
            row[index[k]] -= 1
        rows.append(row)
        lows.append(0)
        highs.append(0)

    lines = defaultdict(set)
    for (y, area, metric, band, measure, group) in keys:
        lines[(area, metric, band, measure)].add(group)
    areas_present = {k[1] for k in keys}
    for (area, metric, band, measure) in lines:
        # the groups add up to the total
        equal([(year, area, metric, band, measure, g) for g in GROUPS], [(year, area, metric, band, measure, "total")])
    for area in areas_present:
        for group in GROUPS + ["total"]:
            bands = sorted({k[3] for k in keys if k[1] == area and k[2] == "1"})
            local = [b for b in bands if b not in NATIONAL and b != "all"]
            cell = lambda b: (year, area, "1", b, "headcount", group)
            if bands:
                equal([cell(b) for b in NATIONAL], [cell("all")])
                if local:
                    equal([cell(b) for b in local], [cell("all")])
                    for nb in NATIONAL:
                        names = mapping.get(area, {})
                        if area == "combined":
                            names = {**mapping.get("adult", {}), **mapping.get("children", {})}
                        mapped = [b for b in local if names.get(b) == nb]
                        if mapped:
                            equal([cell(b) for b in mapped], [cell(nb)])
            for metric in PER_HEADCOUNT:
                equal([(year, area, metric, "", "population", group)], [cell("all")])
    # adult + children = combined, over the areas that have the figure (a metric with a
    # population anywhere sums only the areas with one)
    if "combined" in areas_present:
        for (y, area, metric, band, measure, group) in keys:
            if area != "combined":
                continue
            has_population = [a for a in ("adult", "children") if (year, a, metric, "", "population", "total") in index]
            if measure == "headcount":
                parts = [a for a in ("adult", "children") if (year, a, metric, band, measure, group) in index]
            elif has_population:
                parts = has_population
            else:
                parts = [a for a in ("adult", "children") if (year, a, metric, band, measure, group) in index]
            equal([(year, a, metric, band, measure, group) for a in parts], [(year, area, metric, band, measure, group)])
    # published likelihoods at their printed precision: events / population within ±0.05%
    for (y, area, metric, band, measure, group), value in cells.items():
        if y != year or measure != "likelihood" or not re.fullmatch(r"\d+\.\d", value):
            continue
        e = (year, area, metric, "", "events", group)
        p = (year, area, metric, "", "population", group)
        if e not in index or p not in index:
            continue
        x = float(value) / 100.0
        for bound, sign in ((x - 0.0005, 1), (x + 0.0005, -1)):
            row = np.zeros(n)
            row[index[e]] += sign
            row[index[p]] -= sign * bound
            rows.append(row)
            lows.append(0)
            highs.append(np.inf)
    constraints = [LinearConstraint(np.array(rows), np.array(lows), np.array(highs))] if rows else []
    return keys, index, lower, upper, constraints, hidden


def self_test(cells, truth, mapping):
    """The attack must bite: publish the rest of a small hidden count's row, and it must be caught."""
    year = YEARS[-1]
    truth_value = {(int(r[1]), r[2], r[3], r[4], r[5], r[6]): r[7] for r in truth}
    for k, v in sorted(cells.items()):
        if k[0] != year or k[4] not in COUNT_MEASURES or v != "<10" or k[5] == "total":
            continue
        if not 1 <= int(truth_value[k]) < THRESHOLD:
            continue
        leaky = dict(cells)
        for g in GROUPS + ["total"]:
            other = k[:5] + (g,)
            if other != k and other in leaky:
                leaky[other] = truth_value[other]
        caught = []
        attack_year(year, leaky, truth, mapping, fail=caught.append, only=k)
        if not caught:
            fail(f"self-test: publishing the rest of {k}'s row went unnoticed")
        else:
            print(f"self-test: publishing the rest of {k}'s row is caught: {caught[0]}")
        return
    fail("self-test: no small hidden count to test with")


def main():
    tool, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    published, full, mapping = write_files(tool, work)
    # Each file's rows for a previous year are kept apart from that year's own rows.
    previous = {}
    for (year, selection), rows in published.items():
        for r in rows:
            if int(r[1]) != year:
                previous.setdefault((int(r[1]), r[2], r[3], r[4], r[5], r[6]), set()).add(r[7])
    cells = merge({k: [r for r in rows if int(r[1]) == k[0]] for k, rows in published.items()})
    for key, values in previous.items():
        if len(values) != 1 or cells.get(key) not in values:
            fail(f"{key}: later years' files show {sorted(values)}, that year's own files {cells.get(key)!r}")
    check_published_values(cells)
    for key, values in previous.items():
        for value in values:
            check_published_values({key: value})
    self_test(cells, full[YEARS[-1]], mapping[YEARS[-1]])
    total = 0
    for year in YEARS:
        total += attack_year(year, cells, full[year], mapping[year])
    print(f"{len(published)} published files, {total} hidden counts attacked, {len(failures)} failures")
    return 1 if failures or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
