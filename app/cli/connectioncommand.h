#pragma once

#include "cli/command.h"
#include "storage/connectionstore.h"

#include <optional>

namespace greenlight::app {

/// `connection add NAME --kind KIND --url URL [--tenant-field F] [--use-case-field F]` (the API key on
/// standard input), `connection set-key NAME [--url URL]` (likewise), `connection list`, `connection remove NAME`.
class ConnectionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int add(const QCommandLineParser &parser, CommandContext &context);
    /// Enters the API key again (and, with --url, points the connection elsewhere): audited, bound to the URL.
    int setKey(const QCommandLineParser &parser, CommandContext &context);
    /// Reads the API key from standard input and stores it for @p name, bound to @p url; its keychain entry, or
    /// nullopt once the reason is printed.
    [[nodiscard]] static std::optional<QString> storeKey(CommandContext &context, models::Database &db,
                                                         const QString &name, const QString &url);
    /// Maps gateway values to use cases and tenants (audited), moving their stored usage.
    int map(const QCommandLineParser &parser, CommandContext &context);
    /// The connection's maps, and what it stored unmapped with its spend.
    int status(const QString &connectionName, CommandContext &context);
    int list(CommandContext &context);
    /// The connection @p name, or nullopt once it said there is none.
    [[nodiscard]] static std::optional<models::Connection> findConnection(CommandContext &context, models::Database &db,
                                                                          const QString &name);
    int remove(const QString &connectionName, CommandContext &context);
};

} // namespace greenlight::app
