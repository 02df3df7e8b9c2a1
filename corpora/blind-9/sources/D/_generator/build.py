#!/usr/bin/env python3
"""Build the D01..D16 submission archives from sources/Dxx/.

Markdown sources are converted with pandoc (markdown without the `smart`
extension, so Latvian quotes „…“ and dashes stay exactly as typed).  DOCX
headers/footers are added by post-processing the package with zipfile; ODT
headers/footers by rewriting the master page in styles.xml.  HTML files and
saved-page folders are copied as they are.  Archives go to ../../archives/.

Usage:  python3 sources/_generator/build.py
"""
import io
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")
PANDOC = "/usr/bin/pandoc"
FIXED_DATE = (2024, 4, 20, 10, 0, 0)
FIXED_MTIME = 1713607200

LAG_H = ("Biedrība „Aizkraukles rajona partnerība“ · Sabiedrības virzītas vietējās attīstības "
         "stratēģija 2023–2027 · Rīcība 2.1 „Viedie ciemi“")
EU_F = ("Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos · "
        "LEADER programma 2023–2027")
LAG_H_ASCII = 'Biedriba "Aizkraukles rajona partneriba" - SVVA strategija 2023-2027 - Riciba 2.1 "Viedie ciemi"'
EU_F_ASCII = "ELFLA: Eiropa investe lauku apvidos - LEADER"

# Each entry: (source path relative to sources/Dxx, name inside the archive, kind, options)
# kind: docx | odt | copy | png
SUBMISSIONS = {
    "D01": dict(fmt="zip", prefix="Dzervenaju_kopiena_pieteikums/", files=[
        ("Projekta_iesniegums_Dzervenaji_2024.md", "Projekta_iesniegums_Dzērvenāji_2024.docx", "docx",
         dict(header=LAG_H, footer=EU_F)),
        ("Lapa.html", "Facebook_lapa/Lapa.html", "copy", {}),
        ("Lapa_files/lapa.css", "Facebook_lapa/Lapa_files/lapa.css", "copy", {}),
        ("Lapa_files/lapa.js", "Facebook_lapa/Lapa_files/lapa.js", "copy", {}),
        (None, "Facebook_lapa/Lapa_files/vaks.png", "png", dict(color=(180, 40, 60))),
    ]),
    "D02": dict(fmt="zip", prefix="", files=[
        ("Pieteikums_Ozolsalas_skola.md", "Pieteikums_Ozolsalas_skola.odt", "odt", {}),
        ("Atbalsta_vestule_Daugavmalas_pagasta_parvalde.md", "Atbalsta_vēstule_pagasta_pārvalde.docx", "docx",
         dict(footer="Daugavmalas pagasta pārvalde · tālr. 65 100 200 · daugavmala@aizkraukle.lv")),
    ]),
    "D03": dict(fmt="zip", prefix="Lejasberzi/", files=[
        ("Pieteikums_Lejasberzi.md", "Pieteikums_Lejasbērzi.docx", "docx", dict(header=LAG_H, footer=EU_F)),
        ("Atbalsta_vestule_Pieno_slenis.md", "Atbalsta_vestule_Pieno_slenis_LV.odt", "odt", {}),
    ]),
    "D04": dict(fmt="zip", prefix="", files=[
        ("Iesnieguma_veidlapa_Viedie_ciemi.md", "Iesnieguma_veidlapa_Viedie_ciemi_aizpildita.docx", "docx",
         dict(header=LAG_H + "\nVeidlapa Nr. 2.1-A (2024)", footer=EU_F)),
    ]),
    "D05": dict(fmt="tar.gz", prefix="Kalnavotu_laudis/", files=[
        ("Pasnovertejums_Kalnavoti.md", "Pašnovērtējums_Kalnavoti.odt", "odt", dict(header=LAG_H, footer=EU_F)),
        ("Pielikums_1_Resursi_un_ricibas_plans.html", "1_pielikums_Resursi_un_rīcības_plāns.html", "copy", {}),
    ]),
    "D06": dict(fmt="zip", prefix="", files=[
        ("Bibliotekas_pieteikums.md", "Bibliotekas_pieteikums_2024.docx", "docx",
         dict(header="Aizkraukles novada Bērzkalnes bibliotēka\nDārza iela 3, Bērzkalne, Ūdrijas pagasts, "
                     "Aizkraukles novads, LV-5134 · tālr. 65 155 155",
              footer="LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai")),
        ("Bibliotekas_emuars_pavasaris.html", "Emuāra_ieraksts_Pavasaris_bibliotēkā.html", "copy", {}),
    ]),
    "D07": dict(fmt="zip", prefix="Sunupe_Viedie_ciemi/", files=[
        ("Sunupes_attistibas_strategija_izvilkums.md", "Sūnupes_stratēģija_2024-2030_izvilkums.odt", "odt", {}),
        ("Iedzivotaju_aptauja_2023_kopsavilkums.html", "Aptaujas_kopsavilkums_2023.html", "copy", {}),
        ("Kopsapulces_protokols_2024-02-10.md", "Kopsapulces_protokols_2024-02-10.docx", "docx",
         dict(header="Biedrība „Sūnupes nākotne“ · reģ. Nr. 40008198765 · Upes iela 2, Sūnupe, Irbītes pagasts",
              footer="Protokols Nr. 1/2024")),
    ]),
    "D08": dict(fmt="zip", prefix="", files=[
        ("Vestule_komisijai_Viksnu_draudze.md", "Vēstule_komisijai_Vīksnu_draudze.odt", "odt", {}),
        ("Sadraudzibas_draudzes_vestule_tulkojums.md", "Sadraudzības_draudzes_vēstule_tulkojums.docx", "docx", {}),
    ]),
    "D09": dict(fmt="zip", prefix="Pupolciems/", files=[
        ("Blogs_ka_uzrakstijam_savu_app.html", "Blogs_Kā_uzrakstījām_savu_app.html", "copy", {}),
        ("Lapa.html", "FB_lapa/Lapa.html", "copy", {}),
        ("Lapa_files/fb_lapa.css", "FB_lapa/Lapa_files/fb_lapa.css", "copy", {}),
        ("Lapa_files/fb_lapa.js", "FB_lapa/Lapa_files/fb_lapa.js", "copy", {}),
        (None, "FB_lapa/Lapa_files/profils.png", "png", dict(color=(60, 140, 90))),
    ]),
    "D10": dict(fmt="zip", prefix="", files=[
        ("Pavadvestule_Priezkalni.md", "Pavadvēstule.docx", "docx", {}),
        ("Smiltaju_Vestis_2024_aprilis.html", "Smiltāju_Vēstis_2024_aprīlis.html", "copy", {}),
    ]),
    "D11": dict(fmt="tar.gz", prefix="Liepsala_pieteikums/", files=[
        ("Projekta_iesniegums_Liepsala.md", "Projekta_iesniegums_Liepsala.docx", "docx",
         dict(header=LAG_H_ASCII, footer=EU_F_ASCII)),
        ("Sapulces_protokola_izraksts.md", "Sapulces_protokola_izraksts.odt", "odt", {}),
    ]),
    "D12": dict(fmt="zip", prefix="", files=[
        ("Biedru_sapulces_protokols_Nr2_2024.md", "Protokols_Nr2_2024.docx", "docx",
         dict(header="Biedrība „Niedre“ · reģ. Nr. 40008234567 · Ezera iela 1, Ezerkrasts, Vārnavas pagasts, "
                     "Aizkraukles novads, LV-5138",
              footer="Biedrības „Niedre“ biedru sapulces protokols Nr. 2/2024")),
        ("Aptaujas_rezultati_2024_februaris.md", "Aptaujas_rezultati_2024_02.odt", "odt", {}),
    ]),
    "D13": dict(fmt="zip", prefix="Rudzupes_kopa_LEADER/", files=[
        ("Iesniegums_Rudzupe_Viedais_ciems.md", "Iesniegums_Rudzupe.odt", "odt", dict(header=LAG_H, footer=EU_F)),
        ("Sadarbibas_memorands_Rudzupe_Savijarvi.md", "Sadarbības_memorands_Savijärvi.docx", "docx",
         dict(header="Sadarbības memorands · Yhteistyömuistio", footer="Rudzupe – Savijärvi · 2024")),
        ("Rudzupes_Avize_2024_Nr2.html", "Rudzupes_Avīze_2024_Nr2.html", "copy", {}),
    ]),
    "D14": dict(fmt="zip", prefix="", files=[
        ("Memorands_Vilnas_cels_MTU_Villatee.md", "Memorands_Vilnas_ceļš_MTÜ_Villatee.docx", "docx",
         dict(header="Biedrība „Vilnas ceļš“ · MTÜ Villatee",
              footer="LEADER starpteritoriālā un starptautiskā sadarbība · " + EU_F)),
        ("Atbalsta_vestule_SIA_Linu_darbnica.md", "Atbalsta_vēstule_SIA_Linu_darbnīca.odt", "odt", {}),
    ]),
    "D15": dict(fmt="tar.gz", prefix="Pildzitis_Facebook/", files=[
        ("Lapa.html", "Lapa.html", "copy", {}),
        ("Lapa_files/stils.css", "Lapa_files/stils.css", "copy", {}),
        ("Lapa_files/skripts.js", "Lapa_files/skripts.js", "copy", {}),
        (None, "Lapa_files/pildzites.png", "png", dict(color=(230, 120, 30))),
    ]),
    "D16": dict(fmt="zip", prefix="", files=[
        ("Silmalas_attistibas_strategija_2024-2030_izvilkums.md", "Silmalas_stratēģija_izvilkums.docx", "docx",
         dict(footer="Silmalas ciema attīstības stratēģija 2024–2030 · izvilkums")),
        ("Pielikums_Ricibas_plans_Silmala.html", "Pielikums_Rīcības_plāns.html", "copy", {}),
    ]),
}


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run([PANDOC, "-f", "markdown-smart", "-t", fmt, src, "-o", out], check=True)
        with open(out, "rb") as f:
            return f.read()


def _paras(text, tag_ns="w"):
    out = []
    for line in text.split("\n"):
        out.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(line))
    return "".join(out)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def docx_add_header_footer(data, header=None, footer=None):
    if not header and not footer:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    refs = ""
    rels_add = ""
    ct_add = ""
    extra = {}
    if header:
        extra["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     '<w:hdr %s>%s</w:hdr>' % (W_NS, _paras(header)))
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        rels_add += ('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/header" Target="header1.xml"/>')
        ct_add += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.header+xml"/>')
    if footer:
        extra["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     '<w:ftr %s>%s</w:ftr>' % (W_NS, _paras(footer)))
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        rels_add += ('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/footer" Target="footer1.xml"/>')
        ct_add += ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.footer+xml"/>')
    for item in zin.infolist():
        content = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = content.decode("utf-8")
            if "<w:sectPr />" in s:
                s = s.replace("<w:sectPr />", "<w:sectPr>%s</w:sectPr>" % refs, 1)
            else:
                s, n = re.subn(r"<w:sectPr([^>]*)>", lambda m: "<w:sectPr%s>%s" % (m.group(1), refs), s, count=1)
                assert n == 1, "no sectPr"
            content = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            s = content.decode("utf-8").replace("</Relationships>", rels_add + "</Relationships>")
            content = s.encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            s = content.decode("utf-8").replace("</Types>", ct_add + "</Types>")
            content = s.encode("utf-8")
        zi = zipfile.ZipInfo(item.filename, FIXED_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, content)
    for name, xml in extra.items():
        zi = zipfile.ZipInfo(name, FIXED_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, xml.encode("utf-8"))
    zout.close()
    return buf.getvalue()


def odt_add_header_footer(data, header=None, footer=None):
    if not header and not footer:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w")
    inner = ""
    if header:
        inner += "<style:header>%s</style:header>" % "".join(
            '<text:p text:style-name="MP1">%s</text:p>' % escape(l) for l in header.split("\n"))
    if footer:
        inner += "<style:footer>%s</style:footer>" % "".join(
            '<text:p text:style-name="MP1">%s</text:p>' % escape(l) for l in footer.split("\n"))
    for item in zin.infolist():
        content = zin.read(item.filename)
        if item.filename == "styles.xml":
            s = content.decode("utf-8")
            s, n = re.subn(r'(<style:master-page style:name="Standard"[^>]*>).*?(</style:master-page>)',
                           lambda m: m.group(1) + inner + m.group(2), s, count=1, flags=re.S)
            assert n == 1, "no master page"
            content = s.encode("utf-8")
        zi = zipfile.ZipInfo(item.filename, FIXED_DATE)
        zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zout.writestr(zi, content)
    zout.close()
    return buf.getvalue()


def tiny_png(color, w=24, h=16):
    raw = b"".join(b"\x00" + bytes(color) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build_member(sid, src, kind, opts):
    base = os.path.join(SRC, sid)
    if kind == "png":
        return tiny_png(opts["color"])
    path = os.path.join(base, src)
    if kind == "copy":
        with open(path, "rb") as f:
            return f.read()
    if kind == "docx":
        return docx_add_header_footer(pandoc(path, "docx"), opts.get("header"), opts.get("footer"))
    if kind == "odt":
        return odt_add_header_footer(pandoc(path, "odt"), opts.get("header"), opts.get("footer"))
    raise ValueError(kind)


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for sid, spec in SUBMISSIONS.items():
        if only and sid not in only:
            continue
        members = [(spec["prefix"] + name, build_member(sid, src, kind, opts))
                   for src, name, kind, opts in spec["files"]]
        for old in (sid + ".zip", sid + ".tar.gz"):
            p = os.path.join(OUT, old)
            if os.path.exists(p):
                os.remove(p)
        if spec["fmt"] == "zip":
            target = os.path.join(OUT, sid + ".zip")
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
                for name, content in members:
                    z.writestr(zipfile.ZipInfo(name, FIXED_DATE), content, compress_type=zipfile.ZIP_DEFLATED)
        else:
            target = os.path.join(OUT, sid + ".tar.gz")
            with tarfile.open(target, "w:gz", format=tarfile.PAX_FORMAT) as t:
                for name, content in members:
                    ti = tarfile.TarInfo(name)
                    ti.size = len(content)
                    ti.mtime = FIXED_MTIME
                    ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(content))
        print("%s -> %s (%d files)" % (sid, os.path.relpath(target, ROOT), len(members)))


if __name__ == "__main__":
    main()
