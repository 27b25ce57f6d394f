// Small helpers shared by the files that implement CloudClient's calls (cloudclient.cpp,
// move/movecalls.cpp): a string field of an answer, and a read request. Not part of any interface.
#pragma once

#include "api/apirequest.h"
#include "api/responseparser.h"

#include <QJsonObject>
#include <QMap>

namespace clm::cloudjson {

inline QString str(const QJsonObject &object, const char *key)
{
    return jsonString(object.value(QLatin1String(key)));
}

inline ApiRequest read(Product product, const char *action, QMap<QString, QString> params)
{
    return ApiRequest{product, QLatin1String(action), {}, std::move(params), false};
}

} // namespace clm::cloudjson
