#include "dataloggingeditor.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "gate/dataapprovalrules.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace greenlight::ui::form;
using namespace Qt::StringLiterals;

namespace {

QString roleList(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(enumLabel(r));
    return names.join(u", "_s);
}

/// @p expired: the approvals an approved class rests on that no longer count (DataApprovalRules::expiredApprovals).
QString describe(DataClass dataClass, const DataClassStatus &status, const QList<DataApproval> &expired)
{
    using State = DataClassStatus::State;
    switch (status.state) {
    case State::Approved:
        if (!expired.isEmpty()) {
            QList<Role> roles;
            for (const DataApproval &a : expired)
                roles.append(a.role);
            return DataLoggingEditor::tr("approved by %1 on %2 — expired, renew")
                .arg(roleList(roles), DisplayFormat().date(expired.first().date));
        }
        return DataApprovalRules::requiredRoles(dataClass).isEmpty()
                   ? DataLoggingEditor::tr("no approval needed")
                   : DataLoggingEditor::tr("approved by %1").arg(roleList(DataApprovalRules::requiredRoles(dataClass)));
    case State::Pending: return DataLoggingEditor::tr("waiting for %1").arg(roleList(status.missingRoles));
    case State::Rejected:
        return DataLoggingEditor::tr("rejected by %1 (%2)")
            .arg(status.rejection ? status.rejection->person : QString(),
                 status.rejection ? enumLabel(status.rejection->role) : QString());
    case State::Denied: return DataLoggingEditor::tr("can never be approved");
    }
    return {};
}

const char *const kRetentionLabels[3] = {
    QT_TRANSLATE_NOOP("greenlight::ui::DataLoggingEditor", "Debug logs"),
    QT_TRANSLATE_NOOP("greenlight::ui::DataLoggingEditor", "Abuse review"),
    QT_TRANSLATE_NOOP("greenlight::ui::DataLoggingEditor", "Eval metadata"),
};

} // namespace

DataLoggingEditor::DataLoggingEditor(app::Workspace &workspace, QWidget *parent) : UseCaseSection(workspace, parent)
{
    auto *classes = new QGroupBox(tr("Input data classes"), this);
    auto *grid = new QGridLayout(classes);
    int row = 0;
    for (DataClass c : allEnumValues<DataClass>()) {
        auto *box = new QCheckBox(enumLabel(c), classes);
        auto *state = new QLabel(classes);
        state->setTextFormat(Qt::PlainText);
        grid->addWidget(box, row, 0);
        grid->addWidget(state, row, 1);
        m_classes.insert(c, box);
        m_classStates.insert(c, state);
        ++row;
        connect(box, &QCheckBox::toggled, this, [this, c](bool on) {
            apply(tr("data classes"), [&](UseCase &u) {
                u.dataClasses.removeAll(c);
                if (on)
                    u.dataClasses.append(c);
            });
        });
    }
    auto *hint = new QLabel(tr("Security, legal and compliance decide in the Data approvals view."), classes);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    grid->addWidget(hint, row, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    m_logging = new QGroupBox(tr("Logging policy recorded"), this);
    m_logging->setCheckable(true);
    m_logging->setToolTip(tr("Uncheck when the use case has no logging policy yet (the logging.policy rule fails)"));
    m_prompts = enumBox<LogMode>(m_logging);
    m_responses = enumBox<LogMode>(m_logging);
    m_rawApprovedBy = new QComboBox(m_logging);
    auto *form = new QFormLayout(m_logging);
    form->addRow(tr("&Prompts"), m_prompts);
    form->addRow(tr("&Responses"), m_responses);
    form->addRow(tr("Raw retention approved by"), m_rawApprovedBy);
    for (int i = 0; i < 3; ++i) {
        m_retention[i] = new QSpinBox(m_logging);
        m_retention[i]->setRange(-1, 36500);
        m_retention[i]->setSpecialValueText(tr("not set"));
        m_retention[i]->setSuffix(tr(" days"));
        form->addRow(tr("Retention: %1").arg(tr(kRetentionLabels[i])), m_retention[i]);
        connect(m_retention[i], &QSpinBox::editingFinished, this, [this] { applyLogging(tr("retention")); });
    }
    connect(m_logging, &QGroupBox::clicked, this, [this](bool on) {
        apply(tr("logging policy"), [&](UseCase &u) {
            if (!on)
                u.logging.reset();
            else if (!u.logging)
                u.logging = LoggingPolicy{};
        });
    });
    connect(m_prompts, &QComboBox::activated, this, [this] { applyLogging(tr("prompt logging")); });
    connect(m_responses, &QComboBox::activated, this, [this] { applyLogging(tr("response logging")); });
    connect(m_rawApprovedBy, &QComboBox::activated, this, [this] { applyLogging(tr("raw retention approver")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notices());
    auto *columns = new QHBoxLayout;
    columns->addWidget(classes, 1, Qt::AlignTop);
    columns->addWidget(m_logging, 1, Qt::AlignTop);
    layout->addLayout(columns);
    layout->addStretch(1);
}

void DataLoggingEditor::applyLogging(const QString &what)
{
    apply(what, [&](UseCase &u) {
        LoggingPolicy policy = u.logging.value_or(LoggingPolicy{});
        policy.prompts = boxEnum<LogMode>(m_prompts).value_or(policy.prompts);
        policy.responses = boxEnum<LogMode>(m_responses).value_or(policy.responses);
        policy.rawApprovedBy = m_rawApprovedBy->currentData().toString();
        std::optional<int> RetentionDays::*fields[3] = {&RetentionDays::debug, &RetentionDays::abuseReview,
                                                        &RetentionDays::evalMetadata};
        for (int i = 0; i < 3; ++i) {
            const int days = m_retention[i]->value();
            policy.retentionDays.*fields[i] = days < 0 ? std::nullopt : std::optional<int>(days);
        }
        u.logging = policy;
    });
}

void DataLoggingEditor::load(const Portfolio &p, const UseCase &u)
{
    // Judged on the session's day, as the gate is: an approval older than the policy allows no longer counts.
    const QDate today = workspace().evaluationDay();
    const int maxAge = p.policy.evidenceMaxAge.dataApprovalDays;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it) {
        const bool selected = u.dataClasses.contains(it.key());
        it.value()->setChecked(selected);
        QLabel *state = m_classStates.value(it.key());
        const DataClassStatus status = DataApprovalRules::status(u, it.key(), today);
        const QList<DataApproval> expired =
            selected ? DataApprovalRules::expiredApprovals(status, maxAge, today) : QList<DataApproval>();
        state->setText(selected ? describe(it.key(), status, expired) : QString());
        // Said in words first; red as well, since the gate fails on it (data.approved).
        state->setStyleSheet(expired.isEmpty() ? QString()
                                               : u"QLabel { color: %1; }"_s.arg(verdictColour(false).name()));
        state->setToolTip(expired.isEmpty() ? QString()
                                            : tr("An approval counts for %n day(s) (the policy's "
                                                 "evidence_max_age_days.data_approval); data.approved fails until it "
                                                 "is renewed in the Data approvals view.",
                                                 nullptr, maxAge));
    }
    m_logging->setChecked(u.logging.has_value());
    const LoggingPolicy policy = u.logging.value_or(LoggingPolicy{});
    selectData(m_prompts, enumName(policy.prompts));
    selectData(m_responses, enumName(policy.responses));
    m_rawApprovedBy->clear();
    m_rawApprovedBy->addItem(tr("(nobody)"), QString());
    for (const Person &person : p.people) {
        // Those who may approve, and whoever is recorded now (even if no longer allowed: the gate says so).
        if (DataApprovalRules::mayApproveRawLogging(person) || person.id == policy.rawApprovedBy)
            m_rawApprovedBy->addItem(person.name, person.id);
    }
    selectData(m_rawApprovedBy, policy.rawApprovedBy);
    const std::optional<int> days[3] = {policy.retentionDays.debug, policy.retentionDays.abuseReview,
                                        policy.retentionDays.evalMetadata};
    for (int i = 0; i < 3; ++i)
        m_retention[i]->setValue(days[i].value_or(-1));
}

} // namespace greenlight::ui
