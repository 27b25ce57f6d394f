// Every rule Preflight knows, on plain domain values: the verdicts, their order, the quota, the sentences,
// and which actions a selection allows.
#include "cloud/enablecheck.h"
#include "cloud/preflight.h"
#include "cloud/traffic.h"
#include "cloud/trafficrules.h"

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
    void trafficFromTheRules();
    void enableCheck_data();
    void enableCheck();
    void trafficRulesFromTheSpec();
    void trafficRulesAgainstTheGroups();
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
    QVERIFY(!a.link && !a.unlink && !a.traffic && !a.enable && !a.disable);
    a = Preflight::availableActions({instance("i-1")}, &on);
    QVERIFY(a.link && !a.unlink && !a.traffic && !a.enable && a.disable);
    a = Preflight::availableActions({instance("i-1", "Running", "vpc-1")}, &busy);
    QVERIFY(a.link && a.unlink && a.traffic && !a.enable && !a.disable);
    QVERIFY2(a.disableRefusal.startsWith(QLatin1String("3 classic instance")) &&
                 a.disableRefusal.endsWith(QLatin1String("still linked to vpc-1; unlink them first.")),
             qPrintable(a.disableRefusal));
    QCOMPARE(Preflight::disableRefusal(busy), a.disableRefusal);
    QVERIFY(Preflight::disableRefusal(on).isEmpty());
    a = Preflight::availableActions({}, &off);
    QVERIFY(!a.link && a.enable && !a.disable);
    QVERIFY(a.disableRefusal.isEmpty()); // nothing to explain: Disable is not offered for a VPC that is off
    QCOMPARE(Preflight::disableRefusal(off), QStringLiteral("ClassicLink is already off for vpc-1."));
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

void TestPreflight::trafficFromTheRules()
{
    ClassicInstance instance;
    instance.id = QStringLiteral("i-1");
    instance.linkedVpcId = QStringLiteral("vpc-1");
    instance.innerIpAddresses = {QStringLiteral("10.80.1.5")};
    instance.securityGroupIds = {QStringLiteral("sg-classic")};
    Vpc vpc;
    vpc.id = QStringLiteral("vpc-1");
    vpc.cidrBlock = QStringLiteral("172.16.0.0/12");
    const auto rule = [](const char *sourceGroup, const char *cidr, const char *policy = "Accept") {
        SecurityRule r;
        r.sourceGroupId = QLatin1String(sourceGroup);
        r.sourceCidrIp = QLatin1String(cidr);
        r.policy = QLatin1String(policy);
        return r;
    };
    const auto groups = [](QList<SecurityRule> classicRules, QList<SecurityRule> vpcRules) {
        return QHash<QString, SecurityGroup>{
            {QStringLiteral("sg-classic"),
             {QStringLiteral("sg-classic"), {}, {}, classicRules, true, false, {}}},
            {QStringLiteral("sg-vpc"),
             {QStringLiteral("sg-vpc"), {}, QStringLiteral("vpc-1"), vpcRules, true, false, {}}},
            {QStringLiteral("sg-other"),
             {QStringLiteral("sg-other"), {}, QStringLiteral("vpc-2"), {}, true, false, {}}}};
    };
    QCOMPARE(Traffic::judge(instance, vpc, groups({}, {})), TrafficState::None);
    QCOMPARE(Traffic::judge(instance, vpc, groups({}, {rule("sg-classic", "")})), TrafficState::ToVpc);
    QCOMPARE(Traffic::judge(instance, vpc, groups({rule("sg-vpc", "")}, {})), TrafficState::FromVpc);
    QCOMPARE(Traffic::judge(instance, vpc, groups({rule("sg-vpc", "")}, {rule("sg-classic", "")})),
             TrafficState::Both);
    // CIDR rules: the instance's private IP into the VPC, the VPC's primary block into the instance.
    QCOMPARE(Traffic::judge(instance, vpc, groups({rule("", "172.16.0.0/12")}, {rule("", "10.80.0.0/16")})),
             TrafficState::Both);
    QCOMPARE(Traffic::judge(instance, vpc, groups({rule("", "172.16.0.0/16")}, {rule("", "10.81.0.0/16")})),
             TrafficState::None); // the VPC's block is wider than the rule; the IP is elsewhere
    // Drop rules and other VPCs' groups do not count.
    QCOMPARE(Traffic::judge(instance, vpc, groups({rule("sg-other", "")}, {rule("sg-classic", "", "Drop")})),
             TrafficState::None);
    // A group whose rules were not read: not known.
    auto unread = groups({}, {});
    unread[QStringLiteral("sg-vpc")].rulesRead = false;
    QCOMPARE(Traffic::judge(instance, vpc, unread), TrafficState::Unknown);
    instance.linkedVpcId.clear();
    QCOMPARE(Traffic::judge(instance, vpc, groups({}, {})), TrafficState::NotLinked);
}

void TestPreflight::enableCheck_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QStringList>("vswitches");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QString>("problem"); // a fragment of the only problem; empty: allowed
    QTest::addColumn<bool>("routeNote");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QLatin1String(item));
        return out;
    };
    QTest::newRow("172.16/12") << "172.16.0.0/12" << l({"172.16.1.0/24"}) << QStringList() << "" << false;
    QTest::newRow("172.20/16") << "172.20.0.0/16" << QStringList() << QStringList() << "" << false;
    QTest::newRow("192.168/16: a route on each instance")
        << "192.168.0.0/16" << l({"192.168.1.0/24"}) << QStringList() << "" << true;
    QTest::newRow("10.111/16") << "10.111.0.0/16" << l({"10.111.0.0/24"}) << QStringList() << "" << false;
    QTest::newRow("10/8 with a vSwitch in 10.111/16")
        << "10.0.0.0/8" << l({"10.0.1.0/24", "10.111.4.0/24"}) << QStringList() << "" << false;
    QTest::newRow("10/8 without") << "10.0.0.0/8" << l({"10.0.1.0/24", "10.112.0.0/24"}) << QStringList()
                                  << "no vSwitch inside 10.111.0.0/16" << false;
    QTest::newRow("outside the ranges") << "100.64.0.0/16" << QStringList() << QStringList()
                                        << "which classic instances cannot reach" << false;
    QTest::newRow("a route into 10/8") << "172.16.0.0/12" << QStringList() << l({"0.0.0.0/0", "10.20.0.0/16"})
                                       << "custom route entry to 10.20.0.0/16" << false;
    QTest::newRow("a route to all of 10/8") << "172.16.0.0/12" << QStringList() << l({"10.0.0.0/8"})
                                            << "custom route entry to 10.0.0.0/8" << false;
    QTest::newRow("a default route is no conflict")
        << "172.16.0.0/12" << QStringList() << l({"0.0.0.0/0", "100.64.0.0/10"}) << "" << false;
    QTest::newRow("unreadable") << "" << QStringList() << QStringList() << "could not be read" << false;
}

void TestPreflight::enableCheck()
{
    QFETCH(QString, cidr);
    QFETCH(QStringList, vswitches);
    QFETCH(QStringList, routes);
    QFETCH(QString, problem);
    QFETCH(bool, routeNote);
    const EnableVerdict verdict = EnableCheck::judge({QStringLiteral("vpc-x"), cidr, vswitches, routes});
    QCOMPARE(verdict.allowed(), problem.isEmpty());
    if (!problem.isEmpty()) {
        QCOMPARE(verdict.problems.size(), 1);
        QVERIFY2(verdict.problems.first().contains(problem), qPrintable(verdict.problems.first()));
    }
    QCOMPARE(verdict.notes.size(), routeNote ? 1 : 0);
    if (routeNote)
        QVERIFY(verdict.notes.first().contains(QLatin1String(EnableCheck::kDocumentation)));
}

void TestPreflight::trafficRulesFromTheSpec()
{
    // Ports as people write them, normalised as the cloud wants them; other protocols have none.
    QCOMPARE(TrafficRules::normalizedPorts(QStringLiteral("tcp"), QStringLiteral("22")),
             QStringLiteral("22/22"));
    QCOMPARE(TrafficRules::normalizedPorts(QStringLiteral("udp"), QStringLiteral(" 80 - 8080 ")),
             QStringLiteral("80/8080"));
    QCOMPARE(TrafficRules::normalizedPorts(QStringLiteral("icmp"), QStringLiteral("22")),
             QStringLiteral("-1/-1"));
    for (const char *bad : {"0", "8080/80", "1/65536", "22,23", "", "ssh"})
        QVERIFY2(TrafficRules::normalizedPorts(QStringLiteral("tcp"), QLatin1String(bad)).isEmpty(), bad);

    RuleSpec spec;
    QVERIFY(TrafficRules::problems(spec, 1).isEmpty());
    QCOMPARE(TrafficRules::problems(spec, 0).size(), 1);
    QCOMPARE(TrafficRules::problems(spec, 6).size(), 1);
    spec.priority = 101;
    spec.ports = QStringLiteral("99999");
    spec.description = QString(600, u'x');
    QCOMPARE(TrafficRules::problems(spec, 1).size(), 3);

    // The description always starts with the mark that finds the rules again.
    spec = RuleSpec{};
    QCOMPARE(TrafficRules::description(spec), QStringLiteral("ClassicLink Manager"));
    spec.description = QStringLiteral("web tier");
    QCOMPARE(TrafficRules::description(spec), QStringLiteral("ClassicLink Manager: web tier"));
    spec.description = QStringLiteral("ClassicLink Manager (db)");
    QCOMPARE(TrafficRules::description(spec), QStringLiteral("ClassicLink Manager (db)"));

    // Each classic group with each VPC group: into the VPC group from the classic one, and back.
    const QStringList classic{QStringLiteral("sg-c1"), QStringLiteral("sg-c2")};
    const QStringList vpc{QStringLiteral("sg-v1")};
    spec = RuleSpec{};
    const QList<GroupRule> both = TrafficRules::rules(classic, vpc, spec);
    QCOMPARE(both.size(), 4);
    QCOMPARE(both.at(0).groupId, QStringLiteral("sg-v1"));
    QCOMPARE(both.at(0).rule.sourceGroupId, QStringLiteral("sg-c1"));
    QCOMPARE(both.at(1).groupId, QStringLiteral("sg-c1"));
    QCOMPARE(both.at(1).rule.sourceGroupId, QStringLiteral("sg-v1"));
    for (const GroupRule &rule : both) {
        QCOMPARE(rule.rule.nicType, QStringLiteral("intranet"));
        QCOMPARE(rule.rule.policy, QStringLiteral("accept"));
        QCOMPARE(rule.rule.portRange, QStringLiteral("22/22"));
    }
    spec.direction = TrafficDirection::ToVpc;
    for (const GroupRule &rule : TrafficRules::rules(classic, vpc, spec))
        QCOMPARE(rule.groupId, QStringLiteral("sg-v1"));
    spec.direction = TrafficDirection::FromVpc;
    spec.protocol = QStringLiteral("all");
    for (const GroupRule &rule : TrafficRules::rules(classic, vpc, spec)) {
        QVERIFY(classic.contains(rule.groupId));
        QCOMPARE(rule.rule.portRange, QStringLiteral("-1/-1"));
    }
}

void TestPreflight::trafficRulesAgainstTheGroups()
{
    const QList<GroupRule> wanted =
        TrafficRules::rules({QStringLiteral("sg-c1")}, {QStringLiteral("sg-v1")}, RuleSpec{});
    Traffic::Groups groups;
    SecurityGroup vpcGroup{
        QStringLiteral("sg-v1"), QStringLiteral("app"), QStringLiteral("vpc-1"), {}, true, false, {}};
    // The same rule as the cloud lists it (upper-case protocol, another description) counts as there.
    SecurityRule listed = wanted.first().rule;
    listed.ipProtocol = QStringLiteral("TCP");
    listed.policy = QStringLiteral("Accept");
    listed.description = QStringLiteral("added by hand");
    vpcGroup.rules = {listed};
    groups.insert(vpcGroup.id, vpcGroup);
    groups.insert(QStringLiteral("sg-c1"),
                  SecurityGroup{QStringLiteral("sg-c1"), {}, {}, {}, true, false, {}});
    RulePlan plan = TrafficRules::plan(wanted, groups);
    QCOMPARE(plan.existing.size(), 1);
    QCOMPARE(plan.toAdd.size(), 1);
    QCOMPARE(plan.toAdd.first().groupId, QStringLiteral("sg-c1"));
    // Another priority is another rule.
    listed.priority = 2;
    groups[QStringLiteral("sg-v1")].rules = {listed};
    QCOMPARE(TrafficRules::plan(wanted, groups).toAdd.size(), 2);

    // Only the rules the app added (by their description) between these groups are offered for removal.
    SecurityRule ours = wanted.at(1).rule;
    SecurityRule other = ours;
    other.sourceGroupId = QStringLiteral("sg-elsewhere");
    groups[QStringLiteral("sg-c1")].rules = {ours, other};
    groups[QStringLiteral("sg-v1")].rules = {listed}; // "added by hand"
    const QList<GroupRule> removable =
        TrafficRules::addedByApp(groups, {QStringLiteral("sg-c1")}, {QStringLiteral("sg-v1")});
    QCOMPARE(removable.size(), 1);
    QCOMPARE(removable.first().groupId, QStringLiteral("sg-c1"));
    QCOMPARE(removable.first().rule.sourceGroupId, QStringLiteral("sg-v1"));

    // An instance gets rules only once linked to the VPC, which needs ClassicLink.
    ClassicInstance instance;
    instance.id = QStringLiteral("i-1");
    instance.securityGroupIds = {QStringLiteral("sg-c1")};
    Vpc vpc;
    vpc.id = QStringLiteral("vpc-1");
    vpc.classicLinkEnabled = true;
    QVERIFY(TrafficRules::refusal(instance, vpc).contains(QLatin1String("not linked")));
    instance.linkedVpcId = vpc.id;
    QVERIFY(TrafficRules::refusal(instance, vpc).isEmpty());
    vpc.classicLinkEnabled = false;
    QVERIFY(TrafficRules::refusal(instance, vpc).contains(QLatin1String("ClassicLink is not enabled")));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
