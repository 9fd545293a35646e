#include "portfolio/portfolioimporter.h"

#include "portfolio/portfolioreader.h"
#include "storage/auditcoverage.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<ImportSummary> PortfolioImporter::import(const QByteArray &json, const QString &fileName, const QString &actor,
                                                const QDateTime &at)
{
    const Result<Portfolio> portfolio = PortfolioReader::read(json);
    if (!portfolio)
        return std::unexpected(portfolio.error());

    ImportSummary summary{portfolio->people.size(), portfolio->tenants.size(), portfolio->routes.size(),
                          portfolio->useCases.size(),
                          QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())};

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.displayName(), tr("cannot start a transaction"));
    GL_TRY(PortfolioRepository(m_db).replace(*portfolio));
    const QJsonObject payload{{u"file"_s, QFileInfo(fileName).fileName()},
                              {u"sha256"_s, summary.sha256},
                              {u"people"_s, summary.people},
                              {u"tenants"_s, summary.tenants},
                              {u"routes"_s, summary.routes},
                              {u"use_cases"_s, summary.useCases},
                              // Every fact row of the file, so verify can compare each row field by field.
                              {u"facts"_s, AuditCoverage::importedFacts(*portfolio)}};
    const Result<AuditEvent> event = AuditStore(m_db).append(
        AuditEntry{actor, u"portfolio"_s, u"*"_s, u"import"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at);
    if (!event)
        return std::unexpected(event.error());
    GL_TRY(AuditCoverage(m_db).linkImport(*portfolio, *event));
    GL_TRY(tx.commit());
    return summary;
}

} // namespace greenlight::models
