#include "fleetoverview.h"

#include "api/apiclient.h"
#include "api/networksettings.h"
#include "credentials/accountdirectory.h"
#include "i18n/translations.h"

#include <QNetworkAccessManager>

namespace clm {

FleetOverview::FleetOverview(QNetworkAccessManager *network, SettingsFor settingsFor, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settingsFor(std::move(settingsFor))
{}

FleetOverview::~FleetOverview()
{
    stopScans();
}

void FleetOverview::start(const QList<Account> &accounts, const QList<Profile> &profiles,
                          AccountDirectory *directory, const QStringList &regions)
{
    stopScans();
    const int generation = m_generation;
    for (const AccountScan &scan : std::as_const(m_scans)) {
        if (scan.scan)
            scan.scan->parent()->parent()->deleteLater(); // its network manager, which owns its client
    }
    m_scans.clear();
    m_regions = regions;
    m_pending = int(accounts.size() + profiles.size());
    m_running = m_pending > 0;
    for (const Account &account : accounts)
        m_scans.append({account.name, nullptr, {}});
    for (const Profile &profile : profiles)
        m_scans.append({profile.name, nullptr, {}});
    emit accountsChanged();
    if (!m_running)
        return emit finished();
    for (int i = 0; i < int(accounts.size()); ++i)
        launch(i, accounts.at(i));
    for (int i = 0; i < int(profiles.size()); ++i) {
        const int index = int(accounts.size()) + i;
        directory->resolve(profiles.at(i), this,
                           [this, index, generation](SecretStore::Status status, const Account &account) {
                               if (generation != m_generation)
                                   return;
                               if (status == SecretStore::Status::Ok)
                                   return launch(index, account);
                               m_scans[index].failure = SecretStore::statusText(status);
                               emit accountsChanged();
                               accountDone();
                           });
    }
}

void FleetOverview::launch(int index, const Account &account)
{
    // Each account signs with its own key through its own client, so its rate limit and concurrency are
    // its own, as the cloud counts them; and it has connections of its own, since a network manager opens
    // at most six to one host and the accounts should not wait for each other's.
    auto *network = new QNetworkAccessManager(this);
    NetworkSettings::copyProxy(m_network, network);
    auto *client = new ApiClient(network, network);
    client->setCredentials(account.credentials);
    client->setSettings(m_settingsFor(account));
    auto *scan = new FleetScan(new CloudClient(client, client), client);
    m_scans[index].scan = scan;
    connect(scan, &FleetScan::cellsKnown, this, &FleetOverview::accountsChanged);
    connect(scan, &FleetScan::cellChanged, this, [this, index](int cell) { emit cellChanged(index, cell); });
    connect(scan, &FleetScan::finished, this, &FleetOverview::accountDone);
    scan->start(m_regions, acceptLanguage());
}

void FleetOverview::accountDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    emit finished();
}

void FleetOverview::stopScans()
{
    ++m_generation;
    for (const AccountScan &scan : std::as_const(m_scans)) {
        if (scan.scan) {
            scan.scan->disconnect(this);
            scan.scan->cancel();
        }
    }
}

void FleetOverview::cancel()
{
    // The figures read so far stay until the next start replaces them; the cells still pending stay so.
    stopScans();
    const bool wasRunning = m_running;
    m_running = false;
    m_pending = 0;
    if (wasRunning)
        emit finished();
}

bool FleetOverview::isComplete() const
{
    return !m_running && !m_scans.isEmpty() &&
           std::all_of(m_scans.cbegin(), m_scans.cend(),
                       [](const AccountScan &scan) { return scan.isComplete(); });
}

int FleetOverview::cellsDone() const
{
    return countCells([](const ScanCell &cell) { return cell.state != ScanCell::State::Pending; });
}

int FleetOverview::cellsRead() const
{
    return countCells([](const ScanCell &cell) { return cell.state == ScanCell::State::Read; });
}

int FleetOverview::countCells(const std::function<bool(const ScanCell &)> &which) const
{
    int count = 0;
    for (const AccountScan &scan : m_scans) {
        if (!scan.scan)
            continue;
        for (const ScanCell &cell : scan.scan->cells())
            count += which(cell);
    }
    return count;
}

int FleetOverview::cellsTotal() const
{
    int total = 0;
    for (const AccountScan &scan : m_scans) {
        if (scan.scan)
            total += int(scan.scan->cells().size());
    }
    return total;
}

} // namespace clm
