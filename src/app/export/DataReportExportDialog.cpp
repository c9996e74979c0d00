// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataReportExportDialog.h"

#include "ui_DataReportExportDialog.h"

#include <QPushButton>
#include <QRadioButton>

namespace scwres {

DataReportExportDialog::DataReportExportDialog(const QString &authority, int year, bool hasAdult, bool hasChildren,
                                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DataReportExportDialog>())
{
    m_ui->setupUi(this);
    m_pdfEngine = BrowserPdf::choose(QString(), QString(), nullptr).value_or(PdfEngineChoice{});
    m_ui->reportLabel->setText(tr("The %1 data report of %2.").arg(year).arg(authority));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    m_ui->areaAdult->setEnabled(hasAdult);
    m_ui->areaAdult->setChecked(hasAdult);
    m_ui->areaChildren->setEnabled(hasChildren);
    m_ui->areaChildren->setChecked(hasChildren);
    m_ui->areaCombined->setEnabled(hasAdult && hasChildren);
    m_ui->areaCombined->setChecked(hasAdult && hasChildren);
    if (!hasAdult && !hasChildren)
        m_ui->areasGroup->setEnabled(false);
    // Every radio button in the chain, so Tab leaves the format group from whichever is chosen.
    const QList<QWidget *> order{m_ui->formatXlsx,   m_ui->formatPdf,    m_ui->formatOdt,
                                 m_ui->formatCsv,    m_ui->formatHtml,   m_ui->formatDocx, m_ui->layoutSummary,
                                 m_ui->layoutFull,   m_ui->areaAdult,    m_ui->areaChildren,
                                 m_ui->areaCombined, m_ui->publicationCheck, m_ui->thresholdSpin,
                                 m_ui->buttons};
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *box : {m_ui->areaAdult, m_ui->areaChildren, m_ui->areaCombined, m_ui->publicationCheck})
        connect(box, &QCheckBox::toggled, this, &DataReportExportDialog::updateState);
    for (QRadioButton *button : {m_ui->formatXlsx, m_ui->formatPdf, m_ui->formatOdt, m_ui->formatCsv, m_ui->formatHtml,
                                  m_ui->formatDocx})
        connect(button, &QRadioButton::toggled, this, &DataReportExportDialog::updateState);
    // Publication defaults to the summary (what a council publishes), until the length is chosen.
    connect(m_ui->publicationCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_layoutChosen)
            (on ? m_ui->layoutSummary : m_ui->layoutFull)->setChecked(true);
    });
    for (QRadioButton *button : {m_ui->layoutSummary, m_ui->layoutFull})
        connect(button, &QRadioButton::clicked, this, [this] { m_layoutChosen = true; });
    connect(m_ui->thresholdSpin, &QSpinBox::valueChanged, this, &DataReportExportDialog::updateState);
    updateState();
}

DataReportExportDialog::~DataReportExportDialog() = default;

void DataReportExportDialog::setPreview(Preview preview)
{
    m_preview = std::move(preview);
    updateState();
}

DataReport::Format DataReportExportDialog::format() const
{
    if (m_ui->formatPdf->isChecked())
        return DataReport::Format::Pdf;
    if (m_ui->formatOdt->isChecked())
        return DataReport::Format::Odt;
    if (m_ui->formatCsv->isChecked())
        return DataReport::Format::Csv;
    if (m_ui->formatHtml->isChecked())
        return DataReport::Format::Html;
    if (m_ui->formatDocx->isChecked())
        return DataReport::Format::Docx;
    return DataReport::Format::Xlsx;
}

DataReportLayout DataReportExportDialog::layout() const
{
    return m_ui->layoutSummary->isChecked() ? DataReportLayout::Summary : DataReportLayout::Full;
}

std::vector<AreaSelection> DataReportExportDialog::areas() const
{
    std::vector<AreaSelection> areas;
    if (m_ui->areaAdult->isEnabled() && m_ui->areaAdult->isChecked())
        areas.push_back(AreaSelection::Adult);
    if (m_ui->areaChildren->isEnabled() && m_ui->areaChildren->isChecked())
        areas.push_back(AreaSelection::Children);
    if (m_ui->areaCombined->isEnabled() && m_ui->areaCombined->isChecked())
        areas.push_back(AreaSelection::Combined);
    return areas;
}

SuppressionPolicy DataReportExportDialog::publication() const
{
    SuppressionPolicy policy;
    policy.enabled = m_ui->publicationCheck->isChecked();
    policy.threshold = m_ui->thresholdSpin->value();
    return policy;
}

void DataReportExportDialog::updateState()
{
    const bool publication = m_ui->publicationCheck->isChecked();
    m_ui->thresholdSpin->setEnabled(publication);
    // The workbook and the open data hold every figure whatever the length.
    const DataReport::Format chosen = format();
    m_ui->layoutGroup->setEnabled(chosen == DataReport::Format::Pdf || chosen == DataReport::Format::Odt
                                  || chosen == DataReport::Format::Html || chosen == DataReport::Format::Docx);
    m_ui->thresholdLabel->setEnabled(publication);
    // Which program makes the PDF, said before it is written.
    m_ui->pdfEngineNote->setVisible(chosen == DataReport::Format::Pdf);
    m_ui->pdfEngineNote->setText(m_pdfEngine.engine == PdfEngine::Browser
                                     ? tr("PDF: %1, with headings, table headers, chart descriptions and bookmarks.")
                                           .arg(BrowserPdf::describe(m_pdfEngine))
                                     : BrowserPdf::untaggedNotice());
    m_ui->publicationNote->setText(
        publication ? tr("Counts from 1 to %1 are shown as “<%2”, with whatever would give them away (other cells, "
                         "percentages, likelihoods, sentences). The file says it is the published version.")
                          .arg(m_ui->thresholdSpin->value() - 1)
                          .arg(m_ui->thresholdSpin->value())
                    : tr("Every number is shown: for the council's own use, not for publication."));
    // Nothing to export without an area (a return with no areas still has its combined view).
    const bool anyArea = !m_ui->areasGroup->isEnabled() || !areas().empty();
    const bool preview = publication && m_preview && anyArea;
    m_ui->hiddenSummary->setVisible(preview);
    m_ui->hiddenSummary->setText(preview ? m_preview(areas(), this->publication()) : QString());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(anyArea);
}

} // namespace scwres
