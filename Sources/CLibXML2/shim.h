#ifndef LIECIBA_CLIBXML2_SHIM_H
#define LIECIBA_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its headers then pull in the system's unicode/utypes.h, whose
   UErrorCode clashes with Foundation's private _FoundationICU copy on a clean build. We never use
   libxml2's ICU API, so hide it before the other headers are read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state. */
static inline void lieciba_xml_free(void *pointer) { xmlFree(pointer); }

#endif
