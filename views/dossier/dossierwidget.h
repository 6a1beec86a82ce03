#pragma once

#include <QMap>
#include <QWidget>
#include <memory>

class Database;
class QDateTime;
struct RecentChange;
class DossierHeader;
class DossierPage;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class RecordEditor;

// One cadre's integrity dossier: the header card with its status badges, and a page per
// section picked from the list on the left. Every edit goes through the shared undo stack, and
// the dossier reads itself again whenever the stack moves (an edit, an undo, a redo).
class DossierWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Section {
        Overview,
        BasicInformation,
        Family,
        PersonalMatters,
        Talks,
        Notices,
        Inspections,
        Clues,
        Cases,
        Sanctions,
        DutyReports,
        WarningEducation,
        Opinions,
        Attachments,
        ChangeHistory,
    };

    // Throws DataError when there is no such cadre.
    DossierWidget(Database &database, qint64 cadreId, QUndoStack *undoStack,
                  QWidget *parent = nullptr);
    ~DossierWidget() override;

    qint64 cadreId() const { return m_cadreId; }
    // The cadre's name.
    QString title() const { return m_title; }

    void showSection(Section section);
    Section currentSection() const;
    DossierPage *page(Section section) const;
    DossierHeader *header() const { return m_header; }

public slots:
    void reload();
    // The keyboard actions, sent to the current page.
    void newRecord();
    void editCurrent();
    void deleteCurrent();

signals:
    void titleChanged(const QString &title);
    // The summary of this dossier, to preview and print.
    void printPreviewRequested(qint64 cadreId);

private:
    void buildPages();
    void addPage(Section section, const QString &label, DossierPage *page);
    void openRecord(const QString &table, qint64 id);
    void refreshCurrentPage();
    void showRecentChanges();
    static QString describe(const RecentChange &change, const QDateTime &now);
    // How far back the header looks for colleagues' changes.
    static constexpr int kRecentSeconds = 3600;
    void updateSectionLabels(const QMap<QString, int> &countsByKind);

    Database &m_database;
    qint64 m_cadreId;
    QUndoStack *m_undoStack;
    std::unique_ptr<RecordEditor> m_editor;
    QString m_title;
    DossierHeader *m_header = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Section> m_order;
    QMap<Section, QString> m_labels;
};
