#!/usr/bin/env python3
"""Verify the U blind set: every evidence string occurs verbatim (after whitespace
normalisation) in the extracted text of a document in its archive; every one of the
17 indicators is labelled; every absent indicator has a note. Stdlib only."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def _docx_part(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []
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


def extract_docx(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = [n for n in names if re.match(r"word/header\d*\.xml$", n)]
    parts += ["word/document.xml"]
    parts += [n for n in names if re.match(r"word/(footer\d*|footnotes|endnotes)\.xml$", n)]
    return "\n".join(_docx_part(z.read(n)) for n in parts if n in names)


def _odt_walk(el, buf):
    tag = el.tag
    if tag == "{%s}s" % TEXT:
        buf.append(" " * int(el.get("{%s}c" % TEXT, "1")))
    elif tag == "{%s}tab" % TEXT:
        buf.append("\t")
    elif tag == "{%s}line-break" % TEXT:
        buf.append("\n")
    else:
        if el.text:
            buf.append(el.text)
        for ch in el:
            _odt_walk(ch, buf)
            if ch.tail:
                buf.append(ch.tail)
        if tag in ("{%s}p" % TEXT, "{%s}h" % TEXT):
            buf.append("\n")
        return
    # for s/tab/line-break the tail is added by the parent


def extract_odt(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ("styles.xml", "content.xml"):
        if n in z.namelist():
            buf = []
            _odt_walk(ET.fromstring(z.read(n)), buf)
            out.append("".join(buf))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th",
             "table", "blockquote", "header", "footer", "main", "nav", "section", "article"}

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


def extract_html(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.buf)


def read_archive(path):
    """Return {member name: bytes} for all regular files in a .zip or .tar.gz, in memory."""
    with open(path, "rb") as f:
        raw = f.read()
    files = {}
    if path.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(raw))
        for n in z.namelist():
            if not n.endswith("/"):
                files[n] = z.read(n)
    else:
        t = tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz")
        for m in t.getmembers():
            if m.isfile():
                files[m.name] = t.extractfile(m).read()
    return files


def extract(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return extract_docx(data)
    if low.endswith(".odt"):
        return extract_odt(data)
    if low.endswith((".html", ".htm")):
        return extract_html(data)
    return None


def documents(path):
    out = {}
    for n, d in read_archive(path).items():
        t = extract(n, d)
        if t is not None:
            out[n] = t
    return out


def main():
    problems = []
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    for sid, lab in sorted(labels.items()):
        arch = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(arch):
            problems.append(f"{sid}: archive missing: {arch}")
            continue
        try:
            docs = documents(arch)
        except Exception as e:  # noqa
            problems.append(f"{sid}: cannot read archive: {e}")
            continue
        if not 1 <= len(docs) <= 3:
            problems.append(f"{sid}: {len(docs)} documents (expected 1-3)")
        alltext = [norm(t) for t in docs.values()]
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for i in INDICATORS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{sid} {i}: no valid label ({st!r})")
                continue
            if st == "present":
                if not ev.get(i):
                    problems.append(f"{sid} {i}: present but no evidence")
                for e in ev.get(i, []):
                    if not any(norm(e) in t for t in alltext):
                        problems.append(f"{sid} {i}: evidence not found verbatim: {e[:70]}...")
            else:
                if not notes.get(i, "").strip():
                    problems.append(f"{sid} {i}: absent but no note")
                if ev.get(i):
                    problems.append(f"{sid} {i}: absent but has evidence")
        for k in set(ind) | set(ev) | set(notes):
            if k not in INDICATORS:
                problems.append(f"{sid}: unknown indicator key {k}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} submissions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
