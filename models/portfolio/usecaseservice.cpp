#include "portfolio/usecaseservice.h"

#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"
#include "storage/usecasestore.h"

#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QJsonObject asJson(const UseCase &u)
{
    return QJsonDocument::fromJson(PortfolioWriter::writeUseCase(u)).object();
}

} // namespace

UseCaseChange UseCaseService::diff(const UseCase &before, const UseCase &after)
{
    const QJsonObject a = asJson(before);
    const QJsonObject b = asJson(after);
    UseCaseChange change;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (a.value(it.key()) != it.value()) {
            change.before.insert(it.key(), a.value(it.key()));
            change.after.insert(it.key(), it.value());
        }
    }
    return change;
}

Result<UseCaseChange> UseCaseService::save(const UseCase &edited, const Actor &actor, const QDateTime &at)
{
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *stored = portfolio->useCase(edited.id);
    if (stored == nullptr)
        return fail(edited.id, tr("unknown use case"));
    if (edited.name.trimmed().isEmpty())
        return fail(edited.id, tr("the name must not be empty"));
    const auto person = [&](const QString &id, const QString &what) -> Status {
        if (!id.isEmpty() && portfolio->person(id) == nullptr)
            return fail(edited.id, tr("%1: unknown person \"%2\"").arg(what, id));
        return {};
    };
    GL_TRY(person(edited.owners.product, tr("product owner")));
    GL_TRY(person(edited.owners.launch, tr("launch owner")));
    GL_TRY(person(edited.owners.engineering, tr("engineering owner")));
    GL_TRY(person(edited.owners.support, tr("support owner")));
    if (edited.logging)
        GL_TRY(person(edited.logging->rawApprovedBy, tr("raw retention approver")));
    if (edited.runbook) {
        for (const QString &id : edited.runbook->onCall)
            GL_TRY(person(id, tr("on call")));
    }
    for (const QString &route : {edited.route, edited.rollback.fallbackRoute}) {
        if (!route.isEmpty() && !portfolio->hasRoute(route))
            return fail(edited.id, tr("unknown route \"%1\"").arg(route));
    }

    const UseCaseChange change = diff(*stored, edited);
    if (change.isEmpty())
        return change;
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(UseCaseStore(m_db).saveDetails(edited));
    const QJsonObject payload{{u"before"_s, change.before}, {u"after"_s, change.after}};
    GL_TRY(AuditStore(m_db).append(
        AuditEntry{actor, u"use_case"_s, edited.id, u"update"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at));
    GL_TRY(tx.commit());
    return change;
}

} // namespace greenlight::models
