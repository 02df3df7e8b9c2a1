#!/usr/bin/env python3
"""Build archives/X01..X16 from the Markdown/HTML sources in this folder.

Markdown -> DOCX/ODT with pandoc (-f markdown-smart, so quotes and dashes are kept
exactly as typed); optional page header/footer is injected into the DOCX XML.
HTML files and *_files folders are copied as they are.
Also prints the word count of every document (measured on extracted text).
"""
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import check  # noqa: E402

LEADER_HDR = ("Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"
              " · LEADER · Sabiedrības virzīta vietējā attīstība")

# id: (archive type, folder prefix inside archive, [(source, target, header, footer)], main target)
CONFIG = {
    "X01": ("zip", "Auleja_LEADER_2024/", [
        ("iesniegums.md", "Projekta_iesniegums_Aulejas_attistibas_kopa.docx", LEADER_HDR,
         "Biedrība „Aulejas attīstības kopa” · Auleja, Aulejas pagasts, Krāslavas novads · aulejas.kopa@inbox.lv"),
        ("protokols.md", "Kopsapulces_protokols_1-2024.odt", None, None)],
        "Projekta_iesniegums_Aulejas_attistibas_kopa.docx"),
    "X02": ("zip", "", [
        ("iesniegums.md", "Projekta_iesniegums_Ezezera_krasts.docx", None, None),
        ("Lapa.html", "Lapa.html", None, None),
        ("Lapa_files", "Lapa_files", None, None)],
        "Projekta_iesniegums_Ezezera_krasts.docx"),
    "X03": ("zip", "Piedrujas_kopiena/", [
        ("plans.md", "Piedrujas_ciema_attistibas_plans_2024-2028.odt", None, None),
        ("atbalsta_vestule.md", "Atbalsta_vestule_Piedrujas_pagasta_parvalde.docx",
         "Krāslavas novada pašvaldība · Piedrujas pagasta pārvalde · Tālr. 65629231 · piedruja@kraslava.lv",
         "Dokuments parakstīts ar drošu elektronisko parakstu un satur laika zīmogu")],
        "Piedrujas_ciema_attistibas_plans_2024-2028.odt"),
    "X04": ("tar.gz", "", [
        ("iesniegums.md", "Iesniegums_SIA_Daugavas_loki.docx",
         "SIA „Daugavas loki” · „Lociņi”, Kaplavas pagasts, Krāslavas novads, LV-5662 · info@daugavasloki-tur.lv",
         LEADER_HDR)],
        "Iesniegums_SIA_Daugavas_loki.docx"),
    "X05": ("zip", "", [
        ("iesniegums.md", "Projekta_iesniegums_Skeltovas_jauniesi.docx",
         LEADER_HDR + " · Projekts tiek īstenots ar ELFLA atbalstu",
         "Biedrības „Krāslavas rajona partnerība” projekta iesnieguma veidlapa R2.2, versija 2023/2"),
        ("Gmail_Re_projekta_iesniegums.html", "Gmail - Re_ Projekta iesniegums.html", None, None)],
        "Projekta_iesniegums_Skeltovas_jauniesi.docx"),
    "X06": ("zip", "", [
        ("iesniegums.md", "Indras_pamatskola_projekta_iesniegums.docx", LEADER_HDR,
         "Indras pamatskola · Skolas iela 5, Indra, Indras pagasts, Krāslavas novads · indras.pamatskola@kraslava.lv")],
        "Indras_pamatskola_projekta_iesniegums.docx"),
    "X07": ("zip", "kombuli/", [
        ("iesniegums.md", "iesniegums_kombuli_final2.docx", None, None),
        ("protokols.md", "protokols_17-02-2024.odt", None, None)],
        "iesniegums_kombuli_final2.docx"),
    "X08": ("tar.gz", "Asunes_kopiena/", [
        ("avize.md", "Asunes_Vestis_2024_02.odt", None, None),
        ("pavadvestule.md", "Pavadvestule.docx", None, None)],
        "Asunes_Vestis_2024_02.odt"),
    "X09": ("zip", "", [
        ("ricibas_plans.md", "Skaistas_ricibas_plans_2024-2026.odt", None, None),
        ("sadarbibas_ligums.md", "Sadarbibas_ligums_2023-1.docx", None, None)],
        "Skaistas_ricibas_plans_2024-2026.odt"),
    "X10": ("zip", "", [
        ("iesniegums.md", "Andrupene_projekta_iesniegums.docx", LEADER_HDR,
         "Biedrība „Andrupenes kopiena” – Viedā Andrupene – kopiena, sadarbība, tradīcijas, inovācijas")],
        "Andrupene_projekta_iesniegums.docx"),
    "X11": ("zip", "Berzinu_kopiena_LEADER/", [
        ("iesniegums.md", "Berzinu_kopiena_iesniegums.docx", None, None),
        ("atbalsta_vestule.md", "Atbalsta_vestule_Dagdas_amatu_maja.odt", None, None)],
        "Berzinu_kopiena_iesniegums.docx"),
    "X12": ("tar.gz", "", [
        ("protokols.md", "Izvaltas_saiets_pilnsapulces_protokols_2024-02-24.odt", None, None),
        ("draudzes_vestule.md", "Draudzes_atbalsta_vestule.docx", None, None)],
        "Izvaltas_saiets_pilnsapulces_protokols_2024-02-24.odt"),
    "X13": ("zip", "", [
        ("Lapa.html", "Lapa.html", None, None),
        ("Lapa_files", "Lapa_files", None, None),
        ("sarakste.md", "Sarakste_ar_SIA_Kraslavas_koks.docx", None, None)],
        "Lapa.html"),
    "X14": ("zip", "", [
        ("iesniegums.md", "Kalniesu_darzs_projekta_iesniegums.docx", LEADER_HDR,
         "Biedrība „Kalniešu dārzs” · Skolas iela 3, Kalnieši, Kalniešu pagasts · kalniesu.darzs@inbox.lv")],
        "Kalniesu_darzs_projekta_iesniegums.docx"),
    "X15": ("tar.gz", "Svarinu_laudis/", [
        ("iesniegums.md", "Svarinu_laudis_projekta_iesniegums.odt", None, None),
        ("Ezerzeme_raksts.html", "Ezerzeme_raksts_viedie_ciemi.html", None, None)],
        "Svarinu_laudis_projekta_iesniegums.odt"),
    "X16": ("zip", "", [
        ("iesniegums.md", "Graveru_kopiena_iesniegums.docx", None, None),
        ("pasvaldibas_vestule.md", "Pasvaldibas_atbalsta_vestule.odt", None, None)],
        "Graveru_kopiena_iesniegums.docx"),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def part_xml(kind, text):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<{tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></{tag}>')


def add_header_footer(docx_bytes, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    refs = ""
    rels_add = ""
    ct_add = ""
    if header:
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        rels_add += ('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct_add += ('<Override PartName="/word/header1.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        rels_add += ('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct_add += ('<Override PartName="/word/footer1.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf-8")
            if "<w:sectPr />" in s:
                s = s.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
            else:
                s = re.sub(r"(<w:sectPr[^>]*>)", r"\1" + refs, s, count=1)
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.decode("utf-8").replace("</Relationships>", rels_add + "</Relationships>").encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            data = data.decode("utf-8").replace("</Types>", ct_add + "</Types>").encode("utf-8")
        zout.writestr(item, data)
    if header:
        zout.writestr("word/header1.xml", part_xml("header", header))
    if footer:
        zout.writestr("word/footer1.xml", part_xml("footer", footer))
    zout.close()
    return out.getvalue()


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, src, "-o", out], check=True)
        with open(out, "rb") as f:
            return f.read()


def build_one(sid):
    kind, prefix, files, main = CONFIG[sid]
    sdir = os.path.join(HERE, sid)
    members = []  # (arcname, bytes)
    for src, target, hdr, ftr in files:
        spath = os.path.join(sdir, src)
        if os.path.isdir(spath):
            for fn in sorted(os.listdir(spath)):
                with open(os.path.join(spath, fn), "rb") as f:
                    members.append((prefix + target + "/" + fn, f.read()))
            continue
        if target.endswith((".docx", ".odt")):
            data = pandoc(spath, target.rsplit(".", 1)[1])
            if target.endswith(".docx") and (hdr or ftr):
                data = add_header_footer(data, hdr, ftr)
        else:
            with open(spath, "rb") as f:
                data = f.read()
        members.append((prefix + target, data))
    os.makedirs(os.path.join(ROOT, "archives"), exist_ok=True)
    if kind == "zip":
        apath = os.path.join(ROOT, "archives", sid + ".zip")
        with zipfile.ZipFile(apath, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2024, 3, 8, 12, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    else:
        apath = os.path.join(ROOT, "archives", sid + ".tar.gz")
        with tarfile.open(apath, "w:gz") as t:
            for name, data in members:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mtime = 1709899200
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))
    # word counts
    counts = {}
    for name, data in members:
        txt = check.extract_member(name, data)
        if txt is not None:
            counts[name] = len(re.findall(r"\S*\w\S*", txt))
    return os.path.basename(apath), prefix + main, counts


def main():
    ids = sys.argv[1:] or sorted(CONFIG)
    summary = {}
    for sid in ids:
        arch, main_doc, counts = build_one(sid)
        summary[sid] = {"archive": arch, "main": main_doc, "words": counts}
        print(sid, arch, {k: v for k, v in counts.items()}, "MAIN:", main_doc, counts.get(main_doc))
    if not sys.argv[1:]:
        with open(os.path.join(HERE, "build_summary.json"), "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
