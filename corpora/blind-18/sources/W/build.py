#!/usr/bin/env python3
"""Build the W01-W16 archives from the Markdown/HTML sources.

Markdown -> DOCX/ODT with pandoc (smart typography off, so the text stays as typed);
DOCX page headers/footers are added by editing the package XML; HTML is copied as is,
with a Lapa_files/ folder (style.css, script.js, logo.png) for saved Facebook pages.
"""
import io, os, re, shutil, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "archives")

LEADER = "Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"

# (source, name inside archive, {"header": [...], "footer": [...], "side": True})
CONFIG = {
    "W01": ("zip", [
        ("W01/projekta_iesniegums.md", "Projekta_iesniegums_Kalvenes_kopiena.docx", {
            "header": ["Biedrības „Dienvidkurzemes lauku partnerība” SVVA stratēģija 2023–2027 · Rīcība 2.1 „Viedie ciemi”",
                       "LEADER · " + LEADER],
            "footer": ["Biedrība „Kalvenes kopiena” · „Saieta nams”, Kalvene, Kalvenes pag., Dienvidkurzemes nov., LV-3443 · Projekta iesniegums"]}),
        ("W01/kopsapulces_protokols.md", "Kopsapulces_protokols_2025-02-15.odt", {}),
    ]),
    "W02": ("zip", [
        ("W02/projekta_iesniegums.md", "Projekta_iesniegums_Gramzda.docx", {
            "footer": ["Projekta iesniegums sagatavots LEADER programmas ietvaros. " + LEADER + "."]}),
        ("W02/atbalsta_vestule_skola.md", "Atbalsta_vestule_Gramzdas_pamatskola.odt", {}),
    ]),
    "W03": ("tar.gz", [
        ("W03/kopsapulces_protokols.md", "Embutes_mantojums/Kopsapulces_protokols_Nr2.odt", {}),
        ("W03/ricibas_plans.md", "Embutes_mantojums/Ricibas_plans_2025-2027.docx", {}),
    ]),
    "W04": ("zip", [
        ("W04/projekta_iesniegums.md", "Iesniegums_Bunka.docx", {
            "header": ["Vietējā rīcības grupa „Dienvidkurzemes lauku partnerība” – kopienu sadarbības tīkls Dienvidkurzemē",
                       "LEADER · " + LEADER]}),
    ]),
    "W05": ("zip", [
        ("W05/pavadvestule.md", "Pavadvestule.docx", {}),
        ("W05/Lapa.html", "Otanku_laudis_Facebook/Lapa.html", {"side": "otanki"}),
    ]),
    "W06": ("zip", [
        ("W06/projekta_iesniegums.md", "Projekta_iesniegums_Vecpils_seta.docx", {
            "header": ["SVVA stratēģija 2023–2027 · Biedrība „Dienvidkurzemes lauku partnerība”",
                       "Atbalsta Eiropas Savienība. " + LEADER],
            "footer": ["Biedrība „Vecpils sēta” · Dzirnavu iela 3, Vecpils, Vecpils pag., Dienvidkurzemes nov., LV-3484 · vecpilsseta@gmail.com"]}),
        ("W06/sadarbibas_ligums.md", "Sadarbibas_ligums_VS-2025-02.odt", {}),
    ]),
    "W07": ("tar.gz", [
        ("W07/projekta_iesniegums.md", "SIA_Sakas_krasti_projekta_iesniegums.docx", {
            "footer": ["SIA „Sakas krasti” · „Krasti”, Sakas pagasts, Dienvidkurzemes novads, LV-3466 · www.sakaskrasti.lv"]}),
        ("W07/buklets.html", "Buklets.html", {}),
    ]),
    "W08": ("zip", [
        ("W08/vestis.md", "Vergales_kopienas_vestis_Nr12.docx", {
            "header": ["VĒRGALES KOPIENAS VĒSTIS · Biedrības „Vērgales kopiena” izdevums · Iznāk kopš 2022. gada ar Vērgales pagasta pārvaldes atbalstu"],
            "footer": ["Izdevējs: biedrība „Vērgales kopiena”, reģ. Nr. 40008290013 · Tirāža 250 eks. · Izdevums ir bezmaksas"]}),
        ("W08/epasti.html", "Sarakste_ar_partneribu.html", {}),
    ]),
    "W09": ("zip", [
        ("W09/projekta_iesniegums.md", "Kaiminu_maja_iesniegums.docx", {
            "footer": ['Biedriba "Kopa Medze" | Projekta iesniegums | LEADER 2023-2027']}),
        ("W09/sarakste.html", "Sarakste.html", {}),
    ]),
    "W10": ("tar.gz", [
        ("W10/pasvertejums.md", "Pasvertejums_Dunalka.docx", {
            "header": ["Pielikums Nr. 1 · Rīcība 2.1 „Viedie ciemi” · LEADER · Eiropa investē lauku apvidos"]}),
        ("W10/protokols.md", "Kopsapulces_protokols_01-03-2025.odt", {}),
    ]),
    "W11": ("zip", [
        ("W11/projekta_iesniegums.md", "Projekta_iesniegums_Kazdanga.odt", {}),
        ("W11/atbalsta_vestule.md", "Atbalsta_vestule_Kazdangas_pamatskola.docx", {
            "header": ["DIENVIDKURZEMES NOVADA PAŠVALDĪBA", "KAZDANGAS PAMATSKOLA",
                       "Pils iela 5, Kazdanga, Kazdangas pag., Dienvidkurzemes nov., LV-3457 · tālr. 63422190 · kazdangas.skola@dkn.lv"],
            "footer": ["Dokuments parakstīts ar drošu elektronisko parakstu un satur laika zīmogu"]}),
    ]),
    "W12": ("zip", [
        ("W12/projekta_iesniegums.md", "Projekta_iesniegums_Apriku_kopiena.docx", {
            "header": ["Biedrības „Dienvidkurzemes lauku partnerība” projektu konkurss · Rīcība 2.1 „Viedie ciemi”",
                       "LEADER · " + LEADER],
            "footer": ["Biedrība „Apriķu kopiena” · Apriķi, Lažas pag., Dienvidkurzemes nov. · www.aprikukopiena.lv"]}),
        ("W12/ricibas_plans.md", "Ricibas_plans_2025-2026.odt", {}),
    ]),
    "W13": ("zip", [
        ("W13/ricibas_plans.md", "Ricibas_plans_Bartas_krasts.docx", {
            "footer": ["Biedrība „Bārtas krasts” · Rīcības plāns 2025–2027 · Sagatavots sadarbībā ar biedrību „Dienvidkurzemes lauku partnerība”"]}),
        ("W13/atbalsta_vestule.md", "Atbalsta_vestule_Priednieki.odt", {}),
    ]),
    "W14": ("tar.gz", [
        ("W14/projekta_iesniegums.md", "Tadaiki_projekta_iesniegums.docx", {
            "header": [LEADER + ". Projekts tiek īstenots LEADER programmas ietvaros."],
            "footer": ["Biedrība „Tadaiķu nākotne” · „Kalnāji”, Tadaiķi, Durbes pag., Dienvidkurzemes nov."]}),
    ]),
    "W15": ("zip", [
        ("W15/projekta_iesniegums.md", "Kaletu_pagasta_parvalde_iesniegums.docx", {
            "header": ["DIENVIDKURZEMES NOVADA PAŠVALDĪBA · KALĒTU PAGASTA PĀRVALDE",
                       "„Pagastmāja”, Kalēti, Kalētu pagasts, Dienvidkurzemes novads, LV-3442 · tālr. 63400512 · kaleti@dkn.lv"],
            "footer": ["LEADER · " + LEADER]}),
    ]),
    "W16": ("zip", [
        ("W16/projekta_iesniegums.md", "Projekta_iesniegums_Virga.docx", {
            "footer": [LEADER]}),
        ("W16/Lapa.html", "Facebook_lapa/Lapa.html", {"side": "virga"}),
    ]),
}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def hf_xml(kind, paras):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<%s xmlns:w="%s" xmlns:r="%s">%s</%s>' % (tag, W, R, ps, tag))


def add_header_footer(docx_bytes, header=None, footer=None):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    files = {n: zin.read(n) for n in zin.namelist()}
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    doc = files["word/document.xml"].decode("utf-8")
    refs = ""
    for kind, paras, rid in (("header", header, "rIdHdr1"), ("footer", footer, "rIdFtr1")):
        if not paras:
            continue
        part = "%s1.xml" % kind
        files["word/" + part] = hf_xml(kind, paras).encode("utf-8")
        rels = rels.replace("</Relationships>",
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" '
            'Id="%s" Target="%s" /></Relationships>' % (kind, rid, part))
        ct = ct.replace("</Types>",
            '<Override PartName="/word/%s" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.%s+xml" /></Types>' % (part, kind))
        refs += '<w:%sReference w:type="default" r:id="%s"/>' % (kind, rid)
    sect = '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' % refs
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", sect)
    else:
        doc = re.sub(r"<w:sectPr[^>]*>.*?</w:sectPr>", sect, doc, flags=re.S)
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="%s" ' % R, 1)
    files["word/document.xml"] = doc.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    files["[Content_Types].xml"] = ct.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml"] + [n for n in files if n != "[Content_Types].xml"]
        for n in order:
            z.writestr(n, files[n])
    return out.getvalue()


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, src, "-o", out], check=True)
        return open(out, "rb").read()


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


SIDE_CSS = """body{font-family:Segoe UI,Helvetica,Arial,sans-serif;background:#f0f2f5;color:#050505;margin:0}
.cover{background:#fff;padding:16px 24px;border-bottom:1px solid #ddd}
.post{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.post-foot span,.actions span{color:#65676b;margin-right:12px;font-weight:600}
.sponsored .post-head .time{color:#65676b}.comment{background:#f0f2f5;border-radius:16px;padding:6px 10px;margin:6px 0}
.footer{color:#65676b;font-size:12px;text-align:center;padding:20px}
"""
SIDE_JS = """/* saved page runtime (trimmed) */
window.__i18n = {"lv_LV": {"like": "Patīk", "comment": "Komentēt", "share": "Kopīgot",
  "follow": "Sekot", "community": "Kopiena", "volunteers": "Brīvprātīgie", "meeting": "Sapulce"}};
(function(){ try { document.documentElement.className += " js"; } catch (e) {} })();
"""


def build():
    os.makedirs(OUT, exist_ok=True)
    for wid, (kind, docs) in CONFIG.items():
        members = []  # (name, bytes)
        for src, name, opts in docs:
            path = os.path.join(HERE, src)
            if src.endswith(".md"):
                fmt = name.rsplit(".", 1)[1]
                data = pandoc(path, fmt)
                if fmt == "docx" and (opts.get("header") or opts.get("footer")):
                    data = add_header_footer(data, opts.get("header"), opts.get("footer"))
            else:
                data = open(path, "rb").read()
            members.append((name, data))
            if opts.get("side"):
                base = name.rsplit("/", 1)[0] + "/Lapa_files/" if "/" in name else "Lapa_files/"
                colour = (59, 89, 152) if opts["side"] == "otanki" else (46, 125, 50)
                members += [(base + "style.css", SIDE_CSS.encode()), (base + "script.js", SIDE_JS.encode()),
                            (base + "logo.png", png(64, 64, colour))]
        for old in (wid + ".zip", wid + ".tar.gz"):
            if os.path.exists(os.path.join(OUT, old)):
                os.remove(os.path.join(OUT, old))
        if kind == "zip":
            target = os.path.join(OUT, wid + ".zip")
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in members:
                    z.writestr(n, d)
        else:
            target = os.path.join(OUT, wid + ".tar.gz")
            with tarfile.open(target, "w:gz") as t:
                for n, d in members:
                    ti = tarfile.TarInfo(n)
                    ti.size = len(d)
                    ti.mtime = 1743465600
                    t.addfile(ti, io.BytesIO(d))
        print(wid, os.path.basename(target), [n for n, _ in members])


if __name__ == "__main__":
    build()
