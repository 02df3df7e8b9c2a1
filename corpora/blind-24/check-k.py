#!/usr/bin/env python3
"""Stdlib-only checker for the K blind set.

Opens every archive in memory, extracts the text of DOCX (body, headers, footers), ODT (content
and styles, i.e. also page headers/footers) and HTML documents (side files in *_files/ folders are
ignored), then verifies labels.json: all 17 indicators labelled, every present indicator has
evidence that occurs verbatim (whitespace-normalised) in that submission's text, every absent one
has a note. Also prints the word count of every document.
Usage: python3 check.py [--dump Kxx]
"""
import io, json, os, re, sys, tarfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def docx_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        parts = ["word/document.xml"] + sorted(n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n))
        for p in parts:
            if p not in names:
                continue
            root = ET.fromstring(z.read(p))
            for para in root.iter(W + "p"):
                buf = []
                for el in para.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab":
                        buf.append(" ")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out)


def _odt_inline(el):
    buf = [el.text or ""]
    for ch in el:
        if ch.tag == TXT + "s":
            buf.append(" " * int(ch.get(TXT + "c", "1")))
        elif ch.tag == TXT + "tab":
            buf.append(" ")
        elif ch.tag == TXT + "line-break":
            buf.append("\n")
        elif ch.tag in (TXT + "p", TXT + "h"):
            pass  # nested paragraphs are visited on their own
        else:
            buf.append(_odt_inline(ch))
        buf.append(ch.tail or "")
    return "".join(buf)


def odt_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for p in ("content.xml", "styles.xml"):
            if p not in z.namelist():
                continue
            root = ET.fromstring(z.read(p))
            for el in root.iter():
                if el.tag in (TXT + "p", TXT + "h"):
                    out.append(_odt_inline(el))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "blockquote", "section", "article", "header", "footer", "nav", "table", "title"}

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
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.buf)


def members(path):
    """Yield (name, bytes) of every regular file in a zip or tar.gz archive, in memory."""
    with open(path, "rb") as f:
        raw = f.read()
    if zipfile.is_zipfile(io.BytesIO(raw)):
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    else:
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:*") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def extract(path):
    docs, skipped = {}, []
    for name, data in members(path):
        low = name.lower()
        if re.search(r"_files/", name):
            skipped.append(name)
        elif low.endswith(".docx"):
            docs[name] = docx_text(data)
        elif low.endswith(".odt"):
            docs[name] = odt_text(data)
        elif low.endswith((".html", ".htm")):
            docs[name] = html_text(data)
        else:
            skipped.append(name)
    return docs, skipped


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def words(s):
    return len([w for w in s.split() if re.search(r"\w", w)])


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    dump = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--dump" else None
    per_ind = {i: 0 for i in IDS}
    for kid in sorted(k for k in labels if k.startswith('K')):
        L = labels[kid]
        path = os.path.join(HERE, "archives", L["archive"])
        if not os.path.exists(path):
            problems.append(f"{kid}: archive {L['archive']} missing")
            continue
        docs, skipped = extract(path)
        if dump == kid:
            for n, t in docs.items():
                print(f"===== {n}\n{t}")
        full = norm("\n".join(docs.values()))
        wc = ", ".join(f"{n}={words(t)}" for n, t in docs.items())
        ind = L.get("indicators", {})
        present = [i for i in IDS if ind.get(i) == "present"]
        for i in present:
            per_ind[i] += 1
        print(f"{kid} {L['archive']:12} present={len(present):2}  docs: {wc}" + (f"  (ignored: {len(skipped)} side files)" if skipped else ""))
        for i in IDS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{kid} {i}: not labelled present/absent ({st!r})")
                continue
            ev = L.get("evidence", {}).get(i, [])
            if st == "present":
                if not ev:
                    problems.append(f"{kid} {i}: present but no evidence")
                for e in ev:
                    if norm(e) not in full:
                        problems.append(f"{kid} {i}: evidence not found verbatim: {e[:90]}")
            else:
                if ev:
                    problems.append(f"{kid} {i}: absent but has evidence")
                if not L.get("notes", {}).get(i, "").strip():
                    problems.append(f"{kid} {i}: absent without a note")
        extra = set(ind) - set(IDS)
        if extra:
            problems.append(f"{kid}: unknown indicator ids {sorted(extra)}")
    print("present per indicator: " + ", ".join(f"{i}={n}" for i, n in per_ind.items()))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
