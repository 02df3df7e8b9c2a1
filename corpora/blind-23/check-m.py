#!/usr/bin/env python3
"""Stdlib-only checker for the blind23/M test set.

Opens every archive in memory, extracts the text of DOCX (body, headers, footers),
ODT and HTML documents, and verifies labels.json:
  * all 17 indicators labelled present/absent for every submission,
  * every present indicator has >=1 evidence string, every absent one has a note,
  * every evidence string occurs verbatim (whitespace-normalised) in the submission text.
Usage: python3 check.py [--dump Mxx] [--words]
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_part_text(xml):
    root = ET.fromstring(xml)
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
    for n in sorted(names):
        if re.fullmatch(r"word/header\d*\.xml", n):
            parts.append(docx_part_text(z.read(n)))
    parts.append(docx_part_text(z.read("word/document.xml")))
    for n in sorted(names):
        if re.fullmatch(r"word/footer\d*\.xml", n):
            parts.append(docx_part_text(z.read(n)))
    return "\n".join(parts)


def odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == TEXT + "s":
            buf.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag in (TEXT + "tab", TEXT + "line-break"):
            buf.append(" ")
        elif ch.tag == TEXT + "note":
            pass
        else:
            odt_inline(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    out = []
    for el in root.iter():
        if el.tag in (TEXT + "p", TEXT + "h"):
            buf = []
            odt_inline(el, buf)
            out.append("".join(buf))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
             "h6", "section", "article", "header", "footer", "blockquote", "table",
             "ul", "ol", "span_block", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

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

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.out)


def doc_text(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    return None


def archive_docs(path):
    """Return list of (member name, text) for every readable document in the archive."""
    docs = []
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if n.endswith("/"):
                continue
            t = doc_text(n, z.read(n))
            if t is not None:
                docs.append((n, t))
    else:
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if not m.isfile():
                    continue
                tx = doc_text(m.name, t.extractfile(m).read())
                if tx is not None:
                    docs.append((m.name, tx))
    return docs


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if "--dump" in sys.argv:
        sid = sys.argv[sys.argv.index("--dump") + 1]
        for n, t in archive_docs(os.path.join(HERE, "archives", labels[sid]["archive"])):
            print("=====", n)
            print(t)
        return
    problems = []
    for sid in sorted(k for k in labels if k.startswith('M')):
        e = labels[sid]
        path = os.path.join(HERE, "archives", e["archive"])
        if not os.path.exists(path):
            problems.append(f"{sid}: archive {e['archive']} missing")
            continue
        docs = archive_docs(path)
        full = norm("\n".join(t for _, t in docs))
        if "--words" in sys.argv:
            for n, t in docs:
                print(f"{sid}\t{n}\t{len(t.split())}")
        ind = e.get("indicators", {})
        for i in IDS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{sid} {i}: label missing or invalid ({st!r})")
                continue
            if st == "present":
                ev = e.get("evidence", {}).get(i) or []
                if not ev:
                    problems.append(f"{sid} {i}: present but no evidence")
                for s in ev:
                    if norm(s) not in full:
                        problems.append(f"{sid} {i}: evidence not found: {s[:90]!r}")
            else:
                if not (e.get("notes", {}).get(i) or "").strip():
                    problems.append(f"{sid} {i}: absent but no note")
                if e.get("evidence", {}).get(i):
                    problems.append(f"{sid} {i}: absent but has evidence")
        extra = set(ind) - set(IDS)
        if extra:
            problems.append(f"{sid}: unknown indicator ids {sorted(extra)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} submissions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
