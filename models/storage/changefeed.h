#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

class Database;

// Colleagues' changes to a server database, as the server announces them (LISTEN/NOTIFY): every
// committed write to a dossier table notifies the tables it changed, once per statement, and
// only at its commit. The feed gathers them over a moment and says which tables changed, so
// that an open window reads again what it shows. The program's own writes are not announced to
// itself. A database file has no colleagues: there the feed stays silent.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // The channel the server's triggers notify (DerivedSchema, server form).
    static const char *channel();

    explicit ChangeFeed(const Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isListening() const { return m_driver != nullptr; }

signals:
    void changed(const QStringList &tables);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void flush();

    QPointer<QSqlDriver> m_driver;
    QSet<QString> m_pending;
    QTimer m_gather;
};
