#include "credentials.h"

#include <QtGlobal>

namespace clm {

namespace {

// aliyun-cli's order: the first non-empty of ALIBABA_CLOUD_*, ALIBABACLOUD_*, ALICLOUD_*.
QString firstOf(const char *suffix)
{
    for (const char *prefix : {"ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"}) {
        const QString value = qEnvironmentVariable(QByteArray(QByteArray(prefix) + suffix).constData());
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

Credentials credentialsFromEnvironment()
{
    return Credentials{firstOf("ACCESS_KEY_ID"), firstOf("ACCESS_KEY_SECRET"), firstOf("SECURITY_TOKEN")};
}

QString regionFromEnvironment()
{
    return firstOf("REGION_ID");
}

} // namespace clm
