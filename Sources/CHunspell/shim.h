#ifndef LIECIBA_CHUNSPELL_SHIM_H
#define LIECIBA_CHUNSPELL_SHIM_H

#include <hunspell.h>

#endif
