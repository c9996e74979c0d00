// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/PlanExporter.h"
#include "export/Suppression.h"

#include <QDialog>

#include <functional>
#include <memory>

class QRadioButton;

namespace Ui {
class PlanExportDialog;
}

namespace scwres {

// File → Export action plan…, first step: which file (PDF for sign-off, DOCX or ODT to edit, the
// xlsx action tracker) and whether it is the published version (counts under the threshold hidden
// from the charts). The file name is asked next, with the chosen format's filter.
class PlanExportDialog final : public QDialog {
    Q_OBJECT

public:
    PlanExportDialog(const QString &authority, int year, QWidget *parent = nullptr);
    ~PlanExportDialog() override;

    PlanFormat format() const;
    void setFormat(PlanFormat format);
    // Disabled when the format has no figures to hide (the tracker).
    SuppressionPolicy publication() const;
    // The PDF engine, found when the dialog opens (shown under the formats when PDF is chosen).
    PdfEngineChoice pdfEngine() const { return m_pdfEngine; }
    // What the published version would hide, and why, at the chosen threshold: shown before
    // anything is written.
    void setPreview(std::function<QString(const SuppressionPolicy &)> preview);

private:
    QRadioButton *button(PlanFormat format) const;
    void updatePublication();

    std::unique_ptr<Ui::PlanExportDialog> m_ui;
    std::function<QString(const SuppressionPolicy &)> m_preview;
    PdfEngineChoice m_pdfEngine;
};

} // namespace scwres
