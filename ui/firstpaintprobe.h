#pragma once

class QWidget;

namespace greenlight::ui {

/// For the start-up benchmark (bench/startup_benchmark.py): when GREENLIGHT_QUIT_AFTER_FIRST_PAINT is
/// set, the application quits as soon as @p window has painted once, so a process's run time is its
/// cold start to a drawn window. Does nothing otherwise.
void quitAfterFirstPaintIfAsked(QWidget &window);

} // namespace greenlight::ui
