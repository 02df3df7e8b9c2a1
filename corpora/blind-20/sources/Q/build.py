#!/usr/bin/env python3
"""Build the Q01-Q16 archives from the Markdown/HTML sources.

Usage: python3 sources/build.py   (run from /work/blind20/Q)

Each sources/Qnn/ directory holds the Markdown (-> DOCX or ODT via pandoc) and
hand-written HTML files of one submission.  MANIFEST below says which file
becomes which document, whether a DOCX gets a page header/footer injected, and
whether the submission is packed as .zip or .tar.gz.
"""
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "archives")

LAG_HEADER = ("Biedrība „Talsu rajona partnerība” · SVVA stratēģija 2023–2027 · "
              "Rīcība 2.1. „Viedie ciemi”")
LAG_FOOTER = ("LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai: "
              "Eiropa investē lauku apvidos")

# (source file, output name, kind, header, footer)
#   kind: docx | odt | copy (HTML and its side folder are copied as they are)
MANIFEST = {
    "Q01": ("zip", [
        ("pieteikums.md", "Pieteikums_Laidzes_kopiena.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("protokols.md", "Kopsapulces_protokols_2024-03-09.odt", "odt", None, None)]),
    "Q02": ("zip", [
        ("pieteikums.md", "Mersraga_kopiena_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("Lapa.html", "Lapa.html", "copy", None, None),
        ("Lapa_files", "Lapa_files", "copy", None, None)]),
    "Q03": ("tar.gz", [
        ("pieteikums.md", "SIA_Kolkas_kapas_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER)]),
    "Q04": ("zip", [
        ("pieteikums.md", "Vandzene_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER)]),
    "Q05": ("zip", [
        ("pieteikums.md", "Rudes_krasts_pieteikums.docx", "docx", None,
         "Biedriba Rudes krasts, Rude, Rojas pagasts, Talsu novads, LV-3264 | rudeskrasts@inbox.lv"),
        ("epasti.html", "Sarakste_ar_partneriem.html", "copy", None, None)]),
    "Q06": ("tar.gz", [
        ("pieteikums.md", "Dursupe_Viedais_ciems_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("vestis.md", "Dursupes_Vestis_2024_aprilis.odt", "odt", None, None),
        ("atbalsta_vestule.md", "Atbalsta_vestule_Balgales_pamatskola.docx", "docx",
         "Talsu novada pašvaldības iestāde „Balgales pamatskola”", "Dursupe, Balgales pagasts, Talsu novads, LV-3261")]),
    "Q07": ("zip", [
        ("pieteikums.md", "Virbu_bibliotekas_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER)]),
    "Q08": ("zip", [
        ("Lapa.html", "Lapa.html", "copy", None, None),
        ("Lapa_files", "Lapa_files", "copy", None, None),
        ("atbalsta_vestule.md", "Atbalsta_vestule_Rojas_vidusskola.docx", "docx", None, None)]),
    "Q09": ("zip", [
        ("pieteikums.md", "Mazirbe_pieteikums_ViedaisCiems.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("ligums.md", "Sadarbibas_ligums_Mazirbe_Kopu.odt", "odt", None, None)]),
    "Q10": ("zip", [
        ("pasvertejums.md", "Spare_pasnovertejums.odt", "odt", None, None)]),
    "Q11": ("zip", [
        ("ricibas_plans.md", "Strazdes_ricibas_plans_2024-2027.odt", "odt", None, None),
        ("protokols.md", "Strazde_sapulces_protokols.odt", "odt", None, None)]),
    "Q12": ("zip", [
        ("pieteikums.md", "Tingere_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER)]),
    "Q13": ("tar.gz", [
        ("pieteikums.md", "Nurmuiza_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("saraksts.md", "Pielikums_resursi_un_tame.odt", "odt", None, None)]),
    "Q14": ("zip", [
        ("pieteikums.md", "Dundaga_viedais_ciems.docx", "docx", LAG_HEADER, LAG_FOOTER),
        ("atbalsta_vestule.md", "Atbalsta_vestule_Dundagas_pils.docx", "docx", None, None),
        ("sarakste.md", "Sarakste_par_laika_banku.odt", "odt", None, None)]),
    "Q15": ("zip", [
        ("pieteikums.md", "Kulciems_pieteikums.docx", "docx", LAG_HEADER, LAG_FOOTER)]),
    "Q16": ("tar.gz", [
        ("avize.md", "Arlavas_Vestis_Nr_3_2024.odt", "odt", None, None),
        ("pavadvestule.md", "Pavadvestule.docx", "docx", None, None)]),
}

FIXED_TIME = (2024, 4, 15, 10, 0, 0)


def pandoc(src, dst, fmt):
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, "-o", dst, src], check=True)


def hf_xml(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:{tag}>').encode("utf-8")


def add_header_footer(path, header, footer):
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    refs = ""
    rels_add = ""
    ct_add = ""
    new_parts = []
    if header:
        refs += '<w:headerReference w:type="default" r:id="rIdQHdr1"/>'
        rels_add += ('<Relationship Id="rIdQHdr1" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct_add += ('<Override PartName="/word/header1.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        new_parts.append(("word/header1.xml", hf_xml("hdr", header)))
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rIdQFtr1"/>'
        rels_add += ('<Relationship Id="rIdQFtr1" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct_add += ('<Override PartName="/word/footer1.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        new_parts.append(("word/footer1.xml", hf_xml("ftr", footer)))
    for info, data in items:
        name = info.filename
        if name == "word/document.xml":
            s = data.decode("utf-8")
            if "<w:sectPr />" in s:
                s = s.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
            else:
                i = s.rindex("<w:sectPr")
                j = s.index(">", i)
                s = s[:j + 1] + refs + s[j + 1:]
            data = s.encode("utf-8")
        elif name == "word/_rels/document.xml.rels":
            data = data.decode("utf-8").replace("</Relationships>", rels_add + "</Relationships>").encode("utf-8")
        elif name == "[Content_Types].xml":
            data = data.decode("utf-8").replace("</Types>", ct_add + "</Types>").encode("utf-8")
        out.append((name, data))
    out.extend(new_parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            zi = zipfile.ZipInfo(name, FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def build_one(qid, kind, files):
    src_dir = os.path.join(HERE, qid)
    with tempfile.TemporaryDirectory() as tmp:
        members = []
        for src, name, fkind, header, footer in files:
            sp = os.path.join(src_dir, src)
            dp = os.path.join(tmp, name)
            if fkind in ("docx", "odt"):
                pandoc(sp, dp, fkind)
                if fkind == "docx" and (header or footer):
                    add_header_footer(dp, header, footer)
            elif os.path.isdir(sp):
                shutil.copytree(sp, dp)
            else:
                shutil.copy(sp, dp)
            members.append(name)
        paths = []
        for name in members:
            p = os.path.join(tmp, name)
            if os.path.isdir(p):
                for r, _, fs in os.walk(p):
                    for f in sorted(fs):
                        paths.append(os.path.relpath(os.path.join(r, f), tmp))
            else:
                paths.append(name)
        if kind == "zip":
            dst = os.path.join(OUT, f"{qid}.zip")
            with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
                for rel in paths:
                    zi = zipfile.ZipInfo(rel, FIXED_TIME)
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    with open(os.path.join(tmp, rel), "rb") as fh:
                        z.writestr(zi, fh.read())
        else:
            dst = os.path.join(OUT, f"{qid}.tar.gz")
            with tarfile.open(dst, "w:gz") as t:
                for rel in paths:
                    with open(os.path.join(tmp, rel), "rb") as fh:
                        data = fh.read()
                    ti = tarfile.TarInfo(rel)
                    ti.size = len(data)
                    ti.mtime = int(time.mktime(FIXED_TIME + (0, 0, -1)))
                    ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(data))
        print(f"{qid}: {os.path.basename(dst)} <- {', '.join(paths)}")


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for qid, (kind, files) in MANIFEST.items():
        if only and qid not in only:
            continue
        if not os.path.isdir(os.path.join(HERE, qid)):
            print(f"{qid}: no sources yet")
            continue
        for ext in ("zip", "tar.gz"):
            old = os.path.join(OUT, f"{qid}.{ext}")
            if os.path.exists(old):
                os.remove(old)
        build_one(qid, kind, files)


if __name__ == "__main__":
    main()
