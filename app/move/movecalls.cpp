// The reads of the move off the classic network: security group rules in both directions, disk sizes.
// CloudClient's calls, kept apart from the ClassicLink ones.
#include "api/apiclient.h"
#include "api/responseparser.h"
#include "cloud/cloudclient.h"
#include "cloud/cloudjson_p.h"
#include "movereadiness.h"

#include <QJsonArray>
#include <QSet>

namespace clm {

ApiRequest CloudClient::moveRulesRequest(const QString &regionId, const QString &groupId,
                                         const QString &nicType)
{
    return cloudjson::read(Product::Ecs, "DescribeSecurityGroupAttribute",
                           {{QStringLiteral("RegionId"), regionId},
                            {QStringLiteral("SecurityGroupId"), groupId},
                            {QStringLiteral("NicType"), nicType},
                            {QStringLiteral("Direction"), QStringLiteral("all")}});
}

ApiRequest CloudClient::disksRequest(const QString &regionId)
{
    // PageNumber/PageSize are deprecated in DescribeDisks: it pages with NextToken.
    return cloudjson::read(
        Product::Ecs, "DescribeDisks",
        {{QStringLiteral("RegionId"), regionId}, {QStringLiteral("MaxResults"), QStringLiteral("100")}});
}

ApiRequest CloudClient::createVSwitchRequest(const Operation &operation, const QString &clientToken)
{
    return ApiRequest{Product::Vpc,
                      apiAction(OperationKind::CreateVSwitch),
                      {},
                      {{QStringLiteral("RegionId"), operation.regionId},
                       {QStringLiteral("VpcId"), operation.vpcId},
                       {QStringLiteral("ZoneId"), operation.zoneId},
                       {QStringLiteral("CidrBlock"), operation.cidrBlock},
                       {QStringLiteral("VSwitchName"), operation.name},
                       {QStringLiteral("ClientToken"), clientToken}},
                      true};
}

ApiRequest CloudClient::createSecurityGroupRequest(const Operation &operation, const QString &clientToken)
{
    return ApiRequest{Product::Ecs,
                      apiAction(OperationKind::CreateSecurityGroup),
                      {},
                      {{QStringLiteral("RegionId"), operation.regionId},
                       {QStringLiteral("VpcId"), operation.vpcId},
                       {QStringLiteral("SecurityGroupName"), operation.name},
                       {QStringLiteral("Description"), MoveReadiness::copyDescription(operation.copyOf)},
                       {QStringLiteral("SecurityGroupType"), QStringLiteral("normal")},
                       {QStringLiteral("ClientToken"), clientToken}},
                      true};
}

MoveRule CloudClient::moveRuleFromJson(const QJsonObject &permission)
{
    MoveRule rule;
    rule.egress = cloudjson::str(permission, "Direction") == QLatin1String("egress");
    rule.ipProtocol = cloudjson::str(permission, "IpProtocol");
    rule.portRange = cloudjson::str(permission, "PortRange");
    rule.peerGroupId = cloudjson::str(permission, rule.egress ? "DestGroupId" : "SourceGroupId");
    rule.peerCidr = cloudjson::str(permission, rule.egress ? "DestCidrIp" : "SourceCidrIp");
    rule.peerOwnerAccount =
        cloudjson::str(permission, rule.egress ? "DestGroupOwnerAccount" : "SourceGroupOwnerAccount");
    rule.policy = cloudjson::str(permission, "Policy");
    rule.priority = int(jsonInt(permission.value(QLatin1String("Priority")), 1));
    rule.nicType = cloudjson::str(permission, "NicType");
    rule.description = cloudjson::str(permission, "Description");
    return rule;
}

CloudTask *CloudClient::describeMoveRules(const QString &regionId, const QString &groupId,
                                          const QString &nicType, CloudCallback<QList<MoveRule>> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(moveRulesRequest(regionId, groupId, nicType));
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        QList<MoveRule> rules;
        for (const QJsonValue &item :
             jsonList(result.body, QStringLiteral("Permissions"), QStringLiteral("Permission")))
            rules.append(moveRuleFromJson(item.toObject()));
        done(CloudResult<QList<MoveRule>>{result.ok() ? rules : QList<MoveRule>{}, result});
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::describeDiskSizes(const QString &regionId, CloudCallback<QHash<QString, int>> done)
{
    auto *task = new CloudTask(this);
    auto sizes = std::make_shared<QHash<QString, int>>();
    auto tokens = std::make_shared<QSet<QString>>();
    // One page after another, each asking with the NextToken of the one before. The chain refers to
    // itself weakly, so it ends with its last page or with the task.
    auto next = std::make_shared<std::function<void(const QString &token)>>();
    const std::weak_ptr<std::function<void(const QString &token)>> weakNext = next;
    *next = [this, task, regionId, done, sizes, tokens, weakNext](const QString &token) {
        ApiRequest request = disksRequest(regionId);
        request.chained = true;
        if (!token.isEmpty())
            request.params.insert(QStringLiteral("NextToken"), token);
        ApiCall *call = m_client->send(request);
        task->track(call);
        connect(
            call, &ApiCall::finished, task, [task, done, sizes, tokens, weakNext](const ApiResult &result) {
                for (const QJsonValue &item :
                     jsonList(result.body, QStringLiteral("Disks"), QStringLiteral("Disk"))) {
                    const QJsonObject object = item.toObject();
                    (*sizes)[cloudjson::str(object, "InstanceId")] +=
                        int(jsonInt(object.value(QLatin1String("Size")), 0));
                }
                // A token seen before would page forever: the listing ends there.
                const QString token = cloudjson::str(result.body, "NextToken");
                const auto following = weakNext.lock();
                if (result.ok() && !token.isEmpty() && !tokens->contains(token) && !task->isCancelled() &&
                    following) {
                    tokens->insert(token);
                    return (*following)(token);
                }
                done(CloudResult<QHash<QString, int>>{result.ok() ? *sizes : QHash<QString, int>{}, result});
                task->finish();
            });
    };
    // The task owns the chain.
    connect(task, &QObject::destroyed, task, [next] {});
    (*next)({});
    return task;
}

} // namespace clm
