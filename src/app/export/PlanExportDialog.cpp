// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanExportDialog.h"
#include "ui_PlanExportDialog.h"

#include <QPushButton>
#include <QRadioButton>

namespace scwres {

namespace {

constexpr PlanFormat kFormats[] = {PlanFormat::Pdf, PlanFormat::Docx, PlanFormat::Odt, PlanFormat::Xlsx, PlanFormat::Html};

} // namespace

PlanExportDialog::PlanExportDialog(const QString &authority, int year, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanExportDialog>())
{
    m_ui->setupUi(this);
    m_pdfEngine = BrowserPdf::choose(QString(), QString(), nullptr).value_or(PdfEngineChoice{});
    m_ui->planLabel->setText(tr("Export the %1 action plan of %2.").arg(year).arg(authority));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export..."));
    for (const PlanFormat format : kFormats)
        connect(button(format), &QRadioButton::toggled, this, &PlanExportDialog::updatePublication);
    connect(m_ui->publicationCheck, &QCheckBox::toggled, this, &PlanExportDialog::updatePublication);
    connect(m_ui->thresholdSpin, &QSpinBox::valueChanged, this, &PlanExportDialog::updatePublication);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePublication();
    m_ui->formatPdf->setFocus();
}

PlanExportDialog::~PlanExportDialog() = default;

QRadioButton *PlanExportDialog::button(PlanFormat format) const
{
    switch (format) {
    case PlanFormat::Pdf: return m_ui->formatPdf;
    case PlanFormat::Docx: return m_ui->formatDocx;
    case PlanFormat::Odt: return m_ui->formatOdt;
    case PlanFormat::Xlsx: return m_ui->formatXlsx;
    case PlanFormat::Html: return m_ui->formatHtml;
    }
    return m_ui->formatPdf;
}

PlanFormat PlanExportDialog::format() const
{
    for (const PlanFormat format : kFormats)
        if (button(format)->isChecked())
            return format;
    return PlanFormat::Pdf;
}

void PlanExportDialog::setFormat(PlanFormat format)
{
    button(format)->setChecked(true);
}

SuppressionPolicy PlanExportDialog::publication() const
{
    SuppressionPolicy policy;
    policy.enabled = m_ui->publicationGroup->isEnabled() && m_ui->publicationCheck->isChecked();
    policy.threshold = m_ui->thresholdSpin->value();
    return policy;
}

void PlanExportDialog::setPreview(std::function<QString(const SuppressionPolicy &)> preview)
{
    m_preview = std::move(preview);
    updatePublication();
}

void PlanExportDialog::updatePublication()
{
    // The tracker lists actions and holds no counts: there is nothing to hide in it.
    const bool tracker = format() == PlanFormat::Xlsx;
    m_ui->publicationGroup->setEnabled(!tracker);
    const bool on = !tracker && m_ui->publicationCheck->isChecked();
    m_ui->thresholdLabel->setEnabled(on);
    m_ui->thresholdSpin->setEnabled(on);
    // Which program makes the PDF, said before it is written.
    m_ui->pdfEngineNote->setVisible(format() == PlanFormat::Pdf);
    m_ui->pdfEngineNote->setText(m_pdfEngine.engine == PdfEngine::Browser
                                     ? tr("PDF: %1, with headings, table headers, chart descriptions and bookmarks.")
                                           .arg(BrowserPdf::describe(m_pdfEngine))
                                     : BrowserPdf::untaggedNotice());
    if (tracker) {
        m_ui->publicationNote->setText(tr("The action tracker lists the actions only: it holds no counts to hide."));
    } else if (on) {
        m_ui->publicationNote->setText(
            tr("Counts under %1 are left out of the charts, and sentences the program drafted from them are "
               "withheld. The file says it is the published version. Text you wrote is printed as written: "
               "check it for small numbers before publishing.")
                .arg(m_ui->thresholdSpin->value())
            + (m_preview ? QStringLiteral("\n\n") + m_preview(publication()) : QString()));
    } else {
        m_ui->publicationNote->setText(
            tr("Full figures: for the sponsor and the programme team, not for publication."));
    }
}

} // namespace scwres
