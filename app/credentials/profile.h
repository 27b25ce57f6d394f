// A saved account: everything except its secrets, which live in the keychain under secretKey() and
// tokenKey(). Profiles are kept in the shared settings so the desktop app and `classiclink` see the same.
#pragma once

#include "signing/requestsigner.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <memory>

class QSettings;

namespace clm {

struct Profile
{
    QString id; // stable across renames; names the keychain entries
    QString name;
    QString accessKeyId;
    QString defaultRegion = QStringLiteral("cn-hangzhou");
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QUrl endpoint;  // empty: the public endpoints
    QString colour; // "#rrggbb" label, e.g. red for production; empty for none
    bool hasSecurityToken = false;

    QString secretKey() const { return QStringLiteral("profile/%1/access-key-secret").arg(id); }
    QString tokenKey() const { return QStringLiteral("profile/%1/security-token").arg(id); }
};

// The settings file shared by classiclink-manager and classiclink.
std::unique_ptr<QSettings> openSettings();

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(clm::ProfileStore)

public:
    static QList<Profile> load(QSettings &settings);
    static void save(QSettings &settings, const QList<Profile> &profiles);
    static std::optional<Profile> find(const QList<Profile> &profiles, const QString &name);
    // Empty when the profile may be saved next to `others` (which may contain it, by id).
    static QString validate(const Profile &profile, const QList<Profile> &others);
    static Profile create(const QString &name);
};

} // namespace clm
