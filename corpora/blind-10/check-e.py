#!/usr/bin/env python3
"""Verify labels.json against the archives.

* every archive in labels.json exists and is unpacked in memory (.zip / .tar.gz);
* text is extracted from DOCX (word/document.xml), ODT (content.xml) and HTML
  (script/style skipped) -- page headers/footers are deliberately NOT searched,
  since boilerplate there is never evidence;
* every evidence sentence must occur verbatim (whitespace-normalised, NFC)
  inside one paragraph / table cell / HTML block of the submission;
* label structure: all 17 indicators, 'present' <=> evidence given,
  C6.2 present only with C6.1 and C2 present.
Prints problems and per-indicator counts; exit status 1 if any problem.
"""
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T = "{%s}" % TEXT_NS


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------ extractors
def docx_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
        out.append("".join(parts))
    return out


def _odt_text(el):
    parts = []
    if el.text:
        parts.append(el.text)
    for ch in el:
        if ch.tag == T + "s":
            parts.append(" " * int(ch.get(T + "c", "1")))
        elif ch.tag in (T + "tab", T + "line-break"):
            parts.append(" ")
        elif ch.tag in (T + "p", T + "h"):
            pass  # nested paragraph: handled on its own
        else:
            parts.append(_odt_text(ch))
        if ch.tail:
            parts.append(ch.tail)
    return "".join(parts)


def odt_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    return [_odt_text(el) for el in root.iter() if el.tag in (T + "p", T + "h")]


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "figcaption", "figure", "header", "footer", "article", "section",
             "ul", "ol", "table", "title", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def _flush(self):
        if self.cur:
            self.blocks.append("".join(self.cur))
            self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self._flush()

    def handle_data(self, d):
        if not self.skip:
            self.cur.append(d)


def html_blocks(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    p._flush()
    return p.blocks


def archive_members(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    elif path.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()
    else:
        raise ValueError("unsupported archive " + path)


def submission_blocks(path):
    blocks, files = [], []
    for name, data in archive_members(path):
        low = name.lower()
        if low.endswith(".docx"):
            b = docx_blocks(data)
        elif low.endswith(".odt"):
            b = odt_blocks(data)
        elif low.endswith((".html", ".htm")):
            b = html_blocks(data)
        else:
            continue
        files.append(name)
        blocks.extend((name, norm(x)) for x in b if norm(x))
    return files, blocks


# ------------------------------------------------------------ checks
def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    problems = []
    counts = {i: 0 for i in INDICATORS}
    n_evidence = 0
    for sid in sorted(labels):
        lab = labels[sid]
        path = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(path):
            problems.append("%s: archive %s missing" % (sid, lab.get("archive")))
            continue
        try:
            files, blocks = submission_blocks(path)
        except Exception as e:  # noqa: BLE001
            problems.append("%s: cannot read archive: %s" % (sid, e))
            continue
        if not files:
            problems.append("%s: no readable documents" % sid)
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        if sorted(ind) != sorted(INDICATORS):
            problems.append("%s: indicator set differs: %s" % (sid, sorted(set(ind) ^ set(INDICATORS))))
        for i in INDICATORS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append("%s %s: bad status %r" % (sid, i, st))
                continue
            if st == "present":
                counts[i] += 1
                if not ev.get(i):
                    problems.append("%s %s: present but no evidence" % (sid, i))
            elif ev.get(i):
                problems.append("%s %s: absent but evidence given" % (sid, i))
        for i in ev:
            if i not in INDICATORS:
                problems.append("%s: evidence for unknown indicator %s" % (sid, i))
        if ind.get("C6.2") == "present" and not (ind.get("C6.1") == "present" and ind.get("C2") == "present"):
            problems.append("%s: C6.2 present without C6.1 and C2" % sid)
        for i, sents in ev.items():
            for s in sents:
                n_evidence += 1
                ns = norm(s)
                if not any(ns in b for _, b in blocks):
                    problems.append("%s %s: not found verbatim: %s" % (sid, i, s[:90]))
    for p in problems:
        print("PROBLEM:", p)
    print("\nsubmissions: %d, evidence sentences checked: %d" % (len(labels), n_evidence))
    print("per-indicator present counts:")
    for i in INDICATORS:
        print("  %-5s present %2d  absent %2d" % (i, counts[i], len(labels) - counts[i]))
    print("\n%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
