// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanDocument.h"

#include "export/ChartText.h"

#include <QCoreApplication>
#include <QLocale>

namespace scwres {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("scwres::PlanDocument", text, disambiguation, n);
}

// Builds the block list; one method per part of the template, in its order.
class Builder {
public:
    explicit Builder(const PlanDocumentInput &input)
        : m_input(input)
        , m_plan(input.plan)
    {
    }

    PlanDocument build()
    {
        const PlanHeader &header = m_plan.header;
        m_doc.authority = header.authorityName;
        m_doc.year = m_plan.year;
        m_doc.signedOff = m_plan.isSignedOff();
        m_doc.title = tr("SC-WRES action plan %1").arg(m_plan.year);
        m_doc.fileTitle = tr("%1: %2").arg(header.authorityName, m_doc.title);
        m_doc.runningHeader = m_doc.signedOff
            ? tr("%1 · %2").arg(header.authorityName, m_doc.title)
            : tr("%1 · %2 · NOT YET SIGNED OFF").arg(header.authorityName, m_doc.title);
        // The figures the plan cites come from a draft return: every page says so.
        if (m_input.report && m_input.report->draft)
            m_doc.runningHeader += tr(" · DRAFT FIGURES");

        frontPage();
        headerTable();
        evaluation();
        for (int section = 1; section <= kPlanSectionCount; ++section)
            metricSection(section);
        otherActivities();
        staffEngagement();
        signOff();
        supportingResources();
        return std::move(m_doc);
    }

private:
    void add(PlanBlock::Kind kind, const QString &text)
    {
        PlanBlock block;
        block.kind = kind;
        block.text = text;
        m_doc.blocks.push_back(std::move(block));
    }
    void add(PlanTable table)
    {
        PlanBlock block;
        block.kind = PlanBlock::Kind::Table;
        block.table = std::move(table);
        m_doc.blocks.push_back(std::move(block));
    }
    // The plan's own words, or a visible "Not completed." where the lead has written nothing.
    void answer(const QString &text)
    {
        if (text.trimmed().isEmpty())
            add(PlanBlock::Kind::Missing, tr("Not completed."));
        else
            add(PlanBlock::Kind::Text, text.trimmed());
    }
    static QString orMissing(const QString &text) { return text.trimmed().isEmpty() ? tr("Not completed") : text.trimmed(); }

    void frontPage()
    {
        add(PlanBlock::Kind::Title, m_doc.title);
        add(PlanBlock::Kind::Subtitle, m_plan.header.authorityName);
        if (m_plan.isSignedOff()) {
            const SignOff &s = *m_plan.signOff;
            add(PlanBlock::Kind::Text, tr("Signed off by %1 (%2) on %3.")
                                           .arg(orMissing(s.name), orMissing(s.role), planDateText(s.date)));
        } else {
            // In words as well as in the box's weight: a printed, photocopied draft still says it.
            add(PlanBlock::Kind::Banner, tr("NOT YET SIGNED OFF"));
            add(PlanBlock::Kind::Text, tr("This is a draft. It has not been signed off by the senior sponsor and "
                                          "must not be read as the authority's agreed plan."));
        }
        if (!m_plan.reopenings.empty()) {
            const Reopening &last = m_plan.reopenings.back();
            add(PlanBlock::Kind::Text, tr("Reopened for changes on %1 by %2 (see Sign-off).")
                                           .arg(planDateText(last.date), orMissing(last.by)));
        }
        if (m_plan.startedFromYear > 0)
            add(PlanBlock::Kind::Prompt, tr("Started from the %1 action plan.").arg(m_plan.startedFromYear));
        if (m_input.madeOn.isValid())
            add(PlanBlock::Kind::Prompt, tr("Made on %1 with SC-WRES desktop.").arg(planDateText(m_input.madeOn)));
    }

    void headerTable()
    {
        const PlanHeader &h = m_plan.header;
        add(PlanBlock::Kind::Heading1, tr("Plan details"));
        PlanTable table;
        table.labelColumn = true;
        table.widths = {45, 55};
        table.rows = {
            {tr("Name of local authority"), orMissing(h.authorityName)},
            {tr("Senior Director responsible for the SC-WRES (sponsor)"), orMissing(h.sponsor)},
            {tr("Local authority programme lead"), orMissing(h.programmeLead)},
            {tr("Staff voice lead"), orMissing(h.staffVoiceLead)},
            {tr("Principal Social Worker, adults"), orMissing(h.principalSocialWorkerAdults)},
            {tr("Principal Social Worker, children"), orMissing(h.principalSocialWorkerChildren)},
            {tr("Number of (direct) employees"), employeesText()},
        };
        add(std::move(table));
    }

    // The return's combined headcount (metric 1's whole workforce) by default, saying so; a
    // different figure the lead typed is labelled as theirs, with the return's beside it, so the
    // plan and the data report never disagree without a reason on the page.
    QString employeesText() const
    {
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        const std::optional<int> &entered = m_plan.header.directEmployees;
        std::optional<long long> headcount;
        if (m_input.report && m_input.report->payBands.collected)
            headcount = m_input.report->payBands.workforce.counts.total();
        if (headcount && !m_input.headcountWithheld.isEmpty()) {
            // A figure the lead typed is theirs to publish, unless it is the hidden headcount itself.
            if (entered && *entered != *headcount)
                return tr("%1 (entered by the programme lead)").arg(uk.toString(*entered));
            return m_input.headcountWithheld;
        }
        if (headcount && (!entered || *entered == *headcount))
            return tr("%1 (the %2 return's headcount, metric 1)").arg(uk.toString(*headcount)).arg(m_plan.year);
        if (entered && headcount)
            return tr("%1 (entered by the programme lead; the %2 return's headcount is %3)")
                .arg(uk.toString(*entered))
                .arg(m_plan.year)
                .arg(uk.toString(*headcount));
        if (entered)
            return tr("%1 (entered by the programme lead)").arg(uk.toString(*entered));
        return tr("Not completed");
    }

    void evaluation()
    {
        add(PlanBlock::Kind::Heading1, tr("Evaluation and review"));
        add(PlanBlock::Kind::Prompt,
            tr("How this action plan will be evaluated and continually reviewed."));
        answer(m_plan.evaluation);
        add(PlanBlock::Kind::Heading2, tr("Learning from last year's plan"));
        add(PlanBlock::Kind::Prompt, tr("Learning from implementing last year's action plan."));
        answer(m_plan.learningFromLastYear);
        if (m_plan.lastYearEvaluation.empty())
            return;
        add(PlanBlock::Kind::Heading2, tr("Evaluation of last year's actions"));
        add(PlanBlock::Kind::Prompt,
            m_plan.startedFromYear > 0
                ? tr("Each action of the %1 plan, with its final status and what happened.").arg(m_plan.startedFromYear)
                : tr("Each action of last year's plan, with its final status and what happened."));
        PlanTable table;
        table.headers = {tr("Metric"), tr("Action"), tr("Final status"), tr("Carried forward"), tr("Outcome")};
        table.widths = {9, 35, 14, 12, 30};
        for (const EvaluationEntry &row : m_plan.lastYearEvaluation)
            table.rows.push_back({QString::number(row.section), orMissing(row.details),
                                  actionStatusText(row.finalStatus),
                                  row.carriedForward ? tr("Yes, into this plan") : tr("No"),
                                  row.outcome.trimmed().isEmpty() ? QStringLiteral("—") : row.outcome.trimmed()});
        add(std::move(table));
    }

    QString statusCell(const PlanAction &action) const
    {
        QStringList lines{actionStatusText(action.status)};
        if (action.start.isValid())
            lines << tr("Start %1").arg(planDateText(action.start));
        if (action.due.isValid())
            lines << tr("Due %1").arg(planDateText(action.due));
        if (!action.rolledOverFrom.isEmpty())
            lines << (m_plan.startedFromYear > 0 ? tr("Carried over from %1").arg(m_plan.startedFromYear)
                                                 : tr("Carried over from last year"));
        return lines.join(QLatin1Char('\n'));
    }

    void metricSection(int number)
    {
        const MetricSection &section = m_plan.section(number);
        add(PlanBlock::Kind::Heading1, planSectionHeading(number));
        m_doc.blocks.back().newPage = true;
        add(PlanBlock::Kind::Prompt, sectionWording(number));
        add(PlanBlock::Kind::Text, indicatorLine(number));
        add(PlanBlock::Kind::Heading2, tr("Data narrative"));
        answer(section.narrative);

        add(PlanBlock::Kind::Heading2, tr("Actions"));
        if (section.actions.empty()) {
            add(PlanBlock::Kind::Missing, tr("No actions for this metric in this plan."));
        } else {
            PlanTable table;
            table.headers = {tr("Details of the action you'll take to identify change in this metric"),
                             tr("Timescale to start seeing a change"),
                             tr("How you'll know that this action is achieved"), tr("Lead"), tr("Status")};
            table.widths = {28, 14, 26, 15, 17}; // "Timescale" whole in its column
            for (const PlanAction &action : section.actions)
                table.rows.push_back({orMissing(action.details), orMissing(action.timescale),
                                      orMissing(action.successMeasure), orMissing(action.lead), statusCell(action)});
            add(std::move(table));
        }

        // The template's last part of every metric.
        add(PlanBlock::Kind::Heading2, tr("Additional charts and any further detail"));
        bool charted = false;
        if (section.attachChart && m_input.report) {
            if (auto chart = planSectionChart(number, *m_input.report, m_input.populationPercent)) {
                PlanBlock block;
                block.kind = PlanBlock::Kind::Chart;
                block.chart = std::move(chart);
                block.text = std::visit([](const auto &data) { return data.labels.title; }, *block.chart);
                const QString summary = ChartText::summary(*block.chart);
                m_doc.blocks.push_back(std::move(block));
                // What the chart shows, in words, for readers who cannot see it (every format).
                add(PlanBlock::Kind::Prompt, summary);
                charted = true;
            }
        }
        if (!charted)
            add(PlanBlock::Kind::Missing, tr("No chart attached to this metric."));
    }

    // "Indicator 2: Appointed from shortlist": the template's line under each metric's wording.
    static QString indicatorLine(int number)
    {
        static const char *const names[] = {
            QT_TRANSLATE_NOOP("PlanDocument", "Pay bands"),
            QT_TRANSLATE_NOOP("PlanDocument", "Appointed from shortlist"),
            QT_TRANSLATE_NOOP("PlanDocument", "Disciplinary process"),
            QT_TRANSLATE_NOOP("PlanDocument", "Fitness to practise"),
            QT_TRANSLATE_NOOP("PlanDocument", "Funded non-mandatory continuous professional development"),
            QT_TRANSLATE_NOOP("PlanDocument",
                              "Harassment, bullying or abuse from people who use social care, relatives or the "
                              "public in the last 12 months"),
            QT_TRANSLATE_NOOP("PlanDocument",
                              "Harassment, bullying or abuse from colleagues or managers in the last 12 months"),
            QT_TRANSLATE_NOOP("PlanDocument", "Turnover of directly employed staff in the last 12 months"),
            QT_TRANSLATE_NOOP("PlanDocument", "Senior management membership roles"),
        };
        if (number < 1 || number > 9)
            return QString();
        return tr("Indicator %1: %2").arg(number).arg(tr(names[number - 1]));
    }

    // The template's closing table: Skills for Care's resources for each metric.
    void supportingResources()
    {
        add(PlanBlock::Kind::Heading1, tr("Supporting resources"));
        m_doc.blocks.back().newPage = true;
        PlanTable table;
        table.headers = {tr("Resource"), tr("What it offers"), tr("For"), tr("Where")};
        table.widths = {24, 40, 12, 24};
        table.labelColumn = true;
        table.rows = {
            {tr("Recruitment support webpages"),
             tr("Tools and resources to recruit and retain people with the right values: recruitment planning, "
                "attracting people, values-based recruitment."),
             tr("Metrics 1 and 2"), QStringLiteral("www.skillsforcare.org.uk/RecruitmentSupport")},
            {tr("Supporting a diverse workforce: understanding racism"),
             tr("Guidance for leaders and managers on supporting a diverse workforce."), tr("Metrics 1 and 2"),
             QStringLiteral("www.skillsforcare.org.uk/Supporting-a-diverse-workforce/Understanding-racism")},
            {tr("A positive culture toolkit for adult social care"),
             tr("Support at each stage of establishing, maintaining and improving an inclusive, compassionate and "
                "collaborative workplace culture."),
             tr("Metric 3"), QStringLiteral("www.skillsforcare.org.uk/CultureToolkit")},
            {tr("The SC-WRES report 2023"), tr("The national SC-WRES findings."), tr("All metrics"),
             QStringLiteral("www.skillsforcare.org.uk/SC-WRES-Report-2023")},
            {tr("LGBTQ+ learning framework"), tr("Other useful links."), tr("All metrics"),
             QStringLiteral("www.skillsforcare.org.uk/LGBTQ-learning-framework")},
        };
        add(std::move(table));
    }

    void otherActivities()
    {
        add(PlanBlock::Kind::Heading1, tr("Other actions and activities"));
        m_doc.blocks.back().newPage = true;
        add(PlanBlock::Kind::Prompt, tr("Any other actions or activities that will be rolled out to support the SC-WRES."));
        answer(m_plan.otherActions);
    }

    void staffEngagement()
    {
        add(PlanBlock::Kind::Heading1, tr("Staff engagement"));
        PlanTable table;
        table.labelColumn = true;
        table.widths = {45, 55};
        QString answerText;
        switch (m_plan.staffEngagement.hasPlanOrPolicy) {
        case YesNo::Yes: answerText = tr("Yes"); break;
        case YesNo::No: answerText = tr("No"); break;
        case YesNo::Unanswered: answerText = tr("Not answered"); break;
        }
        table.rows = {{tr("Do you have a staff engagement plan or policy?"), answerText}};
        add(std::move(table));
        add(PlanBlock::Kind::Prompt, tr("Key points from the staff engagement plan or policy."));
        answer(m_plan.staffEngagement.keyPoints);
    }

    void signOff()
    {
        add(PlanBlock::Kind::Heading1, tr("Sign-off"));
        PlanTable table;
        table.labelColumn = true;
        table.widths = {45, 55};
        if (m_plan.isSignedOff()) {
            const SignOff &s = *m_plan.signOff;
            table.rows = {{tr("Action plan signed off by"), orMissing(s.name)},
                          {tr("Position / Role"), orMissing(s.role)},
                          {tr("Date"), planDateText(s.date)}};
            add(std::move(table));
        } else {
            add(PlanBlock::Kind::Banner, tr("NOT YET SIGNED OFF"));
            // Blank lines to sign on paper: the draft is what goes to the sponsor.
            table.rows = {{tr("Action plan signed off by"), QString()},
                          {tr("Position / Role"), QString()},
                          {tr("Date"), QString()},
                          {tr("Signature"), QString()}};
            add(std::move(table));
        }
        if (m_plan.reopenings.empty())
            return;
        add(PlanBlock::Kind::Heading2, tr("Reopenings"));
        add(PlanBlock::Kind::Prompt, tr("Times this plan was signed off and then reopened for changes."));
        PlanTable reopened;
        reopened.headers = {tr("Date"), tr("Reopened by"), tr("Reason"), tr("Sign-off set aside")};
        reopened.widths = {16, 20, 34, 30};
        for (const Reopening &r : m_plan.reopenings)
            reopened.rows.push_back({planDateText(r.date), orMissing(r.by), orMissing(r.reason),
                                     tr("%1, %2, %3")
                                         .arg(orMissing(r.previousSignOff.name), orMissing(r.previousSignOff.role),
                                              planDateText(r.previousSignOff.date))});
        add(std::move(reopened));
    }

    const PlanDocumentInput &m_input;
    const ActionPlan &m_plan;
    PlanDocument m_doc;
};

} // namespace

int PlanTable::columnCount() const
{
    int count = static_cast<int>(headers.size());
    for (const QStringList &row : rows)
        count = std::max(count, static_cast<int>(row.size()));
    return count;
}

PlanDocument buildPlanDocument(const PlanDocumentInput &input)
{
    return Builder(input).build();
}

std::optional<ChartSpec> planSectionChart(int section, const MetricReport &report,
                                          std::optional<double> populationPercent)
{
    if (section == 1) {
        PayBandChartData data = payBandChartData(report);
        if (!data.collected || data.bars.empty())
            return std::nullopt;
        return ChartSpec{std::move(data)};
    }
    if (section == 9) {
        SeniorManagerChartData data = seniorManagerChartData(report, populationPercent);
        if (!data.percentSenior && !data.percentWorkforce)
            return std::nullopt;
        return ChartSpec{std::move(data)};
    }
    LikelihoodChartData data = likelihoodChartData(report, sectionMetrics(section));
    if (data.bars.empty())
        return std::nullopt;
    // The chart data names a set of several metrics "metrics 2 to 8"; on metric 7's page it
    // shows 7a and 7b only, and says so.
    if (section == 7)
        data.labels.title = tr("Metric 7: likelihood of minority ethnic and of white staff to report harassment, "
                               "bullying or abuse from colleagues (7a) or managers (7b)");
    return ChartSpec{std::move(data)};
}

std::vector<PlanParagraph> planParagraphs(const QString &text)
{
    std::vector<PlanParagraph> paragraphs;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool item = line.startsWith(QLatin1String("- ")) || line.startsWith(QStringLiteral("\u2022 "))
            || line == QLatin1String("-");
        paragraphs.push_back({item ? line.mid(1).trimmed() : line, item});
    }
    return paragraphs;
}

QString planSectionHeading(int section)
{
    const std::vector<MetricId> metrics = sectionMetrics(section);
    const QString title = section == 7 ? tr("Harassment from colleagues or managers")
                                       : (metrics.empty() ? QString() : metricShortTitle(metrics.front()));
    return tr("%1: %2").arg(sectionTitle(section), title);
}

QString planDateText(const QDate &date)
{
    if (!date.isValid())
        return tr("no date");
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace scwres
