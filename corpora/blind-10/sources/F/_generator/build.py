#!/usr/bin/env python3
"""Build the F01..F16 submission archives from sources/FNN/.

Each sources/FNN/manifest.json lists the files of one submission:
  {"archive": "zip" | "tar.gz",
   "files": [{"src": "x.md", "out": "Name.docx", "header": [...], "footer": [...]}, ...],
   "dirs": [{"src": "Lapa_files", "out": "Lapa_files"}]}
.md sources are converted with pandoc (markdown without smart quotes) to .docx/.odt;
.html sources are copied as they are. Headers/footers are injected afterwards.
"""
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")
PANDOC = "/usr/bin/pandoc"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run([PANDOC, "-f", "markdown-smart", "-t", fmt, src, "-o", out], check=True)
        with open(out, "rb") as fh:
            return fh.read()


def _rewrite_zip(data, changes, adds):
    """Return new zip bytes with members replaced (changes) and added (adds)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename in changes:
                content = changes[info.filename](content.decode("utf-8")).encode("utf-8")
            comp = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(info.filename, content, compress_type=comp)
        for name, content in adds.items():
            zout.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _w_paras(lines, size=16):
    out = []
    for line in lines:
        out.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (size, escape(line)))
    return "".join(out)


def docx_header_footer(data, header, footer):
    if not header and not footer:
        return data
    adds, rels, ctypes, refs = {}, [], [], []
    if header:
        adds["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                    '<w:hdr xmlns:w="%s">%s</w:hdr>' % (W_NS, _w_paras(header)))
        rels.append('<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/header" Target="header1.xml"/>')
        ctypes.append('<Override PartName="/word/header1.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        refs.append('<w:headerReference w:type="default" r:id="rId900"/>')
    if footer:
        adds["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                    '<w:ftr xmlns:w="%s">%s</w:ftr>' % (W_NS, _w_paras(footer)))
        rels.append('<Relationship Id="rId901" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/footer" Target="footer1.xml"/>')
        ctypes.append('<Override PartName="/word/footer1.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        refs.append('<w:footerReference w:type="default" r:id="rId901"/>')

    def fix_doc(s):
        sect = "<w:sectPr>%s</w:sectPr>" % "".join(refs)
        if "<w:sectPr />" in s:
            return s.replace("<w:sectPr />", sect)
        return s.replace("</w:body>", sect + "</w:body>")

    changes = {
        "word/document.xml": fix_doc,
        "word/_rels/document.xml.rels": lambda s: s.replace("</Relationships>", "".join(rels) + "</Relationships>"),
        "[Content_Types].xml": lambda s: s.replace("</Types>", "".join(ctypes) + "</Types>"),
    }
    return _rewrite_zip(data, changes, adds)


def odt_header_footer(data, header, footer):
    if not header and not footer:
        return data

    def paras(lines):
        return "".join('<text:p text:style-name="MP1">%s</text:p>' % escape(l) for l in lines)

    def fix_styles(s):
        start = s.find("<style:master-page")
        end = s.find("</style:master-page>", start)
        head = s[start:s.find(">", start) + 1]
        body = ""
        if header:
            body += "<style:header>%s</style:header>" % paras(header)
        if footer:
            body += "<style:footer>%s</style:footer>" % paras(footer)
        return s[:start] + head + body + s[end:]

    return _rewrite_zip(data, {"styles.xml": fix_styles}, {})


def build_submission(sid):
    sdir = os.path.join(SRC, sid)
    with open(os.path.join(sdir, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    members = []  # (name, bytes)
    for f in man["files"]:
        src = os.path.join(sdir, f["src"])
        out = f["out"]
        ext = out.rsplit(".", 1)[-1].lower()
        if f["src"].endswith(".md"):
            data = pandoc(src, ext)
            if ext == "docx":
                data = docx_header_footer(data, f.get("header"), f.get("footer"))
            elif ext == "odt":
                data = odt_header_footer(data, f.get("header"), f.get("footer"))
        else:
            with open(src, "rb") as fh:
                data = fh.read()
        members.append((out, data))
    for d in man.get("dirs", []):
        base = os.path.join(sdir, d["src"])
        for name in sorted(os.listdir(base)):
            with open(os.path.join(base, name), "rb") as fh:
                members.append((d["out"] + "/" + name, fh.read()))
    stamp = time.mktime(tuple(man.get("mtime", [2024, 3, 15, 10, 0, 0])) + (0, 0, -1))
    if man["archive"] == "zip":
        path = os.path.join(OUT, sid + ".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=tuple(man.get("mtime", [2024, 3, 15, 10, 0, 0])))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
    else:
        path = os.path.join(OUT, sid + ".tar.gz")
        with tarfile.open(path, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = int(stamp)
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    return path


def main():
    ids = sys.argv[1:] or sorted(d for d in os.listdir(SRC) if d.startswith("F"))
    os.makedirs(OUT, exist_ok=True)
    for sid in ids:
        print(build_submission(sid))


if __name__ == "__main__":
    main()
