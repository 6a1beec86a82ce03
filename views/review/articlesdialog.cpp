#include "articlesdialog.h"

#include "dialogs/formdates.h"
#include "domain/dataerror.h"
#include "domain/measurechecks.h"
#include "domain/period.h"
#include "domain/rules.h"
#include "settings/articlebook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ArticleText {

QString measures(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names << measureLabel(key);
    return names.join(QStringLiteral(", "));
}

} // namespace ArticleText

ArticlesDialog::ArticlesDialog(const Database &database, bool mayEdit, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("articlesDialog"));
    setWindowTitle(tr("Regulation Articles"));
    resize(1000, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The articles the facts of a case cite, with the measures each "
                                "allows at each degree. A new version of an article is added "
                                "with the day it took effect; the old one keeps its last day."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("articles"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Regulation"), tr("Article"), tr("About"), tr("Applies"),
                                        tr("Lighter circumstances"), tr("Graver circumstances"),
                                        tr("Serious circumstances")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add an Article…"), this);
    add->setObjectName(QStringLiteral("addArticle"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(QStringLiteral("editArticle"));
    auto *close = new QPushButton(tr("Close"), this);
    add->setEnabled(mayEdit);
    edit->setEnabled(mayEdit);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { openForm(); });
    connect(edit, &QPushButton::clicked, this, [this] { openForm(m_table->currentRow()); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    if (mayEdit)
        connect(m_table, &QTableWidget::cellDoubleClicked, this,
                [this](int row) { openForm(row); });
    reload();
}

void ArticlesDialog::reload()
{
    try {
        m_articles = ArticleBook(m_database).articles();
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        m_articles.clear();
    }
    m_table->setRowCount(int(m_articles.size()));
    for (int row = 0; row < m_articles.size(); ++row) {
        const Article &article = m_articles.at(row);
        const QString applies
            = article.validTo.isValid()
                  ? tr("%1 to %2").arg(displayDate(article.validFrom), displayDate(article.validTo))
                  : tr("from %1").arg(displayDate(article.validFrom));
        const QStringList cells = {article.regulation,
                                   article.number,
                                   article.topic,
                                   applies,
                                   ArticleText::measures(article.lighter),
                                   ArticleText::measures(article.heavier),
                                   ArticleText::measures(article.serious)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 2 ? article.text : article.source);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

ArticleForm *ArticlesDialog::openForm(int row)
{
    Article article;
    if (row >= 0 && row < m_articles.size()) {
        article = m_articles.at(row);
    } else {
        article.regulation = QStringLiteral("《中国共产党纪律处分条例》");
        article.system = QStringLiteral("party");
        article.validFrom = QDate::currentDate();
    }
    auto *form = new ArticleForm(m_database, article, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, &ArticlesDialog::reload);
    form->open();
    return form;
}

ArticleForm::ArticleForm(const Database &database, const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("articleForm"));
    setWindowTitle(article.id == 0 ? tr("New Article") : tr("Article"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_regulation = new QComboBox(this);
    m_regulation->setObjectName(QStringLiteral("regulation"));
    m_regulation->setEditable(true);
    m_regulation->addItems({QStringLiteral("《中国共产党纪律处分条例》"),
                            QStringLiteral("《中华人民共和国公职人员政务处分法》")});
    form->addRow(tr("Regulation"), m_regulation);
    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("system"));
    m_system->addItem(tr("Party discipline"), QStringLiteral("party"));
    m_system->addItem(tr("Government sanctions"), QStringLiteral("government"));
    form->addRow(tr("Kind"), m_system);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("e.g. 第一百三十二条"));
    form->addRow(tr("Article"), m_number);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    form->addRow(tr("About"), m_topic);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setMaximumHeight(110);
    form->addRow(tr("Text as published"), m_text);
    m_validFrom = FormDates::createDateEdit(QStringLiteral("valid_from"), this);
    form->addRow(tr("In force from"), m_validFrom);
    auto *end = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("Applies until"), this);
    m_hasEnd->setObjectName(QStringLiteral("valid_toSet"));
    m_validTo = FormDates::createDateEdit(QStringLiteral("valid_to"), this);
    m_validTo->setEnabled(false);
    end->addWidget(m_hasEnd);
    end->addWidget(m_validTo, 1);
    form->addRow(tr("Last day"), end);
    connect(m_hasEnd, &QCheckBox::toggled, m_validTo, &QWidget::setEnabled);
    const QStringList degrees
        = {tr("Lighter circumstances"), tr("Graver circumstances"), tr("Serious circumstances")};
    const char *const names[] = {"lighter", "heavier", "serious"};
    auto *ranges = new QHBoxLayout;
    for (int degree = 0; degree < 3; ++degree) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(degrees.at(degree), this));
        m_ranges[degree] = new QListWidget(this);
        m_ranges[degree]->setObjectName(QString::fromLatin1(names[degree]));
        m_ranges[degree]->setMaximumHeight(130);
        column->addWidget(m_ranges[degree]);
        ranges->addLayout(column);
    }
    form->addRow(tr("Measures allowed"), ranges);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("Where the text was read from: an address or a document"));
    form->addRow(tr("Source"), m_source);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArticleForm::reject);
    layout->addWidget(buttons);
    connect(m_system, &QComboBox::currentIndexChanged, this, &ArticleForm::fillRanges);
    setArticle(article);
}

void ArticleForm::fillRanges()
{
    const QString system = m_system->currentData().toString();
    for (QListWidget *list : m_ranges) {
        QStringList ticked;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                ticked << list->item(row)->data(Qt::UserRole).toString();
        list->clear();
        for (const QString &measure : MeasureChecks::severityOrder(system)) {
            auto *item = new QListWidgetItem(measureLabel(measure), list);
            item->setData(Qt::UserRole, measure);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(measure) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ArticleForm::setArticle(const Article &article)
{
    m_id = article.id;
    m_regulation->setCurrentText(article.regulation);
    m_system->setCurrentIndex(std::max(0, m_system->findData(article.system)));
    m_number->setText(article.number);
    m_topic->setText(article.topic);
    m_text->setPlainText(article.text);
    m_validFrom->setDate(article.validFrom.isValid() ? article.validFrom : QDate::currentDate());
    m_hasEnd->setChecked(article.validTo.isValid());
    if (article.validTo.isValid())
        m_validTo->setDate(article.validTo);
    fillRanges();
    const QStringList *ranges[] = {&article.lighter, &article.heavier, &article.serious};
    for (int degree = 0; degree < 3; ++degree)
        for (int row = 0; row < m_ranges[degree]->count(); ++row) {
            QListWidgetItem *item = m_ranges[degree]->item(row);
            item->setCheckState(ranges[degree]->contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    m_source->setText(article.source);
}

Article ArticleForm::article() const
{
    Article article;
    article.id = m_id;
    article.regulation = m_regulation->currentText().trimmed();
    article.system = m_system->currentData().toString();
    article.number = m_number->text().trimmed();
    article.topic = m_topic->text().trimmed();
    article.text = m_text->toPlainText().trimmed();
    article.validFrom = m_validFrom->date();
    article.validTo = m_hasEnd->isChecked() ? m_validTo->date() : QDate();
    QStringList *ranges[] = {&article.lighter, &article.heavier, &article.serious};
    for (int degree = 0; degree < 3; ++degree)
        for (int row = 0; row < m_ranges[degree]->count(); ++row)
            if (m_ranges[degree]->item(row)->checkState() == Qt::Checked)
                ranges[degree]->append(m_ranges[degree]->item(row)->data(Qt::UserRole).toString());
    article.source = m_source->text().trimmed();
    return article;
}

QString ArticleForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ArticleForm::accept()
{
    try {
        ArticleBook(m_database).save(article());
    } catch (const DataError &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}
