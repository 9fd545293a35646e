#pragma once

#include "dashboard/dashboardquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTimer;

namespace greenlight::ui {

/// The date range and the tenant, use case, model and source filters every dashboard view shares.
/// Changes are announced once they settle (typing a date does not reload at every digit).
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] models::RollupFilter filter() const;
    void setRange(const QDate &from, const QDate &to);
    /// Offers these values (use cases shown by name when the portfolio knows them), keeping the choice.
    void setDimensions(const models::RollupDimensions &dimensions, const models::Portfolio &portfolio);
    void setUseCase(const QString &useCaseId);

Q_SIGNALS:
    void changed();

private:
    QComboBox *addChoice(const QString &allText, const QString &toolTip);
    static void offer(QComboBox *box, const QStringList &keys, const std::function<QString(const QString &)> &label);
    static void choose(QComboBox *box, const QString &key);

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_useCase = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_source = nullptr;
    QTimer *m_settle = nullptr;
};

} // namespace greenlight::ui
