#include "profile.h"

#include "api/endpoints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace clm {

std::unique_ptr<QSettings> openSettings()
{
    auto settings =
        std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                    QStringLiteral("ClassicLink"), QStringLiteral("ClassicLink Manager"));
    // The file names accounts and AccessKey IDs (never a secret): owner-only, from its first write on.
    // QSettings replaces the file atomically and keeps the permissions it finds.
#ifndef Q_OS_WIN // the registry there, not a file
    const QString path = settings->fileName();
    if (!QFile::exists(path) && QDir().mkpath(QFileInfo(path).path())) {
        QFile::setPermissions(QFileInfo(path).path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
#endif
    return settings;
}

QList<Profile> ProfileStore::load(QSettings &settings)
{
    QList<Profile> profiles;
    const int count = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
        profile.defaultRegion =
            settings.value(QStringLiteral("defaultRegion"), profile.defaultRegion).toString();
        profile.signatureVersion =
            signatureVersionFromName(settings.value(QStringLiteral("signatureVersion")).toString())
                .value_or(SignatureVersion::V3);
        profile.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
        profile.colour = settings.value(QStringLiteral("colour")).toString();
        profile.hasSecurityToken = settings.value(QStringLiteral("hasSecurityToken"), false).toBool();
        if (!profile.id.isEmpty() && !profile.name.isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

void ProfileStore::save(QSettings &settings, const QList<Profile> &profiles)
{
    settings.remove(QStringLiteral("profiles"));
    settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), profile.id);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
        settings.setValue(QStringLiteral("defaultRegion"), profile.defaultRegion);
        settings.setValue(QStringLiteral("signatureVersion"), signatureVersionName(profile.signatureVersion));
        settings.setValue(QStringLiteral("endpoint"), profile.endpoint.toString());
        settings.setValue(QStringLiteral("colour"), profile.colour);
        settings.setValue(QStringLiteral("hasSecurityToken"), profile.hasSecurityToken);
    }
    settings.endArray();
    settings.sync();
}

std::optional<Profile> ProfileStore::find(const QList<Profile> &profiles, const QString &name)
{
    for (const Profile &profile : profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

Profile ProfileStore::create(const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QString ProfileStore::validate(const Profile &profile, const QList<Profile> &others)
{
    static const QRegularExpression keyIdPattern(QStringLiteral("^[A-Za-z0-9._-]{3,128}$"));
    const QString name = profile.name.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return tr("Give the account a name of at most 64 characters.");
    for (const Profile &other : others) {
        if (other.id != profile.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already an account named \"%1\".").arg(name);
    }
    if (!keyIdPattern.match(profile.accessKeyId).hasMatch())
        return tr("Enter the AccessKey ID: letters, digits, dots, dashes and underscores only.");
    if (!Endpoints::isWellFormedRegionId(profile.defaultRegion))
        return tr("Enter a region ID such as cn-hangzhou.");
    if (!profile.endpoint.isEmpty())
        if (const QString problem = Endpoints::endpointProblem(profile.endpoint); !problem.isEmpty())
            return problem;
    if (!profile.colour.isEmpty() &&
        !QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(profile.colour).hasMatch())
        return tr("The colour label must look like #d32f2f.");
    return {};
}

} // namespace clm
