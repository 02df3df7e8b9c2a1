#ifndef LIECIBA_CLIBARCHIVE_SHIM_H
#define LIECIBA_CLIBARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

/* libarchive converts entry names through the current locale; a Swift process runs in the C
   locale, where non-ASCII names come back empty. These helpers switch the calling thread (only)
   to a UTF-8 locale around header reads. */
static inline locale_t lieciba_utf8_locale_create(void) {
    locale_t loc = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
    if (loc == (locale_t)0) {
        loc = newlocale(LC_ALL_MASK, "C.utf8", (locale_t)0);
    }
    return loc;
}

static inline locale_t lieciba_uselocale(locale_t loc) { return uselocale(loc); }

static inline void lieciba_freelocale(locale_t loc) {
    if (loc != (locale_t)0) { freelocale(loc); }
}

#endif
