#include "enablecheck.h"

#include "preflight.h"

#include <QHostAddress>

namespace clm {

namespace {

using Subnet = QPair<QHostAddress, int>;

Subnet subnet(const QString &cidr)
{
    return QHostAddress::parseSubnet(cidr.trimmed());
}

// `inner` lies wholly inside `outer`.
bool within(const Subnet &inner, const Subnet &outer)
{
    return inner.first.protocol() == QAbstractSocket::IPv4Protocol && inner.second >= outer.second &&
           inner.first.isInSubnet(outer);
}

const Subnet kClassic = subnet(QStringLiteral("10.0.0.0/8"));
const Subnet kClassicLinkTen = subnet(QStringLiteral("10.111.0.0/16"));
const Subnet k172 = subnet(QStringLiteral("172.16.0.0/12"));
const Subnet k192 = subnet(QStringLiteral("192.168.0.0/16"));

} // namespace

EnableVerdict EnableCheck::judge(const Facts &facts)
{
    EnableVerdict verdict;
    const Subnet vpc = subnet(facts.cidrBlock);
    const bool inTen = within(vpc, kClassic);
    const bool in192 = within(vpc, k192);
    if (vpc.second < 0) {
        verdict.problems.append(
            tr("The CIDR block of %1 (\"%2\") could not be read, so it cannot be checked.")
                .arg(facts.vpcId, facts.cidrBlock));
    } else if (!within(vpc, k172) && !in192 && !inTen) {
        verdict.problems.append(
            tr("%1 uses %2, which classic instances cannot reach: ClassicLink works only with VPCs in "
               "172.16.0.0/12, 192.168.0.0/16 or 10.0.0.0/8. Use a VPC in one of these ranges.")
                .arg(facts.vpcId, facts.cidrBlock));
    } else if (inTen && !within(vpc, kClassicLinkTen)) {
        // In a 10.0.0.0/8 VPC only vSwitches inside 10.111.0.0/16 reach the classic network.
        const bool reachable =
            std::any_of(facts.vswitchCidrs.cbegin(), facts.vswitchCidrs.cend(),
                        [&facts](const QString &cidr) { return reachesClassic(facts.cidrBlock, cidr); });
        if (!reachable)
            verdict.problems.append(
                tr("%1 uses %2 and has no vSwitch inside 10.111.0.0/16; in a 10.0.0.0/8 VPC only such "
                   "vSwitches can talk to classic instances. Create a vSwitch in 10.111.0.0/16 first.")
                    .arg(facts.vpcId, facts.cidrBlock));
    }
    for (const QString &destination : facts.customRouteDestinations) {
        if (within(subnet(destination), kClassic))
            verdict.problems.append(
                tr("%1 has a custom route entry to %2, inside the classic network's 10.0.0.0/8; the cloud "
                   "refuses ClassicLink while it exists (RouteConflict.AlreadyExist). Delete that route "
                   "entry first.")
                    .arg(facts.vpcId, destination));
    }
    if (in192)
        verdict.notes.append(tr("%1 uses 192.168.0.0/16: after linking, each classic instance needs a route "
                                "to 192.168.0.0/16 through its private network interface, added on the "
                                "instance itself (the documentation provides a script): %2")
                                 .arg(facts.vpcId, QLatin1String(kDocumentation)));
    return verdict;
}

QString EnableCheck::vswitchRange(const QString &vpcBlock)
{
    const Subnet vpc = subnet(vpcBlock);
    if (vpc.second < 0 || !within(vpc, kClassic) || within(vpc, kClassicLinkTen))
        return vpcBlock.trimmed(); // (a block that cannot be read narrows nothing)
    return within(kClassicLinkTen, vpc) ? QStringLiteral("10.111.0.0/16") : QString();
}

bool EnableCheck::reachesClassic(const QString &vpcBlock, const QString &vswitchBlock)
{
    if (subnet(vpcBlock).second < 0)
        return true; // the VPC's block is not known: nothing is held against the vSwitch
    const Subnet range = subnet(vswitchRange(vpcBlock));
    return range.second >= 0 && within(subnet(vswitchBlock), range);
}

QList<ApiRequest> EnableCheck::firstRequests(const QString &regionId, const QString &vpcId)
{
    return {CloudClient::vpcAttributeRequest(regionId, vpcId), CloudClient::vswitchesRequest(regionId, vpcId),
            CloudClient::routeTablesRequest(regionId, vpcId)};
}

QStringList EnableCheck::followingRequests(const QString &vpcId)
{
    return {tr("DescribeVSwitches and DescribeRouteTableList: every further page that TotalCount calls for."),
            tr("DescribeRouteEntryList: one per route table, for its custom route entries."),
            Preflight::switchSends(true, vpcId)};
}

CloudTask *EnableCheck::run(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                            QObject *context, Done done)
{
    auto *task = new CloudTask(cloud);
    auto facts = std::make_shared<Facts>();
    facts->vpcId = vpcId;
    const QPointer<QObject> guard(context);
    auto fanIn = FanIn::expect(3, [task, facts, done, guard](const ApiResult &result) {
        if (!result.ok())
            task->cancel(); // the other reads
        if (guard)
            done(result.ok() ? judge(*facts) : EnableVerdict{}, result);
        task->finish();
    });
    task->track(cloud->describeVpcAttribute(regionId, vpcId, [facts, fanIn](const CloudResult<Vpc> &vpc) {
        facts->cidrBlock = vpc.value.cidrBlock;
        fanIn->answer(vpc.result);
    }));
    task->track(cloud->describeVSwitches(regionId, vpcId,
                                         [facts, fanIn](const CloudResult<QList<VSwitch>> &vswitches) {
                                             for (const VSwitch &vswitch : vswitches.value)
                                                 facts->vswitchCidrs.append(vswitch.cidrBlock);
                                             fanIn->answer(vswitches.result);
                                         }));
    task->track(
        cloud->describeCustomRoutes(regionId, vpcId, [facts, fanIn](const CloudResult<QStringList> &routes) {
            facts->customRouteDestinations = routes.value;
            fanIn->answer(routes.result);
        }));
    return task;
}

} // namespace clm
