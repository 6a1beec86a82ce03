#include "postgresqlschema.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace PostgreSqlSchema {

namespace {

using Pattern = QRegularExpression;
constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;
constexpr auto kAcrossLines
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

} // namespace

QStringList split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    bool inBody = false;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inQuote && !inBody && script.mid(i, 2) == QLatin1String("--")) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (!inQuote && script.mid(i, 2) == QLatin1String("$$")) {
            inBody = !inBody;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (!inBody && c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && !inBody && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

namespace {

// The parts of a replacements file by the name of the object each replaces.
QHash<QString, QStringList> parts(const QString &replacements)
{
    QHash<QString, QStringList> byName;
    static const Pattern header(QStringLiteral("^-- replaces: (\\w+)\\s*$"),
                                QRegularExpression::MultilineOption);
    auto match = header.globalMatch(replacements);
    QString name;
    qsizetype start = -1;
    const auto close = [&](qsizetype end) {
        if (start >= 0)
            byName[name] = split(replacements.mid(start, end - start));
    };
    while (match.hasNext()) {
        const auto found = match.next();
        close(found.capturedStart());
        name = found.captured(1);
        start = found.capturedEnd();
    }
    close(replacements.size());
    return byName;
}

// A GLOB pattern as a regular expression: the CHECKs on dates use it.
QString globAsRegularExpression(const QString &glob)
{
    QString expression = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            expression += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else if (c == QLatin1Char('.'))
            expression += QStringLiteral("\\.");
        else
            expression += c;
    }
    return expression + QLatin1Char('$');
}

// The key an upsert into each table conflicts on: PostgreSQL needs it named.
QString conflictTarget(const QString &table)
{
    static const QHash<QString, QString> targets{
        {QStringLiteral("statistic_counts"), QStringLiteral("indicator, period, unit_id")},
        {QStringLiteral("statistic_totals"), QStringLiteral("indicator, period")},
        {QStringLiteral("settings"), QStringLiteral("key")},
    };
    return targets.value(table, QStringLiteral("only"));
}

// Where the parenthesis opened just before `from` closes: the index just past it, or past the
// text's end when it never closes. Quoted text is skipped; `sawComma` tells whether a comma
// stood at the top level.
qsizetype pastClosing(const QString &text, qsizetype from, bool *sawComma = nullptr)
{
    qsizetype depth = 1;
    bool inQuote = false;
    qsizetype i = from;
    for (; i < text.size() && depth > 0; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('('))
            ++depth;
        else if (!inQuote && c == QLatin1Char(')'))
            --depth;
        else if (!inQuote && depth == 1 && c == QLatin1Char(',') && sawComma)
            *sawComma = true;
    }
    return depth == 0 ? i : text.size() + 1;
}

// SQLite's max(a, b) and min(a, b) of several values are PostgreSQL's greatest and least; with one
// argument they stay aggregates.
QString scalarExtremes(QString text)
{
    static const Pattern call(QStringLiteral("\\b(max|min)\\("), kCaseless);
    qsizetype at = 0;
    for (auto match = call.match(text, at); match.hasMatch(); match = call.match(text, at)) {
        bool several = false;
        pastClosing(text, match.capturedEnd(), &several);
        if (several) {
            const bool greatest
                = match.captured(1).compare(QLatin1String("max"), Qt::CaseInsensitive) == 0;
            text.replace(match.capturedStart(1), match.capturedLength(1),
                         greatest ? QStringLiteral("greatest") : QStringLiteral("least"));
        }
        at = match.capturedStart() + 1;
    }
    return text;
}

// SQLite's julianday(x) as a count of days: differences and comparisons are the same.
QString dayNumbers(QString text)
{
    static const Pattern call(QStringLiteral("\\bjulianday\\("), kCaseless);
    for (auto match = call.match(text); match.hasMatch(); match = call.match(text)) {
        const qsizetype i = pastClosing(text, match.capturedEnd());
        const QString argument = text.mid(match.capturedEnd(), i - 1 - match.capturedEnd());
        text.replace(match.capturedStart(), i - match.capturedStart(),
                     QStringLiteral("(CAST(%1 AS date) - DATE '2000-01-01')").arg(argument));
    }
    return text;
}

// PostgreSQL 15 wants every subquery in FROM named; SQLite does not.
QString nameSubqueries(QString text)
{
    static const Pattern from(QStringLiteral("\\bFROM\\s*\\("), kCaseless);
    static const Pattern unnamed(
        QStringLiteral("^\\s*(?:$|[);,]|(?:WHERE|GROUP|ORDER|UNION|LIMIT|JOIN|LEFT|INNER|CROSS|"
                       "EXCEPT|INTERSECT|HAVING)\\b)"),
        kCaseless);
    int named = 0;
    qsizetype at = 0;
    for (auto match = from.match(text, at); match.hasMatch(); match = from.match(text, at)) {
        const qsizetype i = pastClosing(text, match.capturedEnd());
        const bool closed = i <= text.size();
        if (closed && unnamed.match(text.mid(i)).hasMatch())
            text.insert(i, QStringLiteral(" AS subquery_%1").arg(++named));
        at = match.capturedEnd();
    }
    return text;
}

QString translateExpressions(QString text)
{
    text = nameSubqueries(text);
    // SQLite's unary plus that keeps a column from an index means nothing to PostgreSQL.
    static const Pattern unaryPlus(
        QStringLiteral("(\\b(?:WHERE|AND|OR|ON|NOT)\\s+|\\()\\+(?=[A-Za-z_])"), kCaseless);
    text.replace(unaryPlus, QStringLiteral("\\1"));
    // Truth values added up (how many of these are set) are numbers in SQLite only.
    static const Pattern summed(
        QStringLiteral("(\\(\\s*\\w+\\s+IS\\s+NOT\\s+NULL\\s*\\))(?=\\s*\\+)|(?<=\\+)(\\s*)(\\(\\s*"
                       "\\w+\\s+IS\\s+NOT\\s+NULL\\s*\\))"),
        kCaseless);
    text.replace(summed, QStringLiteral("\\1\\2\\3::int"));
    static const Pattern glob(QStringLiteral("\\bGLOB\\s+'([^']*)'"), kCaseless);
    for (auto match = glob.match(text); match.hasMatch(); match = glob.match(text))
        text.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("~ '%1'").arg(globAsRegularExpression(match.captured(1))));
    static const Pattern isNot(QStringLiteral("\\bIS\\s+NOT\\s+(?!NULL\\b)"));
    text.replace(isNot, QStringLiteral("IS DISTINCT FROM "));
    static const Pattern is(QStringLiteral("\\bIS\\s+(?!NOT\\b|NULL\\b|DISTINCT\\b)"));
    text.replace(is, QStringLiteral("IS NOT DISTINCT FROM "));
    // A connection's own tables live in pg_temp there.
    static const Pattern temporary(QStringLiteral("\\btemp\\.(?=\\w)"));
    text.replace(temporary, QStringLiteral("pg_temp."));
    // Date arithmetic on ISO text: SQLite's date(x, '+N months') and date('now').
    static const Pattern shifted(QStringLiteral("\\bdate\\(\\s*([\\w.]+)\\s*,\\s*'([+-]?\\d+) "
                                                "(day|month|year)s?'\\s*\\)"));
    text.replace(shifted, QStringLiteral("to_char(CAST(\\1 AS date) + interval '\\2 \\3', "
                                         "'YYYY-MM-DD')"));
    // The session speaks the computer's own time zone (Database::connectServer).
    static const Pattern localToday(
        QStringLiteral("\\bdate\\(\\s*'now'\\s*,\\s*'localtime'\\s*\\)"));
    text.replace(localToday, QStringLiteral("to_char(current_date, 'YYYY-MM-DD')"));
    static const Pattern today(QStringLiteral("\\bdate\\(\\s*'now'\\s*\\)"));
    text.replace(today, QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"));
    // A recursive walk down the units starts from a bound id: typed, or the server reads text.
    static const Pattern walkFrom(QStringLiteral("(\\bWITH\\s+RECURSIVE\\s+\\w+\\s*\\(\\s*\\w+\\s*"
                                                 "\\)\\s+AS\\s*\\(\\s*SELECT\\s+)\\?(\\s+UNION)"),
                                  kCaseless);
    text.replace(walkFrom, QStringLiteral("\\1CAST(? AS BIGINT)\\2"));
    text = scalarExtremes(dayNumbers(text));
    // A character by its code, as a separator: char(10) is chr(10) there.
    static const Pattern character(QStringLiteral("\\bchar\\(\\s*(\\d+)\\s*\\)"), kCaseless);
    text.replace(character, QStringLiteral("chr(\\1)"));
    // group_concat(x) and group_concat(x, separator): string_agg wants text and a separator.
    static const Pattern concatenated(
        QStringLiteral("\\bgroup_concat\\(\\s*((?:[^(),]|\\([^()]*\\))+?)\\s*(?:,\\s*('[^']*'|"
                       "chr\\(\\d+\\)))?\\s*\\)"),
        kCaseless);
    for (auto match = concatenated.match(text); match.hasMatch(); match = concatenated.match(text))
        text.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("string_agg(CAST(%1 AS text), %2)")
                         .arg(match.captured(1), match.captured(2).isEmpty() ? QStringLiteral("','")
                                                                             : match.captured(2)));
    text.replace(QStringLiteral("lower(hex(randomblob(16)))"),
                 QStringLiteral("replace(gen_random_uuid()::text, '-', '')"));
    return text;
}

QString translateDefinitions(QString text)
{
    static const Pattern key(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"), kCaseless);
    text.replace(key, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const Pattern integer(QStringLiteral("\\bINTEGER\\b"), kCaseless);
    text.replace(integer, QStringLiteral("BIGINT"));
    static const Pattern real(QStringLiteral("\\bREAL\\b"), kCaseless);
    text.replace(real, QStringLiteral("DOUBLE PRECISION"));
    static const Pattern blob(QStringLiteral("\\bBLOB\\b"), kCaseless);
    text.replace(blob, QStringLiteral("BYTEA"));
    static const Pattern withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"), kCaseless);
    text.replace(withoutRowid, QStringLiteral(")"));
    static const Pattern nocase(QStringLiteral("\\bCOLLATE\\s+NOCASE\\b"), kCaseless);
    text.replace(nocase, QStringLiteral("COLLATE nocase"));
    return text;
}

// The statements of one body: `INSERT OR IGNORE` and upserts into counted tables named.
QString translateWrites(QString text)
{
    static const Pattern replace(
        QStringLiteral("^\\s*INSERT\\s+OR\\s+REPLACE\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)"),
        kCaseless);
    if (const auto match = replace.match(text); match.hasMatch()) {
        const QString table = match.captured(1);
        const QStringList key = conflictTarget(table).split(QStringLiteral(", "));
        QStringList assignments;
        for (QString column : match.captured(2).split(QLatin1Char(','))) {
            column = column.trimmed();
            if (!key.contains(column))
                assignments << QStringLiteral("%1 = excluded.%1").arg(column);
        }
        text = QStringLiteral("INSERT INTO %1 (%2)").arg(table, match.captured(2))
               + text.mid(match.capturedEnd())
               + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                     .arg(key.join(QStringLiteral(", ")), assignments.join(QStringLiteral(", ")));
    }
    static const Pattern ignore(QStringLiteral("^\\s*INSERT\\s+OR\\s+IGNORE\\s+INTO\\b"),
                                kCaseless);
    if (ignore.match(text).hasMatch()) {
        text.replace(ignore, QStringLiteral("INSERT INTO"));
        text += QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    static const Pattern upsert(
        QStringLiteral("INSERT\\s+INTO\\s+(\\w+)((?:(?!INSERT\\s+INTO).)*?)ON\\s+CONFLICT\\s+DO\\s+"
                       "UPDATE\\s+SET\\s+(\\w+)\\s*=\\s*\\3\\s*\\+\\s*excluded\\.\\3"),
        kAcrossLines);
    for (auto match = upsert.match(text); match.hasMatch(); match = upsert.match(text)) {
        const QString table = match.captured(1);
        const QString column = match.captured(3);
        text.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("INSERT INTO %1%2ON CONFLICT (%3) DO UPDATE SET %4 = %1.%4 + "
                                    "excluded.%4")
                         .arg(table, match.captured(2), conflictTarget(table), column));
    }
    return text;
}

QStringList translateTrigger(const QRegularExpressionMatch &trigger)
{
    const QString name = trigger.captured(1);
    const QString timing = trigger.captured(2).toUpper();
    const QString event = trigger.captured(3).simplified();
    const QString table = trigger.captured(4);
    const QString when = trigger.captured(5).trimmed();
    QStringList body;
    static const Pattern raise(
        QStringLiteral("^SELECT\\s+RAISE\\s*\\(\\s*ABORT\\s*,\\s*('[^']*')\\s*\\)$"), kAcrossLines);
    for (const QString &statement :
         trigger.captured(6).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = statement.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto raised = raise.match(trimmed);
        body << (raised.hasMatch() ? QStringLiteral("RAISE EXCEPTION %1").arg(raised.captured(1))
                                   : translateWrites(translateExpressions(trimmed)));
    }
    QString returned = QStringLiteral("NULL");
    if (timing == QLatin1String("BEFORE"))
        returned = event.startsWith(QLatin1String("DELETE"), Qt::CaseInsensitive)
                       ? QStringLiteral("OLD")
                       : QStringLiteral("NEW");
    body << QStringLiteral("RETURN ") + returned;
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$\nBEGIN\n    %2;\nEND\n$$")
                .arg(name, body.join(QStringLiteral(";\n    "))),
            QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW%5 EXECUTE FUNCTION %1()")
                .arg(name, timing, event, table,
                     when.isEmpty()
                         ? QString()
                         : QStringLiteral(" WHEN (%1)").arg(translateExpressions(when)))};
}

QString objectName(const QString &statement)
{
    static const Pattern created(
        QStringLiteral("^\\s*(?:CREATE\\s+(?:VIRTUAL\\s+TABLE|TRIGGER|VIEW|TABLE|(?:UNIQUE\\s+)?"
                       "INDEX)|DROP\\s+(?:TRIGGER|VIEW|TABLE|INDEX))\\s+(?:IF\\s+(?:NOT\\s+)?"
                       "EXISTS\\s+)?\"?(\\w+)"),
        kCaseless);
    return created.match(statement).captured(1);
}

} // namespace

QString forServer(const QString &statement)
{
    thread_local QHash<QString, QString> said;
    const auto known = said.constFind(statement);
    if (known != said.cend())
        return *known;
    // `only` outside quoted text and not already quoted, as a whole word.
    QString text;
    text.reserve(statement.size() + 8);
    bool inQuote = false;
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && c == QLatin1Char('o') && statement.mid(i, 4) == QLatin1String("only")
            && (i == 0
                || !(statement.at(i - 1).isLetterOrNumber()
                     || statement.at(i - 1) == QLatin1Char('_')
                     || statement.at(i - 1) == QLatin1Char('"')))
            && (i + 4 >= statement.size()
                || !(statement.at(i + 4).isLetterOrNumber()
                     || statement.at(i + 4) == QLatin1Char('_')
                     || statement.at(i + 4) == QLatin1Char('"')))) {
            text += QLatin1String("\"only\"");
            i += 3;
            continue;
        }
        text += c;
    }
    static const Pattern temporaryTable(QStringLiteral("^\\s*CREATE\\s+TEMP(?:ORARY)?\\s+TABLE\\b"),
                                        kCaseless);
    if (temporaryTable.match(text).hasMatch())
        text = translateDefinitions(text);
    text = translateWrites(translateExpressions(text));
    if (said.size() > 4096)
        said.clear();
    said.insert(statement, text);
    return text;
}

QStringList preamble()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS database_identity (\n"
                       "    only           INTEGER PRIMARY KEY CHECK (only = 1),\n"
                       "    application_id BIGINT NOT NULL,\n"
                       "    schema_version INTEGER NOT NULL\n)"),
        // Account names compare without case, as SQLite's NOCASE does.
        QStringLiteral("DO $$ BEGIN\n"
                       "    CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', "
                       "deterministic = false);\n"
                       "EXCEPTION WHEN duplicate_object THEN NULL;\n"
                       "END $$"),
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
    };
}

QStringList translate(const QString &statement, const QString &replacements)
{
    const QString name = objectName(statement);
    const QHash<QString, QStringList> replaced = parts(replacements);
    if (!name.isEmpty() && replaced.contains(name))
        return replaced.value(name);
    static const Pattern virtualTable(QStringLiteral("^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\b"),
                                      kCaseless);
    static const Pattern pragma(QStringLiteral("^\\s*PRAGMA\\b"), kCaseless);
    if (virtualTable.match(statement).hasMatch() || pragma.match(statement).hasMatch())
        throw DataError(
            QCoreApplication::translate("PostgreSqlSchema",
                                        "The schema has a statement with no PostgreSQL form: %1")
                .arg(statement.left(80)));
    static const Pattern trigger(
        QStringLiteral(
            "^\\s*CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)\"?\\s+"
            "(BEFORE|AFTER)\\s+(INSERT|DELETE|UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?)\\s+ON\\s+"
            "(\\w+)(?:\\s+FOR\\s+EACH\\s+ROW)?(?:\\s+WHEN\\s+(.*?))?\\s+BEGIN\\b(.*)"
            "\\bEND\\s*$"),
        kAcrossLines);
    if (const auto match = trigger.match(statement); match.hasMatch())
        return translateTrigger(match);
    static const Pattern definition(QStringLiteral("^\\s*(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"),
                                    kCaseless);
    QString text = statement;
    // A union takes its columns' types from its first rows in PostgreSQL, where an empty one
    // would be text: the views' empty first columns are record ids.
    static const Pattern view(QStringLiteral("^\\s*CREATE\\s+VIEW\\b"), kCaseless);
    static const Pattern firstUnion(QStringLiteral("\\bUNION\\s+ALL\\b"), kCaseless);
    static const Pattern null(QStringLiteral("\\bNULL\\b"));
    if (const auto unionAt = firstUnion.match(text);
        view.match(text).hasMatch() && unionAt.hasMatch())
        text = text.left(unionAt.capturedStart())
                   .replace(null, QStringLiteral("CAST(NULL AS BIGINT)"))
               + text.mid(unionAt.capturedStart());
    if (definition.match(text).hasMatch())
        text = translateDefinitions(text);
    return {translateWrites(translateExpressions(text))};
}

QStringList statements(const MigrationHistory::Script &script)
{
    const QFileInfo info(script.resource);
    QString replacements;
    QFile file(info.path() + QStringLiteral("/postgresql/") + info.fileName());
    if (file.open(QIODevice::ReadOnly))
        replacements = QString::fromUtf8(file.readAll());
    // SQLite lets a table refer to one made later in the script; PostgreSQL does not. Each
    // migration's references are made after its tables, deferrable, so that a whole import can
    // check them at its end as the file's does.
    static const Pattern table(QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(\\w+)"), kCaseless);
    static const Pattern reference(
        QStringLiteral("(\\w+)(\\s+BIGINT(?:\\s+NOT\\s+NULL)?)\\s+REFERENCES\\s+(\\w+)\\((\\w+)\\)"
                       "(\\s+ON\\s+DELETE\\s+(?:CASCADE|SET\\s+NULL|RESTRICT))?"),
        kCaseless);
    QStringList translated;
    QStringList references;
    for (const QString &statement : MigrationHistory::statements(script)) {
        for (QString made : translate(statement, replacements)) {
            const QString name = table.match(made).captured(1);
            if (!name.isEmpty()) {
                for (auto match = reference.match(made); match.hasMatch();
                     match = reference.match(made)) {
                    references << QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES "
                                                 "%3(%4)%5 DEFERRABLE INITIALLY IMMEDIATE")
                                      .arg(name, match.captured(1), match.captured(3),
                                           match.captured(4), match.captured(5));
                    made.replace(match.capturedStart(), match.capturedLength(),
                                 match.captured(1) + match.captured(2));
                }
            }
            translated << made;
        }
    }
    return translated + references;
}

} // namespace PostgreSqlSchema
