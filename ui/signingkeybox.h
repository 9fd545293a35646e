#pragma once

#include <QComboBox>

namespace greenlight::models {
struct Portfolio;
}
namespace greenlight::app {
class SigningKeyChoice;
}

namespace greenlight::ui {

/**
 * "Sign with": the key the signed-in person's steps are signed with, shared by every place that records one (the
 * gate review's sign-offs and decision, the approvals page). Offers the person's keys the ssh-agent holds, a key
 * file ("Key file…", checked against the portfolio when chosen), or not signing. Disabled, with the reason, when the
 * person has no key valid today.
 */
class SigningKeyBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningKeyBox)

public:
    explicit SigningKeyBox(app::SigningKeyChoice &choice, QWidget *parent = nullptr);

    /// Chooses @p keyFile as "Key file…" would after the file dialog (used by it and by tests); false, with the
    /// reason shown, when it cannot sign for the person.
    bool chooseKeyFile(const QString &keyFile);
    /// The reason the last choice was refused, or empty.
    [[nodiscard]] const QString &problem() const { return m_problem; }

Q_SIGNALS:
    /// The choice was refused (shown beside the box by its owner).
    void refused(const QString &reason);

private:
    void rebuild();
    void activate(int index);

    app::SigningKeyChoice &m_choice;
    QString m_problem;
    bool m_rebuilding = false;
};

/// How a recorded step shows its signature: "signed by Sam Patel · SHA256:…", or "not signed" when @p fingerprint
/// is empty.
[[nodiscard]] QString signatureText(const models::Portfolio &portfolio, const QString &personId,
                                    const QString &fingerprint);

} // namespace greenlight::ui
