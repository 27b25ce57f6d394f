// One HTTP attempt of one signed request: owns its QNetworkReply and its timeout, emits finished()
// exactly once, then deletes itself. Retrying and queueing are ApiClient's business.
#pragma once

#include "apiresult.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

class QNetworkAccessManager;

namespace clm {

struct JobOptions
{
    int timeoutMs = 30000;
    bool isWrite = false;
    QSslConfiguration sslConfiguration;
};

class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(QNetworkAccessManager *network, SignedRequest request, JobOptions options,
           QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    void cancel();

signals:
    void finished(const clm::ApiResult &result);

private:
    void onFinished();
    void finish(ApiResult result);

    QNetworkAccessManager *m_network;
    SignedRequest m_request;
    JobOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

// Whether a transport error certainly happened before the request reached the server.
bool isErrorBeforeSending(QNetworkReply::NetworkError error);
// Fills httpStatus, RequestId, Code, Message, ... and the error kind from an HTTP answer.
void interpretHttpAnswer(ApiResult &result, const QByteArray &body, bool isWrite);

} // namespace clm
