// The least-privilege RAM policy for exactly the actions ClassicLink Manager calls.
#pragma once

#include <QString>
#include <QStringList>

namespace clm {

QStringList requiredRamActions();
QString requiredRamPolicy(); // JSON, ready to paste into the RAM console

} // namespace clm
