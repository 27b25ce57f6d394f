// An in-process ecs-sandbox on loopback and a client aimed at it, for integration tests.
#pragma once

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/responseparser.h"
#include "cloud/cloudclient.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace clm::test {

inline const Credentials kAdmin{QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}};
inline const Credentials kReadOnly{
    QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"), {}};

struct SandboxHarness
{
    sandbox::SandboxServer server;
    QNetworkAccessManager network;
    ApiClient client{&network};
    CloudClient cloud{&client};

    explicit SandboxHarness(SignatureVersion version = SignatureVersion::V3,
                            HttpMethod method = HttpMethod::Post)
    {
        if (!server.start())
            qFatal("cannot start the sandbox");
        configure(version, method);
        client.setCredentials(kAdmin);
    }

    void configure(SignatureVersion version, HttpMethod method, int timeoutMs = 10000)
    {
        ClientSettings settings;
        settings.endpointOverride = server.baseUrl();
        settings.signatureVersion = version;
        settings.method = method;
        settings.timeoutMs = timeoutMs;
        settings.retry.baseDelayMs = 10;
        client.setSettings(settings);
    }

    // Sends one request and waits for its result.
    ApiResult call(const ApiRequest &request, int timeoutMs = 15000)
    {
        ApiCall *call = client.send(request);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(timeoutMs))
            return {};
        return spy.first().first().value<ApiResult>();
    }

    template<typename T, typename Start>
    static CloudResult<T> await(Start start, int timeoutMs = 30000)
    {
        CloudResult<T> out;
        bool done = false;
        start([&](const CloudResult<T> &result) {
            out = result;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
            out.result.diagnostic = QStringLiteral("timed out waiting for the result");
        return out;
    }

    ApiResult write(const ApiRequest &request) { return call(request); }
};

inline ApiRequest ecsRead(const char *action, QMap<QString, QString> params)
{
    return ApiRequest{Product::Ecs, QLatin1String(action), {}, std::move(params), false};
}

} // namespace clm::test
