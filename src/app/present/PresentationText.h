// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"
#include "export/Suppression.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace scwres {

// What a presentation page says about one metric, as text: read from the dashboard's report
// (never computed again) and, in the publication preview, with every figure the published files
// withhold replaced by the files' own "Withheld: …" wording (the same ReportSuppression rules as
// DataReport: the RL and all made from it, last year's RL by last year's pattern).
struct PresentedMetric {
    MetricId id = MetricId::M1;
    QString title;         // "4 Disciplinary: formal process"
    QString sentence;      // the engine's sentence, or the withheld wording
    QString figureCaption; // what the big figure is: "Relative likelihood (minority ethnic relative to white)"
    QString figure;        // "1.37", "12.0% against 20.5%", "—"
    std::optional<MetricStatus> status; // for the shape; empty when withheld
    QString statusText;    // words, never the colour alone
    QString certainty;     // "Not clear — could be chance: the data are also consistent with …"
    QString smallNumbers;  // the small-numbers warning, when it applies
    QString previous;      // "Last year (2023): 1.20 → 1.37: worse — further from the range"
    QString national;      // "National 2024: 1.10"
    bool withheld = false; // the metric's own figure is withheld in the publication preview
};

class PresentationText final {
    Q_DECLARE_TR_FUNCTIONS(PresentationText)

public:
    // published: private (default-constructed) shows every figure.
    static PresentedMetric metric(const MetricReport &report, const ReportSuppression &published, MetricId id);
    // "Exampleshire County Council · 2024 · Adult and children's", with "draft" for a draft year.
    static QString heading(const MetricReport &report);

private:
    static PresentedMetric payBands(const MetricReport &report, const ReportSuppression &published);
};

} // namespace scwres
