// The move planner on plain domain values: who is ready, who needs what, who is blocked and why, how the
// classic groups' rules translate for their copies, and what cannot be carried.
#include "history/operationtext.h"
#include "move/movepreparation.h"
#include "move/movereadiness.h"

#include <QTest>

using namespace clm;

namespace {

const QString kVpc = QStringLiteral("vpc-target");

MoveInstance moving(const char *id, const char *zone, QStringList groups, const char *linkedTo = "vpc-target")
{
    MoveInstance m;
    m.instance.id = QLatin1String(id);
    m.instance.status = QStringLiteral("Running");
    m.instance.zoneId = QLatin1String(zone);
    m.instance.networkType = QStringLiteral("classic");
    m.instance.regionId = QStringLiteral("cn-test");
    m.instance.securityGroupIds = std::move(groups);
    m.instance.linkedVpcId = QLatin1String(linkedTo);
    m.diskGiB = 40;
    return m;
}

MoveRule inbound(const char *protocolPorts, const QString &peerGroup, const QString &peerCidr = {})
{
    MoveRule rule;
    const QStringList parts = QString::fromLatin1(protocolPorts).split(u' ');
    rule.ipProtocol = parts.first();
    rule.portRange = parts.last();
    rule.peerGroupId = peerGroup;
    rule.peerCidr = peerCidr;
    return rule;
}

MoveGroup group(const char *id, const QString &vpcId, QList<MoveRule> rules)
{
    MoveGroup g;
    g.id = QLatin1String(id);
    g.name = g.id;
    g.vpcId = vpcId;
    g.rules = std::move(rules);
    return g;
}

// Two classic groups that reference each other, a VPC group, a vSwitch in zone b with room for two.
MoveFacts facts()
{
    MoveFacts f;
    f.target.id = kVpc;
    f.target.regionId = QStringLiteral("cn-test");
    f.vswitches = {{QStringLiteral("vsw-small"), QStringLiteral("z-b"), QStringLiteral("172.16.0.0/30"), 0},
                   {QStringLiteral("vsw-b"), QStringLiteral("z-b"), QStringLiteral("172.16.1.0/24"), 2}};
    f.groups = {group("sg-web", {},
                      {inbound("TCP 443/443", {}, QStringLiteral("0.0.0.0/0")),
                       inbound("TCP 8080/8080", QStringLiteral("sg-db")),
                       inbound("TCP 9100/9100", QStringLiteral("sg-app"))}),
                group("sg-db", {}, {inbound("TCP 3306/3306", QStringLiteral("sg-web"))}),
                group("sg-app", kVpc, {})};
    f.instances = {moving("i-web", "z-b", {QStringLiteral("sg-web")}),
                   moving("i-db", "z-b", {QStringLiteral("sg-db")})};
    return f;
}

} // namespace

class TestMoveReadiness : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreTranslatedForTheCopies();
    void nothingPreparedNeedsEveryPiece();
    void preparedInstanceIsReady();
    void addressesAreCountedPerZoneTogether();
    void lockedAndUnstableInstancesAreBlocked();
    void untranslatableRulesAreNamed();
    void basicGroupReferencesAtMostTwenty();
    void bothNicsMakeOneRuleAndPublicDropsAreNamed();
    void changesNameDowntimeAndPublicAddress();
    void defaultTargetIsWhereMostAreLinked();
    void proposedBlocksAreFreeAndSized();
    void givenBlocksAreChecked_data();
    void givenBlocksAreChecked();
    void givenBlocksComeBeforeProposals();
    void preparationRunsInStagesAndLeavesNothingOut();
    void aTenVpcReachesClassicOnlyFrom10111();
    void classicLinkIsEnabledOnlyWhereTheEnableCheckAllows();
};

void TestMoveReadiness::rulesAreTranslatedForTheCopies()
{
    const MovePlan plan = MoveReadiness::plan(facts());
    QCOMPARE(plan.copies.size(), 2);
    const GroupCopyPlan *web = plan.copyOf(QStringLiteral("sg-web"));
    QVERIFY(web && web->copyId.isEmpty());
    QCOMPARE(web->rules.size(), 3);
    // A CIDR rule as it is; a classic group's reference to the copy of that group; a VPC group's as it is.
    QCOMPARE(web->rules.at(0).peerCidr, QStringLiteral("0.0.0.0/0"));
    QCOMPARE(web->rules.at(1).peerCopyOf, QStringLiteral("sg-db"));
    QVERIFY(web->rules.at(1).peerGroupId.isEmpty());
    QCOMPARE(web->rules.at(2).peerGroupId, QStringLiteral("sg-app"));
    QCOMPARE(web->missingRules.size(), 3);
    QVERIFY(web->untranslatable.isEmpty());
}

void TestMoveReadiness::nothingPreparedNeedsEveryPiece()
{
    MoveFacts f = facts();
    f.instances[0].instance.linkedVpcId.clear();
    const MovePlan plan = MoveReadiness::plan(f);
    const InstanceReadiness &web = plan.instances.first();
    QCOMPARE(web.readiness, Readiness::NeedsPreparation);
    QCOMPARE(web.vswitchId, QStringLiteral("vsw-b")); // the one with most room
    QStringList pieces;
    for (const MissingPiece &piece : web.missing)
        pieces << MoveReadiness::text(piece);
    QCOMPARE(pieces, (QStringList{QStringLiteral("A copy of security group sg-web in the VPC"),
                                  QStringLiteral("Rules between security group sg-web and its copy, so moved "
                                                 "and unmoved instances keep talking"),
                                  QStringLiteral("A ClassicLink link to vpc-target")}));
}

void TestMoveReadiness::preparedInstanceIsReady()
{
    MoveFacts f = facts();
    // Copies found by their mark, with the translated rules and the ClassicLink rules both ways.
    MoveGroup webCopy = group("sg-web-copy", kVpc,
                              {inbound("TCP 443/443", {}, QStringLiteral("0.0.0.0/0")),
                               inbound("TCP 8080/8080", QStringLiteral("sg-db-copy")),
                               inbound("TCP 9100/9100", QStringLiteral("sg-app")),
                               inbound("ALL -1/-1", QStringLiteral("sg-web"))});
    webCopy.description = QStringLiteral("web %1").arg(groupCopyMark(QStringLiteral("sg-web")));
    MoveGroup dbCopy = group("sg-db-copy", kVpc, {inbound("TCP 3306/3306", QStringLiteral("sg-web-copy"))});
    dbCopy.description = groupCopyMark(QStringLiteral("sg-db"));
    f.groups << webCopy << dbCopy;
    f.groups[0].rules << inbound("ALL -1/-1", QStringLiteral("sg-web-copy"));
    MovePlan plan = MoveReadiness::plan(f);
    QCOMPARE(plan.instances.first().readiness, Readiness::Ready);
    QCOMPARE(plan.instances.first().copyGroupIds, QStringList{QStringLiteral("sg-web-copy")});
    // The db copy lacks the traffic rules with sg-db.
    QCOMPARE(plan.instances.last().readiness, Readiness::NeedsPreparation);
    QCOMPARE(plan.instances.last().missing.size(), 1);
    QCOMPARE(plan.instances.last().missing.first().kind, MissingPiece::Kind::TrafficRules);

    // One rule gone from the copy: only that one is missing.
    f.groups[3].rules.removeAt(0);
    plan = MoveReadiness::plan(f);
    const GroupCopyPlan *web = plan.copyOf(QStringLiteral("sg-web"));
    QCOMPARE(web->missingRules.size(), 1);
    QCOMPARE(web->missingRules.first().portRange, QStringLiteral("443/443"));
    QCOMPARE(plan.instances.first().missing.first().kind, MissingPiece::Kind::CopyRules);
}

void TestMoveReadiness::addressesAreCountedPerZoneTogether()
{
    MoveFacts f = facts();
    f.instances << moving("i-web2", "z-b", {QStringLiteral("sg-web")}) << moving("i-far", "z-g", {});
    const MovePlan plan = MoveReadiness::plan(f);
    // Three instances into zone b: two free addresses are enough for each alone, not for all three.
    QCOMPARE(plan.zones.size(), 2);
    QCOMPARE(plan.zones.first().instances, 3);
    QVERIFY(!plan.zones.first().enough());
    QVERIFY(plan.zones.last().vswitchId.isEmpty());
    for (const InstanceReadiness &row : plan.instances) {
        QVERIFY(row.vswitchId.isEmpty());
        QCOMPARE(row.missing.first().kind, MissingPiece::Kind::VSwitch);
        QCOMPARE(row.missing.first().subject, row.zoneId);
    }
}

void TestMoveReadiness::lockedAndUnstableInstancesAreBlocked()
{
    MoveFacts f = facts();
    f.instances[0].instance.lockReasons = {QStringLiteral("financial")};
    f.instances[1].instance.status = QStringLiteral("Starting");
    f.instances << moving("i-web2", "z-b", {QStringLiteral("sg-web")});
    const MovePlan plan = MoveReadiness::plan(f);
    QCOMPARE(plan.instances.at(0).readiness, Readiness::Blocked);
    QVERIFY(plan.instances.at(0).blockers.first().contains(QLatin1String("financial")));
    QCOMPARE(plan.instances.at(1).readiness, Readiness::Blocked);
    QVERIFY(plan.instances.at(1).blockers.first().contains(QLatin1String("Running or Stopped")));
    // Blocked instances take no address: the one left fits.
    QCOMPARE(plan.zones.first().instances, 1);
    QCOMPARE(plan.instances.at(2).vswitchId, QStringLiteral("vsw-b"));
}

void TestMoveReadiness::untranslatableRulesAreNamed()
{
    MoveFacts f = facts();
    MoveRule partner = inbound("TCP 9100/9100", QStringLiteral("sg-partner"));
    partner.peerOwnerAccount = QStringLiteral("1234567890");
    f.groups << group("sg-other-vpc", QStringLiteral("vpc-other"), {});
    f.groups[0].rules << partner << inbound("TCP 22/22", QStringLiteral("sg-elsewhere"))
                      << inbound("TCP 23/23", QStringLiteral("sg-other-vpc"));
    MovePlan plan = MoveReadiness::plan(f);
    const GroupCopyPlan *web = plan.copyOf(QStringLiteral("sg-web"));
    QCOMPARE(web->untranslatable.size(), 3);
    QCOMPARE(web->untranslatable.at(0).reason, UntranslatableRule::Reason::OtherAccount);
    QCOMPARE(web->untranslatable.at(1).reason, UntranslatableRule::Reason::NoCopy);
    QCOMPARE(web->untranslatable.at(2).reason, UntranslatableRule::Reason::OtherVpc);
    QCOMPARE(MoveReadiness::ruleText(web->untranslatable.at(0).rule),
             QStringLiteral("inbound TCP 9100/9100 from sg-partner of account 1234567890"));

    // An advanced copy carries no group reference at all.
    MoveGroup advanced = group("sg-web-copy", kVpc, {});
    advanced.advanced = true;
    advanced.description = groupCopyMark(QStringLiteral("sg-web"));
    f.groups << advanced;
    plan = MoveReadiness::plan(f);
    web = plan.copyOf(QStringLiteral("sg-web"));
    QCOMPARE(web->rules.size(), 1); // the CIDR rule
    // ... nor the ClassicLink rule that would let its classic group in: named, not planned, not awaited.
    QCOMPARE(web->untranslatable.size(), 6);
    QCOMPARE(web->untranslatable.at(0).reason, UntranslatableRule::Reason::AdvancedGroup);
    QCOMPARE(web->untranslatable.last().reason, UntranslatableRule::Reason::AdvancedGroup);
    QCOMPARE(web->untranslatable.last().rule.peerGroupId, QStringLiteral("sg-web"));
    QVERIFY(!web->trafficRulesThere);
    f.target.classicLinkEnabled = true;
    const PreparePlan prepare = MovePreparation::plan(f, plan, PreparePart::Traffic, {});
    const auto traffic =
        std::find_if(prepare.steps.cbegin(), prepare.steps.cend(),
                     [](const PrepareStep &step) { return step.stage == PrepareStage::TrafficRules; });
    QVERIFY(traffic != prepare.steps.cend());
    for (const Operation &operation : traffic->operations)
        QVERIFY2(operation.groupId != QLatin1String("sg-web-copy"), "a rule into the advanced copy");
    // The classic group's side is all it needs.
    f.groups[0].rules << inbound("ALL -1/-1", QStringLiteral("sg-web-copy"));
    QVERIFY(MoveReadiness::plan(f).copyOf(QStringLiteral("sg-web"))->trafficRulesThere);
}

void TestMoveReadiness::basicGroupReferencesAtMostTwenty()
{
    MoveFacts f = facts();
    f.groups[0].rules.clear();
    // Many rules to one group are one reference.
    for (int port = 1; port <= 30; ++port)
        f.groups[0].rules << inbound(qPrintable(QStringLiteral("TCP %1/%1").arg(port)),
                                     QStringLiteral("sg-app"));
    // 22 more groups of the VPC: with the classic group (the ClassicLink rule) and sg-app, 18 fit.
    for (int n = 1; n <= 22; ++n) {
        const QString id = QStringLiteral("sg-vpc%1").arg(n);
        f.groups << group(qPrintable(id), kVpc, {});
        f.groups[0].rules << inbound("TCP 22/22", id);
    }
    const MovePlan plan = MoveReadiness::plan(f);
    const GroupCopyPlan *web = plan.copyOf(QStringLiteral("sg-web"));
    QVERIFY(web);
    QCOMPARE(web->rules.size(), 30 + 18);
    QCOMPARE(web->untranslatable.size(), 4);
    QCOMPARE(web->untranslatable.first().reason, UntranslatableRule::Reason::ReferenceLimit);
    QCOMPARE(web->untranslatable.first().rule.peerGroupId, QStringLiteral("sg-vpc19"));
    QCOMPARE(plan.instances.first().cannotCarry.size(), 4);
}

void TestMoveReadiness::bothNicsMakeOneRuleAndPublicDropsAreNamed()
{
    MoveFacts f = facts();
    MoveRule internet = inbound("TCP 443/443", {}, QStringLiteral("0.0.0.0/0"));
    internet.nicType = QStringLiteral("internet");
    MoveRule drop = inbound("TCP 25/25", {}, QStringLiteral("0.0.0.0/0"));
    drop.nicType = QStringLiteral("internet");
    drop.policy = QStringLiteral("Drop");
    MoveRule toCopy = inbound("TCP 80/80", QStringLiteral("sg-web-copy"));
    toCopy.egress = true;
    f.groups[0].rules << internet << drop << toCopy;
    MoveGroup webCopy = group("sg-web-copy", kVpc, {});
    webCopy.description = groupCopyMark(QStringLiteral("sg-web"));
    f.groups << webCopy;
    const MovePlan plan = MoveReadiness::plan(f);
    const GroupCopyPlan *copy = plan.copyOf(QStringLiteral("sg-web"));
    // 443 on both NICs is one rule of the copy, on its only NIC; the outbound rule to the copy stays.
    const auto count = [copy](const QString &ports) {
        return std::count_if(copy->rules.cbegin(), copy->rules.cend(),
                             [&ports](const MoveRule &rule) { return rule.portRange == ports; });
    };
    QCOMPARE(count(QStringLiteral("443/443")), 1);
    QCOMPARE(count(QStringLiteral("80/80")), 1);
    for (const MoveRule &rule : copy->rules)
        QCOMPARE(rule.nicType, QStringLiteral("intranet"));
    QCOMPARE(copy->untranslatable.size(), 1);
    QCOMPARE(copy->untranslatable.first().reason, UntranslatableRule::Reason::InternetDrop);
}

void TestMoveReadiness::changesNameDowntimeAndPublicAddress()
{
    InstanceReadiness row;
    row.diskGiB = 250;
    row.publicIp = QStringLiteral("47.1.2.3");
    const QStringList changes = MoveReadiness::changes(row);
    QVERIFY(changes.first().contains(QLatin1String("15 minutes")));
    QVERIFY(changes.join(u' ').contains(QLatin1String("47.1.2.3")));
    QVERIFY2(changes.last().contains(QLatin1String("250 GiB")) &&
                 changes.last().contains(QLatin1String("10.0 hours")),
             qPrintable(changes.last()));
}

void TestMoveReadiness::defaultTargetIsWhereMostAreLinked()
{
    const auto vpc = [](const char *id, bool classicLink) {
        Vpc v;
        v.id = QLatin1String(id);
        v.classicLinkEnabled = classicLink;
        return v;
    };
    const QList<Vpc> vpcs{vpc("vpc-a", false), vpc("vpc-b", true), vpc("vpc-c", true)};
    const QList<ClassicInstance> instances{moving("i-1", "z-b", {}, "vpc-c").instance,
                                           moving("i-2", "z-b", {}, "vpc-b").instance,
                                           moving("i-3", "z-b", {}, "vpc-c").instance};
    QCOMPARE(MoveReadiness::defaultTarget(instances, vpcs), QStringLiteral("vpc-c"));
    // Among equals, the first VPC listed; with no link, the first with ClassicLink; else the first.
    QCOMPARE(MoveReadiness::defaultTarget(instances.mid(0, 2), vpcs), QStringLiteral("vpc-b"));
    QCOMPARE(MoveReadiness::defaultTarget({moving("i-4", "z-b", {}, "").instance}, vpcs),
             QStringLiteral("vpc-b"));
    QCOMPARE(MoveReadiness::defaultTarget({}, {vpc("vpc-a", false)}), QStringLiteral("vpc-a"));
    QCOMPARE(MoveReadiness::defaultTarget({}, {}), QString());
}

void TestMoveReadiness::proposedBlocksAreFreeAndSized()
{
    const QStringList taken{QStringLiteral("172.16.0.0/24"), QStringLiteral("172.16.1.0/28")};
    // Twice the instances and the 4 reserved addresses: 10 instances need 24, a /27.
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("172.16.0.0/16"), taken, 10),
             QStringLiteral("172.16.1.32/27"));
    // At least 8 usable addresses: a /28 fits right after the /28 in use.
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("172.16.0.0/16"), taken, 1),
             QStringLiteral("172.16.1.16/28"));
    // Nothing free, or too many instances for the VPC.
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("172.16.0.0/24"), taken, 1), QString());
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("172.16.0.0/28"), {}, 100), QString());
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("not a block"), {}, 1), QString());
    // Whatever it proposes passes its own check.
    const QString block = MovePreparation::proposeBlock(QStringLiteral("172.16.0.0/12"), taken, 3000);
    QCOMPARE(block, QStringLiteral("172.16.32.0/19")); // past the blocks in use
    QCOMPARE(MovePreparation::blockProblem(block, QStringLiteral("172.16.0.0/12"), taken), QString());
}

void TestMoveReadiness::givenBlocksAreChecked_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("problem"); // a part of the sentence; empty: none
    QTest::newRow("free") << QStringLiteral("172.16.2.0/24") << QString();
    QTest::newRow("not a block") << QStringLiteral("172.16.2.0") << QStringLiteral("is not a CIDR block");
    QTest::newRow("words") << QStringLiteral("zone-b") << QStringLiteral("is not a CIDR block");
    QTest::newRow("ipv6") << QStringLiteral("fd00::/64") << QStringLiteral("is not a CIDR block");
    QTest::newRow("too small") << QStringLiteral("172.16.2.0/30") << QStringLiteral("/16 to a /29");
    QTest::newRow("too large") << QStringLiteral("172.16.0.0/15") << QStringLiteral("/16 to a /29");
    QTest::newRow("unaligned") << QStringLiteral("172.16.2.7/24")
                               << QStringLiteral("did you mean 172.16.2.0/24");
    QTest::newRow("outside") << QStringLiteral("172.17.0.0/24")
                             << QStringLiteral("not inside the VPC's block");
    QTest::newRow("overlap") << QStringLiteral("172.16.0.128/25")
                             << QStringLiteral("overlaps the block 172.16.0.0/24");
    QTest::newRow("netmask") << QStringLiteral("172.16.2.0/255.255.255.0")
                             << QStringLiteral("is not a CIDR block");
    QTest::newRow("too few addresses")
        << QStringLiteral("172.16.2.0/29") << QStringLiteral("has 4 free addresses, fewer than the 5");
}

void TestMoveReadiness::givenBlocksAreChecked()
{
    QFETCH(QString, block);
    QFETCH(QString, problem);
    const QString said = MovePreparation::blockProblem(block, QStringLiteral("172.16.0.0/16"),
                                                       {QStringLiteral("172.16.0.0/24")}, 5);
    if (problem.isEmpty())
        QCOMPARE(said, QString());
    else
        QVERIFY2(said.contains(problem), qPrintable(said));
}

void TestMoveReadiness::givenBlocksComeBeforeProposals()
{
    // Zone b is given the block a proposal for zone a would have taken: zone a's proposal goes around it.
    MoveFacts f = facts();
    f.target.cidrBlock = QStringLiteral("172.16.0.0/16");
    f.vswitches.clear();
    f.instances = {moving("i-a", "z-a", {}), moving("i-b", "z-b", {})};
    const PreparePlan plan =
        MovePreparation::plan(f, MoveReadiness::plan(f), PreparePart::VSwitches,
                              {{QStringLiteral("z-b"), QStringLiteral(" 172.16.0.0/28 ")}});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    const QList<Operation> &made = plan.steps.first().operations;
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(0).zoneId, QStringLiteral("z-a"));
    QCOMPARE(made.at(0).cidrBlock, QStringLiteral("172.16.0.16/28"));
    QCOMPARE(made.at(1).cidrBlock, QStringLiteral("172.16.0.0/28")); // trimmed
}

void TestMoveReadiness::preparationRunsInStagesAndLeavesNothingOut()
{
    MoveFacts f = facts();
    f.target.cidrBlock = QStringLiteral("172.16.0.0/16");
    f.instances.append(moving("i-new", "z-c", {QStringLiteral("sg-web")}, ""));
    const MovePlan movePlan = MoveReadiness::plan(f);
    const PreparePlan plan = MovePreparation::plan(
        f, movePlan, PreparePart::VSwitches | PreparePart::Groups | PreparePart::Traffic, {});
    QList<PrepareStage> stages;
    for (const PrepareStep &step : plan.steps)
        stages.append(step.stage);
    // No copy exists yet: their rules, and the rules between the groups and their copies, are planned with
    // a stand-in for each copy, shown but not sent before a later pass has read the copies.
    QCOMPARE(stages, (QList<PrepareStage>{PrepareStage::VSwitches, PrepareStage::GroupCopies,
                                          PrepareStage::CopyInboundRules, PrepareStage::EnableClassicLink,
                                          PrepareStage::Links, PrepareStage::TrafficRules}));
    for (const PrepareStep &step : plan.steps)
        QCOMPARE(step.pending,
                 step.stage == PrepareStage::CopyInboundRules || step.stage == PrepareStage::TrafficRules);
    // Zone b has room for its two; zone c has no vSwitch: one, in the first free block of the VPC (past
    // the /30 in use).
    const QList<Operation> &vswitches = plan.steps.at(0).operations;
    QCOMPARE(vswitches.size(), 1);
    QCOMPARE(vswitches.at(0).zoneId, QStringLiteral("z-c"));
    QCOMPARE(vswitches.at(0).cidrBlock, QStringLiteral("172.16.0.16/28"));
    for (const Operation &operation : vswitches) {
        QCOMPARE(operation.regionId, QStringLiteral("cn-test"));
        QCOMPARE(operation.vpcId, kVpc);
    }
    QCOMPARE(plan.steps.at(1).operations.size(), 2);
    QCOMPARE(plan.steps.at(1).operations.first().copyOf, QStringLiteral("sg-web"));
    QCOMPARE(plan.steps.at(1).operations.first().name, QStringLiteral("sg-web-vpc"));
    // A copy's name starts with a letter and holds no other signs than . : _ -
    QCOMPARE(MoveReadiness::copyName(QStringLiteral("sg-1"), QStringLiteral("web servers/1")),
             QStringLiteral("web-servers-1-vpc"));
    QCOMPARE(MoveReadiness::copyName(QStringLiteral("sg-1"), QStringLiteral("网站")),
             QStringLiteral("网站-vpc"));
    QCOMPARE(MoveReadiness::copyName(QStringLiteral("sg-1"), QStringLiteral("éclair")),
             QStringLiteral("sg-1-vpc"));
    QCOMPARE(MoveReadiness::copyName(QStringLiteral("sg-1"), QStringLiteral("1st")),
             QStringLiteral("sg-1-vpc"));
    QCOMPARE(MoveReadiness::copyName(QStringLiteral("sg-1"), QStringLiteral("http-proxy")),
             QStringLiteral("sg-1-vpc"));
    QCOMPARE(plan.steps.at(4).operations.size(), 1); // only i-new is not linked
    QCOMPARE(plan.steps.at(4).operations.first().instanceId, QStringLiteral("i-new"));
    // The web copy's rule from the db group names the db group's copy, both stand-ins.
    const Operation &webRules = plan.steps.at(2).operations.first();
    QCOMPARE(webRules.groupId, MovePreparation::pendingCopy(QStringLiteral("sg-web")));
    QCOMPARE(webRules.rules.size(), 3);
    QCOMPARE(webRules.rules.at(1).rule.sourceGroupId, MovePreparation::pendingCopy(QStringLiteral("sg-db")));
    QVERIFY(plan.later.isEmpty());
    QVERIFY(MovePreparation::describe(plan).contains(
        QStringLiteral("Inbound rules of the copies, once the copies exist:")));
    // Without the groups part, nothing names a copy: what would need one is said in words.
    const PreparePlan trafficOnly = MovePreparation::plan(f, movePlan, PreparePart::Traffic, {});
    QVERIFY(std::none_of(trafficOnly.steps.cbegin(), trafficOnly.steps.cend(),
                         [](const PrepareStep &step) { return step.pending; }));
    QCOMPARE(trafficOnly.later.size(), 2);

    // With the copies made (one missing a rule) and ClassicLink on, the rules come, both ways, as the
    // stages after them.
    f.target.classicLinkEnabled = true;
    MoveGroup webCopy = group("sg-web-copy", kVpc, {});
    webCopy.description = groupCopyMark(QStringLiteral("sg-web"));
    MoveGroup dbCopy = group("sg-db-copy", kVpc, {inbound("TCP 3306/3306", QStringLiteral("sg-web-copy"))});
    dbCopy.description = groupCopyMark(QStringLiteral("sg-db"));
    MoveRule outbound = inbound("TCP 53/53", {}, QStringLiteral("10.0.0.2/32"));
    outbound.egress = true;
    f.groups[0].rules.append(outbound);
    f.groups << webCopy << dbCopy;
    const PreparePlan rules =
        MovePreparation::plan(f, MoveReadiness::plan(f), PreparePart::Groups | PreparePart::Traffic, {});
    stages.clear();
    for (const PrepareStep &step : rules.steps)
        stages.append(step.stage);
    QCOMPARE(stages, (QList<PrepareStage>{PrepareStage::CopyInboundRules, PrepareStage::CopyOutboundRules,
                                          PrepareStage::Links, PrepareStage::TrafficRules}));
    // The web group's three inbound rules go to its copy in one call, the db group's reference translated;
    // the db copy has its rule already.
    const QList<Operation> &in = rules.steps.at(0).operations;
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.first().groupId, QStringLiteral("sg-web-copy"));
    QCOMPARE(in.first().rules.size(), 3);
    QCOMPARE(in.first().rules.at(1).rule.sourceGroupId, QStringLiteral("sg-db-copy"));
    const Operation &out = rules.steps.at(1).operations.first();
    QCOMPARE(out.kind, OperationKind::AuthorizeEgressRules);
    QCOMPARE(out.rules.first().rule.sourceCidrIp, QStringLiteral("10.0.0.2/32"));
    QVERIFY2(OperationText::ruleText(out, 0).contains(QStringLiteral("sg-web-copy → 10.0.0.2/32")),
             qPrintable(OperationText::ruleText(out, 0)));
    // Both ways between each group and its copy: four rules, all traffic.
    QList<GroupRule> traffic;
    for (const Operation &operation : rules.steps.at(3).operations) {
        for (qsizetype i = 0; i < operation.rules.size(); ++i)
            traffic.append(operation.groupRule(i));
    }
    QCOMPARE(traffic.size(), 4);
    for (const GroupRule &rule : traffic) {
        QCOMPARE(rule.rule.ipProtocol.toLower(), QStringLiteral("all"));
        QCOMPARE(rule.rule.description, MovePreparation::trafficDescription());
    }
    QVERIFY(rules.later.isEmpty());
    // The words for it name every call.
    const QStringList lines = MovePreparation::describe(rules);
    QVERIFY2(lines.contains(
                 QStringLiteral("  AuthorizeSecurityGroupEgress sg-web-copy → 10.0.0.2/32 · TCP 53/53 · "
                                "priority 1")),
             qPrintable(lines.join(u'\n')));
}

void TestMoveReadiness::aTenVpcReachesClassicOnlyFrom10111()
{
    // In a 10.0.0.0/8 VPC only vSwitches inside 10.111.0.0/16 reach the classic network, so moved and
    // waiting instances keep talking only there: readiness counts no other, blocks keep to it.
    MoveFacts f = facts();
    f.target.cidrBlock = QStringLiteral("10.0.0.0/8");
    f.vswitches = {{QStringLiteral("vsw-b"), QStringLiteral("z-b"), QStringLiteral("10.0.1.0/24"), 200}};
    f.instances = {moving("i-b", "z-b", {})};
    QCOMPARE(MoveReadiness::plan(f).instances.first().vswitchId, QString());
    f.vswitches.first().cidrBlock = QStringLiteral("10.111.1.0/24");
    QCOMPARE(MoveReadiness::plan(f).instances.first().vswitchId, QStringLiteral("vsw-b"));

    QCOMPARE(
        MovePreparation::proposeBlock(QStringLiteral("10.0.0.0/8"), {QStringLiteral("10.111.0.0/28")}, 1),
        QStringLiteral("10.111.0.16/28"));
    QCOMPARE(
        MovePreparation::blockProblem(QStringLiteral("10.111.2.0/24"), QStringLiteral("10.0.0.0/8"), {}, 1),
        QString());
    QVERIFY(MovePreparation::blockProblem(QStringLiteral("10.0.2.0/24"), QStringLiteral("10.0.0.0/8"), {}, 1)
                .contains(QLatin1String("outside 10.111.0.0/16")));
    // A 10.0.0.0/8 VPC without 10.111.0.0/16 has no such vSwitch to offer.
    QCOMPARE(MovePreparation::proposeBlock(QStringLiteral("10.0.0.0/16"), {}, 1), QString());
    QVERIFY(MovePreparation::blockProblem(QStringLiteral("10.0.2.0/24"), QStringLiteral("10.0.0.0/16"), {}, 1)
                .contains(QLatin1String("can reach classic instances")));
}

void TestMoveReadiness::classicLinkIsEnabledOnlyWhereTheEnableCheckAllows()
{
    // The enable flow's own check: a custom route into 10.0.0.0/8 stops ClassicLink, so neither it nor the
    // links are planned, and each instance is refused with the reason.
    MoveFacts f = facts();
    f.target.cidrBlock = QStringLiteral("172.16.0.0/16");
    f.target.classicLinkEnabled = false;
    f.customRoutes = {QStringLiteral("10.0.0.0/8")};
    f.instances = {moving("i-new", "z-b", {}, "")};
    const auto stagesOf = [](const PreparePlan &plan) {
        QList<PrepareStage> stages;
        for (const PrepareStep &step : plan.steps)
            stages.append(step.stage);
        return stages;
    };
    PreparePlan plan = MovePreparation::plan(f, MoveReadiness::plan(f), PreparePart::Traffic, {});
    QVERIFY(!stagesOf(plan).contains(PrepareStage::EnableClassicLink));
    QVERIFY(!stagesOf(plan).contains(PrepareStage::Links));
    QVERIFY2(plan.problems.join(u'\n').contains(QLatin1String("RouteConflict.AlreadyExist")),
             qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.refused.size(), 1);
    f.customRoutes.clear();
    plan = MovePreparation::plan(f, MoveReadiness::plan(f), PreparePart::Traffic, {});
    QCOMPARE(stagesOf(plan), (QList<PrepareStage>{PrepareStage::EnableClassicLink, PrepareStage::Links}));
    QVERIFY(plan.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestMoveReadiness)
#include "tst_movereadiness.moc"
