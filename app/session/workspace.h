// The desktop's session: one account, one region, the inventory and the table models it fills, and the
// batches the user starts. Widgets never touch the client or the network; the command line uses the
// same cloud services (Inventory, ClassicLinkBatch, Preflight) without the models.
#pragma once

#include "cloud/classiclinkbatch.h"
#include "cloud/cloudclient.h"
#include "cloud/connectiontest.h"
#include "cloud/enablecheck.h"
#include "cloud/inventory.h"
#include "cloud/traffic.h"
#include "credentials/account.h"
#include "fleetoverview.h"
#include "models/instancetablemodel.h"
#include "models/operationtablemodel.h"
#include "models/vpctablemodel.h"
#include "move/movepreparation.h"
#include "move/movereader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace clm {

class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setAccount(const Account &account);
    const Account &account() const { return m_account; }
    QNetworkAccessManager *network() const { return m_network; }
    bool hasAccount() const { return m_account.credentials.isComplete(); }
    // Timeouts, limits, the CA bundle; the endpoint and signature version come from the account.
    void setClientSettings(const ClientSettings &settings);
    // Signs one DescribeRegions with `account` through the current network settings.
    void testConnection(const Account &account, QObject *context,
                        std::function<void(const ConnectionReport &)> done);

    // DescribeRegions in the given language (zh-CN, en-US).
    void loadRegions(const QString &acceptLanguage);
    const QList<Region> &regions() const { return m_regions; }
    void setRegion(const QString &regionId);
    const QString &regionId() const { return m_regionId; }
    void refresh();
    void cancelLoading();
    // Whether ClassicLink can be enabled on the VPC of the current region (see EnableCheck).
    CloudTask *checkEnable(const QString &vpcId, QObject *context, EnableCheck::Done done);
    bool isLoading() const { return m_inventory.isLoading(); }
    // The tables hold a whole, finished load of the current region (not one in progress, failed or
    // cancelled); a refresh keeps the last one on screen until its first page arrives.
    bool hasInventory() const { return m_hasInventory && !m_inventory.isLoading(); }

    // Starts a batch; its operations appear in the operations model as they change. Nothing is sent when
    // the batch's operation log cannot be written: `error` says why.
    ClassicLinkBatch *startBatch(ClassicLinkBatch::Kind kind, const QString &vpcId,
                                 const QStringList &instanceIds, QString *error);
    // Adds (`authorize`) or removes the security group rules that let linked instances and the VPC talk;
    // the Traffic column is read again when the batch ends.
    ClassicLinkBatch *startRuleBatch(bool authorize, const QString &vpcId, const QList<GroupRule> &rules,
                                     QString *error);
    // The move off the classic network: what the target VPC holds for these instances, and preparing it,
    // each stage a logged batch in the operations table like any other. The workspace owns the preparation
    // (one at a time; nullptr while one runs): start() it; it is deleted once finished, and cancelled
    // when the account changes.
    CloudTask *readMove(const QString &vpcId, const QList<ClassicInstance> &instances, MoveReader::Done done);
    MovePreparation *prepareMove(const QString &vpcId, const QList<ClassicInstance> &instances,
                                 PrepareParts parts, const MovePreparation::Blocks &blocks);
    // Reads the rules of the named groups and of every group in the VPCs of the current region.
    CloudTask *readSecurityGroups(const QSet<QString> &groupIds, const QSet<QString> &vpcIds,
                                  QObject *context, Traffic::GroupsDone done);
    // This account's batches that were cut short (a crash, a kill, the power), oldest first. The built-in
    // sandbox starts afresh each time, so its batches are not logged.
    QList<LoggedBatch> interruptedBatches() const;
    // Reads back the unsettled operations of the logged batch at `path`, settles those already done, and
    // sends the rest (`sendRemaining`) or records them as not sent.
    ClassicLinkBatch *resumeBatch(const QString &path, bool sendRemaining, QString *error);
    void setLogDirectory(const QString &directory) { m_logDirectory = directory; }
    ClassicLinkBatch *currentBatch() const { return m_batch; }
    bool isPreparing() const { return m_preparation && !m_preparation->isFinished(); }
    // A batch or a preparation is under way: no other write starts meanwhile.
    bool isWriting() const { return (m_batch && !m_batch->isFinished()) || isPreparing(); }
    // The last batch's changes are being read back (batchSettled follows).
    bool isReadingBack() const { return m_readingBack; }
    MovePreparation *currentPreparation() const { return m_preparation; }

    // Every account, every region: the overview's scan, each account through the current network settings.
    FleetOverview *overview() { return &m_overview; }

    InstanceTableModel *instances() { return &m_instanceModel; }
    VpcTableModel *vpcs() { return &m_vpcModel; }
    OperationTableModel *operations() { return &m_operationModel; }
    Inventory *inventory() { return &m_inventory; }

signals:
    void regionsLoaded();
    // Another account or region: what was shown of the last one is gone.
    void regionChanged();
    void regionsFailed(const clm::ApiResult &result);
    void loadingProgress(int done, int total);
    // The instance table holds `loaded` of the region's `total` classic instances (their links follow).
    void instancesArrived(int loaded, int total);
    // Reading links back after a batch failed: the tables stay as they were.
    void linksRefreshFailed(const clm::ApiResult &result);
    // The Traffic column has been read (result not ok: it says "Not known").
    void trafficRead(const clm::ApiResult &result);
    void inventoryLoaded();
    void inventoryFailed(const clm::ApiResult &result);
    // A batch has ended and what it changed has been read back from the cloud (or could not be read):
    // the tables now show the cloud's state after it.
    void batchSettled();
    // A preparation started or ended; a stage of it started its batch (about to start).
    void preparationChanged();
    void preparationStage(clm::ClassicLinkBatch *batch);

private:
    ClassicLinkBatch *adoptBatch(ClassicLinkBatch *batch);
    // Gives a new batch a client of its own, logs its plan (not for the sandbox) and starts it.
    ClassicLinkBatch *launch(const std::function<std::unique_ptr<ClassicLinkBatch>(CloudClient *)> &make,
                             QString *error);
    void dropInventory();
    void stopProgress(); // a load has ended: a count held back is not shown after it
    void readTraffic();
    void settleBatch();
    QString busyText() const; // why isWriting() refuses a write
    std::unique_ptr<ApiClient> batchClient() const;
    ClientSettings settingsFor(const Account &account) const;
    QString endpointText() const { return LoggedBatch::endpointText(m_account.endpointOverride); }

    QNetworkAccessManager *m_network;
    ApiClient m_client;
    CloudClient m_cloud{&m_client};
    Inventory m_inventory{&m_cloud};
    bool m_hasInventory = false;
    int m_trafficGeneration = 0;
    QPointer<CloudTask> m_trafficRead; // the Traffic read running, if any
    void stopTrafficRead(); // a read begun before answers for what has changed since: cancelled, ignored
    InstanceTableModel m_instanceModel;
    VpcTableModel m_vpcModel;
    OperationTableModel m_operationModel;
    Account m_account;
    ClientSettings m_settings;
    FleetOverview m_overview{m_network, [this](const Account &account) {
                                 return settingsFor(account);
                             }};
    QList<Region> m_regions;
    QString m_regionId;
    QPointer<CloudTask> m_regionsTask;
    QPointer<ClassicLinkBatch> m_batch;
    QPointer<MovePreparation> m_preparation;
    bool m_readingBack = false; // the last batch's read-back is under way
    QTimer m_rowsTick;          // rows reach the table at most once per interval
    QList<ClassicInstance> m_pendingRows;
    std::pair<int, int> m_rowsLoaded; // loaded, total
    void addPendingRows();
    QTimer m_progressTick; // loadingProgress at most once per interval
    std::pair<int, int> m_progress;
    bool m_progressPending = false;
    QString m_logDirectory = OperationLog::defaultDirectory();
};

} // namespace clm
