#!/usr/bin/env python3
"""Check labels.json against the archives.

For every submission: unpack its archive in memory, extract the text of every readable file
(.docx: document, headers, footers; .odt: content and styles; .html/.htm), and verify that
  * all 17 indicators are labelled present/absent,
  * every present indicator has at least one evidence sentence and no absent one has any,
  * every evidence sentence occurs verbatim (whitespace-normalised) in the submission's text,
  * C6.2 is present only together with C6.1 and C2.
Prints the problems and a summary; exit code 1 if any problem was found.
"""
import html
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
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist()
             if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    out = []
    for name in parts:
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "tab",):
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)


def _odf_para(el):
    buf = []

    def walk(e):
        if e.tag == TEXT + "s":
            buf.append(" " * int(e.get(TEXT + "c", "1")))
        elif e.tag in (TEXT + "tab",):
            buf.append("\t")
        elif e.tag == TEXT + "line-break":
            buf.append(" ")
        elif e.text:
            buf.append(e.text)
        for c in e:
            if c.tag in (TEXT + "p", TEXT + "h"):
                continue
            walk(c)
            if c.tail:
                buf.append(c.tail)
    walk(el)
    return "".join(buf)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in ("content.xml", "styles.xml"):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))
        for el in root.iter():
            if el.tag in (TEXT + "p", TEXT + "h"):
                out.append(_odf_para(el))
    return "\n".join(out)


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "header", "footer", "aside", "nav", "main", "table", "ul",
             "ol", "title", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    return html.unescape("".join(p.parts))


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None


def archive_members(path):
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for info in z.infolist():
            if not info.is_dir():
                yield info.filename, z.read(info.filename)
    elif path.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()
    else:
        raise ValueError("unknown archive type: " + path)


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    problems = []
    n_ev = 0
    counts = {i: 0 for i in IDS}
    for sid, lab in sorted(labels.items()):
        path = os.path.join(HERE, "archives", lab["archive"])
        if not os.path.exists(path):
            problems.append("%s: archive %s missing" % (sid, lab["archive"]))
            continue
        texts = {}
        for name, data in archive_members(path):
            try:
                t = extract(name, data)
            except Exception as exc:  # unreadable file
                problems.append("%s: cannot read %s (%s)" % (sid, name, exc))
                continue
            if t is not None:
                texts[name] = norm(t)
        if not texts:
            problems.append("%s: no readable text" % sid)
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        if sorted(ind) != sorted(IDS):
            problems.append("%s: indicator set differs: %s" % (sid, sorted(set(IDS) ^ set(ind))))
        for i in IDS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append("%s %s: bad status %r" % (sid, i, st))
                continue
            if st == "present":
                counts[i] += 1
                if not ev.get(i):
                    problems.append("%s %s: present but no evidence" % (sid, i))
            elif ev.get(i):
                problems.append("%s %s: absent but has evidence" % (sid, i))
        for i, sents in ev.items():
            if i not in IDS:
                problems.append("%s: evidence for unknown id %s" % (sid, i))
            for s in sents:
                n_ev += 1
                ns = norm(s)
                if not any(ns in t for t in texts.values()):
                    problems.append("%s %s: evidence not found verbatim: %s" % (sid, i, s[:90]))
        if ind.get("C6.2") == "present" and not (ind.get("C6.1") == "present" and ind.get("C2") == "present"):
            problems.append("%s: C6.2 present without C6.1 and C2" % sid)
    for p in problems:
        print("PROBLEM", p)
    print("submissions: %d, evidence sentences checked: %d" % (len(labels), n_ev))
    print("present counts: " + ", ".join("%s=%d" % (i, counts[i]) for i in IDS))
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
