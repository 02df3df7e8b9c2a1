#!/usr/bin/env python3
"""Build the V01-V16 archives from the Markdown/HTML sources.

Markdown -> DOCX/ODT with pandoc (-f markdown-smart, so straight quotes and
dashes stay exactly as typed); selected DOCX files get a page header and/or
footer injected into the OOXML. HTML is copied as is, and a saved-page
"Lapa_files/" folder (style.css, script.js, logo.png) is generated.

Usage: python3 sources/build.py        (from /work/blind18/V or anywhere)
"""
import io
import os
import struct
import subprocess
import tarfile
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "archives")

BOILER = 'Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos · LEADER · Biedrība "Ventas krasta partnerība"'

# (source file, name inside archive, header text or None, footer text or None)
MANIFEST = {
    "V01": ("zip", [
        ("Projekta_iesniegums_Edole.md", "Projekta_iesniegums_Edole.docx",
         'Biedrība "Ēdoles ciema kopiena" · Pils iela 2, Ēdole, Ēdoles pagasts, Kuldīgas novads', BOILER),
        ("Kopsapulces_protokols.md", "Kopsapulces_protokols_2024-11-09.odt", None, None),
    ]),
    "V02": ("tar.gz", [
        ("Projekta_iesniegums_Renda.md", "Rendas_saiets/Projekta_iesniegums.odt", None, None),
        ("Lapa.html", "Rendas_saiets/Lapa.html", None, None),
        ("@Lapa_files", "Rendas_saiets/Lapa_files", None, None),
    ]),
    "V03": ("zip", [
        ("Iesniegums_Varmes_saime.md", "Iesniegums_Varmes_saime.docx", None,
         'LEADER | Eiropa investē lauku apvidos | Projekta iesniegums – biedrība "Vārmes saime"'),
        ("Atbalsta_vestule_skola.md", "Atbalsta_vestule_Varmes_pamatskola.odt", None, None),
    ]),
    "V04": ("zip", [
        ("Projekta_iesniegums_Kabiles_dzirnavas.md", "Projekta_iesniegums_SIA_Kabiles_dzirnavas.docx",
         'SIA "Kabiles dzirnavas" · "Dzirnavas", Kabile, Kabiles pagasts, Kuldīgas novads', BOILER),
    ]),
    "V05": ("zip", [
        ("Projekta_iesniegums_Nikraces_jauniesi.md", "Projekta iesniegums - Nikraces jauniesi.docx", None, None),
    ]),
    "V06": ("zip", [
        ("Projekta_iesniegums_Snepeles_biblioteka.md", "Snepeles_biblioteka_projekta_iesniegums.docx",
         "Kuldīgas novada pašvaldība · Snēpeles pagasta bibliotēka", BOILER),
    ]),
    "V07": ("tar.gz", [
        ("Projekta_iesniegums_Padure.md", "Padure/projekta_iesniegums_padure.docx",
         'Biedriba "Padures pagasta attistibai" - projekta iesniegums',
         "ELFLA: Eiropa investe lauku apvidos | LEADER | Ventas krasta partneriba"),
    ]),
    "V08": ("zip", [
        ("Laidu_Lapa_2024_4.md", "Laidu_Lapa_2024_nr4.odt", None, None),
        ("Atbalsta_vestule_Sabile.md", "Atbalsta_vestule_Sabiles_vina_kalns.docx", None, None),
    ]),
    "V09": ("zip", [
        ("Lapa.html", "Lapa.html", None, None),
        ("@Lapa_files", "Lapa_files", None, None),
        ("Kopsapulces_protokols_Rumba.md", "Kopsapulces_protokols_16-11-2024.docx", None, None),
    ]),
    "V10": ("tar.gz", [
        ("Pilnsapulces_protokols_Gudenieki.md", "Gudenieku_kopiena/Protokols_2-2024.docx", None,
         'Protokols Nr. 2/2024 – biedrība "Gudenieku kopiena"'),
        ("Ricibas_plans_2025-2027.md", "Gudenieku_kopiena/Ricibas_plans_2025-2027.odt", None, None),
    ]),
    "V11": ("zip", [
        ("Projekta_iesniegums_Ranki.md", "Projekta_iesniegums_Ranki.docx",
         "Viedie ciemi – kopienas, kas sadarbojas, ir atvērtas un izmanto inovatīvus risinājumus",
         BOILER),
    ]),
    "V12": ("zip", [
        ("Projekta_iesniegums_Vilgale.md", "Projekta_iesniegums_Vilgales_kopiena.docx", None, None),
        ("Sadarbibas_ligums.md", "Sadarbibas_ligums_1-2024.odt", None, None),
    ]),
    "V13": ("zip", [
        ("Pasnovertejums_Pelci.md", "Pielikums_2_Pasnovertejums.docx",
         'Biedrība "Pelču kopiena" – viedā ciema pazīmju pašnovērtējums', None),
        ("Pavadvestule.md", "Pavadvestule.docx", None, None),
    ]),
    "V14": ("tar.gz", [
        ("Ricibas_plans_Ivande.md", "Ricibas_plans_2025-2027_Ivande.odt", None, None),
        ("Kopsapulces_protokols_Ivande.md", "Kopsapulces_protokols_Nr4.docx", None, None),
    ]),
    "V15": ("zip", [
        ("Projekta_iesniegums_Rudbarzi.md", "Projekta_iesniegums_Rudbarzi.docx", None,
         'LEADER · Eiropa investē lauku apvidos · Biedrība "Rudbāržu muižas ciems", Skolas iela 4, Rudbārži'),
    ]),
    "V16": ("zip", [
        ("Sarakste_Ventas_krasta_partneriba.html", "Gmail - Re Turlavas projekta ideja.html", None, None),
        ("Atbalsta_vestule_draudze.md", "Atbalsta_vestule_draudze.odt", None, None),
    ]),
}

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL_HDR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
REL_FTR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
CT_HDR = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FTR = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def hf_xml(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            f'</w:p></w:{tag}>')


def add_header_footer(docx_bytes, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    refs = ""
    rels_add = ""
    ct_add = ""
    extra = {}
    if header:
        extra["word/header1.xml"] = hf_xml("hdr", header)
        rels_add += f'<Relationship Type="{REL_HDR}" Id="rIdHdr1" Target="header1.xml" />'
        ct_add += f'<Override PartName="/word/header1.xml" ContentType="{CT_HDR}" />'
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1" />'
    if footer:
        extra["word/footer1.xml"] = hf_xml("ftr", footer)
        rels_add += f'<Relationship Type="{REL_FTR}" Id="rIdFtr1" Target="footer1.xml" />'
        ct_add += f'<Override PartName="/word/footer1.xml" ContentType="{CT_FTR}" />'
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1" />'
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf-8")
            if "<w:sectPr />" in s:
                s = s.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
            else:
                i = s.rfind("<w:sectPr")
                j = s.index(">", i) + 1
                s = s[:j] + refs + s[j:]
            if 'xmlns:r=' not in s[:2000]:
                s = s.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.decode("utf-8").replace("</Relationships>", rels_add + "</Relationships>").encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            data = data.decode("utf-8").replace("</Types>", ct_add + "</Types>").encode("utf-8")
        zout.writestr(item, data)
    for name, xml in extra.items():
        zout.writestr(name, xml.encode("utf-8"))
    zout.close()
    return out.getvalue()


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run(["pandoc", "-f", "markdown-smart", src, "-o", out], check=True)
        with open(out, "rb") as f:
            return f.read()


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


STYLE_CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
#bluebar{background:#1877f2;color:#fff;padding:8px 16px}#bluebar a{color:#fff;margin-left:12px}
.fb{font-weight:bold;font-size:22px}#cover{background:#fff;padding:16px}.logo{width:96px;height:96px;border-radius:50%}
#content{display:flex;gap:16px;padding:16px}#left{width:320px}.post{background:#fff;border-radius:8px;margin-bottom:16px;padding:12px}
.author{font-weight:bold}.time{color:#65676b;font-size:12px}.stats,.actions{color:#65676b;font-size:13px}
.ad{border-top:1px solid #ddd;margin-top:12px}.sponsored{color:#65676b;font-size:12px}.orig{border:1px solid #ddd;padding:8px}
"""
SCRIPT_JS = """// saglabātās lapas palīgskripts
(function(){document.addEventListener('DOMContentLoaded',function(){
var a=document.querySelectorAll('.actions span');for(var i=0;i<a.length;i++){a[i].style.cursor='pointer';}
console.log('Lapa ielādēta: ierakstu skaits '+document.querySelectorAll('.post').length);});})();
"""


def lapa_files(logo_rgb):
    return {"style.css": STYLE_CSS.encode(), "script.js": SCRIPT_JS.encode(),
            "logo.png": png(32, 32, logo_rgb)}


def build(vid):
    kind, files = MANIFEST[vid]
    members = []  # (name, bytes)
    d = os.path.join(HERE, vid)
    for src, name, hdr, ftr in files:
        if src == "@Lapa_files":
            rgb = (40, 120, 60) if vid == "V02" else (200, 150, 30)
            sidedir = os.path.join(d, "Lapa_files")
            os.makedirs(sidedir, exist_ok=True)
            for fn, data in lapa_files(rgb).items():
                with open(os.path.join(sidedir, fn), "wb") as f:
                    f.write(data)
                members.append((f"{name}/{fn}", data))
            continue
        path = os.path.join(d, src)
        if src.endswith(".html"):
            with open(path, "rb") as f:
                members.append((name, f.read()))
            continue
        fmt = name.rsplit(".", 1)[1]
        data = pandoc(path, fmt)
        if fmt == "docx" and (hdr or ftr):
            data = add_header_footer(data, hdr, ftr)
        members.append((name, data))
    os.makedirs(OUT, exist_ok=True)
    if kind == "zip":
        target = os.path.join(OUT, f"{vid}.zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                z.writestr(name, data)
    else:
        target = os.path.join(OUT, f"{vid}.tar.gz")
        with tarfile.open(target, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = 1733500000
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    return target


if __name__ == "__main__":
    for vid in sorted(MANIFEST):
        print(build(vid))
