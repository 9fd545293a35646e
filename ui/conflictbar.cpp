#include "conflictbar.h"

#include "portfolio/portfoliodiff.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

void collect(const QJsonObject &yours, const QJsonObject &theirs, const QString &prefix, QStringList &lines)
{
    for (auto it = yours.constBegin(); it != yours.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue stored = theirs.value(it.key());
        if (it.value().isObject() && stored.isObject()) {
            collect(it.value().toObject(), stored.toObject(), path, lines);
            continue;
        }
        lines.append(ConflictBar::tr("%1: yours %2, stored %3")
                         .arg(path, PortfolioDiff::compact(it.value()), PortfolioDiff::compact(stored)));
    }
}

} // namespace

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_reload(new QPushButton(tr("&Reload"), this)),
      m_applyMine(new QPushButton(tr("Apply &mine"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setToolTip(tr("Drop your value and show what is stored now"));
    m_applyMine->setToolTip(tr("Save your value onto what is stored now; other fields keep theirs"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_applyMine);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        m_conflict.reset();
        Q_EMIT reloadRequested();
    });
    connect(m_applyMine, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT applyMineRequested();
    });
    hide();
}

QStringList ConflictBar::fieldLines(const UseCaseConflict &conflict)
{
    QStringList lines;
    collect(conflict.yours, conflict.theirs, QString(), lines);
    return lines;
}

void ConflictBar::showConflict(const QString &what, const UseCaseConflict &conflict, const Portfolio &portfolio)
{
    m_conflict = conflict;
    m_text->setText(tr("Your change of the %1 was not saved: %2 %3.\n%4")
                        .arg(what, conflict.useCaseId, conflict.describe(portfolio, false, DisplayFormat()),
                             fieldLines(conflict).join(u'\n')));
    show();
}

} // namespace greenlight::ui
