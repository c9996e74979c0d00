// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"
#include "export/Suppression.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTabWidget;

namespace scwres {

class DashboardPanel;
class PresentationPage;
class Workspace;

// Presentation mode (View > Present, F5): the dashboard full screen for a meeting, one page per
// metric in the template's order after an overview page (the forest plot). It shows the
// dashboard's own reports, never a computation of its own, and follows them: A and Y change the
// dashboard's area and year and the page stays. P switches the publication preview: what the
// published files show, withheld figures withheld. Esc goes back to the panel and dashboard tab
// it was opened from.
class PresentationWindow final : public QWidget {
    Q_OBJECT

public:
    // Page 0 is the overview; page i (1 … kMetricIds.size()) is kMetricIds[i − 1].
    static constexpr int kOverviewPage = 0;
    static constexpr int pageCount() { return static_cast<int>(kMetricIds.size()) + 1; }

    // Opens full screen on the dashboard's current metric (or the overview), or raises the one
    // already open. panels: the main window's tabs, restored on leaving.
    static PresentationWindow *start(DashboardPanel *dashboard, Workspace *workspace, QTabWidget *panels);

    int page() const { return m_page; }
    void setPage(int page);
    std::optional<MetricId> metric() const;
    bool publicationPreview() const { return m_publication.enabled; }
    void setPublicationPreview(bool on);
    PresentationPage *presentationPage() const { return m_view; }

Q_SIGNALS:
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    PresentationWindow(DashboardPanel *dashboard, Workspace *workspace, QTabWidget *panels);
    void addKey(const QString &name, const QString &objectName, const QList<QKeySequence> &keys,
                const std::function<void()> &run);
    void rebuildPublished();
    void refresh();
    void stepArea();
    void stepYear(int direction);

    DashboardPanel *m_dashboard;
    Workspace *m_workspace;
    QTabWidget *m_panels;
    int m_returnPanel = 0;
    int m_returnDashboardTab = 0;
    int m_page = kOverviewPage;
    SuppressionPolicy m_publication;
    ReportSuppression m_published;
    PresentationPage *m_view = nullptr;
};

} // namespace scwres
