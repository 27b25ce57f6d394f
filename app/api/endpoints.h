// Where each product's API lives for a region: the documented defaults, what DescribeRegions reported,
// or one override for the whole session (the sandbox, a private cloud).
#pragma once

#include "apirequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace clm {

class Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(clm::Endpoints)

public:
    Endpoints() = default;
    explicit Endpoints(QUrl override)
        : m_override(std::move(override))
    {}

    QUrl endpointFor(Product product, const QString &regionId) const;
    // From DescribeRegions: used only when it is a host name under aliyuncs.com.
    void setRegionEndpoint(const QString &regionId, const QString &host);

    // Plain HTTP is allowed to loopback addresses only; everything else must be HTTPS; never with a user
    // name or password in the URL.
    static bool isAllowedEndpoint(const QUrl &url);
    // Empty when `url` is allowed, else the sentence saying what to give instead.
    static QString endpointProblem(const QUrl &url);
    // An endpoint typed by a person: the URL, or an empty one and `error` saying what to give instead.
    static QUrl parseEndpoint(const QString &text, QString *error);
    // The documented Alibaba Cloud API domains (aliyuncs.com); a signed request to any other host (but
    // this computer's own) deserves a warning.
    static bool isAlibabaCloudHost(const QString &host);
    static bool isLoopback(const QString &host);
    // Region IDs look like cn-hangzhou or ap-southeast-1.
    static bool isWellFormedRegionId(const QString &regionId);

private:
    QUrl m_override;
    QHash<QString, QString> m_ecsRegionHosts;
};

} // namespace clm
