#pragma once

#include "domain/articles.h"

#include <QDialog>

class Database;
class QTableWidget;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QCheckBox;
class QListWidget;
class QLabel;

// The regulation articles facts cite: each with its regulation, number, the measures it allows
// at each degree, the days it applies and its source. Add one, or change one — a new version of
// an article is added with the day it took effect, and the old one given its last day.
class ArticlesDialog : public QDialog
{
    Q_OBJECT

public:
    ArticlesDialog(const Database &database, bool mayEdit, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    // Opens the form for a new article, or for the one in `row`.
    class ArticleForm *openForm(int row = -1);

private:
    const Database &m_database;
    QVector<Article> m_articles;
    QTableWidget *m_table = nullptr;
};

// One article's form; OK checks and saves it through ArticleBook, a refusal stays in the form.
class ArticleForm : public QDialog
{
    Q_OBJECT

public:
    ArticleForm(const Database &database, const Article &article, QWidget *parent = nullptr);

    Article article() const;
    void setArticle(const Article &article);
    QString errorText() const;
    void accept() override;

private:
    void fillRanges();

    const Database &m_database;
    qint64 m_id = 0;
    QComboBox *m_regulation = nullptr;
    QComboBox *m_system = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_validTo = nullptr;
    QListWidget *m_ranges[3] = {nullptr, nullptr, nullptr};
    QLineEdit *m_source = nullptr;
    QLabel *m_error = nullptr;
};
