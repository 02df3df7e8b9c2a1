#!/usr/bin/env python3
"""Verify labels.json against the archives.

Every archive is unpacked in memory; text is extracted from .docx, .odt and
.html/.htm members; every evidence sentence must occur verbatim
(whitespace-normalised) in the text of the submission.  Also checks label
structure.  Prints problems and exits non-zero if there are any.
"""
import io, json, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u00ad", "")).strip()


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist()
             if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
            out.append("".join(buf))
    return "\n".join(out)


def _odf_inline(el):
    buf = [el.text or ""]
    for ch in el:
        if ch.tag == T + "s":
            buf.append(" " * int(ch.get(T + "c", "1")))
        elif ch.tag == T + "tab":
            buf.append("\t")
        elif ch.tag == T + "line-break":
            buf.append("\n")
        elif ch.tag in (T + "p", T + "h", T + "note"):
            pass  # handled as their own paragraphs
        else:
            buf.append(_odf_inline(ch))
        buf.append(ch.tail or "")
    return "".join(buf)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ("content.xml", "styles.xml"):
        if n not in z.namelist():
            continue
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            if el.tag in (T + "p", T + "h"):
                out.append(_odf_inline(el))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "article", "section", "header", "footer", "nav", "main", "table", "ul", "ol", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", errors="replace"))
    return "".join(h.buf)


def members(path):
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, "r:*") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def submission_text(path):
    texts, readable = [], []
    for name, data in members(path):
        low = name.lower()
        if low.endswith(".docx"):
            texts.append(docx_text(data)); readable.append(name)
        elif low.endswith(".odt"):
            texts.append(odt_text(data)); readable.append(name)
        elif low.endswith((".html", ".htm")):
            texts.append(html_text(data)); readable.append(name)
    return "\n".join(texts), readable


def main():
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = []
    counts = {i: 0 for i in INDICATORS}
    checked = 0
    for sid, lab in labels.items():
        arch = HERE / "archives" / lab.get("archive", "")
        if not arch.is_file():
            problems.append(f"{sid}: archive {arch.name} missing"); continue
        ind = lab.get("indicators", {})
        if list(ind) != INDICATORS or any(v not in ("present", "absent") for v in ind.values()):
            problems.append(f"{sid}: indicators malformed")
        present = {i for i, v in ind.items() if v == "present"}
        for i in present:
            counts[i] += 1
        ev = lab.get("evidence", {})
        if set(ev) != present:
            problems.append(f"{sid}: evidence keys {sorted(set(ev) ^ present)} do not match present indicators")
        for i, v in lab.get("notes", {}).items():
            if i in present:
                problems.append(f"{sid}: note given for present indicator {i}")
        text, readable = submission_text(arch)
        if not readable:
            problems.append(f"{sid}: no readable documents")
        ntext = norm(text)
        for i, sents in ev.items():
            if not sents:
                problems.append(f"{sid} {i}: empty evidence list")
            for s in sents:
                checked += 1
                if norm(s) not in ntext:
                    problems.append(f"{sid} {i}: not found verbatim: {s[:90]}…")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} submissions, {checked} evidence sentences checked, {len(problems)} problems")
    print("present per indicator:", ", ".join(f"{i}={counts[i]}" for i in INDICATORS))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
