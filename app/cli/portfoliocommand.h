#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `portfolio rank [--json]`: seed 000's priority order with ROI and the sequencing warning.
/// `portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]`: the governance changes between two portfolio
/// files (GovernanceDiff), exit 1 when a use case loses go-eligibility or gains an unapproved data class.
class PortfolioCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int rank(const QStringList &arguments, CommandContext &context);
    int diff(const QStringList &arguments, CommandContext &context);
};

} // namespace greenlight::app
