// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ProblemsList.h"

#include <QStyle>

namespace scwres {

namespace {
constexpr int kFindingIndexRole = Qt::UserRole + 1;
}

ProblemsList::ProblemsList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("problemsList"));
    setAccessibleName(tr("Problems found in this year's return"));
    setWordWrap(true);
    setUniformItemSizes(false);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant at = item->data(kFindingIndexRole);
        if (at.isValid() && at.toInt() >= 0 && at.toInt() < static_cast<int>(m_findings.size()))
            Q_EMIT findingActivated(m_findings[static_cast<std::size_t>(at.toInt())]);
    });
}

void ProblemsList::setFindings(const std::vector<Finding> &findings, bool haveReturn)
{
    const int row = currentRow();
    m_findings = findings;
    clear();
    if (!haveReturn)
        return;
    if (findings.empty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found: every check passes."), this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings[i];
        const bool error = finding.severity == Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            tr("%1: %2").arg(severityName(finding.severity), finding.message), this);
        item->setData(kFindingIndexRole, static_cast<int>(i));
        item->setToolTip(tr("Press Enter or double-click to go to the cell."));
    }
    if (row >= 0)
        setCurrentRow(std::min(row, count() - 1));
}

} // namespace scwres
