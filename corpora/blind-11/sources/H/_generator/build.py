#!/usr/bin/env python3
"""Build the H01..H16 submissions from hand-written sources.

Markdown sources are converted with pandoc (smart typography off, so the
hand-typed Latvian quotes and dashes stay exactly as written); DOCX files that
need page headers/footers are post-processed with zipfile; HTML sources and
their *_files folders are copied as they are. Each submission is packed into
archives/HNN.zip or archives/HNN.tar.gz. labels.json is assembled from
sources/_generator/labels_src.py.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")

sys.path.insert(0, HERE)
from manifest import MANIFEST  # noqa: E402

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _hf_xml(tag, lines):
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(l) for l in lines)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:%s %s>%s</w:%s>' % (tag, W_NS, paras, tag))


def add_header_footer(path, header_lines, footer_lines):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    doc = items["word/document.xml"].decode("utf-8")
    refs = ""
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    if header_lines:
        items["word/header1.xml"] = _hf_xml("hdr", header_lines).encode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
                            'Id="rIdHdr1" Target="header1.xml" /></Relationships>')
        ct = ct.replace("</Types>",
                        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" /></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer_lines:
        items["word/footer1.xml"] = _hf_xml("ftr", footer_lines).encode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                            'Id="rIdFtr1" Target="footer1.xml" /></Relationships>')
        ct = ct.replace("</Types>",
                        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", "<w:sectPr>%s</w:sectPr>" % refs)
    else:
        doc = re.sub(r"<w:sectPr([^>]*)>", lambda m: "<w:sectPr%s>%s" % (m.group(1), refs), doc, count=1)
    items["word/document.xml"] = doc.encode("utf-8")
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = ct.encode("utf-8")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        # [Content_Types].xml first, as Word writes it
        order = ["[Content_Types].xml"] + [n for n in items if n != "[Content_Types].xml"]
        for n in order:
            zout.writestr(n, items[n])
    os.replace(tmp, path)


def pandoc(src, dst, title=None):
    cmd = ["pandoc", "-f", "markdown-smart", src, "-o", dst, "-M", "lang=lv"]
    if title:
        cmd += ["-M", "title-meta=" + title]
    subprocess.run(cmd, check=True)


def build_submission(sid, spec, workdir):
    sdir = os.path.join(SRC, sid)
    staged = []  # (arcname, abs path)
    prefix = spec.get("root", "")
    for f in spec["files"]:
        src = os.path.join(sdir, f["src"])
        out = f["out"]
        dst = os.path.join(workdir, out)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, dst)
            for dp, _, fns in os.walk(dst):
                for fn in sorted(fns):
                    p = os.path.join(dp, fn)
                    staged.append((prefix + os.path.relpath(p, workdir), p))
            continue
        if out.endswith((".docx", ".odt")) and src.endswith(".md"):
            pandoc(src, dst, f.get("title"))
            if out.endswith(".docx") and (f.get("header") or f.get("footer")):
                add_header_footer(dst, f.get("header") or [], f.get("footer") or [])
        else:
            shutil.copyfile(src, dst)
        staged.append((prefix + out, dst))
    kind = spec.get("archive", "zip")
    if kind == "zip":
        name = sid + ".zip"
        with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
            for arc, p in staged:
                z.write(p, arc)
    else:
        name = sid + ".tar.gz"
        with tarfile.open(os.path.join(OUT, name), "w:gz") as t:
            for arc, p in staged:
                t.add(p, arc)
    return name


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    archives = {}
    for sid in sorted(MANIFEST):
        with tempfile.TemporaryDirectory() as wd:
            archives[sid] = build_submission(sid, MANIFEST[sid], wd)
        print(sid, "->", archives[sid])
    from labels_src import LABELS  # noqa: E402
    order = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
             "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
    labels = {}
    for sid in sorted(LABELS):
        L = LABELS[sid]
        present = set(L["evidence"])
        labels[sid] = {
            "name": L["name"],
            "archive": archives[sid],
            "indicators": {k: ("present" if k in present else "absent") for k in order},
            "evidence": {k: L["evidence"][k] for k in order if k in present},
            "notes": L.get("notes", {}),
        }
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    print("labels.json:", len(labels), "submissions")


if __name__ == "__main__":
    main()
