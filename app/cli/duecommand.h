#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `due [--within DAYS] [--at DATE] [--json]`: the evidence that stops counting soon or has stopped, by owner.
class DueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DueCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
