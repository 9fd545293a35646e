#pragma once

#include "cli/command.h"

namespace greenlight::app {

/// `approve USE_CASE DATA_CLASS --as PERSON --role ROLE --approve|--reject [--note TEXT]`.
class ApproveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApproveCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;
};

} // namespace greenlight::app
