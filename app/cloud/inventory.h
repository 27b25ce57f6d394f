// Everything the main window shows for one region, loaded in parallel and through every page: classic
// instances, their links, VPCs, and the ClassicLinkEnabled of the VPCs the caller wants. Cancelling or
// loading another region abandons the calls still running.
#pragma once

#include "cloudclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace clm {

class Inventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inventory)

public:
    explicit Inventory(CloudClient *cloud, QObject *parent = nullptr);

    // Instances, VPCs and links, with the ClassicLink flags of `flags` (the others are left unread).
    void load(const QString &regionId, const ClassicLinkFlags &flags = ClassicLinkFlags::all());
    // The requests load() starts with, and in words what follows from their answers (for --dry-run).
    static QList<ApiRequest> firstRequests(const QString &regionId);
    static QStringList followingRequests(const ClassicLinkFlags &flags = ClassicLinkFlags::all());
    // Reads the links of these instances again (after attach or detach) and updates the counts.
    void refreshLinks(const QStringList &instanceIds);
    void cancel();
    // The cloud said this VPC has no link quota left: it is shown and checked as full until the next load.
    void markQuotaReached(const QString &vpcId);

    bool isLoading() const { return m_loading; }
    const QString &regionId() const { return m_regionId; }
    const QList<ClassicInstance> &instances() const { return m_instances; }
    const QList<Vpc> &vpcs() const { return m_vpcs; }
    std::optional<ClassicInstance> instance(const QString &id) const;
    // The instances named, in that order, or every one when none is named. An ID this region has no classic
    // instance for is left out; `unknown` gets the first such ID.
    QList<ClassicInstance> instancesNamed(const QStringList &ids, QString *unknown = nullptr) const;
    // The instances of `ids` this region has, in that order; `unknown` gets the others.
    QList<ClassicInstance> instancesFound(const QStringList &ids, QStringList *unknown) const;
    std::optional<Vpc> vpc(const QString &id) const;
    QDateTime loadedAt() const { return m_loadedAt; }

signals:
    // Instances with their links and the VPCs together, then the wanted flags. `done` of `total` calls so
    // far; `total` grows as pages and the VPC list arrive.
    void progress(int done, int total);
    // A page of instances has arrived: `page` is new, `loaded` of `total` instances are in so far. Its
    // links are read now, and shown once every page is in.
    void instancesArrived(const QList<clm::ClassicInstance> &page, int loaded, int total);
    void loaded();
    void linksRefreshed(const QStringList &instanceIds);
    // Reading links back (refreshLinks) failed; what is shown stays as it was.
    void linksRefreshFailed(const clm::ApiResult &result);
    void failed(const clm::ApiResult &result);

private:
    void track(CloudTask *task);
    void fail(const ApiResult &result);
    void readLinks(int generation, const ClassicLinkFlags &flags, const QList<ClassicInstance> &page);
    void settleLinks(int generation, const ClassicLinkFlags &flags);
    void readFlags(int generation, const ClassicLinkFlags &flags);
    void settleIfDone();
    void applyLinks(const QList<ClassicLink> &links, const QStringList &instanceIds);

    CloudClient *m_cloud;
    QString m_regionId;
    QList<ClassicInstance> m_instances;
    QList<Vpc> m_vpcs;
    QList<QPointer<CloudTask>> m_tasks;
    QDateTime m_loadedAt;
    int m_generation = 0;
    bool m_loading = false;
    int m_pendingAttributes = 0;
    bool m_instancesDone = false;
    bool m_vpcsDone = false;
    bool m_linksDone = false;
    bool m_flagsAsked = false;  // the wanted flags are known from the links or asked for
    QList<ClassicLink> m_links; // read so far, applied once every page is in
    int m_linkReads = 0;        // pages whose links are still being read
    int m_callsDone = 0;
    int m_callsTotal = 0;
};

} // namespace clm
