#!/usr/bin/env python3
"""Stdlib-only checker for the G blind set.

Opens every archive in archives/ in memory (zipfile / tarfile), extracts the text of
DOCX (body + headers + footers), ODT (content.xml + styles.xml header/footer) and HTML
files, and verifies labels.json:
  * every submission has all 17 indicators labelled present/absent,
  * every present indicator has >= 1 evidence string that occurs verbatim
    (whitespace-normalised) in that submission's extracted text,
  * every absent indicator has a non-empty note.
Usage: python3 check.py [--words] [--dump Gxx]
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STY = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------- DOCX ----------
def _docx_part(xml):
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
    return paras


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    for n in sorted(x for x in names if re.match(r"word/header\d*\.xml$", x)):
        out += _docx_part(z.read(n))
    out += _docx_part(z.read("word/document.xml"))
    for n in sorted(x for x in names if re.match(r"word/footer\d*\.xml$", x)):
        out += _docx_part(z.read(n))
    return "\n".join(out)


# ---------- ODT ----------
def _odt_inline(el):
    buf = [el.text or ""]
    for ch in el:
        if ch.tag == TXT + "s":
            buf.append(" " * int(ch.get(TXT + "c", "1")))
        elif ch.tag in (TXT + "tab", TXT + "line-break"):
            buf.append(" ")
        elif ch.tag in (TXT + "p", TXT + "h"):
            pass  # nested paragraphs (notes) are collected separately
        else:
            buf.append(_odt_inline(ch))
        buf.append(ch.tail or "")
    return "".join(buf)


def _odt_part(xml, only_master=False):
    root = ET.fromstring(xml)
    scope = root
    paras = []
    if only_master:
        for mp in root.iter(STY + "master-page"):
            for p in mp.iter():
                if p.tag in (TXT + "p", TXT + "h"):
                    paras.append(_odt_inline(p))
        return paras
    for p in scope.iter():
        if p.tag in (TXT + "p", TXT + "h"):
            paras.append(_odt_inline(p))
    return paras


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    if "styles.xml" in z.namelist():
        out += _odt_part(z.read("styles.xml"), only_master=True)
    out += _odt_part(z.read("content.xml"))
    return "\n".join(out)


# ---------- HTML ----------
class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "header", "footer", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.buf)


# ---------- archives ----------
def members(path):
    """yield (name, bytes) for every regular file in the archive"""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for i in z.infolist():
                if not i.is_dir():
                    yield i.filename, z.read(i)
    else:
        with tarfile.open(path, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def documents(path):
    """yield (name, text) for every evidence-bearing document (side files of saved pages skipped)"""
    for name, data in members(path):
        low = name.lower()
        if "_files/" in low:
            continue
        if low.endswith(".docx"):
            yield name, docx_text(data)
        elif low.endswith(".odt"):
            yield name, odt_text(data)
        elif low.endswith((".html", ".htm")):
            yield name, html_text(data)


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    words = "--words" in sys.argv
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    n_ev = 0
    for sid in sorted(k for k in labels if k.startswith('G')):
        lab = labels[sid]
        ap = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(ap):
            problems.append(f"{sid}: archive {lab.get('archive')} missing")
            continue
        docs = list(documents(ap))
        if not docs:
            problems.append(f"{sid}: no readable documents")
        if dump == sid:
            for n, t in docs:
                print(f"===== {n}\n{t}\n")
        if words:
            for n, t in docs:
                print(f"{sid}\t{n}\t{len(norm(t).split())} words")
        full = norm(" \n ".join(t for _, t in docs))
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for k in IND:
            st = ind.get(k)
            if st not in ("present", "absent"):
                problems.append(f"{sid} {k}: label missing or invalid ({st!r})")
                continue
            if st == "present":
                lst = ev.get(k) or []
                if not lst:
                    problems.append(f"{sid} {k}: present but no evidence")
                for e in lst:
                    n_ev += 1
                    if norm(e) not in full:
                        problems.append(f"{sid} {k}: evidence not found: {e[:90]!r}")
            else:
                if not (notes.get(k) or "").strip():
                    problems.append(f"{sid} {k}: absent but no note")
                if ev.get(k):
                    problems.append(f"{sid} {k}: absent but has evidence")
        extra = set(ind) - set(IND)
        if extra:
            problems.append(f"{sid}: unknown indicators {sorted(extra)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(labels)} submissions, {n_ev} evidence strings: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
