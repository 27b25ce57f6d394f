// Every rule Preflight knows, on plain domain values: the verdicts, their order, the quota, the sentences,
// and which actions a selection allows.
#include "cloud/preflight.h"

#include <QTest>

using namespace clm;

namespace {

ClassicInstance instance(const char *id, const char *status = "Running", const char *linkedTo = "")
{
    ClassicInstance i;
    i.id = QLatin1String(id);
    i.status = QLatin1String(status);
    i.regionId = QStringLiteral("cn-hangzhou");
    i.networkType = QStringLiteral("classic");
    i.linkedVpcId = QLatin1String(linkedTo);
    return i;
}

Vpc vpc(bool classicLink = true, int links = 0)
{
    Vpc v;
    v.id = QStringLiteral("vpc-1");
    v.regionId = QStringLiteral("cn-hangzhou");
    v.classicLinkEnabled = classicLink;
    v.linkCount = links;
    return v;
}

} // namespace

class TestPreflight final : public QObject
{
    Q_OBJECT

private slots:
    void eachRule_data();
    void eachRule();
    void quotaIsUsedUpInOrder();
    void aVpcTheCloudCalledFullIsFull();
    void sentences();
    void availableActions();
    void unlinkTarget();
};

void TestPreflight::eachRule_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<ClassicInstance>("candidate");
    QTest::addColumn<bool>("classicLink");
    QTest::addColumn<int>("issue");
    const int attach = int(LinkDirection::Attach);
    const int detach = int(LinkDirection::Detach);
    QTest::newRow("ready") << attach << instance("i-1") << true << int(PreflightIssue::None);
    QTest::newRow("stopped is ready")
        << attach << instance("i-1", "Stopped") << true << int(PreflightIssue::None);
    ClassicInstance vpcType = instance("i-1");
    vpcType.networkType = QStringLiteral("vpc");
    QTest::newRow("not classic") << attach << vpcType << true << int(PreflightIssue::NotClassic);
    ClassicInstance elsewhere = instance("i-1");
    elsewhere.regionId = QStringLiteral("cn-beijing");
    QTest::newRow("other region") << attach << elsewhere << true << int(PreflightIssue::OtherRegion);
    QTest::newRow("classiclink off") << attach << instance("i-1") << false
                                     << int(PreflightIssue::VpcClassicLinkDisabled);
    QTest::newRow("already linked") << attach << instance("i-1", "Running", "vpc-2") << true
                                    << int(PreflightIssue::AlreadyLinked);
    QTest::newRow("not linked here") << detach << instance("i-1", "Running", "vpc-2") << true
                                     << int(PreflightIssue::NotLinkedHere);
    QTest::newRow("detach ready") << detach << instance("i-1", "Running", "vpc-1") << true
                                  << int(PreflightIssue::None);
    QTest::newRow("pending") << attach << instance("i-1", "Pending") << true
                             << int(PreflightIssue::InstanceStatus);
    QTest::newRow("unknown state") << attach << instance("i-1", "Rebooting") << true
                                   << int(PreflightIssue::InstanceStatus);
    ClassicInstance locked = instance("i-1");
    locked.lockReasons = {QStringLiteral("security")};
    QTest::newRow("locked") << attach << locked << true << int(PreflightIssue::Locked);
}

void TestPreflight::eachRule()
{
    QFETCH(int, direction);
    QFETCH(ClassicInstance, candidate);
    QFETCH(bool, classicLink);
    QFETCH(int, issue);
    const QList<PreflightVerdict> verdicts = Preflight::check(
        LinkDirection(direction), {candidate}, vpc(classicLink), QStringLiteral("cn-hangzhou"));
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(int(verdicts.first().issue), issue);
    QCOMPARE(verdicts.first().instanceId, candidate.id);
}

void TestPreflight::quotaIsUsedUpInOrder()
{
    const QList<PreflightVerdict> verdicts = Preflight::check(
        LinkDirection::Attach, {instance("i-1"), instance("i-2", "Pending"), instance("i-3")}, vpc(true, 9),
        QStringLiteral("cn-hangzhou"), 10);
    QCOMPARE(int(verdicts.at(0).issue), int(PreflightIssue::None));
    QCOMPARE(int(verdicts.at(1).issue), int(PreflightIssue::InstanceStatus));
    QCOMPARE(int(verdicts.at(2).issue), int(PreflightIssue::QuotaExceeded));
}

void TestPreflight::aVpcTheCloudCalledFullIsFull()
{
    Vpc full = vpc(true, 1);
    full.quotaReached = true;
    const QList<PreflightVerdict> verdicts =
        Preflight::check(LinkDirection::Attach, {instance("i-1")}, full, QStringLiteral("cn-hangzhou"));
    QCOMPARE(int(verdicts.first().issue), int(PreflightIssue::QuotaExceeded));
    QCOMPARE(Preflight::describe(verdicts.first(), instance("i-1"), full),
             QStringLiteral("The cloud reports that vpc-1 has no link quota left."));
}

void TestPreflight::sentences()
{
    ClassicInstance locked = instance("i-1");
    locked.lockReasons = {QStringLiteral("financial")};
    QCOMPARE(Preflight::describe({QStringLiteral("i-1"), PreflightIssue::Locked}, locked, vpc()),
             QStringLiteral("The instance is locked (Overdue payment)."));
    QCOMPARE(Preflight::describe({QStringLiteral("i-1"), PreflightIssue::InstanceStatus},
                                 instance("i-1", "Starting"), vpc()),
             QStringLiteral("The instance is Starting; it must be Running or Stopped."));
    QCOMPARE(Preflight::describe({QStringLiteral("i-1"), PreflightIssue::NotLinkedHere},
                                 instance("i-1", "Running", "vpc-2"), vpc()),
             QStringLiteral("Linked to vpc-2, not to vpc-1."));
    QCOMPARE(Preflight::describe({QStringLiteral("i-1"), PreflightIssue::VpcClassicLinkDisabled},
                                 instance("i-1"), vpc(false)),
             QStringLiteral("ClassicLink is off for vpc-1; enable it first."));
}

void TestPreflight::availableActions()
{
    const Vpc on = vpc(true, 0), busy = vpc(true, 3), off = vpc(false);
    AvailableActions a = Preflight::availableActions({}, nullptr);
    QVERIFY(!a.link && !a.unlink && !a.enable && !a.disable);
    a = Preflight::availableActions({instance("i-1")}, &on);
    QVERIFY(a.link && !a.unlink && !a.enable && a.disable);
    a = Preflight::availableActions({instance("i-1", "Running", "vpc-1")}, &busy);
    QVERIFY(a.link && a.unlink && !a.enable && !a.disable);
    QCOMPARE(a.linksBlockingDisable, 3);
    a = Preflight::availableActions({}, &off);
    QVERIFY(!a.link && a.enable && !a.disable);
}

void TestPreflight::unlinkTarget()
{
    const Vpc selected = vpc();
    QCOMPARE(Preflight::unlinkTarget({instance("i-1", "Running", "vpc-2")}, &selected),
             QStringLiteral("vpc-1"));
    QCOMPARE(Preflight::unlinkTarget({instance("i-1", "Running", "vpc-2"), instance("i-2")}, nullptr),
             QStringLiteral("vpc-2"));
    QCOMPARE(Preflight::unlinkTarget(
                 {instance("i-1", "Running", "vpc-2"), instance("i-2", "Running", "vpc-3")}, nullptr),
             QString());
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
