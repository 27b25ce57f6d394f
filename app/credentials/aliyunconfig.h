// Reads the aliyun CLI's ~/.aliyun/config.json (never writes it) so its users can bring their profiles
// over. AK and StsToken profiles can be imported; other modes are listed with the reason they are not.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clm {

struct AliyunCliProfile
{
    QString name;
    QString mode;
    QString accessKeyId;
    QString accessKeySecret; // held in memory only until it moves into the keychain
    QString stsToken;
    QString regionId;
    bool importable = false;
    QString reason; // why not importable (localized)
};

struct AliyunCliConfig
{
    bool ok = false;
    QString error; // localized, when !ok
    QString current;
    QList<AliyunCliProfile> profiles;
};

class AliyunCliConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(clm::AliyunCliConfigReader)

public:
    static QString defaultPath();
    static AliyunCliConfig parse(const QByteArray &json);
    static AliyunCliConfig read(const QString &path);
};

} // namespace clm
