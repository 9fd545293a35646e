#include "gate/dataapprovalservice.h"

#include "storage/dataapprovalstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

DataApprovalService::DataApprovalService(Database &db, std::function<QDateTime()> clock)
    : m_db(db), m_clock(std::move(clock))
{
}

Result<DataClassStatus> DataApprovalService::decide(const QString &useCaseId, DataClass dataClass, const Actor &actor,
                                                    Role role, ApprovalDecision decision, const QString &note,
                                                    const SshSigner *signer)
{
    const QString &personId = actor.person;
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *useCase = portfolio->useCase(useCaseId);
    if (useCase == nullptr)
        return fail(useCaseId, tr("unknown use case"));
    if (!useCase->dataClasses.contains(dataClass))
        return fail(useCaseId, tr("%1 is not among the use case's data classes").arg(enumName(dataClass)));
    const Person *person = portfolio->person(personId);
    if (person == nullptr)
        return fail(personId, tr("unknown person"));
    if (!DataApprovalRules::isApproverRole(role))
        return fail(personId,
                    tr("only security, legal or compliance decide on data classes, not %1").arg(enumName(role)));
    if (!person->holds(role))
        return fail(personId, tr("%1 does not hold the %2 role").arg(person->name, enumName(role)));
    if (dataClass == DataClass::Credentials && decision == ApprovalDecision::Approved)
        return fail(useCaseId, tr("credentials can never be approved; remove the class from the use case instead"));
    // A rejection is read later by the team that has to change something, in the history and the packet.
    if (decision == ApprovalDecision::Rejected && note.trimmed().isEmpty())
        return fail(useCaseId, tr("a rejection of %1 needs a note saying why: the team needs to know what to change")
                                   .arg(enumName(dataClass)));

    const QDateTime now = m_clock().toUTC();
    const DataApproval approval{dataClass, role, personId, decision, now.date(), note};
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(DataApprovalStore(m_db).append(
        useCaseId, approval,
        Recording{actor, decision == ApprovalDecision::Approved ? u"approve"_s : u"reject"_s, now, signer}));
    GL_TRY(tx.commit());

    UseCase updated = *useCase;
    updated.dataApprovals.append(approval);
    return DataApprovalRules::status(updated, dataClass);
}

} // namespace greenlight::models
