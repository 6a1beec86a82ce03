#include "dossierheader.h"

#include "domain/period.h"
#include "domain/vocabulary.h"
#include "dossier/dossier.h"
#include "dossier/dossierstatus.h"
#include "dossierstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

DossierStyle::Tone opinionTone(int category)
{
    if (category >= 6)
        return DossierStyle::Tone::Danger;
    if (category == 5)
        return DossierStyle::Tone::Warning;
    if (category == 4)
        return DossierStyle::Tone::Caution;
    return DossierStyle::Tone::Good;
}

} // namespace

DossierHeader::DossierHeader(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("dossierHeader"));
    setStyleSheet(QStringLiteral("#dossierHeader { background: palette(base); "
                                 "border-bottom: 1px solid palette(mid); }"));
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("photo"));
    m_photo->setFixedSize(72, 92);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setToolTip(tr("No photo on file"));
    m_photo->setStyleSheet(QStringLiteral("QLabel { background: #e5e7eb; color: #6b7280; "
                                          "border-radius: 6px; font-size: 30px; }"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("cadreName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_topLeader = new QLabel(tr("★ Top leader"), this);
    m_topLeader->setObjectName(QStringLiteral("topLeader"));
    DossierStyle::makeBadge(m_topLeader, DossierStyle::Tone::Caution);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("dossierNumber"));
    DossierStyle::makeQuiet(m_number);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("cadreDetails"));
    m_details->setWordWrap(true);
    m_badges = new QHBoxLayout;
    m_badges->setSpacing(6);
    m_reasonsToggle = new QToolButton(this);
    m_reasonsToggle->setObjectName(QStringLiteral("reasonsToggle"));
    m_reasonsToggle->setText(tr("Why?"));
    m_reasonsToggle->setCheckable(true);
    m_reasonsToggle->setAutoRaise(true);
    m_reasonsToggle->setToolTip(tr("Show the facts behind the integrity opinion"));
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("opinionReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    DossierStyle::makeQuiet(m_reasons);
    m_reasons->hide();
    connect(m_reasonsToggle, &QToolButton::toggled, m_reasons, &QWidget::setVisible);

    m_recent = new QLabel(this);
    m_recent->setObjectName(QStringLiteral("recentChanges"));
    m_recent->setWordWrap(true);
    m_recent->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_recent->hide();

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_topLeader);
    nameRow->addStretch(1);
    nameRow->addWidget(m_number);
    auto *badgeRow = new QHBoxLayout;
    badgeRow->addLayout(m_badges);
    badgeRow->addWidget(m_reasonsToggle);
    badgeRow->addStretch(1);
    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addLayout(nameRow);
    text->addWidget(m_details);
    text->addLayout(badgeRow);
    text->addWidget(m_reasons);
    text->addWidget(m_recent);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(16);
    layout->addWidget(m_photo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void DossierHeader::setRecentChanges(const QString &text)
{
    m_recent->setText(text);
    m_recent->setVisible(!text.isEmpty());
}

QString DossierHeader::recentChangesText() const
{
    return m_recent->text();
}

QLabel *DossierHeader::addBadge(const QString &objectName, const QString &text, int tone,
                                const QString &toolTip)
{
    auto *badge = new QLabel(text, this);
    badge->setObjectName(objectName);
    badge->setToolTip(toolTip);
    DossierStyle::makeBadge(badge, DossierStyle::Tone(tone));
    m_badges->addWidget(badge);
    m_badgeLabels.append(badge);
    return badge;
}

void DossierHeader::setDossier(const Dossier &dossier, const DossierStatus &status)
{
    m_photo->setText(dossier.name.left(1));
    m_name->setText(dossier.name);
    m_topLeader->setVisible(dossier.topLeader);
    m_number->setText(tr("Dossier no. %1").arg(dossier.dossierNumber));
    QStringList details{dossier.unitName};
    for (const QString &part : {dossier.position, dossier.rank})
        if (!part.isEmpty())
            details << part;
    details << Vocabulary::label(QStringLiteral("cadres.party_membership"),
                                 dossier.partyMembership);
    if (dossier.status != QLatin1String("serving"))
        details << Vocabulary::label(QStringLiteral("cadres.status"), dossier.status);
    m_details->setText(details.join(QStringLiteral(" · ")));

    qDeleteAll(m_badgeLabels);
    m_badgeLabels.clear();
    using Tone = DossierStyle::Tone;
    if (status.permanentImpact)
        addBadge(QStringLiteral("impactBadge"), tr("Expelled: impact without end"),
                 int(Tone::Danger));
    else if (status.impactUntil)
        addBadge(QStringLiteral("impactBadge"),
                 tr("Impact period until %1").arg(displayDate(*status.impactUntil)),
                 int(Tone::Danger));
    if (status.insideAdmonition)
        addBadge(QStringLiteral("admonitionBadge"), tr("Inside an admonition period"),
                 int(Tone::Warning), tr("Until %1").arg(displayDate(status.admonitionUntil)));
    if (status.openClues > 0)
        addBadge(QStringLiteral("clueBadge"), tr("Open clues %1").arg(status.openClues),
                 int(Tone::Warning));
    if (status.overdueRectifications > 0)
        addBadge(QStringLiteral("overdueBadge"),
                 tr("Overdue rectifications %1").arg(status.overdueRectifications),
                 int(Tone::Danger));
    const QString reasons = status.opinion.reasons.join(QLatin1Char('\n'));
    addBadge(QStringLiteral("opinionBadge"),
             tr("Opinion %1: %2").arg(status.opinion.category).arg(status.opinion.label),
             int(opinionTone(status.opinion.category)), reasons);
    m_reasons->setText(reasons);
    m_reasonsToggle->setVisible(!reasons.isEmpty());
    if (reasons.isEmpty())
        m_reasonsToggle->setChecked(false);
}

void DossierHeader::setMissing()
{
    qDeleteAll(m_badgeLabels);
    m_badgeLabels.clear();
    m_topLeader->hide();
    m_reasonsToggle->hide();
    m_reasons->hide();
    m_details->setText(tr("This cadre's record no longer exists. Edit → Redo brings it back."));
}

QStringList DossierHeader::badgeTexts() const
{
    QStringList texts;
    for (const QLabel *badge : m_badgeLabels)
        texts << badge->text();
    return texts;
}

QString DossierHeader::reasonsText() const
{
    return m_reasons->text();
}
