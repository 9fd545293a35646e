#include "usage/csvreader.h"

namespace greenlight::models {

bool CsvReader::readLine()
{
    // Not atEnd(): on a pipe it is true whenever the data read so far is used up and the next has not arrived yet,
    // which cut a slow producer's input short. readLine() waits for the next line and is empty only at the end.
    m_line = m_device.readLine();
    if (m_line.isEmpty())
        return false;
    ++m_lineNumber;
    if (m_line.endsWith('\n'))
        m_line.chop(1);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

void CsvReader::keepFieldsOfThisLine(QList<QByteArrayView> &fields)
{
    // The next line replaces m_line, so fields that view it become copies first.
    const char *begin = m_line.constData();
    const char *end = begin + m_line.size();
    for (QByteArrayView &field : fields) {
        if (field.data() >= begin && field.data() <= end) {
            m_unquoted.append(field.toByteArray());
            field = QByteArrayView(m_unquoted.last());
        }
    }
}

bool CsvReader::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    m_unquoted.clear();
    if (!readLine())
        return false;
    m_recordLine = m_lineNumber;

    qsizetype i = 0;
    for (;;) {
        if (i < m_line.size() && m_line.at(i) == '"') {
            QByteArray field;
            ++i;
            for (;;) {
                const qsizetype quote = m_line.indexOf('"', i);
                if (quote < 0) {
                    field.append(QByteArrayView(m_line).sliced(i));
                    keepFieldsOfThisLine(fields);
                    if (!readLine()) {
                        m_unterminated = true;
                        return false;
                    }
                    field.append('\n');
                    i = 0;
                    continue;
                }
                field.append(QByteArrayView(m_line).sliced(i, quote - i));
                i = quote + 1;
                if (i < m_line.size() && m_line.at(i) == '"') {
                    field.append('"');
                    ++i;
                    continue;
                }
                break;
            }
            // Anything between the closing quote and the next comma is kept, as lenient readers do.
            const qsizetype comma = m_line.indexOf(',', i);
            const qsizetype end = comma < 0 ? m_line.size() : comma;
            field.append(QByteArrayView(m_line).sliced(i, end - i));
            // The view points at the array's heap bytes, which stay put when m_unquoted grows.
            m_unquoted.append(field);
            fields.append(QByteArrayView(m_unquoted.last()));
            if (comma < 0)
                break;
            i = comma + 1;
            continue;
        }
        const qsizetype comma = m_line.indexOf(',', i);
        if (comma < 0) {
            fields.append(QByteArrayView(m_line).sliced(i));
            break;
        }
        fields.append(QByteArrayView(m_line).sliced(i, comma - i));
        i = comma + 1;
    }
    return true;
}

} // namespace greenlight::models
