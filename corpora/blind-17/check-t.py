#!/usr/bin/env python3
"""Verify the blind test set: every archive opens in memory, DOCX (incl. headers/footers),
ODT and HTML text is extracted, every evidence string occurs verbatim (after whitespace
normalisation) in a document of its archive, every indicator is labelled and every absent
one has a note. Stdlib only. Prints problems; exit code 1 if any."""
import html, io, json, os, re, sys, tarfile, unicodedata, zipfile
from html.parser import HTMLParser

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_EXT = (".docx", ".odt", ".html", ".htm")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _xml_text(xml, para_end, extra):
    for pat, rep in extra:
        xml = re.sub(pat, rep, xml)
    xml = re.sub(para_end, "\n", xml)
    xml = re.sub(r"<[^>]+>", "", xml)
    return html.unescape(xml)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                           if re.match(r"word/(header|footer|footnotes|endnotes)\d*\.xml$", n))
    out = []
    for n in names:
        if n in z.namelist():
            x = z.read(n).decode("utf-8")
            out.append(_xml_text(x, r"</w:p>", [(r"<w:tab\s*/>", "\t"), (r"<w:br\s*/>", "\n"),
                                                 (r"<w:instrText[^>]*>.*?</w:instrText>", "")]))
    return "\n".join(out)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ("content.xml", "styles.xml"):
        if n in z.namelist():
            x = z.read(n).decode("utf-8")
            if n == "styles.xml":  # only header/footer content of master pages
                x = "".join(re.findall(r"<style:(?:header|footer)\b.*?</style:(?:header|footer)>", x, re.S))
            out.append(_xml_text(x, r"</text:(?:p|h)>",
                                 [(r'<text:s\s+text:c="(\d+)"\s*/>', lambda m: " " * int(m.group(1))),
                                  (r"<text:s\s*/>", " "), (r"<text:tab\s*/>", "\t"),
                                  (r"<text:line-break\s*/>", "\n")]))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}

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
    h = _H()
    h.feed(data.decode("utf-8", errors="replace"))
    return "".join(h.parts)


def extract(name, data):
    n = name.lower()
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".odt"):
        return odt_text(data)
    if n.endswith((".html", ".htm")):
        return html_text(data)
    return None


def read_archive(path):
    """Return {member name: bytes} for regular files, read fully in memory."""
    with open(path, "rb") as f:
        raw = f.read()
    out = {}
    if path.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(raw))
        for i in z.infolist():
            if not i.is_dir():
                out[i.filename] = z.read(i)
    elif path.endswith((".tar.gz", ".tgz")):
        t = tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz")
        for m in t.getmembers():
            if m.isfile():
                out[m.name] = t.extractfile(m).read()
    return out


def documents(path):
    """{document name: extracted text} for the documents (DOCX/ODT/HTML) of an archive."""
    docs = {}
    for name, data in read_archive(path).items():
        if name.lower().endswith(DOC_EXT):
            docs[name] = extract(name, data)
    return docs


def main():
    problems = []
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    n_ev = 0
    for sid, lab in sorted(labels.items()):
        arch = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(arch):
            problems.append(f"{sid}: archive missing: {arch}")
            continue
        try:
            docs = documents(arch)
        except Exception as e:  # noqa
            problems.append(f"{sid}: cannot open archive: {e}")
            continue
        if not 1 <= len(docs) <= 3:
            problems.append(f"{sid}: {len(docs)} documents (expected 1-3)")
        texts = {k: norm(v or "") for k, v in docs.items()}
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        for i in IDS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append(f"{sid}: {i} has no present/absent label ({st!r})")
                continue
            if st == "present":
                if not ev.get(i):
                    problems.append(f"{sid}: {i} present but no evidence")
                if i in notes:
                    problems.append(f"{sid}: {i} present but has a note")
            else:
                if not (notes.get(i) or "").strip():
                    problems.append(f"{sid}: {i} absent but no note")
                if ev.get(i):
                    problems.append(f"{sid}: {i} absent but has evidence")
        for k in list(ind) + list(ev) + list(notes):
            if k not in IDS:
                problems.append(f"{sid}: unknown indicator id {k}")
        for i, lst in ev.items():
            for s in lst:
                n_ev += 1
                ns = norm(s)
                if not any(ns in t for t in texts.values()):
                    problems.append(f"{sid}: {i}: evidence not found verbatim: {s[:90]}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {len(labels)} submissions, {n_ev} evidence strings: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
