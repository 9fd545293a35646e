#pragma once

#include "domain/error.h"

#include <QString>

#include <memory>

namespace greenlight::models {

class Database;

/**
 * A prepared statement for hot loops (bulk imports). On SQLite it drives the native statement on
 * the connection's own handle, because Qt 6.4 spends most of a bulk insert building placeholder
 * names in QSqlResult::bindValue; on other databases it falls back to QSqlQuery. Values are bound
 * by 1-based position and cleared by exec().
 */
class FastStatement final
{
public:
    FastStatement(Database &db, const QString &sql);
    ~FastStatement();
    Q_DISABLE_COPY_MOVE(FastStatement)

    void bind(int position, qint64 value);
    /// Binds text; an unset (null) string is bound as empty text.
    void bind(int position, const QString &value);
    /// Binds UTF-8 text, which must stay unchanged until exec(); a null array is bound as empty text.
    void bind(int position, const QByteArray &utf8);
    void bindNull(int position);
    /// Runs the statement; returns the number of rows it changed.
    [[nodiscard]] Result<int> exec();

private:
    class Impl;
    class SqliteImpl;
    class QtImpl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace greenlight::models
