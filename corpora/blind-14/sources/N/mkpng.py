import zlib, struct, sys
def png(fn, w, h, col):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + b''.join(bytes(col(x, y)) for x in range(w)) for y in range(h))
    open(fn, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                         + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
if __name__ == '__main__':
    fn, kind = sys.argv[1], sys.argv[2]
    if kind == 'river':
        png(fn, 164, 62, lambda x, y: (60 + x // 3, 120 + y, 200 - y) if y < 40 else (40, 110 + x // 4, 50))
    else:
        png(fn, 120, 80, lambda x, y: (230, 190 - y, 40 + x // 2) if (x - 60) ** 2 + (y - 40) ** 2 < 900 else (90, 150, 60))
