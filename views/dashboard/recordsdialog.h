#pragma once

#include "statistics/statisticcounts.h"

#include <QDialog>

class QTableWidget;

// The records behind a number of the dashboard: what each is, when, whom and which unit it is
// about. Activating a row asks for that cadre's dossier.
class RecordsDialog : public QDialog
{
    Q_OBJECT

public:
    RecordsDialog(const QString &title, const QVector<CountedRecord> &records,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

signals:
    void dossierRequested(qint64 cadreId);

private:
    QTableWidget *m_table = nullptr;
    QVector<CountedRecord> m_records;
};
