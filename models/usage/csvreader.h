#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace greenlight::models {

/**
 * Reads RFC 4180 CSV records one at a time from a device, in constant memory: quoted fields with
 * doubled quotes, commas and line breaks inside quotes, LF or CRLF line ends.
 */
class CsvReader final
{
public:
    explicit CsvReader(QIODevice &device) : m_device(device) {}

    /// Reads the next record into @p fields; false at the end or on an unterminated quote (see error()).
    bool next(QList<QByteArray> &fields);
    /// The line on which the last record returned started (1-based).
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    [[nodiscard]] bool unterminatedQuote() const { return m_unterminated; }

private:
    QIODevice &m_device;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
};

} // namespace greenlight::models
