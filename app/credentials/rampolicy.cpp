#include "rampolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clm {

QStringList requiredRamActions()
{
    return {QStringLiteral("ecs:DescribeRegions"),
            QStringLiteral("ecs:DescribeInstances"),
            QStringLiteral("ecs:DescribeClassicLinkInstances"),
            QStringLiteral("ecs:AttachClassicLinkVpc"),
            QStringLiteral("ecs:DetachClassicLinkVpc"),
            QStringLiteral("vpc:DescribeVpcs"),
            QStringLiteral("vpc:DescribeVpcAttribute"),
            QStringLiteral("vpc:EnableVpcClassicLink"),
            QStringLiteral("vpc:DisableVpcClassicLink")};
}

QString requiredRamPolicy()
{
    QJsonArray ecs;
    QJsonArray vpc;
    for (const QString &action : requiredRamActions())
        (action.startsWith(QLatin1String("ecs:")) ? ecs : vpc).append(action);
    const QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("1")},
                             {QStringLiteral("Statement"),
                              QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                                     {QStringLiteral("Action"), ecs},
                                                     {QStringLiteral("Resource"), QStringLiteral("*")}},
                                         QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                                     {QStringLiteral("Action"), vpc},
                                                     {QStringLiteral("Resource"), QStringLiteral("*")}}}}};
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented));
}

} // namespace clm
