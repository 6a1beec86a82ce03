#include "startpage.h"

#include "database/recentdatabases.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Integrity Dossier"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("One person, one file: the integrity dossiers of the cadres "
                                   "your commission supervises, kept on this computer."),
                                this);
    subtitle->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open a Database…"), this);
    auto *create = new QPushButton(tr("&New Database…"), this);
    auto *server = new QPushButton(tr("&Connect to the Commission's Server…"), this);
    server->setToolTip(tr("When several offices share the dossiers on the commission's server"));
    auto *demo = new QPushButton(tr("Try the &Demo Database"), this);
    demo->setToolTip(tr("An invented county with its cadres and six years of records"));
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(server, &QPushButton::clicked, this, &StartPage::serverRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::openItem);

    auto *recentLabel = new QLabel(tr("Recent databases:"), this);
    auto *card = new QWidget(this);
    card->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addSpacing(fontMetrics().height());
    for (QPushButton *button : {open, create, server, demo})
        cardLayout->addWidget(button);
    cardLayout->addSpacing(fontMetrics().height());
    cardLayout->addWidget(recentLabel);
    cardLayout->addWidget(m_recent);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void StartPage::setRecentDatabases(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(RecentDatabases::shownName(path), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
        if (!RecentDatabases::isAvailable(path))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
}

void StartPage::openItem(QListWidgetItem *item)
{
    emit recentRequested(item->data(Qt::UserRole).toString());
}
