#include "dashboard/dashboardfilterbar.h"

#include "domain/displayformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

DashboardFilterBar::DashboardFilterBar(QWidget *parent) : QWidget(parent)
{
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &DashboardFilterBar::changed);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-89), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat().datePattern());
        connect(edit, &QDateEdit::dateChanged, m_settle, qOverload<>(&QTimer::start));
    }
    // The period cannot run backwards: each end bounds the other.
    m_to->setMinimumDate(m_from->date());
    m_from->setMaximumDate(m_to->date());
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    connect(m_to, &QDateEdit::dateChanged, m_from, &QDateEdit::setMaximumDate);
    m_from->setToolTip(tr("First day of the period (inclusive)"));
    m_to->setToolTip(tr("Last day of the period (inclusive)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    m_tenant = addChoice(tr("All tenants"), tr("Only this tenant's usage"));
    m_useCase = addChoice(tr("All use cases"), tr("Only this use case's usage, feedback and evals"));
    m_model = addChoice(tr("All models"), tr("Only this model's usage (feedback has no model)"));
    m_source = addChoice(tr("All sources"), tr("Only usage from this gateway or file (feedback has no source)"));
    layout->addStretch(1);
}

QComboBox *DashboardFilterBar::addChoice(const QString &allText, const QString &toolTip)
{
    auto *box = new QComboBox(this);
    box->addItem(allText, QString());
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout()->addWidget(box);
    connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    return box;
}

RollupFilter DashboardFilterBar::filter() const
{
    return RollupFilter{m_from->date(),
                        m_to->date(),
                        m_tenant->currentData().toString(),
                        m_useCase->currentData().toString(),
                        m_model->currentData().toString(),
                        m_source->currentData().toString()};
}

void DashboardFilterBar::setRange(const QDate &from, const QDate &to)
{
    m_from->clearMaximumDate();
    m_to->clearMinimumDate();
    m_to->setDate(to); // bounds the start again
    m_from->setDate(from);
}

void DashboardFilterBar::offer(QComboBox *box, const QStringList &keys,
                               const std::function<QString(const QString &)> &label)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &key : keys)
        box->addItem(key.isEmpty() ? tr("(unattributed)") : label(key), key);
    choose(box, current);
}

void DashboardFilterBar::choose(QComboBox *box, const QString &key)
{
    int index = box->findData(key);
    if (index < 0) { // a value not in the data yet (a use case without usage): offer it anyway
        box->addItem(key, key);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void DashboardFilterBar::setDimensions(const RollupDimensions &dimensions, const Portfolio &portfolio)
{
    const auto same = [](const QString &key) { return key; };
    offer(m_tenant, dimensions.tenants, [&portfolio](const QString &key) {
        const Tenant *t = portfolio.tenant(key);
        return t != nullptr && t->name != key ? u"%1 (%2)"_s.arg(t->name, key) : key;
    });
    offer(m_useCase, dimensions.useCases, [&portfolio](const QString &key) {
        const UseCase *u = portfolio.useCase(key);
        return u != nullptr ? u->name : key;
    });
    offer(m_model, dimensions.models, same);
    offer(m_source, dimensions.sources, same);
}

void DashboardFilterBar::setUseCase(const QString &useCaseId)
{
    choose(m_useCase, useCaseId);
}

} // namespace greenlight::ui
