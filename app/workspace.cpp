#include "workspace.h"

#include "services/audittrail.h"
#include "services/daywatcher.h"
#include "services/gatewaysync.h"
#include "services/governancerecords.h"
#include "services/loginpasswords.h"
#include "services/portfoliotransfer.h"
#include "services/signingkeychoice.h"
#include "services/usecaseediting.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/teamlogins.h"

namespace greenlight::app {

using namespace greenlight::models;

Workspace::Workspace(OsAccount os, QObject *parent)
    : QObject(parent), m_os(std::move(os)), m_identity(Identity::resolve({}, m_os)),
      m_editing(new UseCaseEditing(*this)), m_sync(new GatewaySync(*this)), m_signing(new SigningKeyChoice(*this)),
      m_transfer(std::make_unique<PortfolioTransfer>(*this)), m_records(std::make_unique<GovernanceRecords>(*this)),
      m_audit(std::make_unique<AuditTrail>(*this)), m_days(new DayWatcher([this] { return now(); }, this))
{
    connect(m_days, &DayWatcher::dayChanged, this, [this] {
        Q_EMIT dayChanged();
        Q_EMIT portfolioChanged();
    });
}

void Workspace::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_days->restart();
}

Workspace::~Workspace() = default;

Status Workspace::open(const QString &location, Missing missing)
{
    Database::Options options;
    options.createIfMissing = missing == Missing::Create;
    auto db = LoginPasswords::open(location, options);
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
        // Another window, process or sync committed: show it. Editors keep what the user is typing.
        if (m_refreshHolds == 0 && refresh())
            Q_EMIT usageChanged();
    });
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
    // On a team database the server says who this is; if it cannot be asked, the window stays read-only.
    Identity identity = Identity::resolve(m_portfolio, m_os);
    if (m_db && m_db->isPostgres())
        identity =
            resolveSessionIdentity(*m_db, m_portfolio, m_os).value_or(Identity::ofLogin(m_portfolio, {}, {}, {}));
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

Status Workspace::refresh()
{
    if (!m_db)
        return {};
    const Result<Portfolio> portfolio = PortfolioRepository(*m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    setPortfolio(*portfolio);
    return {};
}

void Workspace::releaseRefreshes()
{
    if (m_refreshHolds > 0)
        --m_refreshHolds;
    // Shown here, what the sync committed is not reported again by the watcher (a second refresh of every view).
    if (m_watcher)
        m_watcher->catchUp();
    (void)refresh(); // the sync's audit events
    Q_EMIT usageChanged();
}

} // namespace greenlight::app
