#pragma once

#include <QDialog>

class AuditTrailModel;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The security auditor's view of the audit trail: filters by account, cadre, action and
// period, the state of the hash chain, and an export that carries the chain head.
class AuditViewer : public QDialog
{
    Q_OBJECT

public:
    AuditViewer(const Database &database, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *cadreField() const { return m_cadre; }
    QComboBox *actionField() const { return m_action; }
    QLabel *chainLabel() const { return m_chain; }
    // Reads the filter fields and reloads; false (with the reason shown) when refused.
    bool applyFilter();
    void exportTrail(const QString &path);
    // Seals the trail with the auditor's key; false (the reason shown) when nothing was sealed.
    bool sealNow();
    QPushButton *sealButton() const { return m_sealButton; }
    // The account changes waiting for the auditor, and acknowledging all of them shown.
    QLabel *accountChangesLabel() const { return m_accountChanges; }
    QPushButton *acknowledgeButton() const { return m_acknowledgeButton; }
    bool acknowledgeAccountChanges();

private:
    void chooseExport();
    void showAccountChanges();

    const Database &m_database;
    AuditTrailModel *m_model = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_cadre = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_chain = nullptr;
    QPushButton *m_sealButton = nullptr;
    QLabel *m_accountChanges = nullptr;
    QPushButton *m_acknowledgeButton = nullptr;
    qint64 m_lastPending = 0;
};
