#!/usr/bin/env python3
"""Verify labels.json against the archives.

Every archive in archives/ is unpacked in memory; text is extracted from
.docx (body, headers, footers), .odt (content.xml and styles.xml) and
.html/.htm (script and style skipped).  For each submission the script checks
that the label record is complete (all 17 indicators, evidence for every
present indicator and none for absent ones) and that every evidence sentence
occurs verbatim in the text of one of the submission's files, after
whitespace normalisation.

Usage:  python3 check.py            -> report, exit 1 on problems
        python3 check.py --dump D05 -> print the extracted text of a submission
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

ROOT = os.path.dirname(os.path.abspath(__file__))
ARCH = os.path.join(ROOT, "archives")
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- extractors
def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist()
             if n == "word/document.xml" or re.match(r"word/(header|footer)\d*\.xml$", n)]
    out = []
    for name in sorted(parts):
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "tab", W + "br", W + "cr"):
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)


def _odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TEXT + "s":
            buf.append(" " * int(ch.get(TEXT + "c", "1")))
        elif tag in (TEXT + "tab", TEXT + "line-break"):
            buf.append(" ")
        elif tag in (TEXT + "p", TEXT + "h"):
            pass  # nested paragraphs are collected separately
        else:
            _odt_inline(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in ("content.xml", "styles.xml"):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))
        for el in root.iter():
            if el.tag in (TEXT + "p", TEXT + "h"):
                buf = []
                _odt_inline(el, buf)
                out.append("".join(buf))
    return "\n".join(out)


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
             "section", "article", "header", "footer", "nav", "blockquote", "caption", "ul", "ol",
             "title", "body", "thead", "tbody", "dd", "dt", "pre", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return html.unescape("".join(p.buf))


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None


def read_archive(path):
    """Return {member name: extracted text} for readable text files."""
    files = {}
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    t = extract(n, z.read(n))
                    if t is not None:
                        files[n] = t
    elif path.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    txt = extract(m.name, t.extractfile(m).read())
                    if txt is not None:
                        files[m.name] = txt
    else:
        raise ValueError("unknown archive type: " + path)
    return files


# ---------------------------------------------------------------- checks
def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8")) \
            if os.path.exists(os.path.join(ROOT, "labels.json")) else {}
        sid = sys.argv[2]
        arch = labels.get(sid, {}).get("archive") or next(
            f for f in os.listdir(ARCH) if f.startswith(sid + "."))
        for n, t in read_archive(os.path.join(ARCH, arch)).items():
            print("=" * 20, n)
            print(t)
        return 0

    labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    problems = []
    counts = {i: 0 for i in IDS}
    archives_on_disk = sorted(f for f in os.listdir(ARCH) if re.match(r"D\d\d\.(zip|tar\.gz)$", f))
    labelled = sorted(v.get("archive", "") for v in labels.values())
    for f in archives_on_disk:
        if f not in labelled:
            problems.append("archive %s has no label record" % f)

    n_evidence = 0
    for sid in sorted(labels):
        rec = labels[sid]
        for key in ("name", "archive", "indicators", "evidence", "notes"):
            if key not in rec:
                problems.append("%s: missing key %r" % (sid, key))
        arch = os.path.join(ARCH, rec.get("archive", ""))
        if not os.path.isfile(arch):
            problems.append("%s: archive %s not found" % (sid, rec.get("archive")))
            continue
        files = read_archive(arch)
        if not files:
            problems.append("%s: no readable files in archive" % sid)
        normed = {n: norm(t) for n, t in files.items()}
        ind = rec.get("indicators", {})
        ev = rec.get("evidence", {})
        if sorted(ind) != sorted(IDS):
            problems.append("%s: indicator keys differ: %s" % (sid, sorted(set(ind) ^ set(IDS))))
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
        for i in ev:
            if i not in IDS:
                problems.append("%s: evidence for unknown indicator %s" % (sid, i))
        for i, sentences in ev.items():
            for s in sentences:
                n_evidence += 1
                ns = norm(s)
                if not any(ns in t for t in normed.values()):
                    problems.append("%s %s: evidence not found verbatim: %s" % (sid, i, s[:90]))
        for i in rec.get("notes", {}):
            if i not in IDS:
                problems.append("%s: note for unknown indicator %s" % (sid, i))
        if ind.get("C6.2") == "present" and (ind.get("C6.1") != "present" or ind.get("C2") != "present"):
            problems.append("%s: C6.2 present without C6.1 and C2" % sid)

    print("Submissions: %d   evidence sentences checked: %d" % (len(labels), n_evidence))
    print("Per-indicator present counts:")
    for i in IDS:
        print("  %-5s present %2d  absent %2d" % (i, counts[i], len(labels) - counts[i]))
    print("Per-submission present counts:")
    for sid in sorted(labels):
        k = sum(1 for i in IDS if labels[sid]["indicators"].get(i) == "present")
        print("  %s %-4s %2d/17  %s" % (sid, labels[sid]["archive"].split(".", 1)[1], k, labels[sid]["name"]))
    print("Problems: %d" % len(problems))
    for p in problems:
        print("  - " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
