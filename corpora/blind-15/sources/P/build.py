#!/usr/bin/env python3
"""Build the 16 blind-test archives P01-P16 from sources/Pxx/."""
import io, os, re, struct, subprocess, tarfile, zipfile, zlib, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "archives")
TMP = os.path.join(HERE, "_build")
HEADER = "Biedrība „Aizkraukles rajona partnerība” · LEADER 2023–2027"
FOOTER = "Eiropa investē lauku apvidos"

# id -> (archive type, [(source, output name, header/footer?)], folder prefix inside archive)
PLAN = {
 "P01": ("zip", [("Pieteikums.md", "Pieteikums.docx", True), ("Kopsapulces_protokols.md", "Kopsapulces_protokols.odt", False)], ""),
 "P02": ("tar.gz", [("Gada_parskats.md", "Gada_parskats_2023.docx", False), ("Atbalsta_vestule_Rouge.md", "Atbalsta_vestule_Rouge.odt", False), ("Pasvaldibas_vestule.html", "Pasvaldibas_vestule.html", False)], "Klintaine/"),
 "P03": ("zip", [("Pieteikums.md", "Pieteikums_Daudzese.docx", True), ("Pasnovertejums.md", "Pasnovertejums.docx", False)], "Daudzeses_saime/"),
 "P04": ("zip", [("Lapa.html", "Lapa.html", False)], ""),
 "P05": ("zip", [("Prezentacija.md", "Serenes_jauniesi_prezentacija.odt", False)], ""),
 "P06": ("zip", [("Protokols.md", "Protokols_2024-02-24.docx", False), ("Resursu_saraksts.md", "Pielikums_resursi.odt", False)], ""),
 "P07": ("tar.gz", [("Sadarbibas_ligums.md", "Sadarbibas_ligums.odt", False), ("Vestule_Birzai.md", "Vestule_Birzi.docx", False)], "Koknesiesi/"),
 "P08": ("zip", [("Sarakste.md", "Sarakste_Zalve.docx", False)], ""),
 "P09": ("zip", [("Pilskalnes_Zinas.md", "Pilskalnes_Zinas_2024_05.odt", False)], ""),
 "P10": ("zip", [("Pasnovertejums.md", "Pasnovertejums.docx", True)], ""),
 "P11": ("zip", [("Gada_parskats_2023.md", "Gada_parskats_2023.docx", True)], ""),
 "P12": ("zip", [("Lapa.html", "Lapa.html", False)], ""),
 "P13": ("tar.gz", [("Pieteikums.md", "Pieteikums_Valles_skola.docx", True), ("Atbalsta_vestule.md", "Atbalsta_vestule.odt", False)], "Valles_pamatskola/"),
 "P14": ("zip", [("Eseja.md", "Eseja_lauku_nakotne.odt", False)], ""),
 "P15": ("zip", [("Veidlapa.md", "Veidlapa_Ozollejas.docx", True)], ""),
 "P16": ("zip", [("Vestule.md", "Vestule_Bebri.docx", False)], ""),
}

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

def para(text, style_align="center"):
    return ('<w:p><w:pPr><w:jc w:val="%s"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (style_align, text))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

def add_header_footer(path):
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    items["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (NS, para(HEADER, "right"))).encode()
    items["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>' % (NS, para(FOOTER))).encode()
    rels = items["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>",
        '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode()
    ct = items["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>",
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode()
    doc = items["word/document.xml"].decode()
    refs = '<w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
    doc, n = re.subn(r"(<w:sectPr[^>]*>)", r"\1" + refs, doc, count=1)
    if n == 0:
        doc = doc.replace("</w:body>", "<w:sectPr>" + refs + "</w:sectPr></w:body>")
    items["word/document.xml"] = doc.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml"] + [n for n in items if n != "[Content_Types].xml"]:
            z.writestr(name, items[name])

def build_one(pid):
    kind, files, prefix = PLAN[pid]
    src = os.path.join(HERE, pid)
    out = os.path.join(TMP, pid)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    members = []  # (arcname, bytes)
    for s, o, hf in files:
        sp = os.path.join(src, s)
        op = os.path.join(out, o)
        if s.endswith(".md"):
            subprocess.run(["pandoc", "-f", "markdown-smart", "-o", op, sp], check=True)
            if hf:
                add_header_footer(op)
        else:
            shutil.copy(sp, op)
        members.append((prefix + o, open(op, "rb").read()))
    lf = os.path.join(src, "Lapa_files")
    if os.path.isdir(lf):
        for fn in sorted(os.listdir(lf)):
            members.append((prefix + "Lapa_files/" + fn, open(os.path.join(lf, fn), "rb").read()))
        img = "cover.png" if pid == "P04" else "group_cover.png"
        members.append((prefix + "Lapa_files/" + img, png(120, 40, (70, 110, 160) if pid == "P04" else (90, 140, 80))))
    os.makedirs(OUT, exist_ok=True)
    if kind == "zip":
        ap = os.path.join(OUT, pid + ".zip")
        with zipfile.ZipFile(ap, "w", zipfile.ZIP_DEFLATED) as z:
            for a, b in members:
                z.writestr(a, b)
    else:
        ap = os.path.join(OUT, pid + ".tar.gz")
        with tarfile.open(ap, "w:gz") as t:
            for a, b in members:
                ti = tarfile.TarInfo(a); ti.size = len(b); ti.mtime = 1710000000
                t.addfile(ti, io.BytesIO(b))
    return os.path.basename(ap)

if __name__ == "__main__":
    for pid in sorted(PLAN):
        print(pid, build_one(pid))
    shutil.rmtree(TMP, ignore_errors=True)
