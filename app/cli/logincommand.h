#pragma once

#include "cli/command.h"

namespace greenlight::app {

/**
 * `login [--forget]` (issue 17): keeps the password of your team-database login in the OS keychain, bound to that
 * login, server, port and database, after checking it against the server; every later command and the window
 * connect with it when the URL, PGPASSWORD and ~/.pgpass give none.
 */
class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
