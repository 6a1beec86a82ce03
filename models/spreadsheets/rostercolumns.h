#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// The columns of an organization department's roster (花名册) and how their headers are written,
// in Chinese or English.
class RosterColumns
{
    Q_DECLARE_TR_FUNCTIONS(RosterColumns)

public:
    // What a column holds: a column of the cadre ("name", "birth_date" …), or one of the
    // roster's own: "unit" (a unit's name or path such as 清河县/城关镇), "unit_and_position"
    // (工作单位及职务 in one cell) and "position_since" (任现职时间). Empty: not imported.
    static QString fieldOfHeader(const QString &header);
    static QString fieldLabel(const QString &field);
    // Every field a roster column can hold.
    static QStringList fields();

    struct Mapping
    {
        int headerRow = 0; // the row number of the headers, from 1; 0 when none was found
        QStringList headers;
        QStringList fields; // one per header, empty where not imported

        int columnOf(const QString &field) const { return fields.indexOf(field); }
        QStringList ignoredHeaders() const;
    };
    // The header row among the sheet's first rows: the first that names the cadre's name and
    // at least one more known column (a merged title row above it is passed over).
    // `chosen` (header → field, empty for "leave out") goes before what is recognised.
    static Mapping detect(const QVector<QPair<int, QStringList>> &firstRows,
                          const QHash<QString, QString> &chosen = {});
};
