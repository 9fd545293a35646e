#include "runbookeditor.h"

#include "optionaldateedit.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

RunbookEditor::RunbookEditor(app::Workspace &workspace, QWidget *parent) : UseCaseSection(workspace, parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(tr("# Runbook\n\nWhat support does when the answer is wrong, when a prompt injection "
                                  "is suspected, when a batch fails, and whom to escalate to."));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_preview = new QTextBrowser(this);
    m_preview->setOpenExternalLinks(true);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->setMarkdown(m_text->toPlainText()); });
    connect(m_text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));

    auto *covers = new QGroupBox(tr("Covers"), this);
    auto *coversLayout = new QVBoxLayout(covers);
    for (RunbookTopic topic : allEnumValues<RunbookTopic>()) {
        auto *box = new QCheckBox(enumLabel(topic), covers);
        coversLayout->addWidget(box);
        m_topics.insert(topic, box);
        connect(box, &QCheckBox::toggled, this, [this, topic](bool on) {
            applyRunbook(tr("runbook topics"), [&](Runbook &r) {
                r.covers.removeAll(topic);
                if (on)
                    r.covers.append(topic);
            });
        });
    }
    coversLayout->addStretch(1);
    auto *onCall = new QGroupBox(tr("On call"), this);
    m_onCall = new QListWidget(onCall);
    m_onCall->setToolTip(tr("Support must not depend on one engineer being online: name at least two people"));
    auto *onCallLayout = new QVBoxLayout(onCall);
    onCallLayout->addWidget(m_onCall);
    connect(m_onCall, &QListWidget::itemChanged, this, [this] {
        QStringList people;
        for (int i = 0; i < m_onCall->count(); ++i) {
            if (m_onCall->item(i)->checkState() == Qt::Checked)
                people.append(m_onCall->item(i)->data(Qt::UserRole).toString());
        }
        applyRunbook(tr("on-call people"), [&](Runbook &r) { r.onCall = people; });
    });

    // When the team last walked through the runbook: a review ages (the policy's runbook_review, 180 days).
    auto *reviewedBox = new QGroupBox(tr("Last reviewed"), this);
    m_reviewed = new OptionalDateEdit(tr("not recorded"), reviewedBox);
    m_reviewed->setObjectName(u"runbookReviewed"_s);
    m_reviewed->setToolTip(tr("The day the team last walked through this runbook (YYYY-MM-DD); it counts for as many "
                              "days as the policy allows"));
    auto *reviewedLayout = new QVBoxLayout(reviewedBox);
    reviewedLayout->addWidget(m_reviewed);
    connect(m_reviewed, &OptionalDateEdit::editingFinished, this, [this] {
        const QDate day = m_reviewed->date();
        applyRunbook(tr("runbook review date"), [&](Runbook &r) { r.reviewed = day; });
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_preview);
    auto *side = new QVBoxLayout;
    side->addWidget(covers);
    side->addWidget(reviewedBox);
    side->addWidget(onCall, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(splitter, 3);
    columns->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notices());
    layout->addLayout(columns);
}

bool RunbookEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        commitText();
    return UseCaseSection::eventFilter(watched, event);
}

void RunbookEditor::commitText()
{
    if (!m_text->document()->isModified())
        return;
    m_text->document()->setModified(false);
    const QString text = m_text->toPlainText();
    applyRunbook(tr("runbook text"), [&](Runbook &r) { r.text = text; });
}

void RunbookEditor::applyRunbook(const QString &what, const std::function<void(Runbook &)> &change)
{
    apply(what, [&](UseCase &u) {
        Runbook runbook = u.runbook.value_or(Runbook{});
        change(runbook);
        // A runbook with no text, no topics and nobody on call is no runbook at all.
        if (runbook.text.trimmed().isEmpty() && runbook.covers.isEmpty() && runbook.onCall.isEmpty())
            u.runbook.reset();
        else
            u.runbook = runbook;
    });
}

void RunbookEditor::load(const Portfolio &p, const UseCase &u)
{
    const Runbook runbook = u.runbook.value_or(Runbook{});
    // Text being typed (not yet saved) stays; commitPending() saves it before another use case loads.
    if (!m_text->document()->isModified() && m_text->toPlainText() != runbook.text) {
        m_text->setPlainText(runbook.text);
        m_text->document()->setModified(false);
    }
    m_previewTimer->stop();
    m_preview->setMarkdown(m_text->toPlainText());
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it)
        it.value()->setChecked(runbook.covers.contains(it.key()));
    m_reviewed->setDate(runbook.reviewed);
    m_onCall->clear();
    for (const Person &person : p.people) {
        QStringList roles;
        for (Role r : person.roles)
            roles.append(enumLabel(r));
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(person.name, roles.join(u", "_s)), m_onCall);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(runbook.onCall.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace greenlight::ui
