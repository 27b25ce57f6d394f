#include "inventory.h"

#include "domaintext.h"

namespace clm {

Inventory::Inventory(CloudClient *cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
{}

void Inventory::track(CloudTask *task)
{
    m_tasks.removeAll(nullptr);
    m_tasks.append(task);
    connect(task, &QObject::destroyed, this, [this, task] { m_tasks.removeAll(task); });
}

void Inventory::cancel()
{
    ++m_generation;
    m_loading = false;
    const auto tasks = m_tasks;
    m_tasks.clear();
    for (const QPointer<CloudTask> &task : tasks) {
        if (task)
            task->cancel();
    }
}

void Inventory::fail(const ApiResult &result)
{
    cancel();
    emit failed(result);
}

void Inventory::load(const QString &regionId, const ClassicLinkFlags &flags)
{
    cancel();
    const int generation = m_generation;
    m_regionId = regionId;
    m_loading = true;
    m_instances.clear();
    m_vpcs.clear();
    m_instancesDone = m_vpcsDone = m_linksDone = m_flagsAsked = false;
    m_links.clear();
    m_linkReads = 0;
    m_pendingAttributes = 0;
    m_callsDone = 0;
    m_callsTotal = 2;
    emit progress(m_callsDone, m_callsTotal);

    // Each page's links are read as the page arrives, while the next pages are still coming.
    auto onPage = [this, generation, flags,
                   loaded = std::make_shared<int>(0)](const QList<ClassicInstance> &page, qint64 total) {
        if (generation != m_generation)
            return;
        *loaded += int(page.size());
        readLinks(generation, flags, page);
        emit instancesArrived(page, *loaded, int(std::max<qint64>(total, *loaded)));
    };
    track(m_cloud->describeInstances(
        regionId, {},
        [this, generation, flags](const CloudResult<QList<ClassicInstance>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return fail(result.result);
            m_instances = result.value;
            m_instancesDone = true;
            emit progress(++m_callsDone, m_callsTotal);
            settleLinks(generation, flags);
        },
        onPage));

    track(m_cloud->describeVpcs(regionId, [this, generation, flags](const CloudResult<QList<Vpc>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.result);
        m_vpcs = result.value;
        m_vpcsDone = true;
        // Every wanted flag counts as a call from here on; those the links tell count as done then.
        m_callsTotal += int(std::count_if(m_vpcs.cbegin(), m_vpcs.cend(),
                                          [&flags](const Vpc &vpc) { return flags.wanted(vpc.id); }));
        emit progress(++m_callsDone, m_callsTotal);
        readFlags(generation, flags);
    }));
}

void Inventory::readLinks(int generation, const ClassicLinkFlags &flags, const QList<ClassicInstance> &page)
{
    QStringList ids;
    ids.reserve(page.size());
    for (const ClassicInstance &instance : page)
        ids.append(instance.id);
    if (ids.isEmpty())
        return;
    ++m_linkReads;
    emit progress(m_callsDone, ++m_callsTotal);
    track(m_cloud->describeClassicLinks(
        m_regionId, {}, ids, [this, generation, flags](const CloudResult<QList<ClassicLink>> &links) {
            if (generation != m_generation)
                return;
            if (!links.ok())
                return fail(links.result);
            m_links += links.value;
            --m_linkReads;
            emit progress(++m_callsDone, m_callsTotal);
            settleLinks(generation, flags);
        }));
}

void Inventory::settleLinks(int generation, const ClassicLinkFlags &flags)
{
    if (!m_instancesDone || m_linkReads > 0 || m_linksDone)
        return;
    QStringList ids;
    ids.reserve(m_instances.size());
    for (const ClassicInstance &instance : std::as_const(m_instances))
        ids.append(instance.id);
    applyLinks(std::exchange(m_links, {}), ids);
    m_linksDone = true;
    readFlags(generation, flags);
}

void Inventory::readFlags(int generation, const ClassicLinkFlags &flags)
{
    if (!m_vpcsDone || !m_linksDone || m_flagsAsked)
        return;
    applyLinks({}, {}); // the link counts, now that both lists are known
    QList<qsizetype> unknown;
    for (qsizetype i = 0; i < m_vpcs.size(); ++i) {
        Vpc &vpc = m_vpcs[i];
        // The cloud refuses to disable ClassicLink while an instance is linked
        // (DependencyViolation.Instance), so a VPC with links has it enabled; of the others, those wanted are
        // asked.
        if (vpc.linkCount > 0) {
            vpc.classicLinkEnabled = vpc.classicLinkRead = true;
            m_callsDone += flags.wanted(vpc.id);
        } else if (flags.wanted(vpc.id)) {
            unknown.append(i);
        }
    }
    m_pendingAttributes = int(unknown.size());
    emit progress(m_callsDone, m_callsTotal);
    for (const qsizetype i : std::as_const(unknown)) {
        track(m_cloud->describeVpcAttribute(
            m_regionId, m_vpcs.at(i).id, [this, generation, i](const CloudResult<Vpc> &attribute) {
                if (generation != m_generation)
                    return;
                if (!attribute.ok())
                    return fail(attribute.result);
                m_vpcs[i].classicLinkEnabled = attribute.value.classicLinkEnabled;
                m_vpcs[i].classicLinkRead = true;
                --m_pendingAttributes;
                emit progress(++m_callsDone, m_callsTotal);
                settleIfDone();
            }));
    }
    m_flagsAsked = true;
    settleIfDone();
}

QList<ApiRequest> Inventory::firstRequests(const QString &regionId)
{
    return {CloudClient::instancesRequest(regionId, {}), CloudClient::vpcsRequest(regionId)};
}

QStringList Inventory::followingRequests(const ClassicLinkFlags &flags)
{
    QStringList following{
        tr("DescribeInstances: every further page, following NextToken (a large region is read in one "
           "chain per zone, after DescribeZones)."),
        tr("DescribeClassicLinkInstances: the links of the listed instances, %1 instance IDs a request, "
           "every page.")
            .arg(CloudClient::kLinkQueryBatch),
        tr("DescribeVpcs: every further page that its TotalCount calls for.")};
    if (flags.every)
        following << tr("DescribeVpcAttribute: one per VPC that no instance is linked to, for "
                        "ClassicLinkEnabled, once the links are read (a VPC with links has it enabled).");
    else if (!flags.vpcIds.isEmpty())
        following << tr("DescribeVpcAttribute for %1 unless an instance is linked to it, for "
                        "ClassicLinkEnabled.")
                         .arg(DomainText::list(QStringList(flags.vpcIds.cbegin(), flags.vpcIds.cend())));
    return following;
}

void Inventory::markQuotaReached(const QString &vpcId)
{
    for (Vpc &vpc : m_vpcs) {
        if (vpc.id == vpcId)
            vpc.quotaReached = true;
    }
}

void Inventory::applyLinks(const QList<ClassicLink> &links, const QStringList &instanceIds)
{
    QHash<QString, QString> linked;
    for (const ClassicLink &link : links)
        linked.insert(link.instanceId, link.vpcId);
    const QSet<QString> asked(instanceIds.cbegin(), instanceIds.cend());
    for (ClassicInstance &instance : m_instances) {
        if (asked.contains(instance.id))
            instance.linkedVpcId = linked.value(instance.id);
    }
    // Counts come from every listed instance, so they are right whichever subset was refreshed.
    QHash<QString, int> counts;
    for (const ClassicInstance &instance : std::as_const(m_instances)) {
        if (!instance.linkedVpcId.isEmpty())
            ++counts[instance.linkedVpcId];
    }
    for (Vpc &vpc : m_vpcs)
        vpc.linkCount = counts.value(vpc.id);
}

void Inventory::settleIfDone()
{
    if (!m_instancesDone || !m_vpcsDone || !m_linksDone || !m_flagsAsked || m_pendingAttributes > 0)
        return;
    m_loading = false;
    m_loadedAt = QDateTime::currentDateTime();
    emit loaded();
}

void Inventory::refreshLinks(const QStringList &instanceIds)
{
    if (instanceIds.isEmpty())
        return;
    const int generation = m_generation;
    track(m_cloud->describeClassicLinks(
        m_regionId, {}, instanceIds,
        [this, generation, instanceIds](const CloudResult<QList<ClassicLink>> &links) {
            if (generation != m_generation)
                return;
            if (!links.ok()) {
                emit linksRefreshFailed(links.result);
                return;
            }
            applyLinks(links.value, instanceIds);
            emit linksRefreshed(instanceIds);
        }));
}

std::optional<ClassicInstance> Inventory::instance(const QString &id) const
{
    const auto found = std::find_if(m_instances.cbegin(), m_instances.cend(),
                                    [&id](const ClassicInstance &instance) { return instance.id == id; });
    return found == m_instances.cend() ? std::nullopt : std::optional<ClassicInstance>(*found);
}

QList<ClassicInstance> Inventory::instancesNamed(const QStringList &ids, QString *unknown) const
{
    if (ids.isEmpty())
        return m_instances;
    QStringList once = ids;
    once.removeDuplicates();
    QStringList missing;
    const QList<ClassicInstance> named = instancesFound(once, &missing);
    if (unknown && unknown->isEmpty() && !missing.isEmpty())
        *unknown = missing.first();
    return named;
}

QList<ClassicInstance> Inventory::instancesFound(const QStringList &ids, QStringList *unknown) const
{
    QList<ClassicInstance> found;
    for (const QString &id : ids) {
        if (const std::optional<ClassicInstance> one = instance(id))
            found.append(*one);
        else
            unknown->append(id);
    }
    return found;
}

std::optional<Vpc> Inventory::vpc(const QString &id) const
{
    const auto found =
        std::find_if(m_vpcs.cbegin(), m_vpcs.cend(), [&id](const Vpc &vpc) { return vpc.id == id; });
    return found == m_vpcs.cend() ? std::nullopt : std::optional<Vpc>(*found);
}

} // namespace clm
