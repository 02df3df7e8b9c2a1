#!/usr/bin/env python3
"""Render a Markdown/plain source as a 'scanned page' image (PNG or JPG), deterministically."""
import hashlib, random, re, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def render(src, dest, fmt, seed="x"):
    rnd = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 24)
    fb = ImageFont.truetype(FONT_B, 28)
    y = 110
    for raw in open(src, encoding="utf-8").read().splitlines():
        line = raw.rstrip()
        bold = line.startswith("#")
        line = re.sub(r"^#+\s*", "", line).replace("**", "")
        if not line:
            y += 18
            continue
        for part in textwrap.wrap(line, 78 if not bold else 64) or [""]:
            d.text((110 + rnd.randint(-1, 1), y), part, fill=rnd.randint(25, 45), font=fb if bold else f)
            y += 40 if bold else 34
    for _ in range(2500):  # speckles
        x, yy = rnd.randrange(W), rnd.randrange(H)
        d.point((x, yy), fill=rnd.randint(120, 200))
    img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if fmt == "jpg":
        img.save(dest, "JPEG", quality=72)
    else:
        img.save(dest, "PNG", optimize=False)
