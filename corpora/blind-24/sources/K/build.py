#!/usr/bin/env python3
"""Build K01–K16 archives from the Markdown/HTML sources and write labels.json.

Markdown -> DOCX/ODT with pandoc (-f markdown-smart, so quotes and dashes stay as typed).
Optional DOCX page header/footer are injected into the DOCX XML after pandoc.
"""
import io, json, os, re, shutil, struct, subprocess, tarfile, tempfile, zipfile, zlib, runpy
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARCH = os.path.join(ROOT, "archives")

LAG_HDR = "Biedrība „Preiļu rajona partnerība” · SVVA stratēģija 2023–2027 · Projekta iesnieguma veidlapa"
LAG_FTR = "Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos · LEADER"

# (source file, output name, header, footer); .html sources are copied as they are
MANIFEST = {
    "K01": ("zip", [("Pieteikums_Rozkalni.md", "Pieteikums_Rozkalni.docx", LAG_HDR, LAG_FTR),
                    ("Kopsapulces_protokols.md", "Kopsapulces_protokols.odt", None, None)]),
    "K02": ("zip", [("Projekta_iesniegums.md", "Projekta_iesniegums.docx", None, None),
                    ("Atbalsta_vestule.md", "Atbalsta_vestule_Varkava.odt", None, None)]),
    "K03": ("tar.gz", [("Iesniegums_Jersika.md", "Iesniegums_Jersika.odt", None, None),
                       ("Lapa.html", "Lapa.html", None, None)]),
    "K04": ("zip", [("Pieteikums.md", "Pieteikums.docx",
                     "Biedrība „Galēnu nākotne” · Galēni, Galēnu pagasts, Preiļu novads",
                     "LEADER · Eiropa investē lauku apvidos")]),
    "K05": ("zip", [("Iesniegums_Silajani.md", "Iesniegums_Silajani.docx", None, None),
                    ("Sapulces_protokols.md", "Sapulces_protokols.odt", None, None)]),
    "K06": ("zip", [("Pasnovertejums_Rusona.md", "Pasnovertejums_Rusona.docx", None, None),
                    ("Epasta_sarakste.html", "Epasta_sarakste.html", None, None)]),
    "K07": ("tar.gz", [("Rozupes_Vestis_2025_03.md", "Rozupes_Vestis_2025_03.odt", None, None),
                       ("Pieteikums_isais.md", "Pieteikums_isais.docx", None, None)]),
    "K08": ("zip", [("Projekta_iesniegums_SIA.md", "Projekta_iesniegums_SIA.docx",
                     "SIA „Turku ogas” · „Ogulāji”, Turku pagasts, Līvānu novads · www.turkuogas.lv",
                     LAG_FTR)]),
    "K09": ("zip", [("Iesniegums_Peleci.md", "Iesniegums_Peleci.docx", None, None),
                    ("Partneribas_ligums.md", "Partneribas_ligums.odt", None, None)]),
    "K10": ("tar.gz", [("Ricibas_plans_Sutri.md", "Ricibas_plans_Sutri.odt", None, None),
                       ("Kopsapulces_lemums.md", "Kopsapulces_lemums.docx", None, None)]),
    "K11": ("zip", [("Sarakste.html", "Sarakste.html", None, None),
                    ("Iesnieguma_melnraksts.md", "Iesnieguma_melnraksts.docx", None, None)]),
    "K12": ("zip", [("Pieteikums_Riebini.md", "Pieteikums_Riebini.docx", None, None),
                    ("Lapa.html", "Lapa.html", None, None)]),
    "K13": ("tar.gz", [("Projekta_iesniegums_biblioteka.md", "Projekta_iesniegums_biblioteka.odt", None, None),
                       ("Atbalsta_vestule.md", "Atbalsta_vestule_parvalde.docx", None, None)]),
    "K14": ("zip", [("Iesniegums_Aglonas_stacija.md", "Iesniegums_Aglonas_stacija.docx", LAG_HDR, LAG_FTR),
                    ("Atbalsta_vestule_LLF.md", "Atbalsta_vestule_LLF.odt", None, None)]),
    "K15": ("zip", [("Pieteikums_Sauna.md", "Pieteikums_Sauna.odt", None, None),
                    ("Protokols.md", "Kopsapulces_protokols.docx", None, None)]),
    "K16": ("zip", [("Iesniegums_Stabulnieki.md", "Iesniegums_Stabulnieki.docx", None,
                     "Biedrība „Mēs Stabulniekiem” · LEADER projekts 2025 · Eiropa investē lauku apvidos")]),
}

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def part_xml(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:{tag}>')


def add_header_footer(path, header, footer):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    doc = items["word/document.xml"].decode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    refs = ""
    if header:
        items["word/header1.xml"] = part_xml("hdr", header).encode("utf-8")
        rels = rels.replace("</Relationships>",
            '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>')
        ct = ct.replace("</Types>", '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer:
        items["word/footer1.xml"] = part_xml("ftr", footer).encode("utf-8")
        rels = rels.replace("</Relationships>",
            '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    assert 'xmlns:r=' in doc
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
    else:
        doc = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>{refs}", doc, count=1)
    items["word/document.xml"] = doc.encode("utf-8")
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", items.pop("[Content_Types].xml"))
        for n, b in items.items():
            z.writestr(n, b)


def png_bytes(w=32, h=32, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


SIDE = {
    "Lapa_files/style.css": b"body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}\n#header{background:#fff;padding:8px;border-bottom:1px solid #ddd}\n.brand{color:#1877f2;font-weight:bold;font-size:22px}\n.post{background:#fff;margin:12px auto;max-width:680px;padding:12px;border-radius:8px}\n.sponsored{border:1px dashed #bbb}\n.author{font-weight:bold}\n.reactions{color:#65676b;font-size:13px}\n",
    "Lapa_files/script.js": b"/* saved page helper */\ndocument.addEventListener('DOMContentLoaded',function(){var a=document.querySelectorAll('.post');for(var i=0;i<a.length;i++){a[i].setAttribute('data-i',i);}});\n",
}


def build_one(kid):
    kind, files = MANIFEST[kid]
    src = os.path.join(HERE, kid)
    out = tempfile.mkdtemp()
    names = []
    for s, o, hdr, ftr in files:
        sp = os.path.join(src, s)
        op = os.path.join(out, o)
        if s.endswith(".html"):
            shutil.copy(sp, op)
            names.append(o)
            if "Lapa_files" in open(sp, encoding="utf-8").read():
                os.makedirs(os.path.join(out, "Lapa_files"), exist_ok=True)
                for n, b in SIDE.items():
                    open(os.path.join(out, n), "wb").write(b)
                    names.append(n)
                open(os.path.join(out, "Lapa_files/logo.png"), "wb").write(png_bytes())
                names.append("Lapa_files/logo.png")
        else:
            subprocess.run(["pandoc", "-f", "markdown-smart", "-o", op, sp], check=True)
            if hdr or ftr:
                add_header_footer(op, hdr, ftr)
            names.append(o)
    arch = os.path.join(ARCH, f"{kid}.{kind}")
    if kind == "zip":
        with zipfile.ZipFile(arch, "w", zipfile.ZIP_DEFLATED) as z:
            for n in names:
                z.write(os.path.join(out, n), n)
    else:
        with tarfile.open(arch, "w:gz") as t:
            for n in names:
                t.add(os.path.join(out, n), n)
    shutil.rmtree(out)
    return os.path.basename(arch)


def main():
    os.makedirs(ARCH, exist_ok=True)
    for f in os.listdir(ARCH):
        os.remove(os.path.join(ARCH, f))
    labels, meta = {}, {}
    for kid in sorted(MANIFEST):
        arch = build_one(kid)
        L = runpy.run_path(os.path.join(HERE, kid, "label.py"))["L"]
        assert L["archive"] == arch, (kid, L["archive"], arch)
        ev, notes = L["evidence"], L["notes"]
        assert not (set(ev) & set(notes)), kid
        assert set(ev) | set(notes) == set(IDS), (kid, set(IDS) - set(ev) - set(notes))
        labels[kid] = {
            "name": L["name"],
            "archive": arch,
            "indicators": {i: ("present" if i in ev else "absent") for i in IDS},
            "evidence": {i: ev[i] for i in IDS if i in ev},
            "notes": {i: notes[i] for i in IDS if i in notes},
        }
        meta[kid] = {k: L[k] for k in ("main", "genre", "traps")}
        print(kid, arch, sum(1 for i in IDS if i in ev), "present")
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
