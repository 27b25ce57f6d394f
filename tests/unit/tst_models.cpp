// The table models and their proxies under QAbstractItemModelTester while they change, and the overview's
// figures and reasons.
#include "models/instancetablemodel.h"
#include "models/operationtablemodel.h"
#include "models/vpctablemodel.h"
#include "session/overviewreport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace clm;

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void instances();
    void instanceFilterAndSort();
    void vpcs();
    void operations();
    void overviewFigures();
};

static QList<ClassicInstance> sampleInstances()
{
    QList<ClassicInstance> list;
    const QStringList statuses{QStringLiteral("Running"), QStringLiteral("Stopped"),
                               QStringLiteral("Pending")};
    for (int i = 0; i < 30; ++i) {
        ClassicInstance instance;
        instance.id = QStringLiteral("i-%1").arg(29 - i, 2, 10, QLatin1Char('0'));
        instance.name = i % 2 ? QStringLiteral("web-%1").arg(i) : QStringLiteral("db-%1").arg(i);
        instance.status = statuses.at(i % 3);
        instance.innerIpAddresses = {QStringLiteral("10.0.0.%1").arg(i)};
        if (i == 4)
            instance.lockReasons = {QStringLiteral("financial")};
        list.append(instance);
    }
    return list;
}

void TestModels::instances()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(InstanceTableModel::ColumnCount));
    model.setInstances(sampleInstances());
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(4, InstanceTableModel::LocksColumn).data().toString(),
             QStringLiteral("Overdue payment"));
    QVERIFY(model.index(4, 0).data(InstanceTableModel::LockedRole).toBool());
    QCOMPARE(model.index(0, InstanceTableModel::LinkedVpcColumn).data().toString(),
             QStringLiteral("Not linked"));

    QList<ClassicInstance> linked = model.instances();
    linked[3].linkedVpcId = QStringLiteral("vpc-1");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateLinks(linked, {linked.at(3).id, linked.at(5).id});
    QCOMPARE(changed.size(), 1); // only the row whose link really changed
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, InstanceTableModel::LinkedVpcColumn).data().toString(), QStringLiteral("vpc-1"));
    QVERIFY(model.instance(linked.at(3).id)->linkedVpcId == QLatin1String("vpc-1"));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    model.setInstances({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::instanceFilterAndSort()
{
    InstanceTableModel model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstances(sampleInstances());
    proxy.sort(InstanceTableModel::IdColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("i-00"));
    QCOMPARE(proxy.index(29, 0).data().toString(), QStringLiteral("i-29"));
    proxy.sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(
        proxy.index(0, InstanceTableModel::NameColumn).data().toString().startsWith(QLatin1String("web-")));
    proxy.setText(QStringLiteral("WEB"));
    QCOMPARE(proxy.rowCount(), 15);
    proxy.setText(QStringLiteral("10.0.0.7"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.setStatus(QStringLiteral("Pending"));
    QCOMPARE(proxy.rowCount(), 10);
    model.setInstances(sampleInstances().mid(0, 9));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestModels::vpcs()
{
    VpcTableModel model;
    VpcFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Vpc> vpcs;
    for (int i = 0; i < 6; ++i) {
        Vpc vpc;
        vpc.id = QStringLiteral("vpc-%1").arg(i);
        vpc.classicLinkEnabled = i % 2 == 0;
        vpc.linkCount = i;
        vpcs.append(vpc);
    }
    model.setVpcs(vpcs);
    QCOMPARE(proxy.rowCount(), 3); // ClassicLink-enabled only, by default
    proxy.setClassicLinkOnly(false);
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(model.index(2, VpcTableModel::LinksColumn).data().toString(), QStringLiteral("2 of 1,000"));
    vpcs[1].classicLinkEnabled = true;
    vpcs[1].linkCount = 7;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateVpcs(vpcs);
    QCOMPARE(changed.size(), 1);
    proxy.setClassicLinkOnly(true);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(model.vpc(QStringLiteral("vpc-1"))->linkCount, 7);
}

void TestModels::operations()
{
    OperationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Operation operation;
    operation.kind = OperationKind::Attach;
    operation.instanceId = QStringLiteral("i-1");
    operation.vpcId = QStringLiteral("vpc-1");
    model.append(operation);
    QCOMPARE(model.index(0, OperationTableModel::OutcomeColumn).data().toString(), QStringLiteral("Waiting"));
    operation.state = OperationState::Failed;
    operation.result.errorKind = ErrorKind::Service;
    operation.result.code = QStringLiteral("QuotaExceeded");
    operation.result.requestId = QStringLiteral("R-1");
    model.update(operation);
    QCOMPARE(model.index(0, OperationTableModel::MessageColumn).data().toString(),
             QStringLiteral("The VPC has no link quota left"));
    QCOMPARE(model.index(0, OperationTableModel::RequestIdColumn).data().toString(), QStringLiteral("R-1"));
    QVERIFY(model.index(0, OperationTableModel::MessageColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("quota")));
    Operation other;
    other.kind = OperationKind::EnableClassicLink;
    other.vpcId = QStringLiteral("vpc-2");
    other.state = OperationState::Succeeded;
    model.append(other);
    QCOMPARE(model.index(1, OperationTableModel::ActionColumn).data().toString(),
             QStringLiteral("Enable ClassicLink"));
    QCOMPARE(model.index(1, OperationTableModel::MessageColumn).data().toString(),
             QStringLiteral("ClassicLink is now enabled on vpc-2."));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::overviewFigures()
{
    // One region's cell: what the overview and `classiclink scan` count in it.
    ScanCell cell;
    cell.regionId = QStringLiteral("cn-hangzhou");
    cell.state = ScanCell::State::Read;
    cell.instances = sampleInstances(); // 10 Running, 10 Stopped, 10 Pending; i-25 locked
    cell.instances[0].linkedVpcId = QStringLiteral("vpc-1");
    cell.instances[1].linkedVpcId = QStringLiteral("vpc-1");
    cell.traffic.insert(cell.instances[0].id, TrafficState::Both);
    cell.traffic.insert(cell.instances[1].id, TrafficState::ToVpc);
    cell.classicLinkVpcs = 2;
    const OverviewFigures f = OverviewFigures::of(cell);
    QCOMPARE(f.classic, 30);
    QCOMPARE(f.running, 10);
    QCOMPARE(f.stopped, 10);
    QCOMPARE(f.other, 10);
    QCOMPARE(f.linked, 2);
    QCOMPARE(f.notLinked(), 28);
    QCOMPARE(f.locked, 1);
    QCOMPARE(f.classicLinkVpcs, 2);
    QCOMPARE(f.trafficBothWays, 1); // one way is not both ways
    QVERIFY(OverviewFigures::vpcsCounted(cell));
    OverviewFigures sum = f;
    sum += f;
    QCOMPARE(sum.classic, 60);
    QCOMPARE(sum.notLinked(), 56);

    // A region without classic instances is not loaded: its VPCs are not counted.
    ScanCell empty;
    empty.state = ScanCell::State::Read;
    QVERIFY(!OverviewFigures::vpcsCounted(empty));
    QCOMPARE(OverviewFigures::of(empty).classic, 0);

    // Why a region was not read, in words with the cloud's code.
    ScanCell denied;
    denied.state = ScanCell::State::Unread;
    denied.failure.errorKind = ErrorKind::Service;
    denied.failure.httpStatus = 403;
    denied.failure.code = QStringLiteral("Forbidden.RAM");
    QVERIFY2(OverviewReport::unreadReason(denied).endsWith(QLatin1String("(Forbidden.RAM)")),
             qPrintable(OverviewReport::unreadReason(denied)));
    ScanCell throttled = denied;
    throttled.failure.httpStatus = 400;
    throttled.failure.code = QStringLiteral("Throttling.User");
    QVERIFY(OverviewReport::unreadReason(throttled).contains(QLatin1String("Throttling.User")));
    QCOMPARE(OverviewReport::unreadReason(ScanCell{}), QStringLiteral("Not read yet"));
    // An account that could not be scanned says why; one that was says nothing.
    QCOMPARE(OverviewReport::unreadReason(
                 AccountScan{QStringLiteral("ops"), nullptr, QStringLiteral("No keychain")}),
             QStringLiteral("No keychain"));
    QCOMPARE(OverviewReport::totals(AccountScan{QStringLiteral("ops"), nullptr, {}}).classic, 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
