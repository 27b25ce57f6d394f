#include "cloudclient.h"

#include "cloudjson_p.h"

#include "api/responseparser.h"
#include "history/operation.h"

#include <QUuid>

#include <memory>

namespace clm {

namespace {

using cloudjson::read;
using cloudjson::str;

QStringList stringList(const QJsonObject &object, const char *outer, const char *inner)
{
    QStringList out;
    for (const QJsonValue &value : jsonList(object, QLatin1String(outer), QLatin1String(inner)))
        out.append(value.toString());
    return out;
}

ApiRequest firstPage(ApiRequest request, int pageSize)
{
    request.params.insert(QStringLiteral("PageNumber"), QStringLiteral("1"));
    request.params.insert(QStringLiteral("PageSize"), QString::number(pageSize));
    return request;
}

} // namespace

CloudClient::CloudClient(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

Region CloudClient::regionFromJson(const QJsonObject &object)
{
    return Region{str(object, "RegionId"), str(object, "LocalName"), str(object, "RegionEndpoint"),
                  str(object, "Status")};
}

ClassicInstance CloudClient::instanceFromJson(const QJsonObject &object)
{
    ClassicInstance instance;
    instance.id = str(object, "InstanceId");
    instance.name = str(object, "InstanceName");
    instance.status = str(object, "Status");
    instance.regionId = str(object, "RegionId");
    instance.zoneId = str(object, "ZoneId");
    instance.networkType = str(object, "InstanceNetworkType");
    instance.instanceType = str(object, "InstanceType");
    instance.innerIpAddresses = stringList(object, "InnerIpAddress", "IpAddress");
    instance.securityGroupIds = stringList(object, "SecurityGroupIds", "SecurityGroupId");
    instance.publicIp = stringList(object, "PublicIpAddress", "IpAddress").value(0);
    if (instance.publicIp.isEmpty())
        instance.publicIp = str(object.value(QLatin1String("EipAddress")).toObject(), "IpAddress");
    for (const QJsonValue &lock :
         jsonList(object, QStringLiteral("OperationLocks"), QStringLiteral("LockReason"))) {
        const QString reason = lock.isObject() ? str(lock.toObject(), "LockReason") : lock.toString();
        if (!reason.isEmpty())
            instance.lockReasons.append(reason);
    }
    return instance;
}

Vpc CloudClient::vpcFromJson(const QJsonObject &object)
{
    Vpc vpc;
    vpc.id = str(object, "VpcId");
    vpc.name = str(object, "VpcName");
    vpc.cidrBlock = str(object, "CidrBlock");
    vpc.status = str(object, "Status");
    vpc.regionId = str(object, "RegionId");
    vpc.isDefault = jsonBool(object.value(QLatin1String("IsDefault")));
    vpc.classicLinkEnabled = jsonBool(object.value(QLatin1String("ClassicLinkEnabled")));
    return vpc;
}

ClassicLink CloudClient::linkFromJson(const QJsonObject &object)
{
    return ClassicLink{str(object, "InstanceId"), str(object, "VpcId")};
}

void CloudClient::loadAllPages(CloudTask *task, const ApiRequest &request, const QString &outer,
                               const QString &inner, PageCallback onPage, PagesDone done)
{
    const int pageSize = std::max(1, request.params.value(QStringLiteral("PageSize")).toInt());
    struct State
    {
        QList<QPointer<ApiCall>> calls;
        int remaining = 0;
        bool settled = false;
    };
    auto state = std::make_shared<State>();

    auto sendPage = [this, task, request](int page) {
        ApiRequest pageRequest = request;
        pageRequest.params.insert(QStringLiteral("PageNumber"), QString::number(page));
        ApiCall *call = m_client->send(pageRequest);
        task->track(call);
        return call;
    };
    auto fail = [state, done](const ApiResult &result) {
        state->settled = true;
        for (const QPointer<ApiCall> &call : std::as_const(state->calls)) {
            if (call)
                call->cancel();
        }
        done(result);
    };

    // Each page is handed over as it arrives, so converting ten thousand items is spread over the
    // replies instead of landing in one turn of the event loop.
    ApiCall *first = sendPage(1);
    connect(first, &ApiCall::finished, task,
            [task, state, sendPage, fail, onPage, done, pageSize, outer, inner](const ApiResult &result) {
                if (!result.ok())
                    return fail(result);
                const QJsonArray items = jsonList(result.body, outer, inner);
                const qint64 total = jsonInt(result.body.value(QLatin1String("TotalCount")), items.size());
                const int pageCount =
                    items.isEmpty() ? 1 : int(std::max<qint64>(1, (total + pageSize - 1) / pageSize));
                onPage(1, pageCount, total, items);
                state->remaining = pageCount - 1;
                task->reportProgress(1, pageCount);
                if (state->remaining == 0) {
                    state->settled = true;
                    return done(result);
                }
                for (int page = 2; page <= pageCount; ++page) {
                    ApiCall *call = sendPage(page);
                    state->calls.append(call);
                    connect(call, &ApiCall::finished, task,
                            [task, state, fail, onPage, done, page, pageCount, total, outer,
                             inner](const ApiResult &pageResult) {
                                if (state->settled)
                                    return;
                                if (!pageResult.ok())
                                    return fail(pageResult);
                                onPage(page, pageCount, total, jsonList(pageResult.body, outer, inner));
                                task->reportProgress(pageCount - --state->remaining, pageCount);
                                if (state->remaining > 0)
                                    return;
                                state->settled = true;
                                done(pageResult);
                            });
                }
            });
}

namespace {

// Typed items of every page, in page order, converted as each page arrives.
template<typename T>
class PageCollector
{
public:
    explicit PageCollector(T (*convert)(const QJsonObject &))
        : m_pages(std::make_shared<QList<QList<T>>>())
        , m_convert(convert)
    {}

    CloudClient::PageCallback onPage() const
    {
        return
            [pages = m_pages, convert = m_convert](int page, int pageCount, qint64, const QJsonArray &items) {
                if (pages->size() < pageCount)
                    pages->resize(pageCount);
                QList<T> &slot = (*pages)[page - 1];
                slot.reserve(items.size());
                for (const QJsonValue &item : items)
                    slot.append(convert(item.toObject()));
            };
    }

    const QList<T> &page(int page) const { return m_pages->at(page - 1); }

    QList<T> take() const
    {
        qsizetype count = 0;
        for (const QList<T> &page : std::as_const(*m_pages))
            count += page.size();
        QList<T> all;
        all.reserve(count);
        for (QList<T> &page : *m_pages)
            all.append(std::move(page));
        m_pages->clear();
        return all;
    }

private:
    std::shared_ptr<QList<QList<T>>> m_pages;
    T (*m_convert)(const QJsonObject &);
};

} // namespace

CloudTask *CloudClient::describeRegions(const QString &acceptLanguage, CloudCallback<QList<Region>> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(regionsRequest(acceptLanguage));
    task->track(call);
    connect(call, &ApiCall::finished, task, [this, task, done](const ApiResult &result) {
        CloudResult<QList<Region>> out{{}, result};
        for (const QJsonValue &value :
             jsonList(result.body, QStringLiteral("Regions"), QStringLiteral("Region"))) {
            const Region region = regionFromJson(value.toObject());
            out.value.append(region);
            m_client->endpoints().setRegionEndpoint(region.id, region.endpoint);
        }
        done(out);
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::describeInstances(const QString &regionId, const QString &statusFilter,
                                          CloudCallback<QList<ClassicInstance>> done, InstancePage onPage)
{
    auto *task = new CloudTask(this);
    const PageCollector<ClassicInstance> collector(&CloudClient::instanceFromJson);
    CloudClient::PageCallback collect = collector.onPage();
    if (onPage) {
        collect = [collect, collector, onPage](int page, int pageCount, qint64 total,
                                               const QJsonArray &items) {
            collect(page, pageCount, total, items);
            onPage(collector.page(page), total);
        };
    }
    loadInstancePages(task, instancesRequest(regionId, statusFilter), collect,
                      [task, done, collector](const ApiResult &result) {
                          done(CloudResult<QList<ClassicInstance>>{
                              result.ok() ? collector.take() : QList<ClassicInstance>{}, result});
                          task->finish();
                      });
    return task;
}

CloudTask *CloudClient::describeVSwitches(const QString &regionId, const QString &vpcId,
                                          CloudCallback<QList<VSwitch>> done)
{
    auto *task = new CloudTask(this);
    auto vswitches = std::make_shared<QList<VSwitch>>();
    loadAllPages(
        task, vswitchesRequest(regionId, vpcId), QStringLiteral("VSwitches"), QStringLiteral("VSwitch"),
        [vswitches](int, int, qint64, const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                const QJsonObject object = item.toObject();
                vswitches->append({str(object, "VSwitchId"), str(object, "ZoneId"), str(object, "CidrBlock"),
                                   int(jsonInt(object.value(QLatin1String("AvailableIpAddressCount")), 0))});
            }
        },
        [task, done, vswitches](const ApiResult &result) {
            done(CloudResult<QList<VSwitch>>{result.ok() ? *vswitches : QList<VSwitch>{}, result});
            task->finish();
        });
    return task;
}

CloudTask *CloudClient::describeCustomRoutes(const QString &regionId, const QString &vpcId,
                                             CloudCallback<QStringList> done)
{
    auto *task = new CloudTask(this);
    auto tables = std::make_shared<QStringList>();
    loadAllPages(
        task, routeTablesRequest(regionId, vpcId), QStringLiteral("RouterTableList"),
        QStringLiteral("RouterTableListType"),
        [tables](int, int, qint64, const QJsonArray &items) {
            for (const QJsonValue &item : items)
                tables->append(str(item.toObject(), "RouteTableId"));
        },
        [this, task, done, tables, regionId](const ApiResult &listed) {
            if (!listed.ok() || tables->isEmpty()) {
                done(CloudResult<QStringList>{{}, listed});
                return task->finish();
            }
            // Then each table's entries; the custom ones are what counts.
            auto destinations = std::make_shared<QStringList>();
            auto fanIn = FanIn::expect(tables->size(), [task, done, destinations](const ApiResult &result) {
                done(CloudResult<QStringList>{result.ok() ? *destinations : QStringList{}, result});
                task->finish();
            });
            for (const QString &table : std::as_const(*tables)) {
                ApiCall *call = m_client->send(routeEntriesRequest(regionId, table));
                task->track(call);
                connect(call, &ApiCall::finished, task, [fanIn, destinations](const ApiResult &result) {
                    if (!fanIn->isOpen())
                        return;
                    for (const QJsonValue &item :
                         jsonList(result.body, QStringLiteral("RouteEntrys"), QStringLiteral("RouteEntry"))) {
                        const QJsonObject entry = item.toObject();
                        const QString type =
                            str(entry, "Type").isEmpty() ? str(entry, "RouteEntryType") : str(entry, "Type");
                        if (type.compare(QLatin1String("Custom"), Qt::CaseInsensitive) == 0)
                            destinations->append(str(entry, "DestinationCidrBlock"));
                    }
                    fanIn->answer(result);
                });
            }
        });
    return task;
}

CloudTask *CloudClient::describeSecurityGroups(const QString &regionId,
                                               CloudCallback<QList<SecurityGroup>> done)
{
    auto *task = new CloudTask(this);
    auto groups = std::make_shared<QList<SecurityGroup>>();
    loadAllPages(
        task, securityGroupsRequest(regionId), QStringLiteral("SecurityGroups"),
        QStringLiteral("SecurityGroup"),
        [groups](int, int, qint64, const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                const QJsonObject object = item.toObject();
                groups->append({str(object, "SecurityGroupId"),
                                str(object, "SecurityGroupName"),
                                str(object, "VpcId"),
                                {},
                                false,
                                str(object, "SecurityGroupType") == QLatin1String("enterprise"),
                                str(object, "Description")});
            }
        },
        [task, done, groups](const ApiResult &result) {
            done(CloudResult<QList<SecurityGroup>>{result.ok() ? *groups : QList<SecurityGroup>{}, result});
            task->finish();
        });
    return task;
}

CloudTask *CloudClient::countClassicInstances(const QString &regionId, CloudCallback<qint64> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(classicCountRequest(regionId));
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        done(CloudResult<qint64>{result.ok() ? jsonInt(result.body.value(QLatin1String("TotalCount")), 0) : 0,
                                 result});
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::checkListPermission(const QString &regionId, CloudCallback<bool> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(listPermissionRequest(regionId));
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        // DryRunOperation: the request would have been carried out (an endpoint that ignores DryRun and
        // simply answers says the same).
        const bool allowed = result.code == QLatin1String("DryRunOperation") || result.ok();
        done(CloudResult<bool>{allowed, allowed ? ApiResult{} : result});
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::describeSecurityGroupRules(const QString &regionId, const QString &groupId,
                                                   CloudCallback<SecurityGroup> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(securityGroupRulesRequest(regionId, groupId));
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        SecurityGroup group;
        group.id = str(result.body, "SecurityGroupId");
        group.name = str(result.body, "SecurityGroupName");
        group.vpcId = str(result.body, "VpcId");
        group.rulesRead = result.ok();
        for (const QJsonValue &item :
             jsonList(result.body, QStringLiteral("Permissions"), QStringLiteral("Permission"))) {
            const QJsonObject object = item.toObject();
            if (!str(object, "Direction").isEmpty() && str(object, "Direction") != QLatin1String("ingress"))
                continue;
            group.rules.append({str(object, "IpProtocol"), str(object, "PortRange"),
                                str(object, "SourceGroupId"), str(object, "SourceCidrIp"),
                                str(object, "Policy"),
                                int(jsonInt(object.value(QLatin1String("Priority")), 1)),
                                str(object, "NicType"), str(object, "Description")});
        }
        done(CloudResult<SecurityGroup>{group, result});
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::describeVpcs(const QString &regionId, CloudCallback<QList<Vpc>> done)
{
    auto *task = new CloudTask(this);
    const PageCollector<Vpc> collector(&CloudClient::vpcFromJson);
    loadAllPages(task, vpcsRequest(regionId), QStringLiteral("Vpcs"), QStringLiteral("Vpc"),
                 collector.onPage(), [task, done, collector](const ApiResult &result) {
                     done(CloudResult<QList<Vpc>>{result.ok() ? collector.take() : QList<Vpc>{}, result});
                     task->finish();
                 });
    return task;
}

CloudTask *CloudClient::describeVpcAttribute(const QString &regionId, const QString &vpcId,
                                             CloudCallback<Vpc> done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(vpcAttributeRequest(regionId, vpcId));
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        done(CloudResult<Vpc>{result.ok() ? vpcFromJson(result.body) : Vpc{}, result});
        task->finish();
    });
    return task;
}

CloudTask *CloudClient::describeClassicLinks(const QString &regionId, const QString &vpcId,
                                             const QStringList &instanceIds,
                                             CloudCallback<QList<ClassicLink>> done)
{
    auto *task = new CloudTask(this);
    QList<ApiRequest> queries;
    if (instanceIds.isEmpty())
        queries.append(classicLinksRequest(regionId, vpcId, {}));
    for (qsizetype at = 0; at < instanceIds.size(); at += kLinkQueryBatch)
        queries.append(classicLinksRequest(regionId, vpcId, instanceIds.mid(at, kLinkQueryBatch)));

    auto links = std::make_shared<QList<ClassicLink>>();
    auto fanIn = FanIn::expect(queries.size(), [task, links, done](const ApiResult &result) {
        if (!result.ok())
            task->cancel(); // the other queries' pages
        done(CloudResult<QList<ClassicLink>>{result.ok() ? *links : QList<ClassicLink>{}, result});
        task->finish();
    });
    for (const ApiRequest &query : std::as_const(queries)) {
        auto onPage = [links, fanIn](int, int, qint64, const QJsonArray &items) {
            if (!fanIn->isOpen())
                return;
            for (const QJsonValue &item : items)
                links->append(linkFromJson(item.toObject()));
        };
        loadAllPages(task, query, QStringLiteral("Links"), QStringLiteral("Link"), onPage,
                     [fanIn](const ApiResult &result) { fanIn->answer(result); });
    }
    return task;
}

CloudTask *CloudClient::write(const ApiRequest &request, WriteCallback done)
{
    auto *task = new CloudTask(this);
    ApiCall *call = m_client->send(request);
    task->track(call);
    connect(call, &ApiCall::finished, task, [task, done](const ApiResult &result) {
        done(result);
        task->finish();
    });
    return task;
}

ApiRequest CloudClient::regionsRequest(const QString &acceptLanguage)
{
    QMap<QString, QString> params;
    if (!acceptLanguage.isEmpty())
        params.insert(QStringLiteral("AcceptLanguage"), acceptLanguage);
    return read(Product::Ecs, "DescribeRegions", params);
}

ApiRequest CloudClient::instancesRequest(const QString &regionId, const QString &statusFilter)
{
    QMap<QString, QString> params{{QStringLiteral("RegionId"), regionId},
                                  {QStringLiteral("InstanceNetworkType"), QStringLiteral("classic")}};
    if (!statusFilter.isEmpty())
        params.insert(QStringLiteral("Status"), statusFilter);
    params.insert(QStringLiteral("MaxResults"), QStringLiteral("100"));
    return read(Product::Ecs, "DescribeInstances", params);
}

ApiRequest CloudClient::classicCountRequest(const QString &regionId)
{
    // TotalCount comes with either paging style, so the smallest page counts on every endpoint.
    ApiRequest request = instancesRequest(regionId, {});
    request.params.insert(QStringLiteral("MaxResults"), QStringLiteral("1"));
    return request;
}

ApiRequest CloudClient::listPermissionRequest(const QString &regionId)
{
    return read(Product::Ecs, "DescribeInstances",
                {{QStringLiteral("RegionId"), regionId},
                 {QStringLiteral("InstanceNetworkType"), QStringLiteral("classic")},
                 {QStringLiteral("DryRun"), QStringLiteral("true")}});
}

ApiRequest CloudClient::vpcsRequest(const QString &regionId)
{
    return firstPage(read(Product::Vpc, "DescribeVpcs", {{QStringLiteral("RegionId"), regionId}}), 50);
}

ApiRequest CloudClient::vpcAttributeRequest(const QString &regionId, const QString &vpcId)
{
    return read(Product::Vpc, "DescribeVpcAttribute",
                {{QStringLiteral("RegionId"), regionId}, {QStringLiteral("VpcId"), vpcId}});
}

ApiRequest CloudClient::securityGroupsRequest(const QString &regionId)
{
    return firstPage(read(Product::Ecs, "DescribeSecurityGroups", {{QStringLiteral("RegionId"), regionId}}),
                     50);
}

ApiRequest CloudClient::securityGroupRulesRequest(const QString &regionId, const QString &groupId)
{
    // A classic group lists only its internet rules unless asked for the intranet ones, where ClassicLink
    // rules live.
    return read(Product::Ecs, "DescribeSecurityGroupAttribute",
                {{QStringLiteral("RegionId"), regionId},
                 {QStringLiteral("SecurityGroupId"), groupId},
                 {QStringLiteral("NicType"), QStringLiteral("intranet")},
                 {QStringLiteral("Direction"), QStringLiteral("ingress")}});
}

ApiRequest CloudClient::vswitchesRequest(const QString &regionId, const QString &vpcId)
{
    return firstPage(read(Product::Vpc, "DescribeVSwitches",
                          {{QStringLiteral("RegionId"), regionId}, {QStringLiteral("VpcId"), vpcId}}),
                     50);
}

ApiRequest CloudClient::routeTablesRequest(const QString &regionId, const QString &vpcId)
{
    return firstPage(read(Product::Vpc, "DescribeRouteTableList",
                          {{QStringLiteral("RegionId"), regionId}, {QStringLiteral("VpcId"), vpcId}}),
                     50);
}

ApiRequest CloudClient::routeEntriesRequest(const QString &regionId, const QString &routeTableId)
{
    return read(Product::Vpc, "DescribeRouteEntryList",
                {{QStringLiteral("RegionId"), regionId},
                 {QStringLiteral("RouteTableId"), routeTableId},
                 {QStringLiteral("RouteEntryType"), QStringLiteral("Custom")},
                 {QStringLiteral("MaxResult"), QStringLiteral("100")}});
}

ApiRequest CloudClient::classicLinksRequest(const QString &regionId, const QString &vpcId,
                                            const QStringList &instanceIds)
{
    QMap<QString, QString> params{{QStringLiteral("RegionId"), regionId}};
    if (!vpcId.isEmpty())
        params.insert(QStringLiteral("VpcId"), vpcId);
    if (!instanceIds.isEmpty())
        params.insert(QStringLiteral("InstanceId"), instanceIds.join(u','));
    return firstPage(read(Product::Ecs, "DescribeClassicLinkInstances", params), 100);
}

ApiRequest CloudClient::attachRequest(const QString &regionId, const QString &instanceId,
                                      const QString &vpcId)
{
    return ApiRequest{Product::Ecs,
                      apiAction(OperationKind::Attach),
                      {},
                      {{QStringLiteral("RegionId"), regionId},
                       {QStringLiteral("InstanceId"), instanceId},
                       {QStringLiteral("VpcId"), vpcId}},
                      true};
}

ApiRequest CloudClient::detachRequest(const QString &regionId, const QString &instanceId,
                                      const QString &vpcId)
{
    ApiRequest request = attachRequest(regionId, instanceId, vpcId);
    request.action = apiAction(OperationKind::Detach);
    return request;
}

CloudTask *CloudClient::attachClassicLink(const QString &regionId, const QString &instanceId,
                                          const QString &vpcId, WriteCallback done)
{
    return write(attachRequest(regionId, instanceId, vpcId), std::move(done));
}

CloudTask *CloudClient::detachClassicLink(const QString &regionId, const QString &instanceId,
                                          const QString &vpcId, WriteCallback done)
{
    return write(detachRequest(regionId, instanceId, vpcId), std::move(done));
}

ApiRequest CloudClient::classicLinkSwitchRequest(bool enable, const QString &regionId, const QString &vpcId,
                                                 const QString &clientToken)
{
    return ApiRequest{
        Product::Vpc,
        apiAction(enable ? OperationKind::EnableClassicLink : OperationKind::DisableClassicLink),
        {},
        {{QStringLiteral("RegionId"), regionId},
         {QStringLiteral("VpcId"), vpcId},
         {QStringLiteral("ClientToken"),
          clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken}},
        true};
}

CloudTask *CloudClient::enableVpcClassicLink(const QString &regionId, const QString &vpcId,
                                             const QString &clientToken, WriteCallback done)
{
    return write(classicLinkSwitchRequest(true, regionId, vpcId, clientToken), std::move(done));
}

CloudTask *CloudClient::disableVpcClassicLink(const QString &regionId, const QString &vpcId,
                                              const QString &clientToken, WriteCallback done)
{
    return write(classicLinkSwitchRequest(false, regionId, vpcId, clientToken), std::move(done));
}

ApiRequest CloudClient::securityRulesRequest(OperationKind kind, const QString &regionId,
                                             const QString &groupId, const QList<SecurityRule> &rules,
                                             const QString &clientToken)
{
    Q_ASSERT(changesRules(kind));
    const bool egress = kind == OperationKind::AuthorizeEgressRules;
    Q_ASSERT(!rules.isEmpty() && rules.size() <= Operation::kRulesPerCall);
    QMap<QString, QString> params{
        {QStringLiteral("RegionId"), regionId},
        {QStringLiteral("SecurityGroupId"), groupId},
        {QStringLiteral("ClientToken"),
         clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken}};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const SecurityRule &rule = rules.at(i);
        const QString prefix = QStringLiteral("Permissions.%1.").arg(i + 1);
        const auto set = [&](const char *name, const QString &value) {
            if (!value.isEmpty())
                params.insert(prefix + QLatin1String(name), value);
        };
        set("IpProtocol", rule.ipProtocol.toLower());
        set("PortRange", rule.portRange);
        set("Policy", rule.policy.isEmpty() ? QStringLiteral("accept") : rule.policy.toLower());
        set("Priority", QString::number(rule.priority));
        set("NicType", rule.nicType.isEmpty() ? QStringLiteral("intranet") : rule.nicType);
        set(egress ? "DestGroupId" : "SourceGroupId", rule.sourceGroupId);
        set(egress ? "DestCidrIp" : "SourceCidrIp", rule.sourceCidrIp);
        if (kind != OperationKind::RevokeRules)
            set("Description", rule.description);
    }
    return ApiRequest{Product::Ecs, apiAction(kind), {}, params, true};
}

CloudTask *CloudClient::changeSecurityRules(OperationKind kind, const QString &regionId,
                                            const QString &groupId, const QList<SecurityRule> &rules,
                                            const QString &clientToken, WriteCallback done)
{
    return write(securityRulesRequest(kind, regionId, groupId, rules, clientToken), std::move(done));
}

ApiRequest CloudClient::writeRequest(const Operation &operation, const QString &clientToken)
{
    switch (operation.kind) {
    case OperationKind::Attach:
        return attachRequest(operation.regionId, operation.instanceId, operation.vpcId);
    case OperationKind::Detach:
        return detachRequest(operation.regionId, operation.instanceId, operation.vpcId);
    case OperationKind::EnableClassicLink:
    case OperationKind::DisableClassicLink:
        return classicLinkSwitchRequest(operation.kind == OperationKind::EnableClassicLink,
                                        operation.regionId, operation.vpcId, clientToken);
    case OperationKind::AuthorizeRules:
    case OperationKind::RevokeRules:
    case OperationKind::AuthorizeEgressRules: {
        // The rules not done yet (a resume after a partly applied call sends the rest); all when all are.
        QList<SecurityRule> rules, all;
        for (const RuleChange &change : operation.rules) {
            all.append(change.rule);
            if (!change.done)
                rules.append(change.rule);
        }
        return securityRulesRequest(operation.kind, operation.regionId, operation.groupId,
                                    rules.isEmpty() ? all : rules, clientToken);
    }
    case OperationKind::CreateVSwitch:
        return createVSwitchRequest(operation, clientToken);
    case OperationKind::CreateSecurityGroup:
        return createSecurityGroupRequest(operation, clientToken);
    case OperationKind::Unknown:
        break;
    }
    return {};
}

CloudTask *CloudClient::send(const Operation &operation, const QString &clientToken, WriteCallback done)
{
    return write(writeRequest(operation, clientToken), std::move(done));
}

} // namespace clm
