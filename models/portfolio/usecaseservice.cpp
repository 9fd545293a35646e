#include "portfolio/usecaseservice.h"

#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"
#include "storage/usecasestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// @p portfolio's use case @p id with @p patch put onto its details, read back through the portfolio reader so
/// the result passes every check an import would make.
Result<UseCase> patched(const Portfolio &portfolio, const QString &id, const QJsonObject &patch)
{
    QJsonObject document = QJsonDocument::fromJson(PortfolioWriter::write(portfolio)).object();
    QJsonArray useCases = document.value(u"use_cases"_s).toArray();
    for (qsizetype i = 0; i < useCases.size(); ++i) {
        const QJsonObject useCase = useCases.at(i).toObject();
        if (useCase.value(u"id"_s).toString() == id)
            useCases.replace(i, UseCaseChange::merged(useCase, patch));
    }
    document.insert(u"use_cases"_s, useCases);
    const Result<Portfolio> reread = PortfolioReader::read(QJsonDocument(document).toJson(QJsonDocument::Compact));
    if (!reread)
        return std::unexpected(reread.error());
    const UseCase *useCase = reread->useCase(id);
    if (useCase == nullptr)
        return fail(id, QCoreApplication::translate("UseCaseService", "unknown use case"));
    return *useCase;
}

} // namespace

QString UseCaseConflict::describe(const Portfolio &people, bool sinceYourEdit, const DisplayFormat &format) const
{
    const QString since =
        sinceYourEdit ? UseCaseService::tr("since your edit") : UseCaseService::tr("since you opened it");
    if (!lastChange)
        return UseCaseService::tr("changed by someone else %1").arg(since);
    const Actor &actor = lastChange->entry.actor;
    const Person *person = people.person(actor.person);
    QString who = person != nullptr ? person->name : actor.person;
    const QString account = actor.accountText();
    if (who.isEmpty())
        who = account;
    else if (!account.isEmpty())
        who += u" ("_s + account + u')';
    const QString at = format.isPlain() ? lastChange->at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                                        : format.dateTime(lastChange->at.toLocalTime());
    return UseCaseService::tr("changed by %1 at %2 %3").arg(who, at, since);
}

Status UseCaseService::checkReferences(const Portfolio &portfolio, const UseCase &edited)
{
    if (edited.name.trimmed().isEmpty())
        return fail(edited.id, tr("the name must not be empty"));
    const auto person = [&](const QString &id, const QString &what) -> Status {
        if (!id.isEmpty() && portfolio.person(id) == nullptr)
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
        if (!route.isEmpty() && !portfolio.hasRoute(route))
            return fail(edited.id, tr("unknown route \"%1\"").arg(route));
    }
    return {};
}

Result<UseCaseSave> UseCaseService::save(const UseCase &base, const UseCase &edited, const Actor &actor,
                                         const QDateTime &at)
{
    if (base.id != edited.id)
        return fail(edited.id, tr("unknown use case"));
    const UseCaseChange change = UseCaseChange::between(base, edited);
    if (change.isEmpty())
        return UseCaseSave{change, base.version, std::nullopt};
    return commit(edited.id, base.version, change, actor, at, &edited);
}

Result<UseCaseSave> UseCaseService::save(const QString &useCaseId, qint64 baseVersion, const UseCaseChange &change,
                                         const Actor &actor, const QDateTime &at)
{
    if (change.isEmpty())
        return UseCaseSave{change, baseVersion, std::nullopt};
    return commit(useCaseId, baseVersion, change, actor, at, nullptr);
}

Result<UseCaseSave> UseCaseService::apply(const QString &useCaseId, const UseCaseChange &change, const Actor &actor,
                                          const QDateTime &at)
{
    if (change.isEmpty())
        return UseCaseSave{change, 0, std::nullopt};
    return commit(useCaseId, std::nullopt, change, actor, at, nullptr);
}

Result<UseCaseSave> UseCaseService::commit(const QString &useCaseId, std::optional<qint64> baseVersion,
                                           const UseCaseChange &change, const Actor &actor, const QDateTime &at,
                                           const UseCase *edited)
{
    Transaction tx(m_db);
    GL_TRY(tx.started());
    Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *stored = portfolio->useCase(useCaseId);
    if (stored == nullptr)
        return fail(useCaseId, tr("unknown use case"));
    // The editor's whole use case, when there is one, is checked first: its messages name the field.
    if (edited != nullptr)
        GL_TRY(checkReferences(*portfolio, *edited));
    const auto refuse = [&](const UseCase &now) {
        return UseCaseSave{{}, 0, conflict(useCaseId, baseVersion, change, now)}; // rolled back: nothing written
    };
    // Stale: the editor's version is gone. An undo or redo instead checks each field it would put back.
    if (baseVersion ? *baseVersion != stored->version
                    : UseCaseChange::valuesAt(UseCaseChange::details(*stored), change.before) != change.before)
        return refuse(*stored);
    // The claim holds the row to the commit (PostgreSQL's row lock; SQLite's BEGIN IMMEDIATE holds the file). A
    // writer that committed between the read above and the claim makes it fail: read again to say who.
    UseCaseStore store(m_db);
    const Result<std::optional<qint64>> claimed = store.claimNextVersion(useCaseId, stored->version);
    if (!claimed)
        return std::unexpected(claimed.error());
    if (!claimed->has_value()) {
        portfolio = PortfolioRepository(m_db).load();
        if (!portfolio)
            return std::unexpected(portfolio.error());
        if (const UseCase *now = portfolio->useCase(useCaseId))
            return refuse(*now);
        return fail(useCaseId, tr("unknown use case"));
    }
    const qint64 version = **claimed;

    const Result<UseCase> next = patched(*portfolio, useCaseId, change.after);
    if (!next)
        return std::unexpected(next.error());
    GL_TRY(checkReferences(*portfolio, *next));
    GL_TRY(store.saveDetails(*next));
    const QJsonObject payload{{u"before"_s, change.before}, {u"after"_s, change.after}, {u"version"_s, version}};
    const Result<AuditEvent> event = AuditStore(m_db).append(
        AuditEntry{actor, u"use_case"_s, useCaseId, u"update"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at);
    if (!event)
        return std::unexpected(event.error());
    GL_TRY(store.setVersion(useCaseId, UseCaseStore::Version{version, event->seq}));
    GL_TRY(tx.commit());
    return UseCaseSave{change, version, std::nullopt};
}

UseCaseConflict UseCaseService::conflict(const QString &useCaseId, std::optional<qint64> baseVersion,
                                         const UseCaseChange &change, const UseCase &stored)
{
    UseCaseConflict conflict;
    conflict.useCaseId = useCaseId;
    conflict.yourVersion = baseVersion.value_or(0);
    conflict.storedVersion = stored.version;
    conflict.yours = change.after;
    conflict.theirs = UseCaseChange::valuesAt(UseCaseChange::details(stored), change.after);
    // Who and when is a courtesy: a missing or unreadable event leaves "someone else", never fails the save.
    if (stored.changedSeq != 0) {
        if (const Result<std::optional<AuditEvent>> event = AuditStore(m_db).event(stored.changedSeq); event)
            conflict.lastChange = *event;
    }
    return conflict;
}

} // namespace greenlight::models
