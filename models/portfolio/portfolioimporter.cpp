#include "portfolio/portfolioimporter.h"

#include "portfolio/historyguard.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/usecasechange.h"
#include "storage/auditcoverage.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"
#include "storage/usecasestore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QJsonObject canonical(const Portfolio &portfolio)
{
    return QJsonDocument::fromJson(PortfolioWriter::write(portfolio)).object();
}

} // namespace

Status PortfolioImporter::keepVersions(const Portfolio &stored, const Portfolio &imported, qint64 importSeq)
{
    // A window that opened a use case the file leaves as it was can still save; one the file changed is stale.
    UseCaseStore store(m_db);
    for (const UseCase &u : imported.useCases) {
        const UseCase *before = stored.useCase(u.id);
        UseCaseStore::Version version{1, importSeq};
        if (before != nullptr && UseCaseChange::details(*before) == UseCaseChange::details(u))
            version = UseCaseStore::Version{before->version, before->changedSeq};
        else if (before != nullptr)
            version = UseCaseStore::Version{before->version + 1, importSeq};
        GL_TRY(store.setVersion(u.id, version));
    }
    return {};
}

Result<ImportPlan> PortfolioImporter::plan(const QByteArray &json) const
{
    const Result<Portfolio> portfolio = PortfolioReader::read(json);
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const Result<Portfolio> stored = PortfolioRepository(m_db).load();
    if (!stored)
        return std::unexpected(stored.error());
    return plan(*stored, *portfolio, json);
}

ImportPlan PortfolioImporter::plan(const Portfolio &stored, const Portfolio &portfolio, const QByteArray &json)
{
    ImportPlan plan;
    plan.summary = ImportSummary{
        portfolio.people.size(), portfolio.tenants.size(), portfolio.routes.size(), portfolio.useCases.size(),
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())};
    const QJsonObject before = canonical(stored);
    const QJsonObject after = canonical(portfolio);
    plan.changes = PortfolioDiff::compare(before, after);
    plan.violations = HistoryGuard::check(before, after);
    return plan;
}

Result<ImportSummary> PortfolioImporter::import(const QByteArray &json, const QString &fileName, const Actor &actor,
                                                const QDateTime &at)
{
    const Result<Portfolio> portfolio = PortfolioReader::read(json);
    if (!portfolio)
        return std::unexpected(portfolio.error());

    // The plan is made inside the transaction, so no other writer can add a fact between the check and the write.
    Transaction tx(m_db);
    GL_TRY(tx.started());
    const Result<Portfolio> stored = PortfolioRepository(m_db).load();
    if (!stored)
        return std::unexpected(stored.error());
    const ImportPlan plan = this->plan(*stored, *portfolio, json);
    if (!plan.violations.isEmpty())
        return fail(QString(), tr("the file would drop or change recorded history, so nothing was imported "
                                  "(import it with --dry-run to see every difference):\n  %1")
                                   .arg(plan.violations.join(u"\n  "_s)));
    const ImportSummary summary = plan.summary;
    GL_TRY(PortfolioRepository(m_db).replace(*portfolio));
    const QJsonObject payload{{u"file"_s, QFileInfo(fileName).fileName()},
                              {u"sha256"_s, summary.sha256},
                              {u"people"_s, summary.people},
                              {u"tenants"_s, summary.tenants},
                              {u"routes"_s, summary.routes},
                              {u"use_cases"_s, summary.useCases},
                              // Every fact row of the file, so verify can compare each row field by field.
                              {u"facts"_s, AuditCoverage::importedFacts(*portfolio)},
                              // Facts the database held kept their rows and events; only new ones link here.
                              {u"append_only"_s, true}};
    const Result<AuditEvent> event = AuditStore(m_db).append(
        AuditEntry{actor, u"portfolio"_s, u"*"_s, u"import"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at);
    if (!event)
        return std::unexpected(event.error());
    GL_TRY(AuditCoverage(m_db).linkImport(*portfolio, *event));
    GL_TRY(keepVersions(*stored, *portfolio, event->seq));
    GL_TRY(tx.commit());
    return summary;
}

} // namespace greenlight::models
