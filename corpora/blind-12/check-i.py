#!/usr/bin/env python3
"""Verify labels.json against archives/: every evidence sentence must occur verbatim
(whitespace-normalised) in the text of some readable file of its submission.
Archives are unpacked in memory only."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(parts):
            root = ET.fromstring(z.read(n))
            for p in root.iter(WNS + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == WNS + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (WNS + "tab", WNS + "br"):
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def odt_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))

    def walk(el, buf):
        if el.tag == TNS + "s":
            buf.append(" " * int(el.get(TNS + "c", "1")))
        elif el.tag in (TNS + "tab", TNS + "line-break"):
            buf.append(" ")
        elif el.text:
            buf.append(el.text)
        for ch in el:
            if ch.tag in (TNS + "p", TNS + "h"):
                continue
            walk(ch, buf)
            if ch.tail:
                buf.append(ch.tail)

    for el in root.iter():
        if el.tag in (TNS + "p", TNS + "h"):
            buf = []
            walk(el, buf)
            out.append("".join(buf))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "hr",
             "header", "footer", "article", "section", "title", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", errors="replace"))
    return "".join(h.buf)


def members(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def submission_text(path):
    texts, files = [], []
    for name, data in members(path):
        low = name.lower()
        if low.endswith(".docx"):
            texts.append(docx_text(data))
        elif low.endswith(".odt"):
            texts.append(odt_text(data))
        elif low.endswith((".html", ".htm")):
            texts.append(html_text(data))
        else:
            continue
        files.append(name)
    return norm("\n".join(texts)), files


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = 0
    counts = {i: 0 for i in IDS}
    for sid, lab in sorted(labels.items()):
        path = os.path.join(HERE, "archives", lab["archive"])
        if not os.path.exists(path):
            print(f"{sid}: missing archive {lab['archive']}"); problems += 1; continue
        text, files = submission_text(path)
        if set(lab["indicators"]) != set(IDS):
            print(f"{sid}: indicator set wrong"); problems += 1
        for i in IDS:
            st = lab["indicators"].get(i)
            ev = lab["evidence"].get(i, [])
            if st == "present":
                counts[i] += 1
                if not ev:
                    print(f"{sid} {i}: present without evidence"); problems += 1
            elif st == "absent":
                if ev:
                    print(f"{sid} {i}: absent but has evidence"); problems += 1
            else:
                print(f"{sid} {i}: bad status {st!r}"); problems += 1
            for s in ev:
                if norm(s) not in text:
                    print(f"{sid} {i}: NOT FOUND: {s}"); problems += 1
        npres = sum(1 for i in IDS if lab["indicators"][i] == "present")
        print(f"{sid}: {npres:2d}/17 present, files: {', '.join(files)}")
    print("per-indicator present counts:", json.dumps(counts))
    print(f"problems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
