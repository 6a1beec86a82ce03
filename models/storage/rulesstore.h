#pragma once

#include <QSqlDatabase>

class Rules;

// The rules table: regulation values as defaults, editable and dated.
namespace RulesStore {

Rules load(const QSqlDatabase &db);

} // namespace RulesStore
