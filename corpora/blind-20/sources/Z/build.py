#!/usr/bin/env python3
"""Builds archives/Z01..Z16 from the Markdown/HTML sources (needs pandoc)."""
import io, os, re, struct, subprocess, tarfile, tempfile, zipfile, zlib
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "archives")

LEADER_HDR = "LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"
FORM_FTR = "Biedrība „Bauskas rajona lauku partnerība” · Projekta iesnieguma veidlapa, rīcība 2.1 · versija 2024/1"
SAUL_HDR = "Biedrība „Saulgrieži” · „Kalnāji”, Dāviņu pagasts, Bauskas novads, LV-3931 · reģ. Nr. 40008317740"

# id: (archive type, [(source, name in archive, header, footer)], [extra side files])
SPEC = {
 "Z01": ("zip", [("Z01/iesniegums.md", "Projekta_iesniegums_Mezotnes_kopiena.docx", None, None),
                 ("Z01/protokols.md", "Kopsapulces_protokols_2024-01-20.odt", None, None)]),
 "Z02": ("tar.gz", [("Z02/iesniegums.md", "Svitene_pieteikums/Iesniegums_Svitenes_attistibai.docx", LEADER_HDR, FORM_FTR),
                    ("Z02/Lapa.html", "Svitene_pieteikums/Lapa.html", None, None)]),
 "Z03": ("zip", [("Z03/strategija.md", "Lambartes_strategija_2024-2028.odt", None, None),
                 ("Z03/vestule.md", "Atbalsta_vestule_Codes_pamatskola.docx", None, None)]),
 "Z04": ("zip", [("Z04/iesniegums.md", "SIA_Rundales_Agro_iesniegums.docx",
                  "SIA „Rundāles Agro” · „Lejasziedi”, Pilsrundāle, Rundāles pagasts, Bauskas novads · www.rundalesagro.lv · Svaigi dārzeņi no mūsu lauka!", None)]),
 "Z05": ("zip", [("Z05/iesniegums.md", "Iesniegums_Zorgu_ciems.docx",
                  "ELFLA | LEADER | Projekts tiek īstenots ar Eiropas Lauksaimniecības fonda lauku attīstībai atbalstu LEADER programmā",
                  "Eiropa investē lauku apvidos · Biedrība „Bauskas rajona lauku partnerība” · Projekta iesnieguma veidlapa")]),
 "Z06": ("zip", [("Z06/iesniegums.md", "Ceraukstes_pamatskola_iesniegums.docx", None, FORM_FTR),
                 ("Z06/vestule.md", "Pagasta_parvaldes_atbalsta_vestule.odt", None, None)]),
 "Z07": ("tar.gz", [("Z07/iesniegums.md", "Stelpe_iesniegums.docx", None, None)]),
 "Z08": ("zip", [("Z08/iesniegums.md", "Skaistkalnes_ozoli_iesniegums.docx", None, None),
                 ("Z08/vestule.md", "Atbalsta_vestule_Barbele.odt", None, None)]),
 "Z09": ("zip", [("Z09/Lapa.html", "Lapa.html", None, None),
                 ("Z09/pavadvestule.md", "Pavadvestule.docx", None, None)]),
 "Z10": ("zip", [("Z10/ricibas_plans.md", "Ricibas_plans_2024-2026.odt", SAUL_HDR, None),
                 ("Z10/pavadvestule.md", "Pavadvestule.docx", SAUL_HDR, None)]),
 "Z11": ("tar.gz", [("Z11/protokols.md", "Valles_saime/Kopsapulces_protokols_2024-1.odt", None, None),
                    ("Z11/pasnovertejums.md", "Valles_saime/Pasnovertejums.docx", None, None)]),
 "Z12": ("zip", [("Z12/misas_vestis.md", "Misas_Vestis_Nr12.docx", "MISAS VĒSTIS · Nr. 12 · 2024. gada aprīlis",
                  "Izdevējs: biedrība „Misas ļaudis”, Misa, Vecumnieku pagasts. Izdevums tapis ar Bauskas novada pašvaldības atbalstu. Tirāža 250 eks. Bezmaksas."),
                 ("Z12/pavadvestule.md", "Pavadvestule.odt", None, None)]),
 "Z13": ("zip", [("Z13/Epasta_sarakste.html", "Epasta_sarakste.html", None, None),
                 ("Z13/ligums.md", "Sadarbibas_ligums_3-2023.docx", None, None)]),
 "Z14": ("tar.gz", [("Z14/iesniegums.md", "Grenctales_kopiena_iesniegums.docx", None, FORM_FTR)]),
 "Z15": ("zip", [("Z15/iesniegums.md", "Taurkalnes_kopiena_iesniegums.docx", None,
                  "LEADER 2023–2027 · Eiropa investē lauku apvidos · Biedrība „Taurkalnes kopiena”"),
                 ("Z15/pasnovertejums.md", "Pasnovertejums.odt", None, None)]),
 "Z16": ("zip", [("Z16/iesniegums.md", "Jaunsaules_laudis_iesniegums.docx", None, None),
                 ("Z16/vestule.md", "Vecsaules_pamatskolas_vestule.odt", None, None)]),
}
SIDE = {"Z02": "Svitene_pieteikums/", "Z09": ""}  # Facebook pages: Lapa_files/ beside Lapa.html

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def png(w=48, h=48, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def side_files(sid):
    css = ("body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}\n"
           ".post{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px}\n"
           ".sponsored .post-head,.sponsored .hdr{color:#65676b}\n.footer,.fb-footer{font-size:11px;color:#65676b}\n")
    if sid == "Z09":
        js = ('// saglabāts no Facebook\nvar pageInfo = {name: "Ozolaines kopiena", tagline: "Mēs lepojamies ar savām tradīcijām un vērtībām"};\n'
              'function seeMore(el){el.classList.toggle("expanded");}\n')
    else:
        js = 'function seeMore(el){el.classList.toggle("expanded");}\nwindow.__fbState = {"locale":"lv_LV"};\n'
    return {"Lapa_files/style.css": css.encode(), "Lapa_files/script.js": js.encode(),
            "Lapa_files/logo.png": png()}


def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "out." + fmt)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, src, "-o", out], check=True)
        return open(out, "rb").read()


def rezip(data, edit):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    order = zin.namelist()
    edit(files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in order + [n for n in files if n not in order]:
            ct = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(n, files[n], compress_type=ct)
    return buf.getvalue()


def docx_hf(data, header, footer):
    def edit(f):
        rels = f["word/_rels/document.xml.rels"].decode()
        ct = f["[Content_Types].xml"].decode()
        doc = f["word/document.xml"].decode()
        refs = ""
        for kind, text, rid in (("header", header, "rIdHdrZ"), ("footer", footer, "rIdFtrZ")):
            if not text:
                continue
            tag = "w:hdr" if kind == "header" else "w:ftr"
            f[f"word/{kind}1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     f'<{tag} {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                                     f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></{tag}>').encode()
            rels = rels.replace("</Relationships>",
                                f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
                                f'Id="{rid}" Target="{kind}1.xml" /></Relationships>')
            ct = ct.replace("</Types>", f'<Override PartName="/word/{kind}1.xml" ContentType="application/'
                            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" /></Types>')
            refs += f'<w:{kind}Reference w:type="default" r:id="{rid}" />'
        if "<w:sectPr />" in doc:
            doc = doc.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
        else:
            doc = re.sub(r"<w:sectPr>", "<w:sectPr>" + refs, doc, count=1)
        f["word/_rels/document.xml.rels"] = rels.encode()
        f["[Content_Types].xml"] = ct.encode()
        f["word/document.xml"] = doc.encode()
    return rezip(data, edit)


def odt_hf(data, header, footer):
    def edit(f):
        s = f["styles.xml"].decode()
        add = ""
        if header:
            add += f'<style:header><text:p text:style-name="MP1">{escape(header)}</text:p></style:header>'
        m = re.search(r'(<style:master-page style:name="Standard"[^>]*>)', s)
        s = s[:m.end()] + add + s[m.end():]
        if footer:
            s = re.sub(r"<style:footer>.*?</style:footer>",
                       f'<style:footer><text:p text:style-name="MP1">{escape(footer)}</text:p></style:footer>', s, flags=re.S)
        f["styles.xml"] = s.encode()
    return rezip(data, edit)


def build(sid):
    kind, docs = SPEC[sid]
    files = {}
    for src, name, hdr, ftr in docs:
        path = os.path.join(SRC, src)
        if name.endswith(".html"):
            files[name] = open(path, "rb").read()
            continue
        fmt = "docx" if name.endswith(".docx") else "odt"
        data = pandoc(path, fmt)
        if hdr or ftr:
            data = docx_hf(data, hdr, ftr) if fmt == "docx" else odt_hf(data, hdr, ftr)
        files[name] = data
    if sid in SIDE:
        for n, d in side_files(sid).items():
            files[SIDE[sid] + n] = d
    out = os.path.join(OUT, f"{sid}.{'zip' if kind == 'zip' else 'tar.gz'}")
    if kind == "zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for n, d in files.items():
                z.writestr(n, d)
    else:
        with tarfile.open(out, "w:gz") as t:
            for n, d in files.items():
                ti = tarfile.TarInfo(n)
                ti.size = len(d)
                ti.mtime = 1708000000
                t.addfile(ti, io.BytesIO(d))
    return out


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for sid in SPEC:
        print(build(sid))
