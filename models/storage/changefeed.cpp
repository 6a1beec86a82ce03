#include "changefeed.h"

#include "database.h"

namespace {

// Long enough to take a save's statements together, short enough to feel immediate.
constexpr int kGatherMilliseconds = 150;

} // namespace

const char *ChangeFeed::channel()
{
    return "dossier_changes";
}

ChangeFeed::ChangeFeed(const Database &database, QObject *parent)
    : QObject(parent)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMilliseconds);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::flush);
    if (!database.isServer())
        return;
    QSqlDriver *driver = database.connection().driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(channel())))
        return;
    m_driver = driver;
    connect(m_driver, &QSqlDriver::notification, this, &ChangeFeed::received);
}

ChangeFeed::~ChangeFeed()
{
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(QString::fromLatin1(channel()));
}

void ChangeFeed::received(const QString &name, QSqlDriver::NotificationSource source,
                          const QVariant &payload)
{
    if (name != QLatin1String(channel()) || source == QSqlDriver::SelfSource)
        return;
    m_pending.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::flush()
{
    QStringList tables(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    tables.sort();
    emit changed(tables);
}
