#pragma once

#include "signing/sshsigner.h"

#include "domain/enums.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "identity/identity.h"
#include "identity/osaccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace greenlight::models {
class Database;
}

namespace greenlight::app {

/// Exit codes of every command (DESIGN §5).
enum ExitCode : int {
    ExitOk = 0,         ///< success, or go
    ExitNoGo = 1,       ///< no-go, or a failed verification
    ExitUsageError = 2, ///< bad usage or bad input
};

/// What a command may use: its output streams, where the database is, the OS account it runs under (the
/// composition root passes OsAccount::current(), tests their own) and what time it is.
struct CommandContext {
    QTextStream &out;
    QTextStream &err;
    QString databaseLocation;
    models::OsAccount account;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    /// Reads a secret (an API key) from standard input; never from an argument.
    std::function<QString()> readSecret = &readSecretFromStdin;

    static QString readSecretFromStdin();
};

/// One subcommand of the `greenlight` executable.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    /// Runs with the arguments after the command name; returns the exit code.
    [[nodiscard]] virtual int execute(const QStringList &arguments, CommandContext &context) = 0;

protected:
    /// One action of a command that has several (`waiver add`, `waiver list`): its name and what runs it with the
    /// arguments after that name.
    struct Action {
        QString name;
        std::function<int(const QStringList &arguments, CommandContext &context)> run;
    };
    /// Runs the action the first of @p arguments names with the arguments after it. Instead, `-h`/`--help` prints
    /// summary() and @p helpHint (where the actions' options are); a missing or unknown action prints @p usage, the
    /// whole "usage: …" message, as the error.
    int dispatch(const QStringList &arguments, CommandContext &context, std::initializer_list<Action> actions,
                 const QString &helpHint, const QString &usage) const;
    /// Parses @p arguments (after the command name) with @p parser; prints help or the error and returns false
    /// when the command should stop, with the exit code in @p exitCode.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandContext &context, int &exitCode) const;
    /// What a command does with the database.
    enum class Access {
        Read,   ///< reads only: works on a read-only file
        Write,  ///< records something: refused up front on a read-only file
        Create, ///< may create a missing file (init alone)
    };
    /// Opens (and migrates) the database, printing the error when that fails. Only Access::Create makes a
    /// missing SQLite file: any other command on a mistyped path says so instead of starting an empty record.
    std::unique_ptr<models::Database> openDatabase(CommandContext &context, Access access) const;
    /// Loads the stored portfolio, printing the error when that fails.
    std::optional<models::Portfolio> loadPortfolio(CommandContext &context, models::Database &db) const;
    /// The stored portfolio and the day it is judged on: the date of option @p at (YYYY-MM-DD), else today (UTC).
    struct PortfolioAsOf {
        models::Portfolio portfolio;
        QDate asOf;
    };
    /// Reads --at from @p parser, then loads the portfolio from the database opened read-only; prints the first
    /// error (nullopt).
    std::optional<PortfolioAsOf> portfolioAsOf(CommandContext &context, const QCommandLineParser &parser,
                                               const QCommandLineOption &at) const;
    /// Who a command that decides nothing for a person records (imports, sync, connections, exports, init): the
    /// person the OS account is bound to, else the account alone. nullopt (error printed) when the portfolio
    /// cannot be read.
    std::optional<models::Actor> sessionActor(CommandContext &context, models::Database &db) const;
    /// Who this session is (TeamLogins: the server's login on a team database); prints why not and returns nothing.
    std::optional<models::Identity> sessionIdentity(CommandContext &context, models::Database &db) const;
    /// sessionIdentity() judged against @p portfolio, already loaded from @p db (beginStep() keeps it for the step).
    std::optional<models::Identity> sessionIdentity(CommandContext &context, models::Database &db,
                                                    const models::Portfolio &portfolio) const;
    /// What a command that records a person's decision starts from: the database opened for writing, the portfolio
    /// as it stood before the decision, the person acting (`--as`) and, for a command that takes `--key`, the signer
    /// (empty without --key).
    struct Step {
        std::unique_ptr<models::Database> db;
        models::Portfolio portfolio;
        models::Actor actor;
        std::optional<models::SshSigner> signer;
        /// The signer, or nullptr to leave the decision unsigned (as the services take it).
        [[nodiscard]] const models::SshSigner *signing() const { return signer ? &*signer : nullptr; }
    };
    enum class KeyOption {
        Absent, ///< the command signs nothing
        Read,   ///< the parser has signingKeyOption()
    };
    /// Opens the database for writing, resolves `--as` (the parser's option "as") and reads `--key` in that order;
    /// prints the first error (nullopt). The session (its OS account, or its login on a team database) must be the
    /// person `--as` names, except on a training database, where the event says "unverified".
    std::optional<Step> beginStep(CommandContext &context, const QCommandLineParser &parser, KeyOption key) const;
    /// `--key FILE`: the SSH key a decision is signed with (a private key file, or a public key file whose private
    /// key the ssh-agent holds).
    static QCommandLineOption signingKeyOption();
    /// The signer that --key names in @p parser into @p signer (left empty without --key); prints the error and
    /// returns false when the key file is unusable.
    static bool readSigner(CommandContext &context, const QCommandLineParser &parser,
                           std::optional<models::SshSigner> &signer);
    /// Parses an enum-valued argument ("security", "customer"), printing the accepted spellings when it is unknown.
    template <typename E>
    static std::optional<E> parseChoice(CommandContext &context, const QString &value, const QString &what)
    {
        const auto parsed = models::enumFromName<E>(value);
        if (!parsed)
            printError(context, unknownChoiceMessage(what, value, models::enumChoices<E>()));
        return parsed;
    }
    /// Reads an optional YYYY-MM-DD option into @p date (left as is when the option is absent); prints the
    /// error and returns false when the value is not a date.
    static bool parseDate(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &option,
                          QDate &date);
    /// Prints "greenlight: <error>" to stderr.
    static void printError(CommandContext &context, const QString &message);
    static void printError(CommandContext &context, const models::Error &error);

private:
    static QString unknownChoiceMessage(const QString &what, const QString &value, const QString &choices);
};

} // namespace greenlight::app
