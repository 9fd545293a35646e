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
    int start(const QStringList &arguments, CommandContext &context);
    int sign(const QStringList &arguments, CommandContext &context);
    int decide(const QStringList &arguments, CommandContext &context);
    int abandon(const QStringList &arguments, CommandContext &context);
};

} // namespace greenlight::app
