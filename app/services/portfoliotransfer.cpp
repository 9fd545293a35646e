#include "services/portfoliotransfer.h"

#include "portfolio/portfoliowriter.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

namespace greenlight::app {

using namespace greenlight::models;

Result<ImportPlan> PortfolioTransfer::planImport(const QString &fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileName, tr("cannot read the file (%1)").arg(file.errorString()));
    const auto plan = PortfolioImporter(m_session.database()).plan(file.readAll());
    if (!plan)
        return fail(fileName, plan.error().toString());
    return plan;
}

Status PortfolioTransfer::importFile(const QString &fileName, const QString &reviewedSha256)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileName, tr("cannot read the file (%1)").arg(file.errorString()));
    const QByteArray json = file.readAll();
    if (!reviewedSha256.isEmpty() &&
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()) != reviewedSha256)
        return fail(fileName, tr("the file changed after you reviewed it, so nothing was imported; import it again "
                                 "to review what it holds now"));
    const auto summary =
        PortfolioImporter(m_session.database()).import(json, fileName, m_session.actor(), m_session.now());
    if (!summary)
        return fail(fileName, summary.error().toString());
    return m_session.refresh();
}

Status PortfolioTransfer::exportFile(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    file.write(PortfolioWriter::write(m_session.portfolio()));
    if (!file.commit())
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    return {};
}

} // namespace greenlight::app
