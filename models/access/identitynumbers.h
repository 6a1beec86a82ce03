#pragma once

#include <QString>

struct Session;

// Identity-card numbers (身份证号) are shown whole only to a role that holds
// Permission::SeeIdentityNumbers (the case officer, within its units). Every list, page,
// audit text and paper that shows one to anybody else masks it here, the same way.
namespace IdentityNumbers {

// The first four and last four characters, the rest as '*': 1101**********1234. A number too
// short to keep anything hidden is all '*'.
QString masked(const QString &number);
bool maySee(const Session *session);
// The number as this account may see it.
QString shown(const Session *session, const QString &number);
// An audit entry's before/after JSON with the "id_number" value masked, unless the account
// may see it.
QString shownInJson(const Session *session, const QString &json);

} // namespace IdentityNumbers
