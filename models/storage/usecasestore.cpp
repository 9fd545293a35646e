#include "storage/usecasestore.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Status UseCaseStore::saveDetails(const UseCase &u)
{
    SqlStatement update(m_db,
                        u"UPDATE use_cases SET name = ?, description = ?, audience = ?, risk_tier = ?, status = ?, "
                        u"owner_product = ?, owner_launch = ?, owner_engineering = ?, owner_support = ?, "
                        u"output_user = ?, allowed_path = ?, human_review = ?, release_path = ?, "
                        u"release_user_waits = ?, score_hours_saved = ?, score_complexity = ?, "
                        u"score_blast_radius = ?, roi_hours_saved_per_week = ?, roi_loaded_hourly_rate_usd = ?, "
                        u"roi_beneficiaries = ?, ops_monitoring = ?, ops_kill_switch = ?, "
                        u"ops_kill_switch_tested = ?, ops_daily_cost_cap_usd = ?, ops_latency_budget_ms = ?, "
                        u"route_id = ?, tools_attested = ?, rollback_path = ?, rollback_fallback_route = ?, "
                        u"rollback_tested = ? WHERE id = ?"_s);
    GL_TRY(update.exec({u.name,
                        sql::text(u.description),
                        sql::enumText(u.audience),
                        sql::enumText(u.riskTier),
                        sql::enumText(u.status),
                        sql::text(u.owners.product),
                        sql::text(u.owners.launch),
                        sql::text(u.owners.engineering),
                        sql::text(u.owners.support),
                        sql::text(u.outputUser),
                        sql::text(u.allowedPath),
                        sql::text(u.humanReview),
                        u.release.path ? sql::enumText(*u.release.path) : sql::text({}),
                        sql::boolean(u.release.userWaits),
                        sql::integer(u.scoring.hoursSaved),
                        sql::integer(u.scoring.complexity),
                        sql::integer(u.scoring.blastRadius),
                        sql::real(u.roi.hoursSavedPerWeek),
                        sql::real(u.roi.loadedHourlyRateUsd),
                        sql::integer(u.roi.beneficiaries),
                        sql::boolean(u.operations.monitoring),
                        sql::text(u.operations.killSwitch),
                        sql::date(u.operations.killSwitchTested),
                        sql::real(u.operations.dailyCostCapUsd),
                        sql::integer(u.operations.latencyBudgetMs),
                        sql::text(u.route),
                        sql::boolean(u.toolsAttested),
                        sql::text(u.rollback.path),
                        sql::text(u.rollback.fallbackRoute),
                        sql::date(u.rollback.tested),
                        u.id}));
    if (update.query().numRowsAffected() != 1)
        return fail(u.id, QCoreApplication::translate("UseCaseStore", "unknown use case"));

    SqlStatement clearClasses(m_db, u"DELETE FROM use_case_data_classes WHERE use_case_id = ?"_s);
    GL_TRY(clearClasses.exec({u.id}));
    SqlStatement addClass(m_db, u"INSERT INTO use_case_data_classes (use_case_id, data_class, sort_order) "
                                u"VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < u.dataClasses.size(); ++i)
        GL_TRY(addClass.exec({u.id, sql::enumText(u.dataClasses[i]), int(i)}));

    SqlStatement clearLogging(m_db, u"DELETE FROM logging_policies WHERE use_case_id = ?"_s);
    GL_TRY(clearLogging.exec({u.id}));
    if (u.logging) {
        const LoggingPolicy &l = *u.logging;
        SqlStatement logging(m_db, u"INSERT INTO logging_policies (use_case_id, prompts, responses, raw_approved_by, "
                                   u"retention_debug_days, retention_abuse_review_days, retention_eval_metadata_days) "
                                   u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        GL_TRY(logging.exec({u.id, sql::enumText(l.prompts), sql::enumText(l.responses), sql::text(l.rawApprovedBy),
                             sql::integer(l.retentionDays.debug), sql::integer(l.retentionDays.abuseReview),
                             sql::integer(l.retentionDays.evalMetadata)}));
    }

    SqlStatement clearRunbook(m_db, u"DELETE FROM runbooks WHERE use_case_id = ?"_s);
    GL_TRY(clearRunbook.exec({u.id}));
    if (u.runbook) {
        SqlStatement runbook(m_db, u"INSERT INTO runbooks (use_case_id, body, reviewed) VALUES (?, ?, ?)"_s);
        GL_TRY(runbook.exec({u.id, sql::requiredText(u.runbook->text), sql::date(u.runbook->reviewed)}));
        SqlStatement topic(m_db, u"INSERT INTO runbook_topics (use_case_id, topic, sort_order) VALUES (?, ?, ?)"_s);
        for (qsizetype i = 0; i < u.runbook->covers.size(); ++i)
            GL_TRY(topic.exec({u.id, sql::enumText(u.runbook->covers[i]), int(i)}));
        SqlStatement onCall(m_db,
                            u"INSERT INTO runbook_on_call (use_case_id, person_id, sort_order) VALUES (?, ?, ?)"_s);
        for (qsizetype i = 0; i < u.runbook->onCall.size(); ++i)
            GL_TRY(onCall.exec({u.id, u.runbook->onCall[i], int(i)}));
    }
    return {};
}

Result<std::optional<qint64>> UseCaseStore::claimNextVersion(const QString &id, std::optional<qint64> expected)
{
    SqlStatement claim(m_db, expected ? u"UPDATE use_cases SET version = version + 1 WHERE id = ? AND version = ?"_s
                                      : u"UPDATE use_cases SET version = version + 1 WHERE id = ?"_s);
    GL_TRY(claim.exec(expected ? QVariantList{id, *expected} : QVariantList{id}));
    if (claim.query().numRowsAffected() != 1)
        return std::nullopt;
    const Result<std::optional<Version>> now = version(id);
    if (!now)
        return std::unexpected(now.error());
    if (!*now)
        return std::nullopt;
    return (*now)->version;
}

Result<std::optional<UseCaseStore::Version>> UseCaseStore::version(const QString &id)
{
    SqlStatement read(m_db, u"SELECT version, changed_seq FROM use_cases WHERE id = ?"_s);
    GL_TRY(read.exec({id}));
    if (!read.next()) {
        GL_TRY(read.finished());
        return std::nullopt;
    }
    return Version{read.value(0).toLongLong(), read.value(1).toLongLong()};
}

Status UseCaseStore::setVersion(const QString &id, Version version)
{
    SqlStatement write(m_db, u"UPDATE use_cases SET version = ?, changed_seq = ? WHERE id = ?"_s);
    return write.exec({version.version,
                       version.changedSeq == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(version.changedSeq),
                       id});
}

} // namespace greenlight::models
