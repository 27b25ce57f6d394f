// Says a sentence to a screen reader without moving the focus: Qt 6.4 has no announcement event (it came in
// 6.8), so the sentence becomes the name of a small object with the Notification role that is shown again;
// AT-SPI readers such as Orca speak a notification when it shows. Used for the status bar's outcomes and
// the count of selected rows.
#pragma once

#include <QWidget>

namespace clm::ui {

class Announcer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    explicit Announcer(QWidget *parent);

    // What screen readers are told of the application's own widgets (announcements; page stacks as plain
    // containers, splitter handles as separators). Called at start, before any window exists; again by every
    // Announcer (once in all).
    static void installAccessibility();

    void announce(const QString &text);
    QString lastAnnouncement() const { return accessibleName(); }
};

} // namespace clm::ui
