// The third step, in the real MainWindow against the in-process sandbox: after a link the status bar
// offers Allow Traffic; its dialog shows the rules before anything is sent and adds them as a batch; the
// Traffic column and the VPC table then say "Both ways". Remove Traffic Rules takes back what the app added,
// and unlinking offers the same. Screenshots of the dialog, in English and Chinese, land in the build tree.
#include "allowtrafficdialog.h"
#include "history/operationexport.h"
#include "i18n/translations.h"
#include "instancepane.h"
#include "mainwindow.h"
#include "messages.h"
#include "operationdetails.h"
#include "operationspane.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "statusarea.h"
#include "vpcpane.h"
#include "windowdriver.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace clm;

class TestTraffic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allowsTrafficAfterLinking();
    void detailsOfALinkOfferTheNextStep();
    void showsExistingRulesAndProblemsBeforeSending();
    void removesTheRulesItAdded();
    void unlinkingOffersToRemoveTheRules();
    void dialogInChinese();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTableView *instanceView() const { return m_window->findChild<ui::InstancePane *>()->view(); }
    QTableView *vpcView() const { return m_window->findChild<ui::VpcPane *>()->view(); }
    ui::StatusArea *status() const { return m_window->findChild<ui::StatusArea *>(); }
    [[nodiscard]] bool waitLoaded();
    // Links i-running01 and i-running02 to vpc-classiclink01 through the preflight dialog.
    [[nodiscard]] bool linkTwo();
    // Opens Allow Traffic on the selection and waits until its groups are read.
    ui::AllowTrafficDialog *openDialog(QAction *trigger);
    // The rules of the sandbox's group, as "source protocol ports description".
    QStringList rulesOf(const QString &groupId);

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<test::BatchWatch> m_batches;
};

void TestTraffic::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traffic"));
    QVERIFY(m_server.start());
    installTranslations(QStringLiteral("en"));
    ui::Messages::queueAnswers({}); // message boxes are answered by the test, warnings recorded
}

void TestTraffic::init()
{
    QSettings().clear();
    m_server.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    m_batches = std::make_unique<test::BatchWatch>(m_workspace.get());
    m_window = std::make_unique<ui::MainWindow>(
        m_workspace.get(), nullptr, QList<Account>{test::sandboxAccount(m_server.baseUrl())}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitLoaded());
}

void TestTraffic::cleanup()
{
    m_window.reset();
    m_batches.reset();
    m_workspace.reset();
    m_network.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

bool TestTraffic::waitLoaded()
{
    return QTest::qWaitFor(
        [this] {
            return !m_workspace->regionId().isEmpty() && m_workspace->hasInventory() &&
                   m_workspace->instances()->rowCount() > 0;
        },
        15000);
}

bool TestTraffic::linkTwo()
{
    if (!test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                          {QStringLiteral("i-running01"), QStringLiteral("i-running02")}) ||
        !test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}) ||
        !test::triggerAndAccept(m_window.get(), action("actionLink")) || !m_batches->waitDone(2))
        return false;
    const QString traffic = test::cellText(instanceView(), InstanceTableModel::InstanceIdRole,
                                           QStringLiteral("i-running02"), InstanceTableModel::TrafficColumn);
    if (traffic != QLatin1String("Not allowed"))
        qWarning("linkTwo: the Traffic column of i-running02 says \"%s\"", qPrintable(traffic));
    return traffic == QLatin1String("Not allowed");
}

ui::AllowTrafficDialog *TestTraffic::openDialog(QAction *trigger)
{
    if (!trigger->isEnabled())
        return nullptr;
    trigger->trigger();
    ui::AllowTrafficDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = m_window->findChild<ui::AllowTrafficDialog *>()) && dialog->isVisible();
        }))
        return nullptr;
    return QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000) ? dialog : nullptr;
}

QStringList TestTraffic::rulesOf(const QString &groupId)
{
    QStringList rules;
    for (const sandbox::SecurityGroup &group : m_server.state().securityGroups) {
        if (group.id != groupId)
            continue;
        for (const sandbox::SecurityRule &rule : group.rules)
            rules.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(rule.sourceGroupId, rule.ipProtocol, rule.portRange, rule.description));
    }
    return rules;
}

void TestTraffic::allowsTrafficAfterLinking()
{
    QVERIFY(linkTwo());
    // Linking is half the job: the status bar says so and offers the next step.
    QCOMPARE(status()->offered(), action("actionAllowTraffic"));
    QCOMPARE(status()->message(),
             QStringLiteral("2 of 2 succeeded. Traffic to and from the VPC needs security group rules."));
    ui::AllowTrafficDialog *dialog = openDialog(status()->offered());
    QVERIFY(dialog);
    // Both instances are in the region's default classic group; prod-app is the VPC's one group, chosen.
    const auto *groups = dialog->findChild<QListWidget *>();
    QCOMPARE(groups->count(), 1);
    QCOMPARE(groups->item(0)->checkState(), Qt::Checked);
    QCOMPARE(dialog->rulesToAdd().size(), 2);
    const auto *preview = dialog->findChild<QTreeWidget *>();
    QCOMPARE(preview->topLevelItemCount(), 2);
    QCOMPARE(preview->topLevelItem(0)->text(0), QStringLiteral("Will be added"));
    QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(add->isEnabled());
    QCOMPARE(add->text(), QStringLiteral("&Add 2 Rules"));
    // Nothing is sent before the user confirms.
    QVERIFY(rulesOf(QStringLiteral("sg-prod-app")).isEmpty());

    const QString dir = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/allow-traffic-dialog.png")));

    add->click();
    QVERIFY(m_batches->waitDone(4));
    for (const Operation &operation : m_workspace->operations()->operations())
        QCOMPARE(operation.state, OperationState::Succeeded);
    const Operation rule = m_workspace->operations()->operation(2);
    QCOMPARE(rule.kind, OperationKind::AuthorizeRules);
    // Support can repeat it: the aliyun command carries the rule's own parameters, in the Permissions.N
    // form (the top-level ones are deprecated).
    const QString cli = aliyunCliCommand(rule, {});
    QVERIFY2(cli.startsWith(QLatin1String("aliyun ecs AuthorizeSecurityGroup ")) &&
                 cli.contains(QLatin1String("--Permissions.1.SourceGroupId ")) &&
                 cli.contains(QLatin1String("--Permissions.1.PortRange 22/22")) &&
                 cli.contains(QLatin1String("--Permissions.1.NicType intranet")) &&
                 !cli.contains(QLatin1String(" --PortRange")) && !cli.contains(QLatin1String("ClientToken")),
             qPrintable(cli));
    QCOMPARE(rulesOf(QStringLiteral("sg-prod-app")),
             QStringList{QStringLiteral("sg-cn-hangzhou-default tcp 22/22 ClassicLink Manager")});
    QVERIFY(rulesOf(QStringLiteral("sg-cn-hangzhou-default"))
                .contains(QStringLiteral("sg-prod-app tcp 22/22 ClassicLink Manager")));
    for (const char *id : {"i-running01", "i-running02"})
        QTRY_COMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole, QLatin1String(id),
                                    InstanceTableModel::TrafficColumn),
                     QStringLiteral("Both ways"));
    QTRY_COMPARE(test::cellText(vpcView(), VpcTableModel::VpcIdRole, QStringLiteral("vpc-classiclink01"),
                                VpcTableModel::LinksColumn),
                 QStringLiteral("2 of 1,000 · 2 both ways"));
}

void TestTraffic::detailsOfALinkOfferTheNextStep()
{
    QVERIFY(linkTwo());
    auto *pane = m_window->findChild<ui::OperationsPane *>();
    QTableView *operations = pane->view();
    operations->setCurrentIndex(operations->model()->index(0, 0));
    QPushButton *allow = nullptr;
    for (QPushButton *button : pane->details()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Allow Traffic…"))
            allow = button;
    }
    QVERIFY(allow);
    QTRY_VERIFY(allow->isVisibleTo(pane));
    allow->click();
    ui::AllowTrafficDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::AllowTrafficDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->isReady());
    // For the instance of that operation alone.
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(QLatin1String("Let 1 linked instance and")));
    dialog->reject();
}

void TestTraffic::showsExistingRulesAndProblemsBeforeSending()
{
    // i-linked01 and staging already allow each other all traffic, both ways.
    QVERIFY(
        test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole, {QStringLiteral("i-linked01")}));
    ui::AllowTrafficDialog *dialog = openDialog(action("actionAllowTraffic"));
    QVERIFY(dialog);
    auto *protocol = dialog->findChildren<QComboBox *>().at(1);
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("all")));
    QCOMPARE(dialog->plan().existing.size(), 2);
    QVERIFY(dialog->rulesToAdd().isEmpty());
    QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!add->isEnabled());

    // One way only: the rule into the VPC group.
    auto *direction = dialog->findChildren<QComboBox *>().at(0);
    direction->setCurrentIndex(int(TrafficDirection::ToVpc));
    QCOMPARE(dialog->plan().existing.size(), 1);
    QCOMPARE(dialog->plan().existing.first().groupId, QStringLiteral("sg-staging-app"));

    // A port range the cloud would refuse is said in words, and nothing can be sent.
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("tcp")));
    auto *ports = dialog->findChildren<QLineEdit *>().at(0);
    ports->setText(QStringLiteral("8080/80"));
    QVERIFY(!add->isEnabled());
    bool explained = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        explained |= label->isVisible() && label->text().contains(QLatin1String("The port range must be"));
    QVERIFY(explained);
    ports->setText(QStringLiteral("80-8080"));
    QVERIFY(add->isEnabled());
    QCOMPARE(dialog->rulesToAdd().first().rule.portRange, QStringLiteral("80/8080"));
    dialog->reject();
    QCOMPARE(m_workspace->operations()->rowCount(), 0);
}

void TestTraffic::removesTheRulesItAdded()
{
    QVERIFY(linkTwo());
    ui::AllowTrafficDialog *dialog = openDialog(action("actionAllowTraffic"));
    QVERIFY(dialog);
    dialog->accept();
    QVERIFY(m_batches->waitDone(4));
    QCOMPARE(rulesOf(QStringLiteral("sg-prod-app")).size(), 1);

    ui::Messages::queueAnswers({true});
    action("actionRemoveRules")->trigger();
    QVERIFY(m_batches->waitDone(6));
    QCOMPARE(m_workspace->operations()->operation(5).kind, OperationKind::RevokeRules);
    QCOMPARE(m_workspace->operations()->operation(5).state, OperationState::Succeeded);
    QVERIFY(rulesOf(QStringLiteral("sg-prod-app")).isEmpty());
    QTRY_COMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole,
                                QStringLiteral("i-running01"), InstanceTableModel::TrafficColumn),
                 QStringLiteral("Not allowed"));

    // Nothing left to remove: said so, nothing sent.
    QTRY_VERIFY(action("actionRemoveRules")->isEnabled());
    action("actionRemoveRules")->trigger();
    QStringList warnings;
    QTRY_VERIFY((warnings += ui::Messages::takeWarnings()).size() == 1);
    QVERIFY2(warnings.first().contains(QLatin1String("There is no rule that ClassicLink Manager added")),
             qPrintable(warnings.first()));
    QCOMPARE(m_workspace->operations()->rowCount(), 6);
}

void TestTraffic::unlinkingOffersToRemoveTheRules()
{
    QVERIFY(linkTwo());
    ui::AllowTrafficDialog *dialog = openDialog(action("actionAllowTraffic"));
    QVERIFY(dialog);
    dialog->accept();
    QVERIFY(m_batches->waitDone(4));

    // Unlinking one of the two keeps the rules: the other, still linked, is in the same classic group. The
    // user would agree to a removal, so an offer would show as a fifth batch. The offer is decided when the
    // unlink batch ends; any group read it needed is queued before the read-back that waitDone waits for.
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running01")}));
    ui::Messages::queueAnswers({true});
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionUnlink")));
    QVERIFY(m_batches->waitDone(5));
    QCOMPARE(m_workspace->operations()->rowCount(), 5);
    QCOMPARE(rulesOf(QStringLiteral("sg-prod-app")).size(), 1);

    // Unlinking the last one offers to remove them; the user agrees (the answer queued above, still unused).
    QCOMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole, QStringLiteral("i-running01"),
                            InstanceTableModel::LinkedVpcColumn),
             QStringLiteral("Not linked"));
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running02")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionUnlink")));
    QVERIFY(m_batches->waitDone(8));
    QVERIFY(rulesOf(QStringLiteral("sg-prod-app")).isEmpty());
    QVERIFY(!rulesOf(QStringLiteral("sg-cn-hangzhou-default"))
                 .contains(QStringLiteral("sg-prod-app tcp 22/22 ClassicLink Manager")));
}

void TestTraffic::dialogInChinese()
{
    QVERIFY(linkTwo());
    test::languageAction(m_window.get(), QStringLiteral("zh_CN"))->trigger();
    QTRY_COMPARE(action("actionAllowTraffic")->text(), QStringLiteral("允许流量(&T)…"));
    ui::AllowTrafficDialog *dialog = openDialog(action("actionAllowTraffic"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("允许流量"));
    QCOMPARE(dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(0), QStringLiteral("将添加"));
    QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/allow-traffic-dialog-zh_CN.png")));
    dialog->reject();
    test::languageAction(m_window.get(), QStringLiteral("en"))->trigger();
}

QTEST_MAIN(TestTraffic)
#include "tst_traffic.moc"
