#include "attachmentviewer.h"

#include "domain/dataerror.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

AttachmentViewer::AttachmentViewer(const Database &database, const QString &entity, qint64 entityId,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(tr("Scans"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(900, 760);
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setMaximumWidth(220);
    layout->addWidget(m_list);
    auto *right = new QVBoxLayout;
    auto *pageRow = new QHBoxLayout;
    m_pageNumber = new QSpinBox(this);
    m_pageNumber->setObjectName(QStringLiteral("page"));
    m_pageNumber->setPrefix(tr("Page "));
    m_pageNumber->setMinimum(1);
    pageRow->addWidget(m_pageNumber);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    pageRow->addWidget(m_message, 1);
    right->addLayout(pageRow);
    m_scroll = new QScrollArea(this);
    m_page = new QLabel(m_scroll);
    m_page->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    right->addWidget(m_scroll, 1);
    layout->addLayout(right, 1);

    try {
        m_files = AttachmentFiles::ofRecord(database, entity, entityId);
    } catch (const DataError &error) {
        m_message->setText(error.message());
    }
    for (const AttachmentFiles::File &file : m_files)
        m_list->addItem(file.name);
    if (m_files.isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("No scan is kept with this record yet."));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { showFile(row); });
    connect(m_pageNumber, &QSpinBox::valueChanged, this,
            [this](int page) { showFile(m_list->currentRow(), page - 1); });
    if (!m_files.isEmpty())
        m_list->setCurrentRow(0);
}

int AttachmentViewer::fileCount() const
{
    return int(m_files.size());
}

QImage AttachmentViewer::shownImage() const
{
    return m_image;
}

QString AttachmentViewer::message() const
{
    return m_message->text();
}

void AttachmentViewer::showFile(int row, int page)
{
    m_image = QImage();
    m_page->clear();
    if (row < 0 || row >= m_files.size())
        return;
    const AttachmentFiles::File &file = m_files.at(row);
    int pages = 1;
    if (file.mimeType == QLatin1String("application/pdf")
        || file.content.startsWith(QByteArrayLiteral("%PDF"))) {
        // Read from memory; the document is rendered one page at a time.
        QBuffer buffer;
        buffer.setData(file.content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        pages = document.pageCount();
        if (document.status() == QPdfDocument::Status::Ready && pages > 0) {
            page = std::clamp(page, 0, pages - 1);
            const QSizeF points = document.pagePointSize(page);
            const qreal scale = 150.0 / 72.0; // 150 dpi: a scan stays legible
            m_image = document.render(page, (points * scale).toSize());
        }
    } else {
        m_image = QImage::fromData(file.content);
    }
    const QSignalBlocker blocker(m_pageNumber);
    m_pageNumber->setMaximum(std::max(1, pages));
    m_pageNumber->setValue(page + 1);
    m_pageNumber->setVisible(pages > 1);
    if (m_image.isNull()) {
        m_message->setText(tr("%1 cannot be shown here: it is neither an image nor a PDF file. "
                              "Save it from the dossier's attachments to open it.")
                               .arg(file.name));
        return;
    }
    m_message->setText(pages > 1 ? tr("%1, %2 pages").arg(file.name).arg(pages) : file.name);
    m_page->setPixmap(QPixmap::fromImage(m_image));
}
