#pragma once

#include <QIcon>
#include <QPalette>

namespace greenlight::ui {

/// A monochrome SVG icon drawn in the palette's text colour, and in the highlighted-text colour
/// when its item is selected, so it reads on light, dark and highlight backgrounds alike.
/// Rendered at @p logicalSize for 1× and 2× device pixel ratios.
[[nodiscard]] QIcon themedIcon(const QString &svgPath, const QPalette &palette, QSize logicalSize);

} // namespace greenlight::ui
