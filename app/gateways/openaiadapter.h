#pragma once

#include "gateways/gatewayadapter.h"

namespace greenlight::app {

/// The OpenAi connector; what it relies on is in docs/gateways.md.
class OpenAiAdapter final : public GatewayAdapter
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiAdapter)

public:
    explicit OpenAiAdapter(const models::Connection &connection);
    [[nodiscard]] HttpCall call(const SyncWindow &window, const QString &page) const override;
    void authorize(HttpCall &call, const QString &apiKey) const override;
    [[nodiscard]] models::Result<GatewayPage> parse(const QByteArray &body, const QString &page) override;
    [[nodiscard]] bool wholeDaysOnly() const override { return true; }
    [[nodiscard]] qint64 overlapSeconds() const override { return 0; }
};

} // namespace greenlight::app
