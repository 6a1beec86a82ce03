#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// A dossier number for a new cadre in the style the database already uses: the pattern of the
// latest number ("QH-2023-02999"), this year, and one more than the highest serial in use.
QString suggestDossierNumber(const QSqlDatabase &db, QDate today = QDate::currentDate());
