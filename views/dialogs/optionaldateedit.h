#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be left empty: a check box says whether there is one, and a date edit with a
// calendar popup holds it. The date edit carries the field's object name; the box is "<name>Set".
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &fieldName, QWidget *parent = nullptr);

    // An invalid date when there is none.
    QDate date() const;
    void setDate(QDate date);
    QDateEdit *dateEdit() const { return m_dateEdit; }

signals:
    void changed();

private:
    QCheckBox *m_set = nullptr;
    QDateEdit *m_dateEdit = nullptr;
};
