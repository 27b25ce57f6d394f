#include "output.h"

#include "history/operationexport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace clm::cli {

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QJsonArray Table::toJson() const
{
    QJsonArray array;
    for (const QList<Cell> &row : m_rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            object.insert(m_keys.at(i), row.value(i).json());
        array.append(object);
    }
    return array;
}

void Table::print(QTextStream &out, OutputFormat format) const
{
    if (format == OutputFormat::Json) {
        out << QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> texts;
    for (const QList<Cell> &row : m_rows) {
        QStringList text;
        for (const Cell &cell : row)
            text.append(cell.text());
        texts.append(text);
    }
    if (format == OutputFormat::Csv) {
        for (QStringList row : QList<QStringList>{m_keys} + texts) {
            for (QString &cell : row)
                cell = csvField(cell);
            out << row.join(u',') << QStringLiteral("\r\n");
        }
        out.flush();
        return;
    }
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList &row : texts) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.value(i)));
    }
    auto printRow = [&](const QStringList &values) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString value = values.value(i);
            line += value;
            if (i + 1 < widths.size())
                line += QString(widths[i] - displayWidth(value) + 2, u' ');
        }
        out << line.trimmed() << '\n';
    };
    printRow(m_headers);
    for (const QStringList &row : texts)
        printRow(row);
    out.flush();
}

} // namespace clm::cli
