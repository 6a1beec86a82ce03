// The layers of models/ as models/CMakeLists.txt declares them (each a static library linking
// only the layers below it): no include points up a layer, the core runs no SQL, and neither the
// views nor the program's commands run SQL or look a database up from a bare connection.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Folder → layer index, from "core:domain|storage:storage|…".
QHash<QString, int> layersOf(const QString &declared)
{
    QHash<QString, int> layers;
    const QStringList entries = declared.split(QLatin1Char('|'));
    for (int index = 0; index < entries.size(); ++index) {
        const QString folders = entries.at(index).section(QLatin1Char(':'), 1);
        for (const QString &folder : folders.split(QLatin1Char(',')))
            layers.insert(folder, index);
    }
    return layers;
}

QString layerName(const QString &declared, int index)
{
    return declared.split(QLatin1Char('|')).value(index).section(QLatin1Char(':'), 0, 0);
}

QStringList sourcesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString textOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every quoted include in models/ that names a file of another folder in a higher layer, as
// "storage/database.cpp includes records/recordkinds.h (storage → repository)".
QStringList upwardIncludes(const QString &modelsRoot, const QString &declared)
{
    const QHash<QString, int> layers = layersOf(declared);
    const QDir root(modelsRoot);
    static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    for (const QString &path : sourcesUnder(modelsRoot)) {
        const QString relative = root.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        const int own = layers.value(folder, -1);
        auto matches = include.globalMatch(textOf(path));
        while (matches.hasNext()) {
            const QString target = matches.next().captured(1);
            // A bare name is a file of the same folder.
            if (!target.contains(QLatin1Char('/')))
                continue;
            const QString targetFolder = target.section(QLatin1Char('/'), 0, 0);
            if (!QFileInfo::exists(root.filePath(target)))
                continue;
            const int theirs = layers.value(targetFolder, -1);
            if (theirs > own || theirs < 0 || own < 0)
                found << QStringLiteral("%1 includes %2 (%3 → %4)")
                             .arg(relative, target, layerName(declared, own),
                                  layerName(declared, theirs));
        }
    }
    return found;
}

// Lines of `root`'s sources that match `pattern`, as "file:line: text".
QStringList linesMatching(const QString &root, const QRegularExpression &pattern)
{
    QStringList found;
    const QDir base(root);
    for (const QString &path : sourcesUnder(root)) {
        const QStringList lines = textOf(path).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            if (pattern.match(lines.at(i)).hasMatch())
                found << QStringLiteral("%1:%2: %3")
                             .arg(base.relativeFilePath(path))
                             .arg(i + 1)
                             .arg(lines.at(i).trimmed());
    }
    return found;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// What runs SQL or reaches past a Database to its connection's SQL: not for views or commands.
const QRegularExpression kSql(QStringLiteral(
    R"(#include\s*[<"](QSqlQuery|QSqlRecord|QSqlQueryModel|QSqlTableModel|storage/sql\.h)[>"]|\bSql::|\bQSqlQuery\b|QSqlDatabase::(addDatabase|database)\b)"));

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private:
    QString m_source = qEnvironmentVariable("INTEGRITY_DOSSIER_SOURCE_DIR");
    // "core:domain|storage:storage|…", from models/CMakeLists.txt by way of ctest.
    QString m_declared = qEnvironmentVariable("INTEGRITY_DOSSIER_LAYERS");

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_source + QStringLiteral("/models/CMakeLists.txt")).exists(),
                 "INTEGRITY_DOSSIER_SOURCE_DIR must name the source tree");
        QVERIFY2(!m_declared.isEmpty(), "INTEGRITY_DOSSIER_LAYERS must hold the declared layers");
        QCOMPARE(layerName(m_declared, 0), QStringLiteral("core"));
    }

    // The check itself finds an upward include, a sideways one within a layer is allowed, and
    // a folder in no layer is reported.
    void checkerFindsUpwardIncludes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("violations");
        QTest::newRow("down") << "high/a.cpp" << QByteArray("#include \"low/b.h\"\n") << 0;
        QTest::newRow("same folder") << "low/c.cpp" << QByteArray("#include \"b.h\"\n") << 0;
        QTest::newRow("sideways") << "side/d.cpp" << QByteArray("#include \"high/e.h\"\n") << 0;
        QTest::newRow("up") << "low/f.cpp" << QByteArray("#include \"high/e.h\"\n") << 1;
        QTest::newRow("no layer") << "stray/g.cpp" << QByteArray("#include \"low/b.h\"\n") << 1;
        QTest::newRow("system header") << "low/h.cpp" << QByteArray("#include <QSqlQuery>\n") << 0;
    }
    void checkerFindsUpwardIncludes()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, violations);
        QTemporaryDir tree;
        write(tree.filePath(QStringLiteral("low/b.h")), "#pragma once\n");
        write(tree.filePath(QStringLiteral("high/e.h")), "#pragma once\n");
        write(tree.filePath(file), text);
        const QStringList found
            = upwardIncludes(tree.path(), QStringLiteral("core:low|upper:high,side"));
        QCOMPARE(found.size(), violations);
    }

    void everyModelFolderIsInOneLayer()
    {
        const QHash<QString, int> layers = layersOf(m_declared);
        QStringList folders = QDir(m_source + QStringLiteral("/models"))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders)
            QVERIFY2(layers.contains(folder), qPrintable(folder + QStringLiteral(" has no layer")));
        QStringList declared = layers.keys();
        QCOMPARE(declared.size(), QSet<QString>(declared.begin(), declared.end()).size());
    }

    void noIncludePointsUpALayer()
    {
        const QStringList found = upwardIncludes(m_source + QStringLiteral("/models"), m_declared);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // What the records are and the rules over them: no database in sight.
    void coreRunsNoSql()
    {
        const QHash<QString, int> layers = layersOf(m_declared);
        QStringList found;
        for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
            if (it.value() != 0)
                continue;
            found << linesMatching(m_source + QStringLiteral("/models/") + it.key(),
                                   QRegularExpression(QStringLiteral("QSql|storage/")));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void noSqlInViewsOrCommands_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("views") << QStringLiteral("views");
        QTest::newRow("app") << QStringLiteral("app");
    }
    void noSqlInViewsOrCommands()
    {
        QFETCH(QString, folder);
        const QStringList found = linesMatching(m_source + QLatin1Char('/') + folder, kSql);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void sqlPatternCatchesWhatItMeans_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("caught");
        QTest::newRow("query") << "QSqlQuery query = Sql::run(db, text);" << true;
        QTest::newRow("scalar") << "const QVariant v = Sql::scalar(db, text);" << true;
        QTest::newRow("include") << "#include <QSqlQuery>" << true;
        QTest::newRow("helper") << "#include \"storage/sql.h\"" << true;
        QTest::newRow("raw connection") << "QSqlDatabase::addDatabase(driver);" << true;
        QTest::newRow("a database passed on") << "DashboardWindow(const Database &d);" << false;
        QTest::newRow("a word in a comment") << "// the sqlite file" << false;
    }
    void sqlPatternCatchesWhatItMeans()
    {
        QFETCH(QString, line);
        QFETCH(bool, caught);
        QCOMPARE(kSql.match(line).hasMatch(), caught);
    }

    // Every service is handed the Database it works on; none looks one up from a connection.
    void noDatabaseLookedUpFromAConnection()
    {
        QStringList found;
        for (const char *folder : {"models", "views", "app"})
            found << linesMatching(m_source + QLatin1Char('/') + QLatin1String(folder),
                                   QRegularExpression(QStringLiteral(R"(\bDatabase::of\b)")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "test_layers.moc"
