#pragma once

#include "cli/command.h"

namespace greenlight::app {

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int exportPortfolio(const QString &fileName, CommandContext &context);
    int exportAuditLog(const QString &format, const QString &fileName, CommandContext &context);
    int exportPacket(const QString &useCaseId, const QString &fileName, const std::optional<models::SshSigner> &signer,
                     CommandContext &context);
    int exportEvidence(const QString &directory, CommandContext &context);
};

} // namespace greenlight::app
