#!/usr/bin/env python3
"""Build archives R01..R16 from Markdown/HTML sources (pandoc for DOCX/ODT)."""
import io, json, os, re, shutil, subprocess, sys, tarfile, unicodedata, zipfile
SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
OUT = os.path.join(ROOT, "archives")
BUILD = os.path.join(SRC, "_build")
sys.path.insert(0, ROOT)
import check  # noqa: E402

LEADER_FOOTER = "Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos. LEADER programma, biedrība „Sēlijas lauku partnerība”, 2023–2027."

# id: (archive type, folder in archive or "", [(source, output name, format, header, footer)])
PLAN = {
 "R01": ("zip", "", [("R01/Projekta_iesniegums.md", "Projekta_iesniegums_Garsene.docx", "docx",
         "Biedrība „Sēlijas lauku partnerība” · LEADER projekta iesniegums · Rīcība 2.1 „Viedie ciemi”", LEADER_FOOTER)]),
 "R02": ("tar.gz", "Saukas_ezera_krasts", [("R02/Iesniegums_Sauka.md", "Iesniegums_Sauka.odt", "odt", None, None),
         ("R02/Kopsapulces_protokols.md", "Kopsapulces_protokols_3-2024.docx", "docx", None, None)]),
 "R03": ("zip", "", [("R03/Pieteikums_Selpils.md", "Pieteikums_Selpils.docx", "docx", None, None),
         ("R03/Lapa.html", "Lapa.html", "copy", None, None)]),
 "R04": ("zip", "", [("R04/Iesniegums_Abeli.md", "Iesniegums_Abeli.docx", "docx",
         "LEADER projekta iesniegums · Rīcība 2.1 „Viedie ciemi”", LEADER_FOOTER)]),
 "R05": ("zip", "Elksnu_dzirnavas", [("R05/Projekta_iesniegums_Elksni.md", "Projekta_iesniegums.docx", "docx", None, None),
         ("R05/Atbalsta_vestule.md", "Atbalsta_vestule_Viesites_vsk.odt", "odt", None, None)]),
 "R06": ("zip", "", [("R06/Ricibas_plans_Mezare.md", "Ricibas_plans_Mezare.docx", "docx", None, None)]),
 "R07": ("tar.gz", "Rubenes_saime", [("R07/Pieteikums_Rubene.md", "Pieteikums_Rubene.odt", "odt", None, None)]),
 "R08": ("zip", "", [("R08/Projekta_apraksts_muzejs.md", "Projekta_apraksts_Aknistes_muzejs.odt", "odt", None, None),
         ("R08/Atbalsta_vestule_jauniesi.md", "Atbalsta_vestule_Aknistes_jauniesi.docx", "docx", None, None)]),
 "R09": ("zip", "", [("R09/Dunavas_Vestis_2024_10.md", "Dunavas_Vestis_2024_10.docx", "docx",
         "Dunavas Vēstis · Nr. 4 (52) · 2024. gada oktobris",
         "Izdevējs: biedrība „Dunavas attīstībai”, Dunava, Dunavas pagasts, Jēkabpils novads. Izdevums iespiests ar Eiropas Lauksaimniecības fonda lauku attīstībai LEADER atbalstu – Eiropa investē lauku apvidos.")]),
 "R10": ("zip", "Zasas_ozols_Facebook", [("R10/Lapa.html", "Lapa.html", "copy", None, None)]),
 "R11": ("tar.gz", "Leimani_partneriba", [("R11/Partneribas_ligums.md", "Partneribas_ligums_2024-08.docx", "docx", None, None),
         ("R11/Pielikums_Ricibas_plans.md", "Pielikums_1_Ricibas_plans.odt", "odt", None, None)]),
 "R12": ("zip", "", [("R12/Sarakste_Dignaja.html", "Gmail - Re Dignajas projekta iesniegums.html", "copy", None, None)]),
 "R13": ("zip", "", [("R13/Pasnovertejums_Asare.md", "Pielikums_3_Pasnovertejums.docx", "docx", None, None)]),
 "R14": ("zip", "Rites_puralade", [("R14/Iesniegums_Rite.md", "Iesniegums_Rite.docx", "docx",
         "Biedrība „Rites pūralāde” · LEADER projekta iesniegums", LEADER_FOOTER),
         ("R14/Atbalsta_vestule_Elksni.md", "Atbalsta_vestule_Elksnu_abele.odt", "odt", None, None)]),
 "R15": ("tar.gz", "Vipes_varti", [("R15/Iesniegums_Vipe.md", "Iesniegums_Vipe.odt", "odt", None, None)]),
 "R16": ("zip", "", [("R16/Projekta_pieteikums_Sala.md", "Projekta_pieteikums_Sala.docx", "docx",
         "Biedrība „Salas kopiena” · Skolas iela 7, Sala, Salas pagasts, Jēkabpils novads, LV-5230", LEADER_FOOTER)]),
}
SIDE = {"R03": "R03/Lapa_files", "R10": "R10/Lapa_files"}


def strip_dia(s):
    s = s.replace("„", '"').replace("”", '"').replace("–", "-")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def hf_xml(kind, text):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<{tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc}</w:t></w:r></w:p></{tag}>')


def add_header_footer(path, header, footer):
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = items["word/document.xml"].decode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    refs = ""
    for kind, text, rid in (("header", header, "rIdHdrR1"), ("footer", footer, "rIdFtrR1")):
        if not text:
            continue
        items[f"word/{kind}1.xml"] = hf_xml(kind, text).encode("utf-8")
        rels = rels.replace("</Relationships>",
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/></Relationships>')
        ct = ct.replace("</Types>",
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    if "<w:sectPr" in doc:
        doc = re.sub(r"(<w:sectPr\b[^>]*?)(/>|>)", lambda m: m.group(1) + ">" + refs + ("</w:sectPr>" if m.group(2) == "/>" else ""), doc, count=1)
    else:
        doc = doc.replace("</w:body>", f"<w:sectPr>{refs}</w:sectPr></w:body>")
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    items["word/document.xml"] = doc.encode("utf-8")
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, d in items.items():
            zout.writestr(n, d)


def main():
    # R07: typed without diacritics
    with open(os.path.join(SRC, "R07/Pieteikums_Rubene.diakritikas.md"), encoding="utf-8") as f:
        open(os.path.join(SRC, "R07/Pieteikums_Rubene.md"), "w", encoding="utf-8").write(strip_dia(f.read()))
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    stats = {}
    for sid, (kind, folder, docs) in PLAN.items():
        bdir = os.path.join(BUILD, sid)
        os.makedirs(bdir)
        files = []
        for src, name, fmt, hdr, ftr in docs:
            dst = os.path.join(bdir, name)
            if fmt == "copy":
                shutil.copy(os.path.join(SRC, src), dst)
            else:
                subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, "-o", dst, os.path.join(SRC, src)], check=True)
                if fmt == "docx" and (hdr or ftr):
                    add_header_footer(dst, hdr, ftr)
            files.append((dst, name))
        if sid in SIDE:
            sd = os.path.join(SRC, SIDE[sid])
            for f in sorted(os.listdir(sd)):
                files.append((os.path.join(sd, f), "Lapa_files/" + f))
        arch = os.path.join(OUT, f"{sid}.{kind}")
        pre = folder + "/" if folder else ""
        if kind == "zip":
            with zipfile.ZipFile(arch, "w", zipfile.ZIP_DEFLATED) as z:
                for p, n in files:
                    z.write(p, pre + n)
        else:
            with tarfile.open(arch, "w:gz") as t:
                for p, n in files:
                    t.add(p, pre + n)
        docs_text = check.documents(arch)
        stats[sid] = {n: len(check.norm(t).split()) for n, t in docs_text.items()}
        print(sid, os.path.basename(arch), stats[sid])
    json.dump(stats, open(os.path.join(SRC, "wordcounts.json"), "w"), ensure_ascii=False, indent=1)
    # labels
    sys.path.insert(0, SRC)
    import labels_src
    labels = labels_src.build(strip_dia)
    json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
