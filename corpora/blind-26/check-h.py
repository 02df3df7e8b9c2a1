#!/usr/bin/env python3
"""Stdlib-only checker for blind test set H.

Opens every archive in archives/ in memory (zipfile / tarfile), extracts the text of
DOCX (body + headers + footers), ODT (content + header/footer in styles) and HTML files
(script/style skipped), and verifies labels.json:
  * every submission has all 17 indicators labelled present/absent,
  * every present indicator has >=1 evidence string, each occurring verbatim
    (whitespace-normalised) in that submission's extracted text,
  * every absent indicator has a non-empty note.
Also prints the word count of every document.
Usage: python3 check.py [--quiet]
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
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
T = "{%s}" % TEXT_NS


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u200b", "")
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
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = []
    heads = sorted(n for n in names if re.match(r"word/header\d*\.xml$", n))
    foots = sorted(n for n in names if re.match(r"word/footer\d*\.xml$", n))
    for n in heads:
        parts.append(_docx_part_text(z.read(n)))
    parts.append(_docx_part_text(z.read("word/document.xml")))
    for n in foots:
        parts.append(_docx_part_text(z.read(n)))
    return "\n".join(parts)


# ---------------------------------------------------------------- ODT
def _odt_inline(el):
    out = []
    if el.text:
        out.append(el.text)
    for ch in el:
        if ch.tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif ch.tag in (T + "tab", T + "line-break"):
            out.append(" ")
        elif ch.tag in (T + "note",):
            pass
        else:
            out.append(_odt_inline(ch))
        if ch.tail:
            out.append(ch.tail)
    return "".join(out)


def _odt_paras(root):
    paras = []

    def walk(el):
        if el.tag in (T + "p", T + "h"):
            paras.append(_odt_inline(el))
            return
        for ch in el:
            walk(ch)
    walk(root)
    return paras


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    paras = []
    if "styles.xml" in z.namelist():
        sroot = ET.fromstring(z.read("styles.xml"))
        for tag in ("header", "footer"):
            for hf in sroot.iter("{%s}%s" % (STYLE_NS, tag)):
                paras.extend(_odt_paras(hf))
    paras.extend(_odt_paras(ET.fromstring(z.read("content.xml"))))
    return "\n".join(paras)


# ---------------------------------------------------------------- HTML
class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
             "h6", "ul", "ol", "table", "hr", "title", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return "".join(p.out)


# ---------------------------------------------------------------- archives
def archive_members(path):
    """Yield (name, bytes) for every regular file in a zip or tar.gz archive."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, "r:*") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def extract_documents(path):
    """Return list of (member name, text) for evidence-bearing documents.
    Side files of saved web pages (*_files/) are not documents."""
    docs = []
    for name, data in archive_members(path):
        low = name.lower()
        if re.search(r"_files/", name):
            continue
        if low.endswith(".docx"):
            docs.append((name, docx_text(data)))
        elif low.endswith(".odt"):
            docs.append((name, odt_text(data)))
        elif low.endswith((".html", ".htm")):
            docs.append((name, html_text(data)))
    return docs


def word_count(text):
    return len([w for w in text.split() if re.search(r"\w", w)])


def main():
    quiet = "--quiet" in sys.argv
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    problems = []
    counts = {i: 0 for i in INDICATORS}
    for sid in sorted(k for k in labels if k.startswith('H')):
        entry = labels[sid]
        apath = os.path.join(HERE, "archives", entry["archive"])
        if not os.path.exists(apath):
            problems.append("%s: archive %s missing" % (sid, entry["archive"]))
            continue
        docs = extract_documents(apath)
        full = norm("\n".join(t for _, t in docs))
        if not quiet:
            print("%s %s" % (sid, entry["archive"]))
            for n, t in docs:
                print("    %-55s %5d words" % (n, word_count(t)))
        ind = entry.get("indicators", {})
        ev = entry.get("evidence", {})
        notes = entry.get("notes", {})
        for i in INDICATORS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append("%s %s: not labelled (%r)" % (sid, i, st))
                continue
            if st == "present":
                counts[i] += 1
                lst = ev.get(i) or []
                if not lst:
                    problems.append("%s %s: present but no evidence" % (sid, i))
                for e in lst:
                    if norm(e) not in full:
                        problems.append("%s %s: evidence not found: %s" % (sid, i, e[:90]))
            else:
                if not (notes.get(i) or "").strip():
                    problems.append("%s %s: absent without note" % (sid, i))
                if ev.get(i):
                    problems.append("%s %s: absent but has evidence" % (sid, i))
        extra = set(ind) - set(INDICATORS)
        if extra:
            problems.append("%s: unknown indicators %s" % (sid, sorted(extra)))
    if not quiet:
        print()
        print("present per indicator:", ", ".join("%s=%d" % (i, counts[i]) for i in INDICATORS))
        for sid in sorted(k for k in labels if k.startswith('H')):
            n = sum(1 for v in labels[sid]["indicators"].values() if v == "present")
            print("  %s: %d present" % (sid, n))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
