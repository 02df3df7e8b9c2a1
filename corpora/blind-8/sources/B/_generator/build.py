#!/usr/bin/env python3
"""Build the B01..B16 submissions from sources/Bxx/ into archives/.

Each sources/Bxx/manifest.json: {"archive": "Bxx.zip"|"Bxx.tar.gz",
  "files": [{"src": "a.md", "out": "Name.docx", "header": "...", "footer": "..."},
            {"src": "Lapa.html", "out": "Lapa.html"}, {"dir": "Lapa_files", "out": "Lapa_files"}]}
Markdown -> docx/odt with pandoc (smart quotes and fancy lists off, so text stays verbatim).
"""
import io, json, os, re, subprocess, sys, tarfile, tempfile, zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def prep_markdown(text):
    # "2022. gadā ..." at line start must not become an ordered list
    return re.sub(r"(?m)^(\s*)(\d+)\. (?=[a-zāčēģīķļņšūž])", r"\1\2\\. ", text)


def pandoc(md_text, fmt):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.md")
        dst = os.path.join(td, "out." + fmt)
        with open(src, "w", encoding="utf-8") as f:
            f.write(prep_markdown(md_text))
        subprocess.run(["pandoc", "-f", "markdown-smart-fancy_lists", "-t", fmt, "-o", dst, src], check=True)
        with open(dst, "rb") as f:
            return f.read()


def hf_xml(kind, text):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {W_NS}>'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></{tag}>')


def add_header_footer(docx_bytes, header=None, footer=None):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    refs = ""
    extra = {}
    if header:
        extra["word/header1.xml"] = hf_xml("header", header)
        refs += '<w:headerReference w:type="default" r:id="rIdHdrB1"/>'
    if footer:
        extra["word/footer1.xml"] = hf_xml("footer", footer)
        refs += '<w:footerReference w:type="default" r:id="rIdFtrB1"/>'
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>" + refs, s, count=1)
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            add = ""
            if header:
                add += ('<Relationship Id="rIdHdrB1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/header" Target="header1.xml"/>')
            if footer:
                add += ('<Relationship Id="rIdFtrB1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footer" Target="footer1.xml"/>')
            data = s.replace("</Relationships>", add + "</Relationships>").encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            add = ""
            if header:
                add += ('<Override PartName="/word/header1.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            if footer:
                add += ('<Override PartName="/word/footer1.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            data = s.replace("</Types>", add + "</Types>").encode("utf-8")
        zout.writestr(item, data)
    for name, xml in extra.items():
        zout.writestr(name, xml.encode("utf-8"))
    zout.close()
    return out.getvalue()


def build_one(sid):
    d = os.path.join(SRC, sid)
    with open(os.path.join(d, "manifest.json"), encoding="utf-8") as f:
        man = json.load(f)
    members = []  # (name, bytes)
    for entry in man["files"]:
        if "dir" in entry:
            base = os.path.join(d, entry["dir"])
            for fn in sorted(os.listdir(base)):
                with open(os.path.join(base, fn), "rb") as f:
                    members.append((entry["out"] + "/" + fn, f.read()))
            continue
        with open(os.path.join(d, entry["src"]), "rb") as f:
            raw = f.read()
        out = entry["out"]
        if entry["src"].endswith(".md") and out.endswith((".docx", ".odt")):
            fmt = out.rsplit(".", 1)[1]
            data = pandoc(raw.decode("utf-8"), fmt)
            if fmt == "docx" and (entry.get("header") or entry.get("footer")):
                data = add_header_footer(data, entry.get("header"), entry.get("footer"))
        else:
            data = raw
        members.append((out, data))
    arc = os.path.join(OUT, man["archive"])
    if man["archive"].endswith(".zip"):
        with zipfile.ZipFile(arc, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                z.writestr(name, data)
    else:
        with tarfile.open(arc, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = 1714000000
                t.addfile(ti, io.BytesIO(data))
    return arc, [m[0] for m in members]


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    ids = sys.argv[1:] or sorted(x for x in os.listdir(SRC) if re.fullmatch(r"B\d\d", x))
    for sid in ids:
        if not os.path.exists(os.path.join(SRC, sid, "manifest.json")):
            print("skip", sid)
            continue
        arc, names = build_one(sid)
        print(os.path.basename(arc), names)
