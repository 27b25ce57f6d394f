#include "responseparser.h"

#include <QJsonDocument>
#include <QXmlStreamReader>

namespace clm {

namespace {

void insertRepeated(QJsonObject &object, const QString &name, const QJsonValue &value)
{
    const auto existing = object.constFind(name);
    if (existing == object.constEnd()) {
        object.insert(name, value);
        return;
    }
    QJsonArray array = existing->isArray() ? existing->toArray() : QJsonArray{*existing};
    array.append(value);
    object.insert(name, array);
}

// Reads the children of the current element; returns a string for a leaf, an object otherwise.
QJsonValue readXmlElement(QXmlStreamReader &xml, int depth, QString &error)
{
    if (depth > kMaxXmlDepth) {
        error = QStringLiteral("XML nested deeper than %1 levels").arg(kMaxXmlDepth);
        return {};
    }
    QJsonObject children;
    QString text;
    bool hasChildren = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            hasChildren = true;
            const QString name = xml.name().toString();
            const QJsonValue child = readXmlElement(xml, depth + 1, error);
            if (!error.isEmpty())
                return {};
            insertRepeated(children, name, child);
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return hasChildren ? QJsonValue(children) : QJsonValue(text.trimmed());
        default:
            break;
        }
    }
    error = xml.hasError() ? xml.errorString() : QStringLiteral("unexpected end of XML");
    return {};
}

ParsedBody parseXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (!xml.isStartElement())
        return {false, {}, xml.hasError() ? xml.errorString() : QStringLiteral("no XML root element")};
    QString error;
    const QJsonValue root = readXmlElement(xml, 1, error);
    if (!error.isEmpty())
        return {false, {}, error};
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return {false, {}, xml.errorString()};
    return {true, root.isObject() ? root.toObject() : QJsonObject{}, {}};
}

} // namespace

ParsedBody parseResponseBody(const QByteArray &body)
{
    if (body.size() > kMaxResponseBytes)
        return {false, {}, QStringLiteral("response of %1 bytes is larger than the limit").arg(body.size())};
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<'))
        return parseXml(trimmed);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {false, {}, parseError.errorString() + QStringLiteral(" at offset %1").arg(parseError.offset)};
    if (!document.isObject())
        return {false, {}, QStringLiteral("the response is not a JSON object")};
    return {true, document.object(), {}};
}

QJsonArray jsonList(const QJsonObject &object, const QString &outer, const QString &inner)
{
    const QJsonValue wrapper = object.value(outer);
    const QJsonValue items = wrapper.isObject() ? wrapper.toObject().value(inner) : QJsonValue();
    if (items.isArray())
        return items.toArray();
    if (items.isObject() || (items.isString() && !items.toString().isEmpty()))
        return QJsonArray{items};
    return {};
}

qint64 jsonInt(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? parsed : fallback;
}

bool jsonBool(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString jsonString(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace clm
