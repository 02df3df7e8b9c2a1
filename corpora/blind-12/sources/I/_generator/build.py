#!/usr/bin/env python3
"""Build archives/I01..I16 from sources/Ixx and labels.json from sources/_generator/labels.

Each sources/Ixx/manifest.json:
  {"archive": "zip"|"tar.gz",
   "files": [{"src": "x.md", "out": "Pieteikums.docx", "header": "...", "footer": "..."},
             {"src": "Lapa.html", "out": "Lapa.html", "assets": "Lapa_files"}, ...]}
"""
import io, json, os, re, subprocess, sys, tarfile, tempfile, zipfile, zlib, struct
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "sources")
ARCH = os.path.join(ROOT, "archives")
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def hf_xml(tag, text):
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n"))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {W}>{paras}</w:{tag}>'


def add_header_footer(path, header, footer):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    rels = items["word/_rels/document.xml.rels"].decode()
    ct = items["[Content_Types].xml"].decode()
    doc = items["word/document.xml"].decode()
    refs = ""
    for kind, text in (("header", header), ("footer", footer)):
        if not text:
            continue
        rid = f"rIdHF{kind}"
        items[f"word/{kind}1.xml"] = hf_xml("hdr" if kind == "header" else "ftr", text).encode()
        rels = rels.replace("</Relationships>",
            f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
            f'Id="{rid}" Target="{kind}1.xml" /></Relationships>')
        ct = ct.replace("</Types>",
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", f"<w:sectPr>{refs}</w:sectPr>")
    else:
        doc = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>{refs}", doc, count=1)
    items["word/_rels/document.xml.rels"] = rels.encode()
    items["[Content_Types].xml"] = ct.encode()
    items["word/document.xml"] = doc.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)


def tiny_png(rgb=(60, 120, 60)):
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build_file(sid, f, tmp):
    src = os.path.join(SRC, sid, f["src"])
    out = f["out"]
    ext = out.rsplit(".", 1)[-1].lower()
    dest = os.path.join(tmp, out)
    os.makedirs(os.path.dirname(dest) or tmp, exist_ok=True)
    produced = []
    if ext in ("docx", "odt"):
        subprocess.run(["/usr/bin/pandoc", "-f", "markdown-smart", src, "-o", dest], check=True)
        if ext == "docx" and (f.get("header") or f.get("footer")):
            add_header_footer(dest, f.get("header", ""), f.get("footer", ""))
        produced.append(out)
    elif ext in ("html", "htm"):
        with open(src, encoding="utf-8") as r, open(dest, "w", encoding="utf-8") as w:
            w.write(r.read())
        produced.append(out)
        if f.get("assets"):
            ad = os.path.join(tmp, f["assets"])
            os.makedirs(ad, exist_ok=True)
            open(os.path.join(ad, "style.css"), "w").write(
                "body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5}\n.post{background:#fff;margin:8px;padding:10px;border-radius:8px}\n")
            open(os.path.join(ad, "saved_resource.js"), "w").write(
                "/* saved page script */\nwindow.__saved=true;\n")
            open(os.path.join(ad, "profile.png"), "wb").write(tiny_png())
            produced += [f"{f['assets']}/style.css", f"{f['assets']}/saved_resource.js", f"{f['assets']}/profile.png"]
    else:
        raise SystemExit(f"unknown ext {out}")
    return produced


def main():
    os.makedirs(ARCH, exist_ok=True)
    labels = {}
    for n in range(1, 17):
        sid = f"I{n:02d}"
        man = json.load(open(os.path.join(SRC, sid, "manifest.json"), encoding="utf-8"))
        lab = json.load(open(os.path.join(HERE, "labels", f"{sid}.json"), encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            names = []
            for f in man["files"]:
                names += build_file(sid, f, tmp)
            if man["archive"] == "zip":
                an = f"{sid}.zip"
                with zipfile.ZipFile(os.path.join(ARCH, an), "w", zipfile.ZIP_DEFLATED) as z:
                    for nm in names:
                        z.write(os.path.join(tmp, nm), nm)
            else:
                an = f"{sid}.tar.gz"
                with tarfile.open(os.path.join(ARCH, an), "w:gz") as t:
                    for nm in names:
                        t.add(os.path.join(tmp, nm), nm)
        for old in (f"{sid}.zip", f"{sid}.tar.gz"):
            if old != an and os.path.exists(os.path.join(ARCH, old)):
                os.remove(os.path.join(ARCH, old))
        present = lab["present"]
        for k in present:
            assert k in IDS, (sid, k)
        labels[sid] = {
            "name": lab["name"],
            "archive": an,
            "indicators": {i: ("present" if i in present else "absent") for i in IDS},
            "evidence": {i: present[i] for i in IDS if i in present},
            "notes": lab.get("notes", {}),
        }
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as w:
        json.dump(labels, w, ensure_ascii=False, indent=2)
    print("built", len(labels))


if __name__ == "__main__":
    main()
