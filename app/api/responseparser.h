// Turns a cloud response body, JSON or XML (any root element), into one JSON object so that the typed
// layer reads both the same way. XML lists become arrays where an element repeats; a single child stays
// an object, so readers take "object or array" (see jsonList()).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace clm {

struct ParsedBody
{
    bool ok = false;
    QJsonObject object;
    QString error; // technical, for diagnostics
};

inline constexpr qsizetype kMaxResponseBytes = 32 * 1024 * 1024;
inline constexpr int kMaxXmlDepth = 128;

ParsedBody parseResponseBody(const QByteArray &body);

// Reads a wrapped list the cloud's way: obj[outer][inner], where inner may be an array, a single object
// or string (XML with one element), or absent/empty (an empty list).
QJsonArray jsonList(const QJsonObject &object, const QString &outer, const QString &inner);
qint64 jsonInt(const QJsonValue &value, qint64 fallback = 0);
bool jsonBool(const QJsonValue &value);
QString jsonString(const QJsonValue &value);

} // namespace clm
