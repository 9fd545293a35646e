#pragma once

// The backend a storage-level test runs on. CTest registers such a test twice (tests/CMakeLists.txt, BOTH_BACKENDS):
// once on SQLite files, and once as NAME_postgres, labelled postgres, under tests/support/with-postgres.sh with
// GREENLIGHT_TEST_BACKEND=postgres, where every database the test opens is the real server's, emptied first.

#include "postgresadmin.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace greenlight::tests {

/// True when this run of the test is its PostgreSQL instance.
inline bool onPostgres()
{
    return qEnvironmentVariable("GREENLIGHT_TEST_BACKEND") == QLatin1StringView("postgres");
}

/// A fresh database for the running test function (and data row): a new SQLite file in @p dir named after them, or,
/// on the PostgreSQL instance, the server of GREENLIGHT_TEST_PG with an empty schema. Empty when the server cannot be
/// reset (the reason goes to the test log). Close every connection to the previous one first.
inline QString freshTestDatabase(const QTemporaryDir &dir, const QString &suffix = {})
{
    if (onPostgres()) {
        const QString url = qEnvironmentVariable("GREENLIGHT_TEST_PG");
        if (url.isEmpty()) {
            qWarning("GREENLIGHT_TEST_BACKEND=postgres needs GREENLIGHT_TEST_PG (tests/support/with-postgres.sh)");
            return {};
        }
        const QString error = resetServer(url);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return url;
    }
    return dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                        QString::fromLatin1(QTest::currentDataTag()) + suffix + QStringLiteral(".sqlite"));
}

} // namespace greenlight::tests
