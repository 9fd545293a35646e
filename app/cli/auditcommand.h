#pragma once

#include "cli/command.h"

namespace greenlight::app {

class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
