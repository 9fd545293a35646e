#include "usage/recordfilereader.h"

#include "usage/nanousd.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <charconv>
#include <cmath>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

// Field order of each kind; the row vector is indexed by these.
enum UsageField {
    URequestId,
    UTime,
    USource,
    UProvider,
    UModel,
    UTenant,
    UUseCase,
    UPromptTokens,
    UCompletionTokens,
    UCost,
    ULatency,
    UStatus
};
enum FeedbackField { FTime, FUseCase, FTenant, FRequestId, FOutcome, FSource };

QStringList fieldNames(RecordFileReader::Kind kind)
{
    if (kind == RecordFileReader::Kind::Usage)
        return {u"request_id"_s, u"time"_s,     u"source"_s,        u"provider"_s,          u"model"_s,
                u"tenant"_s,     u"use_case"_s, u"prompt_tokens"_s, u"completion_tokens"_s, u"cost_usd"_s,
                u"latency_ms"_s, u"status"_s};
    return {u"time"_s, u"use_case"_s, u"tenant"_s, u"request_id"_s, u"outcome"_s, u"source"_s};
}

int digits(QByteArrayView s, qsizetype at, qsizetype n)
{
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

} // namespace

RecordFileReader::RecordFileReader(QIODevice &device, Format format, Kind kind, QString defaultSource)
    : m_device(device), m_format(format), m_kind(kind), m_defaultSource(defaultSource.toUtf8()), m_csv(device),
      m_fieldNames(fieldNames(kind)), m_start(device.pos())
{
}

bool RecordFileReader::rewind()
{
    if (m_device.isSequential() || !m_device.seek(m_start))
        return false;
    m_csv.restart();
    m_columnToField.clear();
    m_row.clear();
    m_headerRead = false;
    m_line = 0;
    m_error.reset();
    return true;
}

RecordFileReader::Format RecordFileReader::detectFormat(const QString &fileName, QIODevice &device)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"json"_s)
        return Format::JsonLines;
    if (suffix == u"csv"_s)
        return Format::Csv;
    return device.peek(64).trimmed().startsWith('{') ? Format::JsonLines : Format::Csv;
}

std::optional<qint64> RecordFileReader::parseTimeMs(QByteArrayView s)
{
    // YYYY-MM-DD[T ]hh:mm:ss[.fff…][Z|±hh:mm|±hhmm]
    if (s.size() < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour > 23 || hour < 0 || minute > 59 || minute < 0 || second > 59 ||
        second < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    qsizetype i = 19;
    int millis = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int scale = 100;
        const qsizetype start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            millis += (s[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (i < s.size()) {
        if (s[i] == 'Z' && i + 1 == s.size()) {
            ++i;
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            const QByteArrayView zone = s.sliced(i + 1);
            int oh = -1, om = -1;
            if (zone.size() == 5 && zone[2] == ':') {
                oh = digits(zone, 0, 2);
                om = digits(zone, 3, 2);
            } else if (zone.size() == 4) {
                oh = digits(zone, 0, 2);
                om = digits(zone, 2, 2);
            }
            if (oh < 0 || om < 0 || oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = sign * (oh * 60 + om);
            i = s.size();
        } else {
            return std::nullopt;
        }
    }
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60'000LL + second * 1000LL + millis;
}

std::optional<qint64> RecordFileReader::parseCost(QByteArrayView text)
{
    const std::optional<NanoUsd::Parsed> parsed = NanoUsd::parse(text);
    if (!parsed || parsed->nanos < 0)
        return std::nullopt;
    return parsed->nanos;
}

QByteArray RecordFileReader::numberText(double value)
{
    // Whole numbers (token counts) as integers; others in the shortest form that reads back as the same double:
    // the text the file had whenever it had 15 significant digits or fewer, so an amount keeps its decimals exactly.
    if (std::trunc(value) == value && std::abs(value) < 9e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

bool RecordFileReader::fail(const QString &field, const QString &message)
{
    m_error = Error{tr("line %1").arg(m_line), field.isEmpty() ? message : field + u": "_s + message};
    return false;
}

bool RecordFileReader::readRow()
{
    m_row.fill(QByteArrayView(), m_fieldNames.size());
    if (m_format == Format::Csv) {
        QList<QByteArrayView> &cells = m_cells; // a member, so its capacity is reused from row to row
        if (!m_headerRead) {
            if (!m_csv.next(cells)) {
                m_line = 1;
                return m_csv.unterminatedQuote() ? fail({}, tr("unterminated quoted field")) : false;
            }
            m_line = m_csv.recordLine();
            for (const QByteArrayView cell : cells) {
                const QString name = QString::fromUtf8(cell.trimmed());
                const int index = int(m_fieldNames.indexOf(name));
                if (index < 0)
                    return fail({}, tr("unknown column \"%1\" (expected: %2)").arg(name, m_fieldNames.join(u", "_s)));
                if (m_columnToField.contains(index))
                    return fail({}, tr("column \"%1\" appears twice").arg(name));
                m_columnToField.append(index);
            }
            m_headerRead = true;
        }
        do {
            if (!m_csv.next(cells)) {
                m_line = m_csv.recordLine();
                return m_csv.unterminatedQuote() ? fail({}, tr("unterminated quoted field")) : false;
            }
            m_line = m_csv.recordLine();
        } while (cells.size() == 1 && cells.first().isEmpty()); // blank lines
        if (cells.size() != m_columnToField.size())
            return fail({}, tr("%1 fields, but the header has %2").arg(cells.size()).arg(m_columnToField.size()));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty())
                m_row[m_columnToField[c]] = cells[c];
        }
        return true;
    }

    QByteArray line;
    do {
        line = m_device.readLine(); // empty only at the end (see CsvReader::readLine())
        if (line.isEmpty())
            return false;
        line = line.trimmed();
        ++m_line;
    } while (line.isEmpty());
    m_jsonValues.fill(QByteArray(), m_fieldNames.size());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail({}, parseError.error != QJsonParseError::NoError
                            ? tr("invalid JSON: %1").arg(parseError.errorString())
                            : tr("expected a JSON object"));
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int index = int(m_fieldNames.indexOf(it.key()));
        if (index < 0)
            return fail(it.key(), tr("unknown field (expected: %1)").arg(m_fieldNames.join(u", "_s)));
        const QJsonValue v = it.value();
        if (v.isString())
            m_jsonValues[index] = v.toString().toUtf8();
        else if (v.isDouble())
            m_jsonValues[index] = numberText(v.toDouble());
        else if (!v.isNull())
            return fail(it.key(), tr("expected a string or a number"));
        m_row[index] = m_jsonValues[index];
    }
    return true;
}

bool RecordFileReader::requiredText(int index, QByteArray &out)
{
    out = field(index).toByteArray();
    if (out.trimmed().isEmpty())
        return fail(m_fieldNames[index], tr("is required"));
    return true;
}

bool RecordFileReader::count(int index, qint64 &out, bool required)
{
    const QByteArrayView text = field(index);
    if (text.isEmpty()) {
        if (required)
            return fail(m_fieldNames[index], tr("is required"));
        return true;
    }
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc::result_out_of_range)
        return fail(m_fieldNames[index], tr("%1 is out of range (0 to 10^15)").arg(QString::fromUtf8(text)));
    if (ec != std::errc() || ptr != end)
        return fail(m_fieldNames[index], tr("\"%1\" is not a whole number").arg(QString::fromUtf8(text)));
    if (value < 0 || value > 1'000'000'000'000'000)
        return fail(m_fieldNames[index], tr("%1 is out of range (0 to 10^15)").arg(QString::fromUtf8(text)));
    out = value;
    return true;
}

bool RecordFileReader::time(int index, qint64 &out)
{
    const QByteArrayView text = field(index);
    if (text.isEmpty())
        return fail(m_fieldNames[index], tr("is required"));
    const auto ms = parseTimeMs(text);
    if (!ms)
        return fail(m_fieldNames[index], tr("\"%1\" is not an ISO 8601 time").arg(QString::fromUtf8(text)));
    out = *ms;
    return true;
}

bool RecordFileReader::next(UsageRecord &r)
{
    Q_ASSERT(m_kind == Kind::Usage);
    if (m_error || !readRow())
        return false;
    r = UsageRecord{};
    if (!requiredText(URequestId, r.requestId))
        return false;
    if (!time(UTime, r.occurredAtMs))
        return false;
    // --source overrides the file's column.
    r.source = m_defaultSource.isEmpty() ? field(USource).toByteArray() : m_defaultSource;
    if (r.source.isEmpty())
        return fail(m_fieldNames[USource], tr("is required (or give --source)"));
    r.provider = field(UProvider).toByteArray();
    r.model = field(UModel).toByteArray();
    r.tenant = field(UTenant).toByteArray();
    r.useCase = field(UUseCase).toByteArray();
    if (!count(UPromptTokens, r.promptTokens, true) || !count(UCompletionTokens, r.completionTokens, true))
        return false;
    const QByteArrayView cost = field(UCost);
    if (cost.isEmpty())
        return fail(m_fieldNames[UCost], tr("is required"));
    const auto nanos = parseCost(cost);
    if (!nanos)
        return fail(m_fieldNames[UCost], tr("\"%1\" is not an amount in USD (0 or more)").arg(QString::fromUtf8(cost)));
    r.costNanos = *nanos;
    qint64 latency = -1;
    if (!count(ULatency, latency, false))
        return false;
    if (latency >= 0)
        r.latencyMs = latency;
    r.status = field(UStatus).toByteArray();
    return true;
}

bool RecordFileReader::next(FeedbackRecord &r)
{
    Q_ASSERT(m_kind == Kind::Feedback);
    if (m_error || !readRow())
        return false;
    r = FeedbackRecord{};
    if (!time(FTime, r.occurredAtMs))
        return false;
    if (!requiredText(FUseCase, r.useCase))
        return false;
    r.tenant = field(FTenant).toByteArray();
    r.requestId = field(FRequestId).toByteArray();
    r.source = m_defaultSource.isEmpty() ? field(FSource).toByteArray() : m_defaultSource;
    if (r.source.isEmpty())
        r.source = "file";
    const QByteArrayView outcome = field(FOutcome);
    if (outcome == "accepted")
        r.outcome = FeedbackOutcome::Accepted;
    else if (outcome == "edited")
        r.outcome = FeedbackOutcome::Edited;
    else if (outcome == "rejected")
        r.outcome = FeedbackOutcome::Rejected;
    else
        return fail(
            m_fieldNames[FOutcome],
            tr("unknown outcome \"%1\" (expected: accepted, edited, rejected)").arg(QString::fromUtf8(outcome)));
    return true;
}

} // namespace greenlight::models
