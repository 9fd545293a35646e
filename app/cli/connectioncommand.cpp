#include "cli/connectioncommand.h"

#include "gateways/fieldpath.h"
#include "gateways/gatewayadapter.h"
#include "gateways/secretstore.h"
#include "storage/auditstore.h"
#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/identifiermaps.h"
#include "storage/transaction.h"
#include "usage/nanousd.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <QRegularExpression>
#include <QUrl>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

Status store(Database &db, const Connection &c, const Actor &actor, const QDateTime &at)
{
    const QJsonObject payload{{u"kind"_s, c.kind},
                              {u"url"_s, c.url},
                              {u"tenant_field"_s, c.tenantField},
                              {u"use_case_field"_s, c.useCaseField},
                              {u"secret_ref"_s, c.secretRef}};
    Transaction tx(db);
    GL_TRY(tx.started());
    GL_TRY(ConnectionStore(db).add(c));
    GL_TRY(AuditStore(db).append(
        AuditEntry{actor, u"connection"_s, c.name, u"create"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at));
    return tx.commit();
}

Status forget(Database &db, const QString &name, const Actor &actor, const QDateTime &at)
{
    Transaction tx(db);
    GL_TRY(tx.started());
    GL_TRY(ConnectionStore(db).remove(name));
    GL_TRY(AuditStore(db).append(AuditEntry{actor, u"connection"_s, name, u"delete"_s, "{}"}, at));
    return tx.commit();
}

/// Points @p c at @p url with its key now in @p reference, and records who did it (from where to where).
Status rebind(Database &db, const Connection &c, const QString &url, const QString &reference, const Actor &actor,
              const QDateTime &at)
{
    const QJsonObject payload{{u"url"_s, QJsonObject{{u"before"_s, c.url}, {u"after"_s, url}}},
                              {u"secret_ref"_s, reference}};
    Transaction tx(db);
    GL_TRY(tx.started());
    GL_TRY(ConnectionStore(db).rebind(c.name, url, reference));
    GL_TRY(AuditStore(db).append(
        AuditEntry{actor, u"connection"_s, c.name, u"set_key"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at));
    return tx.commit();
}

} // namespace

std::optional<Connection> ConnectionCommand::findConnection(CommandContext &context, Database &db, const QString &name)
{
    Result<Connection> found = ConnectionStore(db).find(name);
    if (!found) {
        printError(context, found.error());
        return std::nullopt;
    }
    return std::move(*found);
}

QString ConnectionCommand::name() const
{
    return u"connection"_s;
}

QString ConnectionCommand::summary() const
{
    return tr("Gateway connections: connection add NAME --kind KIND --url URL (API key on stdin) | set-key NAME "
              "[--url URL] (API key on stdin) | map NAME --use-case ID=VALUE… --tenant ID=VALUE… | status NAME | "
              "list | remove NAME.");
}

int ConnectionCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, tr("add, set-key, map, status, list or remove."));
    parser.addPositionalArgument(u"name"_s, tr("The connection's name (also the source of its records)."), u"[NAME]"_s);
    parser.addOption({u"kind"_s, tr("litellm, openai, anthropic, helicone or langfuse."), tr("kind")});
    parser.addOption({u"url"_s, tr("The gateway's base URL."), tr("url")});
    parser.addOption({u"tenant-field"_s, tr("Dotted path of the tenant in the gateway's records."), tr("path")});
    parser.addOption({u"use-case-field"_s, tr("Dotted path of the use case in the gateway's records."), tr("path")});
    parser.addOption({u"use-case"_s, tr("map: the use case a gateway value means (repeatable)."), tr("id=value")});
    parser.addOption({u"tenant"_s, tr("map: the tenant a gateway value means (repeatable)."), tr("id=value")});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"add"_s && positional.size() == 2)
        return add(parser, context);
    if (action == u"set-key"_s && positional.size() == 2)
        return setKey(parser, context);
    if (action == u"map"_s && positional.size() == 2 && (parser.isSet(u"use-case"_s) || parser.isSet(u"tenant"_s)))
        return map(parser, context);
    if (action == u"status"_s && positional.size() == 2)
        return status(positional[1], context);
    if (action == u"list"_s && positional.size() == 1)
        return list(context);
    if (action == u"remove"_s && positional.size() == 2)
        return remove(positional[1], context);
    printError(context, tr("usage: greenlight connection add NAME --kind KIND --url URL [--tenant-field F] "
                           "[--use-case-field F] | set-key NAME [--url URL] | map NAME --use-case ID=VALUE… "
                           "--tenant ID=VALUE… | status NAME | list | remove NAME"));
    return ExitUsageError;
}

int ConnectionCommand::add(const QCommandLineParser &parser, CommandContext &context)
{
    Connection c;
    c.name = parser.positionalArguments().value(1);
    c.kind = parser.value(u"kind"_s);
    c.url = parser.value(u"url"_s);
    c.tenantField = parser.value(u"tenant-field"_s);
    c.useCaseField = parser.value(u"use-case-field"_s);
    c.createdAt = context.clock();
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (!slug.match(c.name).hasMatch()) {
        printError(context,
                   tr("%1: a connection name is lower-case letters, digits, dots, dashes or underscores").arg(c.name));
        return ExitUsageError;
    }
    if (!GatewayAdapter::kinds().contains(c.kind)) {
        printError(
            context,
            tr("--kind: unknown kind \"%1\" (expected one of: %2)").arg(c.kind, GatewayAdapter::kinds().join(u", "_s)));
        return ExitUsageError;
    }
    if (const QString problem = GatewayAdapter::urlProblem(c.url); !problem.isEmpty()) {
        printError(context, u"--url: "_s + problem);
        return ExitUsageError;
    }
    for (const auto &[option, value] :
         {std::pair{u"--tenant-field"_s, c.tenantField}, std::pair{u"--use-case-field"_s, c.useCaseField}}) {
        if (!value.isEmpty() && !FieldPath::isValid(value)) {
            printError(context, tr("%1: \"%2\" is not a dotted field path (e.g. metadata.use_case or tags[feature:])")
                                    .arg(option, value));
            return ExitUsageError;
        }
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    if (ConnectionStore(*db).find(c.name)) {
        printError(context, tr("%1: a connection with this name exists already").arg(c.name));
        return ExitUsageError;
    }
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const std::optional<QString> reference = storeKey(context, *db, c.name, c.url);
    if (!reference)
        return ExitUsageError;
    c.secretRef = *reference;
    const Status saved = store(*db, c, *actor, context.clock());
    if (!saved) {
        (void)SecretStore::remove(c.secretRef);
        printError(context, saved.error());
        return ExitUsageError;
    }
    context.out << tr("Added connection %1 (%2, %3); its API key is in the OS keychain as %4.")
                       .arg(c.name, c.kind, c.url, c.secretRef)
                << Qt::endl;
    return ExitOk;
}

std::optional<QString> ConnectionCommand::storeKey(CommandContext &context, Database &db, const QString &name,
                                                   const QString &url)
{
    const Result<QString> databaseId = ConnectionStore(db).databaseId();
    if (!databaseId) {
        printError(context, databaseId.error());
        return std::nullopt;
    }
    const QString key = context.readSecret();
    if (key.isEmpty()) {
        printError(context, tr("no API key on standard input (pipe it in: the key is never taken as an argument)"));
        return std::nullopt;
    }
    const QString reference = SecretStore::referenceFor(*databaseId, name);
    if (Status stored = SecretStore::writeKey(reference, BoundKey{key, url}); !stored) {
        printError(context, stored.error());
        return std::nullopt;
    }
    return reference;
}

int ConnectionCommand::setKey(const QCommandLineParser &parser, CommandContext &context)
{
    const QString name = parser.positionalArguments().value(1);
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Connection> found = findConnection(context, *db, name);
    if (!found)
        return ExitUsageError;
    const QString url = parser.isSet(u"url"_s) ? parser.value(u"url"_s) : found->url;
    if (const QString problem = GatewayAdapter::urlProblem(url); !problem.isEmpty()) {
        printError(context, u"--url: "_s + problem);
        return ExitUsageError;
    }
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    // The key is stored first (under the same entry name, bound to the new URL). If recording then fails, the
    // database still names the old URL: a sync refuses the mismatch until set-key is run again.
    const std::optional<QString> reference = storeKey(context, *db, name, url);
    if (!reference)
        return ExitUsageError;
    if (Status saved = rebind(*db, *found, url, *reference, *actor, context.clock()); !saved) {
        printError(context, saved.error());
        return ExitUsageError;
    }
    if (found->secretRef != *reference)
        (void)SecretStore::remove(found->secretRef); // the entry of a key stored before keys were bound
    context.out << (url == found->url
                        ? tr("Stored a new API key for %1 (%2).").arg(name, url)
                        : tr("%1 now points at %2 (was %3), with the API key just entered.").arg(name, url, found->url))
                << Qt::endl;
    return ExitOk;
}

int ConnectionCommand::map(const QCommandLineParser &parser, CommandContext &context)
{
    const QString name = parser.positionalArguments().value(1);
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    if (!findConnection(context, *db, name))
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    QList<IdentifierMapping> entries;
    for (const auto &[option, dimension] :
         {std::pair{u"use-case"_s, u"use_case"_s}, std::pair{u"tenant"_s, u"tenant"_s}}) {
        for (const QString &entry : parser.values(option)) {
            const IdentifierMapping mapping{dimension, entry.section(u'=', 1), entry.section(u'=', 0, 0)};
            if (mapping.target.isEmpty() || mapping.value.isEmpty() || !entry.contains(u'=')) {
                printError(context, tr("--%1: \"%2\" is not ID=VALUE").arg(option, entry));
                return ExitUsageError;
            }
            if (const QString missing = IdentifierMapStore::missingTarget(*portfolio, mapping); !missing.isEmpty()) {
                printError(context, fail(u"--"_s + option, missing).error());
                return ExitUsageError;
            }
            entries.append(mapping);
        }
    }
    const Status saved = IdentifierMapStore(*db).record(*portfolio, name, entries, *actor, context.clock());
    if (!saved) {
        printError(context, saved.error());
        return ExitUsageError;
    }
    context.out << tr("%1: %n value(s) mapped; their stored usage moved to what they mean.", nullptr,
                      int(entries.size()))
                       .arg(name)
                << Qt::endl;
    return ExitOk;
}

int ConnectionCommand::status(const QString &connectionName, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Connection> found = findConnection(context, *db, connectionName);
    if (!found)
        return ExitUsageError;
    const Result<IdentifierMap> maps = IdentifierMapStore(*db).load(connectionName);
    const Result<QList<UnmappedValue>> unmapped = IdentifierMapStore(*db).unmapped(connectionName);
    if (!maps || !unmapped) {
        printError(context, !maps ? maps.error() : unmapped.error());
        return ExitUsageError;
    }
    context.out << tr("%1 (%2, %3)").arg(found->name, found->kind, found->url) << Qt::endl;
    for (const auto &[label, map] :
         {std::pair{tr("use case"), maps->useCases}, std::pair{tr("tenant"), maps->tenants}}) {
        QStringList keys = map.keys();
        keys.sort();
        for (const QString &value : std::as_const(keys))
            context.out << tr("  %1 → %2 %3").arg(value, label, map.value(value)) << Qt::endl;
    }
    if (unmapped->isEmpty()) {
        context.out << tr("Nothing unmapped.") << Qt::endl;
        return ExitOk;
    }
    context.out << tr("Unmapped (stored as unmapped:VALUE; map them with 'greenlight connection map'):") << Qt::endl;
    const QLocale c = QLocale::c();
    for (const UnmappedValue &u : *unmapped)
        context.out << tr("  %1 %2: %3 USD in %4 requests")
                           .arg(u.dimension == u"tenant"_s ? tr("tenant") : tr("use case"), u.value,
                                NanoUsd::toDecimal(u.costNanos), c.toString(u.requests))
                    << Qt::endl;
    return ExitOk;
}

int ConnectionCommand::list(CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const Result<QList<Connection>> all = ConnectionStore(*db).list();
    if (!all) {
        printError(context, all.error());
        return ExitUsageError;
    }
    if (all->isEmpty()) {
        context.out << tr("No connections. Add one with 'greenlight connection add NAME --kind KIND --url URL'.")
                    << Qt::endl;
        return ExitOk;
    }
    for (const Connection &c : *all) {
        QString line = c.name.leftJustified(16) + u' ' + c.kind.leftJustified(10) + u' ' + c.url;
        if (!c.tenantField.isEmpty())
            line += u"  tenant="_s + c.tenantField;
        if (!c.useCaseField.isEmpty())
            line += u"  use_case="_s + c.useCaseField;
        context.out << line << u"  "_s
                    << (c.lastSyncedAt.isValid()
                            ? tr("last synced %1").arg(c.lastSyncedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                            : tr("never synced"))
                    << Qt::endl;
    }
    return ExitOk;
}

int ConnectionCommand::remove(const QString &connectionName, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Connection> found = findConnection(context, *db, connectionName);
    if (!found)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    Status removed = forget(*db, connectionName, *actor, context.clock());
    if (removed)
        removed = SecretStore::remove(found->secretRef);
    if (!removed) {
        printError(context, removed.error());
        return ExitUsageError;
    }
    context.out << tr("Removed connection %1 and its API key; its records stay.").arg(connectionName) << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
