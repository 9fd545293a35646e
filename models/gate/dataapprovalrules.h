#pragma once

#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

/// Where one data class of a use case stands with its approvals.
struct DataClassStatus {
    enum class State { Approved, Pending, Rejected, Denied };
    State state = State::Pending;
    QList<Role> missingRoles;              ///< for Pending: roles whose approval is still needed
    std::optional<DataApproval> rejection; ///< for Rejected: the rejecting decision
    QList<DataApproval> approvals;         ///< for Approved: the latest approval of each required role
};

/**
 * The data-class rules of seed 001: `customer` needs security; `regulated` is denied unless legal,
 * security and compliance all approve; `credentials` can never be approved. For each role the latest
 * decision counts (by date, then by order of entry).
 */
class DataApprovalRules final
{
    Q_DECLARE_TR_FUNCTIONS(DataApprovalRules)

public:
    [[nodiscard]] static QList<Role> requiredRoles(DataClass dataClass);
    /// The roles that may decide on data classes at all.
    [[nodiscard]] static bool isApproverRole(Role role);
    /// Whether @p person holds any role that decides on data classes.
    [[nodiscard]] static bool mayDecide(const Person &person);
    /// The role @p person decides in on a class with @p status: the first role it still needs that they hold, then
    /// the first role of an approval in @p expired (expiredApprovals()) they hold, so that a decision renews it, else
    /// their first approver role (in the order security, legal, compliance); nullopt when they hold none.
    [[nodiscard]] static std::optional<Role> decidingRole(const Person &person, const DataClassStatus &status,
                                                          const QList<DataApproval> &expired = {});
    /// With @p asOf, decisions dated after it do not count yet.
    [[nodiscard]] static DataClassStatus status(const UseCase &useCase, DataClass dataClass, QDate asOf = {});
    /// The approvals an approved @p status rests on that are more than @p maxAgeDays old on @p asOf
    /// (policy.evidence_max_age_days.data_approval), oldest first. While there is one, the class is approved on record
    /// but data.approved fails, and each of them needs renewing; empty when none has expired or the class is not
    /// approved.
    [[nodiscard]] static QList<DataApproval> expiredApprovals(const DataClassStatus &status, int maxAgeDays,
                                                              QDate asOf);
    /// The roles that made @p approvals, in their order: who renews expired ones.
    [[nodiscard]] static QList<Role> rolesOf(const QList<DataApproval> &approvals);
    /// Whether @p person may approve retaining prompts or responses raw (logging.raw_prompts): legal or security.
    [[nodiscard]] static bool mayApproveRawLogging(const Person &person);
};

} // namespace greenlight::models
