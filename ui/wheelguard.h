#pragma once

#include <QObject>

namespace greenlight::ui {

/**
 * Keeps the mouse wheel from changing values by accident (issue 19): over a combo, spin or date box that does not
 * have the keyboard focus, the wheel scrolls the form around it instead, as in browsers and most desktop forms. A
 * box the user clicked or tabbed into takes the wheel as usual. Installed once on the application.
 */
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    /// Installs the guard on the application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace greenlight::ui
