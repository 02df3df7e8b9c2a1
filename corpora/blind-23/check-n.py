#!/usr/bin/env python3
"""Stdlib-only checker for blind23/N: extracts text from every archive in memory and verifies labels.json.

Usage: python3 check.py [--words] [--dump Nxx]
"""
import html, io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = ["word/document.xml"] + sorted(n for n in z.namelist()
                                           if re.match(r"word/(header|footer)\d*\.xml$", n))
    out = []
    for p in parts:
        root = ET.fromstring(z.read(p))
        for para in root.iter(W + "p"):
            buf = []
            for el in para.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
            out.append("".join(buf))
    return "\n".join(out)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []

    def walk(el, buf):
        if el.text:
            buf.append(el.text)
        for ch in el:
            if ch.tag == TEXT + "s":
                buf.append(" " * int(ch.get(TEXT + "c", "1")))
            elif ch.tag == TEXT + "tab":
                buf.append("\t")
            elif ch.tag == TEXT + "line-break":
                buf.append("\n")
            elif ch.tag in (TEXT + "note",):
                pass
            else:
                walk(ch, buf)
            if ch.tail:
                buf.append(ch.tail)

    for name in ("content.xml", "styles.xml"):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))
        for el in root.iter():
            if el.tag in (TEXT + "p", TEXT + "h"):
                buf = []
                walk(el, buf)
                out.append("".join(buf))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(data):
    p = _H()
    p.feed(data.decode("utf-8", "replace"))
    return "".join(p.out)


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")) and "_files/" not in low:
        return html_text(data)
    return None  # side files (css, js, png) are not evidence


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


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def submission_texts(path):
    res = {}
    for n, data in members(path):
        t = extract(n, data)
        if t is not None:
            res[n] = t
    return res


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    arch = os.path.join(HERE, "archives")
    if "--dump" in sys.argv:
        sid = sys.argv[sys.argv.index("--dump") + 1]
        for n, t in submission_texts(os.path.join(arch, labels[sid]["archive"])).items():
            print("=====", n); print(t)
        return 0
    problems = []
    expected = sorted(f for f in os.listdir(arch))
    listed = sorted(v["archive"] for v in labels.values())
    if expected != listed:
        problems.append(f"archives on disk {expected} != archives in labels {listed}")
    for sid in sorted(k for k in labels if k.startswith('N')):
        lab = labels[sid]
        path = os.path.join(arch, lab["archive"])
        if not os.path.exists(path):
            problems.append(f"{sid}: archive missing"); continue
        texts = submission_texts(path)
        if not texts:
            problems.append(f"{sid}: no readable documents")
        full = norm("\n".join(texts.values()))
        if "--words" in sys.argv:
            for n, t in texts.items():
                print(f"{sid} {n}: {len(t.split())} words")
        inds = lab.get("indicators", {})
        for i in IND:
            st = inds.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{sid} {i}: not labelled (got {st!r})")
                continue
            ev = lab.get("evidence", {}).get(i, [])
            if st == "present":
                if not ev:
                    problems.append(f"{sid} {i}: present but no evidence")
                for e in ev:
                    if norm(e) not in full:
                        problems.append(f"{sid} {i}: evidence not found verbatim: {e[:90]!r}")
            else:
                if ev:
                    problems.append(f"{sid} {i}: absent but has evidence")
                if not lab.get("notes", {}).get(i, "").strip():
                    problems.append(f"{sid} {i}: absent without a note")
        extra = set(inds) - set(IND)
        if extra:
            problems.append(f"{sid}: unknown indicators {sorted(extra)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} submissions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
