#include "gate/gatereviewservice.h"

#include "domain/displayformat.h"
#include "gate/gateengine.h"
#include "signing/sshpublickey.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/gatereviewstore.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QSet>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QString personLabel(const Portfolio &p, const QString &id)
{
    const Person *person = p.person(id);
    return person != nullptr ? person->name : id;
}

} // namespace

GateReviewService::GateReviewService(Database &db, std::function<QDateTime()> clock, DisplayFormat format)
    : m_db(db), m_clock(std::move(clock)), m_format(std::move(format))
{
}

bool GateReviewService::mayRequest(const Person &person)
{
    return person.holds(Role::Pm) || person.holds(Role::Cto);
}

Result<GateReview> GateReviewService::start(const QString &useCaseId, const QString &gateId, const Actor &actor)
{
    const QString &requesterId = actor.person;
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *useCase = portfolio->useCase(useCaseId);
    if (useCase == nullptr)
        return fail(useCaseId, tr("unknown use case"));
    const QString gid = gateId.isEmpty() ? GateEngine::defaultGateId(*useCase) : gateId;
    const GateTemplate *gate = portfolio->gateTemplate(gid);
    if (gate == nullptr)
        return fail(gid, tr("unknown gate template"));
    const Person *requester = portfolio->person(requesterId);
    if (requester == nullptr)
        return fail(requesterId, tr("unknown person"));
    if (!mayRequest(*requester))
        return fail(
            requesterId,
            tr("%1 holds neither the pm nor the cto role, so cannot request a gate review").arg(requester->name));

    const QDateTime now = m_clock().toUTC();
    GateReviewStore store(m_db);
    QString id = u"review-"_s + now.date().toString(Qt::ISODate);
    for (int n = 2;; ++n) {
        // An id is taken while its review is stored, and for ever once the audit log has named it.
        const Result<bool> taken = store.exists(id);
        if (!taken)
            return std::unexpected(taken.error());
        bool recorded = false;
        GL_TRY(AuditStore(m_db).forEach([&](const AuditEvent &) { recorded = true; }, u"gate_review"_s, id));
        if (!*taken && !recorded)
            break;
        id = u"review-%1-%2"_s.arg(now.date().toString(Qt::ISODate)).arg(n);
    }
    const GateEvaluation evaluation = GateEngine::evaluate(*portfolio, *useCase, *gate, now.date());
    GateReview review{id, gate->id, requesterId, now, std::nullopt, {}, {}, evaluation.rules};

    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(store.insert(useCaseId, review, Recording{actor, u"start"_s, now},
                        QJsonObject{{u"eligible"_s, evaluation.eligible()},
                                    {u"blockers_failed"_s, evaluation.blockersFailed},
                                    {u"warnings_failed"_s, evaluation.warningsFailed}}));
    GL_TRY(tx.commit());
    return review;
}

Result<GateReviewService::OpenReview> GateReviewService::openReview(const QString &reviewId,
                                                                    const QString &personId) const
{
    Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    Result<StoredReview> stored = GateReviewStore(m_db).load(reviewId);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->review.decision == GateDecision::Abandoned)
        return fail(reviewId, tr("the review was abandoned"));
    if (stored->review.decision.has_value())
        return fail(reviewId, tr("the review is already decided (%1)").arg(enumName(*stored->review.decision)));
    if (portfolio->person(personId) == nullptr)
        return fail(personId, tr("unknown person"));
    return OpenReview{std::move(*portfolio), std::move(*stored)};
}

Result<GateReview> GateReviewService::sign(const QString &reviewId, const Actor &actor, Role role,
                                           SignoffDecision decision, const QString &note, const SshSigner *signer)
{
    const QString &personId = actor.person;
    Result<OpenReview> open = openReview(reviewId, personId);
    if (!open)
        return std::unexpected(open.error());
    const Portfolio *portfolio = &open->portfolio;
    const Person *person = portfolio->person(personId);
    GateReview &review = open->stored.review;
    GateReviewStore store(m_db);
    if (!person->holds(role))
        return fail(personId,
                    tr("%1 does not hold the %2 role, so cannot sign off as %2").arg(person->name, enumName(role)));
    for (const Signoff &s : review.signoffs) {
        if (s.person == personId && s.role == role)
            return fail(reviewId, tr("%1 has already signed off as %2").arg(person->name, enumName(role)));
    }

    const Signoff signoff{role, personId, decision, m_clock().toUTC(), note};
    if (signer == nullptr) {
        const GateTemplate *gate = portfolio->gateTemplate(review.gate);
        if (const SigningKey *key =
                gate != nullptr && gate->signedSignoffs ? person->signingKeyOn(signoff.at.date()) : nullptr)
            return fail(reviewId, tr("the %1 gate requires signed sign-offs and %2 has a signing key (%3): sign with "
                                     "it (the ssh-agent or a key file)")
                                      .arg(gate->id, person->name, SshPublicKey::fingerprint(key->publicKey)));
    }
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(store.appendSignoff(reviewId, signoff, Recording{actor, u"sign"_s, signoff.at, signer}));
    GL_TRY(tx.commit());
    review.signoffs.append(signoff);
    return review;
}

namespace {

/// Reasons are shown in the current language but stored (rationale, audit payload, portfolio file) in English.
enum class Language { English, Current };

QString say(Language language, const char *source)
{
    return language == Language::English ? QString::fromUtf8(source) : GateReviewService::tr(source);
}

QStringList rejectionsIn(const Portfolio &portfolio, const GateReview &review, const GateTemplate &gate)
{
    QStringList found;
    for (const Signoff &s : review.signoffs) {
        if (s.decision == SignoffDecision::Reject && gate.requiredSignoffs.contains(s.role)) {
            QString text = u"%1 (%2)"_s.arg(enumName(s.role), personLabel(portfolio, s.person));
            if (!s.note.isEmpty())
                text += u": "_s + s.note;
            found.append(text);
        }
    }
    return found;
}

/// In English the dates and figures are plain, as stored evidence has them; otherwise @p format writes them.
QStringList goBlockersIn(Language language, const Portfolio &portfolio, const UseCase &useCase,
                         const GateReview &review, const GateTemplate &gate, QDate asOf, const DisplayFormat &format)
{
    const bool english = language == Language::English;
    QStringList reasons;
    QStringList failing;
    for (const RuleResult &r : review.ruleResults) {
        if (r.severity == Severity::Blocker && GateEngine::fails(r.result))
            failing.append(r.rule);
    }
    if (!failing.isEmpty())
        reasons.append(
            say(language, QT_TRANSLATE_NOOP("GateReviewService", "blockers fail: %1")).arg(failing.join(u", "_s)));

    // A review can stay open for months; what passed when it started may not pass on the day of the decision (a test
    // or an approval older than the policy allows, an approval rejected since). Go rests on the gate as it is now.
    QStringList failingNow;
    for (const RuleResult &r : GateEngine::evaluate(portfolio, useCase, gate, asOf).rules) {
        if (r.severity == Severity::Blocker && GateEngine::fails(r.result) && !failing.contains(r.rule))
            failingNow.append(u"%1 (%2)"_s.arg(r.rule, english ? r.explanation : r.displayText(format)));
    }
    if (!failingNow.isEmpty())
        reasons.append(
            say(language,
                QT_TRANSLATE_NOOP("GateReviewService", "blockers that passed when the review started fail on %1: %2"))
                .arg(english ? DisplayFormat::plain().date(asOf) : format.date(asOf), failingNow.join(u", "_s)));

    QStringList missingRoles;
    for (Role role : gate.requiredSignoffs) {
        const bool approved = std::any_of(review.signoffs.cbegin(), review.signoffs.cend(), [&](const Signoff &s) {
            return s.role == role && s.decision == SignoffDecision::Approve;
        });
        if (!approved)
            missingRoles.append(enumName(role));
    }
    if (!missingRoles.isEmpty())
        reasons.append(say(language, QT_TRANSLATE_NOOP("GateReviewService", "waiting for sign-off from %1"))
                           .arg(missingRoles.join(u", "_s)));

    // Separation of duties: at least one approval must come from someone other than the requester.
    QSet<QString> approvers;
    for (const Signoff &s : review.signoffs) {
        if (s.decision == SignoffDecision::Approve)
            approvers.insert(s.person);
    }
    if (!approvers.isEmpty() && approvers == QSet<QString>{review.requestedBy})
        reasons.append(say(language, QT_TRANSLATE_NOOP("GateReviewService", "the requester %1 is the only approver"))
                           .arg(personLabel(portfolio, review.requestedBy)));
    return reasons;
}

} // namespace

QStringList GateReviewService::rejections(const Portfolio &portfolio, const GateReview &review,
                                          const GateTemplate &gate)
{
    return rejectionsIn(portfolio, review, gate);
}

QStringList GateReviewService::goBlockers(const Portfolio &portfolio, const UseCase &useCase, const GateReview &review,
                                          const GateTemplate &gate, QDate asOf, const DisplayFormat &format)
{
    return goBlockersIn(Language::Current, portfolio, useCase, review, gate, asOf, format);
}

Result<DecisionOutcome> GateReviewService::decide(const QString &reviewId, const Actor &actor,
                                                  std::optional<GateDecision> requested, const QString &rationale,
                                                  const SshSigner *signer)
{
    const QString &personId = actor.person;
    Result<OpenReview> open = openReview(reviewId, personId);
    if (!open)
        return std::unexpected(open.error());
    const Portfolio *portfolio = &open->portfolio;
    const Person *person = portfolio->person(personId);
    GateReview &review = open->stored.review;
    GateReviewStore store(m_db);
    if (personId != review.requestedBy && !person->holds(Role::Pm))
        return fail(personId,
                    tr("%1 is neither the requester nor a pm, so cannot decide this review").arg(person->name));
    if (requested == GateDecision::Abandoned)
        return fail(reviewId, tr("a review is abandoned with abandon, not decided"));
    const GateTemplate *gate = portfolio->gateTemplate(review.gate);
    if (gate == nullptr)
        return fail(review.gate, tr("unknown gate template"));

    const UseCase *useCase = portfolio->useCase(open->stored.useCaseId);
    if (useCase == nullptr)
        return fail(open->stored.useCaseId, tr("unknown use case"));

    // Judged on the day of the decision, not only on the results frozen when the review started.
    const QDateTime now = m_clock().toUTC();
    const QStringList rejected = rejections(*portfolio, review, *gate);
    const QStringList blockers = goBlockers(*portfolio, *useCase, review, *gate, now.date(), m_format);
    const bool blockersFail =
        std::any_of(review.ruleResults.cbegin(), review.ruleResults.cend(),
                    [](const RuleResult &r) { return r.severity == Severity::Blocker && GateEngine::fails(r.result); });

    GateDecision decision = GateDecision::Go;
    QString reason;
    QString stored; // the same reason in English: the rationale is stored evidence
    if (requested == GateDecision::NoGo) {
        decision = GateDecision::NoGo;
    } else if (!rejected.isEmpty()) {
        decision = GateDecision::NoGo;
        reason = tr("rejected by %1").arg(rejected.join(u"; "_s));
        stored = QStringLiteral("rejected by %1").arg(rejected.join(u"; "_s));
    } else if (blockersFail && !requested.has_value()) {
        decision = GateDecision::NoGo;
        reason = blockers.first();
        stored = goBlockersIn(Language::English, *portfolio, *useCase, review, *gate, now.date(), m_format).first();
    } else if (!blockers.isEmpty()) {
        const QString why = blockers.join(u"; "_s);
        return DecisionOutcome{std::nullopt,
                               requested ? tr("go refused: %1").arg(why) : tr("no decision yet: %1").arg(why), review};
    }
    if (requested == GateDecision::Go && decision == GateDecision::NoGo)
        return DecisionOutcome{std::nullopt, tr("go refused: %1").arg(reason), review};

    if (!rationale.trimmed().isEmpty()) {
        reason = rationale.trimmed();
        stored = reason;
    } else if (reason.isEmpty()) {
        if (decision == GateDecision::Go) {
            const char *text = QT_TR_NOOP("no blocker fails and every required role signed off");
            reason = tr(text);
            stored = QString::fromUtf8(text);
        } else {
            const char *text = QT_TR_NOOP("decided no-go by %1");
            reason = tr(text).arg(person->name);
            stored = QString::fromUtf8(text).arg(person->name);
        }
    }

    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(store.setDecision(open->stored.useCaseId, reviewId, decision, stored,
                             Recording{actor, u"decide"_s, now, signer}));
    GL_TRY(tx.commit());
    review.decision = decision;
    review.rationale = stored;
    return DecisionOutcome{decision, reason, review};
}

Result<GateReview> GateReviewService::abandon(const QString &reviewId, const Actor &actor, const QString &reason,
                                              const SshSigner *signer)
{
    const QString &personId = actor.person;
    Result<OpenReview> open = openReview(reviewId, personId);
    if (!open)
        return std::unexpected(open.error());
    const Person *person = open->portfolio.person(personId);
    GateReview &review = open->stored.review;
    if (personId != review.requestedBy && !person->holds(Role::Pm))
        return fail(personId,
                    tr("%1 is neither the requester nor a pm, so cannot abandon this review").arg(person->name));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(reviewId, tr("say why the review is abandoned: the reason stays on record"));
    // A required role's rejection makes the review no-go: it is decided so, never closed without a verdict.
    if (const GateTemplate *gate = open->portfolio.gateTemplate(review.gate); gate != nullptr) {
        if (const QStringList rejected = rejections(open->portfolio, review, *gate); !rejected.isEmpty())
            return fail(reviewId,
                        tr("rejected by %1: decide it no-go instead of abandoning it").arg(rejected.join(u"; "_s)));
    }

    const QDateTime now = m_clock().toUTC();
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(GateReviewStore(m_db).setDecision(open->stored.useCaseId, reviewId, GateDecision::Abandoned, why,
                                             Recording{actor, u"abandon"_s, now, signer}));
    GL_TRY(tx.commit());
    review.decision = GateDecision::Abandoned;
    review.rationale = why;
    return review;
}

} // namespace greenlight::models
