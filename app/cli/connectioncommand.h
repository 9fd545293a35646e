#pragma once

#include "cli/command.h"

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
    [[nodiscard]] static QString noKeyMessage();
    int list(CommandContext &context);
    int remove(const QString &connectionName, CommandContext &context);
};

} // namespace greenlight::app
