// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "AreaEntryPage.h"

#include "BlockSection.h"
#include "CurrentReturn.h"
#include "EntryTableView.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace scwres {

namespace {
struct MetricGroup {
    const char *title;
    std::vector<Block> blocks;
};

// In the order the data arrives from each source in the autumn.
const std::vector<MetricGroup> &metricGroups()
{
    static const std::vector<MetricGroup> groups{
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "&Workforce"), {Block::PayBands, Block::SeniorManagers}},
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "Recruit&ment"), {Block::Shortlisting}},
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "Employee &relations"),
         {Block::Disciplinary, Block::FitnessToPractise}},
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "&Development"), {Block::Cpd}},
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "Staff &survey"),
         {Block::HarassmentPublic, Block::HarassmentColleagues, Block::HarassmentManagers}},
        {QT_TRANSLATE_NOOP("scwres::AreaEntryPage", "&Leavers"), {Block::Leavers}},
    };
    return groups;
}
} // namespace

AreaEntryPage::AreaEntryPage(CurrentReturn *current, ServiceArea area, QWidget *parent)
    : QWidget(parent)
    , m_current(current)
    , m_area(area)
    , m_absentNote(new QLabel(this))
    , m_groups(new QTabWidget(this))
{
    setObjectName(QStringLiteral("areaPage_") + serviceAreaKey(area));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_absentNote->setWordWrap(true);
    m_absentNote->setText(tr("%1 is not returned for this year. Switch it on in the Year tab to enter it.")
                              .arg(serviceAreaName(area)));
    layout->addWidget(m_absentNote);
    m_groups->setObjectName(QStringLiteral("groups_") + serviceAreaKey(area));
    m_groups->setAccessibleName(tr("%1: groups of metrics").arg(serviceAreaName(area)));
    m_groups->setDocumentMode(true);
    layout->addWidget(m_groups);

    for (const MetricGroup &group : metricGroups()) {
        auto *scroll = new QScrollArea(m_groups);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Not a Tab stop of its own (an unnamed, invisible one before the first control): it
        // scrolls to whichever of its controls takes the focus.
        scroll->setFocusPolicy(Qt::NoFocus);
        auto *content = new QWidget(scroll);
        auto *contentLayout = new QVBoxLayout(content);
        for (Block block : group.blocks) {
            auto *section = new BlockSection(current, area, block, content);
            contentLayout->addWidget(section);
            m_sections[block] = section;
            m_pageOf[block] = scroll;
        }
        contentLayout->addStretch();
        scroll->setWidget(content);
        m_groups->addTab(scroll, tr(group.title));
    }
    connect(m_current, &CurrentReturn::changed, this, &AreaEntryPage::refresh);
    refresh();
}

BlockSection *AreaEntryPage::section(Block block) const
{
    const auto it = m_sections.find(block);
    return it == m_sections.end() ? nullptr : it->second;
}

void AreaEntryPage::focusLocation(const FieldLocation &location)
{
    if (!location.block)
        return;
    BlockSection *target = section(*location.block);
    QScrollArea *page = m_pageOf.at(*location.block);
    m_groups->setCurrentWidget(page);
    page->ensureWidgetVisible(target);
    target->focusLocation(location);
}

bool AreaEntryPage::focusFirstCount()
{
    for (const auto &[block, page] : m_pageOf) {
        if (page != m_groups->currentWidget())
            continue;
        BlockSection *target = m_sections.at(block);
        if (!target->grid()->isEnabled())
            continue;
        page->ensureWidgetVisible(target->grid());
        target->grid()->focusFirstCount();
        return true;
    }
    return false;
}

int AreaEntryPage::currentGroup() const
{
    return m_groups->currentIndex();
}

void AreaEntryPage::setCurrentGroup(int group)
{
    if (group >= 0 && group < m_groups->count())
        m_groups->setCurrentIndex(group);
}

void AreaEntryPage::refresh()
{
    const bool present = m_current->value() && m_current->value()->area(m_area);
    m_absentNote->setVisible(m_current->value() && !present);
}

} // namespace scwres
