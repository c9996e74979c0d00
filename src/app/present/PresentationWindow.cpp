// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PresentationWindow.h"

#include "PresentationPage.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "dashboard/DashboardPanel.h"
#include "window/Workspace.h"

#include "Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace scwres {

namespace {
// Title lines as long as the dashboard's wide charts, for the saved and copied pictures.
constexpr int kTitleLine = 110;
// Body text is 1/32 of the screen's height: 24 px at 768, 34 px at 1080.
constexpr int kLinesPerScreen = 32;
} // namespace

PresentationWindow *PresentationWindow::start(DashboardPanel *dashboard, Workspace *workspace, QTabWidget *panels)
{
    QWidget *owner = panels->window();
    // A window that has been left waits for its deletion hidden: never reuse that one.
    PresentationWindow *window = nullptr;
    for (PresentationWindow *open : owner->findChildren<PresentationWindow *>(QString(), Qt::FindDirectChildrenOnly))
        if (open->isVisible())
            window = open;
    if (!window) {
        window = new PresentationWindow(dashboard, workspace, panels);
        window->setParent(owner, Qt::Window);
        const std::optional<MetricId> current = dashboard->currentMetric();
        int page = kOverviewPage;
        for (std::size_t i = 0; current && i < kMetricIds.size(); ++i)
            if (kMetricIds[i] == *current)
                page = static_cast<int>(i) + 1;
        window->m_page = page;
        window->refresh();
    }
    window->showFullScreen();
    window->raise();
    window->activateWindow();
    return window;
}

PresentationWindow::PresentationWindow(DashboardPanel *dashboard, Workspace *workspace, QTabWidget *panels)
    : m_dashboard(dashboard)
    , m_workspace(workspace)
    , m_panels(panels)
    , m_returnPanel(panels->currentIndex())
    , m_returnDashboardTab(dashboard->currentTab())
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("SC-WRES presentation"));
    setAccessibleName(tr("Presentation of the metrics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new PresentationPage(this);
    layout->addWidget(m_view);

    // Window shortcuts, so they work whichever part of the page has the focus (the chart view
    // would take the arrow keys for scrolling).
    addKey(tr("Next metric"), QStringLiteral("actionPresentNext"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
           [this] { setPage(m_page + 1); });
    addKey(tr("Previous metric"), QStringLiteral("actionPresentPrevious"),
           {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, [this] { setPage(m_page - 1); });
    addKey(tr("Overview"), QStringLiteral("actionPresentOverview"), {QKeySequence(Qt::Key_Home)},
           [this] { setPage(kOverviewPage); });
    addKey(tr("Next service area"), QStringLiteral("actionPresentArea"), {QKeySequence(Qt::Key_A)}, [this] { stepArea(); });
    addKey(tr("Next year"), QStringLiteral("actionPresentNextYear"), {QKeySequence(Qt::Key_Y)}, [this] { stepYear(1); });
    addKey(tr("Previous year"), QStringLiteral("actionPresentPreviousYear"), {QKeySequence(Qt::SHIFT | Qt::Key_Y)},
           [this] { stepYear(-1); });
    addKey(tr("Publication preview"), QStringLiteral("actionPresentPublication"), {QKeySequence(Qt::Key_P)},
           [this] { setPublicationPreview(!publicationPreview()); });
    addKey(tr("Copy chart"), QStringLiteral("actionPresentCopyChart"), {QKeySequence::Copy},
           [this] { m_view->chartPanel()->copyToClipboard(); });
    addKey(tr("Save chart as..."), QStringLiteral("actionPresentSaveChart"), {QKeySequence::Save},
           [this] { m_view->chartPanel()->saveChartDialog(); });
    addKey(tr("Leave the presentation"), QStringLiteral("actionPresentLeave"), {QKeySequence(Qt::Key_Escape)},
           [this] { close(); });

    connect(m_dashboard, &DashboardPanel::reportsChanged, this, [this] {
        rebuildPublished();
        refresh();
    });
    rebuildPublished();
}

void PresentationWindow::addKey(const QString &name, const QString &objectName, const QList<QKeySequence> &keys,
                                const std::function<void()> &run)
{
    auto *action = new QAction(name, this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
}

std::optional<MetricId> PresentationWindow::metric() const
{
    if (m_page == kOverviewPage)
        return std::nullopt;
    return kMetricIds.at(static_cast<std::size_t>(m_page - 1));
}

void PresentationWindow::setPage(int page)
{
    const int chosen = std::clamp(page, 0, pageCount() - 1);
    if (chosen == m_page)
        return;
    m_page = chosen;
    refresh();
}

void PresentationWindow::setPublicationPreview(bool on)
{
    m_publication.enabled = on;
    rebuildPublished();
    refresh();
}

void PresentationWindow::rebuildPublished()
{
    const DashboardReports &reports = m_dashboard->reports();
    if (!m_publication.enabled || !reports.hasReport()) {
        m_published = ReportSuppression::build({}, nullptr, {}, m_publication);
        return;
    }
    // The exports compare with year − 1 only when it is complete; the year's disclosure pattern
    // depends on the return alone, so this is the pattern every published file of the year uses.
    const AnnualReturn &current = reports.currentReturn();
    const AnnualReturn *previous = reports.previousReturn();
    if (previous && previous->year != current.year - 1)
        previous = nullptr;
    m_published = ReportSuppression::build(current, previous, {reports.report()}, m_publication);
}

void PresentationWindow::refresh()
{
    const DashboardReports &reports = m_dashboard->reports();
    const ChartFactory factory(ChartPalette::fromPalette(palette()), kTitleLine);
    m_view->setPlace(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()),
                     m_publication.enabled
                         ? tr("Publication preview: what the published files show (counts under %1 hidden)")
                               .arg(m_publication.threshold)
                         : QString());
    if (!reports.hasReport())
        m_view->showNothing(tr("Choose an authority and a year with figures, then press F5 again."));
    else if (const std::optional<MetricId> id = metric())
        m_view->showMetric(reports, m_published, factory, *id);
    else
        m_view->showOverview(reports, m_published, factory);
}

void PresentationWindow::stepArea()
{
    static constexpr AreaSelection order[] = {AreaSelection::Combined, AreaSelection::Adult, AreaSelection::Children};
    const AreaSelection now = m_dashboard->area();
    std::size_t i = 0;
    while (order[i] != now)
        ++i;
    m_dashboard->setArea(order[(i + 1) % std::size(order)]);
}

void PresentationWindow::stepYear(int direction)
{
    Database *db = m_workspace->database();
    if (!db || m_workspace->currentAuthorityId() == 0)
        return;
    const std::vector<int> years = db->years(m_workspace->currentAuthorityId());
    if (years.empty())
        return;
    // Round the stored years, so one key reaches every year in a meeting.
    const auto at = std::find(years.begin(), years.end(), m_workspace->currentYear());
    const int index = at == years.end() ? 0 : static_cast<int>(at - years.begin());
    const int count = static_cast<int>(years.size());
    const int next = ((index + direction) % count + count) % count;
    m_workspace->select(m_workspace->currentAuthorityId(), years[static_cast<std::size_t>(next)]);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int before = m_view->bodyPixels();
    m_view->setBodyPixels(height() / kLinesPerScreen);
    if (m_view->bodyPixels() != before)
        refresh(); // the chart is drawn again in the new size of type
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    m_panels->setCurrentIndex(m_returnPanel);
    m_dashboard->setCurrentTab(m_returnDashboardTab);
    if (QWidget *main = m_panels->window()) {
        main->raise();
        main->activateWindow();
    }
    Q_EMIT left();
    event->accept();
}

} // namespace scwres
