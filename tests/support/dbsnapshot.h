#pragma once

// A fingerprint of everything a database holds, to prove that a failed write left it exactly as it was.

#include <QByteArray>
#include <QCryptographicHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace greenlight::tests {

struct DatabaseSnapshot {
    QMap<QString, qint64> rowCounts; ///< every table, by name
    QByteArray sha256;               ///< over every table's name and rows (sorted: storage order does not count)
    QString error;                   ///< set when a table could not be read
    friend bool operator==(const DatabaseSnapshot &, const DatabaseSnapshot &) = default;
};

/// "audit_events=3 people=8 … sha256=…": QCOMPARE prints this when two snapshots differ.
inline char *toString(const DatabaseSnapshot &s)
{
    QByteArray text;
    for (auto it = s.rowCounts.cbegin(); it != s.rowCounts.cend(); ++it)
        text += it.key().toUtf8() + '=' + QByteArray::number(it.value()) + ' ';
    text += "sha256=" + s.sha256.toHex();
    if (!s.error.isEmpty())
        text += " error: " + s.error.toUtf8();
    return qstrdup(text.constData());
}

/// Reads every table of @p db (SQLite or PostgreSQL) in full.
inline DatabaseSnapshot snapshot(const QSqlDatabase &db)
{
    DatabaseSnapshot s;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables = db.tables(QSql::Tables);
    // SQLite's own tables hold query planner statistics (PRAGMA optimize refreshes them on close), not data.
    tables.removeIf([](const QString &table) { return table.startsWith(QLatin1StringView("sqlite_")); });
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table)) {
            s.error = table;
            return s;
        }
        // QSqlQuery::record() copies the current row's every value: ask for the column count once, not per cell.
        const int columns = q.record().count();
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < columns; ++i)
                row += (q.isNull(i) ? QByteArray("\\N") : q.value(i).toString().toUtf8()) + '\x1f';
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        s.rowCounts.insert(table, rows.size());
        hash.addData(QByteArray(table.toUtf8() + '\x1e'));
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(QByteArray(row + '\x1e'));
    }
    s.sha256 = hash.result();
    return s;
}

} // namespace greenlight::tests
