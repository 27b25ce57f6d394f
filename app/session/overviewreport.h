// The overview's figures and its exports: CSV (one row per classic instance), JSON (every account and
// region, read or not, with the reason), and a short Markdown summary to paste into a ticket. Account names,
// region and resource IDs only: nothing secret.
#pragma once

#include "fleetoverview.h"

#include <QCoreApplication>
#include <QDateTime>

namespace clm {

// The figures of one region, or the sum of several.
struct OverviewFigures
{
    int classic = 0;
    int running = 0;
    int stopped = 0;
    int other = 0;
    int linked = 0;
    int locked = 0;
    int classicLinkVpcs = 0;
    int trafficBothWays = 0;
    bool trafficKnown = true; // false when a region's security groups could not be read
    MoveCounts move;          // readiness to move into the VPC each instance is linked to
    bool moveKnown = true;    // false when a region's move facts could not be read

    int notLinked() const { return classic - linked; }
    // A region without classic instances is not loaded in full: its VPCs and traffic are not counted.
    static bool vpcsCounted(const ScanCell &cell) { return !cell.instances.isEmpty(); }
    static OverviewFigures of(const ScanCell &cell);
    OverviewFigures &operator+=(const OverviewFigures &other);
};

class OverviewReport
{
    Q_DECLARE_TR_FUNCTIONS(clm::OverviewReport)

public:
    enum class Format
    {
        Csv,
        Json,
        Markdown,
    };

    static QByteArray csv(const QList<AccountScan> &scans);
    static QByteArray json(const QList<AccountScan> &scans, const QDateTime &when);
    static QString markdown(const QList<AccountScan> &scans, const QDateTime &when);
    static QByteArray render(Format format, const QList<AccountScan> &scans, const QDateTime &when);
    // Writes atomically; an empty string on success, else the reason.
    static QString save(Format format, const QList<AccountScan> &scans, const QString &path);

    // Why a cell or an account was not read, in words (with the cloud's code when there is one).
    static QString unreadReason(const ScanCell &cell);
    static QString unreadReason(const ApiResult &failure);
    static QString unreadReason(const AccountScan &scan);
    // The sum of the read cells of one account.
    static OverviewFigures totals(const AccountScan &scan);
};

} // namespace clm
