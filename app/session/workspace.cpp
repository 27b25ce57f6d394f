#include "workspace.h"

#include "cloud/regionnames.h"

#include <QLoggingCategory>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSession, "clm.session", QtInfoMsg)

namespace clm {

Workspace::Workspace(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_client(network)
{
    // A load answers up to a thousand requests a second; the window hears of its progress at most every
    // 100 ms (the first and the latest count), not once per request.
    m_progressTick.setSingleShot(true);
    m_progressTick.setInterval(100);
    connect(&m_progressTick, &QTimer::timeout, this, [this] {
        if (std::exchange(m_progressPending, false))
            emit loadingProgress(m_progress.first, m_progress.second);
    });
    connect(&m_inventory, &Inventory::progress, this, [this](int done, int total) {
        m_progress = {done, total};
        m_progressPending = done > 0 && m_progressTick.isActive(); // a load's start is shown at once
        if (!m_progressPending) {
            m_progressTick.start();
            emit loadingProgress(done, total);
        }
    });
    // Rows appear page by page: the first page of a load replaces what the table showed, the others are
    // added to it (the views keep their sorting and selection), at most every 100 ms: a hundred pages a
    // second would otherwise lay out and paint the table a hundred times. Links are shown once all pages
    // are in.
    m_rowsTick.setSingleShot(true);
    m_rowsTick.setInterval(100);
    connect(&m_rowsTick, &QTimer::timeout, this, &Workspace::addPendingRows);
    connect(&m_inventory, &Inventory::instancesArrived, this,
            [this](const QList<ClassicInstance> &page, int loaded, int total) {
                m_rowsLoaded = {loaded, total};
                if (loaded == page.size()) { // a new load: its first rows at once
                    m_pendingRows.clear();
                    m_instanceModel.setInstances(page, false);
                    emit instancesArrived(loaded, total);
                    m_rowsTick.start();
                    return;
                }
                m_pendingRows += page;
                if (!m_rowsTick.isActive()) {
                    addPendingRows();
                    m_rowsTick.start();
                }
            });
    connect(&m_inventory, &Inventory::loaded, this, [this] {
        m_rowsTick.stop();
        addPendingRows();
        stopProgress();
        m_vpcModel.setVpcs(m_inventory.vpcs());
        m_instanceModel.setLinksKnown(m_inventory.instances());
        m_hasInventory = true;
        qCDebug(lcSession).noquote() << "loaded" << m_regionId << "from"
                                     << m_client.endpoints().endpointFor(Product::Ecs, m_regionId).toString();
        emit inventoryLoaded();
        readTraffic();
    });
    connect(&m_inventory, &Inventory::linksRefreshed, this, [this](const QStringList &ids) {
        m_instanceModel.updateLinks(m_inventory.instances(), ids);
        m_vpcModel.updateVpcs(m_inventory.vpcs());
        readTraffic();
    });
    connect(&m_inventory, &Inventory::failed, this, [this](const ApiResult &result) {
        stopProgress();
        dropInventory();
        emit inventoryFailed(result);
        settleBatch();
    });
    connect(&m_inventory, &Inventory::linksRefreshFailed, this, [this](const ApiResult &result) {
        emit linksRefreshFailed(result);
        settleBatch();
    });
}

void Workspace::setClientSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_client.setSettings(settingsFor(m_account));
}

ClientSettings Workspace::settingsFor(const Account &account) const
{
    ClientSettings settings = m_settings;
    settings.endpointOverride = account.endpointOverride;
    settings.signatureVersion = account.signatureVersion;
    return settings;
}

void Workspace::testConnection(const Account &account, QObject *context,
                               std::function<void(const ConnectionReport &)> done)
{
    auto *client = new ApiClient(m_network, this);
    client->setCredentials(account.credentials);
    ClientSettings settings = settingsFor(account);
    settings.retry.maxRetries = 0;
    client->setSettings(settings);
    clm::testConnection(client, m_network, context, [client, done](const ConnectionReport &report) {
        done(report);
        client->deleteLater();
    });
}

void Workspace::setAccount(const Account &account)
{
    m_inventory.cancel();
    if (m_batch)
        m_batch->cancel();
    m_account = account;
    m_client.setCredentials(account.credentials);
    setClientSettings(m_settings);
    m_regions.clear();
    m_regionId.clear();
    dropInventory();
    emit regionChanged(); // views of the last account close first
    if (m_preparation)
        m_preparation->cancel(); // it keeps its own client, and its next stage waits for nothing
}

void Workspace::loadRegions(const QString &acceptLanguage)
{
    if (m_regionsTask)
        m_regionsTask->cancel();
    m_regionsTask = m_cloud.describeRegions(acceptLanguage, [this](const CloudResult<QList<Region>> &result) {
        if (!result.ok()) {
            if (result.result.errorKind == ErrorKind::Cancelled)
                return;
            // The built-in list keeps the region picker usable; the failure is still reported.
            m_regions = RegionNames::builtin();
            emit regionsFailed(result.result);
            emit regionsLoaded();
            return;
        }
        m_regions = result.value;
        for (Region &region : m_regions) {
            if (region.localName.isEmpty())
                region.localName = RegionNames::localName(region.id);
            if (region.localName.isEmpty())
                region.localName = region.id;
        }
        emit regionsLoaded();
    });
}

void Workspace::setRegion(const QString &regionId)
{
    if (regionId == m_regionId && (m_inventory.isLoading() || m_inventory.regionId() == regionId))
        return;
    m_regionId = regionId;
    dropInventory();
    emit regionChanged();
    refresh();
}

void Workspace::refresh()
{
    if (m_regionId.isEmpty() || !hasAccount())
        return;
    stopTrafficRead(); // a Traffic read begun before answers for what this load replaces
    m_inventory.load(m_regionId);
}

QString Workspace::busyText() const
{
    return isPreparing() ? tr("A preparation of the move is running; it must end first.")
                         : tr("Another batch is still running.");
}

void Workspace::settleBatch()
{
    if (std::exchange(m_readingBack, false))
        emit batchSettled();
}

void Workspace::cancelLoading()
{
    if (!m_inventory.isLoading())
        return;
    m_inventory.cancel();
    stopProgress();
    dropInventory();
    ApiResult cancelled;
    cancelled.errorKind = ErrorKind::Cancelled;
    emit inventoryFailed(cancelled);
    settleBatch();
}

CloudTask *Workspace::checkEnable(const QString &vpcId, QObject *context, EnableCheck::Done done)
{
    return EnableCheck::run(&m_cloud, m_regionId, vpcId, context, std::move(done));
}

void Workspace::readTraffic()
{
    // Read after the tables are filled, so the links show at once; a newer load or region wins.
    stopTrafficRead();
    const int generation = m_trafficGeneration;
    m_instanceModel.setTraffic({}, false);
    m_vpcModel.setTraffic({});
    m_trafficRead = Traffic::read(
        &m_cloud, m_regionId, m_inventory.instances(), m_inventory.vpcs(), this,
        [this, generation](const Traffic::States &states, const ApiResult &result) {
            if (generation != m_trafficGeneration || !m_hasInventory)
                return;
            m_instanceModel.setTraffic(Traffic::settled(m_inventory.instances(), states, result), true);
            m_vpcModel.setTraffic(result.ok() ? Traffic::countByVpc(m_inventory.instances(), states)
                                              : QHash<QString, TrafficCounts>{});
            emit trafficRead(result);
            settleBatch();
        });
}

void Workspace::stopTrafficRead()
{
    ++m_trafficGeneration;
    if (m_trafficRead)
        m_trafficRead->cancel();
}

void Workspace::stopProgress()
{
    m_progressTick.stop();
    m_progressPending = false;
}

void Workspace::addPendingRows()
{
    if (m_pendingRows.isEmpty())
        return;
    m_instanceModel.appendInstances(std::exchange(m_pendingRows, {}));
    emit instancesArrived(m_rowsLoaded.first, m_rowsLoaded.second);
}

void Workspace::dropInventory()
{
    // Rows of a load that did not finish (or of an earlier one) are not shown as if they were current.
    m_hasInventory = false;
    m_rowsTick.stop();
    m_pendingRows.clear();
    stopTrafficRead();
    m_instanceModel.setInstances({});
    m_vpcModel.setVpcs({});
}

ClassicLinkBatch *Workspace::startBatch(ClassicLinkBatch::Kind kind, const QString &vpcId,
                                        const QStringList &instanceIds, QString *error)
{
    return launch(
        [&](CloudClient *cloud) {
            return std::make_unique<ClassicLinkBatch>(cloud, kind, m_regionId, vpcId, instanceIds, this);
        },
        error);
}

ClassicLinkBatch *Workspace::startRuleBatch(bool authorize, const QString &vpcId,
                                            const QList<GroupRule> &rules, QString *error)
{
    const auto kind =
        authorize ? ClassicLinkBatch::Kind::AuthorizeRules : ClassicLinkBatch::Kind::RevokeRules;
    return launch(
        [&](CloudClient *cloud) {
            return ClassicLinkBatch::forRules(cloud, kind, m_regionId, vpcId, rules, this);
        },
        error);
}

ClassicLinkBatch *
Workspace::launch(const std::function<std::unique_ptr<ClassicLinkBatch>(CloudClient *)> &make, QString *error)
{
    if (isWriting()) {
        *error = busyText();
        return nullptr;
    }
    std::unique_ptr<ApiClient> client = batchClient();
    std::unique_ptr<ClassicLinkBatch> batch = make(new CloudClient(client.get(), client.get()));
    client.release()->setParent(batch.get());
    if (!m_account.isSandbox() && !batch->createLog(m_logDirectory, m_account.name,
                                                    m_account.credentials.accessKeyId, endpointText(), error))
        return nullptr;
    adoptBatch(batch.get())->start();
    return batch.release();
}

CloudTask *Workspace::readMove(const QString &vpcId, const QList<ClassicInstance> &instances,
                               MoveReader::Done done)
{
    return MoveReader::read(&m_cloud, m_regionId, vpcId, instances, std::move(done));
}

MovePreparation *Workspace::prepareMove(const QString &vpcId, const QList<ClassicInstance> &instances,
                                        PrepareParts parts, const MovePreparation::Blocks &blocks)
{
    if (isWriting())
        return nullptr;
    // Like a batch, the preparation keeps the account that started it: a client of its own, which its
    // reads and each stage's batch use, and the account each stage's log names.
    std::unique_ptr<ApiClient> client = batchClient();
    auto *cloud = new CloudClient(client.get(), client.get());
    const bool logged = !m_account.isSandbox();
    const QStringList account{m_account.name, m_account.credentials.accessKeyId, endpointText()};
    auto launch = [this, cloud, logged, account](const QList<Operation> &operations,
                                                 QString *error) -> ClassicLinkBatch * {
        if (m_batch && !m_batch->isFinished()) {
            *error = tr("Another batch is still running.");
            return nullptr;
        }
        std::unique_ptr<ClassicLinkBatch> batch = ClassicLinkBatch::fromOperations(cloud, operations, this);
        if (logged && !batch->createLog(m_logDirectory, account.at(0), account.at(1), account.at(2), error))
            return nullptr;
        ClassicLinkBatch *adopted = adoptBatch(batch.release());
        emit preparationStage(adopted);
        return adopted;
    };
    m_preparation = new MovePreparation(cloud, m_regionId, vpcId, instances, parts, blocks, launch, this);
    client.release()->setParent(m_preparation);
    connect(m_preparation, &MovePreparation::finished, m_preparation, &QObject::deleteLater);
    connect(m_preparation, &QObject::destroyed, this, &Workspace::preparationChanged);
    emit preparationChanged();
    return m_preparation;
}

CloudTask *Workspace::readSecurityGroups(const QSet<QString> &groupIds, const QSet<QString> &vpcIds,
                                         QObject *context, Traffic::GroupsDone done)
{
    return Traffic::readGroups(&m_cloud, m_regionId, groupIds, vpcIds, context, std::move(done));
}

QList<LoggedBatch> Workspace::interruptedBatches() const
{
    if (!hasAccount() || m_account.isSandbox())
        return {};
    return OperationLog::interrupted(m_logDirectory, m_account.credentials.accessKeyId, endpointText());
}

ClassicLinkBatch *Workspace::resumeBatch(const QString &path, bool sendRemaining, QString *error)
{
    if (isWriting()) {
        *error = busyText();
        return nullptr;
    }
    std::unique_ptr<ApiClient> client = batchClient();
    ClassicLinkBatch *batch =
        ClassicLinkBatch::fromLog(new CloudClient(client.get(), client.get()), path, error, this);
    if (!batch)
        return nullptr;
    client.release()->setParent(batch);
    adoptBatch(batch)->resume(sendRemaining);
    return batch;
}

std::unique_ptr<ApiClient> Workspace::batchClient() const
{
    // A batch signs with the account that started it until its last read-back, even when the user
    // switches accounts meanwhile: it has a client of its own with that account's key and endpoint.
    auto client = std::make_unique<ApiClient>(m_network);
    client->setCredentials(m_client.credentials());
    client->setSettings(m_client.settings());
    client->endpoints() = m_client.endpoints();
    return client;
}

ClassicLinkBatch *Workspace::adoptBatch(ClassicLinkBatch *batch)
{
    m_batch = batch;
    connect(batch, &ClassicLinkBatch::operationChanged, this, [this](const Operation &operation) {
        const bool known =
            std::any_of(m_operationModel.operations().cbegin(), m_operationModel.operations().cend(),
                        [&operation](const Operation &o) { return o.id == operation.id; });
        if (known)
            m_operationModel.update(operation);
        else
            m_operationModel.append(operation);
        // The cloud says the VPC is full: it shows so, and the preflight refuses it, until the next load.
        if (operation.state == OperationState::Failed &&
            operation.result.code == QLatin1String("QuotaExceeded") && operation.regionId == m_regionId) {
            m_inventory.markQuotaReached(operation.vpcId);
            m_vpcModel.updateVpcs(m_inventory.vpcs());
        }
    });
    connect(batch, &ClassicLinkBatch::finished, this, [this, batch] {
        // The affected rows are read back from the cloud, not assumed.
        const ClassicLinkBatch::Kind kind = batch->kind();
        m_readingBack = true;
        if (batch->operations().first().regionId != m_regionId) {
            // A resumed batch of another region: nothing shown here changed.
            settleBatch();
        } else if (kind == ClassicLinkBatch::Kind::Attach || kind == ClassicLinkBatch::Kind::Detach) {
            // A Traffic read begun before the links changed would answer for the old links: it is
            // dropped, and the read that follows the links' read-back is the one shown.
            stopTrafficRead();
            m_inventory.refreshLinks(batch->instanceIds());
        } else if (kind == ClassicLinkBatch::Kind::CreateVSwitch ||
                   kind == ClassicLinkBatch::Kind::CreateSecurityGroup) {
            settleBatch(); // vSwitches and groups are not in the tables
        } else if (batch->changesRules()) {
            if (m_hasInventory)
                readTraffic();
            else
                settleBatch(); // nothing on screen to read again
        } else {
            refresh();
        }
        batch->deleteLater();
    });
    return batch;
}

} // namespace clm
