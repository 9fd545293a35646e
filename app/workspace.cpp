#include "workspace.h"

#include "gate/dataapprovalservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QFile>
#include <QSaveFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

Workspace::Workspace(QObject *parent) : QObject(parent)
{
}

Workspace::~Workspace() = default;

Status Workspace::open(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        return std::unexpected(db.error());
    const Result<Portfolio> portfolio = PortfolioRepository(**db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    m_db = std::move(*db);
    m_portfolio = *portfolio;
    if (m_portfolio.person(m_actingAs) == nullptr)
        m_actingAs.clear();
    Q_EMIT databaseChanged();
    Q_EMIT portfolioChanged();
    return {};
}

QString Workspace::location() const
{
    return m_db ? m_db->displayName() : QString();
}

void Workspace::setActingAs(const QString &personId)
{
    if (personId == m_actingAs)
        return;
    m_actingAs = personId;
    Q_EMIT actingAsChanged();
}

QString Workspace::actor() const
{
    return m_actingAs.isEmpty() ? u"gui"_s : m_actingAs;
}

Status Workspace::reload()
{
    const Result<Portfolio> portfolio = PortfolioRepository(*m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    m_portfolio = *portfolio;
    Q_EMIT portfolioChanged();
    return {};
}

Status Workspace::importPortfolio(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileName, tr("cannot read the file (%1)").arg(file.errorString()));
    const auto summary = PortfolioImporter(*m_db).import(file.readAll(), fileName, actor(), QDateTime::currentDateTimeUtc());
    if (!summary)
        return fail(fileName, summary.error().toString());
    return reload();
}

Status Workspace::exportPortfolio(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    file.write(PortfolioWriter::write(m_portfolio));
    if (!file.commit())
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    return {};
}

Result<DataClassStatus> Workspace::decideDataClass(const QString &useCaseId, DataClass dataClass, Role role,
                                                   ApprovalDecision decision, const QString &note)
{
    const auto status = DataApprovalService(*m_db, [] { return QDateTime::currentDateTimeUtc(); })
                            .decide(useCaseId, dataClass, m_actingAs, role, decision, note);
    if (status)
        GL_TRY(reload());
    return status;
}

Result<QList<AuditEvent>> Workspace::auditEvents() const
{
    QList<AuditEvent> events;
    GL_TRY(AuditStore(*m_db).forEach([&](const AuditEvent &e) { events.append(e); }));
    return events;
}

Result<AuditVerification> Workspace::verifyAuditChain() const
{
    return AuditStore(*m_db).verify();
}

Result<QList<CostRow>> Workspace::costs(CostDimension by, const QDate &from, const QDate &to) const
{
    return RollupQueries(*m_db).costs(by, from, to);
}

} // namespace greenlight::app
