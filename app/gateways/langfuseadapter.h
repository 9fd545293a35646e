#pragma once

#include "gateways/gatewayadapter.h"

namespace greenlight::app {

/// The Langfuse connector; what it relies on is in docs/gateways.md.
class LangfuseAdapter final : public GatewayAdapter
{
    Q_DECLARE_TR_FUNCTIONS(LangfuseAdapter)

public:
    explicit LangfuseAdapter(const models::Connection &connection);
    [[nodiscard]] HttpCall call(const SyncWindow &window, const QString &page) const override;
    void authorize(HttpCall &call, const QString &apiKey) const override;
    [[nodiscard]] models::Result<GatewayPage> parse(const QByteArray &body, const QString &page) override;
};

} // namespace greenlight::app
