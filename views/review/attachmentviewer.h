#pragma once

#include "records/attachmentfiles.h"

#include <QDialog>

class Database;
class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;

// The scans kept with a record, shown inside the program from memory: images as they are, PDF
// files page by page. Nothing is written to a disk to be shown.
class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    AttachmentViewer(const Database &database, const QString &entity, qint64 entityId,
                     QWidget *parent = nullptr);

    int fileCount() const;
    // The page shown, rendered; null when nothing could be shown.
    QImage shownImage() const;
    QString message() const;
    void showFile(int row, int page = 0);

private:
    QVector<AttachmentFiles::File> m_files;
    QListWidget *m_list = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_page = nullptr;
    QLabel *m_message = nullptr;
    QSpinBox *m_pageNumber = nullptr;
    QImage m_image;
};
