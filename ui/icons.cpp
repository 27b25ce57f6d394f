#include "icons.h"

#include "cloud/domain.h"

#include <QPainter>
#include <QPixmap>

namespace clm::ui {

QIcon colourIcon(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    if (!colour.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(colour));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    }
    return QIcon(pixmap);
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/classiclink-manager.svg"));
}

QIcon themedIcon(const char *themeName, const char *fallbackResource)
{
    return QIcon::fromTheme(QLatin1String(themeName), QIcon(QLatin1String(fallbackResource)));
}

// Views ask for these once per visible cell and per size hint; each is made once and shared.
QIcon instanceStatusIcon(const QString &status, bool locked)
{
    static const QIcon lockedIcon(QStringLiteral(":/icons/status-locked.svg"));
    static const QIcon running(QStringLiteral(":/icons/status-running.svg"));
    static const QIcon stopped(QStringLiteral(":/icons/status-stopped.svg"));
    static const QIcon busy(QStringLiteral(":/icons/status-busy.svg"));
    if (locked)
        return lockedIcon;
    switch (instanceStatusFromString(status)) {
    case InstanceStatus::Running:
        return running;
    case InstanceStatus::Stopped:
        return stopped;
    default:
        return busy;
    }
}

QIcon operationStateIcon(OperationState state)
{
    static const QIcon success(QStringLiteral(":/icons/outcome-success.svg"));
    static const QIcon failure(QStringLiteral(":/icons/outcome-failure.svg"));
    static const QIcon unknown(QStringLiteral(":/icons/outcome-unknown.svg"));
    static const QIcon pending(QStringLiteral(":/icons/outcome-pending.svg"));
    switch (state) {
    case OperationState::Succeeded:
        return success;
    case OperationState::Failed:
        return failure;
    case OperationState::Unknown:
    case OperationState::PartlyApplied:
    case OperationState::Cancelled:
        return unknown;
    default:
        return pending;
    }
}

} // namespace clm::ui
