// Writes the session's operations to CSV or JSON for change records and support tickets, and renders an
// operation as the equivalent aliyun CLI command. No secret is ever part of an operation.
#pragma once

#include "operation.h"

#include <QList>
#include <QUrl>

namespace clm {

enum class ExportFormat
{
    Csv,
    Json
};

// One CSV field: quoted when it must be, and with a leading apostrophe when a spreadsheet would run it as a
// formula.
QString csvField(QString value);

QByteArray exportOperations(const QList<Operation> &operations, ExportFormat format);
// Writes atomically; returns an empty string on success, else the reason.
QString saveOperations(const QList<Operation> &operations, ExportFormat format, const QString &path);
QString aliyunCliCommand(const Operation &operation, const QUrl &endpointOverride = {});

} // namespace clm
