#pragma once

#include <QStringList>

// Pinyin search keys for a Chinese name, computed when the name is written (never per search).
// Surnames are read as surnames (曾 zeng, 单 shan, 解 xie), and characters with several
// readings in given names yield one key per reading, so "乐" matches both le and yue.
struct PinyinKeys
{
    QStringList full;     // e.g. "zhangjianguo"
    QStringList initials; // e.g. "zjg"
};

class Pinyin
{
public:
    static PinyinKeys keysForName(const QString &name);
    // The readings of one character, most common first; the character itself when it has none.
    static QStringList readings(QChar character);
    // The readings of a leading surname of one or two characters, if it is read unusually.
    static QStringList surnameReadings(const QString &name, int *length);
};
