#pragma once

#include "domain/enums.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

#include <optional>

/// Small helpers the editors share to show domain values in standard widgets.
namespace greenlight::ui::form {

/// A combo box of an enum's values (item data = the value's name), optionally with "(not set)" first.
template <typename E>
QComboBox *enumBox(QWidget *parent, bool allowUnset = false)
{
    auto *box = new QComboBox(parent);
    if (allowUnset)
        box->addItem(QCoreApplication::translate("greenlight::ui::form", "(not set)"), QString());
    for (E value : models::allEnumValues<E>())
        box->addItem(models::enumLabel(value), models::enumName(value));
    return box;
}

template <typename E>
std::optional<E> boxEnum(const QComboBox *box)
{
    return models::enumFromName<E>(box->currentData().toString());
}

inline void selectData(QComboBox *box, const QString &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

/// A tri-state box for optional booleans: partly checked means "not recorded".
inline void setTriState(QCheckBox *box, std::optional<bool> value)
{
    box->setCheckState(!value ? Qt::PartiallyChecked : *value ? Qt::Checked : Qt::Unchecked);
}

inline std::optional<bool> triState(const QCheckBox *box)
{
    switch (box->checkState()) {
    case Qt::Checked: return true;
    case Qt::Unchecked: return false;
    case Qt::PartiallyChecked: break;
    }
    return std::nullopt;
}

/// @p button's label as a hint names it ("Verify chain"): the same translated words, without the "&" that marks
/// the shortcut, so a hint can never name a button that says something else.
inline QString buttonLabel(const QAbstractButton *button)
{
    const QString text = button->text();
    QString label;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i; // "&x" marks x; "&&" is a literal "&"
        label += text[i];
    }
    return label;
}

/// A label that shows a recorded value in a form: plain text (names and reasons are never markup), wrapped, and
/// selectable so that an id or a reason can be copied.
inline QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// Shows @p label as a message that must not be missed (a refusal, an error), or plain again. A light red panel
/// with dark red bold text: it reads in light and dark themes alike, which the palette's colours do not promise.
inline void setAlert(QLabel *label, bool alert)
{
    using namespace Qt::StringLiterals;
    label->setStyleSheet(alert ? u"QLabel { background-color: #fdecea; color: #8c1d18; border: 1px solid #e5a29b; "
                                 u"border-radius: 3px; padding: 6px; font-weight: bold; }"_s
                               : QString());
}

/// A label for what a form's service refused, or why the form cannot be used: plain text, wrapped, and hidden until
/// showAlert() has something to say.
inline QLabel *alertLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

/// Shows @p text in @p label as an alert (setAlert), or hides the label when @p text is empty.
inline void showAlert(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    setAlert(label, !text.isEmpty());
}

/// Enables a form's confirming @p button only when nothing is @p missing; while something is, its tooltip says what.
inline void enableWhenComplete(QAbstractButton *button, const QString &missing)
{
    button->setEnabled(missing.isEmpty());
    button->setToolTip(missing);
}

/// Green and red that read on light and dark palettes alike (a verdict: go-eligible or failing, fresh or expired).
/// Never the only sign: the text says it too, and failing rows carry a warning icon.
inline QColor verdictColour(bool good)
{
    const bool dark = QPalette().color(QPalette::Base).lightness() < 128;
    return good ? QColor(dark ? 0x6f : 0x1b, dark ? 0xd6 : 0x7f, dark ? 0x8c : 0x3b)
                : QColor(dark ? 0xff : 0xb3, dark ? 0x8a : 0x26, dark ? 0x80 : 0x1e);
}

} // namespace greenlight::ui::form
