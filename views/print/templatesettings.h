#pragma once

class Database;

// Summary templates as earlier versions kept them: in each user's own settings. They move into
// the database, shared by the commission, once a case officer opens it; a name the commission
// has already keeps the commission's template.
namespace TemplateSettings {

// Returns the templates moved; 0 when there were none or the account may not write them (they
// stay in the settings until one who may opens the program).
int moveToDatabase(Database &database);

} // namespace TemplateSettings
