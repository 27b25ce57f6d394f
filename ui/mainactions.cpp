#include "mainactions.h"
#include "ui_mainwindow.h"

#include "icons.h"

#include <QCoreApplication>
#include <QToolButton>

namespace clm::ui {

namespace {

// The main window's own words: the same translation context as before they moved here.
struct MainWindowText
{
    Q_DECLARE_TR_FUNCTIONS(clm::ui::MainWindow)
};

} // namespace

void setUpMainActions(Ui::MainWindow &ui)
{
    ui.actionRefresh->setIcon(themedIcon("view-refresh", ":/icons/refresh.svg"));
    ui.actionRefresh->setShortcut(QKeySequence::Refresh);
    ui.actionCancel->setIcon(themedIcon("process-stop", ":/icons/outcome-failure.svg"));
    ui.actionCancel->setEnabled(false);
    for (const auto &[action, icon] : {std::pair{ui.actionOverview, "overview"},
                                       {ui.actionLink, "link"},
                                       {ui.actionUnlink, "unlink"},
                                       {ui.actionAllowTraffic, "traffic"},
                                       {ui.actionMoveToVpc, "move"}})
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
    ui.actionExport->setIcon(themedIcon("document-save-as", ":/icons/outcome-pending.svg"));
    ui.actionResume->setIcon(themedIcon("media-playback-start", ":/icons/link.svg"));
    ui.actionNetwork->setMenuRole(QAction::PreferencesRole);
    ui.actionFind->setShortcut(QKeySequence::Find);
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    ui.actionQuit->setMenuRole(QAction::QuitRole);
    ui.actionAbout->setMenuRole(QAction::AboutRole);
}

void retranslateMainActions(Ui::MainWindow &ui)
{
    const auto withShortcut = [](QAction *action, const QString &text) {
        action->setToolTip(text.arg(action->shortcut().toString(QKeySequence::NativeText)));
    };
    // The toolbar's buttons show a short form: a screen reader hears the whole name.
    for (QAction *action : {ui.actionLink, ui.actionUnlink, ui.actionAllowTraffic, ui.actionMoveToVpc})
        ui.mainToolBar->widgetForAction(action)->setAccessibleName(QString(action->text()).remove(u'&'));
    // The toolbar's overflow button (shown when the window is too narrow for every button).
    if (auto *more = ui.mainToolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(MainWindowText::tr("More toolbar buttons"));
    withShortcut(ui.actionOverview,
                 MainWindowText::tr("Every account and region: what is left on the classic network (%1)"));
    withShortcut(ui.actionRefresh, MainWindowText::tr("Load the region's instances and VPCs again (%1)"));
    withShortcut(ui.actionLink,
                 MainWindowText::tr("Link the selected classic instances to the selected VPC (%1)"));
    withShortcut(ui.actionUnlink, MainWindowText::tr("Unlink the selected instances from their VPC (%1)"));
    withShortcut(ui.actionAllowTraffic,
                 MainWindowText::tr(
                     "Add the security group rules that let the selected linked instances and their VPC "
                     "talk (%1)"));
    withShortcut(ui.actionMoveToVpc,
                 MainWindowText::tr(
                     "Whether the selected classic instances (or all) are ready to move into a VPC, and "
                     "prepare what they lack (%1)"));
}

} // namespace clm::ui
