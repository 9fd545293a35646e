#pragma once

#include "gateways/gatewayadapter.h"

namespace greenlight::app {

/// The Helicone connector; what it relies on is in docs/gateways.md.
class HeliconeAdapter final : public GatewayAdapter
{
    Q_DECLARE_TR_FUNCTIONS(HeliconeAdapter)

public:
    explicit HeliconeAdapter(const models::Connection &connection);
    [[nodiscard]] HttpCall call(const SyncWindow &window, const QString &page) const override;
    void authorize(HttpCall &call, const QString &apiKey) const override;
    [[nodiscard]] models::Result<GatewayPage> parse(const QByteArray &body, const QString &page) override;
};

} // namespace greenlight::app
