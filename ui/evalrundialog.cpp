#include "evalrundialog.h"

#include "gate/gateengine.h"
#include "gate/gaterules.h"
#include "services/governancerecords.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

EvalRunDialog::EvalRunDialog(app::Workspace &workspace, const QString &useCaseId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_useCaseId(useCaseId)
{
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(useCaseId);
    setWindowTitle(tr("Record eval run — %1").arg(u ? u->name : useCaseId));
    m_route = new QComboBox(this);
    for (const Route &r : p.routes) {
        m_route->addItem(u"%1 v%2 (%3)"_s.arg(r.id).arg(r.version).arg(r.model),
                         QStringList{r.id, QString::number(r.version)});
        if (u && r.id == u->route)
            m_route->setCurrentIndex(m_route->count() - 1); // the newest version of the current route, listed last
    }
    m_date = new QDateEdit(m_workspace.evaluationDay(), this); // the day the gates judge on (UTC)
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayFormat().datePattern());
    m_baseline = new QCheckBox(tr("Approved baseline"), this);
    m_secrets = new QSpinBox(this);
    m_secrets->setRange(0, 1'000'000);
    m_table = new QTableWidget(int(enumCount<EvalCategory>()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Cases"), tr("Passed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    int row = 0;
    for (EvalCategory c : allEnumValues<EvalCategory>()) {
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(enumLabel(c)));
        auto *total = new QSpinBox(m_table);
        auto *passed = new QSpinBox(m_table);
        total->setRange(0, 100'000'000);
        passed->setRange(0, 100'000'000);
        m_table->setCellWidget(row, 0, total);
        m_table->setCellWidget(row, 1, passed);
        m_totals.append(total);
        m_passed.append(passed);
        for (QSpinBox *spin : {total, passed})
            connect(spin, &QSpinBox::valueChanged, this, &EvalRunDialog::updateSummary);
        ++row;
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvalRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvalRunDialog::reject);
    connect(m_route, &QComboBox::currentIndexChanged, this, &EvalRunDialog::updateSummary);
    connect(m_date, &QDateEdit::dateChanged, this, &EvalRunDialog::updateSummary);

    auto *form = new QFormLayout;
    form->addRow(tr("&Route"), m_route);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Cases with live &secrets"), m_secrets);
    form->addRow(QString(), m_baseline);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 520);
    updateSummary();
}

void EvalRunDialog::setCategory(EvalCategory category, int total, int passed)
{
    m_totals[int(category)]->setValue(total);
    m_passed[int(category)]->setValue(passed);
}

EvalRun EvalRunDialog::run() const
{
    EvalRun run;
    const QStringList route = m_route->currentData().toStringList();
    run.route = route.value(0);
    run.routeVersion = route.value(1).toInt();
    run.date = m_date->date();
    run.baseline = m_baseline->isChecked();
    run.secretsFound = m_secrets->value();
    for (EvalCategory c : allEnumValues<EvalCategory>()) {
        const int total = m_totals[int(c)]->value();
        if (total > 0 || m_passed[int(c)]->value() > 0)
            run.results.insert(c, CategoryResult{total, m_passed[int(c)]->value()});
    }
    return run;
}

void EvalRunDialog::updateSummary()
{
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(m_useCaseId);
    if (u == nullptr)
        return;
    const EvalRun entered = run();
    const auto rate = entered.passRatePct();
    if (!rate) {
        m_summary->setText(tr("Enter the cases of each category."));
        return;
    }
    // What the gate will say once the run is recorded: the threshold and regression rules themselves, run on
    // the use case with this run as its latest, so the dialog never decides a rule on its own.
    static const GateTemplate noTemplate;
    const GateTemplate *gate = p.gateTemplate(GateEngine::defaultGateId(*u));
    UseCase withRun = *u;
    withRun.evalRuns.append(entered);
    // As of today, or of the run's own day when it is dated later (else the rules would not see it yet).
    const QDate asOf = std::max(m_workspace.evaluationDay(), entered.date);
    const RuleInput input{p, withRun, gate != nullptr ? *gate : noTemplate, asOf};
    const RuleVerdict threshold = GateRules::evalThreshold(input);
    const RuleVerdict regression = GateRules::evalRegression(input);
    const auto line = [](const RuleVerdict &verdict) {
        return verdict.outcome == RuleOutcome::Fail ? tr("⚠ %1").arg(verdict.explanation.translated())
                                                    : verdict.explanation.translated();
    };
    m_summary->setText(tr("%Ln case(s)", nullptr, entered.totalCases()) + u" · "_s + line(threshold) + u"\n"_s +
                       line(regression));
}

void EvalRunDialog::accept()
{
    const auto recorded = m_workspace.records().recordEvalRun(m_useCaseId, run());
    if (!recorded) {
        m_error->setText(recorded.error().toString());
        return;
    }
    QDialog::accept();
}

} // namespace greenlight::ui
