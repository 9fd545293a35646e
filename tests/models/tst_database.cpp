#include "../support/badportfolios.h"
#include "../support/why.h"

#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TstDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }
    void createsTheLatestSchemaWithWalAndForeignKeys();
    void migratesAnOlderSchemaKeepingItsData();
    void refusesANewerSchemaAndLeavesItUntouched();
    void refusesAFileThatIsNotADatabase();
    void storesAndLoadsTheExampleUnchanged();
    void importReplacesThePreviousPortfolio();
    void failedImportLeavesTheDatabaseAsItWas_data();
    void failedImportLeavesTheDatabaseAsItWas();
    void rollsBackAnUncommittedTransaction();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TstDatabase::createsTheLatestSchemaWithWalAndForeignKeys()
{
    auto db = Database::open(path("new.sqlite"));
    QVERIFY2(db.has_value(), why(db).constData());
    QCOMPARE((*db)->schemaVersion().value(), latestSchemaVersion());
    QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM usage_records"_s).toInt(), 0);
}

void TstDatabase::migratesAnOlderSchemaKeepingItsData()
{
    const QString file = path("old.sqlite");
    {
        auto db = Database::open(file, Database::Options{1});
        QVERIFY(db.has_value());
        QCOMPARE((*db)->schemaVersion().value(), 1);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"INSERT INTO people (id, name, sort_order) VALUES ('ana', 'Ana Ruiz', 0)"_s));
        QVERIFY(!q.exec(u"SELECT COUNT(*) FROM usage_records"_s)); // not there yet at schema 1
    }
    auto db = Database::open(file);
    QVERIFY2(db.has_value(), why(db).constData());
    QCOMPARE((*db)->schemaVersion().value(), latestSchemaVersion());
    QCOMPARE(scalar(**db, u"SELECT name FROM people WHERE id = 'ana'"_s).toString(), u"Ana Ruiz"_s);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM usage_records"_s).toInt(), 0);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM usage_daily"_s).toInt(), 0);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM feedback_daily"_s).toInt(), 0);
}

void TstDatabase::refusesANewerSchemaAndLeavesItUntouched()
{
    const QString file = path("newer.sqlite");
    {
        auto db = Database::open(file);
        QVERIFY(db.has_value());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());
    auto db = Database::open(file);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(), file + u": the database was created by a newer Greenlight (schema 99; this "
                                           u"version knows up to 6); it was left untouched"_s);
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TstDatabase::refusesAFileThatIsNotADatabase()
{
    const QString file = path("notes.txt");
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    auto db = Database::open(file);
    QVERIFY(!db.has_value());
    QVERIFY2(db.error().toString().startsWith(file + u": this is not a Greenlight database"_s), why(db).constData());
    QCOMPARE(QFileInfo(file).size(), 4096);
}

void TstDatabase::storesAndLoadsTheExampleUnchanged()
{
    auto db = Database::open(path("example.sqlite"));
    QVERIFY(db.has_value());
    const auto example = PortfolioReader::read(readExample());
    QVERIFY(example.has_value());
    {
        Transaction tx(**db);
        QVERIFY(PortfolioRepository(**db).replace(*example).has_value());
        QVERIFY(tx.commit().has_value());
    }
    const auto loaded = PortfolioRepository(**db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    QCOMPARE(PortfolioWriter::write(*loaded), readExample());
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM eval_results"_s).toInt(), 14);
}

void TstDatabase::importReplacesThePreviousPortfolio()
{
    auto db = Database::open(path("replace.sqlite"));
    QVERIFY(db.has_value());
    PortfolioImporter importer(**db);
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(importer.import(readExample(), u"a.json"_s, u"tester"_s, at).has_value());
    const QByteArray smaller = exampleWith("tenants", QJsonArray());
    const auto summary = importer.import(smaller, u"b.json"_s, u"tester"_s, at);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->tenants, 0);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM tenants"_s).toInt(), 0);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM use_cases"_s).toInt(), 1);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM audit_events WHERE action = 'import'"_s).toInt(), 2);
    const QString expectedSha =
        QString::fromLatin1(QCryptographicHash::hash(smaller, QCryptographicHash::Sha256).toHex());
    QVERIFY(scalar(**db, u"SELECT payload FROM audit_events WHERE seq = 2"_s).toString().contains(expectedSha));
}

void TstDatabase::failedImportLeavesTheDatabaseAsItWas_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const BadPortfolio &bad : badPortfolios())
        QTest::newRow(bad.name) << bad.json;
}

void TstDatabase::failedImportLeavesTheDatabaseAsItWas()
{
    QFETCH(QByteArray, json);
    auto db = Database::open(path(QTest::currentDataTag()));
    QVERIFY(db.has_value());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, u"tester"_s, at).has_value());
    const QByteArray before = PortfolioWriter::write(PortfolioRepository(**db).load().value());
    QVERIFY(!PortfolioImporter(**db).import(json, u"bad.json"_s, u"tester"_s, at).has_value());
    QCOMPARE(PortfolioWriter::write(PortfolioRepository(**db).load().value()), before);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM audit_events"_s).toInt(), 1);
}

void TstDatabase::rollsBackAnUncommittedTransaction()
{
    auto db = Database::open(path("rollback.sqlite"));
    QVERIFY(db.has_value());
    {
        Transaction tx(**db);
        QVERIFY(PortfolioRepository(**db).replace(PortfolioReader::read(readExample()).value()).has_value());
        // leaving the scope without commit()
    }
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM people"_s).toInt(), 0);
    QVERIFY(PortfolioRepository(**db).isEmpty().value());
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
