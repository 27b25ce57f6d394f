// Every region of several accounts at once: one FleetScan per account, each through a client of its own
// (its own key, endpoint, rate limit and concurrency), all in parallel. Saved accounts have their secrets
// read from the keychain first; one whose secret cannot be read is listed with the reason. What
// `classiclink scan` prints and the desktop's overview shows; the export formats are in overviewreport.h.
#pragma once

#include "credentials/account.h"
#include "credentials/profile.h"
#include "fleetscan.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace clm {

class AccountDirectory;
struct ClientSettings;

struct AccountScan
{
    QString account;           // the account's name, as the user knows it
    FleetScan *scan = nullptr; // null: not scanned (`failure` says why)
    QString failure;

    bool isComplete() const { return scan && scan->isComplete(); }
};

class FleetOverview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetOverview)

public:
    // How an account's client is set up: the front end's timeouts, limits and CA bundle, with the
    // account's endpoint and signature version where the front end does not impose its own.
    using SettingsFor = std::function<ClientSettings(const Account &account)>;
    FleetOverview(QNetworkAccessManager *network, SettingsFor settingsFor, QObject *parent = nullptr);
    ~FleetOverview() override;

    // Scans `accounts` and the saved `profiles` (secrets read through `directory`), in that order;
    // `regions` empty: every region each account's DescribeRegions lists. A running scan is cancelled.
    void start(const QList<Account> &accounts, const QList<Profile> &profiles, AccountDirectory *directory,
               const QStringList &regions);
    // Stops every scan; what was read stays in scans(), the cells not read yet stay Pending.
    void cancel();

    const QList<AccountScan> &scans() const { return m_scans; }
    bool isRunning() const { return m_running; }
    bool isComplete() const; // finished, and every cell of every account read
    // Cells settled / cells known so far (regions of accounts still listing theirs are not counted yet).
    int cellsDone() const;
    int cellsRead() const; // of those done, the ones read
    int cellsTotal() const;

signals:
    void accountsChanged(); // an account was added to scans() or its regions became known
    void cellChanged(int account, int cell);
    void finished();

private:
    void launch(int index, const Account &account);
    void accountDone();
    void stopScans();
    int countCells(const std::function<bool(const ScanCell &)> &which) const;

    QNetworkAccessManager *m_network;
    SettingsFor m_settingsFor;
    QList<AccountScan> m_scans;
    QStringList m_regions;
    int m_pending = 0;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace clm
