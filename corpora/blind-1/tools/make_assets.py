#!/usr/bin/env python3
"""Write the asset folder of a 'saved web page' (X_files/ beside X.html): css, js and images.
Run once per page; the output is kept in sources/ and copied into the archive as is.
Usage: python3 tools/make_assets.py DIR KIND(fb|site) LABEL"""
import hashlib, os, random, sys
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CSS_FB = """/* saved from facebook.com */
body{font-family:Segoe UI Historic,Segoe UI,Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
.x1n2onr6{position:relative}.x78zum5{display:flex}.xdt5ytf{flex-direction:column}
.topbar{background:#fff;border-bottom:1px solid #ddd;padding:6px 16px}
.cover img{width:100%;max-height:320px;object-fit:cover}
.post{background:#fff;margin:12px auto;max-width:680px;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.meta{color:#65676b;font-size:13px}.reactions{color:#65676b;font-size:13px;border-top:1px solid #eee;margin-top:8px;padding-top:6px}
.comment{background:#f0f2f5;border-radius:14px;padding:6px 10px;margin:6px 0;font-size:14px}
.login-overlay{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #1877f2;padding:12px}
"""
CSS_SITE = """/* theme: lauku-kopiena v2.3 */
html,body{margin:0;padding:0;font-family:"Open Sans",Arial,sans-serif;color:#263238;background:#fafaf7}
header.site{background:#2e5d3a;color:#fff;padding:14px 24px}header.site a{color:#fff;margin-right:18px;text-decoration:none}
main{max-width:920px;margin:0 auto;padding:16px 24px}aside{background:#eef3ec;padding:12px;margin:12px 0}
footer.site{background:#263238;color:#cfd8dc;font-size:13px;padding:16px 24px}
.gallery img{width:30%;margin:1%}.btn{background:#e8a33d;color:#fff;padding:6px 12px;border-radius:4px}
"""
JS_FB = """/*FB_PKJS*/(function(){var l={"lv_LV":{"like":"Patīk","comment":"Komentēt","share":"Kopīgot","seeMore":"Skatīt vairāk","login":"Pieteikties","join":"Pievienoties grupai","follow":"Sekot"}};window.__i18n=l;window.requireLazy=window.requireLazy||function(a,b){setTimeout(b,0)};document.addEventListener("DOMContentLoaded",function(){var o=document.querySelector(".login-overlay");o&&o.setAttribute("data-shown","1")});})();
"""
JS_SITE = """/* jquery-like helpers, minified */
!function(w,d){"use strict";var $=function(s){return d.querySelectorAll(s)};w.$$=$;d.addEventListener("DOMContentLoaded",function(){$(".menu-toggle").forEach(function(e){e.addEventListener("click",function(){d.body.classList.toggle("menu-open")})});var c=$(".cookie-bar")[0];c&&w.localStorage&&w.localStorage.getItem("cookie-ok")&&(c.style.display="none")})}(window,document);
"""


def picture(path, label, w, h, seed, fmt):
    rnd = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    top = (rnd.randint(90, 160), rnd.randint(140, 200), rnd.randint(190, 240))
    bottom = (rnd.randint(40, 90), rnd.randint(100, 150), rnd.randint(40, 80))
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    for _ in range(12):
        x, y, r = rnd.randrange(w), rnd.randrange(h // 2, h), rnd.randint(10, 60)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(rnd.randint(20, 70), rnd.randint(80, 130), rnd.randint(20, 60)))
    if label:
        f = ImageFont.truetype(FONT, max(14, h // 10))
        d.text((w // 20, h // 20), label, fill=(255, 255, 255), font=f)
    if fmt == "jpg":
        img.save(path, "JPEG", quality=80)
    else:
        img.save(path, "PNG", optimize=False)


def main():
    out, kind, label = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    if kind == "fb":
        open(os.path.join(out, "rsrc_fb.css"), "w").write(CSS_FB)
        open(os.path.join(out, "rsrc_fb_lv.js"), "w").write(JS_FB)
        picture(os.path.join(out, "cover.jpg"), "", 820, 312, label + "c", "jpg")
        picture(os.path.join(out, "profile.png"), label[:1], 170, 170, label + "p", "png")
        picture(os.path.join(out, "post_photo1.jpg"), "", 600, 400, label + "1", "jpg")
    else:
        open(os.path.join(out, "style.css"), "w").write(CSS_SITE)
        open(os.path.join(out, "main.min.js"), "w").write(JS_SITE)
        picture(os.path.join(out, "logo.png"), label, 240, 80, label + "l", "png")
        picture(os.path.join(out, "galerija1.jpg"), "", 640, 420, label + "g1", "jpg")
        picture(os.path.join(out, "galerija2.jpg"), "", 640, 420, label + "g2", "jpg")


if __name__ == "__main__":
    main()
