#include "packagefields.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

PackageFileField::PackageFileField(Mode mode, const QString &caption, const QString &filter,
                                   QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_caption(caption)
    , m_filter(filter)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseButton"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(choose);
    setFocusProxy(m_edit);
    connect(choose, &QPushButton::clicked, this, &PackageFileField::choose);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { emit pathChanged(path()); });
}

QString PackageFileField::path() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? QString() : QDir::fromNativeSeparators(typed);
}

void PackageFileField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
    emit pathChanged(this->path());
}

void PackageFileField::choose()
{
    const QString start = path().isEmpty() ? PackageFields::documentsFolder() : path();
    const QString chosen = m_mode == Mode::Open
                               ? QFileDialog::getOpenFileName(this, m_caption, start, m_filter)
                               : QFileDialog::getSaveFileName(this, m_caption, start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

namespace PackageFields {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QString newFileIn(const QString &folder, const QString &stem, const QString &suffix)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    const QString name = QString(stem).replace(forbidden, QStringLiteral("-")).simplified();
    const QDir dir(folder);
    QString path = dir.filePath(name + suffix);
    for (int number = 2; QFileInfo::exists(path); ++number)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(name).arg(number).arg(suffix));
    return path;
}

QString shortHash(const QString &sha256)
{
    QStringList groups;
    for (int at = 0; at < 16 && at < sha256.size(); at += 4)
        groups << sha256.mid(at, 4);
    return groups.join(QLatin1Char(' '));
}

QString reviewPackageFilter()
{
    return PackageFileField::tr("Review packages (*.idrpkg);;All files (*)");
}

QString returnPackageFilter()
{
    return PackageFileField::tr("Return packages (*.idrret);;All files (*)");
}

BusyCursor::BusyCursor()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

BusyCursor::~BusyCursor()
{
    QApplication::restoreOverrideCursor();
}

} // namespace PackageFields
