// The whole job by keyboard alone, offscreen against the in-process sandbox: only key events reach the
// window (mnemonics, shortcuts, arrows, Tab, Return), never a click or a call on a widget. Also: Tab reaches
// every part of the window, and every action of the Actions menu shows its shortcut.
#include "announcer.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "messages.h"
#include "models/instancetablemodel.h"
#include "models/operationtablemodel.h"
#include "preflightdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace clm;

class TestKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linksByKeyboardAlone();
    void tabReachesEveryPart();
    void actionsShowTheirShortcuts();
    void aScreenReaderHearsRowsCountsAndOutcomes();

private:
    // A key pressed where the keyboard focus is, as the user's keyboard would.
    [[nodiscard]] bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    [[nodiscard]] bool waitLoaded(const QString &region);

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_server.start());
    ui::Messages::queueAnswers({});
}

void TestKeyboard::init()
{
    QSettings().clear();
    m_server.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    const Account account = test::sandboxAccount(m_server.baseUrl());
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), nullptr, QList<Account>{account}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(waitLoaded(QStringLiteral("cn-hangzhou")));
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_network.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

bool TestKeyboard::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target =
        QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    if (!target) {
        qWarning("press: no widget has the keyboard");
        return false;
    }
    QTest::keyClick(target, Qt::Key(key), modifiers);
    return true;
}

bool TestKeyboard::waitLoaded(const QString &region)
{
    return QTest::qWaitFor([&] { return m_workspace->regionId() == region && m_workspace->hasInventory(); },
                           15000);
}

void TestKeyboard::linksByKeyboardAlone()
{
    // Alt+R: the region picker; Down: the next region, which loads at once.
    QVERIFY(press(Qt::Key_R, Qt::AltModifier));
    QCOMPARE(focusName(), QStringLiteral("regionCombo"));
    QVERIFY(press(Qt::Key_Down));
    QVERIFY(waitLoaded(QStringLiteral("cn-shanghai")));

    // Alt+I: the instance table; Ctrl+A: both of its instances.
    QVERIFY(press(Qt::Key_I, Qt::AltModifier));
    QCOMPARE(focusName(), QStringLiteral("instanceView"));
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    auto *instances = m_window->findChild<QTableView *>(QStringLiteral("instanceView"));
    QCOMPARE(instances->selectionModel()->selectedRows().size(), 2);

    // Alt+P: the VPC table; Space selects the row the focus is on.
    QVERIFY(press(Qt::Key_P, Qt::AltModifier));
    QCOMPARE(focusName(), QStringLiteral("vpcView"));
    QVERIFY(press(Qt::Key_Space));
    auto *vpcs = m_window->findChild<QTableView *>(QStringLiteral("vpcView"));
    QCOMPARE(vpcs->selectionModel()->selectedRows().size(), 1);

    // Ctrl+L: Link to VPC…; the preflight dialog has the focus, Return confirms.
    QVERIFY(press(Qt::Key_L, Qt::ControlModifier));
    QPointer<ui::PreflightDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<ui::PreflightDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == dialog);
    QVERIFY(press(Qt::Key_Return));

    OperationTableModel *operations = m_workspace->operations();
    QTRY_VERIFY_WITH_TIMEOUT(operations->rowCount() == 2 &&
                                 std::all_of(operations->operations().cbegin(),
                                             operations->operations().cend(),
                                             [](const Operation &o) { return o.isFinal(); }),
                             15000);
    for (const Operation &operation : operations->operations())
        QCOMPARE(operation.state, OperationState::Succeeded);
    for (const char *id : {"i-shanghai01", "i-shanghai02"})
        QCOMPARE(m_server.state().links.value(QLatin1String(id)), QStringLiteral("vpc-shanghai01"));

    // Alt+N: the operations table, to read the outcome.
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    if (QApplication::activeWindow() != m_window.get())
        m_window->activateWindow(); // what the window manager does when a dialog closes (offscreen has none)
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QCOMPARE(focusName(), QStringLiteral("operationView"));
}

void TestKeyboard::tabReachesEveryPart()
{
    QVERIFY(press(Qt::Key_R, Qt::AltModifier));
    QSet<QString> reached;
    for (int i = 0; i < 60; ++i) {
        reached.insert(focusName());
        QVERIFY(press(Qt::Key_Tab));
    }
    for (const char *part :
         {"accountCombo", "regionCombo", "instanceFilter", "instanceView", "classicLinkOnly", "vpcView"})
        QVERIFY2(reached.contains(QLatin1String(part)), part);
    // Until the first operation the pane shows a sentence instead of an empty table; with one, Tab reaches
    // the table.
    const auto *empty = m_window->findChild<QLabel *>(QStringLiteral("operationsEmpty"));
    QVERIFY(empty);
    QCOMPARE(reached.contains(QLatin1String("operationView")), m_workspace->operations()->rowCount() > 0);
    QCOMPARE(empty->isVisible(), m_workspace->operations()->rowCount() == 0);
}

void TestKeyboard::actionsShowTheirShortcuts()
{
    QMenu *actions = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuActions"));
    QVERIFY(actions);
    for (QAction *action : actions->actions()) {
        if (action->isSeparator() || action->objectName() == QLatin1String("actionResume"))
            continue;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
    // Every top-level menu and the tables' titles have a mnemonic of their own.
    QSet<QChar> mnemonics;
    for (QAction *menu : m_window->menuBar()->actions()) {
        const qsizetype at = menu->text().indexOf(u'&');
        QVERIFY2(at >= 0, qPrintable(menu->text()));
        QVERIFY2(!mnemonics.contains(menu->text().at(at + 1).toLower()), qPrintable(menu->text()));
        mnemonics.insert(menu->text().at(at + 1).toLower());
    }
    for (const QChar pane : {u'c', u'r', u'i', u'p', u'o', u'n'})
        QVERIFY2(!mnemonics.contains(pane), qPrintable(QString(pane)));
}

QTEST_MAIN(TestKeyboard)

// What AT-SPI readers (Orca) are given, through the interfaces Qt's bridge serves them: no "layered pane"
// around the tables, a current row in each table before the focus enters, the column in the cells that need
// it, and the selection count and the status bar's outcome as notifications.
void TestKeyboard::aScreenReaderHearsRowsCountsAndOutcomes()
{
    for (QStackedWidget *stack : m_window->findChildren<QStackedWidget *>())
        QVERIFY(QAccessible::queryAccessibleInterface(stack)->role() != QAccessible::LayeredPane);
    auto *instances = m_window->findChild<QTableView *>(QStringLiteral("instanceView"));
    auto *vpcs = m_window->findChild<QTableView *>(QStringLiteral("vpcView"));
    QTRY_VERIFY(instances->currentIndex().isValid() && instances->currentIndex().row() == 0);
    QTRY_VERIFY(vpcs->currentIndex().isValid());
    QVERIFY(instances->selectionModel()->selectedRows().isEmpty()); // current, not selected
    const QModelIndex traffic = instances->model()->index(0, InstanceTableModel::TrafficColumn);
    const QModelIndex locks = instances->model()->index(0, InstanceTableModel::LocksColumn);
    QVERIFY2(traffic.data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("Traffic: ")),
             qPrintable(traffic.data(Qt::AccessibleTextRole).toString()));
    QCOMPARE(locks.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Locks: None"));

    QList<ui::Announcer *> announcers = m_window->findChildren<ui::Announcer *>();
    QCOMPARE(QAccessible::queryAccessibleInterface(announcers.first())->role(), QAccessible::Notification);
    const auto said = [&announcers](const QString &text) {
        return std::any_of(announcers.cbegin(), announcers.cend(),
                           [&text](const ui::Announcer *a) { return a->lastAnnouncement() == text; });
    };
    instances->setFocus();
    instances->selectionModel()->select(instances->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(said(QStringLiteral("1 instance selected")));
    instances->selectAll();
    QVERIFY(said(QStringLiteral("%1 instances selected").arg(instances->model()->rowCount())));
    // The status bar's message is said too (here, what the load said).
    const QString status = m_window->findChild<QLabel *>(QStringLiteral("statusMessage"))->text();
    QVERIFY(!status.isEmpty());
    QVERIFY2(said(status), qPrintable(status));
}

#include "tst_keyboard.moc"
