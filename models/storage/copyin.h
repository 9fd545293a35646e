#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace greenlight::models {

class Database;

/**
 * One `COPY … FROM STDIN` through libpq on a database's PostgreSQL connection, in COPY's text format: rows are
 * appended to buffer() (fields by appendText()/appendNumber(), tab-separated, one line each) and sent in chunks of
 * 256 KB; end() reports what the server made of them. Qt's driver has no COPY, so this borrows its PGconn handle.
 */
class CopyIn final
{
public:
    explicit CopyIn(Database &db);
    ~CopyIn();
    Q_DISABLE_COPY_MOVE(CopyIn)

    /// Whether @p db can take this path (a PostgreSQL connection with a libpq handle).
    [[nodiscard]] static bool available(Database &db);

    /// Runs @p sql as a plain command on the same connection (SAVEPOINT, CREATE TEMPORARY TABLE, …).
    [[nodiscard]] Status command(const char *sql);
    /// Starts the COPY statement @p sql.
    [[nodiscard]] Status start(const char *sql);
    /// The rows not sent yet; append whole lines, then call rowAdded().
    [[nodiscard]] QByteArray &buffer() { return m_buffer; }
    /// Sends the buffer once it holds a chunk's worth.
    [[nodiscard]] Status rowAdded();
    /// True once the server has answered mid-COPY, which it only does to refuse it: the rest need not be sent.
    [[nodiscard]] bool refused();
    /// Sends what is left and ends the COPY. On an error, @p sqlState (when given) receives its SQLSTATE.
    [[nodiscard]] Status end(QByteArray *sqlState = nullptr);
    /// Ends the COPY as failed (the server refuses it, which leaves the transaction or savepoint to roll back).
    void cancel(const QString &why);
    [[nodiscard]] bool copying() const { return m_copying; }

    /// Appends @p text as one field: backslash, tab, newline and carriage return escaped.
    static void appendText(QByteArray &line, const QByteArray &text);
    static void appendNumber(QByteArray &line, qint64 value) { line += QByteArray::number(value); }

private:
    Status flush();
    QString libpqMessage() const;

    Database &m_db;
    void *m_connection = nullptr; ///< the PGconn of the database's connection
    QByteArray m_buffer;
    bool m_copying = false;
};

} // namespace greenlight::models
