#ifndef ARCHIVE_CZLIB_SHIM_H
#define ARCHIVE_CZLIB_SHIM_H
#include <zlib.h>
#endif
