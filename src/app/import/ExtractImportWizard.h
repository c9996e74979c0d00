// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "extract/ExtractAggregator.h"
#include "extract/ExtractProfile.h"

#include <QStringList>
#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace scwres {

class Workspace;

// File > Import from HR extract: a thin assistant over the core's readers and aggregator
// (docs/importing.md). Pages: the file and its layout, the columns, every distinct value with
// its count, then the result beside the return's current counts. Finish writes the counts into
// the selected return as one undoable step. The extract's rows are read into counts only, in
// memory, and forgotten; only the profile (column names and category values) may be saved.
class ExtractImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, ColumnsPage, ValuesPage, SummaryPage };

    ExtractImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ExtractImportWizard() override;

    // For the assistant's own "use a saved profile" and for tests.
    void useProfile(const extract::Profile &profile);
    void setFile(const QString &path);
    // Another extract of the same kind and layout (a second staff list, last year's leavers and
    // this year's): read with the first, its counts added, applied in the same one step.
    void addFile(const QString &path);
    // The first file and every one added, in order.
    QStringList files() const;
    const extract::Profile &profile() const { return m_profile; }
    // After the summary page: whether Finish may write (no unmapped value, no unreadable file).
    bool canApply() const;

    bool validateCurrentPage() override;
    void accept() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createValuesPage();
    QWizardPage *createSummaryPage();
    void pageEntered(int id);
    void fillColumns();
    void fillValues();
    void fillSummary();
    bool readHeader();
    bool collectColumns();
    bool collectValues();
    void updateFills();
    void browse();
    void exportProfile();
    void importProfile();
    AnnualReturn baseReturn() const;

    Workspace *m_workspace;
    extract::Profile m_profile;
    QStringList m_header;
    std::map<QString, std::map<QString, qint64>> m_values; // distinct values of the mapped columns
    std::unique_ptr<extract::Aggregator> m_result;

    QLineEdit *m_fileEdit = nullptr;
    QStringList m_moreFiles;
    QLabel *m_moreFilesLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_fileProblem = nullptr;
    QTableWidget *m_columnsTable = nullptr;
    QLabel *m_fillsLabel = nullptr;
    QTableWidget *m_valuesTable = nullptr;
    QLineEdit *m_dateFormatEdit = nullptr;
    QLabel *m_valuesProblem = nullptr;
    QLabel *m_reportLabel = nullptr;
    QTableWidget *m_compareTable = nullptr;
    QLineEdit *m_profileNameEdit = nullptr;
    QCheckBox *m_saveProfileCheck = nullptr;
};

} // namespace scwres
