#pragma once

#include "cli/command.h"

namespace greenlight::models {
struct GateEvaluation;
}

namespace greenlight::app {

/// `gate check` (rule results, exit 1 on no-go) and `gate review start|sign|decide`.
class GateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GateCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

    /// The human-readable table: a headline, then failing blockers first (and nothing else when @p failuresOnly).
    static QString formatTable(const models::GateEvaluation &evaluation, bool failuresOnly);
    /// The documented JSON object of DESIGN §5; a waived rule carries its "waiver" from @p portfolio.
    static QByteArray formatJson(const models::Portfolio &portfolio, const QList<models::GateEvaluation> &evaluations,
                                 bool asArray);

private:
    int check(const QStringList &arguments, CommandContext &context);
    int review(const QStringList &arguments, CommandContext &context);
};

} // namespace greenlight::app
