#include "importrow.h"

#include <QRegularExpression>

QString foldedHeader(const QString &header)
{
    static const QRegularExpression noise(QStringLiteral("[\\s*＊:：()（）\\[\\]【】/、_\\-]"));
    return QString(header).remove(noise).toCaseFolded();
}
