#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only).

For every submission: open the archive in memory (zip or tar.gz), extract the
text of each DOCX (body + headers/footers + footnotes), ODT (content + the
header/footer styles) and HTML (visible text, no <script>/<style>) member,
and check that
  * all 17 leaf indicators are labelled "present" or "absent";
  * every present indicator has >= 1 evidence string, and each occurs verbatim
    (after whitespace normalisation) in that submission's extracted text;
  * every absent indicator has a non-empty note and no evidence.
Side files of saved web pages (css, js, png) are not evidence and are skipped.

Usage:
  python3 check.py            # check, print summary, exit 1 on problems
  python3 check.py --dump V05 # print the extracted text of one submission
"""
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

# main document of each submission (word count must be 700-1200)
MAIN = {
    "V01": "Projekta_iesniegums_Edole.docx",
    "V02": "Rendas_saiets/Projekta_iesniegums.odt",
    "V03": "Iesniegums_Varmes_saime.docx",
    "V04": "Projekta_iesniegums_SIA_Kabiles_dzirnavas.docx",
    "V05": "Projekta iesniegums - Nikraces jauniesi.docx",
    "V06": "Snepeles_biblioteka_projekta_iesniegums.docx",
    "V07": "Padure/projekta_iesniegums_padure.docx",
    "V08": "Laidu_Lapa_2024_nr4.odt",
    "V09": "Lapa.html",
    "V10": "Gudenieku_kopiena/Protokols_2-2024.docx",
    "V11": "Projekta_iesniegums_Ranki.docx",
    "V12": "Projekta_iesniegums_Vilgales_kopiena.docx",
    "V13": "Pielikums_2_Pasnovertejums.docx",
    "V14": "Ricibas_plans_2025-2027_Ivande.odt",
    "V15": "Projekta_iesniegums_Rudbarzi.docx",
    "V16": "Gmail - Re Turlavas projekta ideja.html",
}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def docx_part_text(xml_bytes):
    root = ET.fromstring(xml_bytes)
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag == W + "tab":
                buf.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                buf.append("\n")
        paras.append("".join(buf))
    return "\n".join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = ["word/document.xml"]
    parts += sorted(n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n))
    parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    return "\n".join(docx_part_text(z.read(n)) for n in parts if n in names)


def odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == TEXT + "s":
            buf.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag == TEXT + "tab":
            buf.append("\t")
        elif ch.tag == TEXT + "line-break":
            buf.append("\n")
        elif ch.tag in (TEXT + "p", TEXT + "h"):
            pass  # nested paragraph (e.g. inside a note) is handled on its own
        else:
            odt_inline(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def odt_part_text(xml_bytes):
    root = ET.fromstring(xml_bytes)
    paras = []
    for el in root.iter():
        if el.tag in (TEXT + "p", TEXT + "h"):
            buf = []
            odt_inline(el, buf)
            paras.append("".join(buf))
    return "\n".join(paras)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = [odt_part_text(z.read("content.xml"))]
    if "styles.xml" in z.namelist():  # page headers/footers live in master styles
        out.append(odt_part_text(z.read("styles.xml")))
    return "\n".join(out)


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "aside", "main", "header", "footer", "nav", "table", "hr", "title"}

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

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8", errors="replace"))
    p.close()
    return "".join(p.buf)


def members(path):
    """Yield (name, bytes) of every regular file in a zip or tar.gz archive."""
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


def extract(path):
    """Return {member name: extracted text} for the evidence-bearing members."""
    texts = {}
    for name, data in members(path):
        low = name.lower()
        if low.endswith(".docx"):
            texts[name] = docx_text(data)
        elif low.endswith(".odt"):
            texts[name] = odt_text(data)
        elif low.endswith((".html", ".htm")):
            texts[name] = html_text(data)
    return texts


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len(re.findall(r"\w+(?:[-'’]\w+)*", s))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        vid = sys.argv[2]
        labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8")) \
            if os.path.exists(os.path.join(HERE, "labels.json")) else {}
        arch = labels.get(vid, {}).get("archive") or next(
            f for f in os.listdir(os.path.join(HERE, "archives")) if f.startswith(vid + "."))
        for name, text in extract(os.path.join(HERE, "archives", arch)).items():
            print(f"===== {name} ({words(text)} words)")
            print(text)
        return 0

    # The round's labels.json holds both writers' halves; this checker verifies writer V's.
    labels = {k: v for k, v in json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8")).items() if k.startswith("V")}
    problems = []
    per_ind = {k: 0 for k in INDICATORS}
    rows = []
    expected = [f"V{i:02d}" for i in range(1, 17)]
    for vid in expected:
        if vid not in labels:
            problems.append(f"{vid}: missing from labels.json")
    for vid in sorted(labels):
        lab = labels[vid]
        for key in ("name", "archive", "indicators", "evidence", "notes"):
            if key not in lab:
                problems.append(f"{vid}: key '{key}' missing")
        arch = os.path.join(HERE, "archives", lab.get("archive", ""))
        if not os.path.isfile(arch):
            problems.append(f"{vid}: archive {lab.get('archive')} not found")
            continue
        texts = extract(arch)
        if not texts:
            problems.append(f"{vid}: no readable document in archive")
        full = norm("\n".join(texts.values()))
        main_name = MAIN.get(vid)
        if main_name not in texts:
            problems.append(f"{vid}: main document {main_name} not in archive")
            main_words = 0
        else:
            main_words = words(texts[main_name])
            if not 700 <= main_words <= 1200:
                problems.append(f"{vid}: main document has {main_words} words (want 700-1200)")
        ind = lab.get("indicators", {})
        ev = lab.get("evidence", {})
        notes = lab.get("notes", {})
        extra = set(ind) - set(INDICATORS)
        if extra:
            problems.append(f"{vid}: unknown indicators {sorted(extra)}")
        present = 0
        for k in INDICATORS:
            v = ind.get(k)
            if v not in ("present", "absent"):
                problems.append(f"{vid} {k}: label is {v!r}")
                continue
            if v == "present":
                present += 1
                per_ind[k] += 1
                lst = ev.get(k) or []
                if not lst:
                    problems.append(f"{vid} {k}: present but no evidence")
                for e in lst:
                    if norm(e) not in full:
                        problems.append(f"{vid} {k}: evidence not found verbatim: {e[:90]!r}")
                if k in notes and not notes[k]:
                    problems.append(f"{vid} {k}: empty note")
            else:
                if not (notes.get(k) or "").strip():
                    problems.append(f"{vid} {k}: absent but no note")
                if ev.get(k):
                    problems.append(f"{vid} {k}: absent but has evidence")
        for k in ev:
            if k not in INDICATORS:
                problems.append(f"{vid}: evidence for unknown indicator {k}")
        rows.append((vid, lab.get("archive"), present, main_name, main_words, len(texts)))

    print(f"{'ID':4} {'archive':12} {'present':>7} {'docs':>4} {'main words':>10}  main document")
    for vid, arch, present, main_name, mw, nd in rows:
        print(f"{vid:4} {arch:12} {present:7d} {nd:4d} {mw:10d}  {main_name}")
    print("\npresent per indicator: " + ", ".join(f"{k}={per_ind[k]}" for k in INDICATORS))
    print(f"\n{len(problems)} problems")
    for p in problems:
        print("  - " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
