#include "workspace.h"

#include "commands/editusecasecommand.h"
#include "gate/dataapprovalservice.h"
#include "gateways/secretstore.h"
#include "gateways/syncrunner.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/routeservice.h"
#include "portfolio/usecaseservice.h"
#include "storage/auditstore.h"
#include "storage/changewatcher.h"
#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <QUndoStack>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {
std::function<QDateTime()> systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
} // namespace

Workspace::Workspace(OsAccount os, QObject *parent)
    : QObject(parent), m_os(std::move(os)), m_identity(Identity::resolve({}, m_os)), m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

Status Workspace::open(const QString &location, Missing missing)
{
    Database::Options options;
    options.createIfMissing = missing == Missing::Create;
    auto db = Database::open(location, options);
    if (!db)
        return std::unexpected(db.error());
    const Result<Portfolio> portfolio = PortfolioRepository(**db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    m_watcher.reset(); // it listens on the connection that is about to close
    m_db = std::move(*db);
    m_openedLocation = location;
    m_watcher = std::make_unique<ChangeWatcher>(*m_db);
    connect(m_watcher.get(), &ChangeWatcher::changed, this, [this] {
        // Another window, process or sync committed: show it. Editors keep what the user is typing. This window's
        // own sync refreshes once, when it finishes.
        if (m_syncsRunning == 0 && reload())
            Q_EMIT usageChanged();
    });
    m_undoStack->clear(); // edits of another database cannot be undone here
    Q_EMIT databaseChanged();
    setPortfolio(*portfolio);
    return {};
}

QString Workspace::location() const
{
    return m_db ? m_db->displayName() : QString();
}

void Workspace::setPortfolio(Portfolio portfolio)
{
    m_portfolio = std::move(portfolio);
    const Identity identity = Identity::resolve(m_portfolio, m_os);
    const bool changed =
        identity.personId() != m_identity.personId() || identity.isTraining() != m_identity.isTraining();
    m_identity = identity;
    if (changed)
        Q_EMIT identityChanged();
    Q_EMIT portfolioChanged();
}

Status Workspace::checkCanEdit() const
{
    if (m_identity.canEdit())
        return {};
    return fail(m_os.text(), m_identity.readOnlyReason());
}

Status Workspace::reload()
{
    const Result<Portfolio> portfolio = PortfolioRepository(*m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    setPortfolio(*portfolio);
    return {};
}

Result<ImportPlan> Workspace::planPortfolioImport(const QString &fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileName, tr("cannot read the file (%1)").arg(file.errorString()));
    const auto plan = PortfolioImporter(*m_db).plan(file.readAll());
    if (!plan)
        return fail(fileName, plan.error().toString());
    return plan;
}

Status Workspace::importPortfolio(const QString &fileName, const QString &reviewedSha256)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileName, tr("cannot read the file (%1)").arg(file.errorString()));
    const QByteArray json = file.readAll();
    if (!reviewedSha256.isEmpty() &&
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()) != reviewedSha256)
        return fail(fileName, tr("the file changed after you reviewed it, so nothing was imported; import it again "
                                 "to review what it holds now"));
    const auto summary = PortfolioImporter(*m_db).import(json, fileName, actor(), QDateTime::currentDateTimeUtc());
    if (!summary)
        return fail(fileName, summary.error().toString());
    return reload();
}

Status Workspace::exportPortfolio(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    file.write(PortfolioWriter::write(m_portfolio));
    if (!file.commit())
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    return {};
}

Result<DataClassStatus> Workspace::decideDataClass(const QString &useCaseId, DataClass dataClass, Role role,
                                                   ApprovalDecision decision, const QString &note)
{
    GL_TRY(checkCanEdit());
    const auto status =
        DataApprovalService(*m_db, systemClock()).decide(useCaseId, dataClass, actor(), role, decision, note);
    if (status)
        GL_TRY(reload());
    return status;
}

Result<UseCaseSave> Workspace::editUseCase(const UseCase &edited, const QString &description)
{
    const UseCase *opened = m_portfolio.useCase(edited.id);
    if (opened == nullptr)
        return fail(edited.id, tr("unknown use case"));
    const UseCase base = *opened; // reload() replaces the portfolio it points into
    return editUseCase(base, edited, description);
}

Result<UseCaseSave> Workspace::editUseCase(const UseCase &base, const UseCase &edited, const QString &description)
{
    GL_TRY(checkCanEdit());
    if (base.id != edited.id)
        return fail(edited.id, tr("unknown use case"));
    return recordEdit(UseCaseService(*m_db).save(base, edited, actor(), QDateTime::currentDateTimeUtc()), edited.id,
                      description);
}

Result<UseCaseSave> Workspace::applyMine(const UseCaseConflict &conflict, const QString &description)
{
    GL_TRY(checkCanEdit());
    GL_TRY(reload());
    const UseCase *current = m_portfolio.useCase(conflict.useCaseId);
    if (current == nullptr)
        return fail(conflict.useCaseId, tr("unknown use case"));
    const UseCaseChange change{UseCaseChange::valuesAt(UseCaseChange::details(*current), conflict.yours),
                               conflict.yours};
    return recordEdit(
        UseCaseService(*m_db).save(current->id, current->version, change, actor(), QDateTime::currentDateTimeUtc()),
        current->id, description);
}

Result<UseCaseSave> Workspace::recordEdit(const Result<UseCaseSave> &saved, const QString &useCaseId,
                                          const QString &description)
{
    if (!saved || saved->change.isEmpty())
        return saved;
    m_undoStack->push(new EditUseCaseCommand(*this, useCaseId, saved->change, description));
    GL_TRY(reload());
    return saved;
}

bool Workspace::applyChange(const QString &useCaseId, const UseCaseChange &change, Direction direction)
{
    const QString what = direction == Direction::Undo ? tr("Cannot undo the edit of %1").arg(useCaseId)
                                                      : tr("Cannot redo the edit of %1").arg(useCaseId);
    if (Status allowed = checkCanEdit(); !allowed) {
        Q_EMIT errorOccurred(what + u": "_s + allowed.error().toString());
        return false;
    }
    const auto saved = UseCaseService(*m_db).apply(useCaseId, change, actor(), QDateTime::currentDateTimeUtc());
    if (!saved) {
        Q_EMIT errorOccurred(what + u": "_s + saved.error().toString());
        return false;
    }
    if (saved->conflict) {
        (void)reload(); // show what is stored now
        Q_EMIT errorOccurred(what + u": "_s +
                             tr("what it would put back was %1.").arg(saved->conflict->describe(m_portfolio, true)));
        return false;
    }
    (void)reload();
    return true;
}

Status Workspace::refresh()
{
    if (!m_db)
        return {};
    return reload();
}

Result<EvalRun> Workspace::recordEvalRun(const QString &useCaseId, const EvalRun &run)
{
    GL_TRY(checkCanEdit());
    auto recorded = EvalRunService(*m_db).record(useCaseId, run, actor(), QDateTime::currentDateTimeUtc());
    if (recorded)
        GL_TRY(reload());
    return recorded;
}

Result<Route> Workspace::addRouteVersion(const Route &route)
{
    GL_TRY(checkCanEdit());
    auto added = RouteService(*m_db).addVersion(route, actor(), QDateTime::currentDateTimeUtc());
    if (added)
        GL_TRY(reload());
    return added;
}

Result<GateReview> Workspace::startReview(const QString &useCaseId, const QString &gateId)
{
    GL_TRY(checkCanEdit());
    auto review = GateReviewService(*m_db, systemClock()).start(useCaseId, gateId, actor());
    if (review)
        GL_TRY(reload());
    return review;
}

Result<GateReview> Workspace::signReview(const QString &reviewId, Role role, SignoffDecision decision,
                                         const QString &note)
{
    GL_TRY(checkCanEdit());
    auto review = GateReviewService(*m_db, systemClock()).sign(reviewId, actor(), role, decision, note);
    if (review)
        GL_TRY(reload());
    return review;
}

Result<DecisionOutcome> Workspace::decideReview(const QString &reviewId, std::optional<GateDecision> requested,
                                                const QString &rationale)
{
    GL_TRY(checkCanEdit());
    auto outcome = GateReviewService(*m_db, systemClock()).decide(reviewId, actor(), requested, rationale);
    if (outcome && outcome->decision)
        GL_TRY(reload());
    return outcome;
}

Result<PacketSummary> Workspace::exportPacket(const QString &useCaseId, const QString &fileName,
                                              const std::function<bool(int, int)> &progress)
{
    auto summary =
        PacketExporter(*m_db).exportPacket(useCaseId, fileName, actor(), QDateTime::currentDateTimeUtc(), progress);
    if (summary)
        GL_TRY(reload()); // the export is an audit event
    return summary;
}

SyncRunner *Workspace::startSync()
{
    // Keys are read here, on the GUI thread: QtKeychain's jobs must not run in the worker.
    QHash<QString, Result<QString>> secrets;
    if (const Result<QList<Connection>> connections = ConnectionStore(*m_db).list()) {
        for (const Connection &c : *connections)
            secrets.insert(c.secretRef, SecretStore::read(c.secretRef));
    }
    auto *thread = new QThread(this);
    auto *runner = new SyncRunner(m_openedLocation, secrets, actor());
    runner->moveToThread(thread);
    connect(thread, &QThread::started, runner, &SyncRunner::run);
    connect(runner, &SyncRunner::finished, thread, &QThread::quit);
    ++m_syncsRunning;
    connect(runner, &SyncRunner::finished, this, [this] {
        --m_syncsRunning;
        (void)reload(); // the sync's audit events
        Q_EMIT usageChanged();
    });
    connect(thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return runner;
}

Result<QList<AuditEvent>> Workspace::auditEvents() const
{
    QList<AuditEvent> events;
    GL_TRY(AuditStore(*m_db).forEach([&](const AuditEvent &e) { events.append(e); }));
    return events;
}

Result<AuditVerification> Workspace::verifyAuditChain() const
{
    return AuditStore(*m_db).verify();
}

} // namespace greenlight::app
