#pragma once

#include "domain/enums.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class SigningKeyBox;

/// The data-approval queue for security, legal and compliance: every use-case/data-class pair with
/// what it still needs, approve/reject with a note as the person acted as, and the decisions so far.
class ApprovalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsPage)

public:
    explicit ApprovalsPage(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QTreeWidget *queue() const { return m_queue; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *rejectButton() const { return m_reject; }
    [[nodiscard]] SigningKeyBox *signWithBox() const { return m_signWith; }
    [[nodiscard]] QTreeWidget *history() const { return m_history; }
    [[nodiscard]] QLabel *message() const { return m_message; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    /// Selects the pair of @p useCaseId and @p dataClass in the queue (the use case's first pair without a class);
    /// nothing changes when the queue does not list it.
    void selectPair(const QString &useCaseId, std::optional<models::DataClass> dataClass = std::nullopt);

private:
    void reload();
    void updateActions();
    void decide(bool approve);

    app::Workspace &m_workspace;
    QTreeWidget *m_queue = nullptr;
    QTreeWidget *m_history = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    SigningKeyBox *m_signWith = nullptr;
    QLabel *m_message = nullptr;
    QString m_messagePair; ///< "use case/class" the message is about; cleared when another pair is selected
};

} // namespace greenlight::ui
