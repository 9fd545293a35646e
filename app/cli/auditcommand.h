#pragma once

#include "cli/command.h"

namespace greenlight::models {
struct AuditVerification;
}

namespace greenlight::app {

/// `audit verify [--includes HASH] [--anchor FILE]… [--json]` and `audit anchor --out FILE [--key FILE]`.
class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int verify(const QCommandLineParser &parser, CommandContext &context);
    int anchor(const QCommandLineParser &parser, CommandContext &context);
    /// The text report; returns the exit code.
    static int printText(const models::AuditVerification &result, const QStringList &anchorProblems,
                         CommandContext &context);
    /// `--json`: the same as one stable object.
    static int printJson(const models::AuditVerification &result, const QStringList &anchorProblems,
                         CommandContext &context);
};

} // namespace greenlight::app
