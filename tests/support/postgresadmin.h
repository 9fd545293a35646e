#pragma once

// Statements run on the test's PostgreSQL server beside the code under test (resetting the schema, tampering).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

namespace greenlight::tests {

/// Runs @p statements on the server at @p url over a connection of its own; the first error, or empty.
inline QString execOnServer(const QString &url, const QStringList &statements)
{
    const QUrl server(url);
    const QString name = QStringLiteral("admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.userName());
        db.setPassword(server.password());
        db.setDatabaseName(server.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    error = statement + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// An empty public schema: the server as a first run finds it.
inline QString resetServer(const QString &url)
{
    return execOnServer(url, {QStringLiteral("SET client_min_messages TO WARNING"),
                              QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("CREATE SCHEMA public")});
}

} // namespace greenlight::tests
