#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace greenlight::ui {

namespace {

class FirstPaintQuitter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this paint has finished, not during it.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

void quitAfterFirstPaintIfAsked(QWidget &window)
{
    if (qEnvironmentVariableIsSet("GREENLIGHT_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintQuitter(&window));
}

} // namespace greenlight::ui
