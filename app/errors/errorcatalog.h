// Turns any failed call into words a person can act on: a title, what happened and what to do, in the
// current UI language. The cloud's Code picks the entry (and its Message, where one Code means several
// things); transport failures are described from the error kind. Nothing here ever shows errorString().
#pragma once

#include "api/apiresult.h"

#include <QCoreApplication>
#include <QString>

namespace clm {

struct ErrorText
{
    QString title;
    QString explanation;
    QString remedy;
    bool known = true; // false: an unknown Code, shown with the server's own Code and Message
};

class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(clm::ErrorCatalog)

public:
    static ErrorText describe(const ApiResult &result);
    static ErrorText describeCode(const QString &code, const QString &message = {});
    // The raw facts support asks for, one "Label: value" line each: HTTP status, Code, Message, RequestId,
    // attempts, and whether the outcome is unknown.
    static QStringList facts(const ApiResult &result);
    // One translated sentence for a QNetworkReply::NetworkError.
    static QString networkErrorText(int networkError);
    // Every Code the catalog knows, with a Message where it tells meanings apart (for tests and docs).
    static QList<QPair<QString, QString>> knownCodes();

private:
    static ErrorText describeByCode(const QString &code, const QString &message);
};

} // namespace clm
