#!/usr/bin/env python3
"""Checker for blind test set Z (stdlib only).

Opens every archive in archives/ in memory, extracts the text of DOCX (body,
headers, footers), ODT (content + header/footer in styles) and HTML files,
and verifies labels.json for IDs starting with "Z":
  * all 17 indicators labelled present/absent,
  * every present indicator has >=1 evidence string that occurs verbatim
    (whitespace-normalised) in that submission's text,
  * every absent indicator has a note.
Usage: python3 check.py [--words]   (--words prints word counts per document)
"""
import html.parser
import io
import json
import os
import re
import sys
import tarfile
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_part_text(xml):
    root = ET.fromstring(xml)
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = ["word/document.xml"] + sorted(
        n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n))
    return "\n".join(docx_part_text(z.read(n)) for n in parts if n in names)


def odt_para(el):
    buf = []

    def walk(e):
        if e.tag == TXT + "s":
            buf.append(" " * int(e.get(TXT + "c", "1")))
        elif e.tag in (TXT + "tab", TXT + "line-break"):
            buf.append(" ")
        elif e.text:
            buf.append(e.text)
        for c in e:
            if c.tag not in (TXT + "p", TXT + "h"):
                walk(c)
            if c.tail:
                buf.append(c.tail)
    walk(el)
    return "".join(buf)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for part in ("content.xml", "styles.xml"):
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        scope = [root]
        if part == "styles.xml":  # only header/footer text of master pages
            scope = [e for e in root.iter()
                     if e.tag.split("}")[-1] in ("header", "footer", "header-left", "footer-left")]
        for sc in scope:
            for el in sc.iter():
                if el.tag in (TXT + "p", TXT + "h"):
                    out.append(odt_para(el))
    return "\n".join(out)


class _H(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4",
             "h5", "h6", "article", "section", "header", "footer", "table", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.out)


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None  # side files (css, js, png ...) are not evidence


def members(path):
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith("/"):
                yield n, z.read(n)
    else:
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def submission_docs(path):
    docs = {}
    for n, d in members(path):
        txt = extract(n, d)
        if txt is not None:
            docs[n] = txt
    return docs


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    words = "--words" in sys.argv
    ids = sorted(k for k in labels if k.startswith("Z"))
    for sid in ids:
        lab = labels[sid]
        arch = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(arch):
            problems.append(f"{sid}: archive missing {arch}")
            continue
        docs = submission_docs(arch)
        if not docs:
            problems.append(f"{sid}: no readable document")
        if words:
            for n, t in docs.items():
                print(f"{sid}  {n}: {len(norm(t).split())} words")
        full = norm("\n".join(docs.values()))
        inds = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for i in IND:
            st = inds.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{sid} {i}: label missing or invalid ({st!r})")
                continue
            if st == "present":
                if not ev.get(i):
                    problems.append(f"{sid} {i}: present but no evidence")
                for s in ev.get(i, []):
                    if norm(s) not in full:
                        problems.append(f"{sid} {i}: evidence not found: {s[:80]!r}")
            else:
                if not str(notes.get(i, "")).strip():
                    problems.append(f"{sid} {i}: absent but no note")
                if ev.get(i):
                    problems.append(f"{sid} {i}: absent but has evidence")
        extra = set(inds) - set(IND)
        if extra:
            problems.append(f"{sid}: unknown indicators {sorted(extra)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {len(ids)} submissions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
