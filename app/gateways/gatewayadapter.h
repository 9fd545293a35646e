#pragma once

#include "domain/error.h"
#include "gateways/fieldpath.h"
#include "storage/connectionstore.h"
#include "usage/usagerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>

namespace greenlight::app {

/// The time range one sync asks a gateway for: [from, to), UTC.
struct SyncWindow {
    QDateTime from;
    QDateTime to;
};

/// One HTTP request of a sync, before the API key is added.
struct HttpCall {
    QByteArray verb = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// What one page of a gateway's answer holds, and the token of the page after it.
struct GatewayPage {
    QList<models::UsageRecord> usage;
    QList<models::FeedbackRecord> feedback;
    QString next; ///< empty when this was the window's last page
};

/**
 * Speaks one gateway's API (docs/gateways.md): which request fetches a page of a time window, how
 * the API key is presented, and how a page becomes usage (and feedback) records with tenant and use
 * case read through the connection's field paths. Page tokens are the adapter's own strings; the
 * sync stores them in the cursor, so a sync resumes at the page after the last committed one.
 */
class GatewayAdapter
{
    Q_DECLARE_TR_FUNCTIONS(GatewayAdapter)

public:
    virtual ~GatewayAdapter() = default;

    /// The adapter for @p connection's kind, or an error naming the kinds there are.
    [[nodiscard]] static models::Result<std::unique_ptr<GatewayAdapter>> create(const models::Connection &connection);
    [[nodiscard]] static QStringList kinds();
    /// Why @p url may not receive an API key, or empty when it may: an http(s) URL without credentials in it, and
    /// plain http only to this machine (loopback), so a key never crosses a network unencrypted.
    [[nodiscard]] static QString urlProblem(const QString &url);

    [[nodiscard]] virtual HttpCall call(const SyncWindow &window, const QString &page) const = 0;
    /// Adds the API key to @p call the way the gateway expects it.
    virtual void authorize(HttpCall &call, const QString &apiKey) const = 0;
    /// The records of one page. An adapter that buffersWindow() may keep what a page holds and give the records
    /// of the whole window with its last page.
    [[nodiscard]] virtual models::Result<GatewayPage> parse(const QByteArray &body, const QString &page) = 0;
    /// Whether records come only once every page of the window was read (Anthropic joins two reports): a sync
    /// that stopped half way then starts the window again from its first page.
    [[nodiscard]] virtual bool buffersWindow() const { return false; }
    /// Aggregating APIs (OpenAI, Anthropic) report whole days: a window then ends at today's midnight, so
    /// a bucket is only fetched once it is final.
    [[nodiscard]] virtual bool wholeDaysOnly() const { return false; }
    /// The overlap a new sync re-reads before the last one's end, for late-arriving rows.
    [[nodiscard]] virtual qint64 overlapSeconds() const { return 3600; }

protected:
    explicit GatewayAdapter(const models::Connection &connection, const QString &defaultTenantField,
                            const QString &defaultUseCaseField);

    [[nodiscard]] QUrl endpoint(const QString &path) const;
    [[nodiscard]] QByteArray source() const { return m_source; }
    [[nodiscard]] QByteArray tenantOf(const QJsonObject &record) const;
    [[nodiscard]] QByteArray useCaseOf(const QJsonObject &record) const;
    /// Parses @p body as a JSON object, or says that the response was malformed or cut short.
    [[nodiscard]] models::Result<QJsonObject> object(const QByteArray &body) const;
    [[nodiscard]] models::Error malformed(const QString &what) const;
    /// Paging that cannot end (issue 21): "the gateway returned an empty page that claims more; stopping".
    [[nodiscard]] models::Error pagingBroken(const QString &what) const;
    /// An empty page whose paging still claims more: stops the sync rather than asking for more forever.
    [[nodiscard]] models::Error emptyPageClaimsMore() const;
    /// A usage record of this source for one per-request row (data[@p index]): its id and time read from
    /// @p idKey and @p timeKey (both required), tenant and use case through the connection's field paths.
    [[nodiscard]] models::Result<models::UsageRecord> requestRecord(const QJsonObject &row, qsizetype index,
                                                                    const QString &idKey, const QString &timeKey) const;
    /// A stable id for an aggregate bucket row: the same bucket and keys give the same id.
    [[nodiscard]] static QByteArray bucketId(const QStringList &parts);
    [[nodiscard]] static qint64 nanos(double usd);
    /// ISO 8601 (with or without fraction/zone; no zone = UTC) → ms since the epoch, or nullopt.
    [[nodiscard]] static std::optional<qint64> timeMs(const QString &text);
    /// For APIs read as two reports in turn (a cost report, then a usage report; tokens "costs:…", "usage:…"):
    /// whether @p page belongs to the usage report, and the token after a page whose envelope is @p root. An
    /// envelope with has_more but no next_page, or with no data and has_more, is an error: the read could not end.
    [[nodiscard]] static bool isUsageReport(const QString &page) { return page.startsWith(u"usage:"); }
    [[nodiscard]] models::Result<QString> nextReportPage(const QString &page, const QJsonObject &root) const;

private:
    QString m_url;
    QByteArray m_source;
    FieldPath m_tenant;
    FieldPath m_useCase;
};

} // namespace greenlight::app
