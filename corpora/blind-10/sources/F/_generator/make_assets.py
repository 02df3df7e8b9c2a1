#!/usr/bin/env python3
"""Create the small Lapa_files/ folders (css, js, png) that a browser saves with a Facebook page."""
import os, struct, zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

CSS = """._6s5d{background:#f0f2f5;font-family:Helvetica,Arial,sans-serif;font-size:14px}
#blueBar{background:#1877f2;color:#fff;padding:6px 12px}._2md{font-weight:bold;font-size:22px}
._2s25{display:inline-block;padding:4px 10px;color:#1c1e21}
.cover img{width:100%;height:180px;object-fit:cover}._64-f{font-size:28px;margin:8px 0}
._4-u2,._5pcr{background:#fff;border-radius:8px;margin:12px 0;padding:12px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
._5pcq{color:#65676b;font-size:12px}._4arz{color:#65676b;border-top:1px solid #ddd;margin-top:8px;padding-top:4px}
.UFIComment{background:#f0f2f5;border-radius:14px;margin:4px 0;padding:4px 10px}.sponsored{opacity:.9}
"""
JS = """/* saved page bundle (stub) */
(function(){window.requireLazy=window.requireLazy||function(){};
document.addEventListener('DOMContentLoaded',function(){var b=document.getElementById('blueBar');if(b){b.setAttribute('data-ready','1');}});})();
"""
for sid, rgb in (("F03", (70, 120, 160)), ("F05", (90, 140, 60)), ("F15", (150, 110, 60))):
    d = os.path.join(ROOT, sid, "Lapa_files")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "rsrc.css"), "w").write(CSS)
    open(os.path.join(d, "bundle.js"), "w").write(JS)
    open(os.path.join(d, "cover.png"), "wb").write(png(64, 24, rgb))
    print(d)
