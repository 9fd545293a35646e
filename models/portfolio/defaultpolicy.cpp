#include "portfolio/defaultpolicy.h"

#include "gate/rulecatalog.h"

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QList<GateTemplate> defaultGateTemplates()
{
    return {
        GateTemplate{u"internal-pilot"_s,
                     u"Internal pilot"_s,
                     {u"owner.product"_s, u"owner.launch"_s, u"owner.support"_s, u"data.classified"_s,
                      u"data.approved"_s, u"data.no_credentials"_s, u"logging.policy"_s, u"rollback.path"_s},
                     false,
                     {Role::Pm},
                     false},
        GateTemplate{u"customer-launch"_s,
                     u"Customer launch"_s,
                     {RuleCatalog::wildcard()},
                     false,
                     {Role::Pm, Role::Security},
                     true},
        GateTemplate{u"high-risk-launch"_s,
                     u"High-risk launch"_s,
                     {RuleCatalog::wildcard()},
                     true,
                     {Role::Pm, Role::Security, Role::Legal, Role::Compliance},
                     true},
    };
}

bool signedSignoffsByDefault(const QString &id)
{
    const QList<GateTemplate> templates = defaultGateTemplates();
    const auto found =
        std::find_if(templates.cbegin(), templates.cend(), [&](const GateTemplate &t) { return t.id == id; });
    return found != templates.cend() && found->signedSignoffs;
}

} // namespace greenlight::models
