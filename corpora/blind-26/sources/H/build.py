#!/usr/bin/env python3
"""Build archives/Hxx.* from the Markdown/HTML sources (pandoc for DOCX/ODT),
add page headers/footers to selected DOCX files, then write labels.json from
labels_src.py. Run from anywhere: python3 sources/build.py"""
import io
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib
import json
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
OUT = os.path.join(ROOT, "archives")

LAG_HEADER = "Biedrība „Abavas un jūras partnerība“ · SVVA stratēģija 2023–2027 · Rīcība R1.3 „Viedie ciemi“"
LAG_FOOTER = "LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"

DIACR = str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ„“”", "acegiklnsuzACEGIKLNSUZ\"\"\"")


def strip_diacritics(s):
    return s.translate(DIACR)


# (source, member name in archive, format, header, footer, strip)
SUBMISSIONS = {
    "H01": ("zip", [
        ("H01/iesniegums.md", "Projekta_iesniegums_Kesterciema_krasts.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("H01/protokols.md", "Kopsapulces_protokols_2025-03-08.odt", "odt", None, None),
    ]),
    "H02": ("tar.gz", [
        ("H02/iesniegums.md", "Pures_darzu_kopiena/Projekta_iesniegums.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("H02/atbalsta_vestule.md", "Pures_darzu_kopiena/Atbalsta_vestule_Pures_pamatskola.docx", "docx", None, None),
        ("H02/Lapa.html", "Pures_darzu_kopiena/Lapa.html", "html", None, None),
    ]),
    "H03": ("zip", [
        ("H03/protokols.md", "Kopsapulces_protokols_2-2025.odt", "odt", None, None),
        ("H03/Zantes_Vestis.html", "Zantes_Vestis_2025_03.html", "html", None, None),
    ]),
    "H04": ("zip", [
        ("H04/iesniegums.md", "Iesniegums_Irlavas_laudis.docx", "docx", LAG_HEADER, LAG_FOOTER),
    ]),
    "H05": ("zip", [
        ("H05/lestenes_vestis.md", "Lestenes_Vestis_2025_02.docx", "docx",
         "Lestenes Vēstis · 2025. gada februāris",
         "Biedrība „Lestenes kopiena“ · lestenes.kopiena@gmail.com · Iznāk kopš 2021. gada"),
    ]),
    "H06": ("tar.gz", [
        ("H06/iesniegums.md", "Viesatu_kopiena/Projekta_iesniegums.odt", "odt", None, None),
        ("H06/ricibas_plans.md", "Viesatu_kopiena/Pielikums_3_Ricibas_plans.docx", "docx", None, None),
    ]),
    "H07": ("zip", [
        ("H07/Lapa.html", "Lapa.html", "html", None, None),
        ("H07/pavadvestule.md", "Engures_pag_parvaldes_vestule.odt", "odt", None, None),
    ]),
    "H08": ("zip", [
        ("H08/iesniegums.md", "Projekta_iesniegums_Digitala_lasitava.docx", "docx", LAG_HEADER, LAG_FOOTER),
    ]),
    "H09": ("zip", [
        ("H09/iesniegums.md", "Vane_viedais_ciems_iesniegums.docx", "docx", LAG_HEADER, LAG_FOOTER),
    ]),
    "H10": ("zip", [
        ("H10/iesniegums.md", "Tumes_kopiena_iesniegums.odt", "odt", None, None),
    ]),
    "H11": ("tar.gz", [
        ("H11/ricibas_plans.md", "Semes_seta/Ricibas_plans_2025-2027.docx", "docx", None,
         "Biedrība „Sēmes sēta“ · Sēme, Sēmes pagasts, Tukuma novads · Rīcības plāns 2025–2027"),
        ("H11/sadarbibas_ligums.md", "Semes_seta/Sadarbibas_ligums_Dzirnavnieki.odt", "odt", None, None),
    ]),
    "H12": ("zip", [
        ("H12/iesniegums.md", "Apsuciems_iesniegums.docx", "docx", LAG_HEADER, LAG_FOOTER),
    ]),
    "H13": ("zip", [
        ("H13/iesniegums.md", "Engures_zivju_nams_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER),
    ]),
    "H14": ("zip", [
        ("H14/iesniegums.md", "Jaunsatu_kopiena_iesniegums.odt", "odt", None, None),
    ]),
    "H15": ("tar.gz", [
        ("H15/epasti.html", "Matkule/Gmail - Re LEADER pieteikums Viedie ciemi - Matkule.html", "html", None, None),
        ("H15/sapulces_piezimes.md", "Matkule/sapulces_piezimes_12-03.odt", "odt", None, None),
    ]),
    "H16": ("zip", [
        ("H16/pasnovertejums.md", "Pielikums_2_Pasnovertejums.odt", "odt", None, None),
        ("H16/sadarbibas_ligums.md", "Pielikums_3_Sadarbibas_ligums.docx", "docx", None, None),
    ]),
}
STRIP = {"H15"}  # typed without Latvian diacritics
FB_PAGES = {"H02": "Pures_darzu_kopiena/", "H07": ""}  # submissions with Lapa_files/

CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
#bluebar{background:#fff;padding:8px 16px;border-bottom:1px solid #ddd}
.fb{color:#1877f2;font-weight:bold;font-size:22px}
#cover{background:#fff;padding:16px;margin-bottom:12px}
.avatar{width:96px;height:96px;border-radius:50%}
.post{background:#fff;margin:12px auto;max-width:680px;padding:12px;border-radius:8px}
.author{font-weight:bold;color:#050505}.reactions{color:#65676b;font-size:13px}
.sponsored .author:after{content:" ";}
#footer{color:#65676b;font-size:12px;text-align:center;padding:20px}
"""
JS = """/* saved page helper */
(function(){document.addEventListener('DOMContentLoaded',function(){
var s=document.querySelectorAll('.see-more');for(var i=0;i<s.length;i++){s[i].style.display='none';}
});})();
"""


def png_bytes(w=48, h=48, rgb=(24, 119, 242)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pandoc(md_text, fmt):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.md")
        dst = os.path.join(td, "out." + fmt)
        with open(src, "w", encoding="utf-8") as f:
            f.write(md_text)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, "-o", dst, src], check=True)
        with open(dst, "rb") as f:
            return f.read()


HDR_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:{tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
           '<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:{tag}>')


def add_header_footer(docx, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx))
    files = {n: zin.read(n) for n in zin.namelist()}
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    doc = files["word/document.xml"].decode("utf-8")
    refs = ""
    for kind, text in (("header", header), ("footer", footer)):
        if not text:
            continue
        part = "word/%s1.xml" % kind
        files[part] = HDR_XML.format(tag="hdr" if kind == "header" else "ftr",
                                     text=escape(text)).encode("utf-8")
        rid = "rIdHF%s" % kind
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s1.xml"/></Relationships>' % (rid, kind, kind))
        ct = ct.replace("</Types>",
                        '<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/></Types>' % (part, kind))
        refs += '<w:%sReference w:type="default" r:id="%s"/>' % (kind, rid)
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    idx = doc.rfind("<w:sectPr")
    if idx < 0:
        doc = doc.replace("</w:body>", "<w:sectPr>%s</w:sectPr></w:body>" % refs)
    else:
        end = doc.index(">", idx)
        if doc[end - 1] == "/":  # <w:sectPr/>
            doc = doc[:end - 1] + ">" + refs + "</w:sectPr>" + doc[end + 1:]
        else:
            doc = doc[:end + 1] + refs + doc[end + 1:]
    files["word/document.xml"] = doc.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    files["[Content_Types].xml"] = ct.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + [n for n in files if n not in zin.namelist()]:
            z.writestr(n, files[n])
    return out.getvalue()


def build_member(sid, src, fmt, header, footer):
    with open(os.path.join(SRC, src), encoding="utf-8") as f:
        text = f.read()
    if sid in STRIP:
        text = strip_diacritics(text)
        header = strip_diacritics(header) if header else header
        footer = strip_diacritics(footer) if footer else footer
    if fmt == "html":
        return text.encode("utf-8")
    data = pandoc(text, fmt)
    if fmt == "docx" and (header or footer):
        data = add_header_footer(data, header, footer)
    return data


def write_archive(sid, kind, members):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "%s.%s" % (sid, kind))
    mtime = time.mktime((2025, 4, 14, 12, 0, 0, 0, 0, -1))
    if kind == "zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2025, 4, 14, 12, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    else:
        with tarfile.open(path, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = mtime
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    return path


def main():
    for f in os.listdir(OUT) if os.path.isdir(OUT) else []:
        os.remove(os.path.join(OUT, f))
    for sid, (kind, docs) in SUBMISSIONS.items():
        members = []
        for src, name, fmt, header, footer in docs:
            members.append((name, build_member(sid, src, fmt, header, footer)))
        if sid in FB_PAGES:
            pre = FB_PAGES[sid] + "Lapa_files/"
            members += [(pre + "style.css", CSS.encode()), (pre + "script.js", JS.encode()),
                        (pre + "logo.png", png_bytes())]
        p = write_archive(sid, kind, members)
        print("built", os.path.relpath(p, ROOT))
    # labels
    sys.path.insert(0, SRC)
    import labels_src
    labels = labels_src.build_labels(SUBMISSIONS, STRIP, strip_diacritics)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
    print("wrote labels.json")


if __name__ == "__main__":
    main()
