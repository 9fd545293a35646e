#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `sync [CONNECTION] [--since DATE]`: pull usage and feedback from the configured gateways.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
