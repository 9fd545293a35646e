#include "gate/dataapprovalrules.h"

#include <algorithm>

namespace greenlight::models {

QList<Role> DataApprovalRules::requiredRoles(DataClass dataClass)
{
    switch (dataClass) {
    case DataClass::Customer: return {Role::Security};
    case DataClass::Regulated: return {Role::Legal, Role::Security, Role::Compliance};
    case DataClass::Public:
    case DataClass::Internal:
    case DataClass::Credentials: break;
    }
    return {};
}

bool DataApprovalRules::isApproverRole(Role role)
{
    return role == Role::Security || role == Role::Legal || role == Role::Compliance;
}

bool DataApprovalRules::mayDecide(const Person &person)
{
    return std::ranges::any_of(person.roles, isApproverRole);
}

std::optional<Role> DataApprovalRules::decidingRole(const Person &person, const DataClassStatus &status,
                                                    const QList<DataApproval> &expired)
{
    for (Role r : status.missingRoles) {
        if (person.holds(r))
            return r;
    }
    for (const DataApproval &a : expired) {
        if (person.holds(a.role))
            return a.role;
    }
    for (Role r : {Role::Security, Role::Legal, Role::Compliance}) {
        if (person.holds(r))
            return r;
    }
    return std::nullopt;
}

DataClassStatus DataApprovalRules::status(const UseCase &useCase, DataClass dataClass, QDate asOf)
{
    if (dataClass == DataClass::Credentials)
        return {DataClassStatus::State::Denied, {}, std::nullopt, {}};

    // Latest decision per role: a later entry on the same date supersedes an earlier one.
    QMap<Role, DataApproval> latest;
    for (const DataApproval &a : useCase.dataApprovals) {
        if (a.dataClass != dataClass || (asOf.isValid() && a.date > asOf))
            continue;
        const auto it = latest.constFind(a.role);
        if (it == latest.constEnd() || a.date >= it->date)
            latest.insert(a.role, a);
    }
    for (const DataApproval &a : latest) {
        if (a.decision == ApprovalDecision::Rejected)
            return {DataClassStatus::State::Rejected, {}, a, {}};
    }
    DataClassStatus result{DataClassStatus::State::Approved, {}, std::nullopt, {}};
    for (Role role : requiredRoles(dataClass)) {
        if (!latest.contains(role))
            result.missingRoles.append(role);
        else
            result.approvals.append(latest.value(role));
    }
    if (!result.missingRoles.isEmpty())
        result.state = DataClassStatus::State::Pending;
    return result;
}

QList<DataApproval> DataApprovalRules::expiredApprovals(const DataClassStatus &status, int maxAgeDays, QDate asOf)
{
    QList<DataApproval> expired;
    if (status.state != DataClassStatus::State::Approved)
        return expired;
    for (const DataApproval &a : status.approvals) {
        if (a.date.daysTo(asOf) > maxAgeDays)
            expired.append(a);
    }
    std::stable_sort(expired.begin(), expired.end(),
                     [](const DataApproval &a, const DataApproval &b) { return a.date < b.date; });
    return expired;
}

QList<Role> DataApprovalRules::rolesOf(const QList<DataApproval> &approvals)
{
    QList<Role> roles;
    for (const DataApproval &a : approvals)
        roles.append(a.role);
    return roles;
}

bool DataApprovalRules::mayApproveRawLogging(const Person &person)
{
    return person.holds(Role::Legal) || person.holds(Role::Security);
}

} // namespace greenlight::models
