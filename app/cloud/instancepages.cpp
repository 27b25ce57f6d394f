// DescribeInstances through every page with NextToken/MaxResults, the paging the documentation keeps
// (PageNumber/PageSize are marked as going away). A token chain is sequential, so a long listing is split
// into one chain per zone (DescribeZones), which run in parallel. An endpoint that does not page with
// tokens (it refuses MaxResults, or answers without a NextToken) is read with page numbers instead, and
// this client keeps to page numbers from then on. DescribeZones leaves out zones that no longer sell, where
// old instances may remain: when the zones' chains bring fewer instances than TotalCount, one more chain
// over the whole region picks up those outside the zones read.
#include "api/apiclient.h"
#include "cloudclient.h"
#include "cloudtask.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

namespace clm {

namespace {

constexpr int kMaxResults = 100;

bool tokensRefused(const ApiResult &result)
{
    if (result.ok())
        return !result.body.contains(QLatin1String("NextToken"));
    return result.httpStatus == 400 && (result.code.startsWith(QLatin1String("InvalidParameter")) ||
                                        result.code.startsWith(QLatin1String("Unsupported")) ||
                                        result.code.contains(QLatin1String("MaxResults")) ||
                                        result.code.contains(QLatin1String("NextToken")));
}

QJsonArray instanceItems(const ApiResult &result)
{
    return result.body.value(QLatin1String("Instances"))
        .toObject()
        .value(QLatin1String("Instance"))
        .toArray();
}

} // namespace

ApiRequest CloudClient::zonesRequest(const QString &regionId)
{
    return ApiRequest{
        Product::Ecs, QStringLiteral("DescribeZones"), {}, {{QStringLiteral("RegionId"), regionId}}, false};
}

void CloudClient::loadInstancePages(CloudTask *task, const ApiRequest &request, PageCallback onPage,
                                    PagesDone done)
{
    if (m_pageNumbersOnly)
        return loadAllPages(task, pageNumbered(request), QStringLiteral("Instances"),
                            QStringLiteral("Instance"), onPage, done);
    struct State
    {
        qint64 total = 0;
        int pagesSeen = 0; // pages handed to onPage, in the order they arrived
        int pageCount = 1; // the pages expected (grows when a zone holds more than its share)
        int chains = 0;    // chains still running
        qint64 delivered = 0;
        QSet<QString> zones;   // the zones of the per-zone chains
        bool sweeping = false; // the last chain: only instances outside `zones`
        bool settled = false;
        ApiResult last;
    };
    auto state = std::make_shared<State>();
    auto settle = [state, done](const ApiResult &result) {
        if (state->settled)
            return;
        state->settled = true;
        done(result);
    };
    auto deliver = [state, onPage, task](QJsonArray items) {
        if (state->sweeping) {
            for (qsizetype i = items.size() - 1; i >= 0; --i) {
                if (state->zones.contains(items.at(i).toObject().value(QLatin1String("ZoneId")).toString()))
                    items.removeAt(i);
            }
        }
        state->delivered += items.size();
        ++state->pagesSeen;
        state->pageCount = std::max(state->pageCount, state->pagesSeen);
        onPage(state->pagesSeen, state->pageCount, state->total, items);
        task->reportProgress(state->pagesSeen, state->pageCount);
    };
    // Follows NextToken from `from` (a request, with or without a token) to the end of the chain.
    auto chain = std::make_shared<std::function<void(ApiRequest)>>();
    *chain = [this, task, state, settle, deliver, request,
              weakChain = std::weak_ptr(chain)](ApiRequest from) {
        from.chained = true; // the chain's next page waits for this one
        ApiCall *call = m_client->send(from);
        task->track(call);
        connect(call, &ApiCall::finished, task, [=](const ApiResult &result) {
            if (state->settled)
                return;
            if (!result.ok())
                return settle(result);
            deliver(instanceItems(result));
            const QString token = result.body.value(QLatin1String("NextToken")).toString();
            if (!token.isEmpty()) {
                ApiRequest next = from;
                next.params.insert(QStringLiteral("NextToken"), token);
                if (const auto follow = weakChain.lock())
                    return (*follow)(next);
            }
            state->last = result;
            if (--state->chains > 0)
                return;
            if (!state->zones.isEmpty() && !state->sweeping && state->delivered < state->total) {
                state->sweeping = true;
                state->chains = 1;
                if (const auto follow = weakChain.lock())
                    return (*follow)(request);
            }
            settle(result);
        });
    };

    ApiRequest firstPage = request;
    firstPage.chained = true; // everything else waits for it
    ApiCall *first = m_client->send(firstPage);
    task->track(first);
    connect(first, &ApiCall::finished, task, [=, this](const ApiResult &result) {
        if (tokensRefused(result)) {
            m_pageNumbersOnly = true;
            return loadAllPages(task, pageNumbered(request), QStringLiteral("Instances"),
                                QStringLiteral("Instance"), onPage, done);
        }
        if (!result.ok())
            return settle(result);
        const QJsonArray items = instanceItems(result);
        state->total = result.body.value(QLatin1String("TotalCount")).toInteger(items.size());
        state->pageCount = int(std::max<qint64>(1, (state->total + kMaxResults - 1) / kMaxResults));
        const QString token = result.body.value(QLatin1String("NextToken")).toString();
        ApiRequest rest = request;
        rest.params.insert(QStringLiteral("NextToken"), token);
        if (token.isEmpty() || state->pageCount <= kZoneChainPages) {
            // Short enough for one chain: go on from this page.
            deliver(items);
            if (token.isEmpty())
                return settle(result);
            state->chains = 1;
            return (*chain)(rest);
        }
        // Long: one chain per zone, in parallel; this first page is read again within its zone's chain.
        ApiRequest zonesList = zonesRequest(request.params.value(QStringLiteral("RegionId")));
        zonesList.chained = true;
        ApiCall *zones = m_client->send(zonesList);
        task->track(zones);
        connect(zones, &ApiCall::finished, task, [=](const ApiResult &listed) {
            if (state->settled)
                return;
            QStringList zoneIds;
            for (const QJsonValue &zone :
                 listed.body.value(QLatin1String("Zones")).toObject().value(QLatin1String("Zone")).toArray())
                zoneIds.append(zone.toObject().value(QLatin1String("ZoneId")).toString());
            zoneIds.removeAll(QString());
            zoneIds.removeDuplicates();
            if (!listed.ok() || zoneIds.isEmpty()) {
                // Without zones the single chain still reads everything, only not in parallel.
                deliver(items);
                state->chains = 1;
                return (*chain)(rest);
            }
            state->chains = int(zoneIds.size());
            state->zones = QSet<QString>(zoneIds.cbegin(), zoneIds.cend());
            for (const QString &zone : std::as_const(zoneIds)) {
                ApiRequest perZone = request;
                perZone.params.insert(QStringLiteral("ZoneId"), zone);
                (*chain)(perZone);
            }
        });
    });
    // The chain keeps itself alive through the calls' connections until the task ends.
    connect(task, &QObject::destroyed, task, [chain] { *chain = {}; });
}

ApiRequest CloudClient::pageNumbered(ApiRequest request)
{
    request.params.remove(QStringLiteral("MaxResults"));
    request.params.remove(QStringLiteral("NextToken"));
    request.params.insert(QStringLiteral("PageNumber"), QStringLiteral("1"));
    request.params.insert(QStringLiteral("PageSize"), QString::number(kMaxResults));
    return request;
}

} // namespace clm
