#pragma once

#include "cli/command.h"

namespace greenlight::app {

/**
 * `waiver add|revoke|list` (issue 20): accept a failing rule of a use case at a gate until an expiry date, end such a
 * waiver early, or list waivers with where each stands (active, expired, revoked, not yet granted) on a day.
 */
class WaiverCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WaiverCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int add(const QStringList &arguments, CommandContext &context) const;
    int revoke(const QStringList &arguments, CommandContext &context) const;
    int list(const QStringList &arguments, CommandContext &context) const;
};

} // namespace greenlight::app
