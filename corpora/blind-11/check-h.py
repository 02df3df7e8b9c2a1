#!/usr/bin/env python3
"""Verify labels.json against the archives.

Every archive in archives/ is unpacked in memory; text is extracted from
DOCX (document body, headers, footers), ODT (content.xml, styles.xml) and
HTML files; every evidence sentence must occur verbatim (whitespace-normalised)
in the text of its submission. Also checks label structure and that every
present indicator has evidence and every absent one has none.
"""
import html
import html.parser
import io
import json
import os
import re
import sys
import tarfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        for n in sorted(parts):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "tab", W + "br"):
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def odt_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in ("content.xml", "styles.xml"):
            if n not in z.namelist():
                continue
            root = ET.fromstring(z.read(n))
            for p in root.iter():
                if p.tag not in (TEXT + "p", TEXT + "h"):
                    continue
                buf = []

                def walk(el):
                    if el.text:
                        buf.append(el.text)
                    for ch in el:
                        if ch.tag == TEXT + "s":
                            buf.append(" " * int(ch.get(TEXT + "c", "1")))
                        elif ch.tag in (TEXT + "tab", TEXT + "line-break"):
                            buf.append(" ")
                        elif ch.tag in (TEXT + "p", TEXT + "h"):
                            pass  # nested paragraphs handled by the outer loop
                        else:
                            walk(ch)
                        if ch.tail:
                            buf.append(ch.tail)
                walk(p)
                out.append("".join(buf))
    return "\n".join(out)


class _H(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "br", "blockquote", "title", "ul", "table", "header", "footer", "aside", "article"}

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
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", errors="replace"))
    return "".join(h.parts)


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None


def members(path):
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
        raise ValueError("unknown archive type: " + path)


def main():
    labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    problems = []
    counts = {k: 0 for k in IDS}
    n_ev = 0
    for sid, L in sorted(labels.items()):
        apath = os.path.join(ROOT, "archives", L["archive"])
        if not os.path.exists(apath):
            problems.append(f"{sid}: archive missing {L['archive']}")
            continue
        texts = []
        for name, data in members(apath):
            t = extract(name, data)
            if t is not None:
                texts.append(norm(t))
        if not texts:
            problems.append(f"{sid}: no readable documents")
        full = "\n".join(texts)
        ind = L["indicators"]
        if sorted(ind) != sorted(IDS):
            problems.append(f"{sid}: indicator set wrong")
        for k in IDS:
            st = ind.get(k)
            ev = L["evidence"].get(k, [])
            if st not in ("present", "absent"):
                problems.append(f"{sid} {k}: bad status {st!r}")
            if st == "present":
                counts[k] += 1
                if not ev:
                    problems.append(f"{sid} {k}: present without evidence")
            elif ev:
                problems.append(f"{sid} {k}: absent but has evidence")
            for e in ev:
                n_ev += 1
                if norm(e) not in full:
                    problems.append(f"{sid} {k}: evidence not found: {e[:90]}")
        for k in L["evidence"]:
            if k not in IDS:
                problems.append(f"{sid}: unknown indicator {k}")
    print("submissions:", len(labels), " evidence sentences:", n_ev)
    print("present counts:", ", ".join(f"{k}={counts[k]}" for k in IDS))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
