#include "usecaseeditor.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "optionaldateedit.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;
using namespace greenlight::ui::form;

UseCaseEditor::UseCaseEditor(app::Workspace &workspace, QWidget *parent) : UseCaseSection(workspace, parent)
{
    auto *content = new QWidget;
    createFields(content);
    layOut(content);
    connectTextAndChoices();
    connectNumbersAndDates();
}

QStringList UseCaseEditor::ownerLabels()
{
    return {tr("Product"), tr("Launch"), tr("Engineering"), tr("Support")};
}

void UseCaseEditor::createFields(QWidget *content)
{
    m_name = new QLineEdit(content);
    m_description = new QLineEdit(content);
    m_status = enumBox<LifecycleStatus>(content);
    m_audience = enumBox<Audience>(content);
    m_risk = enumBox<RiskTier>(content);
    for (QComboBox *&box : m_owners)
        box = new QComboBox(content);
    m_outputUser = new QLineEdit(content);
    m_allowedPath = new QLineEdit(content);
    m_humanReview = new QLineEdit(content);
    m_releasePath = enumBox<Endpoint>(content, true);
    m_userWaits = new QCheckBox(tr("A person waits for the answer"), content);
    m_userWaits->setTristate(true);
    for (QSpinBox *&spin : m_scores) {
        spin = new QSpinBox(content);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("not set"));
    }
    m_hoursPerWeek = new QDoubleSpinBox(content);
    m_hoursPerWeek->setRange(-1, 1e6);
    m_hourlyRate = new QDoubleSpinBox(content);
    m_hourlyRate->setRange(-1, 1e6);
    // Dollars where the locale writes its currency sign: "$85.00", "85,00 $".
    const DisplayFormat format;
    m_hourlyRate->setPrefix(format.usdPrefix());
    m_hourlyRate->setSuffix(format.usdSuffix());
    m_beneficiaries = new QSpinBox(content);
    m_beneficiaries->setRange(-1, 100'000'000);
    m_costCap = new QDoubleSpinBox(content);
    m_costCap->setRange(-1, 1e9);
    m_costCap->setPrefix(format.usdPrefix());
    m_costCap->setSuffix(format.usdSuffix());
    m_latency = new QSpinBox(content);
    m_latency->setRange(-1, 86'400'000);
    m_latency->setSuffix(u" ms"_s);
    for (QAbstractSpinBox *spin :
         std::initializer_list<QAbstractSpinBox *>{m_hoursPerWeek, m_hourlyRate, m_beneficiaries, m_costCap, m_latency})
        spin->setSpecialValueText(tr("not set"));
    m_route = new QComboBox(content);
    m_fallback = new QComboBox(content);
    m_toolsAttested = new QCheckBox(tr("Tool actions are authorised in application code"), content);
    m_toolsAttested->setTristate(true);
    m_monitoring = new QCheckBox(tr("Monitoring in place"), content);
    m_monitoring->setTristate(true);
    m_killSwitch = new QLineEdit(content);
    m_killSwitch->setPlaceholderText(tr("feature flag, e.g. ff.support_reply_draft"));
    m_killSwitchTested = new OptionalDateEdit(tr("never"), content);
    m_killSwitchTested->setObjectName(u"killSwitchTested"_s);
    m_rollbackPath = new QLineEdit(content);
    m_rollbackTested = new OptionalDateEdit(tr("never"), content);
    m_rollbackTested->setObjectName(u"rollbackTested"_s);
}

void UseCaseEditor::layOut(QWidget *content)
{
    const auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };
    QFormLayout *identity = group(tr("Use case"));
    identity->addRow(tr("&Name"), m_name);
    identity->addRow(tr("&Description"), m_description);
    identity->addRow(tr("&Status"), m_status);
    identity->addRow(tr("&Audience"), m_audience);
    identity->addRow(tr("&Risk tier"), m_risk);
    QFormLayout *owners = group(tr("Owners"));
    const QStringList ownerLabels = this->ownerLabels();
    for (int i = 0; i < 4; ++i)
        owners->addRow(ownerLabels[i], m_owners[i]);
    QFormLayout *use = group(tr("Use and release"));
    use->addRow(tr("Output user"), m_outputUser);
    use->addRow(tr("Allowed path"), m_allowedPath);
    use->addRow(tr("Human review"), m_humanReview);
    use->addRow(tr("Release path"), m_releasePath);
    use->addRow(QString(), m_userWaits);
    use->addRow(tr("Route"), m_route);
    use->addRow(QString(), m_toolsAttested);
    QFormLayout *value = group(tr("Scoring and ROI"));
    value->addRow(tr("Hours saved (1–5)"), m_scores[0]);
    value->addRow(tr("Complexity (1–5)"), m_scores[1]);
    value->addRow(tr("Blast radius (1–5)"), m_scores[2]);
    value->addRow(tr("Hours saved per week"), m_hoursPerWeek);
    value->addRow(tr("Loaded hourly rate"), m_hourlyRate);
    value->addRow(tr("Beneficiaries"), m_beneficiaries);
    QFormLayout *ops = group(tr("Operations and rollback"));
    ops->addRow(QString(), m_monitoring);
    ops->addRow(tr("Kill switch"), m_killSwitch);
    ops->addRow(tr("Kill switch tested"), m_killSwitchTested);
    ops->addRow(tr("Daily cost cap"), m_costCap);
    ops->addRow(tr("Latency budget"), m_latency);
    ops->addRow(tr("Rollback path"), m_rollbackPath);
    ops->addRow(tr("Fallback route"), m_fallback);
    ops->addRow(tr("Rollback tested"), m_rollbackTested);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (QFormLayout *form : {identity, owners, use})
        left->addWidget(form->parentWidget());
    for (QFormLayout *form : {value, ops})
        right->addWidget(form->parentWidget());
    left->addStretch(1);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(notices());
    contentLayout->addLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void UseCaseEditor::connectTextAndChoices()
{
    // Saved when the user finishes a field; programmatic loads do not emit these signals.
    const auto text = [this](QLineEdit *edit, const QString &what, QString UseCase::*field) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, what, field] { apply(what, [&](UseCase &u) { u.*field = edit->text().trimmed(); }); });
    };
    text(m_name, tr("name"), &UseCase::name);
    text(m_description, tr("description"), &UseCase::description);
    text(m_outputUser, tr("output user"), &UseCase::outputUser);
    text(m_allowedPath, tr("allowed path"), &UseCase::allowedPath);
    text(m_humanReview, tr("human review"), &UseCase::humanReview);
    connect(m_killSwitch, &QLineEdit::editingFinished, this, [this] {
        apply(tr("kill switch"), [&](UseCase &u) { u.operations.killSwitch = m_killSwitch->text().trimmed(); });
    });
    connect(m_rollbackPath, &QLineEdit::editingFinished, this, [this] {
        apply(tr("rollback path"), [&](UseCase &u) { u.rollback.path = m_rollbackPath->text().trimmed(); });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        apply(tr("status"), [&](UseCase &u) { u.status = boxEnum<LifecycleStatus>(m_status).value_or(u.status); });
    });
    connect(m_audience, &QComboBox::activated, this, [this] {
        apply(tr("audience"), [&](UseCase &u) { u.audience = boxEnum<Audience>(m_audience).value_or(u.audience); });
    });
    connect(m_risk, &QComboBox::activated, this, [this] {
        apply(tr("risk tier"), [&](UseCase &u) { u.riskTier = boxEnum<RiskTier>(m_risk).value_or(u.riskTier); });
    });
    const QStringList ownerLabels = this->ownerLabels();
    QString Owners::*ownerFields[4] = {&Owners::product, &Owners::launch, &Owners::engineering, &Owners::support};
    for (int i = 0; i < 4; ++i) {
        connect(m_owners[i], &QComboBox::activated, this, [this, i, field = ownerFields[i], label = ownerLabels[i]] {
            apply(tr("%1 owner").arg(label.toLower()),
                  [&](UseCase &u) { u.owners.*field = m_owners[i]->currentData().toString(); });
        });
    }
    connect(m_releasePath, &QComboBox::activated, this, [this] {
        apply(tr("release path"), [&](UseCase &u) { u.release.path = boxEnum<Endpoint>(m_releasePath); });
    });
    connect(m_userWaits, &QCheckBox::clicked, this, [this] {
        apply(tr("whether a person waits"), [&](UseCase &u) { u.release.userWaits = triState(m_userWaits); });
    });
    connect(m_toolsAttested, &QCheckBox::clicked, this, [this] {
        apply(tr("tool authorisation"), [&](UseCase &u) { u.toolsAttested = triState(m_toolsAttested); });
    });
    connect(m_monitoring, &QCheckBox::clicked, this,
            [this] { apply(tr("monitoring"), [&](UseCase &u) { u.operations.monitoring = triState(m_monitoring); }); });
}

void UseCaseEditor::connectNumbersAndDates()
{
    std::optional<int> Scoring::*scoreFields[3] = {&Scoring::hoursSaved, &Scoring::complexity, &Scoring::blastRadius};
    for (int i = 0; i < 3; ++i) {
        connect(m_scores[i], &QSpinBox::editingFinished, this, [this, i, field = scoreFields[i]] {
            apply(tr("scoring"), [&](UseCase &u) {
                u.scoring.*field = m_scores[i]->value() == 0 ? std::nullopt : std::optional<int>(m_scores[i]->value());
            });
        });
    }
    const auto optionalReal = [](const QDoubleSpinBox *spin) {
        return spin->value() < 0 ? std::nullopt : std::optional<double>(spin->value());
    };
    const auto optionalInt = [](const QSpinBox *spin) {
        return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
    };
    connect(m_hoursPerWeek, &QDoubleSpinBox::editingFinished, this, [=, this] {
        apply(tr("hours saved per week"), [&](UseCase &u) { u.roi.hoursSavedPerWeek = optionalReal(m_hoursPerWeek); });
    });
    connect(m_hourlyRate, &QDoubleSpinBox::editingFinished, this, [=, this] {
        apply(tr("hourly rate"), [&](UseCase &u) { u.roi.loadedHourlyRateUsd = optionalReal(m_hourlyRate); });
    });
    connect(m_beneficiaries, &QSpinBox::editingFinished, this, [=, this] {
        apply(tr("beneficiaries"), [&](UseCase &u) { u.roi.beneficiaries = optionalInt(m_beneficiaries); });
    });
    connect(m_costCap, &QDoubleSpinBox::editingFinished, this, [=, this] {
        apply(tr("daily cost cap"), [&](UseCase &u) { u.operations.dailyCostCapUsd = optionalReal(m_costCap); });
    });
    connect(m_latency, &QSpinBox::editingFinished, this, [=, this] {
        apply(tr("latency budget"), [&](UseCase &u) { u.operations.latencyBudgetMs = optionalInt(m_latency); });
    });
    connect(m_killSwitchTested, &OptionalDateEdit::editingFinished, this, [this] {
        apply(tr("kill switch test date"),
              [&](UseCase &u) { u.operations.killSwitchTested = m_killSwitchTested->date(); });
    });
    connect(m_rollbackTested, &OptionalDateEdit::editingFinished, this, [this] {
        apply(tr("rollback test date"), [&](UseCase &u) { u.rollback.tested = m_rollbackTested->date(); });
    });
    connect(m_route, &QComboBox::activated, this,
            [this] { apply(tr("route"), [&](UseCase &u) { u.route = m_route->currentData().toString(); }); });
    connect(m_fallback, &QComboBox::activated, this, [this] {
        apply(tr("fallback route"),
              [&](UseCase &u) { u.rollback.fallbackRoute = m_fallback->currentData().toString(); });
    });
}

void UseCaseEditor::load(const Portfolio &p, const UseCase &useCase)
{
    const UseCase *u = &useCase;
    m_name->setText(u->name);
    m_description->setText(u->description);
    m_description->setCursorPosition(0);
    selectData(m_status, enumName(u->status));
    selectData(m_audience, enumName(u->audience));
    selectData(m_risk, enumName(u->riskTier));
    const QString owners[4] = {u->owners.product, u->owners.launch, u->owners.engineering, u->owners.support};
    for (int i = 0; i < 4; ++i) {
        m_owners[i]->clear();
        m_owners[i]->addItem(tr("(nobody)"), QString());
        for (const Person &person : p.people)
            m_owners[i]->addItem(person.name, person.id);
        selectData(m_owners[i], owners[i]);
    }
    m_outputUser->setText(u->outputUser);
    m_allowedPath->setText(u->allowedPath);
    m_humanReview->setText(u->humanReview);
    selectData(m_releasePath, u->release.path ? enumName(*u->release.path) : QString());
    setTriState(m_userWaits, u->release.userWaits);
    const std::optional<int> scores[3] = {u->scoring.hoursSaved, u->scoring.complexity, u->scoring.blastRadius};
    for (int i = 0; i < 3; ++i)
        m_scores[i]->setValue(scores[i].value_or(0));
    m_hoursPerWeek->setValue(u->roi.hoursSavedPerWeek.value_or(-1));
    m_hourlyRate->setValue(u->roi.loadedHourlyRateUsd.value_or(-1));
    m_beneficiaries->setValue(u->roi.beneficiaries.value_or(-1));
    QStringList routeIds;
    for (const Route &r : p.routes) {
        if (!routeIds.contains(r.id))
            routeIds.append(r.id);
    }
    for (QComboBox *box : {m_route, m_fallback}) {
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &id : routeIds)
            box->addItem(id, id);
    }
    selectData(m_route, u->route);
    selectData(m_fallback, u->rollback.fallbackRoute);
    setTriState(m_toolsAttested, u->toolsAttested);
    setTriState(m_monitoring, u->operations.monitoring);
    m_killSwitch->setText(u->operations.killSwitch);
    m_killSwitchTested->setDate(u->operations.killSwitchTested);
    m_costCap->setValue(u->operations.dailyCostCapUsd.value_or(-1));
    m_latency->setValue(u->operations.latencyBudgetMs.value_or(-1));
    m_rollbackPath->setText(u->rollback.path);
    m_rollbackTested->setDate(u->rollback.tested);
}

} // namespace greenlight::ui
