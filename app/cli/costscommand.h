#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `costs --by tenant|model|use-case|day [--from DATE] [--to DATE] [--json]`, from the daily rollups.
class CostsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CostsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
