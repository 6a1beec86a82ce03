#include "newcadre.h"

#include "commands/recordcommands.h"
#include "dialogs/recordform.h"
#include "directory/dossiernumber.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "storage/database.h"

#include <QInputDialog>
#include <QMessageBox>

qint64 NewCadre::create(QWidget *parent, Database &database, QUndoStack *undoStack, qint64 unitId)
{
    const QString table = QStringLiteral("cadres");
    QVariantMap values = RecordKinds::defaults(table);
    values.insert(QStringLiteral("dossier_number"), suggestDossierNumber(database.connection()));
    values.insert(QStringLiteral("gender"), QStringLiteral("male"));
    values.insert(QStringLiteral("status"), QStringLiteral("serving"));
    if (unitId != 0)
        values.insert(QStringLiteral("unit_id"), unitId);
    qint64 created = 0;
    const ReferenceChoices references(database, 0);
    RecordForm form(
        RecordKinds::kind(table), database.connection(), references, values, true,
        [&](const QVariantMap &entered, const QVector<QVariantMap> &) {
            created = RecordCommands::create(undoStack, database, table,
                                             RecordKinds::completeForCreate(table, entered));
        },
        parent);
    form.setWindowTitle(tr("New Cadre"));
    return form.exec() == QDialog::Accepted ? created : 0;
}

void NewCadre::addFirstUnit(QWidget *parent, Database &database)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(
              parent, tr("New Database"),
              tr("The new database is empty. Name the county (or city) whose cadres it will hold, "
                 "for "
                 "example 清河县. Its units and cadres can then be added or imported."),
              QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    try {
        RecordRepository(database).create(
            QStringLiteral("units"),
            {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("county")}});
    } catch (const DataError &error) {
        QMessageBox::warning(parent, tr("New Database"), error.message());
    }
}
