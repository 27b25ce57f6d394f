// How `classiclink` prints results: an aligned text table for people, JSON or CSV for scripts.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace clm::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv, // the JSON keys as the header row, formula-safe fields
};

// One value of a row: the words the text table and CSV show, and what JSON carries. Text is a JSON string;
// empty text (absent) and unknown() (not read) are null; numbers and flags keep their type.
class Cell
{
public:
    Cell() = default;
    Cell(const QString &text) // NOLINT(google-explicit-constructor): rows are written as {text, …}
        : m_text(text)
        , m_json(text.isEmpty() ? QJsonValue() : QJsonValue(text))
    {}
    static Cell number(qint64 value) { return Cell(QString::number(value), QJsonValue(value)); }
    static Cell flag(bool value, const QString &text) { return Cell(text, QJsonValue(value)); }
    // A list (IP addresses, lock reasons): comma-joined in text, an array in JSON.
    static Cell list(const QStringList &values)
    {
        return Cell(values.join(u','), QJsonArray::fromStringList(values));
    }
    // A list of phrases: `text` is how people read them together, JSON has them one by one.
    static Cell list(const QStringList &values, const QString &text)
    {
        return Cell(text, QJsonArray::fromStringList(values));
    }
    // What was not read: `text` says so to people, JSON says null.
    static Cell unknown(const QString &text = {}) { return Cell(text, QJsonValue()); }
    // A value whose JSON form is a stable code and whose text is in the reader's language.
    static Cell coded(const QString &code, const QString &text)
    {
        return Cell(text, code.isEmpty() ? QJsonValue() : QJsonValue(code));
    }

    const QString &text() const { return m_text; }
    const QJsonValue &json() const { return m_json; }

private:
    Cell(QString text, QJsonValue json)
        : m_text(std::move(text))
        , m_json(std::move(json))
    {}

    QString m_text;
    QJsonValue m_json;
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
    void addRow(const QList<Cell> &values) { m_rows.append(values); }
    void print(QTextStream &out, OutputFormat format) const;
    QJsonArray toJson() const;

private:
    QStringList m_keys;
    QStringList m_headers;
    QList<QList<Cell>> m_rows;
};

// Display width of text in a terminal: East Asian wide characters take two columns.
int displayWidth(const QString &text);

} // namespace clm::cli
