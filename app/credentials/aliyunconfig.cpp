#include "aliyunconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clm {

QString AliyunCliConfigReader::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
}

AliyunCliConfig AliyunCliConfigReader::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {false,
                tr("There is no aliyun CLI configuration at %1.").arg(QDir::toNativeSeparators(path)),
                {},
                {}};
    if (file.size() > 4 * 1024 * 1024)
        return {false,
                tr("%1 is too large to be an aliyun CLI configuration.").arg(QDir::toNativeSeparators(path)),
                {},
                {}};
    if (!file.open(QIODevice::ReadOnly))
        return {false,
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                {},
                {}};
    return parse(file.readAll());
}

AliyunCliConfig AliyunCliConfigReader::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {false, tr("The aliyun CLI configuration is not valid JSON; nothing was imported."), {}, {}};
    const QJsonObject root = document.object();
    const QJsonValue profilesValue = root.value(QLatin1String("profiles"));
    if (!profilesValue.isArray())
        return {
            false, tr("The aliyun CLI configuration has no list of profiles; nothing was imported."), {}, {}};

    AliyunCliConfig config;
    config.ok = true;
    config.current = root.value(QLatin1String("current")).toString();
    for (const QJsonValue &value : profilesValue.toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        AliyunCliProfile profile;
        profile.name = object.value(QLatin1String("name")).toString();
        profile.mode = object.value(QLatin1String("mode")).toString();
        profile.accessKeyId = object.value(QLatin1String("access_key_id")).toString();
        profile.accessKeySecret = object.value(QLatin1String("access_key_secret")).toString();
        profile.stsToken = object.value(QLatin1String("sts_token")).toString();
        profile.regionId = object.value(QLatin1String("region_id")).toString();
        if (profile.name.isEmpty())
            continue;
        if (profile.mode == QLatin1String("AK") || profile.mode == QLatin1String("StsToken")) {
            profile.importable = !profile.accessKeyId.isEmpty() && !profile.accessKeySecret.isEmpty() &&
                                 (profile.mode == QLatin1String("AK") || !profile.stsToken.isEmpty());
            if (!profile.importable)
                profile.reason = tr("The profile has no complete AccessKey.");
        } else if (profile.mode.isEmpty()) {
            profile.reason = tr("The profile has no mode.");
        } else {
            profile.reason = tr("Mode %1 gets its credentials at run time (roles, SSO, external programs); "
                                "ClassicLink Manager signs only with an AccessKey or an STS token.")
                                 .arg(profile.mode);
        }
        config.profiles.append(profile);
    }
    return config;
}

} // namespace clm
