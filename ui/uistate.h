// Every setting the desktop window keeps between runs, typed, in one place. The keys are those earlier
// versions wrote, so a user's saved layout and choices survive an update.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clm::ui {

struct UiState
{
    // The window's layout, read when it opens and written when it closes.
    QByteArray geometry;
    QByteArray windowState;
    QByteArray verticalSplitter;
    QByteArray tablesSplitter;
    QByteArray instanceColumns;
    QByteArray vpcColumns;
    QByteArray operationColumns;
    QStringList columnsSizedByUser; // object names of the tables whose widths the user set by hand
    bool classicLinkOnly = true;

    static UiState load();
    void save() const;

    // Choices written the moment they are made.
    static bool retirementBannerDismissed();
    static void setRetirementBannerDismissed();
    static QString language(); // empty: the system's
    static void setLanguage(const QString &language);
    static QString lastAccount();
    static void setLastAccount(const QString &name);
    static QString lastRegion();
    static void setLastRegion(const QString &regionId);
};

} // namespace clm::ui
