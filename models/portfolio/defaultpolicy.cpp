#include "portfolio/defaultpolicy.h"

#include "gate/rulecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QList<GateTemplate> defaultGateTemplates()
{
    return {
        GateTemplate{u"internal-pilot"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("GateTemplate", "Internal pilot")),
                     {u"owner.product"_s, u"owner.launch"_s, u"owner.support"_s, u"data.classified"_s,
                      u"data.approved"_s, u"data.no_credentials"_s, u"logging.policy"_s, u"rollback.path"_s},
                     false,
                     {Role::Pm},
                     false},
        GateTemplate{u"customer-launch"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("GateTemplate", "Customer launch")),
                     {RuleCatalog::wildcard()},
                     false,
                     {Role::Pm, Role::Security},
                     true},
        GateTemplate{u"high-risk-launch"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("GateTemplate", "High-risk launch")),
                     {RuleCatalog::wildcard()},
                     true,
                     {Role::Pm, Role::Security, Role::Legal, Role::Compliance},
                     true},
    };
}

namespace {

std::optional<GateTemplate> defaultGateTemplate(const QString &id)
{
    const QList<GateTemplate> templates = defaultGateTemplates();
    const auto found =
        std::find_if(templates.cbegin(), templates.cend(), [&](const GateTemplate &t) { return t.id == id; });
    return found != templates.cend() ? std::optional(*found) : std::nullopt;
}

} // namespace

bool signedSignoffsByDefault(const QString &id)
{
    const std::optional<GateTemplate> found = defaultGateTemplate(id);
    return found && found->signedSignoffs;
}

QString gateDisplayName(const GateTemplate &gate)
{
    const std::optional<GateTemplate> builtIn = defaultGateTemplate(gate.id);
    if (builtIn && builtIn->name == gate.name)
        return QCoreApplication::translate("GateTemplate", gate.name.toUtf8().constData());
    return gate.name;
}

QString gateDisplayName(const Portfolio &portfolio, const QString &gateId)
{
    const GateTemplate *gate = portfolio.gateTemplate(gateId);
    return gate != nullptr ? gateDisplayName(*gate) : gateId;
}

} // namespace greenlight::models
