// Colours that carry a meaning (an error, a notice, the sandbox badge) taken from the palette in use, so
// the window follows the system's light or dark theme, and text keeps a contrast of at least 4.5:1 (WCAG 2.1
// level AA) on either: a colour that would fall short is moved toward the palette's text colour until it
// does not.
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace clm::ui {

constexpr double kMinimumTextContrast = 4.5;

// WCAG 2.1 contrast ratio of two opaque colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// `colour`, or the first mix of it with `text` that reaches kMinimumTextContrast on `background`.
QColor readableOn(const QColor &colour, const QColor &background, const QColor &text);

QColor errorText(const QPalette &palette);
// Placeholder text (an empty table's hint) that can still be read.
QColor hintText(const QPalette &palette);
// A notice that stands out from the window: the palette's tooltip colours, with a readable link.
QPalette noticePalette(const QPalette &palette);

// The sandbox badge: the palette's highlight, darkened or lightened until its text can be read.
std::pair<QColor, QColor> badgeColours(const QPalette &palette); // background, text

// Sets the label's text colour to errorText(), again whenever the palette changes.
void showAsError(QWidget *label);
// Sets the label's text colour to hintText(), again whenever the palette changes.
void showAsHint(QWidget *label);

} // namespace clm::ui
