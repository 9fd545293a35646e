#pragma once

#include <QStringList>

namespace greenlight::models {

/// The ssh-agent the user runs (SSH_AUTH_SOCK): which keys it holds, as `ssh-add -L` lists them. It signs for a
/// key through SshSigner::fromAgentKey(); the private keys never leave it.
class SshAgent final
{
public:
    /// The public key lines the agent holds; empty when SSH_AUTH_SOCK is not set, no agent answers there, or it
    /// holds no key.
    [[nodiscard]] static QStringList publicKeys();
};

} // namespace greenlight::models
