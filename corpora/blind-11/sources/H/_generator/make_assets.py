#!/usr/bin/env python3
"""Write the small static assets of the saved Facebook pages (css, js, png)."""
import os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))

def png(path, w, h, rgb_fn):
    raw = b"".join(b"\x00" + b"".join(bytes(rgb_fn(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

CSS = """/* saved by browser */
body{margin:0;background:#f0f2f5;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#050505}
._topbar{background:#fff;height:56px;display:flex;align-items:center;padding:0 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
._logo{color:#1877f2;font-weight:700;font-size:28px;margin-right:12px}
._topbar input{background:#f0f2f5;border:0;border-radius:50px;padding:8px 14px}
._cover{background:#fff;max-width:940px;margin:0 auto;padding:16px}
._pageName{font-size:28px;margin:8px 0}
._pageMeta{color:#65676b}
._tabs a{display:inline-block;padding:12px 16px;color:#65676b;font-weight:600}
._intro,._feed{max-width:680px;margin:16px auto}
._intro{background:#fff;border-radius:8px;padding:12px 16px}
._post{background:#fff;border-radius:8px;margin-bottom:16px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
._time{color:#65676b;font-size:13px}
._postStats{color:#65676b;font-size:14px;border-bottom:1px solid #ced0d4;padding:8px 0}
._comment{background:#f0f2f5;border-radius:18px;padding:8px 12px;margin:6px 0;font-size:14px}
._ctime{color:#65676b;font-size:12px;margin-left:6px}
._sharedBox{border:1px solid #ced0d4;border-radius:8px;padding:8px 12px;margin:8px 0}
._ad{opacity:.95}
"""

JS = """/* saved by browser: page scripts removed, stub kept */
(function(){window.__fbSaved=true;document.addEventListener('DOMContentLoaded',function(){
var t=document.querySelectorAll('._time');for(var i=0;i<t.length;i++){t[i].title=t[i].textContent;}});})();
"""

def main():
    d = os.path.join(SRC, "H03", "Lapa_files")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "fb_saved.css"), "w").write(CSS)
    open(os.path.join(d, "fb_saved.js"), "w").write(JS)
    png(os.path.join(d, "kalniesi_logo.png"), 48, 48,
        lambda x, y: (30 + 3 * y, 120 + 2 * x, 60) if (x - 24) ** 2 + (y - 24) ** 2 < 400 else (255, 255, 255))
    d = os.path.join(SRC, "H14", "Lapa_files")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "saved_resource.css"), "w").write(CSS)
    open(os.path.join(d, "saved_resource.js"), "w").write(JS)
    png(os.path.join(d, "profila_bilde.png"), 48, 48,
        lambda x, y: (20, 80 + 3 * y, 160 + x) if y > 20 else (250, 200, 60))

if __name__ == "__main__":
    main()
