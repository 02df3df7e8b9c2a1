#!/usr/bin/env python3
"""Create Lapa_files/ (style.css, script.js, logo.png) for the saved Facebook pages."""
import os, struct, sys, zlib

def png(path, w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    with open(path, "wb") as fh:
        fh.write(data)

CSS = """/* saved page styles */
body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;color:#1c1e21}
.x1n2onr6{max-width:680px;margin:0 auto}
.cover{background:#fff;padding:16px;border-bottom:1px solid #dddfe2}
.cover img{width:96px;height:96px;border-radius:50%}
.post{background:#fff;border-radius:8px;margin:12px 0;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.meta{color:#65676b;font-size:13px}
.actions{color:#65676b;font-weight:600;border-top:1px solid #ced0d4;margin-top:8px;padding-top:6px}
.sidebar{background:#fff;border-radius:8px;padding:12px 16px}
"""

JS = """// saved page script (not content)
(function(){var t=document.querySelectorAll('.actions');for(var i=0;i<t.length;i++){t[i].setAttribute('role','toolbar');}
window.__bbox_pending=false;function requireLazy(){return null}})();
"""

if __name__ == "__main__":
    d = sys.argv[1]
    color = tuple(int(x) for x in sys.argv[2].split(",")) if len(sys.argv) > 2 else (24, 119, 242)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "style.css"), "w").write(CSS)
    open(os.path.join(d, "script.js"), "w").write(JS)
    png(os.path.join(d, "logo.png"), 96, 96, color)
