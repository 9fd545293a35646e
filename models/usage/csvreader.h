#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QList>

namespace greenlight::models {

/**
 * Reads RFC 4180 CSV records one at a time from a device, in constant memory: quoted fields with
 * doubled quotes, commas and line breaks inside quotes, LF or CRLF line ends. Fields are views into
 * the reader's buffers and stay valid until the next call, so unquoted fields are never copied.
 */
class CsvReader final
{
public:
    explicit CsvReader(QIODevice &device) : m_device(device) {}

    /// Reads the next record into @p fields; false at the end or on an unterminated quote.
    bool next(QList<QByteArrayView> &fields);
    /// The line on which the last record returned started (1-based).
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    [[nodiscard]] bool unterminatedQuote() const { return m_unterminated; }
    /// Forgets what was read, to read again from the device's current position as from its first line.
    void restart()
    {
        m_line.clear();
        m_unquoted.clear();
        m_lineNumber = 0;
        m_recordLine = 0;
        m_unterminated = false;
    }

private:
    bool readLine();
    void keepFieldsOfThisLine(QList<QByteArrayView> &fields);

    QIODevice &m_device;
    QByteArray m_line;
    QList<QByteArray> m_unquoted; ///< storage for the quoted fields of the current record
    qint64 m_lineNumber = 0;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
};

} // namespace greenlight::models
