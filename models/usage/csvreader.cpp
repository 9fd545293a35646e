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

    QByteArray field;
    bool quoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (!quoted) {
                fields.append(field);
                return true;
            }
            // A line break inside quotes belongs to the field.
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
        const char c = line.at(i++);
        if (quoted) {
            if (c == '"') {
                if (i < line.size() && line.at(i) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else {
            field.append(c);
        }
    }
}

} // namespace greenlight::models
