// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExtractImportWizard.h"

#include "extract/ProfileStore.h"
#include "window/Dialogs.h"
#include "window/ReturnCommands.h"
#include "window/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scwres {

using namespace extract;

namespace {

QLabel *privacyNote(QWidget *parent)
{
    auto *label = new QLabel(
        QObject::tr("The file's rows are read into counts in memory and forgotten. Nothing of a row — no name, "
                    "identifier or value — is kept in the database, the history, the settings or any other file; "
                    "only the counts and, if you save it, the mapping profile (column names and category values)."),
        parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("privacyNote"));
    return label;
}

QLabel *problemLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

} // namespace

ExtractImportWizard::ExtractImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("extractImportWizard"));
    setWindowTitle(tr("Import from an HR extract"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(ValuesPage, createValuesPage());
    setPage(SummaryPage, createSummaryPage());
    connect(this, &QWizard::currentIdChanged, this, &ExtractImportWizard::pageEntered);
    resize(820, 600);
}

ExtractImportWizard::~ExtractImportWizard() = default;

QWizardPage *ExtractImportWizard::createFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The extract"));
    page->setSubTitle(tr("A person-level list from the HR, recruitment or survey system: CSV or xlsx."));
    auto *form = new QFormLayout;
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("extractFile"));
    auto *browseButton = new QPushButton(tr("Browse..."), page);
    connect(browseButton, &QPushButton::clicked, this, &ExtractImportWizard::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(browseButton);
    form->addRow(tr("&File:"), fileRow);
    auto *addButton = new QPushButton(tr("Add another file of this kind..."), page);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Add an extract of the same kind"), QString(),
                                                   tr("Extracts (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    m_moreFilesLabel = new QLabel(page);
    m_moreFilesLabel->setObjectName(QStringLiteral("moreFiles"));
    m_moreFilesLabel->setWordWrap(true);
    auto *moreRow = new QVBoxLayout;
    moreRow->addWidget(addButton, 0, Qt::AlignLeft);
    moreRow->addWidget(m_moreFilesLabel);
    form->addRow(tr("More files:"), moreRow);
    m_profileCombo = new QComboBox(page);
    m_profileCombo->setObjectName(QStringLiteral("savedProfile"));
    m_profileCombo->addItem(tr("New mapping"));
    // The open database's profiles (schema version 4): a profile travels with the lead's work.
    if (Database *db = m_workspace->database())
        for (const Profile &p : ProfileStore(*db).list())
            m_profileCombo->addItem(p.name, QVariant::fromValue(QString::fromUtf8(writeProfileJson(p))));
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            if (const auto read = readProfileJson(m_profileCombo->itemData(index).toString().toUtf8()); read.value)
                useProfile(*read.value);
    });
    auto *importButton = new QPushButton(tr("Import profile..."), page);
    connect(importButton, &QPushButton::clicked, this, &ExtractImportWizard::importProfile);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(importButton);
    form->addRow(tr("&Profile:"), profileRow);
    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("extractKind"));
    for (ExtractKind kind : kExtractKinds)
        m_kindCombo->addItem(extractKindName(kind), extractKindKey(kind));
    form->addRow(tr("&Kind of extract:"), m_kindCombo);
    m_delimiterCombo = new QComboBox(page);
    m_delimiterCombo->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("&Separator (CSV):"), m_delimiterCombo);
    m_encodingCombo = new QComboBox(page);
    m_encodingCombo->addItem(tr("Detect"), QStringLiteral("auto"));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encodingCombo->addItem(QStringLiteral("Windows-1252"), QStringLiteral("Windows-1252"));
    form->addRow(tr("&Encoding (CSV):"), m_encodingCombo);
    m_headerSpin = new QSpinBox(page);
    m_headerSpin->setRange(1, 1000);
    form->addRow(tr("&Column names in row:"), m_headerSpin);
    m_sheetCombo = new QComboBox(page);
    form->addRow(tr("S&heet (xlsx):"), m_sheetCombo);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] { setFile(m_fileEdit->text()); });
    m_fileProblem = problemLabel(page, "fileProblem");
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileProblem);
    layout->addStretch();
    layout->addWidget(privacyNote(page));
    return page;
}

QWizardPage *ExtractImportWizard::createColumnsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column holds each field. Guessed from the column names: check each one. "
                         "A field without a column is not filled."));
    m_columnsTable = new QTableWidget(0, 2, page);
    m_columnsTable->setObjectName(QStringLiteral("columnsTable"));
    m_columnsTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_columnsTable->horizontalHeader()->setStretchLastSection(true);
    m_columnsTable->verticalHeader()->hide();
    m_fillsLabel = new QLabel(page);
    m_fillsLabel->setObjectName(QStringLiteral("fillsLabel"));
    m_fillsLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columnsTable);
    layout->addWidget(m_fillsLabel);
    return page;
}

QWizardPage *ExtractImportWizard::createValuesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Values"));
    page->setSubTitle(tr("Every value found in the mapped columns, with the number of rows that have it. Each must "
                         "be mapped before the import: nothing is guessed silently. Values new since the profile "
                         "was saved are marked and listed first."));
    m_valuesTable = new QTableWidget(0, 5, page);
    m_valuesTable->setObjectName(QStringLiteral("valuesTable"));
    m_valuesTable->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Rows"), tr("Counts as"), tr("National band or broad group")});
    m_valuesTable->horizontalHeader()->setStretchLastSection(true);
    m_valuesTable->verticalHeader()->hide();
    m_dateFormatEdit = new QLineEdit(page);
    m_dateFormatEdit->setObjectName(QStringLiteral("dateFormat"));
    m_dateFormatEdit->setToolTip(tr("As Qt writes it: dd/MM/yyyy, yyyy-MM-dd, d MMM yyyy… "
                                    "Dates in xlsx date cells are read whatever this says."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date format:"), m_dateFormatEdit);
    m_valuesProblem = problemLabel(page, "valuesProblem");
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_valuesTable);
    layout->addLayout(form);
    layout->addWidget(m_valuesProblem);
    return page;
}

namespace {
// The result page: Finish is offered only when the import would write something.
class SummaryWizardPage final : public QWizardPage {
public:
    SummaryWizardPage(const ExtractImportWizard *wizard, QWidget *parent)
        : QWizardPage(parent)
        , m_wizard(wizard)
    {
    }
    bool isComplete() const override { return m_wizard->canApply(); }

private:
    const ExtractImportWizard *m_wizard;
};
} // namespace

QWizardPage *ExtractImportWizard::createSummaryPage()
{
    auto *page = new SummaryWizardPage(this, this);
    page->setTitle(tr("Result"));
    page->setSubTitle(tr("What the import would write, beside the return's current counts. Differences are in bold. "
                         "Nothing has been written yet."));
    page->setFinalPage(true);
    m_reportLabel = new QLabel(page);
    m_reportLabel->setObjectName(QStringLiteral("reportLabel"));
    m_reportLabel->setWordWrap(true);
    m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_compareTable = new QTableWidget(0, 5, page);
    m_compareTable->setObjectName(QStringLiteral("compareTable"));
    m_compareTable->setHorizontalHeaderLabels({tr("Area"), tr("Block"), tr("Row"), tr("Now"), tr("From the extract")});
    m_compareTable->horizontalHeader()->setStretchLastSection(true);
    m_compareTable->verticalHeader()->hide();
    m_compareTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileNameEdit = new QLineEdit(page);
    m_profileNameEdit->setObjectName(QStringLiteral("profileName"));
    m_saveProfileCheck = new QCheckBox(tr("Save the mapping as a profile for next year"), page);
    m_saveProfileCheck->setObjectName(QStringLiteral("saveProfile"));
    m_saveProfileCheck->setChecked(true);
    auto *exportButton = new QPushButton(tr("Export profile..."), page);
    connect(exportButton, &QPushButton::clicked, this, &ExtractImportWizard::exportProfile);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(new QLabel(tr("Profile name:"), page));
    profileRow->addWidget(m_profileNameEdit, 1);
    profileRow->addWidget(m_saveProfileCheck);
    profileRow->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reportLabel);
    layout->addWidget(m_compareTable, 1);
    layout->addLayout(profileRow);
    return page;
}

void ExtractImportWizard::useProfile(const Profile &profile)
{
    m_profile = profile;
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(extractKindKey(profile.kind)));
    m_delimiterCombo->setCurrentIndex(std::max(0, m_delimiterCombo->findData(QString(profile.file.delimiter))));
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(profile.file.encoding)));
    m_headerSpin->setValue(profile.file.headerRow);
    if (profile.file.sheet)
        m_sheetCombo->setCurrentIndex(std::max(0, m_sheetCombo->findText(*profile.file.sheet)));
    m_profileNameEdit->setText(profile.name);
}

void ExtractImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    m_sheetCombo->clear();
    m_fileProblem->clear();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        QString error;
        m_sheetCombo->addItems(xlsxSheetNames(path, &error));
        m_fileProblem->setText(error);
        if (m_profile.file.sheet)
            m_sheetCombo->setCurrentIndex(std::max(0, m_sheetCombo->findText(*m_profile.file.sheet)));
    } else if (m_profileCombo->currentIndex() == 0) {
        // A new mapping: the separator from the first line, the encoding detected.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_delimiterCombo->setCurrentIndex(
                std::max(0, m_delimiterCombo->findData(QString(guessDelimiter(file.read(64 * 1024))))));
    }
}

void ExtractImportWizard::addFile(const QString &path)
{
    if (path.isEmpty() || files().contains(path))
        return;
    m_moreFiles << path;
    QStringList names;
    for (const QString &f : m_moreFiles)
        names << QFileInfo(f).fileName();
    m_moreFilesLabel->setText(tr("Also read, with the same mapping: %1").arg(names.join(QStringLiteral(", "))));
}

QStringList ExtractImportWizard::files() const
{
    QStringList out;
    if (!m_fileEdit->text().isEmpty())
        out << m_fileEdit->text();
    for (const QString &f : m_moreFiles)
        if (!out.contains(f))
            out << f;
    return out;
}

void ExtractImportWizard::browse()
{
    const QString path = Dialogs::openFileName(this, tr("Choose the extract"), QString(),
                                               tr("Extracts (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ExtractImportWizard::importProfile()
{
    const QString path = Dialogs::openFileName(this, tr("Import a profile"), QString(),
                                               tr("Extract profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const ProfileReadResult read = readProfileFile(path);
    if (!read.value) {
        Dialogs::warning(this, tr("Cannot import the profile"), read.error);
        return;
    }
    useProfile(*read.value);
}

void ExtractImportWizard::exportProfile()
{
    const QString path = Dialogs::saveFileName(this, tr("Export the profile"), m_profile.name + QStringLiteral(".json"),
                                               tr("Extract profiles (*.json)"));
    if (path.isEmpty())
        return;
    m_profile.name = m_profileNameEdit->text().trimmed();
    QString error;
    if (!writeProfileFile(m_profile, path, &error))
        Dialogs::warning(this, tr("Cannot export the profile"), error);
}

AnnualReturn ExtractImportWizard::baseReturn() const
{
    if (const auto ret = m_workspace->currentReturn())
        return *ret;
    return {};
}

bool ExtractImportWizard::readHeader()
{
    const auto kind = extractKindFromKey(m_kindCombo->currentData().toString());
    if (kind != m_profile.kind) {
        // Another kind has other fields: only the layout of the file carries over.
        m_profile.columns.clear();
        m_profile.kind = *kind;
    }
    m_profile.file.delimiter = m_delimiterCombo->currentData().toString().at(0);
    m_profile.file.encoding = m_encodingCombo->currentData().toString();
    m_profile.file.headerRow = m_headerSpin->value();
    m_profile.file.sheet = m_sheetCombo->count() > 0 ? std::optional(m_sheetCombo->currentText()) : std::nullopt;
    if (!m_workspace->currentReturn()) {
        m_fileProblem->setText(tr("Choose the authority and year to import into first."));
        return false;
    }
    m_header.clear();
    const ReadOutcome outcome = readExtractFile(
        m_fileEdit->text(), m_profile.file,
        [this](qint64, const QStringList &header) {
            m_header = header;
            return false; // the header is all this page needs
        },
        [](qint64, const QStringList &) { return false; });
    if (!outcome.ok || m_header.isEmpty()) {
        m_fileProblem->setText(outcome.ok ? tr("The file has no column names in row %1.").arg(m_profile.file.headerRow)
                                          : outcome.error);
        return false;
    }
    m_fileProblem->clear();
    return true;
}

void ExtractImportWizard::fillColumns()
{
    const std::vector<FieldInfo> fields = fieldsOf(m_profile.kind);
    m_columnsTable->setRowCount(int(fields.size()));
    for (int row = 0; row < int(fields.size()); ++row) {
        const QString field = QString::fromLatin1(fields[size_t(row)].key);
        auto *name = new QTableWidgetItem(fieldName(field));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, field);
        m_columnsTable->setItem(row, 0, name);
        auto *combo = new QComboBox(m_columnsTable);
        combo->addItem(tr("(not in this file)"));
        combo->addItems(m_header);
        int chosen = 0;
        const auto saved = m_profile.columns.find(field);
        for (int i = 0; i < m_header.size() && chosen == 0; ++i) {
            const bool match = saved != m_profile.columns.end()
                ? m_header.at(i).trimmed().compare(saved->second, Qt::CaseInsensitive) == 0
                : guessField(m_profile.kind, m_header.at(i)) == field;
            if (match)
                chosen = i + 1;
        }
        combo->setCurrentIndex(chosen);
        connect(combo, &QComboBox::currentIndexChanged, this, &ExtractImportWizard::updateFills);
        m_columnsTable->setCellWidget(row, 1, combo);
    }
    m_columnsTable->resizeColumnToContents(0);
    updateFills();
}

bool ExtractImportWizard::collectColumns()
{
    m_profile.columns.clear();
    for (int row = 0; row < m_columnsTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_columnsTable->cellWidget(row, 1));
        if (combo && combo->currentIndex() > 0)
            m_profile.columns[m_columnsTable->item(row, 0)->data(Qt::UserRole).toString()] = combo->currentText().trimmed();
    }
    return !m_profile.columns.empty();
}

void ExtractImportWizard::updateFills()
{
    collectColumns();
    QStringList blocks;
    for (const auto &[block, part] : Aggregator(m_profile, {}, {}).filledBlocks())
        blocks << (part == Part::Whole ? blockTitle(block)
                                       : tr("%1 (%2 only)").arg(blockTitle(block),
                                                                part == Part::Population ? blockPopulationLabel(block)
                                                                                         : blockEventsLabel(block)));
    m_fillsLabel->setText(blocks.isEmpty() ? tr("With these columns the file fills no block of the return.")
                                           : tr("This file will fill: %1.").arg(blocks.join(QStringLiteral("; "))));
}

} // namespace scwres
