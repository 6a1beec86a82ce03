#include "sectionpage.h"

#include "dossierstyle.h"
#include "recordsection.h"

#include <QVBoxLayout>

SectionPage::SectionPage(const RecordEditor &editor, QWidget *parent)
    : DossierPage(parent)
    , m_editor(editor)
{
    new QVBoxLayout(this);
    DossierStyle::setPageMargins(this);
}

RecordSection *SectionPage::addSection(const RecordListing &listing, const QString &heading,
                                       int actions, int stretch)
{
    auto *section = new RecordSection(m_editor, listing, heading, actions, this);
    static_cast<QVBoxLayout *>(layout())->addWidget(section, stretch);
    m_sections.append(section);
    return section;
}

void SectionPage::reload()
{
    for (RecordSection *section : m_sections)
        section->reload();
}

RecordSection *SectionPage::activeSection() const
{
    for (RecordSection *section : m_sections) {
        if (section->isAncestorOf(focusWidget()))
            return section;
    }
    return m_sections.isEmpty() ? nullptr : m_sections.first();
}

void SectionPage::newRecord()
{
    if (RecordSection *section = activeSection())
        section->newRecord();
}

void SectionPage::editCurrent()
{
    if (RecordSection *section = activeSection())
        section->editCurrent();
}

void SectionPage::deleteCurrent()
{
    if (RecordSection *section = activeSection())
        section->deleteCurrent();
}

bool SectionPage::showRecord(const QString &table, qint64 id)
{
    for (RecordSection *section : m_sections) {
        if (section->table() == table) {
            refresh();
            return section->selectRecord(id);
        }
    }
    return false;
}
