#pragma once

#include <QString>

// Printed papers are Chinese official documents, whatever language the interface speaks: their
// own wording is written in Chinese, and labels shared with the interface (vocabularies, column
// headers) are looked up in the Chinese translation compiled into the models library.
namespace ReportLanguage {

// The Chinese of an interface string of `context`; `text` itself when it is already Chinese
// (the interface runs in Chinese) or has no translation.
QString chinese(const char *context, const QString &text);
// The Chinese label of a vocabulary key, e.g. ("talks.kind", "reminder") → 提醒谈话.
QString vocabularyLabel(const QString &vocabulary, const QString &key);

// 一, 二 … 十九 for the numbered headings of a paper; larger numbers stay digits.
QString chineseNumber(int number);

} // namespace ReportLanguage
