#include "signingkeybox.h"

#include "domain/portfolio.h"
#include "services/signingkeychoice.h"
#include "signing/sshpublickey.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {
enum class Item { None, Agent, KeyFile, Choose };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
} // namespace

SigningKeyBox::SigningKeyBox(app::SigningKeyChoice &choice, QWidget *parent) : QComboBox(parent), m_choice(choice)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(&m_choice, &app::SigningKeyChoice::changed, this, &SigningKeyBox::rebuild);
    connect(this, &QComboBox::activated, this, &SigningKeyBox::activate);
    rebuild();
}

void SigningKeyBox::rebuild()
{
    m_rebuilding = true;
    clear();
    const auto add = [this](const QString &text, Item kind, const QString &key = {}) {
        addItem(text);
        setItemData(count() - 1, int(kind), kKindRole);
        setItemData(count() - 1, key, kKeyRole);
    };
    for (const QString &key : m_choice.agentKeys())
        add(tr("ssh-agent · %1").arg(SshPublicKey::fingerprint(key)), Item::Agent, key);
    const SshSigner *signer = m_choice.signer();
    if (signer != nullptr && m_choice.source() == app::SigningKeyChoice::Source::KeyFile)
        add(tr("%1 · %2").arg(QFileInfo(signer->keyFile()).fileName(), signer->fingerprint()), Item::KeyFile,
            signer->keyFile());
    add(tr("Don't sign"), Item::None);
    add(tr("Key file…"), Item::Choose);

    int current = findData(int(Item::None), kKindRole);
    if (signer != nullptr) {
        for (int i = 0; i < count(); ++i) {
            const QString key = itemData(i, kKeyRole).toString();
            if (key == signer->publicKey() || key == signer->keyFile())
                current = i;
        }
    }
    setCurrentIndex(current);
    const bool hasKey = m_choice.personHasKey();
    setEnabled(hasKey);
    setToolTip(hasKey ? tr("The key your sign-offs, approvals and decisions are signed with (OpenSSH's ssh-keygen "
                           "signs; the private key never leaves it or the agent)")
                      : tr("You have no signing key valid today in the portfolio: add your SSH public key to "
                           "people[].signing_keys to sign what you decide"));
    m_rebuilding = false;
}

bool SigningKeyBox::chooseKeyFile(const QString &keyFile)
{
    const Status chosen = m_choice.useKeyFile(keyFile);
    m_problem = chosen ? QString() : chosen.error().toString();
    if (!chosen) {
        rebuild(); // back to what still signs
        Q_EMIT refused(m_problem);
    }
    return chosen.has_value();
}

void SigningKeyBox::activate(int index)
{
    if (m_rebuilding)
        return;
    m_problem.clear();
    switch (Item(itemData(index, kKindRole).toInt())) {
    case Item::None: m_choice.signNothing(); break;
    case Item::Agent:
        if (const Status used = m_choice.useAgentKey(itemData(index, kKeyRole).toString()); !used) {
            m_problem = used.error().toString();
            rebuild();
            Q_EMIT refused(m_problem);
        }
        break;
    case Item::KeyFile: break; // already the one in use
    case Item::Choose: {
        const QString file = QFileDialog::getOpenFileName(this, tr("Sign with an SSH key"),
                                                          QDir::home().filePath(u".ssh"_s), tr("SSH keys (*)"));
        if (file.isEmpty())
            rebuild();
        else
            chooseKeyFile(file);
        break;
    }
    }
}

QString signatureText(const Portfolio &portfolio, const QString &personId, const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return SigningKeyBox::tr("not signed");
    const Person *person = portfolio.person(personId);
    return SigningKeyBox::tr("signed by %1 · %2").arg(person != nullptr ? person->name : personId, fingerprint);
}

} // namespace greenlight::ui
