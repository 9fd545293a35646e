#pragma once

#include "domain/error.h"
#include "usage/csvreader.h"
#include "usage/usagerecord.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <optional>

namespace greenlight::models {

/**
 * Reads usage or feedback records from CSV (with a header row) or JSON Lines, one at a time in
 * constant memory. The first bad row stops reading with an error naming its line and field
 * ("line 17: cost_usd: \"abc\" is not a number").
 */
class RecordFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(RecordFileReader)

public:
    enum class Format { Csv, JsonLines };
    enum class Kind { Usage, Feedback };

    RecordFileReader(QIODevice &device, Format format, Kind kind, QString defaultSource);

    /// JSON Lines for .jsonl/.ndjson/.json names or a body that starts with '{'; CSV otherwise.
    [[nodiscard]] static Format detectFormat(const QString &fileName, QIODevice &device);

    bool next(UsageRecord &record);
    bool next(FeedbackRecord &record);
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] qint64 line() const { return m_line; }
    /// Starts reading again from the first line; false (and nothing changed) when the device cannot seek back.
    [[nodiscard]] bool rewind();

    /// Strict ISO 8601 ("2026-11-01T09:30:00Z", fraction and offset optional; no zone means UTC).
    [[nodiscard]] static std::optional<qint64> parseTimeMs(QByteArrayView text);
    /// A non-negative decimal amount in USD, to nano-dollars (NanoUsd::parse: exact, half-even past nine decimals).
    [[nodiscard]] static std::optional<qint64> parseCost(QByteArrayView text);
    /// A JSON number as the text it most likely had in the file (see numberText()).
    [[nodiscard]] static QByteArray numberText(double value);

private:
    bool readRow();
    bool fail(const QString &field, const QString &message);
    /// The text of a field, valid until the next row; empty when the field is absent, null or empty.
    QByteArrayView field(int index) const { return m_row.value(index); }
    bool requiredText(int index, QByteArray &out);
    bool count(int index, qint64 &out, bool required);
    bool time(int index, qint64 &out);

    QIODevice &m_device;
    Format m_format;
    Kind m_kind;
    QByteArray m_defaultSource;
    CsvReader m_csv;
    QStringList m_fieldNames;
    QList<int> m_columnToField; ///< CSV: field index of each column
    QList<QByteArrayView> m_row;
    QList<QByteArrayView> m_cells;
    QList<QByteArray> m_jsonValues; ///< JSON Lines: the storage m_row views
    qint64 m_start = 0;             ///< where the device was when reading began
    bool m_headerRead = false;
    qint64 m_line = 0;
    std::optional<Error> m_error;
};

} // namespace greenlight::models
