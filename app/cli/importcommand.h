#pragma once

#include "cli/command.h"
#include "usage/recordfilereader.h"

namespace greenlight::app {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int execute(const QStringList &arguments, CommandContext &context) override;

private:
    int importPortfolio(const QString &fileName, bool dryRun, CommandContext &context);
    int printPlan(const QString &fileName, const QByteArray &json, models::Database &db, CommandContext &context);
    struct EvalOptions {
        QString useCase;
        QString route;
        QString categoryKey;
        QDate date;
    };
    int importEval(const QString &fileName, const EvalOptions &options, CommandContext &context);
    int importRecords(models::RecordFileReader::Kind kind, const QString &fileName, const QString &source,
                      CommandContext &context);
};

} // namespace greenlight::app
