#!/usr/bin/env python3
"""Build archives/Mxx.* from sources/Mxx/.

Conventions inside sources/Mxx/:
  NAME.docx.md   -> NAME.docx (pandoc -f markdown-smart); NAME.docx.header / NAME.docx.footer
                    (optional, one paragraph per line) are injected as page header / footer
  NAME.odt.md    -> NAME.odt
  NAME.html      -> copied as is; a directory NAME_files/ is copied too (style.css, script.js, logo.png)
"""
import io, os, re, shutil, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "archives")
TARGZ = {"M02", "M08", "M12", "M16"}

HDR_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def part_xml(kind, lines):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>' for l in lines)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{tag} {HDR_NS}>{ps}</{tag}>'


def add_header_footer(docx_path, header, footer):
    zin = zipfile.ZipFile(docx_path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = files["word/document.xml"].decode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    refs = ""
    for kind, lines in (("header", header), ("footer", footer)):
        if not lines:
            continue
        rid = f"rIdX{kind}1"
        files[f"word/{kind}1.xml"] = part_xml(kind, lines).encode("utf-8")
        rels = rels.replace("</Relationships>",
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/></Relationships>')
        ct = ct.replace("</Types>",
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    doc = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>{refs}", doc, count=1)
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    files["word/document.xml"] = doc.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    files["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(docx_path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)


def tiny_png():
    w = h = 16
    raw = b"".join(b"\x00" + bytes([40, 120, 60]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def prep_md(path, tmp):
    """Copy the Markdown source, escaping a leading 'NNNN. ' (a year or number that
    pandoc would otherwise read as an ordered-list marker and drop from the text)."""
    out = []
    for line in open(path, encoding="utf-8"):
        out.append(re.sub(r"^(\d{1,4})\.(\s)", r"\1\\.\2", line))
    p = os.path.join(tmp, os.path.basename(path))
    open(p, "w", encoding="utf-8").write("".join(out))
    return p


def build(sid):
    src = os.path.join(SRC, sid)
    tmp = tempfile.mkdtemp()
    members = []
    for fn in sorted(os.listdir(src)):
        p = os.path.join(src, fn)
        if fn.endswith((".docx.md", ".odt.md")):
            out = fn[:-3]
            outp = os.path.join(tmp, out)
            subprocess.run(["pandoc", "-f", "markdown-smart", "-o", outp, prep_md(p, tmp)], check=True)
            if out.endswith(".docx"):
                hdr = p[:-3] + ".header"
                ftr = p[:-3] + ".footer"
                h = open(hdr, encoding="utf-8").read().splitlines() if os.path.exists(hdr) else None
                f = open(ftr, encoding="utf-8").read().splitlines() if os.path.exists(ftr) else None
                if h or f:
                    add_header_footer(outp, h, f)
            members.append((out, outp))
        elif fn.endswith(".html"):
            members.append((fn, p))
        elif os.path.isdir(p) and fn.endswith("_files"):
            for sub in sorted(os.listdir(p)):
                members.append((f"{fn}/{sub}", os.path.join(p, sub)))
    if sid in TARGZ:
        arc = os.path.join(OUT, f"{sid}.tar.gz")
        with tarfile.open(arc, "w:gz") as t:
            for name, path in members:
                t.add(path, arcname=name)
    else:
        arc = os.path.join(OUT, f"{sid}.zip")
        with zipfile.ZipFile(arc, "w", zipfile.ZIP_DEFLATED) as z:
            for name, path in members:
                z.write(path, name)
    shutil.rmtree(tmp)
    print("built", arc, [m[0] for m in members])


def ensure_side_files(sid):
    src = os.path.join(SRC, sid)
    for fn in os.listdir(src):
        p = os.path.join(src, fn)
        if os.path.isdir(p) and fn.endswith("_files"):
            png = os.path.join(p, "logo.png")
            if not os.path.exists(png):
                open(png, "wb").write(tiny_png())


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    ids = sys.argv[1:] or sorted(d for d in os.listdir(SRC) if re.fullmatch(r"M\d\d", d))
    for sid in ids:
        ensure_side_files(sid)
        build(sid)
