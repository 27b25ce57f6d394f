// How `classiclink` prints results: an aligned text table for people, JSON or CSV for scripts.
#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace clm::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv, // the JSON keys as the header row, formula-safe fields
};

class Table
{
public:
    // keys name the JSON fields; titles head the text table (translated).
    Table(QStringList keys, QStringList titles)
        : m_keys(std::move(keys))
        , m_headers(std::move(titles))
    {}
    // Values in key order.
    void addRow(const QStringList &values) { m_rows.append(values); }
    void print(QTextStream &out, OutputFormat format) const;
    QJsonArray toJson() const;

private:
    QStringList m_keys;
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// Display width of text in a terminal: East Asian wide characters take two columns.
int displayWidth(const QString &text);

} // namespace clm::cli
