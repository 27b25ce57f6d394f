// The account the GUI tests sign in with: the in-process sandbox's admin key (or another of its keys), in
// cn-hangzhou, with the sandbox's address as the endpoint.
#pragma once

#include "credentials/account.h"

#include <QUrl>

namespace clm::test {

inline Account sandboxAccount(const QUrl &endpoint, const QString &keyId = QStringLiteral("sandbox-admin"),
                              const QString &secret = QStringLiteral("sandbox-admin-secret"))
{
    Account account;
    account.name = QStringLiteral("Sandbox");
    account.source = Account::Source::Sandbox;
    account.credentials = Credentials{keyId, secret, {}};
    account.defaultRegion = QStringLiteral("cn-hangzhou");
    account.endpointOverride = endpoint;
    return account;
}

} // namespace clm::test
