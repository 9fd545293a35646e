#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <limits>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// The schema from which a PostgreSQL database has group roles, logins and the checked audit chain.
constexpr int kTeamSchemaVersion = 17;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"greenlight-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Why this process may not write @p path, as the kernel answers (permissions, an immutable flag, a read-only
/// mount); empty when it may. Asking the kernel rather than reading mode bits keeps the answer right for root,
/// who may write a file whose mode says read-only.
QString whyNotWritable(const QString &path)
{
#if defined(Q_OS_UNIX)
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return {};
    return QString::fromLocal8Bit(std::strerror(errno));
#else
    return QFileInfo(path).isWritable() ? QString() : QStringLiteral("access denied");
#endif
}

/// True when the file's header says write-ahead logging (bytes 18 and 19 of a SQLite header are 2).
bool isWalDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header[18] == 2 && header[19] == 2;
}

void removeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

/// The libpq parameters a URL's query may set (`?sslmode=verify-full&sslrootcert=…`, `?service=team`), as QPSQL's
/// connect options; an unknown parameter or a value the options string cannot hold is refused, naming it.
Result<QString> connectionParameters(const QUrl &url)
{
    static const QStringList known{u"service"_s,         u"sslmode"_s,          u"sslrootcert"_s,
                                   u"sslcert"_s,         u"sslkey"_s,           u"sslcrl"_s,
                                   u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
                                   u"gssencmode"_s,      u"krbsrvname"_s,       u"channel_binding"_s};
    static const QRegularExpression unsafe(u"[\\s;'\"\\\\]"_s);
    const QString where = url.toDisplayString(QUrl::RemovePassword);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return fail(where,
                        Database::tr("unknown connection parameter %1 (known: %2)").arg(key, known.join(u", "_s)));
        if (value.isEmpty() || value.contains(unsafe))
            return fail(
                where,
                Database::tr("the connection parameter %1 needs a value without spaces, quotes, ; or \\").arg(key));
        options.append(key + u'=' + value);
    }
    return options.join(u';');
}

} // namespace

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    const bool server = isServerUrl(location);
    std::unique_ptr<SqlDialect> dialect = server ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return fail(location, tr("the Qt SQL driver %1 is not installed").arg(dialect->driverName()));

    QString displayName = location;
    QString readOnlyReason;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), nextConnectionName());
    if (server) {
        const QUrl url(location);
        if (!url.isValid()) {
            removeConnection(db);
            // QUrl shows nothing of what it cannot parse: name the text as given, any password cut out.
            QString shown = location;
            shown.replace(QRegularExpression(u"^(\\w+://[^/:@]*):[^@/]*@"_s), u"\\1@"_s);
            return fail(shown, tr("expected postgresql://user@host:port/database"));
        }
        displayName = url.toDisplayString(QUrl::RemovePassword);
        const Result<QString> parameters = connectionParameters(url);
        if (!parameters) {
            removeConnection(db);
            return std::unexpected(parameters.error());
        }
        // What the URL leaves out (host, port, login, database, password) libpq takes where its users expect it:
        // PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass, and a service (?service=NAME or PGSERVICE).
        db.setHostName(url.host());
        if (url.port() != -1)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(*parameters);
    } else {
        const QFileInfo file(location);
        QStringList connectOptions{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)};
        if (!file.exists()) {
            if (!options.createIfMissing) {
                removeConnection(db);
                return fail(QString(),
                            tr("no Greenlight database at %1 (create one with `greenlight init`)").arg(location));
            }
            if (!file.dir().exists() && !QDir().mkpath(file.absolutePath())) {
                removeConnection(db);
                return fail(location, tr("cannot create the folder %1").arg(file.absolutePath()));
            }
        } else {
            const QString fileDenied = whyNotWritable(file.absoluteFilePath());
            const QString folderDenied = whyNotWritable(file.absolutePath());
            if (options.readOnly)
                readOnlyReason = tr("it was opened for reading only");
            else if (!fileDenied.isEmpty())
                readOnlyReason = tr("the file is not writable (%1)").arg(fileDenied);
            else if (!folderDenied.isEmpty())
                readOnlyReason = tr("its folder %1 is not writable (%2)").arg(file.absolutePath(), folderDenied);
            if (!readOnlyReason.isEmpty())
                connectOptions.append(u"QSQLITE_OPEN_READONLY"_s);
            // A WAL database needs its -shm and -wal files, which a read-only folder cannot hold. Without a log
            // left over, every committed change is in the file itself: read it as immutable. With a log but no
            // index there is no safe way to read the log's commits.
            if (!folderDenied.isEmpty() && isWalDatabase(location) && !QFileInfo::exists(location + u"-shm"_s)) {
                if (QFileInfo::exists(location + u"-wal"_s)) {
                    removeConnection(db);
                    return fail(QString(), tr("the database %1 is read-only (%2) and its write-ahead log %1-wal "
                                              "was left unfinished; open it once where its folder is writable")
                                               .arg(location, readOnlyReason));
                }
                connectOptions.append(u"QSQLITE_OPEN_URI"_s);
                db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                   u"?immutable=1"_s);
            }
        }
        if (db.databaseName().isEmpty())
            db.setDatabaseName(location);
        db.setConnectOptions(connectOptions.join(u';'));
    }

    // From here the Database owns the connection and removes it on every path out.
    std::unique_ptr<Database> database(new Database(db, std::move(dialect), displayName));
    db = QSqlDatabase(); // the Database holds the only handle, so its destructor can remove the connection
    database->m_readOnlyReason = readOnlyReason;
    QSqlDatabase &conn = database->m_db;
    if (!conn.open()) {
        const QSqlError error = conn.lastError();
        const int code = error.nativeErrorCode().toInt();
        if (!server && (code & 0xff) != SQLITE_CANTOPEN)
            return std::unexpected(database->sqlError(error));
        return fail(displayName, tr("cannot open the database: %1").arg(error.text()));
    }
    if (options.waitingNotice)
        database->setWaitingNotice(std::move(options.waitingNotice));

    // Read the version before writing anything, so a newer database is left exactly as it was.
    const Result<int> version = database->m_dialect->schemaVersion(conn);
    if (!version) {
        // Disk, lock and permission trouble is named as such: only a file SQLite cannot read is "not ours".
        const int code = server ? SQLITE_ERROR : sqlite3_extended_errcode(sqliteHandle(conn));
        switch (code & 0xff) {
        case SQLITE_FULL:
        case SQLITE_IOERR:
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_NOMEM: return std::unexpected(database->sqlError(code, version.error().message));
        default: return fail(displayName, tr("this is not a Greenlight database (%1)").arg(version.error().message));
        }
    }
    if (*version > latestSchemaVersion())
        return fail(displayName, tr("the database was created by a newer Greenlight (schema %1; this version "
                                    "knows up to %2); it was left untouched")
                                     .arg(*version)
                                     .arg(latestSchemaVersion()));
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (database->isReadOnly() && *version < target)
        return fail(QString(), tr("the database %1 is read-only (%2), and its schema %3 must first be upgraded to %4, "
                                  "which writes to it")
                                   .arg(displayName, readOnlyReason)
                                   .arg(*version)
                                   .arg(target));

    if (Status s = database->m_dialect->configure(conn, database->isReadOnly()); !s) {
        const int code = server ? SQLITE_ERROR : sqlite3_extended_errcode(sqliteHandle(conn));
        return std::unexpected(database->sqlError(code, s.error().message));
    }
    if (Status s = database->migrate(target); !s)
        return std::unexpected(s.error());
    return database;
}

Database::Database(QSqlDatabase db, std::unique_ptr<SqlDialect> dialect, QString displayName)
    : m_db(std::move(db)), m_dialect(std::move(dialect)), m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    if (!isPostgres() && !isReadOnly() && m_db.isOpen()) {
        // Keeps the planner's statistics current (sampled: quick on big tables). It is optional, so it never
        // waits for another writer: a command run during an import must not hang on its way out.
        QSqlQuery optimize(m_db);
        optimize.exec(u"PRAGMA busy_timeout = 0"_s);
        optimize.exec(u"PRAGMA analysis_limit = 400"_s);
        optimize.exec(u"PRAGMA optimize"_s);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Database::isPostgres() const
{
    return m_dialect->driverName() == u"QPSQL"_s;
}

Result<int> Database::schemaVersion()
{
    return m_dialect->schemaVersion(m_db);
}

Error Database::readOnlyError() const
{
    return Error{QString(), tr("the database %1 is read-only: %2").arg(m_displayName, m_readOnlyReason)};
}

void Database::setWaitingNotice(std::function<void()> notice)
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (handle == nullptr)
        return;
    m_waitingNotice = std::move(notice);
    // The handler replaces the driver's busy timeout (QSQLITE_BUSY_TIMEOUT), so it keeps the same limit itself.
    sqlite3_busy_handler(handle, &Database::busyHandler, this);
}

int Database::busyHandler(void *self, int attempt)
{
    auto *db = static_cast<Database *>(self);
    if (attempt == 0) {
        db->m_waitTimer.start();
        db->m_waitNoticed = false;
    }
    const qint64 waited = db->m_waitTimer.elapsed();
    if (waited >= busyTimeoutMs)
        return 0;
    if (!db->m_waitNoticed && waited >= 1000) {
        db->m_waitNoticed = true;
        db->m_waitingNotice();
    }
    sqlite3_sleep(attempt < 6 ? 1 << attempt : 50);
    return 1;
}

Error Database::totalsOverflowError() const
{
    return Error{QString(), tr("the usage totals in %1 are too large to add up exactly (a sum would pass %2)")
                                .arg(m_displayName)
                                .arg(std::numeric_limits<qint64>::max())};
}

Error Database::sqlError(const QSqlError &error) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    // A team server's refusal (insufficient_privilege: a privilege it withholds, or a rule its triggers check) says
    // what was refused on its first line; the rest (CONTEXT: the trigger's line) means nothing to the user.
    if (isPostgres() && error.nativeErrorCode() == u"42501"_s) {
        QString message = error.databaseText().section(u'\n', 0, 0);
        message.remove(QRegularExpression(u"^ERROR:\\s*"_s));
        return Error{m_displayName, tr("the team database refuses this: %1").arg(message)};
    }
    if (isPostgres() || !numeric)
        return Error{m_displayName, error.text()};
    return sqlError(code, error.text());
}

Error Database::sqlError(int sqliteCode, const QString &text) const
{
    if (isPostgres())
        return Error{m_displayName, text};
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return Error{QString(), tr("disk full while writing %1").arg(m_displayName)};
    case SQLITE_IOERR: return Error{QString(), tr("I/O error on %1 (%2)").arg(m_displayName, text)};
    case SQLITE_READONLY:
        return isReadOnly() ? readOnlyError()
                            : Error{QString(), tr("the database %1 is read-only: %2").arg(m_displayName, text)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{QString(), tr("another writer kept the database %1 busy for more than %2 seconds; nothing was "
                                   "written")
                                    .arg(m_displayName)
                                    .arg(busyTimeoutMs / 1000)};
    case SQLITE_ERROR:
        // SUM() refuses to wrap: the stored totals are too large to add up exactly (never written by an import,
        // which keeps the grand totals within 64 bits).
        if (text.startsWith(u"integer overflow"_s))
            return totalsOverflowError();
        return Error{m_displayName, text};
    default: return Error{m_displayName, text};
    }
}

Status Database::migrate(int targetVersion)
{
    const Result<int> current = schemaVersion();
    if (!current)
        return std::unexpected(current.error());
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        Transaction tx(*this);
        GL_TRY(tx.started());
        QStringList statements = migration.statements;
        if (isPostgres())
            statements += migration.postgresOnly;
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(m_db);
            if (!query.exec(statement)) {
                const Error error = sqlError(query.lastError());
                if (!error.where.isEmpty()) // not a disk, lock or permission problem: name the migration
                    return fail(m_displayName, tr("migration %1 (%2) failed: %3")
                                                   .arg(migration.version)
                                                   .arg(migration.description, query.lastError().text()));
                return std::unexpected(error);
            }
        }
        if (Status s = m_dialect->setSchemaVersion(m_db, migration.version); !s)
            return s;
        // A team server's privileges cover every table, including the ones this migration added.
        if (isPostgres() && migration.version >= kTeamSchemaVersion) {
            QSqlQuery grant(m_db);
            if (!grant.exec(u"SELECT greenlight_grant_privileges()"_s))
                return fail(m_displayName, tr("migration %1 (%2) failed: %3")
                                               .arg(migration.version)
                                               .arg(migration.description, grant.lastError().text()));
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace greenlight::models
