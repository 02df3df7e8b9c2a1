#ifndef LIECIBA_CZLIB_SHIM_H
#define LIECIBA_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; windowBits 31 = a gzip wrapper with a 32 KiB window. */
static inline int lieciba_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 31);
}

#endif
