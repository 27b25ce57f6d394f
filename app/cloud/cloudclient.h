// Typed ECS and VPC calls on top of ApiClient. List calls fetch every page (the first page tells how many
// follow; the rest go out together, bounded by the client's limits) and return domain structs.
#pragma once

#include "api/apiclient.h"
#include "cloudtask.h"
#include "domain.h"
#include "history/operation.h"

#include <QHash>

#include <functional>

namespace clm {

template<typename T>
struct CloudResult
{
    T value{};
    ApiResult result; // the failing call's result, or the last successful one

    bool ok() const { return result.ok(); }
};

template<typename T>
using CloudCallback = std::function<void(const CloudResult<T> &)>;
using WriteCallback = std::function<void(const ApiResult &)>;

class CloudClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudClient)

public:
    explicit CloudClient(ApiClient *client, QObject *parent = nullptr);

    CloudTask *describeRegions(const QString &acceptLanguage, CloudCallback<QList<Region>> done);
    // Each page's instances as it arrives, with the TotalCount the cloud answered.
    using InstancePage = std::function<void(const QList<ClassicInstance> &page, qint64 total)>;
    // Classic-network instances only; statusFilter empty for all. `onPage` (optional) sees every page as
    // it arrives; `done` gets them all, in page order.
    CloudTask *describeInstances(const QString &regionId, const QString &statusFilter,
                                 CloudCallback<QList<ClassicInstance>> done, InstancePage onPage = {});
    // How many classic-network instances the region has: one request of the smallest page, its TotalCount.
    CloudTask *countClassicInstances(const QString &regionId, CloudCallback<qint64> done);
    // Whether the account may list instances in the region: a RAM user without that permission gets an
    // empty list rather than an error, so an empty answer is only "none" once this says yes. One DryRun
    // request; `done` gets true, or false with the refusal (Forbidden.RAM, ...) in its result.
    CloudTask *checkListPermission(const QString &regionId, CloudCallback<bool> done);
    CloudTask *describeVpcs(const QString &regionId, CloudCallback<QList<Vpc>> done);
    CloudTask *describeVpcAttribute(const QString &regionId, const QString &vpcId, CloudCallback<Vpc> done);
    // The region's security groups (classic and VPC), without their rules.
    CloudTask *describeSecurityGroups(const QString &regionId, CloudCallback<QList<SecurityGroup>> done);
    // One group's inbound intranet rules.
    CloudTask *describeSecurityGroupRules(const QString &regionId, const QString &groupId,
                                          CloudCallback<SecurityGroup> done);
    // The VPC's vSwitches (zone, CIDR block, free addresses), every page.
    CloudTask *describeVSwitches(const QString &regionId, const QString &vpcId,
                                 CloudCallback<QList<VSwitch>> done);
    // The destinations of the custom route entries in the VPC's route tables.
    CloudTask *describeCustomRoutes(const QString &regionId, const QString &vpcId,
                                    CloudCallback<QStringList> done);
    // Links of one VPC (vpcId set), or of the given instances (asked 100 at a time), or both.
    CloudTask *describeClassicLinks(const QString &regionId, const QString &vpcId,
                                    const QStringList &instanceIds, CloudCallback<QList<ClassicLink>> done);

    // For the move off the classic network (implemented in move/movecalls.cpp):
    // one group's rules of one NIC type, in both directions;
    CloudTask *describeMoveRules(const QString &regionId, const QString &groupId, const QString &nicType,
                                 CloudCallback<QList<MoveRule>> done);
    // the size in GiB of all disks of each instance of the region (by instance ID), every page.
    CloudTask *describeDiskSizes(const QString &regionId, CloudCallback<QHash<QString, int>> done);

    CloudTask *attachClassicLink(const QString &regionId, const QString &instanceId, const QString &vpcId,
                                 WriteCallback done);
    CloudTask *detachClassicLink(const QString &regionId, const QString &instanceId, const QString &vpcId,
                                 WriteCallback done);
    // clientToken makes a retried enable/disable idempotent on the cloud side; empty: a new UUID.
    CloudTask *enableVpcClassicLink(const QString &regionId, const QString &vpcId, const QString &clientToken,
                                    WriteCallback done);
    CloudTask *disableVpcClassicLink(const QString &regionId, const QString &vpcId,
                                     const QString &clientToken, WriteCallback done);
    // AuthorizeSecurityGroup (`authorize`) or RevokeSecurityGroup of inbound rules of one group, in one
    // call (1 to Operation::kRulesPerCall). The cloud treats a rule authorized again, or a missing one
    // revoked, as done.
    // AuthorizeSecurityGroupEgress (AuthorizeEgressRules) adds outbound rules: their source fields name
    // the destination.
    CloudTask *changeSecurityRules(OperationKind kind, const QString &regionId, const QString &groupId,
                                   const QList<SecurityRule> &rules, const QString &clientToken,
                                   WriteCallback done);
    // The write one operation of a batch stands for (see writeRequest).
    CloudTask *send(const Operation &operation, const QString &clientToken, WriteCallback done);

    // The requests the calls above send, so `--dry-run` prints what a real run would start with. A list
    // request is its first page: the further pages follow from the TotalCount it answers.
    static ApiRequest regionsRequest(const QString &acceptLanguage);
    static ApiRequest instancesRequest(const QString &regionId, const QString &statusFilter);
    static ApiRequest classicCountRequest(const QString &regionId);
    static ApiRequest listPermissionRequest(const QString &regionId);
    static ApiRequest zonesRequest(const QString &regionId);
    // DescribeInstances pages its whole listing with NextToken; beyond this many pages, one chain per zone.
    static constexpr int kZoneChainPages = 10;
    static ApiRequest vpcsRequest(const QString &regionId);
    static ApiRequest vpcAttributeRequest(const QString &regionId, const QString &vpcId);
    static ApiRequest vswitchesRequest(const QString &regionId, const QString &vpcId);
    static ApiRequest securityGroupsRequest(const QString &regionId);
    static ApiRequest securityGroupRulesRequest(const QString &regionId, const QString &groupId);
    static ApiRequest moveRulesRequest(const QString &regionId, const QString &groupId,
                                       const QString &nicType);
    static ApiRequest disksRequest(const QString &regionId);
    static MoveRule moveRuleFromJson(const QJsonObject &permission);
    static ApiRequest routeTablesRequest(const QString &regionId, const QString &vpcId);
    static ApiRequest routeEntriesRequest(const QString &regionId, const QString &routeTableId);
    // The links of one VPC, or of up to kLinkQueryBatch instances (then also filtered by vpcId if set).
    static ApiRequest classicLinksRequest(const QString &regionId, const QString &vpcId,
                                          const QStringList &instanceIds);
    static ApiRequest attachRequest(const QString &regionId, const QString &instanceId, const QString &vpcId);
    static ApiRequest detachRequest(const QString &regionId, const QString &instanceId, const QString &vpcId);
    static ApiRequest classicLinkSwitchRequest(bool enable, const QString &regionId, const QString &vpcId,
                                               const QString &clientToken);
    // The rules in the documented Permissions.N.* form; the top-level rule parameters are deprecated.
    static ApiRequest securityRulesRequest(OperationKind kind, const QString &regionId,
                                           const QString &groupId, const QList<SecurityRule> &rules,
                                           const QString &clientToken);
    // CreateVSwitch and CreateSecurityGroup (in move/movecalls.cpp): a copy of a classic group is a basic
    // group of the VPC whose description carries groupCopyMark().
    static ApiRequest createVSwitchRequest(const Operation &operation, const QString &clientToken);
    static ApiRequest createSecurityGroupRequest(const Operation &operation, const QString &clientToken);
    // The request of one operation of a batch, whatever its kind: what the batch sends and what the
    // exported `aliyun` command repeats. A security group call carries the rules not done yet, or all of
    // them when every one is done.
    static ApiRequest writeRequest(const Operation &operation, const QString &clientToken);

    static constexpr int kLinkQueryBatch = 100; // instance IDs per DescribeClassicLinkInstances

    static Region regionFromJson(const QJsonObject &object);
    static ClassicInstance instanceFromJson(const QJsonObject &object);
    static Vpc vpcFromJson(const QJsonObject &object);
    static ClassicLink linkFromJson(const QJsonObject &object);

    // One page's items as it arrives (1-based page, of pageCount; total is the answered TotalCount).
    using PageCallback = std::function<void(int page, int pageCount, qint64 total, const QJsonArray &items)>;
    using PagesDone = std::function<void(const ApiResult &result)>;

private:
    // Sends `firstPage` (PageNumber 1 and its PageSize), then every further page its TotalCount asks for.
    void loadAllPages(CloudTask *task, const ApiRequest &firstPage, const QString &outer,
                      const QString &inner, PageCallback onPage, PagesDone done);
    // Every page of DescribeInstances with NextToken/MaxResults (see instancepages.cpp), or with page
    // numbers where the endpoint does not page with tokens.
    void loadInstancePages(CloudTask *task, const ApiRequest &request, PageCallback onPage, PagesDone done);
    static ApiRequest pageNumbered(ApiRequest request);
    CloudTask *write(const ApiRequest &request, WriteCallback done);

    ApiClient *m_client;
    bool m_pageNumbersOnly = false; // the endpoint refused NextToken paging once
};

} // namespace clm
