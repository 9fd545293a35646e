#include "gate/waiverrules.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QString roleList(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(enumName(role));
    return names.join(u", "_s);
}

} // namespace

bool WaiverRules::isWaivable(const QString &rule)
{
    return rule != u"data.no_credentials"_s && rule != u"eval.no_secrets"_s;
}

QList<Role> WaiverRules::grantingRoles(const QString &rule)
{
    if (!isWaivable(rule))
        return {};
    if (rule.startsWith(u"data."_s) || rule.startsWith(u"logging."_s))
        return {Role::Security, Role::Legal, Role::Compliance};
    return {Role::Cto};
}

QList<Role> WaiverRules::rolesOf(const QString &rule, const Person &person)
{
    QList<Role> roles;
    for (Role role : grantingRoles(rule)) {
        if (roleProblem(rule, person, role).isEmpty())
            roles.append(role);
    }
    return roles;
}

QString WaiverRules::roleProblem(const QString &rule, const Person &person, Role role)
{
    const QList<Role> roles = grantingRoles(rule);
    if (roles.isEmpty())
        return tr("%1 can never be waived").arg(rule);
    if (!roles.contains(role))
        return tr("a waiver of %1 is granted or revoked by %2, not %3").arg(rule, roleList(roles), enumName(role));
    if (!person.holds(role))
        return tr("%1 does not hold the %2 role").arg(person.name, enumName(role));
    return {};
}

QString WaiverRules::revocationProblem(const Waiver &waiver, QDate today)
{
    if (waiver.revocation.has_value())
        return tr("already revoked on %1").arg(waiver.revocation->date.toString(Qt::ISODate));
    if (today > waiver.expires)
        return tr("it expired on %1; there is nothing left to revoke").arg(waiver.expires.toString(Qt::ISODate));
    return {};
}

QString WaiverRules::expiryProblem(QDate grantedOn, QDate expires)
{
    if (expires < grantedOn)
        return tr("the expiry date %1 is before the day the waiver is granted (%2)")
            .arg(expires.toString(Qt::ISODate), grantedOn.toString(Qt::ISODate));
    if (grantedOn.daysTo(expires) > maxDays)
        return tr("the expiry date %1 is %2 days after the day the waiver is granted (%3); a waiver runs at most %4 "
                  "days")
            .arg(expires.toString(Qt::ISODate))
            .arg(grantedOn.daysTo(expires))
            .arg(grantedOn.toString(Qt::ISODate))
            .arg(maxDays);
    return {};
}

} // namespace greenlight::models
