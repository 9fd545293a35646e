#pragma once

#include "cli/command.h"

#include <QList>

#include <memory>
#include <vector>

namespace greenlight::app {

/**
 * The `greenlight` command line: global options (--db, --help, --version) and the subcommands.
 * Output goes to the context's streams so tests capture it.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    /// @param arguments the full argument list, program name first.
    [[nodiscard]] int run(const QStringList &arguments, CommandContext &context);

    /// True when the arguments name no subcommand (and no --help/--version): the GUI should open.
    /// @p arguments without Qt's own window options (-platform NAME, -style NAME, -reverse…), which QApplication
    /// takes itself: the window accepts them, and the commands never see them.
    [[nodiscard]] static QStringList withoutQtOptions(const QStringList &arguments);
    [[nodiscard]] static bool wantsGui(const QStringList &arguments);
    /// True when the command draws charts or PDFs (export packet): it needs a QApplication.
    [[nodiscard]] static bool drawsCharts(const QStringList &arguments);
    /// The value of a --db option before the subcommand, if any.
    [[nodiscard]] static QString databaseOption(const QStringList &arguments);
    /// The portfolio file to open in the window ("greenlight portfolio.json"), or empty.
    [[nodiscard]] static QString portfolioFileArgument(const QStringList &arguments);

private:
    [[nodiscard]] QString commandList() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace greenlight::app
