#include "announcer.h"

#include <QAccessibleWidget>

namespace clm::ui {

namespace {

class NotificationAccessible final : public QAccessibleWidget
{
public:
    explicit NotificationAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Notification)
    {}
};

QAccessibleInterface *accessibleFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String(Announcer::staticMetaObject.className()))
        return new NotificationAccessible(widget);
    // A page stack is layout, not content: Qt calls it a "layered pane", which Orca says each time the
    // focus enters it. As a plain unnamed container it is passed over.
    if (className == QLatin1String("QStackedWidget"))
        return new QAccessibleWidget(widget, QAccessible::Client);
    // A splitter's handle is a Grip to Qt, which AT-SPI knows only as "unknown"; it separates two panes.
    if (className == QLatin1String("QSplitterHandle"))
        return new QAccessibleWidget(widget, QAccessible::Separator);
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget *parent)
    : QWidget(parent)
{
    installAccessibility();
    // Nothing to see: it takes no space and no focus; only assistive technology meets it.
    setFixedSize(0, 0);
    setFocusPolicy(Qt::NoFocus);
}

void Announcer::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void Announcer::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    setAccessibleName(text);
    // Shown again: the "showing" state change is what the reader speaks.
    setVisible(false);
    setVisible(true);
}

} // namespace clm::ui
