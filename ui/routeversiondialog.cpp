#include "routeversiondialog.h"

#include "formwidgets.h"
#include "services/governancerecords.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace greenlight::ui::form;
using namespace Qt::StringLiterals;

RouteVersionDialog::RouteVersionDialog(app::Workspace &workspace, const Route &start, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    const bool isNew = start.id.isEmpty();
    setWindowTitle(isNew ? tr("New route") : tr("New version of %1").arg(start.id));
    m_id = new QLineEdit(start.id, this);
    m_id->setReadOnly(!isNew);
    m_id->setPlaceholderText(tr("e.g. support-drafts"));
    m_provider = new QLineEdit(start.provider, this);
    m_model = new QLineEdit(start.model, this);
    m_endpoint = enumBox<Endpoint>(this);
    selectData(m_endpoint, enumName(start.endpoint));
    m_prompt = new QLineEdit(start.promptVersion, this);
    m_corpus = new QLineEdit(start.retrievalCorpus, this);
    m_toolSchema = new QLineEdit(start.toolSchemaVersion, this);
    m_fallback = new QComboBox(this);
    m_fallback->addItem(tr("(none)"), QString());
    QStringList ids;
    for (const Route &r : workspace.portfolio().routes) {
        if (!ids.contains(r.id) && r.id != start.id) {
            ids.append(r.id);
            m_fallback->addItem(r.id, r.id);
        }
    }
    selectData(m_fallback, start.fallbackRoute);
    m_use = new QCheckBox(tr("Use this route for the selected use case"), this);
    m_use->setChecked(isNew);
    m_use->setVisible(isNew);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Route &id"), m_id);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("&Model"), m_model);
    form->addRow(tr("&Endpoint"), m_endpoint);
    form->addRow(tr("Prompt &version"), m_prompt);
    form->addRow(tr("Retrieval &corpus"), m_corpus);
    form->addRow(tr("&Tool schema version"), m_toolSchema);
    form->addRow(tr("&Fallback route"), m_fallback);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_use);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (isNew ? m_id : m_model)->setFocus();
}

bool RouteVersionDialog::useForUseCase() const
{
    return m_use->isVisible() && m_use->isChecked();
}

void RouteVersionDialog::accept()
{
    Route route;
    route.id = m_id->text();
    route.provider = m_provider->text();
    route.model = m_model->text();
    route.endpoint = boxEnum<Endpoint>(m_endpoint).value_or(Endpoint::Live);
    route.promptVersion = m_prompt->text();
    route.retrievalCorpus = m_corpus->text();
    route.toolSchemaVersion = m_toolSchema->text();
    route.fallbackRoute = m_fallback->currentData().toString();
    const auto stored = m_workspace.records().addRouteVersion(route);
    if (!stored) {
        m_error->setText(stored.error().toString());
        m_error->show();
        return;
    }
    m_stored = *stored;
    QDialog::accept();
}

} // namespace greenlight::ui
