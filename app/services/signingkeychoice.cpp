#include "services/signingkeychoice.h"

#include "signing/sshagent.h"
#include "signing/sshpublickey.h"
#include "workspace.h"

#include <QDateTime>

namespace greenlight::app {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

SigningKeyChoice::SigningKeyChoice(Workspace &session) : QObject(&session), m_session(session)
{
    connect(&session, &Workspace::identityChanged, this, [this] {
        m_chosen = false; // another person: their own keys
        refresh();
    });
    connect(&session, &Workspace::portfolioChanged, this, [this] {
        // An import may have added or revoked a key; other changes leave the choice (and the agent) alone.
        const bool hasKey = personHasKey();
        const bool stale = m_signer && !problemWith(m_signer->publicKey()).isEmpty();
        if (stale)
            m_chosen = false;
        if (stale || hasKey != m_hadKey)
            refresh();
    });
}

void SigningKeyChoice::setAskpass(const QString &program)
{
    m_askpass = program;
    if (m_signer)
        m_signer->setAskpass(program);
}

bool SigningKeyChoice::personHasKey() const
{
    const Person *person = m_session.actingPerson();
    return person != nullptr && person->signingKeyOn(m_session.evaluationDay()) != nullptr;
}

QString SigningKeyChoice::problemWith(const QString &publicKey) const
{
    const Person *person = m_session.actingPerson();
    if (person == nullptr)
        return m_session.identity().readOnlyReason();
    const QString fingerprint = SshPublicKey::fingerprint(publicKey);
    for (const SigningKey &key : person->signingKeys) {
        if (SshPublicKey::fingerprint(key.publicKey) != fingerprint)
            continue;
        if (key.isValidOn(m_session.evaluationDay()))
            return {};
        return tr("the key %1 of %2 is not valid today (valid from %3%4)")
            .arg(fingerprint, person->name, key.validFrom.toString(Qt::ISODate),
                 key.revokedOn.isValid() ? tr(", revoked on %1").arg(key.revokedOn.toString(Qt::ISODate)) : QString());
    }
    return tr("the key %1 is not one of %2's signing keys in the portfolio (add it to people[].signing_keys)")
        .arg(fingerprint, person->name);
}

Status SigningKeyChoice::useAgentKey(const QString &publicKey)
{
    if (const QString problem = problemWith(publicKey); !problem.isEmpty())
        return fail(SshPublicKey::fingerprint(publicKey), problem);
    Result<SshSigner> signer = SshSigner::fromAgentKey(publicKey);
    if (!signer)
        return std::unexpected(signer.error());
    set(std::move(*signer), Source::Agent, true);
    return {};
}

Status SigningKeyChoice::useKeyFile(const QString &keyFile)
{
    Result<SshSigner> signer = SshSigner::fromKeyFile(keyFile);
    if (!signer)
        return std::unexpected(signer.error());
    if (const QString problem = problemWith(signer->publicKey()); !problem.isEmpty())
        return fail(keyFile, problem);
    set(std::move(*signer), Source::KeyFile, true);
    return {};
}

void SigningKeyChoice::signNothing()
{
    set(std::nullopt, Source::None, true);
}

void SigningKeyChoice::set(std::optional<SshSigner> signer, Source source, bool chosen)
{
    if (signer)
        signer->setAskpass(m_askpass);
    m_signer = std::move(signer);
    m_source = source;
    m_chosen = chosen;
    Q_EMIT changed();
}

void SigningKeyChoice::refresh()
{
    m_agentKeys.clear();
    m_hadKey = personHasKey();
    if (m_hadKey) {
        for (const QString &key : SshAgent::publicKeys()) {
            if (problemWith(key).isEmpty())
                m_agentKeys.append(key);
        }
    }
    if (m_chosen) {
        Q_EMIT changed();
        return;
    }
    std::optional<SshSigner> agentSigner;
    if (!m_agentKeys.isEmpty()) {
        if (Result<SshSigner> signer = SshSigner::fromAgentKey(m_agentKeys.first()))
            agentSigner = std::move(*signer);
    }
    const Source source = agentSigner ? Source::Agent : Source::None;
    set(std::move(agentSigner), source, false);
}

} // namespace greenlight::app
