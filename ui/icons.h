// The app's icons, from the system theme where it has them, else our SVGs (crisp at any DPI).
#pragma once

#include "history/operation.h"

#include <QIcon>

namespace clm::ui {

QIcon appIcon();
QIcon themedIcon(const char *themeName, const char *fallbackResource);
QIcon instanceStatusIcon(const QString &status, bool locked);
QIcon operationStateIcon(OperationState state);
// A small rounded swatch of an account's colour label; transparent for none.
QIcon colourIcon(const QString &colour);

} // namespace clm::ui
