#pragma once

#include "cli/command.h"

namespace greenlight::app {

/**
 * `admin add-login|remove-login|list-logins` (issue 17): on a team (PostgreSQL) database the owner makes each person
 * a server login of their own, a member of the group roles of their roles; everyone else then connects as that login
 * and is that person, whatever they type.
 */
class AdminCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int addLogin(const QStringList &arguments, CommandContext &context) const;
    int removeLogin(const QStringList &arguments, CommandContext &context) const;
    int listLogins(const QStringList &arguments, CommandContext &context) const;
    /// The team database to administer, or nothing (said why) for a SQLite file.
    std::unique_ptr<models::Database> openTeamDatabase(CommandContext &context, Access access) const;
};

} // namespace greenlight::app
