#ifndef SHARE_CLIBXML2_SHIM_H
#define SHARE_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in the system ICU, while Foundation on Linux carries its own:
// a module that imports both fails with "'UErrorCode' has different definitions". libxml2's
// ICU support is never needed here (we transcode to UTF-8 ourselves), so switch it off before
// the rest of the headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#endif
