#include "unitpaths.h"

#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

UnitPaths::UnitPaths(const QSqlDatabase &db)
{
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT id, name, parent_id FROM units"));
    int roots = 0;
    while (query.next()) {
        const Unit unit{query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toLongLong()};
        m_units.insert(unit.id, unit);
        m_byName.insert(unit.name, unit.id);
        if (unit.parent == 0) {
            ++roots;
            m_root = unit.id;
        }
    }
    if (roots != 1)
        m_root = 0;
}

QString UnitPaths::pathOf(qint64 id) const
{
    QStringList names;
    for (int depth = 0; id != 0 && depth < 64; ++depth) {
        const auto it = m_units.constFind(id);
        if (it == m_units.constEnd())
            break;
        names.prepend(it->name);
        id = it->parent;
    }
    return names.join(QLatin1Char('/'));
}

UnitPaths::Found UnitPaths::find(const QString &written)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[/／\\\\>＞]\\s*"));
    QStringList names = written.trimmed().split(separators, Qt::SkipEmptyParts);
    Found found;
    if (names.isEmpty())
        return found;
    qint64 current = 0;
    int next = 0;
    const QList<qint64> first = m_byName.values(names.first());
    if (first.size() > 1) {
        QStringList paths;
        for (qint64 id : first)
            paths << pathOf(id);
        paths.sort();
        found.problem = tr("%1 units are called %2 (%3): write the unit's path, such as %4")
                            .arg(first.size())
                            .arg(names.first(), paths.join(QStringLiteral(", ")), paths.first());
        return found;
    }
    if (first.size() == 1) {
        current = first.first();
        next = 1;
        // A path written from the top, or from below it: either finds the same unit.
        const QString known = pathOf(current);
        names = known.split(QLatin1Char('/')) + names.mid(1);
        next = known.count(QLatin1Char('/')) + 1;
    } else if (m_root != 0 && names.first() != m_units.value(m_root).name) {
        names.prepend(m_units.value(m_root).name);
        current = m_root;
        next = 1;
    }
    for (; next < names.size() && current != 0; ++next) {
        qint64 child = 0;
        for (qint64 id : m_byName.values(names.at(next)))
            if (m_units.value(id).parent == current)
                child = id;
        if (child == 0)
            break;
        current = child;
    }
    found.path = names.join(QLatin1Char('/'));
    if (next >= names.size()) {
        found.id = current;
        return found;
    }
    for (int depth = next; depth < names.size(); ++depth) {
        const QString path = names.mid(0, depth + 1).join(QLatin1Char('/'));
        if (!m_new.contains(path))
            m_new << path;
    }
    return found;
}

QHash<QString, QString> UnitPaths::placeBareNames()
{
    if (!m_units.isEmpty())
        return {};
    QStringList tops, parents;
    for (const QString &path : m_new)
        if (!path.contains(QLatin1Char('/')))
            tops << path;
    for (const QString &top : tops)
        for (const QString &path : m_new)
            if (path.startsWith(top + QLatin1Char('/')) && !parents.contains(top))
                parents << top;
    if (parents.size() != 1)
        return {};
    const QString root = parents.first();
    QHash<QString, QString> moves;
    QStringList placed = {root};
    for (const QString &path : m_new) {
        if (path == root)
            continue;
        if (tops.contains(path)) {
            moves.insert(path, root + QLatin1Char('/') + path);
            placed << moves.value(path);
        } else {
            placed << path;
        }
    }
    m_new = placed;
    return moves;
}

QString UnitPaths::splitUnitAndPosition(const QString &input, QString &position) const
{
    const QString text = input.trimmed();
    QString longest;
    for (auto it = m_units.constBegin(); it != m_units.constEnd(); ++it)
        if (text.startsWith(it->name) && it->name.size() > longest.size())
            longest = it->name;
    if (!longest.isEmpty()) {
        position = text.mid(longest.size()).trimmed();
        return longest;
    }
    static const QStringList posts
        = {QStringLiteral("党委书记"), QStringLiteral("党组书记"), QStringLiteral("副书记"),
           QStringLiteral("书记"),     QStringLiteral("副局长"),   QStringLiteral("局长"),
           QStringLiteral("副主任"),   QStringLiteral("主任"),     QStringLiteral("副镇长"),
           QStringLiteral("镇长"),     QStringLiteral("副乡长"),   QStringLiteral("乡长"),
           QStringLiteral("副部长"),   QStringLiteral("部长"),     QStringLiteral("副院长"),
           QStringLiteral("院长"),     QStringLiteral("副所长"),   QStringLiteral("所长"),
           QStringLiteral("副站长"),   QStringLiteral("站长"),     QStringLiteral("副科长"),
           QStringLiteral("科长"),     QStringLiteral("副股长"),   QStringLiteral("股长"),
           QStringLiteral("总经理"),   QStringLiteral("副经理"),   QStringLiteral("经理"),
           QStringLiteral("董事长"),   QStringLiteral("组长"),     QStringLiteral("副组长"),
           QStringLiteral("科员"),     QStringLiteral("办事员"),   QStringLiteral("干事"),
           QStringLiteral("委员"),     QStringLiteral("馆长"),     QStringLiteral("校长"),
           QStringLiteral("主席"),     QStringLiteral("副主席")};
    int at = -1;
    for (const QString &post : posts) {
        const int index = int(text.indexOf(post, 1));
        if (index > 0 && (at < 0 || index < at))
            at = index;
    }
    if (at < 0) {
        position.clear();
        return text;
    }
    position = text.mid(at).trimmed();
    return text.left(at).trimmed();
}

QString UnitPaths::kindOf(const QString &name, bool topLevel)
{
    const auto endsWith = [&name](std::initializer_list<const char16_t *> endings) {
        for (const char16_t *ending : endings)
            if (name.endsWith(QString::fromUtf16(ending)))
                return true;
        return false;
    };
    if (endsWith({u"纪检监察组"}))
        return QStringLiteral("stationed_group");
    if (endsWith({u"镇", u"乡", u"街道", u"街道办事处"}))
        return QStringLiteral("township");
    if (endsWith({u"公司", u"集团"}))
        return QStringLiteral("enterprise");
    if (endsWith({u"中心", u"院", u"所", u"站", u"学校", u"中学", u"小学", u"医院", u"馆", u"队"}))
        return QStringLiteral("institution");
    if (topLevel && endsWith({u"县", u"县委", u"区", u"市"}))
        return QStringLiteral("county");
    return QStringLiteral("department");
}
