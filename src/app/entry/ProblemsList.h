// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Validator.h"

#include <QListWidget>

#include <vector>

namespace scwres {

// Every finding of the validator for the year, with its severity in words and as an icon.
// Activating one (Enter, double-click) asks the panel to move the focus to its cell.
class ProblemsList final : public QListWidget {
    Q_OBJECT

public:
    explicit ProblemsList(QWidget *parent = nullptr);

    void setFindings(const std::vector<Finding> &findings, bool haveReturn);
    const std::vector<Finding> &findings() const { return m_findings; }

Q_SIGNALS:
    void findingActivated(const scwres::Finding &finding);

private:
    std::vector<Finding> m_findings;
};

} // namespace scwres
