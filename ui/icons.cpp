#include "icons.h"

namespace clm::ui {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/classiclink-manager.svg"));
}

QIcon themedIcon(const char *themeName, const char *fallbackResource)
{
    return QIcon::fromTheme(QLatin1String(themeName), QIcon(QLatin1String(fallbackResource)));
}

QIcon instanceStatusIcon(const QString &status, bool locked)
{
    if (locked)
        return QIcon(QStringLiteral(":/icons/status-locked.svg"));
    if (status == QLatin1String("Running"))
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    if (status == QLatin1String("Stopped"))
        return QIcon(QStringLiteral(":/icons/status-stopped.svg"));
    return QIcon(QStringLiteral(":/icons/status-busy.svg"));
}

QIcon operationStateIcon(OperationState state)
{
    switch (state) {
    case OperationState::Succeeded:
        return QIcon(QStringLiteral(":/icons/outcome-success.svg"));
    case OperationState::Failed:
        return QIcon(QStringLiteral(":/icons/outcome-failure.svg"));
    case OperationState::Unknown:
    case OperationState::Cancelled:
        return QIcon(QStringLiteral(":/icons/outcome-unknown.svg"));
    default:
        return QIcon(QStringLiteral(":/icons/outcome-pending.svg"));
    }
}

} // namespace clm::ui
