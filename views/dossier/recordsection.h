#pragma once

#include "items/recordlisting.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class RecordEditor;
class RecordListModel;
class RecordTableView;

// One list of a dossier page: a heading with its count and New / Edit / Delete buttons above a
// table of the cadre's records of one kind.
class RecordSection : public QWidget
{
    Q_OBJECT

public:
    enum Action { NewAction = 0x1, EditAction = 0x2, DeleteAction = 0x4, AllActions = 0x7 };

    // The actions offered; New and Edit open the record forms.
    RecordSection(const RecordEditor &editor, const RecordListing &listing, const QString &heading,
                  int actions, QWidget *parent = nullptr);

    QString table() const;
    RecordListModel *model() const { return m_model; }
    RecordTableView *view() const { return m_view; }
    qint64 currentRecordId() const;
    bool selectRecord(qint64 id);
    // Adds a button beside New / Edit / Delete.
    void addAction(QPushButton *button);

    void reload();
    void newRecord();
    void editCurrent();
    void deleteCurrent();

signals:
    void currentRecordChanged(qint64 id);

private:
    void updateButtons();

    const RecordEditor &m_editor;
    int m_actions;
    int m_customButtons = 0;
    RecordListModel *m_model = nullptr;
    RecordTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};
