// An account the app can work with in this session: who signs, where the requests go, and how.
#pragma once

#include "credentials.h"
#include "signing/requestsigner.h"

#include <QUrl>

namespace clm {

struct Account
{
    enum class Source
    {
        Sandbox,
        Environment,
        Session,
        Saved
    };

    QString name;
    Source source = Source::Session;
    QString profileId; // for Saved accounts
    QString colour;    // "#rrggbb" label shown in the toolbar; empty for none
    Credentials credentials;
    QString defaultRegion;
    QUrl endpointOverride; // empty: the documented endpoints
    SignatureVersion signatureVersion = SignatureVersion::V3;

    bool isSandbox() const { return source == Source::Sandbox; }
};

} // namespace clm
