// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The extract import's speed and memory (issue 16), measured, never asserted: run
// `build/tests/scwres_extract_benchmark [ROWS]` and compare with docs/building.md. It writes a
// fictional staff list of ROWS rows (default 100,000), times reading and aggregating it, times
// pandas read_csv + groupby on the same file (Debian's python3-pandas, when installed) and
// reports the process's peak memory after aggregating 1,000,000 rows.
#include "extract/ExtractAggregator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace scwres::extract;

namespace {

const char *const kEthnicities[] = {"White - British", "Asian - Indian", "Black - African", "Not stated",
                                    "White - Irish", "Mixed - White and Asian"};
const char *const kAreas[] = {"Adult Social Care", "Children's Services", "Finance"};
const char *const kGrades[] = {"G1", "G6", "CO1"};

void writeStaffList(const QString &path, qint64 rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray chunk = "Employee No,Name,Ethnic Origin,Directorate,Grade,Senior Mgr,Registered,CPD 23-24,Formal Disc,FtP Referral\n";
    quint32 seed = 12345;
    const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
    for (qint64 i = 0; i < rows; ++i) {
        chunk += "E" + QByteArray::number(i) + ",\"Person " + QByteArray::number(i) + "\","
            + kEthnicities[next() % 6] + "," + kAreas[next() % 3] + "," + kGrades[next() % 3] + ","
            + (next() % 10 == 0 ? "Y" : "N") + "," + (next() % 3 == 0 ? "Y" : "N") + ","
            + (next() % 2 ? "Y" : "N") + "," + (next() % 20 == 0 ? "Y" : "N") + "," + (next() % 50 == 0 ? "Y" : "N")
            + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

Profile staffProfile()
{
    Profile p;
    p.name = QStringLiteral("Benchmark");
    p.kind = ExtractKind::StaffList;
    p.columns = {{"ethnicity", "Ethnic Origin"}, {"service_area", "Directorate"}, {"grade", "Grade"},
                 {"senior_manager", "Senior Mgr"}, {"regulated_professional", "Registered"}, {"cpd", "CPD 23-24"},
                 {"disciplinary", "Formal Disc"}, {"fitness_to_practise", "FtP Referral"}, {"person_id", "Employee No"}};
    p.values[QStringLiteral("ethnicity")] = {{"White - British", "white"}, {"White - Irish", "white"},
                                             {"Asian - Indian", "minority_ethnic"}, {"Black - African", "minority_ethnic"},
                                             {"Mixed - White and Asian", "minority_ethnic"}, {"Not stated", "unknown"}};
    p.values[QStringLiteral("service_area")] = {{"Adult Social Care", "adult"}, {"Children's Services", "children"},
                                                {"Finance", "not_in_scope"}};
    p.values[QStringLiteral("grade")] = {{"G1", "Grades 1-5"}, {"G6", "Grades 6-10"}, {"CO1", "Chief officers"}};
    p.flags = {{"Y", true}, {"N", false}};
    return p;
}

// CPU time, not wall time, on both sides: the machines this runs on are often busy.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double aggregateSeconds(const QString &path, qint64 *used)
{
    const double start = cpuSeconds();
    Aggregator aggregator(staffProfile(), {}, {});
    aggregator.addFile(path);
    *used = aggregator.rowsUsed();
    return cpuSeconds() - start;
}

const char *kPandas = R"(import sys, time
import pandas as pd
t = time.process_time()
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
df = df[df["Directorate"] != "Finance"]
g = df.groupby(["Directorate", "Ethnic Origin", "Grade", "Senior Mgr", "Registered", "CPD 23-24",
                "Formal Disc", "FtP Referral"]).size()
print(f"{time.process_time() - t:.3f}")
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    QTextStream out(stdout);
    const QString path = dir.filePath(QStringLiteral("staff.csv"));
    writeStaffList(path, rows);
    qint64 used = 0;
    double best = 1e9;
    for (int i = 0; i < 5; ++i)
        best = std::min(best, aggregateSeconds(path, &used));
    out << "read and aggregate " << rows << " rows: " << QString::number(best, 'f', 3) << " s CPU (best of 5, "
        << used << " rows used)\n";
    if (argc > 2)
        return 0; // "quick": this figure only
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kPandas), path});
    if (python.waitForFinished(120000) && python.exitCode() == 0)
        out << "pandas read_csv + groupby, same file: " << python.readAllStandardOutput().trimmed() << " s CPU\n";
    else
        out << "pandas: not run (" << python.readAllStandardError().trimmed().right(120) << ")\n";
    out.flush();

    const QString big = dir.filePath(QStringLiteral("staff-1m.csv"));
    writeStaffList(big, 1000000);
    QFile::remove(path);
    const double seconds = aggregateSeconds(big, &used);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "1,000,000 rows: " << QString::number(seconds, 'f', 3) << " s, peak memory of the process "
        << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
