#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only).

For every submission whose ID starts with "Q":
  * the archive exists and opens in memory (zip or tar.gz);
  * text is extracted from every DOCX (body, headers, footers, footnotes),
    ODT (content.xml and styles.xml) and HTML file (script/style skipped;
    files inside a *_files/ side folder are not read);
  * all 17 indicators are labelled "present" or "absent";
  * every present indicator has at least one evidence string, and each one
    occurs verbatim (whitespace-normalised) in that submission's text;
  * every absent indicator has a note.

Usage: python3 check.py [--stats]   (--stats also prints word counts per document)
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

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T = "{" + TEXT_NS + "}"


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
def docx_part_text(xml_bytes):
    root = ET.fromstring(xml_bytes)
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = ["word/document.xml"]
    parts += sorted(n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n))
    parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    return "\n".join(docx_part_text(z.read(n)) for n in parts if n in names)


# ---------------------------------------------------------------- ODT
def odt_inline(el):
    out = []
    if el.text:
        out.append(el.text)
    for ch in el:
        if ch.tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif ch.tag in (T + "tab", T + "line-break"):
            out.append(" ")
        elif ch.tag in (T + "p", T + "h", T + "note"):
            pass  # nested paragraphs are collected on their own
        else:
            out.append(odt_inline(ch))
        if ch.tail:
            out.append(ch.tail)
    return "".join(out)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    chunks = []
    for part in ("content.xml", "styles.xml"):
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        for el in root.iter():
            if el.tag in (T + "p", T + "h"):
                chunks.append(odt_inline(el))
    return "\n".join(chunks)


# ---------------------------------------------------------------- HTML
class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "header", "footer", "table", "ul", "ol",
             "blockquote", "pre", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

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
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return "".join(p.out)


# ---------------------------------------------------------------- archives
def archive_members(path):
    """Yield (name, bytes) for every regular file of a zip or tar.gz archive."""
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            if not n.endswith("/"):
                yield n, z.read(n)
    else:
        t = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
        for m in t.getmembers():
            if m.isfile():
                yield m.name, t.extractfile(m).read()


def submission_docs(path):
    docs = []
    for name, data in archive_members(path):
        low = name.lower()
        if re.search(r"_files/", name):
            continue  # side files of a saved web page are not evidence
        if low.endswith(".docx"):
            docs.append((name, docx_text(data)))
        elif low.endswith(".odt"):
            docs.append((name, odt_text(data)))
        elif low.endswith((".html", ".htm")):
            docs.append((name, html_text(data)))
    return docs


def main():
    stats = "--stats" in sys.argv
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    problems = []
    checked = 0
    for sid in sorted(labels):
        if not sid.startswith("Q"):
            continue
        checked += 1
        lab = labels[sid]
        apath = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(apath):
            problems.append(f"{sid}: archive {lab.get('archive')!r} not found")
            continue
        try:
            docs = submission_docs(apath)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{sid}: cannot read archive: {e}")
            continue
        if not docs:
            problems.append(f"{sid}: no readable documents")
        text = norm("\n".join(t for _, t in docs))
        if stats:
            for name, t in docs:
                print(f"  {sid} {name}: {len(norm(t).split())} words")
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for key in INDICATORS:
            val = ind.get(key)
            if val not in ("present", "absent"):
                problems.append(f"{sid} {key}: label is {val!r}")
                continue
            if val == "present":
                items = ev.get(key) or []
                if not items:
                    problems.append(f"{sid} {key}: present but no evidence")
                for s in items:
                    if norm(s) not in text:
                        problems.append(f"{sid} {key}: evidence not found: {s[:90]!r}")
            else:
                if not (notes.get(key) or "").strip():
                    problems.append(f"{sid} {key}: absent but no note")
                if ev.get(key):
                    problems.append(f"{sid} {key}: absent but has evidence")
        extra = set(ind) - set(INDICATORS)
        if extra:
            problems.append(f"{sid}: unknown indicator keys {sorted(extra)}")
        if stats:
            n = sum(1 for k in INDICATORS if ind.get(k) == "present")
            print(f"{sid}: {n}/17 present, archive {lab['archive']}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {checked} submissions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
