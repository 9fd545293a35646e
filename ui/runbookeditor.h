#pragma once

#include "usecasesection.h"

#include <QMap>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace greenlight::ui {

class OptionalDateEdit;

/**
 * The runbook: Markdown text beside its rendered preview, the incidents it covers and the people
 * on call. The text is saved when the editor loses focus or another use case is chosen (one change
 * per editing session, not per keystroke); topics and on-call people are saved on each click.
 */
class RunbookEditor final : public UseCaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunbookEditor)

public:
    explicit RunbookEditor(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }
    [[nodiscard]] QListWidget *onCallList() const { return m_onCall; }
    /// Saves the text if it changed since it was loaded or last saved.
    void commitText();

protected:
    void load(const models::Portfolio &p, const models::UseCase &u) override;
    void commitPending() override { commitText(); }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyRunbook(const QString &what, const std::function<void(models::Runbook &)> &change);

    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    QMap<models::RunbookTopic, QCheckBox *> m_topics;
    QListWidget *m_onCall = nullptr;
    OptionalDateEdit *m_reviewed = nullptr;
};

} // namespace greenlight::ui
