#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `portfolio rank [--json]`: seed 000's priority order with ROI and the sequencing warning.
class PortfolioCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
