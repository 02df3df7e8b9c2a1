#!/usr/bin/env python3
"""Verify labels.json against the archives.

For every submission: the archive is opened in memory, every .docx/.odt/.html/.htm member is
turned into a list of text blocks (paragraphs, headings, table cells; HTML block elements), and
every evidence sentence must occur verbatim (whitespace-normalised) inside one block of the body
text. Evidence found only in a DOCX header/footer counts as a problem (boilerplate is not
evidence). The label structure is checked too: 17 indicators, evidence exactly for the present
ones, notes only for known indicator IDs.

Usage: python3 check.py [labels.json]   -> prints problems, exit code 1 if any.
"""
import io
import json
import os
import re
import sys
import tarfile
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------- DOCX
def _docx_part_blocks(xml_bytes):
    root = ET.fromstring(xml_bytes)
    blocks = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
        t = norm("".join(parts))
        if t:
            blocks.append(t)
    return blocks


def docx_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    body = _docx_part_blocks(z.read("word/document.xml"))
    hf = []
    for n in z.namelist():
        if re.fullmatch(r"word/(header|footer)\d*\.xml", n):
            hf.extend(_docx_part_blocks(z.read(n)))
    return body, hf


# ---------------------------------------------------------------- ODT
def _odt_text(el):
    out = []
    if el.text:
        out.append(el.text)
    for ch in el:
        if ch.tag == TEXT + "s":
            out.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag in (TEXT + "tab", TEXT + "line-break"):
            out.append(" ")
        elif ch.tag in (TEXT + "p", TEXT + "h", TEXT + "note"):
            pass  # nested blocks are collected separately
        else:
            out.append(_odt_text(ch))
        if ch.tail:
            out.append(ch.tail)
    return "".join(out)


def odt_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    blocks = []
    for el in root.iter():
        if el.tag in (TEXT + "p", TEXT + "h"):
            t = norm(_odt_text(el))
            if t:
                blocks.append(t)
    hf = []
    if "styles.xml" in z.namelist():
        sroot = ET.fromstring(z.read("styles.xml"))
        for el in sroot.iter():
            if el.tag in (TEXT + "p", TEXT + "h"):
                t = norm(_odt_text(el))
                if t:
                    hf.append(t)
    return blocks, hf


# ---------------------------------------------------------------- HTML
BLOCK_TAGS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
              "section", "article", "header", "footer", "aside", "blockquote", "ul", "ol",
              "table", "nav", "main", "figure", "figcaption", "hr", "title", "dt", "dd"}


class _HTMLBlocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = norm("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_blocks(data):
    p = _HTMLBlocks()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    p.flush()
    return p.blocks, []


# ---------------------------------------------------------------- archives
def archive_members(path):
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith("/"):
                yield n, z.read(n)
    elif path.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()
    else:
        raise ValueError("unknown archive type: " + path)


def submission_text(path):
    body, hf, files = [], [], []
    for name, data in archive_members(path):
        low = name.lower()
        if low.endswith(".docx"):
            b, h = docx_blocks(data)
        elif low.endswith(".odt"):
            b, h = odt_blocks(data)
        elif low.endswith((".html", ".htm")):
            b, h = html_blocks(data)
        else:
            continue
        files.append(name)
        body.extend(b)
        hf.extend(h)
    return body, hf, files


def main():
    labels_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "labels.json")
    with open(labels_path, encoding="utf-8") as f:
        labels = json.load(f)
    problems = []
    n_ev = 0
    for sid in sorted(labels):
        lab = labels[sid]
        apath = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(apath):
            problems.append(f"{sid}: archive missing: {apath}")
            continue
        body, hf, files = submission_text(apath)
        if not files:
            problems.append(f"{sid}: no readable document in archive")
        inds = lab.get("indicators", {})
        if sorted(inds) != sorted(INDICATORS):
            problems.append(f"{sid}: indicator keys wrong: {sorted(set(INDICATORS) ^ set(inds))}")
        ev = lab.get("evidence", {})
        for k in ev:
            if k not in INDICATORS:
                problems.append(f"{sid}: evidence for unknown indicator {k}")
        for k in lab.get("notes", {}):
            if k not in INDICATORS:
                problems.append(f"{sid}: note for unknown indicator {k}")
        for ind in INDICATORS:
            status = inds.get(ind)
            if status not in ("present", "absent"):
                problems.append(f"{sid} {ind}: bad status {status!r}")
                continue
            sentences = ev.get(ind, [])
            if status == "present" and not sentences:
                problems.append(f"{sid} {ind}: present but no evidence")
            if status == "absent" and sentences:
                problems.append(f"{sid} {ind}: absent but evidence listed")
            for s in sentences:
                n_ev += 1
                ns = norm(s)
                if any(ns in b for b in body):
                    continue
                if any(ns in b for b in hf):
                    problems.append(f"{sid} {ind}: evidence only in header/footer: {s[:70]}")
                else:
                    problems.append(f"{sid} {ind}: NOT FOUND: {s[:90]}")
    for p in problems:
        print(p)
    print(f"checked {len(labels)} submissions, {n_ev} evidence sentences: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
