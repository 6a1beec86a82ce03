#pragma once

#include <QStringList>

// Splits an SQL script into single statements: Qt Sql runs one statement per exec().
// Understands comments, quoted text and trigger bodies (BEGIN ... END;).
QStringList splitSqlScript(const QString &script);
