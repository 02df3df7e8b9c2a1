#!/usr/bin/env python3
"""Build blind23/N archives from Markdown/HTML sources (pandoc for DOCX/ODT)."""
import io, os, re, subprocess, tarfile, zipfile, base64, shutil, tempfile

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "archives")

BOIL_H = "LEADER programma · Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"
BOIL_F = "Biedrība „Saldus rīcības grupa” · SVVA stratēģija 2023–2027 · rīcība 2.1 „Viedo ciemu attīstība”"
ELFLA_F = "Projekts tiek īstenots ar ELFLA atbalstu LEADER programmas ietvaros. Eiropa investē lauku apvidos."

# id: (archive type, [(source, output name, header, footer)])
PLAN = {
 "N01": ("zip", [("Projekta_iesniegums_Ezere.md", "Projekta_iesniegums_Ezere.docx", BOIL_H, BOIL_F),
                 ("Kopsapulces_protokols.md", "Kopsapulces_protokols.odt", None, None)]),
 "N02": ("tar.gz", [("Pieteikums_Kursisi.md", "Pieteikums_Kursisi.docx", None, None),
                    ("Lapa.html", "Lapa.html", None, None)]),
 "N03": ("zip", [("Ricibas_plans_Zirni.md", "Ricibas_plans_Zirni.odt", None, None),
                 ("Atbalsta_vestule.md", "Atbalsta_vestule_Zirnu_parvalde.docx", None, None)]),
 "N04": ("zip", [("Projekta_iesniegums_Jaunauce.md", "Projekta_iesniegums_Jaunauce.docx",
                  "Biedrība „Jaunauces ciema biedrība” · Jaunauce, Jaunauces pagasts, Saldus novads", ELFLA_F)]),
 "N05": ("zip", [("Projekta_iesniegums_VadakstesAgro.md", "Projekta_iesniegums_VadakstesAgro.docx",
                  "SIA „Vadakstes Agro” · „Lejnieki”, Vadakstes pagasts, Saldus novads · tālr. 26311875", BOIL_H)]),
 "N06": ("zip", [("Iesniegums_Cieceres_skola.md", "Iesniegums_Cieceres_skola.docx", None, BOIL_F),
                 ("Epasti.html", "Epasti_konsultante.html", None, None)]),
 "N07": ("tar.gz", [("Projekta_pieteikums_Nigrande.md", "Projekta_pieteikums_Nigrande.odt", None, None)]),
 "N08": ("zip", [("Gaiku_Vestis_2024_marts.md", "Gaiku_Vestis_2024_marts.docx", None, None),
                 ("Kopsapulces_protokols_Gaiki.md", "Kopsapulces_protokols_Gaiki.odt", None, None)]),
 "N09": ("zip", [("Projekta_iesniegums_Blidene.md", "Projekta_iesniegums_Blidene.docx", BOIL_H, BOIL_F)]),
 "N10": ("zip", [("Pasnovertejums_Novadnieki.md", "Pasnovertejums_Novadnieki.docx", None, None)]),
 "N11": ("zip", [("Lapa.html", "Lapa.html", None, None)]),
 "N12": ("tar.gz", [("Projekta_iesniegums_Druva.md", "Projekta_iesniegums_Druva.docx", None, None),
                    ("Sadarbibas_ligums.md", "Sadarbibas_ligums.odt", None, None)]),
 "N13": ("zip", [("Projekta_iesniegums_Lutrini.md", "Projekta_iesniegums_Lutrini.docx", None, ELFLA_F)]),
 "N14": ("zip", [("Iesniegums_Ruba.md", "Iesniegums_Ruba.docx", None, None),
                 ("Sarakste.html", "Sarakste_ar_konsultanti.html", None, None)]),
 "N15": ("tar.gz", [("Ricibas_plans_Pampali.md", "Ricibas_plans_Pampali.odt", None, None),
                    ("Sapulces_protokols_Pampali.md", "Sapulces_protokols_Pampali.docx", None, None)]),
 "N16": ("zip", [("Pieteikums_Remte.md", "Pieteikums_Remte.odt", None, None),
                 ("Atbalsta_vestule_Seda.md", "Atbalsta_vestule_Seda.docx", None, None)]),
}

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
CSS = "body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5}.post{background:#fff;margin:8px;padding:8px;border-radius:8px}\n"
JS = ("// saglabātās lapas palīgskripts\nvar ui={labels:['Kopienas centrs','Patīk','Komentēt','Kopīgot'],"
      "lang:'lv_LV'};\nfunction init(){return ui;}\n")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def part_xml(tag, text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(path, header, footer):
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = files["word/document.xml"].decode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    refs = ""
    for kind, text in (("header", header), ("footer", footer)):
        if not text:
            continue
        rid = f"rIdX{kind}1"
        files[f"word/{kind}1.xml"] = part_xml("hdr" if kind == "header" else "ftr", text).encode("utf-8")
        rels = rels.replace("</Relationships>",
            f'<Relationship Id="{rid}" Type="{R}/{kind}" Target="{kind}1.xml"/></Relationships>')
        ct = ct.replace("</Types>",
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
    m = re.search(r"<w:sectPr[^>]*>", doc)
    if m:
        doc = doc[:m.end()] + refs + doc[m.end():]
    else:
        doc = doc.replace("</w:body>", f"<w:sectPr>{refs}</w:sectPr></w:body>")
    files["word/document.xml"] = doc.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    files["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            z.writestr(n, b)

def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for sid, (kind, docs) in PLAN.items():
        tmp = tempfile.mkdtemp()
        members = []
        for src, name, hdr, ftr in docs:
            sp = os.path.join(SRC, sid, src)
            op = os.path.join(tmp, name)
            if src.endswith(".md"):
                subprocess.run(["pandoc", "-f", "markdown-smart", sp, "-o", op], check=True)
                if name.endswith(".docx") and (hdr or ftr):
                    add_header_footer(op, hdr, ftr)
            else:
                shutil.copy(sp, op)
            members.append(name)
            if src == "Lapa.html":
                os.makedirs(os.path.join(tmp, "Lapa_files"), exist_ok=True)
                for fn, data in (("style.css", CSS.encode()), ("script.js", JS.encode()), ("logo.png", PNG)):
                    with open(os.path.join(tmp, "Lapa_files", fn), "wb") as fh:
                        fh.write(data)
                    members.append("Lapa_files/" + fn)
        prefix = sid + "/"
        if kind == "zip":
            with zipfile.ZipFile(os.path.join(OUT, sid + ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
                for m in members:
                    z.write(os.path.join(tmp, m), prefix + m)
        else:
            with tarfile.open(os.path.join(OUT, sid + ".tar.gz"), "w:gz") as t:
                for m in members:
                    t.add(os.path.join(tmp, m), prefix + m)
        shutil.rmtree(tmp)
        print(sid, kind, members)

if __name__ == "__main__":
    build()
