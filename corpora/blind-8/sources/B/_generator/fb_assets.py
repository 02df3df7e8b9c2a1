#!/usr/bin/env python3
"""Write the small Lapa_files/ assets (css, js, png) for the saved Facebook pages."""
import os, struct, sys, zlib

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
.top{background:#1877f2;color:#fff;padding:8px 16px;font-weight:bold}
.cover{background:#fff;padding:16px;border-bottom:1px solid #ddd}
.post{background:#fff;margin:12px auto;max-width:640px;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.meta{color:#65676b;font-size:12px}.likes{color:#65676b;font-size:12px;border-top:1px solid #eee;margin-top:8px;padding-top:6px}
"""
JS = """// saved page helper (offline copy)
document.addEventListener('DOMContentLoaded',function(){var b=document.querySelectorAll('.see-more');
for(var i=0;i<b.length;i++){b[i].style.display='none';}});
"""

def write(dirpath, rgb=(24, 119, 242)):
    os.makedirs(dirpath, exist_ok=True)
    open(os.path.join(dirpath, "saved_resource.css"), "w").write(CSS)
    open(os.path.join(dirpath, "rsrc.js"), "w").write(JS)
    open(os.path.join(dirpath, "profile.png"), "wb").write(png(16, 16, rgb))

if __name__ == "__main__":
    for d in sys.argv[1:]:
        write(d)
