// One RPC-style call to ECS or VPC, before signing: what to call and with which parameters.
#pragma once

#include <QMap>
#include <QString>

namespace clm {

enum class Product
{
    Ecs,
    Vpc
};

QString defaultApiVersion(Product product);
QString productName(Product product); // "ecs" / "vpc"

struct ApiRequest
{
    Product product = Product::Ecs;
    QString action;
    QString version;               // empty means the product's default
    QMap<QString, QString> params; // API parameters, not the common ones
    // A write changes cloud state; after an ambiguous failure it is never re-sent blindly.
    bool isWrite = false;
    // The next request of a chain waits for this one's answer (a NextToken page): it goes ahead of the
    // requests waiting for their turn, so a chain is not held back by a long queue.
    bool chained = false;

    QString effectiveVersion() const { return version.isEmpty() ? defaultApiVersion(product) : version; }
    QString regionId() const { return params.value(QStringLiteral("RegionId")); }
};

} // namespace clm
