#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only).

For every submission whose ID starts with "X":
  * the archive exists and opens in memory (zip or tar.gz);
  * the text of its DOCX (body, headers, footers, footnotes), ODT (content and
    styles, i.e. master-page headers/footers) and HTML documents is extracted;
  * all 17 indicators are labelled "present" or "absent";
  * every present indicator has at least one evidence string, and each string
    occurs verbatim (whitespace-normalised) in that submission's text;
  * every absent indicator has a non-empty note.
Side files of saved web pages (e.g. Lapa_files/style.css, script.js, logo.png)
are not documents and are ignored.

Usage: python3 check.py [labels.json] [archives_dir]
"""
import io
import json
import os
import re
import sys
import tarfile
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
def _docx_part_text(xml_bytes):
    root = ET.fromstring(xml_bytes)
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag == W + "tab":
                buf.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                buf.append("\n")
        paras.append("".join(buf))
    return "\n".join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = []
    order = (["word/document.xml"]
             + sorted(n for n in names if re.match(r"word/header\d*\.xml$", n))
             + sorted(n for n in names if re.match(r"word/footer\d*\.xml$", n))
             + [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names])
    for n in order:
        if n in names:
            parts.append(_docx_part_text(z.read(n)))
    return "\n".join(parts)


# ---------------------------------------------------------------- ODT
def _odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TEXT + "s":
            buf.append(" " * int(ch.get(TEXT + "c", "1")))
        elif tag == TEXT + "tab":
            buf.append("\t")
        elif tag == TEXT + "line-break":
            buf.append("\n")
        elif tag in (TEXT + "note",):
            pass  # note bodies are collected as their own paragraphs
        else:
            _odt_inline(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def _odt_part_text(xml_bytes):
    root = ET.fromstring(xml_bytes)
    paras = []
    for el in root.iter():
        if el.tag in (TEXT + "p", TEXT + "h"):
            buf = []
            _odt_inline(el, buf)
            paras.append("".join(buf))
    return "\n".join(paras)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for n in ("content.xml", "styles.xml"):
        if n in z.namelist():
            parts.append(_odt_part_text(z.read(n)))
    return "\n".join(parts)


# ---------------------------------------------------------------- HTML
class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2",
             "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "hr",
             "blockquote", "pre", "title", "body", "html", "head", "nav", "aside"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(data):
    for enc in ("utf-8", "cp1257", "latin-1"):
        try:
            s = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    p = _HTMLText()
    p.feed(s)
    p.close()
    return "".join(p.out)


# ---------------------------------------------------------------- archives
def _is_side_file(name):
    return any(part.endswith("_files") for part in name.replace("\\", "/").split("/")[:-1])


def extract_member(name, data):
    low = name.lower()
    if _is_side_file(name):
        return None
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None


def archive_members(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(raw))
        for n in z.namelist():
            if not n.endswith("/"):
                yield n, z.read(n)
    elif path.endswith((".tar.gz", ".tgz")):
        t = tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz")
        for m in t.getmembers():
            if m.isfile():
                yield m.name, t.extractfile(m).read()
    else:
        raise ValueError("unsupported archive: " + path)


def archive_documents(path):
    """Return list of (member name, extracted text) for readable documents."""
    docs = []
    for name, data in archive_members(path):
        txt = extract_member(name, data)
        if txt is not None:
            docs.append((name, txt))
    return docs


# ---------------------------------------------------------------- check
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    labels_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "labels.json")
    arch_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "archives")
    with open(labels_path, encoding="utf-8") as f:
        labels = json.load(f)
    problems = []
    ids = sorted(k for k in labels if k.startswith("X"))
    n_ev = 0
    for sid in ids:
        rec = labels[sid]
        if not rec.get("name"):
            problems.append(f"{sid}: missing applicant name")
        arch = rec.get("archive")
        apath = os.path.join(arch_dir, arch or "")
        if not arch or not os.path.isfile(apath):
            problems.append(f"{sid}: archive not found: {arch}")
            continue
        try:
            docs = archive_documents(apath)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{sid}: cannot open {arch}: {e}")
            continue
        if not docs:
            problems.append(f"{sid}: no readable documents in {arch}")
        text = norm("\n".join(t for _, t in docs))
        ind = rec.get("indicators", {})
        ev = rec.get("evidence", {})
        notes = rec.get("notes", {})
        for k in INDICATORS:
            v = ind.get(k)
            if v not in ("present", "absent"):
                problems.append(f"{sid} {k}: label is {v!r}")
                continue
            if v == "present":
                lst = ev.get(k) or []
                if not lst:
                    problems.append(f"{sid} {k}: present without evidence")
                for e in lst:
                    n_ev += 1
                    if norm(e) not in text:
                        problems.append(f"{sid} {k}: evidence not found: {e[:90]!r}")
            else:
                if not str(notes.get(k, "")).strip():
                    problems.append(f"{sid} {k}: absent without note")
        extra = set(ind) - set(INDICATORS)
        if extra:
            problems.append(f"{sid}: unknown indicators {sorted(extra)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {len(ids)} submissions, {n_ev} evidence strings: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
