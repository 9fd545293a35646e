#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `alerts [--from DATE] [--to DATE] [--json]`: spend-share, edit-rate, cost-cap and eval-regression alerts.
class AlertsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
