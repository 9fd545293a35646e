#include "cli/synccommand.h"

#include "gateways/syncservice.h"
#include "storage/database.h"

#include <QLocale>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

/// The retry policy, with the timeout and first backoff overridable from the environment
/// (GREENLIGHT_HTTP_TIMEOUT_MS, GREENLIGHT_HTTP_BACKOFF_MS) for slow links and for tests.
RetryPolicy policyFromEnvironment()
{
    RetryPolicy policy;
    bool ok = false;
    if (const int timeout = qEnvironmentVariableIntValue("GREENLIGHT_HTTP_TIMEOUT_MS", &ok); ok && timeout > 0)
        policy.timeoutMs = timeout;
    if (const int backoff = qEnvironmentVariableIntValue("GREENLIGHT_HTTP_BACKOFF_MS", &ok); ok && backoff >= 0)
        policy.firstBackoffMs = backoff;
    return policy;
}

} // namespace

QString SyncCommand::name() const
{
    return u"sync"_s;
}

QString SyncCommand::summary() const
{
    return tr("Pull usage from the gateways: sync [CONNECTION] [--since DATE] [--max-pages N] [--max-minutes M] "
              "(first sync: the last 90 days).");
}

int SyncCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"connection"_s, tr("Only this connection (default: every one)."), u"[CONNECTION]"_s);
    const QCommandLineOption sinceOption(
        u"since"_s, tr("Read again from this day (YYYY-MM-DD), ignoring the stored cursor."), tr("date"));
    parser.addOption(sinceOption);
    const QCommandLineOption maxPagesOption(
        u"max-pages"_s,
        tr("Stop each connection after this many pages (default %1); the next sync resumes there.")
            .arg(SyncLimits::defaultMaxPages),
        tr("pages"));
    const QCommandLineOption maxMinutesOption(
        u"max-minutes"_s,
        tr("Stop each connection after this many minutes (default %1; decimals allowed); the next sync resumes "
           "there.")
            .arg(SyncLimits::defaultMaxMs / 60'000),
        tr("minutes"));
    parser.addOptions({maxPagesOption, maxMinutesOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1) {
        printError(context, tr("usage: greenlight sync [CONNECTION] [--since DATE] [--max-pages N] [--max-minutes M]"));
        return ExitUsageError;
    }
    QDate sinceDay;
    if (!parseDate(context, parser, sinceOption, sinceDay))
        return ExitUsageError;
    const std::optional<QDate> since = sinceDay.isValid() ? std::optional<QDate>(sinceDay) : std::nullopt;
    SyncLimits limits;
    if (parser.isSet(maxPagesOption)) {
        bool ok = false;
        limits.maxPages = parser.value(maxPagesOption).toLongLong(&ok);
        if (!ok || limits.maxPages < 1) {
            printError(context, tr("--max-pages: \"%1\" is not a whole number of pages of at least 1")
                                    .arg(parser.value(maxPagesOption)));
            return ExitUsageError;
        }
    }
    if (parser.isSet(maxMinutesOption)) {
        bool ok = false;
        const double minutes = QLocale::c().toDouble(parser.value(maxMinutesOption), &ok);
        if (!ok || !(minutes > 0) || minutes > 7 * 24 * 60) {
            printError(context, tr("--max-minutes: \"%1\" is not a number of minutes above 0 (at most a week)")
                                    .arg(parser.value(maxMinutesOption)));
            return ExitUsageError;
        }
        limits.maxMs = std::max<qint64>(1, qint64(minutes * 60'000));
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    QList<Connection> connections;
    if (parser.positionalArguments().isEmpty()) {
        const Result<QList<Connection>> all = ConnectionStore(*db).list();
        if (!all) {
            printError(context, all.error());
            return ExitUsageError;
        }
        connections = *all;
    } else {
        const Result<Connection> one = ConnectionStore(*db).find(parser.positionalArguments().constFirst());
        if (!one) {
            printError(context, one.error());
            return ExitUsageError;
        }
        connections.append(*one);
    }
    if (connections.isEmpty()) {
        context.out << tr("No connections to sync. Add one with 'greenlight connection add'.") << Qt::endl;
        return ExitOk;
    }

    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    SyncService service(*db, context.clock, *actor, policyFromEnvironment());
    service.setLimits(limits);
    int failed = 0;
    for (const Connection &c : connections) {
        const SyncResult result = service.sync(c, since, [&](const QString &name, qint64 pages, qint64 records) {
            context.err << tr("%1: page %2, %3 records").arg(name).arg(pages).arg(records) << u'\r';
            context.err.flush();
        });
        if (result.error) {
            ++failed; // the others still run
            printError(context, *result.error);
            context.out << tr("%1: stopped after %2 pages; %3 new records were kept.")
                               .arg(c.name)
                               .arg(result.pages)
                               .arg(result.added)
                        << Qt::endl;
            continue;
        }
        context.out
            << tr("%1: %2 pages, %3 records, %4 new.").arg(c.name).arg(result.pages).arg(result.read).arg(result.added)
            << Qt::endl;
    }
    return failed == 0 ? ExitOk : ExitUsageError;
}

} // namespace greenlight::app
