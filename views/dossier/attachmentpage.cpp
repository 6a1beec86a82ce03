#include "attachmentpage.h"

#include "commands/recordcommands.h"
#include "domain/dataerror.h"
#include "items/recordlisting.h"
#include "items/recordlistmodel.h"
#include "recordeditor.h"
#include "records/attachmentfiles.h"
#include "recordsection.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

AttachmentPage::AttachmentPage(const RecordEditor &editor, QWidget *parent)
    : SectionPage(editor, parent)
    , m_editor(editor)
{
    RecordSection *files = addSection(RecordListings::forTable(QStringLiteral("attachments")),
                                      tr("Attachments"), RecordSection::DeleteAction);
    auto *add = new QPushButton(tr("Add file…"), files);
    add->setObjectName(QStringLiteral("addFileButton"));
    add->setToolTip(tr("Keep a scanned document or file in the dossier (Ctrl+N)"));
    auto *save = new QPushButton(tr("Save as…"), files);
    save->setObjectName(QStringLiteral("saveFileButton"));
    files->addAction(add);
    files->addAction(save);
    connect(add, &QPushButton::clicked, this, &AttachmentPage::newRecord);
    connect(save, &QPushButton::clicked, this, &AttachmentPage::saveCurrent);
    connect(files->view(), &RecordTableView::openRequested, this, &AttachmentPage::saveCurrent);
    connect(files->view(), &RecordTableView::newRequested, this, &AttachmentPage::newRecord);
}

void AttachmentPage::newRecord()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Add a file to the dossier"), QDir::homePath());
    if (!path.isEmpty())
        addFile(path);
}

void AttachmentPage::editCurrent()
{
    saveCurrent();
}

void AttachmentPage::addFile(const QString &path)
{
    try {
        RecordCommands::create(m_editor.undoStack(), m_editor.database(),
                               QStringLiteral("attachments"),
                               AttachmentFiles::valuesForFile(path, m_editor.cadreId()));
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot add the file"), error.message());
    }
}

void AttachmentPage::saveCurrent()
{
    RecordSection *files = sections().first();
    const qint64 id = files->currentRecordId();
    if (id == 0)
        return;
    const QString name = files->model()->index(files->view()->currentRow(), 1).data().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attachment"),
                                                      QDir::home().filePath(name));
    if (path.isEmpty())
        return;
    try {
        AttachmentFiles::save(m_editor.database().connection(), id, path);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot save the file"), error.message());
    }
}
