#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace greenlight::ui {

void WheelGuard::install()
{
    static WheelGuard *installed = nullptr;
    if (installed != nullptr)
        return;
    installed = new WheelGuard(qApp);
    qApp->installEventFilter(installed);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool valueBox = qobject_cast<QComboBox *>(watched) != nullptr || qobject_cast<QAbstractSpinBox *>(watched);
    if (widget == nullptr || !valueBox)
        return false;
    if (event->type() == QEvent::Polish) {
        // Qt gives a wheel-focus box the focus before the wheel event itself: the wheel must not focus it.
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (widget->hasFocus())
        return false;
    // Not delivered to the box, and not accepted: QApplication passes it on to the parent, the scroll area.
    event->ignore();
    return true;
}

} // namespace greenlight::ui
