#pragma once

#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

/**
 * Who may waive which rule, and for how long (issue 20). A waiver of a `data.*` or `logging.*` rule is a data
 * decision: security, legal or compliance grant it, as they approve data classes. Every other rule is waived by the
 * cto, who owns the launch risk. `data.no_credentials` and `eval.no_secrets` are never waived: a leaked credential
 * has no compensating control. A waiver lasts at most 90 days; it is renewed by granting a new one.
 */
class WaiverRules final
{
    Q_DECLARE_TR_FUNCTIONS(WaiverRules)

public:
    /// The longest a waiver may run: its expiry is at most this many days after the day it is granted.
    static constexpr int maxDays = 90;

    /// Whether @p rule can be waived at all.
    [[nodiscard]] static bool isWaivable(const QString &rule);
    /// The roles that grant or revoke a waiver of @p rule; empty when it cannot be waived.
    [[nodiscard]] static QList<Role> grantingRoles(const QString &rule);
    /// The roles in which @p person may grant or revoke a waiver of @p rule (those of grantingRoles() they hold).
    [[nodiscard]] static QList<Role> rolesOf(const QString &rule, const Person &person);
    /// Why @p person may not grant or revoke a waiver of @p rule in @p role, or empty when they may.
    [[nodiscard]] static QString roleProblem(const QString &rule, const Person &person, Role role);
    /// Why @p waiver cannot be revoked on @p today (it is revoked already, or expired), or empty when it can.
    [[nodiscard]] static QString revocationProblem(const Waiver &waiver, QDate today);
    /// Why a waiver granted on @p grantedOn may not expire on @p expires, or empty when it may.
    [[nodiscard]] static QString expiryProblem(QDate grantedOn, QDate expires);
};

} // namespace greenlight::models
