#pragma once

#include "domain/displayformat.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/gatereviewstore.h"

#include <QCoreApplication>

#include <functional>

namespace greenlight::models {

class Database;
class SshSigner;

/// What deciding a review came to: the decision taken, or why none could be taken yet.
struct DecisionOutcome {
    std::optional<GateDecision> decision; ///< nullopt when the decision was refused
    QString reason; ///< the rationale (shown translated; review.rationale stores it in English), or why go was refused
    GateReview review; ///< the review after the call
};

/**
 * Gate reviews with separation of duties: start (freezes the rule results of that moment), sign-offs
 * only in roles a person holds, and a decision that refuses go while a blocker fails (in the frozen results, or
 * when the gate is judged again on the day of the decision), a required sign-off is missing or the requester is the
 * only approver. A rejection by a required role makes
 * the decision no-go. A review nobody will decide is abandoned (closed without a verdict, with a reason). Each
 * step is one transaction with its audit event.
 */
class GateReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(GateReviewService)

public:
    /// @p format writes the dates and figures of a refusal's reasons: the current locale's for a window,
    /// DisplayFormat::plain() for the command line.
    GateReviewService(Database &db, std::function<QDateTime()> clock, DisplayFormat format = DisplayFormat());

    /// Whether @p person may request (start) a gate review: a pm or a cto.
    [[nodiscard]] static bool mayRequest(const Person &person);

    /// Each step acts as @p actor's person and nobody else: a sign-off is given by the person signing, in their
    /// own session (Identity decides who that is); the review waits for the others.
    [[nodiscard]] Result<GateReview> start(const QString &useCaseId, const QString &gateId, const Actor &actor);
    /// @p signer: the person's own key, to sign the sign-off (AuditStore::append); nullptr leaves it unsigned.
    [[nodiscard]] Result<GateReview> sign(const QString &reviewId, const Actor &actor, Role role,
                                          SignoffDecision decision, const QString &note,
                                          const SshSigner *signer = nullptr);
    /// @param requested go or no-go as asked for; nullopt lets the rules decide. @p signer signs the decision.
    [[nodiscard]] Result<DecisionOutcome> decide(const QString &reviewId, const Actor &actor,
                                                 std::optional<GateDecision> requested, const QString &rationale,
                                                 const SshSigner *signer = nullptr);

    /// Closes an open review without a verdict: the requester or a pm abandons it, with @p reason (required). The
    /// review stays on record as abandoned; it never counts as a decision. @p signer signs the step.
    [[nodiscard]] Result<GateReview> abandon(const QString &reviewId, const Actor &actor, const QString &reason,
                                             const SshSigner *signer = nullptr);

    /// Why go cannot be given on @p review of @p useCase under @p gate on @p asOf (the day of the decision), or empty
    /// when it can. Besides the results frozen when the review started, the gate is judged again on @p asOf: a blocker
    /// that passed then but fails now (a kill-switch test that went stale while the review stayed open) stands in the
    /// way of go as well.
    [[nodiscard]] static QStringList goBlockers(const Portfolio &portfolio, const UseCase &useCase,
                                                const GateReview &review, const GateTemplate &gate, QDate asOf,
                                                const DisplayFormat &format = DisplayFormat());
    /// The required-role rejections in @p review, as "security (Sam Patel): note".
    [[nodiscard]] static QStringList rejections(const Portfolio &portfolio, const GateReview &review,
                                                const GateTemplate &gate);

private:
    /// A review that is still open, with the portfolio it is judged against.
    struct OpenReview {
        Portfolio portfolio;
        StoredReview stored;
    };
    /// Loads an undecided review and checks that @p personId is a known person.
    [[nodiscard]] Result<OpenReview> openReview(const QString &reviewId, const QString &personId) const;

    Database &m_db;
    std::function<QDateTime()> m_clock;
    DisplayFormat m_format;
};

} // namespace greenlight::models
