#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
"""Every publication file of two consecutive years, attacked together (issue 26).

attack_published_csv.py bounds every hidden count from the published open-data CSVs with an
integer program. A reader has more than the CSV: the workbook (every sheet, its charts' cached
values and axes), the web page (its text and its SVG charts, in the summary and the full layout)
and the published action plan, and last year's and the year before's files beside this year's. So
this test asks the question the other way round, as a differential attack:

  For a year Y, take the reader's integer program over Y's published CSV cells and solve it for
  other tables of counts that publish exactly the same CSV: each one pushes the hidden counts to
  an extreme (every withheld RL as high and as low as it can go, and a few random directions).
  Write each such table back as the return of year Y, write every publication file of Y, Y+1 and
  Y+2 again, and compare them byte for byte (the workbook part by part) with the true ones.

If a file changes while the CSV does not, something in it depends on a hidden count beyond what
the CSV gives away: a total, a sentence that is there or not, a pooled figure, an axis. It fails.
If every file is the same for the tables at each hidden count's extremes, no combination of the
files narrows a hidden count further than the CSV attack allows (which checks 5 values or more and
none pinned).

The authorities: the demo council (2022-2024), and a constructed council with a small count in an
earlier year under a published pooled figure, and a metric inside the range whose RL is withheld.

Usage: attack_publication.py SCWRES WORKDIR
"""
import copy
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import zipfile

import numpy as np
from scipy.optimize import Bounds, milp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attack_published_csv as csvattack  # noqa: E402

DEMO = "Exampleshire County Council"
BUILT = "Smallshire Borough Council"
YEARS = [2022, 2023, 2024]
ATTACKED = YEARS  # each with the files of the years after it (2022: the pooled and previous-year figures)
ALL_AREAS = "adult,children,combined"
THRESHOLD = csvattack.THRESHOLD
NEAR = int(os.environ.get("ATTACK_NEAR", "1"))  # how far an alternative moves a hidden count

# Where each metric's counts live in the return file (docs/return-format.md).
EVENTS = {"2": ("shortlisting", "appointed"), "3": ("disciplinary",), "4": ("fitness_to_practise", "referred"),
          "5": ("cpd",), "6": ("harassment_public", "reporting"), "7a": ("harassment_colleagues", "reporting"),
          "7b": ("harassment_managers", "reporting"), "8": ("leavers",), "9": ("senior_managers",)}
POPULATION = {"2": ("shortlisting", "shortlisted"), "4": ("fitness_to_practise", "regulated"),
              "6": ("harassment_public", "respondents"), "7a": ("harassment_colleagues", "respondents"),
              "7b": ("harassment_managers", "respondents")}
GROUPS = ["white", "minority_ethnic", "unknown"]

failures = []
stats = {"hidden": 0, "alternatives": 0, "compared": 0, "pattern_changed": 0}


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def run(tool, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([tool, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])}: exit {done.returncode}: {done.stderr.strip()[:300]}")


def block(area_data, path):
    node = area_data
    for part in path:
        if not isinstance(node, dict) or part not in node or node[part] is None:
            return None
        node = node[part]
    return node


# ---- the files a reader has ---------------------------------------------------------------------

def publish(tool, db, authority, year, folder):
    """Every publication file of one year; returns {name: canonical content}."""
    os.makedirs(folder, exist_ok=True)
    base = ["--db", db, "--authority", authority, "--year", str(year), "--publication"]
    csv_path = os.path.join(folder, "report.csv")
    xlsx = os.path.join(folder, "report.xlsx")
    summary = os.path.join(folder, "summary.html")
    full = os.path.join(folder, "full.html")
    docx = os.path.join(folder, "report.docx")
    run(tool, "report", *base, "--areas", ALL_AREAS, "--csv", csv_path, "--xlsx", xlsx, "--html", summary,
        "--docx", docx)
    run(tool, "report", *base, "--areas", ALL_AREAS, "--layout", "full", "--html", full)
    files = {"csv": open(csv_path, "rb").read(), "summary.html": open(summary, "rb").read(),
             "full.html": open(full, "rb").read()}
    zipped(files, "xlsx", xlsx)
    zipped(files, "docx", docx)
    plan = os.path.join(folder, "plan.html")
    plan_docx = os.path.join(folder, "plan.docx")
    try:
        run(tool, "plan", *base, "--html", plan, "--docx", plan_docx)
        files["plan.html"] = open(plan, "rb").read()
        zipped(files, "plan.docx", plan_docx)
    except RuntimeError:
        pass  # no plan for this authority and year
    return files


def zipped(files, kind, path):
    """A zip container's parts (workbook, Word document), each compared on its own."""
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if not name.startswith("docProps/"):  # the file's creation time
                files[f"{kind}:{name}"] = z.read(name)


def first_difference(a, b):
    a_lines, b_lines = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(a_lines, b_lines)):
        if x != y:
            # the differing stretch of a long line (an SVG, a sheet's XML)
            start = next((j for j in range(min(len(x), len(y))) if x[j] != y[j]), min(len(x), len(y)))
            return f"line {i + 1}: {x[max(0, start - 80):start + 80]!r} became {y[max(0, start - 80):start + 80]!r}"
    return f"{len(a_lines)} lines became {len(b_lines)}"


# ---- the returns ---------------------------------------------------------------------------------

def export_returns(tool, db, authority, folder):
    returns = {}
    for year in YEARS:
        path = os.path.join(folder, f"return-{authority[:5]}-{year}.json")
        run(tool, "export", "--db", db, "--authority", authority, "--year", str(year), "-o", path)
        with open(path, encoding="utf-8") as f:
            returns[year] = json.load(f)
    return returns


def constructed(demo_returns):
    """A council with a small count in an earlier year under a pooled figure, and a withheld RL
    inside the range."""
    built = {}
    for year, ret in demo_returns.items():
        r = copy.deepcopy(ret)
        r["authority"] = {"name": BUILT, "code": None}
        adult = r["areas"]["adult"]
        # Metric 6, adult: every year's four counts 10 or more, so the RLs are published, except
        # 2022's minority ethnic reporting of 5: the pooled 2022-2024 figure rests on it.
        adult["harassment_public"] = {"respondents": {"white": 320, "minority_ethnic": 90, "unknown": 12},
                                      "reporting": {"white": 48, "minority_ethnic": 5 if year == 2022 else 15,
                                                    "unknown": 2}}
        # Metric 3, adult: inside the range (4/90 against 12/300, RL 1.11), withheld (4 is small).
        if year == 2024:
            adult["disciplinary"] = {"white": 12, "minority_ethnic": 4, "unknown": 0}
        built[year] = r
    return built


def write_counts(db, authority, year, solution):
    """Writes an alternative table's adult and children counts into a copy of the database. Straight
    into its tables: the program would rightly refuse to change figures under a signed-off plan,
    and this is the attacker's imagined world, not a change a user makes."""
    con = sqlite3.connect(db)
    (return_id,) = con.execute("SELECT r.id FROM return_year r JOIN authority a ON a.id = r.authority_id "
                               "WHERE a.name = ? AND r.year = ?", (authority, year)).fetchone()
    for (y, area, metric, band, measure, group), value in solution.items():
        if y != year or area not in ("adult", "children") or group not in GROUPS:
            continue
        if metric == "1" and measure == "headcount":
            con.execute(f"UPDATE pay_band SET {group} = ? WHERE return_id = ? AND area = ? AND name = ?",
                        (int(value), return_id, area, band))
            continue
        where = EVENTS.get(metric) if measure == "events" else POPULATION.get(metric) if measure == "population" else None
        if where:
            con.execute(f"UPDATE count_row SET {group} = ? WHERE return_id = ? AND area = ? AND block = ? AND part = ?",
                        (int(value), return_id, area, where[0], where[1] if len(where) > 1 else ""))
    con.commit()
    con.close()


# ---- the alternatives ----------------------------------------------------------------------------

def alternatives(year, cells, truth, mapping, rng):
    """Tables of counts that publish the same CSV cells as the true one, each at an extreme."""
    keys, index, lower, upper, constraints, hidden = csvattack.build_program(year, cells, mapping)
    n = len(keys)
    truth_value = {(int(r[1]), r[2], r[3], r[4], r[5], r[6]): int(r[7]) for r in truth
                   if r[5] in csvattack.COUNT_MEASURES and r[7].lstrip("-").isdigit()}
    low, high = lower.copy(), upper.copy()
    for k in hidden:
        i = index[k]
        true = truth_value.get(k)
        # The same disclosure pattern: a small count stays small and non-zero, a hidden zero stays
        # zero (its being hidden comes from its line), a large one stays large (and bounded).
        # And near the truth: the pattern's complementary cells are chosen by a linear program over
        # the counts, and far-off counts would (rightly) be protected by other cells.
        if true is None:
            continue
        if true == 0:
            low[i] = high[i] = 0
        elif true < THRESHOLD:
            low[i], high[i] = max(1, true - NEAR), min(THRESHOLD - 1, true + NEAR)
        else:
            low[i], high[i] = max(THRESHOLD, true - NEAR), true + NEAR
    directions = []
    withheld = sorted({(k[1], k[2]) for k, v in cells.items()
                       if k[0] == year and k[4] == "relative_likelihood" and v == "withheld"})
    for area, metric in withheld:
        c = np.zeros(n)
        for measure, group, sign in (("events", "minority_ethnic", 1), ("events", "white", -1),
                                     ("population", "minority_ethnic", -1), ("population", "white", 1)):
            k = (year, area, metric, "", measure, group)
            if k in index:
                c[index[k]] = sign
        if c.any():
            directions += [c, -c]
    for _ in range(1):
        directions.append(np.array([rng.choice((-1.0, 1.0)) if keys[i] in hidden else 0.0 for i in range(n)]))
    seen, tables = set(), []
    tables += swaps(year, keys, hidden, truth_value, withheld)
    for c in directions:
        result = milp(-c, constraints=constraints, integrality=np.ones(n), bounds=Bounds(low, high))
        if result.status != 0:
            continue
        x = np.round(result.x).astype(int)
        signature = tuple(x)
        if signature in seen or all(x[index[k]] == truth_value.get(k) for k in hidden):
            continue
        seen.add(signature)
        tables.append({keys[i]: x[i] for i in range(n)})
    return tables


def swaps(year, keys, hidden, truth_value, withheld, limit=8):
    """The smallest moves: one person from one hidden group of a row of a withheld metric to
    another hidden group of it (totals unchanged), in a service area and so in the combined view."""
    hidden = set(hidden)
    tables = []
    for area, metric in withheld:
        if area == "combined":
            continue
        for measure in ("events", "population"):
            row = [(year, area, metric, "", measure, g) for g in GROUPS]
            for a in row:
                for b in row:
                    if a == b or a not in hidden or b not in hidden:
                        continue
                    ta, tb = truth_value.get(a), truth_value.get(b)
                    if ta is None or tb is None or not (2 <= ta and tb + 1 < THRESHOLD and ta < THRESHOLD):
                        continue
                    table = {k: truth_value[k] for k in keys if k in truth_value}
                    table[a] -= 1
                    table[b] += 1
                    for k, delta in ((a, -1), (b, 1)):
                        c = (year, "combined") + k[2:]
                        if c in table:
                            table[c] += delta
                    tables.append(table)
                    if len(tables) >= limit:
                        return tables
    return tables


def attack_authority(tool, work, db, authority, rng):
    folder = os.path.join(work, authority.split()[0])
    os.makedirs(folder, exist_ok=True)
    returns = export_returns(tool, db, authority, folder)
    truth, published = {}, {}
    for year in YEARS:
        full = os.path.join(folder, f"full-{year}.csv")
        run(tool, "report", "--db", db, "--authority", authority, "--year", str(year), "--areas", ALL_AREAS,
            "--csv", full)
        truth[year] = csvattack.read(full)
        published[year] = publish(tool, db, authority, year, os.path.join(folder, f"true-{year}"))
    mapping = {year: {area: {b["name"]: b["national_band"] for b in data.get("pay_bands") or []}
                      for area, data in returns[year]["areas"].items() if data} for year in YEARS}
    for year in ATTACKED:
        rows = [r for r in csvattack.read(os.path.join(folder, f"true-{year}", "report.csv")) if int(r[1]) == year]
        cells = {(int(r[1]), r[2], r[3], r[4], r[5], r[6]): r[7] for r in rows}
        # First the CSV attack itself on this authority's year (the constructed one included).
        stats["hidden"] += csvattack.attack_year(year, cells, truth[year], mapping[year], fail=fail)
        tables = alternatives(year, cells, truth[year], mapping[year], rng)
        if not tables:
            fail(f"{authority} {year}: no other table of counts publishes the same CSV: nothing to compare")
            continue
        for t, table in enumerate(tables):
            stats["alternatives"] += 1
            alt_db = os.path.join(folder, "alternative.sqlite")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(alt_db + suffix):
                    os.remove(alt_db + suffix)
            with sqlite3.connect(db) as source, sqlite3.connect(alt_db) as target:
                source.backup(target)  # with what is still in the -wal file
            write_counts(alt_db, authority, year, table)
            changed = [k for k in table if truth_value_of(truth[year], k) != table[k]]
            for later in [y for y in YEARS if y >= year]:
                files = publish(tool, alt_db, authority, later, os.path.join(folder, f"alt-{year}-{t}-{later}"))
                if later == year and files["csv"] != published[later]["csv"]:
                    # The pattern itself moved with the hidden counts: not the files' doing.
                    stats["pattern_changed"] += 1
                    if os.environ.get("ATTACK_VERBOSE"):
                        print(f"pattern moved ({year}, table {t}):", first_difference(published[later]["csv"], files["csv"]))
                    break
                for name, content in published[later].items():
                    stats["compared"] += 1
                    if files.get(name) != content:
                        fail(f"{authority}: the {later} file {name} changes when only hidden {year} counts change "
                             f"({len(changed)} of them, e.g. {changed[:2]}): "
                             f"{first_difference(content, files.get(name, b''))}")
                        break
    return published


def truth_value_of(truth_rows, key):
    for r in truth_rows:
        if (int(r[1]), r[2], r[3], r[4], r[5], r[6]) == key:
            return int(r[7]) if r[7].lstrip("-").isdigit() else None
    return None


def main():
    tool, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, "attack.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    run(tool, "demo", "--db", db)
    demo_returns = export_returns(tool, db, DEMO, work)
    for year, ret in constructed(demo_returns).items():
        path = os.path.join(work, f"built-{year}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(ret, f)
        run(tool, "import", path, "--db", db)
    rng = random.Random(26)
    for authority in (DEMO, BUILT):
        attack_authority(tool, work, db, authority, rng)
    print(f"{stats['hidden']} hidden counts bounded by the CSV attack; {stats['alternatives']} other tables of hidden counts, {stats['compared']} files compared, "
          f"{stats['pattern_changed']} skipped (pattern moved), {len(failures)} failures")
    if stats["compared"] == 0:
        fail("no file was compared")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
