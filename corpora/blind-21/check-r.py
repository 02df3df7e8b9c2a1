#!/usr/bin/env python3
"""Stdlib-only checker for blind set R: extracts text from each archive in memory
(DOCX incl. headers/footers, ODT, HTML) and verifies labels.json."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    parts.sort(key=lambda n: (0 if "document" in n else 1, n))
    out = []
    for n in parts:
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


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in ("content.xml", "styles.xml"):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))

        def walk(el, buf):
            tag = el.tag.split("}")[-1] if el.tag.startswith("{" + TEXT_NS) else None
            if el.text and tag != "note-citation":
                buf.append(el.text)
            for ch in el:
                ctag = ch.tag.split("}")[-1] if ch.tag.startswith("{" + TEXT_NS) else None
                if ctag == "s":
                    buf.append(" " * int(ch.get("{%s}c" % TEXT_NS, "1")))
                elif ctag in ("tab", "line-break"):
                    buf.append(" ")
                elif ctag in ("p", "h"):
                    pass  # nested paragraphs handled separately
                else:
                    walk(ch, buf)
                if ch.tail:
                    buf.append(ch.tail)

        for el in root.iter():
            if el.tag in ("{%s}p" % TEXT_NS, "{%s}h" % TEXT_NS):
                buf = []
                walk(el, buf)
                out.append("".join(buf))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "blockquote", "section", "article", "header", "footer", "table", "ul", "ol", "title"}

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
    """Yield (name, bytes) for every regular file in the archive."""
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith("/"):
                yield n, z.read(n)
    else:
        t = tarfile.open(path, "r:*")
        for m in t.getmembers():
            if m.isfile():
                yield m.name, t.extractfile(m).read()


def documents(path):
    """Return {member name: extracted text} for readable documents (side files skipped)."""
    docs = {}
    for name, data in members(path):
        low = name.lower()
        if re.search(r"_files/", low):
            continue
        if low.endswith(".docx"):
            docs[name] = docx_text(data)
        elif low.endswith(".odt"):
            docs[name] = odt_text(data)
        elif low.endswith((".html", ".htm")):
            docs[name] = html_text(data)
    return docs


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = 0
    for sid in sorted(k for k in labels if k.startswith("R")):
        rec = labels[sid]
        arch = os.path.join(HERE, "archives", rec["archive"])
        if not os.path.exists(arch):
            print(f"{sid}: archive missing {rec['archive']}"); problems += 1; continue
        docs = documents(arch)
        if not docs:
            print(f"{sid}: no readable documents"); problems += 1
        text = norm("\n".join(docs.values()))
        ind = rec.get("indicators", {})
        for cid in IDS:
            st = ind.get(cid)
            if st not in ("present", "absent"):
                print(f"{sid} {cid}: missing/invalid label {st!r}"); problems += 1; continue
            if st == "present":
                ev = rec.get("evidence", {}).get(cid) or []
                if not ev:
                    print(f"{sid} {cid}: present but no evidence"); problems += 1
                for e in ev:
                    if norm(e) not in text:
                        print(f"{sid} {cid}: evidence not found: {e[:90]}"); problems += 1
            else:
                if not (rec.get("notes", {}).get(cid) or "").strip():
                    print(f"{sid} {cid}: absent without note"); problems += 1
        extra = set(ind) - set(IDS)
        if extra:
            print(f"{sid}: unknown indicator ids {sorted(extra)}"); problems += 1
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
