#pragma once

#include "gateways/gatewayadapter.h"

namespace greenlight::app {

/**
 * The Anthropic connector (docs/gateways.md). The cost report cannot name API keys (it groups only by workspace and
 * description), and the usage report has tokens but no money. So both are read for the whole window, and each
 * day's cost of a model, tier and token type in a workspace is apportioned to the API keys by their share of those
 * tokens, exactly in nano-dollars (apportion()). Costs that no tokens explain (web search, code execution, a day
 * without usage rows) are kept without an API key, never dropped.
 */
class AnthropicAdapter final : public GatewayAdapter
{
    Q_DECLARE_TR_FUNCTIONS(AnthropicAdapter)

public:
    explicit AnthropicAdapter(const models::Connection &connection);
    [[nodiscard]] HttpCall call(const SyncWindow &window, const QString &page) const override;
    void authorize(HttpCall &call, const QString &apiKey) const override;
    [[nodiscard]] models::Result<GatewayPage> parse(const QByteArray &body, const QString &page) override;
    [[nodiscard]] bool wholeDaysOnly() const override { return true; }
    [[nodiscard]] qint64 overlapSeconds() const override { return 0; }
    [[nodiscard]] bool buffersWindow() const override { return true; }

    /// The token types of the usage report, as the cost report's token_type names them.
    [[nodiscard]] static QStringList tokenTypes();

private:
    /// One row of the cost report (grouped by workspace and description).
    struct CostRow {
        qint64 startMs = 0;
        QString day;
        QJsonObject row;
        qint64 nanos = 0;
    };
    /// One row of the usage report (grouped by API key, workspace, model, tier and context window).
    struct UsageRow {
        qint64 startMs = 0;
        QString day;
        QJsonObject row;
    };

    [[nodiscard]] models::Status read(const QJsonArray &buckets, bool usage);
    /// A record of the bucket starting at @p startMs for @p row, with its model, tenant and use case, no figures.
    [[nodiscard]] models::UsageRecord record(qint64 startMs, const QJsonObject &row) const;
    /// Every usage row as a record with its apportioned cost, and the costs no tokens explain.
    [[nodiscard]] QList<models::UsageRecord> attribute() const;

    QList<CostRow> m_costs;
    QList<UsageRow> m_usage;
};

} // namespace greenlight::app
