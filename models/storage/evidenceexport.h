#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/**
 * Writes what an auditor needs to check every signed event with nothing but OpenSSH: for each signed event
 * SEQ.statement (the exact signed bytes) and SEQ.sig, the allowed_signers list built from the portfolio's keys,
 * and VERIFY.md with the ssh-keygen command line of each event. Returns how many signed events were written.
 */
class EvidenceExport final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExport)

public:
    explicit EvidenceExport(Database &db) : m_db(db) {}
    [[nodiscard]] Result<qint64> write(const QString &directory) const;

private:
    Database &m_db;
};

} // namespace greenlight::models
