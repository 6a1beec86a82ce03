#pragma once

// displayDate(), the interface's form of a date, lives with the other date rules.
#include "domain/period.h"
