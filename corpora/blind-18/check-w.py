#!/usr/bin/env python3
"""Checker for the W blind set (stdlib only).

Opens every archive in archives/ in memory (zipfile / tarfile), extracts the text of
DOCX (body + headers/footers), ODT (content.xml + styles.xml) and HTML files (side files
such as Lapa_files/style.css, script.js, logo.png are skipped), then verifies labels.json:
  * every submission W01..W16 has an archive, a name and all 17 indicators labelled
    "present" or "absent";
  * every present indicator has >= 1 evidence string, and each occurs verbatim
    (whitespace-normalised) in that submission's extracted text;
  * every absent indicator has a non-empty note and no evidence.
Also reports the word count of each submission's main document (expected 700-1200).

Usage: python3 check.py            -> report, exit 1 if any problem
       python3 check.py --dump W05 -> print the extracted text of one submission
"""
import html.parser, io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ARCH = os.path.join(HERE, "archives")
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
SUBS = ["W%02d" % i for i in range(1, 17)]

MAIN = {  # main document of each submission (path inside the archive)
    "W01": "Projekta_iesniegums_Kalvenes_kopiena.docx",
    "W02": "Projekta_iesniegums_Gramzda.docx",
    "W03": "Embutes_mantojums/Kopsapulces_protokols_Nr2.odt",
    "W04": "Iesniegums_Bunka.docx",
    "W05": "Otanku_laudis_Facebook/Lapa.html",
    "W06": "Projekta_iesniegums_Vecpils_seta.docx",
    "W07": "SIA_Sakas_krasti_projekta_iesniegums.docx",
    "W08": "Vergales_kopienas_vestis_Nr12.docx",
    "W09": "Kaiminu_maja_iesniegums.docx",
    "W10": "Pasvertejums_Dunalka.docx",
    "W11": "Projekta_iesniegums_Kazdanga.odt",
    "W12": "Projekta_iesniegums_Apriku_kopiena.docx",
    "W13": "Ricibas_plans_Bartas_krasts.docx",
    "W14": "Tadaiki_projekta_iesniegums.docx",
    "W15": "Kaletu_pagasta_parvalde_iesniegums.docx",
    "W16": "Projekta_iesniegums_Virga.docx",
}

WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ONS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


# ---------------------------------------------------------------- DOCX
def _docx_part(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []
    for p in root.iter(WNS + "p"):
        buf = []
        for el in p.iter():
            if el.tag == WNS + "t" and el.text:
                buf.append(el.text)
            elif el.tag == WNS + "tab":
                buf.append("\t")
            elif el.tag in (WNS + "br", WNS + "cr"):
                buf.append("\n")
        out.append("".join(buf))
    return "\n".join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = [n for n in names if re.match(r"word/header\d*\.xml$", n)]
    parts.append("word/document.xml")
    parts += [n for n in names if re.match(r"word/footer\d*\.xml$", n)]
    parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    return "\n".join(_docx_part(z.read(n)) for n in parts if n in names)


# ---------------------------------------------------------------- ODT
def _odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TNS + "s":
            buf.append(" " * int(ch.get(TNS + "c", "1")))
        elif tag == TNS + "tab":
            buf.append("\t")
        elif tag == TNS + "line-break":
            buf.append("\n")
        elif tag in (TNS + "note",):
            pass
        else:
            _odt_inline(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def _odt_blocks(root):
    out = []
    for el in root.iter():
        if el.tag in (TNS + "p", TNS + "h"):
            buf = []
            _odt_inline(el, buf)
            out.append("".join(buf))
    return out


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    if "styles.xml" in z.namelist():  # page headers / footers live in master pages
        sroot = ET.fromstring(z.read("styles.xml"))
        for mp in sroot.iter("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}master-page"):
            out += _odt_blocks(mp)
    out += _odt_blocks(ET.fromstring(z.read("content.xml")))
    return "\n".join(out)


# ---------------------------------------------------------------- HTML
class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "ul", "ol", "table", "hr", "section", "article", "header", "footer", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return "".join(p.buf)


# ---------------------------------------------------------------- archives
def members(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith("/"):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, "r:*") as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def extract(path):
    """-> {member name: text} for the evidence-bearing documents of one archive."""
    docs = {}
    for name, data in members(path):
        low = name.lower()
        if "_files/" in low:          # saved-page side files are not evidence
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


def words(s):
    return len([w for w in s.split() if re.search(r"\w", w)])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        wid = sys.argv[2]
        arch = [f for f in os.listdir(ARCH) if f.startswith(wid + ".")][0]
        for n, t in extract(os.path.join(ARCH, arch)).items():
            print("=" * 20, n, "=" * 20)
            print(t)
        return 0
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    per_ind = {i: 0 for i in IDS}
    for wid in SUBS:
        lab = labels.get(wid)
        if lab is None:
            problems.append("%s: missing from labels.json" % wid)
            continue
        arch = os.path.join(ARCH, lab.get("archive", ""))
        if not lab.get("archive") or not os.path.exists(arch):
            problems.append("%s: archive %r not found" % (wid, lab.get("archive")))
            continue
        if not lab.get("name"):
            problems.append("%s: no applicant name" % wid)
        docs = extract(arch)
        if not docs:
            problems.append("%s: no readable documents" % wid)
        full = norm("\n".join(docs.values()))
        ind, ev, notes = lab.get("indicators", {}), lab.get("evidence", {}), lab.get("notes", {})
        for i in IDS:
            st = ind.get(i)
            if st not in ("present", "absent"):
                problems.append("%s %s: status %r" % (wid, i, st))
                continue
            if st == "present":
                per_ind[i] += 1
                lst = ev.get(i) or []
                if not lst:
                    problems.append("%s %s: present but no evidence" % (wid, i))
                for e in lst:
                    if norm(e) not in full:
                        problems.append("%s %s: evidence not found: %s" % (wid, i, e[:90]))
            else:
                if not (notes.get(i) or "").strip():
                    problems.append("%s %s: absent without note" % (wid, i))
                if ev.get(i):
                    problems.append("%s %s: absent but has evidence" % (wid, i))
        extra = set(ind) - set(IDS)
        if extra:
            problems.append("%s: unknown indicators %s" % (wid, sorted(extra)))
        main_doc = MAIN.get(wid)
        n = words(docs.get(main_doc, "")) if main_doc in docs else 0
        if main_doc not in docs:
            problems.append("%s: main document %s not in archive" % (wid, main_doc))
        elif not 700 <= n <= 1200:
            problems.append("%s: main document has %d words (want 700-1200)" % (wid, n))
        present = sum(1 for i in IDS if ind.get(i) == "present")
        print("%s  %-10s present %2d/17  main %-48s %5d words  (%d docs)"
              % (wid, lab["archive"], present, main_doc, n, len(docs)))
    print()
    print("present per indicator: " + ", ".join("%s=%d" % (i, per_ind[i]) for i in IDS))
    print()
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
