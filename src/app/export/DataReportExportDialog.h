// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/DataReport.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class DataReportExportDialog;
}

namespace scwres {

// File → Export data report…, first step: the format, the areas and whether it is the published
// version (counts under the threshold hidden). The file name is asked next.
class DataReportExportDialog final : public QDialog {
    Q_OBJECT

public:
    // hasAdult / hasChildren: which areas the return holds (the others cannot be chosen).
    DataReportExportDialog(const QString &authority, int year, bool hasAdult, bool hasChildren,
                           QWidget *parent = nullptr);
    ~DataReportExportDialog() override;

    DataReport::Format format() const;
    std::vector<AreaSelection> areas() const;
    // Summary or Full (PDF, ODT, HTML); follows the publication switch until the user picks one.
    DataReportLayout layout() const;
    SuppressionPolicy publication() const;
    // The PDF engine, found when the dialog opens: the tagged PDF from a Chromium-family browser,
    // or Qt's untagged one (the dialog says which, and how to get a tagged one).
    PdfEngineChoice pdfEngine() const { return m_pdfEngine; }

    // What the published version would hide, and why, for the chosen areas and threshold: shown
    // in the dialog before anything is written.
    using Preview = std::function<QString(const std::vector<AreaSelection> &, const SuppressionPolicy &)>;
    void setPreview(Preview preview);

private:
    void updateState();

    std::unique_ptr<Ui::DataReportExportDialog> m_ui;
    Preview m_preview;
    bool m_layoutChosen = false;
    PdfEngineChoice m_pdfEngine;
};

} // namespace scwres
