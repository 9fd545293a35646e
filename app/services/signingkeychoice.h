#pragma once

#include "domain/error.h"
#include "signing/sshsigner.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace greenlight::app {

class Workspace;

/**
 * Which key the window signs the signed-in person's steps with (issue 16): the ssh-agent's copy of one of their
 * portfolio keys, a key file they chose, or none. Sign-offs, data-class decisions, gate decisions and packet exports
 * made in the window are signed with it. A key that is not one of the person's keys valid today is refused when
 * chosen, not at the first signature. When nothing was chosen, the first of the person's keys the agent holds is
 * used.
 */
class SigningKeyChoice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningKeyChoice)

public:
    enum class Source { None, Agent, KeyFile };

    explicit SigningKeyChoice(Workspace &session);

    /// The program OpenSSH asks a key file's passphrase with (SSH_ASKPASS); the application passes itself.
    void setAskpass(const QString &program);

    /// The signed-in person's keys valid today that the ssh-agent holds, as public key lines.
    [[nodiscard]] const QStringList &agentKeys() const { return m_agentKeys; }
    /// Whether the signed-in person has a key valid today in the portfolio.
    [[nodiscard]] bool personHasKey() const;

    [[nodiscard]] models::Status useAgentKey(const QString &publicKey);
    [[nodiscard]] models::Status useKeyFile(const QString &keyFile);
    /// Signs nothing until another key is chosen (also when the agent holds one).
    void signNothing();

    /// The signer to pass to a step; nullptr records it unsigned.
    [[nodiscard]] const models::SshSigner *signer() const { return m_signer ? &*m_signer : nullptr; }
    [[nodiscard]] Source source() const { return m_source; }

    /// Asks the agent again which keys it holds and, unless the user chose, picks the first that fits.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    /// Why @p publicKey cannot sign for the signed-in person today, or empty when it can.
    [[nodiscard]] QString problemWith(const QString &publicKey) const;
    void set(std::optional<models::SshSigner> signer, Source source, bool chosen);

    Workspace &m_session;
    QString m_askpass;
    QStringList m_agentKeys;
    std::optional<models::SshSigner> m_signer;
    Source m_source = Source::None;
    bool m_chosen = false; ///< the user picked (or declined) a key: refresh() keeps it while it still fits
    bool m_hadKey = false; ///< whether the person had a key valid today at the last refresh()
};

} // namespace greenlight::app
