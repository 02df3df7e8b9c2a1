#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only).

For each submission: open the archive in memory (.zip or .tar.gz), extract text from every
DOCX (body, headers, footers), ODT (content + styles, i.e. headers/footers) and HTML document,
normalise whitespace, and check that every evidence string occurs verbatim; that every one of
the 17 indicators is labelled present/absent; present ones have evidence, absent ones a note.
Prints every problem and the total; exit code 1 if any."""
import io, json, os, re, sys, tarfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DOC_EXT = (".docx", ".odt", ".html", ".htm")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "tab", W + "br", W + "cr"):
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def _odt_collect(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == TEXT + "s":
            buf.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag in (TEXT + "tab", TEXT + "line-break"):
            buf.append(" ")
        elif ch.tag in (TEXT + "p", TEXT + "h"):
            pass  # handled as its own paragraph
        else:
            _odt_collect(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def odt_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in ("content.xml", "styles.xml"):
            if n not in z.namelist():
                continue
            root = ET.fromstring(z.read(n))
            for el in root.iter():
                if el.tag in (TEXT + "p", TEXT + "h"):
                    buf = []
                    _odt_collect(el, buf)
                    out.append("".join(buf))
    return "\n".join(out)


class _HTML(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "header", "footer", "section", "article", "table", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(data):
    p = _HTML()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return "".join(p.parts)


def archive_members(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def doc_text(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    return html_text(data)


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    counts = {k: 0 for k in INDICATORS}
    n_ev = 0
    for rid in sorted(labels):
        lab = labels[rid]
        path = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not lab.get("name"):
            problems.append(f"{rid}: no name")
        if not os.path.isfile(path):
            problems.append(f"{rid}: archive missing: {path}")
            continue
        members = archive_members(path)
        docs = {n: d for n, d in members.items()
                if n.lower().endswith(DOC_EXT) and "_files/" not in n}
        if not 1 <= len(docs) <= 3:
            problems.append(f"{rid}: {len(docs)} documents (expected 1-3)")
        texts = {}
        for n, d in docs.items():
            try:
                texts[n] = norm(doc_text(n, d))
            except Exception as e:  # unreadable document
                problems.append(f"{rid}: cannot read {n}: {e}")
        alltext = "\n".join(texts.values())
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for k in INDICATORS:
            st = ind.get(k)
            if st not in ("present", "absent"):
                problems.append(f"{rid} {k}: bad or missing label {st!r}")
                continue
            if st == "present":
                counts[k] += 1
                if not ev.get(k):
                    problems.append(f"{rid} {k}: present but no evidence")
                if k in notes:
                    problems.append(f"{rid} {k}: present but has a note")
            else:
                if not str(notes.get(k, "")).strip():
                    problems.append(f"{rid} {k}: absent but no note")
                if k in ev:
                    problems.append(f"{rid} {k}: absent but has evidence")
        for k in list(ev) + list(notes) + list(ind):
            if k not in INDICATORS:
                problems.append(f"{rid}: unknown indicator {k}")
        for k, lst in ev.items():
            for s in lst:
                n_ev += 1
                if norm(s) not in alltext:
                    problems.append(f"{rid} {k}: evidence not found verbatim: {s[:90]}")
    print("submissions:", len(labels), " evidence strings checked:", n_ev)
    print("present counts:", " ".join(f"{k}={v}" for k, v in counts.items()))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
