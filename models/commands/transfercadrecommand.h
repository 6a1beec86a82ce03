#pragma once

#include "recordcommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

// A cadre moves to another unit or post (调任): the posts held until then end the day before,
// the new one begins on the day, and the cadre's unit, post and rank become the new ones. Undo
// puts all of it back.
class TransferCadreCommand : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransferCadreCommand)

public:
    struct Transfer
    {
        qint64 cadreId = 0;
        qint64 unitId = 0;
        QString position;
        QString rank;
        QDate date;
        bool topLeader = false;
    };
    TransferCadreCommand(Database &database, const Transfer &transfer);

protected:
    void apply() override;
    void revert() override;

private:
    Transfer m_transfer;
    QVariantMap m_before; // the cadre's unit, post, rank and top-leader flag
    QVector<qint64> m_ended;
    qint64 m_post = 0;
};
