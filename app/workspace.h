#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "identity/identity.h"
#include "identity/osaccount.h"

#include <QObject>

#include <functional>
#include <memory>

namespace greenlight::models {
class ChangeWatcher;
class Database;
} // namespace greenlight::models

namespace greenlight::app {

class AuditTrail;
class DayWatcher;
class GatewaySync;
class GovernanceRecords;
class PortfolioTransfer;
class SigningKeyChoice;
class UseCaseEditing;

/**
 * The window's session on one database: the open connection, the loaded portfolio, and who the user is (the
 * person the OS account is bound to: nobody picks whom to act as). It notices other connections' commits and
 * reloads. What the window does goes through the services it owns — editing(), transfer(), records(), audit(),
 * sync() — which act as identity() (signing with signing()) and end by refreshing the portfolio; widgets never
 * touch SQL.
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
    /// The session's clock: when its steps are recorded and the day its gates judge evidence on. The system's
    /// (UTC) unless a test sets another, so that what a test asserts does not change as the calendar moves on.
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] QDate evaluationDay() const { return now().toUTC().date(); }
    void setClock(std::function<QDateTime()> clock);

    /// Who the window's user is and what they may do: resolved again whenever the portfolio changes.
    [[nodiscard]] const models::Identity &identity() const { return m_identity; }
    /// The bound person, or nullptr when the account is bound to nobody (the window is read-only).
    [[nodiscard]] const models::Person *actingPerson() const { return m_portfolio.person(m_identity.personId()); }

    [[nodiscard]] UseCaseEditing &editing() const { return *m_editing; }
    [[nodiscard]] PortfolioTransfer &transfer() const { return *m_transfer; }
    [[nodiscard]] GovernanceRecords &records() const { return *m_records; }
    [[nodiscard]] AuditTrail &audit() const { return *m_audit; }
    [[nodiscard]] GatewaySync &sync() const { return *m_sync; }
    /// The key the person's steps are signed with (none, the agent's, or a key file).
    [[nodiscard]] SigningKeyChoice &signing() const { return *m_signing; }

    // For the services: the open database, who acts, whether they may change anything, and showing what changed.
    [[nodiscard]] models::Database &database() const { return *m_db; }
    [[nodiscard]] models::Actor actor() const { return m_identity.actor(); }
    /// Refuses a change when the session is read-only (the widgets are disabled too; this is the rule's home).
    [[nodiscard]] models::Status checkCanEdit() const;
    /// Reads the portfolio again and tells the views (also the "Reload" of a refused edit).
    [[nodiscard]] models::Status refresh();
    /// While this session's own sync runs, other commits are not shown one by one: releaseRefreshes() shows all.
    void holdRefreshes() { ++m_refreshHolds; }
    void releaseRefreshes();

Q_SIGNALS:
    void databaseChanged();
    void portfolioChanged();
    /// New usage or feedback records arrived (a sync or an import): figures and charts should re-read.
    void usageChanged();
    /// The bound person changed (an import added or removed the account's binding).
    void identityChanged();
    /// evaluationDay() moved on (midnight UTC passed with the window open); portfolioChanged() follows, so every view
    /// judges its evidence on the new day.
    void dayChanged();

private:
    /// Adopts @p portfolio and resolves the identity against it.
    void setPortfolio(models::Portfolio portfolio);

    std::unique_ptr<models::Database> m_db;
    /// Declared after m_db so it goes first: it listens on m_db's connection.
    std::unique_ptr<models::ChangeWatcher> m_watcher;
    QString m_openedLocation; ///< as given to open(): a worker thread opens its own connection with it
    models::Portfolio m_portfolio;
    std::function<QDateTime()> m_clock;
    models::OsAccount m_os;
    models::Identity m_identity;
    int m_refreshHolds = 0;
    UseCaseEditing *m_editing = nullptr;
    GatewaySync *m_sync = nullptr;
    SigningKeyChoice *m_signing = nullptr;
    std::unique_ptr<PortfolioTransfer> m_transfer;
    std::unique_ptr<GovernanceRecords> m_records;
    std::unique_ptr<AuditTrail> m_audit;
    DayWatcher *m_days = nullptr;
};

} // namespace greenlight::app
