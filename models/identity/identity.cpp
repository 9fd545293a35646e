#include "identity/identity.h"

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

bool Identity::matches(const QString &entry, const OsAccount &os)
{
    const qsizetype at = entry.indexOf(u'@');
    if (at < 0)
        return entry == os.account;
    // Host names are case-insensitive (RFC 4343); account names are not.
    return entry.left(at) == os.account && entry.mid(at + 1).compare(os.host, Qt::CaseInsensitive) == 0;
}

Identity Identity::resolve(const Portfolio &portfolio, const OsAccount &os)
{
    Identity identity;
    identity.m_os = os;
    identity.m_training = portfolio.policy.training;
    for (const Person &person : portfolio.people) {
        const bool bound = std::any_of(person.accounts.cbegin(), person.accounts.cend(),
                                       [&](const QString &entry) { return matches(entry, os); });
        if (bound) {
            // The first person in file order wins; the reader's job is to keep bindings unambiguous.
            identity.m_personId = person.id;
            identity.m_personName = person.name;
            break;
        }
    }
    return identity;
}

Identity Identity::ofLogin(const Portfolio &portfolio, const QString &login, const QString &clientHost,
                           const QString &personId)
{
    Identity identity;
    identity.m_os = OsAccount{login, clientHost};
    identity.m_training = portfolio.policy.training;
    identity.m_login = true;
    // A mapping to somebody the portfolio no longer lists binds nobody.
    for (const Person &person : portfolio.people) {
        if (person.id == personId) {
            identity.m_personId = person.id;
            identity.m_personName = person.name;
            break;
        }
    }
    return identity;
}

QString Identity::readOnlyReason() const
{
    if (canEdit())
        return {};
    if (m_login)
        return tr("You are logged in to the team database as %1, which is no person's login; the window is "
                  "read-only. Ask the database's owner to run `greenlight admin add-login PERSON %1`.")
            .arg(m_os.account);
    return tr("You are signed in to this computer as %1, which no person in the portfolio is bound to; the window "
              "is read-only. Add %1 to your entry's accounts in the portfolio file and import it.")
        .arg(m_os.text());
}

Actor Identity::actor() const
{
    if (isBound() && m_login)
        return Actor{m_personId, m_os.account, m_os.host, Actor::Kind::Login};
    if (isBound())
        return Actor::bound(m_personId, m_os.account, m_os.host);
    return Actor::ofAccount(m_os.account, m_os.host);
}

Result<Actor> Identity::actAs(const QString &personId) const
{
    if (personId == m_personId && isBound())
        return actor();
    if (m_training)
        return Actor{personId, m_os.account, m_os.host, Actor::Kind::Unverified};
    if (m_login && !isBound())
        return fail(u"--as "_s + personId, tr("you are logged in to the database as %1, which is no person's login; "
                                              "ask the database's owner to run `greenlight admin add-login %2 %1`")
                                               .arg(m_os.account, personId));
    if (m_login)
        return fail(u"--as "_s + personId,
                    tr("you are logged in to the database as %1, which is the login of %2; nobody may act for "
                       "someone else")
                        .arg(m_os.account, m_personId));
    if (!isBound()) {
        return fail(u"--as "_s + personId,
                    tr("you are signed in to this computer as %1, which no person in the portfolio is bound to; add %1 "
                       "to your entry's accounts in the portfolio file and import it")
                        .arg(m_os.text()));
    }
    return fail(u"--as "_s + personId, tr("you are signed in to this computer as %1, which is bound to %2; nobody may "
                                          "act for someone else")
                                           .arg(m_os.text(), m_personId));
}

} // namespace greenlight::models
