#!/usr/bin/env python3
"""Build the E01..E16 submissions from sources/EXX into archives/EXX.zip|.tar.gz.

Sources are hand-written Markdown (converted with pandoc to DOCX/ODT) and
hand-written HTML (copied as is).  DOCX/ODT headers and footers are injected
by post-processing the packages with zipfile.  Small PNG files are generated
for the photo reports and the saved Facebook pages.
"""
import io
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
ROOT = os.path.dirname(SRC)
OUT = os.path.join(ROOT, "archives")
PANDOC = "/usr/bin/pandoc"

sys.path.insert(0, HERE)
from config import SUBMISSIONS  # noqa: E402


# ---------------------------------------------------------------- helpers
def preprocess_md(text):
    """Keep paragraphs such as '2023. gadā ...' from turning into ordered lists."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(\s*)(\d+)\. (?=\S)", line)
        if m and not line.lstrip().startswith("|"):
            line = m.group(1) + m.group(2) + "\\. " + line[m.end():]
        out.append(line)
    return "\n".join(out)


def pandoc(md_text, fmt):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.md")
        dst = os.path.join(td, "out." + fmt)
        with open(src, "w", encoding="utf-8") as f:
            f.write(preprocess_md(md_text))
        subprocess.run([PANDOC, "-f", "markdown-smart", "-t", fmt, "-o", dst, src], check=True)
        with open(dst, "rb") as f:
            return f.read()


def _w_paras(lines, size=16):
    ps = []
    for ln in lines:
        ps.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (size, escape(ln))
        )
    return "".join(ps)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def docx_add_header_footer(data, header, footer):
    if not header and not footer:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    refs = ""
    for item in zin.infolist():
        body = zin.read(item.filename)
        if item.filename == "word/_rels/document.xml.rels":
            s = body.decode("utf-8")
            add = ""
            if header:
                add += ('<Relationship Id="rIdHdrE1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/header" Target="header1.xml"/>')
            if footer:
                add += ('<Relationship Id="rIdFtrE1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            s = s.replace("</Relationships>", add + "</Relationships>")
            body = s.encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            s = body.decode("utf-8")
            add = ""
            if header:
                add += ('<Override PartName="/word/header1.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            if footer:
                add += ('<Override PartName="/word/footer1.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            s = s.replace("</Types>", add + "</Types>")
            body = s.encode("utf-8")
        elif item.filename == "word/document.xml":
            s = body.decode("utf-8")
            refs = ""
            if header:
                refs += '<w:headerReference w:type="default" r:id="rIdHdrE1"/>'
            if footer:
                refs += '<w:footerReference w:type="default" r:id="rIdFtrE1"/>'
            s, n = re.subn(r"<w:sectPr([^>]*?)\s*/>", lambda m: "<w:sectPr%s>%s</w:sectPr>" % (m.group(1), refs), s, count=1)
            if n == 0:
                s, n = re.subn(r"(<w:sectPr[^>]*>)", lambda m: m.group(1) + refs, s, count=1)
            if n == 0:
                s = s.replace("</w:body>", "<w:sectPr>%s</w:sectPr></w:body>" % refs)
            body = s.encode("utf-8")
        zout.writestr(item, body)
    if header:
        zout.writestr("word/header1.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<w:hdr %s>%s</w:hdr>' % (W_NS, _w_paras(header)))
    if footer:
        zout.writestr("word/footer1.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<w:ftr %s>%s</w:ftr>' % (W_NS, _w_paras(footer)))
    zout.close()
    return buf.getvalue()


def odt_add_header_footer(data, header, footer):
    if not header and not footer:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        body = zin.read(item.filename)
        if item.filename == "styles.xml":
            s = body.decode("utf-8")
            h = "".join('<text:p text:style-name="MP1">%s</text:p>' % escape(x) for x in (header or []))
            f = "".join('<text:p text:style-name="MP1">%s</text:p>' % escape(x) for x in (footer or []))
            block = ""
            if header:
                block += "<style:header>%s</style:header>" % h
            if footer:
                block += "<style:footer>%s</style:footer>" % f
            s = re.sub(r"<style:footer>.*?</style:footer>", lambda m: block, s, count=1, flags=re.S)
            body = s.encode("utf-8")
        if item.filename == "mimetype":
            zout.writestr(item, body, compress_type=zipfile.ZIP_STORED)
        else:
            zout.writestr(item, body)
    zout.close()
    return buf.getvalue()


def png(w, h, rgb, stripe=None):
    """A tiny solid PNG (optionally with a horizontal stripe)."""
    rows = []
    for y in range(h):
        c = rgb
        if stripe and stripe[0] <= y < stripe[1]:
            c = stripe[2]
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- build
def build_member(sid, spec):
    kind = spec["kind"]
    if kind in ("docx", "odt"):
        with open(os.path.join(SRC, sid, spec["src"]), encoding="utf-8") as f:
            md = f.read()
        data = pandoc(md, kind)
        if kind == "docx":
            data = docx_add_header_footer(data, spec.get("header"), spec.get("footer"))
        else:
            data = odt_add_header_footer(data, spec.get("header"), spec.get("footer"))
        return data
    if kind == "copy":
        with open(os.path.join(SRC, sid, spec["src"]), "rb") as f:
            return f.read()
    if kind == "png":
        return png(*spec["args"])
    raise ValueError(kind)


def build(sid, sub):
    members = [(spec["name"], build_member(sid, spec)) for spec in sub["files"]]
    os.makedirs(OUT, exist_ok=True)
    arch = sub["archive"]
    path = os.path.join(OUT, arch)
    if arch.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=sub.get("date", (2024, 4, 10, 12, 0, 0)))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    else:
        with tarfile.open(path, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = 1712750400
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    return path, [m[0] for m in members]


def main():
    only = sys.argv[1:]
    for sid, sub in SUBMISSIONS.items():
        if only and sid not in only:
            continue
        path, names = build(sid, sub)
        print(sid, os.path.basename(path), names)


if __name__ == "__main__":
    main()
