#pragma once

#include "domain/recorddetails.h"

#include <QTableWidget>

// The grid of a record's details inside its form: one row per fixed item, a combo box for the
// mark and a line for the text (the 14 items of a personal-matters report, an inspection's
// checklist).
class DetailGrid : public QTableWidget
{
    Q_OBJECT

public:
    DetailGrid(const DetailKind &kind, const QVector<QVariantMap> &rows, QWidget *parent = nullptr);

    // The rows to store: every item, or for a checklist only the items given a mark.
    QVector<QVariantMap> rows() const;

private:
    DetailKind m_kind;
};
