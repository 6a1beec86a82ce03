#pragma once

#include "records/referencechoices.h"

#include <QWidget>

class QListWidget;
class QPushButton;

// The cadres a clue, a case or a warning-education event concerns, inside its form: the
// dossier's own cadre always, and others added from the whole directory (a petition about a
// director and two colleagues). Each row is the link row as stored.
class SubjectList : public QWidget
{
    Q_OBJECT

public:
    // `linkTable` is clue_subjects, case_subjects or warning_education_attendance.
    SubjectList(const QString &linkTable, const ReferenceChoices &references,
                const QVector<QVariantMap> &rows, QWidget *parent = nullptr);

    QVector<QVariantMap> rows() const { return m_rows; }
    void add(qint64 cadreId);
    // Every cadre of the unit itself (not of the units below it) the account may see.
    void addUnit(qint64 unitId);

private:
    void addItem(const QVariantMap &row);
    void removeCurrent();
    void updateButtons();

    QString m_linkTable;
    ReferenceChoices m_references;
    QVector<QVariantMap> m_rows;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};
