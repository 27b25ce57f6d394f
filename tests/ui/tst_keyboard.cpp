// The whole job by keyboard alone, offscreen against the in-process sandbox: only key events reach the
// window (mnemonics, shortcuts, arrows, Tab, Return), never a click or a call on a widget. Also: Tab reaches
// every part of the window, and every action of the Actions menu shows its shortcut.
#include "i18n/translations.h"
#include "mainwindow.h"
#include "messages.h"
#include "models/operationtablemodel.h"
#include "preflightdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
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
    for (const char *part : {"accountCombo", "regionCombo", "instanceFilter", "instanceView",
                             "classicLinkOnly", "vpcView", "operationView"})
        QVERIFY2(reached.contains(QLatin1String(part)), part);
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
#include "tst_keyboard.moc"
