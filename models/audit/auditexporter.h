#pragma once

#include "audit/auditevent.h"

#include <QIODevice>

namespace greenlight::models {

/// Writes audit events in forms a SIEM ingests: one JSON object per line, or CSV with a header row.
class AuditExporter final
{
public:
    enum class Format { JsonLines, Csv };

    AuditExporter(QIODevice &out, Format format);
    void write(const AuditEvent &event);

private:
    QIODevice &m_out;
    Format m_format;
};

} // namespace greenlight::models
