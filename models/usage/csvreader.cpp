#include "usage/csvreader.h"

namespace greenlight::models {

namespace {

void chomp(QByteArray &line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
}

} // namespace

bool CsvReader::next(QList<QByteArray> &fields)
{
    fields.clear();
    if (m_device.atEnd())
        return false;
    QByteArray line = m_device.readLine();
    ++m_line;
    m_recordLine = m_line;
    chomp(line);

    qsizetype i = 0;
    for (;;) {
        if (i < line.size() && line.at(i) == '"') {
            // Quoted field: may hold commas, doubled quotes and line breaks.
            QByteArray field;
            ++i;
            for (;;) {
                const qsizetype quote = line.indexOf('"', i);
                if (quote < 0) {
                    field.append(QByteArrayView(line).sliced(i));
                    if (m_device.atEnd()) {
                        m_unterminated = true;
                        return false;
                    }
                    field.append('\n');
                    line = m_device.readLine();
                    ++m_line;
                    chomp(line);
                    i = 0;
                    continue;
                }
                field.append(QByteArrayView(line).sliced(i, quote - i));
                i = quote + 1;
                if (i < line.size() && line.at(i) == '"') {
                    field.append('"');
                    ++i;
                    continue;
                }
                break;
            }
            // Anything between the closing quote and the next comma is kept, as lenient readers do.
            const qsizetype comma = line.indexOf(',', i);
            const qsizetype end = comma < 0 ? line.size() : comma;
            field.append(QByteArrayView(line).sliced(i, end - i));
            fields.append(field);
            if (comma < 0)
                return true;
            i = comma + 1;
            continue;
        }
        // Unquoted field: a slice up to the next comma, without copying byte by byte.
        const qsizetype comma = line.indexOf(',', i);
        if (comma < 0) {
            fields.append(line.sliced(i));
            return true;
        }
        fields.append(line.sliced(i, comma - i));
        i = comma + 1;
    }
}

} // namespace greenlight::models
