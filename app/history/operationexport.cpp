#include "operationexport.h"

#include "cloud/cloudclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace clm {

namespace {

const QStringList kFields{
    QStringLiteral("time"),       QStringLiteral("action"),  QStringLiteral("region"),
    QStringLiteral("instance"),   QStringLiteral("vpc"),     QStringLiteral("securityGroup"),
    QStringLiteral("rule"),       QStringLiteral("outcome"), QStringLiteral("verifiedByReadBack"),
    QStringLiteral("httpStatus"), QStringLiteral("code"),    QStringLiteral("message"),
    QStringLiteral("requestId")};

// The rules of a security group call as the cloud's parameters spell them, e.g. "tcp 22/22 from sg-1
// priority 1", separated by "; "; where the call shows its rules apart (Operation::showsRulesApart), those
// that did not take effect end in " (not done)".
QString rulesText(const Operation &operation)
{
    QStringList rules;
    for (const RuleChange &change : operation.rules) {
        const SecurityRule &rule = change.rule;
        QString text = QStringLiteral("%1 %2 from %3 priority %4")
                           .arg(rule.ipProtocol.toLower(), rule.portRange,
                                rule.sourceGroupId.isEmpty() ? rule.sourceCidrIp : rule.sourceGroupId)
                           .arg(rule.priority);
        if (operation.showsRulesApart() && !change.done)
            text += QLatin1String(" (not done)");
        rules.append(text);
    }
    return rules.join(QLatin1String("; "));
}

QStringList values(const Operation &operation)
{
    return {operation.time.toUTC().toString(Qt::ISODate),
            apiAction(operation.kind),
            operation.regionId,
            operation.instanceId,
            operation.vpcId,
            operation.groupId,
            rulesText(operation),
            stateName(operation.state),
            operation.settledByReadBack ? QStringLiteral("true") : QStringLiteral("false"),
            operation.result.httpStatus > 0 ? QString::number(operation.result.httpStatus) : QString(),
            operation.result.code,
            operation.result.message,
            operation.result.requestId};
}

} // namespace

QString csvField(QString value)
{
    // Cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.
    if (value.startsWith(u'=') || value.startsWith(u'+') || value.startsWith(u'-') || value.startsWith(u'@'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value;
}

QByteArray exportOperations(const QList<Operation> &operations, ExportFormat format)
{
    if (format == ExportFormat::Json) {
        QJsonArray array;
        for (const Operation &operation : operations) {
            QJsonObject object;
            const QStringList row = values(operation);
            for (qsizetype i = 0; i < kFields.size(); ++i)
                object.insert(kFields.at(i), row.at(i));
            array.append(object);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString csv = kFields.join(u',') + QStringLiteral("\r\n");
    for (const Operation &operation : operations) {
        QStringList row = values(operation);
        for (QString &cell : row)
            cell = csvField(cell);
        csv += row.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QString saveOperations(const QList<Operation> &operations, ExportFormat format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Operations name accounts, instances and request IDs: the owner's to read, no one else's.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return file.errorString();
    const QByteArray data = exportOperations(operations, format);
    if (file.write(data) != data.size())
        return file.errorString();
    if (!file.commit())
        return file.errorString();
    return {};
}

namespace {

QString shellQuoted(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:/=@%+-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + u'\'';
}

} // namespace

QString aliyunCliCommand(const Operation &operation, const QUrl &endpointOverride)
{
    QStringList parts{QStringLiteral("aliyun"),
                      isVpcProductAction(operation.kind) ? QStringLiteral("vpc") : QStringLiteral("ecs"),
                      apiAction(operation.kind)};
    // The parameters it was sent with, from the one place that builds them (no ClientToken).
    const ApiRequest request = CloudClient::writeRequest(operation, QStringLiteral("-"));
    for (auto it = request.params.cbegin(); it != request.params.cend(); ++it) {
        if (it.key() != QLatin1String("ClientToken"))
            parts << QStringLiteral("--") + it.key() << it.value();
    }
    if (!endpointOverride.isEmpty())
        parts << QStringLiteral("--endpoint") << endpointOverride.toString();
    for (QString &part : parts)
        part = shellQuoted(part);
    return parts.join(u' ');
}

} // namespace clm
