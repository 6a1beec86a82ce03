#pragma once

#include <QWidget>

class QLineEdit;

// What the review package dialogs share: the file field, the folder they suggest, a name for a
// file made from case numbers, and a file's SHA-256 as people compare it.
class PackageFileField : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Open, Save };

    PackageFileField(Mode mode, const QString &caption, const QString &filter,
                     QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    // A file was chosen, or its name typed and confirmed.
    void pathChanged(const QString &path);

private:
    void choose();

    Mode m_mode;
    QString m_caption;
    QString m_filter;
    QLineEdit *m_edit = nullptr;
};

namespace PackageFields {

// The user's documents folder, where packages and review copies are suggested.
QString documentsFolder();
// `stem` made a file name (the characters a file name cannot hold replaced) in `folder`, with
// `suffix`; " (2)", " (3)" … added while such a file exists.
QString newFileIn(const QString &folder, const QString &stem, const QString &suffix);
// "1a2b 3c4d 5e6f 7a8b": the first 64 bits of a SHA-256, for reading out on the phone.
QString shortHash(const QString &sha256);
// The file filters of the two kinds of package.
QString reviewPackageFilter();
QString returnPackageFilter();

// The wait cursor while a key is derived from a passphrase (Argon2id takes a moment).
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace PackageFields
