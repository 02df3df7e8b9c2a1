#!/usr/bin/env python3
"""Build the G01..G16 submissions from sources/GNN/ into archives/GNN.zip|tar.gz.

Each sources/GNN/meta.json lists the files of one submission:
  {"archive": "G01.zip",
   "files": [{"src": "iesniegums.md", "out": "Projekta_iesniegums.docx", "format": "docx",
              "header": ["line", ...], "footer": ["line", ...], "page_numbers": true},
             {"src": "protokols.md", "out": "Protokols.odt", "format": "odt"},
             {"src": "Lapa.html", "out": "FB/Lapa.html", "format": "fb", "assets": "FB/Lapa_files"},
             {"src": "avize.html", "out": "Avize.html", "format": "html"}]}

Markdown is read with pandoc's markdown minus the `smart` and `fancy_lists` extensions, so quotes
and dashes stay exactly as typed. A line that starts with a year ("2024. gada ...") is escaped so
that pandoc does not read it as an ordered list.
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
import time
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")
PANDOC = "/usr/bin/pandoc"
MD_FORMAT = "markdown-smart-fancy_lists-auto_identifiers"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def preprocess_md(text):
    # a paragraph line that begins with a year or a day number + period would become a list
    return re.sub(r"(?m)^(\d{1,4})\. (?=[a-zāčēģīķļņšūž„\"(])", r"\1\\. ", text)


def pandoc(src_text, fmt, resource_dir):
    with tempfile.TemporaryDirectory() as td:
        inp = os.path.join(td, "in.md")
        outp = os.path.join(td, "out." + fmt)
        with open(inp, "w", encoding="utf-8") as f:
            f.write(src_text)
        subprocess.run([PANDOC, "-f", MD_FORMAT, "-t", fmt, "-o", outp, inp,
                        "--resource-path", resource_dir], check=True)
        with open(outp, "rb") as f:
            return f.read()


def _hf_xml(tag, lines, page_numbers=False, size=16):
    paras = []
    for ln in lines:
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:rPr><w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (size, escape(ln)))
    if page_numbers:
        paras.append(
            '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">Lapa </w:t></w:r>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
            '</w:p>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:%s xmlns:w="%s" xmlns:r="%s">%s</w:%s>' % (tag, W_NS, R_NS, "".join(paras), tag))


def add_header_footer(docx_bytes, header=None, footer=None, page_numbers=False):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    items = {n: zin.read(n) for n in zin.namelist()}
    order = zin.namelist()
    doc = items["word/document.xml"].decode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    ctypes = items["[Content_Types].xml"].decode("utf-8")
    refs = ""
    if header:
        items["word/header1.xml"] = _hf_xml("hdr", header).encode("utf-8")
        order.append("word/header1.xml")
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="rIdGHdr1" Type="%s/header" Target="header1.xml"/></Relationships>' % R_NS)
        ctypes = ctypes.replace("</Types>",
                                '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdGHdr1"/>'
    if footer or page_numbers:
        items["word/footer1.xml"] = _hf_xml("ftr", footer or [], page_numbers).encode("utf-8")
        order.append("word/footer1.xml")
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="rIdGFtr1" Type="%s/footer" Target="footer1.xml"/></Relationships>' % R_NS)
        ctypes = ctypes.replace("</Types>",
                                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdGFtr1"/>'
    if refs:
        idx = doc.rfind("<w:sectPr")
        if idx < 0:
            raise RuntimeError("no sectPr in document.xml")
        end = doc.find(">", idx)
        if doc[end - 1] == "/":  # <w:sectPr ... />
            doc = doc[:end - 1] + ">" + refs + "</w:sectPr>" + doc[end + 1:]
        else:
            doc = doc[:end + 1] + refs + doc[end + 1:]
        if 'xmlns:r="' not in doc[:2000]:
            doc = doc.replace("<w:document ", '<w:document xmlns:r="%s" ' % R_NS, 1)
    items["word/document.xml"] = doc.encode("utf-8")
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = ctypes.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            zout.writestr(n, items[n])
    return buf.getvalue()


def tiny_png(rgb=(59, 89, 152), w=16, h=16):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


FB_CSS = """/* saved page stylesheet (trimmed) */
body{font-family:Segoe UI Historic,Segoe UI,Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;color:#050505}
.x1n2onr6{position:relative}.topbar{background:#fff;height:56px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.cover{background:#ccd3e0;height:180px}.profile{background:#fff;padding:12px 32px}
.feed{max-width:680px;margin:16px auto}.post{background:#fff;border-radius:8px;margin:0 0 16px;padding:12px 16px}
.post .meta{color:#65676b;font-size:13px}.reactions{color:#65676b;font-size:13px;border-top:1px solid #ced0d4;margin-top:8px;padding-top:6px}
.comment{background:#f0f2f5;border-radius:18px;padding:8px 12px;margin:6px 0;font-size:14px}
.side{max-width:680px;margin:0 auto}.sponsored{background:#fff;border-radius:8px;padding:12px;font-size:14px}
"""

FB_JS = """/* saved page script stub */
(function(){window.__bigPipe=window.__bigPipe||[];document.documentElement.className+=' js';
function seeMore(e){var p=e.target.closest('.post');if(p){p.classList.add('expanded');}}
document.addEventListener('click',function(e){if(e.target.classList.contains('see-more')){seeMore(e);}});})();
"""


def build_submission(sid):
    sdir = os.path.join(SRC, sid)
    with open(os.path.join(sdir, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    members = []  # (path, bytes)
    for spec in meta["files"]:
        src_path = os.path.join(sdir, spec["src"])
        fmt = spec["format"]
        if fmt in ("docx", "odt"):
            with open(src_path, encoding="utf-8") as f:
                text = preprocess_md(f.read())
            data = pandoc(text, fmt, sdir)
            if fmt == "docx" and (spec.get("header") or spec.get("footer") or spec.get("page_numbers")):
                data = add_header_footer(data, spec.get("header"), spec.get("footer"),
                                         spec.get("page_numbers", False))
            members.append((spec["out"], data))
        elif fmt == "html":
            with open(src_path, "rb") as f:
                members.append((spec["out"], f.read()))
        elif fmt == "fb":
            with open(src_path, "rb") as f:
                members.append((spec["out"], f.read()))
            assets = spec["assets"]
            members.append((assets + "/rsrc_style.css", FB_CSS.encode("utf-8")))
            members.append((assets + "/rsrc_bootloader.js", FB_JS.encode("utf-8")))
            members.append((assets + "/profile_pic.png", tiny_png(tuple(spec.get("color", [59, 89, 152])))))
        else:
            raise ValueError(fmt)
    arch = meta["archive"]
    path = os.path.join(OUT, arch)
    mtime = time.mktime((2024, 4, 15, 10, 0, 0, 0, 0, -1))
    if arch.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.flag_bits |= 0x800  # UTF-8 names
                zi.external_attr = 0o100644 << 16
                z.writestr(zi, data)
    elif arch.endswith(".tar.gz"):
        with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = mtime
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    else:
        raise ValueError(arch)
    return path, [m[0] for m in members]


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    ids = argv[1:] or sorted(d for d in os.listdir(SRC) if re.fullmatch(r"G\d\d", d))
    for sid in ids:
        if not os.path.exists(os.path.join(SRC, sid, "meta.json")):
            print("skip", sid, "(no meta.json)")
            continue
        path, names = build_submission(sid)
        print(sid, os.path.basename(path), "::", ", ".join(names))


if __name__ == "__main__":
    main(sys.argv)
