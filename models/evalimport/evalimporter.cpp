#include "evalimport/evalimporter.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<EvalImportSummary> EvalImporter::import(const QByteArray &bytes, const QString &fileName,
                                               const EvalImportRequest &request, const Actor &actor,
                                               const QDateTime &at)
{
    const Result<EvalCases> cases = EvalResultsFile::read(bytes, request.categoryKey);
    if (!cases) {
        const Error &e = cases.error();
        return fail(e.where.isEmpty() ? fileName : fileName + u": "_s + e.where, e.message);
    }
    EvalImportSummary summary;
    summary.source = EvalRunSource{
        QFileInfo(fileName).fileName(), EvalCases::formatName(cases->format),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), cases->skipped};
    const EvalRun run = cases->toRun(request.route, request.routeVersion, request.date);
    GL_ASSIGN(summary.run, EvalRunService(m_db).record(request.useCaseId, run, actor, at, summary.source));
    return summary;
}

} // namespace greenlight::models
