#pragma once

#include "domain/dataerror.h"

// A refusal by the access rules: no one signed in, a role without the permission, a cadre
// outside the account's units, or the account's own or a close relative's dossier. Always
// audited before it is thrown.
class AccessError : public DataError
{
public:
    using DataError::DataError;
};
