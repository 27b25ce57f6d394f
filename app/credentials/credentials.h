// The AccessKey pair (and optional STS token) that signs requests. Held in memory only; see SecretStore
// for where secrets are kept between runs.
#pragma once

#include <QString>

namespace clm {

struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

// Credentials from ALIBABA_CLOUD_* (or ALIBABACLOUD_*, ALICLOUD_*) variables; empty fields where unset.
Credentials credentialsFromEnvironment();
QString regionFromEnvironment();

} // namespace clm
