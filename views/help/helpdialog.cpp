#include "helpdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Compiled in by views/CMakeLists.txt from docs/; the screenshots lie beside them.
const QString kChineseGuide = QStringLiteral("qrc:/help/user-guide.zh_CN.md");
const QString kEnglishGuide = QStringLiteral("qrc:/help/USER-GUIDE.md");

// Room left beside a fitted screenshot for the document's margins.
constexpr int kImageMargin = 16;

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QTreeWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("User Guide"));
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setSizeGripEnabled(true);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderLabel(tr("Contents"));
    m_contents->header()->setStretchLastSection(true);
    m_contents->setRootIsDecorated(true);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links are followed here: a link to a heading scrolls there, and nothing leaves the guide.
    m_browser->setOpenLinks(false);
    // A scroll bar that comes and goes would change the width the screenshots are fitted to.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_browser->viewport()->installEventFilter(this);

    m_find->setObjectName(QStringLiteral("helpFind"));
    m_find->setPlaceholderText(tr("Find in the guide   Ctrl+F"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the find field finds the next place; it must not press a dialog button.
    for (QPushButton *button : {previous, next, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_findStatus);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    const QSize character = fontMetrics().size(0, QStringLiteral("中"));
    splitter->setSizes({character.width() * 14, character.width() * 56});
    resize(character.width() * 72, character.height() * 42);

    auto *findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto *nextAction = new QAction(this);
    nextAction->setShortcuts(QKeySequence::FindNext);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(); });
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    addActions({findAction, nextAction, previousAction});

    // Typing finds from where the last match began, so the match grows as the word does.
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpDialog::followLink);
    connect(m_contents, &QTreeWidget::itemActivated, this, &HelpDialog::showHeading);
    connect(m_contents, &QTreeWidget::itemClicked, this, &HelpDialog::showHeading);

    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(50);
    connect(m_fitTimer, &QTimer::timeout, this, &HelpDialog::fitImages);

    load(guideFor(QLocale()));
}

HelpDialog *HelpDialog::showGuide(QWidget *parent)
{
    auto *dialog
        = parent ? parent->findChild<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new HelpDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QUrl HelpDialog::guideFor(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::Chinese ? kChineseGuide : kEnglishGuide);
}

QString HelpDialog::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar character : heading.trimmed().toLower()) {
        if (character.isLetterOrNumber() || character == QLatin1Char('-')
            || character == QLatin1Char('_'))
            anchor += character;
        else if (character == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

void HelpDialog::load(const QUrl &guide)
{
    m_browser->setSource(guide, QTextDocument::MarkdownResource);
    if (m_browser->document()->isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this copy of the program."));
    m_browser->document()->setUndoRedoEnabled(false);
    nameHeadings();
    m_fittedWidth = 0;
    fitImages();
}

void HelpDialog::nameHeadings()
{
    m_anchors.clear();
    m_contents->clear();
    QHash<QString, int> used;
    QTreeWidgetItem *chapter = nullptr;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        const QString heading = block.text().trimmed();
        QString anchor = anchorFor(heading);
        // A second heading of the same words is linked with -1, a third with -2, as on GitHub.
        const int earlier = used.value(anchor);
        used.insert(anchor, earlier + 1);
        if (earlier > 0)
            anchor += QStringLiteral("-%1").arg(earlier);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat name;
        name.setAnchor(true);
        name.setAnchorNames({anchor});
        cursor.mergeCharFormat(name);
        m_anchors << anchor;

        // The title is the window's; chapters and their sections make the contents.
        if (level == 1 || level > 3)
            continue;
        QTreeWidgetItem *item = level == 2 || !chapter ? new QTreeWidgetItem(m_contents)
                                                       : new QTreeWidgetItem(chapter);
        item->setText(0, heading);
        item->setToolTip(0, heading);
        item->setData(0, Qt::UserRole, anchor);
        if (level == 2)
            chapter = item;
    }
}

void HelpDialog::fitImages()
{
    const int available = m_browser->viewport()->width()
                          - 2 * int(m_browser->document()->documentMargin()) - kImageMargin;
    if (available <= 0 || available == m_fittedWidth)
        return;
    m_fittedWidth = available;

    struct Placed
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QVector<Placed> images;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.isImageFormat())
                images.append({fragment.fragment().position(), fragment.fragment().length(),
                               format.toImageFormat()});
        }
    }
    // Shrunk to the window, never enlarged: text in a screenshot stays sharp at its own size.
    const int scrolled = m_browser->verticalScrollBar()->value();
    QTextCursor cursor(m_browser->document());
    for (Placed &image : images) {
        if (!m_imageWidths.contains(image.format.name())) {
            QImage picture;
            picture.loadFromData(
                m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.format.name()))
                    .toByteArray());
            m_imageWidths.insert(image.format.name(), picture.width());
        }
        const int natural = m_imageWidths.value(image.format.name());
        if (natural <= 0)
            continue;
        if (natural > available)
            image.format.setWidth(available);
        else
            image.format.clearProperty(QTextFormat::ImageWidth);
        image.format.clearProperty(QTextFormat::ImageHeight);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    m_browser->verticalScrollBar()->setValue(scrolled);
}

void HelpDialog::followLink(const QUrl &link)
{
    const QString anchor = link.fragment(QUrl::FullyDecoded);
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor);
}

void HelpDialog::showHeading(QTreeWidgetItem *item)
{
    if (item)
        m_browser->scrollToAnchor(item->data(0, Qt::UserRole).toString());
}

bool HelpDialog::findNext(bool backwards)
{
    const QString text = m_find->text();
    m_findStatus->clear();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Round again from the other end, and say so.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(text, flags)) {
        m_findStatus->setText(backwards ? tr("Continued from the end.")
                                        : tr("Continued from the beginning."));
        return true;
    }
    m_findStatus->setText(tr("Not found."));
    return false;
}

bool HelpDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QDialog::eventFilter(watched, event);
}
