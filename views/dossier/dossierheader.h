#pragma once

#include <QFrame>

struct Dossier;
struct DossierStatus;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The card at the top of a dossier: photo placeholder, name, unit, position, rank, party
// membership, dossier number, the top-leader mark, and the status badges computed from the
// rules, the opinion badge with its reasons.
class DossierHeader : public QFrame
{
    Q_OBJECT

public:
    explicit DossierHeader(QWidget *parent = nullptr);

    void setDossier(const Dossier &dossier, const DossierStatus &status);
    // The cadre's record is gone (an undone creation, say): no badges, and a word why.
    void setMissing();
    // The badges' texts, left to right.
    QStringList badgeTexts() const;
    QString reasonsText() const;
    // What colleagues changed in the dossier a moment ago (server mode); empty hides it.
    void setRecentChanges(const QString &text);
    QString recentChangesText() const;

private:
    QLabel *addBadge(const QString &objectName, const QString &text, int tone,
                     const QString &toolTip = {});

    QLabel *m_photo = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_topLeader = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_details = nullptr;
    QHBoxLayout *m_badges = nullptr;
    QList<QLabel *> m_badgeLabels;
    QToolButton *m_reasonsToggle = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_recent = nullptr;
};
