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
    void setRegionEndpoint(const QString &regionId, const QString &host); // from DescribeRegions

    // Plain HTTP is allowed to loopback addresses only; everything else must be HTTPS.
    static bool isAllowedEndpoint(const QUrl &url);
    // An endpoint typed by a person: the URL, or an invalid one and `error` saying what to give instead.
    static QUrl parseEndpoint(const QString &text, QString *error);
    static bool isLoopback(const QString &host);
    // Region IDs look like cn-hangzhou or ap-southeast-1.
    static bool isWellFormedRegionId(const QString &regionId);

private:
    QUrl m_override;
    QHash<QString, QString> m_ecsRegionHosts;
};

} // namespace clm
