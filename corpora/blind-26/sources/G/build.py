#!/usr/bin/env python3
"""Build the G01-G16 archives from the Markdown/HTML sources.
Markdown -> DOCX/ODT with pandoc (markdown-smart, so quotes and dashes stay as typed);
optional page header/footer is injected into the DOCX XML afterwards."""
import io, os, re, shutil, subprocess, sys, tarfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "archives")
BUILD = os.path.join(HERE, "_build")
COMMON_LAPA = os.path.join(HERE, "_common", "Lapa_files")

LRP_HDR = "Biedrība „Cēsu rajona lauku partnerība” · SVVA 2023–2027"
LEADER_FTR = "LEADER – Eiropa investē lauku apvidos · Eiropas Lauksaimniecības fonds lauku attīstībai"

# (source, output name, kind, header, footer)
CFG = {
 "G01": ("zip", "Veselavas_kopiena", [
    ("Projekta_iesniegums_Veselava.md", "Projekta_iesniegums_Veselava.docx", "docx",
     "Biedrība „Cēsu rajona lauku partnerība” · Projektu konkurss 2024, 1. kārta · Veidlapa P-2.1", LEADER_FTR),
    ("Kopsapulces_protokols_2024-02-17.md", "Kopsapulces_protokols_2024-02-17.odt", "odt", None, None)]),
 "G02": ("tar.gz", "", [
    ("Iesniegums_Drusti.md", "Iesniegums_Drusti.odt", "odt", None, None),
    ("Lapa.html", "Lapa.html", "html", None, None)]),
 "G03": ("zip", "", [
    ("Marsnenu_Vestis_2024_03.md", "Marsnenu_Vestis_2024_03.odt", "odt", None, None),
    ("Atbalsta_vestule_Priekulu_amatu_skola.md", "Atbalsta_vestule_Priekulu_amatu_skola.docx", "docx", None, None)]),
 "G04": ("zip", "Zosenu_kopiena_pieteikums", [
    ("Pieteikums_Zoseni.md", "Pieteikums_Zoseni.docx", "docx", None,
     "Eiropas Lauksaimniecibas fonds lauku attistibai: Eiropa investe lauku apvidos"),
    ("Izraksts_no_protokola.md", "Izraksts_no_protokola.docx", "docx", None, None)]),
 "G05": ("zip", "", [
    ("Pieteikums_SIA_VVR.md", "Pieteikums_SIA_VVR.docx", "docx", "SIA „Vidzemes Viedie Risinājumi” · www.viedie.lv",
     "Projekts tiks īstenots ar ELFLA atbalstu · LEADER – Eiropa investē lauku apvidos")]),
 "G06": ("zip", "Piebalgas_pamatskola", [
    ("Projekta_iesniegums_Piebalgas_pamatskola.md", "Projekta_iesniegums_Piebalgas_pamatskola.docx", "docx",
     "Cēsu novada pašvaldības iestāde „Piebalgas pamatskola” · Skolas iela 2, Vecpiebalga · tālr. 64 160 000", None),
    ("Atbalsta_vestule_pagasta_parvalde.md", "Atbalsta_vestule_pagasta_parvalde.odt", "odt", None, None)]),
 "G07": ("zip", "Kaives_ozols", [
    ("Ricibas_plans_2024-2027.md", "Ricibas_plans_2024-2027.odt", "odt", None, None),
    ("Kopsapulces_protokols_Nr2.md", "Kopsapulces_protokols_Nr2.docx", "docx", None, None),
    ("Lapa.html", "Lapa.html", "html", None, None)]),
 "G08": ("zip", "", [
    ("Iesniegums_Inesi.md", "Iesniegums_Inesi.docx", "docx",
     "Biedrība „Inešu ezera kopiena” · „Ezermalas”, Ineši, Inešu pagasts, Cēsu novads", None),
    ("E-pasta_sarakste.html", "E-pasta_sarakste.html", "html", None, None)]),
 "G09": ("tar.gz", "Taurenes_jauniesu_klubs", [
    ("Pieteikums_Taurene.md", "Pieteikums_Taurene.docx", "docx", None,
     "Veidlapa apstiprināta biedrības „Cēsu rajona lauku partnerība” valdes sēdē 15.01.2024. · LEADER – Eiropa investē lauku apvidos")]),
 "G10": ("zip", "", [
    ("Iesniegums_Dzerbene.md", "Iesniegums_Dzerbene.odt", "odt", None, None),
    ("Sadarbibas_ligums.md", "Sadarbibas_ligums.docx", "docx", None,
     "LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai · Eiropa investē lauku apvidos")]),
 "G11": ("tar.gz", "", [
    ("Lapa.html", "Lapa.html", "html", None, None),
    ("Atbalsta_vestule_Raiskuma_parvalde.md", "Atbalsta_vestule_Raiskuma_parvalde.docx", "docx", None, None)]),
 "G12": ("zip", "Straupes_kopiena", [
    ("Iesniegums_Straupe.md", "Iesniegums_Straupe.docx", "docx",
     "Biedrība „Straupes kopiena” · LEADER projekta iesniegums 2024", "Eiropa investē lauku apvidos"),
    ("Pasnovertejums_Straupe.md", "Pasnovertejums_Straupe.odt", "odt", None, None)]),
 "G13": ("zip", "", [
    ("Kopsapulces_protokols_2024-04-13.md", "Kopsapulces_protokols_2024-04-13.odt", "odt", None, None)]),
 "G14": ("zip", "", [
    ("Pieteikums_Nitaure.md", "Pieteikums_Nitaure.docx", "docx", "Pielikums Nr. 2 projektu konkursa nolikumam", LEADER_FTR)]),
 "G15": ("tar.gz", "Liepas_darzu_kopiena", [
    ("Iesniegums_Liepa.md", "Iesniegums_Liepa.odt", "odt", None, None),
    ("Atbalsta_vestule_Marsnenu_saime.md", "Atbalsta_vestule_Marsnenu_saime.docx", "docx", None, None)]),
 "G16": ("zip", "", [
    ("Projekta_pieteikums_Vaive.md", "Projekta_pieteikums_Vaive.docx", "docx", LRP_HDR, LEADER_FTR + " · ELFLA"),
    ("Sarakste_ar_partneribu.html", "Sarakste_ar_partneribu.html", "html", None, None)]),
}

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def part(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(path, header, footer):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    files = {i.filename: d for i, d in items}
    refs = ""
    rels = files["word/_rels/document.xml.rels"].decode()
    ct = files["[Content_Types].xml"].decode()
    extra = {}
    for kind, text, tag in (("header", header, "hdr"), ("footer", footer, "ftr")):
        if not text:
            continue
        name = f"{kind}1.xml"
        rid = f"rIdX{kind}"
        extra["word/" + name] = part(tag, text).encode()
        rels = rels.replace("</Relationships>",
            f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Id="{rid}" Target="{name}" /></Relationships>')
        ct = ct.replace("</Types>",
            f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" /></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}" />'
    doc = files["word/document.xml"].decode()
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
    else:
        doc = re.sub(r"(<w:sectPr[^>]*>)", r"\1" + refs, doc, count=1)
    files["word/document.xml"] = doc.encode()
    files["word/_rels/document.xml.rels"] = rels.encode()
    files["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, _ in items:
            z.writestr(i, files[i.filename])
        for n, d in extra.items():
            z.writestr(n, d)

def lint(md_path):
    bad = []
    for n, line in enumerate(open(md_path, encoding="utf-8"), 1):
        if re.match(r"\s*\d{3,}\.\s", line) or re.match(r"\s*[-*+]\s+\d+\.\s", line):   # a year at line start would become an ordered list
            bad.append((md_path, n, line.strip()[:60]))
    return bad

def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    problems = []
    for sid, (fmt, folder, docs) in CFG.items():
        src = os.path.join(HERE, sid)
        stage = os.path.join(BUILD, sid, folder) if folder else os.path.join(BUILD, sid)
        os.makedirs(stage, exist_ok=True)
        for s, o, kind, hdr, ftr in docs:
            sp = os.path.join(src, s)
            op = os.path.join(stage, o)
            if kind in ("docx", "odt"):
                problems += lint(sp)
                subprocess.run(["pandoc", "-f", "markdown-smart", "-t", kind, "-o", op, sp], check=True)
                if kind == "docx" and (hdr or ftr):
                    add_header_footer(op, hdr, ftr)
            else:
                shutil.copy(sp, op)
                if "Lapa_files/" in open(sp, encoding="utf-8").read():
                    shutil.copytree(COMMON_LAPA, os.path.join(stage, "Lapa_files"), dirs_exist_ok=True)
        root = os.path.join(BUILD, sid)
        for f in os.listdir(OUT):
            if f.startswith(sid + "."):
                os.remove(os.path.join(OUT, f))
        if fmt == "zip":
            with zipfile.ZipFile(os.path.join(OUT, sid + ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
                for d, _, fs in sorted(os.walk(root)):
                    for f in sorted(fs):
                        p = os.path.join(d, f)
                        z.write(p, os.path.relpath(p, root))
        else:
            with tarfile.open(os.path.join(OUT, sid + ".tar.gz"), "w:gz") as t:
                for f in sorted(os.listdir(root)):
                    t.add(os.path.join(root, f), f)
    for p in problems:
        print("LINT", *p)
    print("built", len(CFG), "archives;", len(problems), "lint problems")

if __name__ == "__main__":
    main()
