#ifndef ARCHIVE_CLIBXML2_SHIM_H
#define ARCHIVE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when libxml2 was built with ICU; their
   UErrorCode clashes with Foundation's own copy of ICU in debug builds. Nothing here uses the
   ICU converter fields, so the headers are read as if libxml2 had been built without ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#endif
