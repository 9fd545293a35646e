#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `gate review start|sign|decide|abandon`: the scriptable form of the gate review wizard.
class GateReviewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GateReviewCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    /// What every step of a review starts from: the database opened for writing, the person acting (`--as`) and,
    /// for a step that takes `--key`, the signer (empty without --key).
    struct Step {
        std::unique_ptr<models::Database> db;
        models::Actor actor;
        std::optional<models::SshSigner> signer;
    };
    enum class KeyOption {
        Absent, ///< the step signs nothing (start)
        Read,   ///< the parser has signingKeyOption()
    };
    /// Opens the database, resolves `--as` and reads `--key` in that order; prints the first error (nullopt).
    std::optional<Step> beginStep(CommandContext &context, const QCommandLineParser &parser, KeyOption key) const;

    int start(const QStringList &arguments, CommandContext &context);
    int sign(const QStringList &arguments, CommandContext &context);
    int decide(const QStringList &arguments, CommandContext &context);
    int abandon(const QStringList &arguments, CommandContext &context);
};

} // namespace greenlight::app
