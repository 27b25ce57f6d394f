#include "responseparser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace clm {

namespace {

// The children of one element, in document order; a repeated name collects into one array. Built into
// a QJsonObject once at the end, so a thousand repeats cost a thousand appends, not a thousand copies.
class XmlChildren
{
public:
    void add(const QString &name, const QJsonValue &value)
    {
        const auto found = m_index.constFind(name);
        if (found == m_index.constEnd()) {
            m_index.insert(name, m_values.size());
            m_values.append({name, QJsonArray{value}});
        } else {
            m_values[*found].second.append(value);
        }
    }
    QJsonObject toObject() const
    {
        QJsonObject object;
        for (const auto &[name, values] : m_values)
            object.insert(name, values.size() == 1 ? values.first() : QJsonValue(values));
        return object;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<QPair<QString, QJsonArray>> m_values;
};

// Reads the children of the current element; returns a string for a leaf, an object otherwise.
QJsonValue readXmlElement(QXmlStreamReader &xml, int depth, QString &error)
{
    if (depth > kMaxXmlDepth) {
        error = QStringLiteral("XML nested deeper than %1 levels").arg(kMaxXmlDepth);
        return {};
    }
    XmlChildren children;
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
            children.add(name, child);
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return hasChildren ? QJsonValue(children.toObject()) : QJsonValue(text.trimmed());
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
