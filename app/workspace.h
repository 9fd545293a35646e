#pragma once

#include "portfolio/portfolioimporter.h"
#include "portfolio/usecaseservice.h"

#include "audit/auditchain.h"
#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "gate/dataapprovalrules.h"
#include "gate/gatereviewservice.h"
#include "identity/identity.h"
#include "identity/osaccount.h"
#include "packet/packetexporter.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace greenlight::models {
class ChangeWatcher;
class Database;
} // namespace greenlight::models

namespace greenlight::app {

class SyncRunner;

/**
 * The open database as the window sees it: the loaded portfolio, who the user is (the person the OS
 * account is bound to: nobody picks whom to act as), and the operations the views offer. Widgets call this
 * service and never touch SQL; every change goes through the model services (with its audit event) and ends
 * in portfolioChanged(). Changes are refused here too when identity().canEdit() is false.
 */
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// @p os: the account the window runs under (OsAccount::current() in the application; tests pass their own).
    explicit Workspace(models::OsAccount os, QObject *parent = nullptr);
    ~Workspace() override;

    /// Whether open() may create a missing SQLite file.
    enum class Missing {
        Create, ///< a new database chosen by the user, or the first run's default location
        Refuse, ///< a path given on the command line or remembered: a typo must not become an empty record
    };
    /// Opens (creating or migrating) a database; the previous one is closed only when this succeeds.
    [[nodiscard]] models::Status open(const QString &location, Missing missing = Missing::Create);
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] QString location() const;
    /// The location as given to open(), for a worker thread to open its own connection with.
    [[nodiscard]] QString openedLocation() const { return m_openedLocation; }
    [[nodiscard]] const models::Portfolio &portfolio() const { return m_portfolio; }

    /// Who the window's user is and what they may do: resolved again whenever the portfolio changes.
    [[nodiscard]] const models::Identity &identity() const { return m_identity; }
    /// The bound person, or nullptr when the account is bound to nobody (the window is read-only).
    [[nodiscard]] const models::Person *actingPerson() const { return m_portfolio.person(m_identity.personId()); }

    /// What importing @p fileName would change, and what recorded history it would drop; writes nothing.
    [[nodiscard]] models::Result<models::ImportPlan> planPortfolioImport(const QString &fileName) const;
    /// Imports @p fileName. With @p reviewedSha256 (the plan's summary.sha256), a file that changed after the user
    /// reviewed its plan is refused: what is imported is exactly what they saw.
    [[nodiscard]] models::Status importPortfolio(const QString &fileName, const QString &reviewedSha256 = {});
    [[nodiscard]] models::Status exportPortfolio(const QString &fileName) const;
    [[nodiscard]] models::Result<models::DataClassStatus>
    decideDataClass(const QString &useCaseId, models::DataClass dataClass, models::Role role,
                    models::ApprovalDecision decision, const QString &note);
    /// Saves an edit of a use case's details (one audit event) and makes it undoable. The edit starts from the
    /// version this window loaded: when someone else changed the use case since, nothing is written and the
    /// result holds the conflict (who, when, their values and yours) for the user to reload or apply theirs again.
    [[nodiscard]] models::Result<models::UseCaseSave> editUseCase(const models::UseCase &edited,
                                                                  const QString &description);
    /// The same, from @p base: the version an editor started from when it is older than the one loaded now.
    [[nodiscard]] models::Result<models::UseCaseSave>
    editUseCase(const models::UseCase &base, const models::UseCase &edited, const QString &description);
    /// Reads the database again and saves the refused values of @p conflict onto what is stored now ("apply
    /// mine"): one undoable change of only those fields. It may meet another conflict.
    [[nodiscard]] models::Result<models::UseCaseSave> applyMine(const models::UseCaseConflict &conflict,
                                                                const QString &description);
    /// Which way applyChange() takes an edit (for the message when it cannot).
    enum class Direction { Undo, Redo };
    /// Applies an undo or redo of an edit as a new change, checked field by field against what is stored now, and
    /// says why in errorOccurred() when it cannot. Leaves the undo history alone (EditUseCaseCommand calls this).
    bool applyChange(const QString &useCaseId, const models::UseCaseChange &change, Direction direction);
    /// Reads the database again (the "Reload" of a refused edit; other connections' changes arrive by themselves).
    [[nodiscard]] models::Status refresh();
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// Records an eval run of a use case (evidence: added, never edited).
    [[nodiscard]] models::Result<models::EvalRun> recordEvalRun(const QString &useCaseId, const models::EvalRun &run);
    /// Stores the next version of a model route (versions are added, never edited).
    [[nodiscard]] models::Result<models::Route> addRouteVersion(const models::Route &route);

    /// Gate reviews as the bound person (see GateReviewService for the rules each step enforces). A sign-off is
    /// the bound person's own: the others sign in their own sessions.
    [[nodiscard]] models::Result<models::GateReview> startReview(const QString &useCaseId, const QString &gateId);
    [[nodiscard]] models::Result<models::GateReview> signReview(const QString &reviewId, models::Role role,
                                                                models::SignoffDecision decision, const QString &note);
    [[nodiscard]] models::Result<models::DecisionOutcome>
    decideReview(const QString &reviewId, std::optional<models::GateDecision> requested, const QString &rationale);

    /// Writes the audit packet of one use case (all when @p useCaseId is empty) to @p fileName, as the
    /// acted-as person; @p progress gets (page, pages) and may return false to cancel.
    [[nodiscard]] models::Result<PacketSummary> exportPacket(const QString &useCaseId, const QString &fileName,
                                                             const std::function<bool(int, int)> &progress = {});

    /// Starts syncing every gateway connection in a worker thread; the runner reports progress and the
    /// outcome, and may be cancelled. When it finishes, usageChanged() is emitted.
    SyncRunner *startSync();

    [[nodiscard]] models::Result<QList<models::AuditEvent>> auditEvents() const;
    [[nodiscard]] models::Result<models::AuditVerification> verifyAuditChain() const;

Q_SIGNALS:
    void databaseChanged();
    void portfolioChanged();
    /// New usage or feedback records arrived (a sync or an import): figures and charts should re-read.
    void usageChanged();
    /// The bound person changed (an import added or removed the account's binding).
    void identityChanged();
    /// A save failed where nobody could be asked first (an undo or redo): the message says why.
    void errorOccurred(const QString &message);

private:
    models::Status reload();
    /// Adopts @p portfolio and resolves the identity against it.
    void setPortfolio(models::Portfolio portfolio);
    models::Actor actor() const { return m_identity.actor(); }
    /// Makes a saved edit undoable and shows it (a refused or empty one passes through).
    [[nodiscard]] models::Result<models::UseCaseSave> recordEdit(const models::Result<models::UseCaseSave> &saved,
                                                                 const QString &useCaseId, const QString &description);
    /// Refuses a change when the window is read-only (the widgets are disabled too; this is the rule's home).
    [[nodiscard]] models::Status checkCanEdit() const;

    std::unique_ptr<models::Database> m_db;
    /// Declared after m_db so it goes first: it listens on m_db's connection.
    std::unique_ptr<models::ChangeWatcher> m_watcher;
    QString m_openedLocation; ///< as given to open(): a worker thread opens its own connection with it
    models::Portfolio m_portfolio;
    models::OsAccount m_os;
    models::Identity m_identity;
    QUndoStack *m_undoStack = nullptr;
    int m_syncsRunning = 0; ///< this window's syncs in progress: their commits are shown when each finishes
};

} // namespace greenlight::app
