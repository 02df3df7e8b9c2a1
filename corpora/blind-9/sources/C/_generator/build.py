#!/usr/bin/env python3
"""Build the C-set submissions.

Sources (Markdown / hand-written HTML) live in sources/CNN/.  Evidence sentences
are marked in the sources as  ⟦C4.1 C5.3⟧sentence⟦⟧ ; the markers are stripped
before conversion and the marked sentences become the evidence in labels.json.
The set of present indicators is declared independently in meta.py and must
agree with the marked evidence.
"""
import io, json, os, re, shutil, subprocess, sys, tarfile, time, zipfile, struct, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
ROOT = SRC.parent
ARCH = ROOT / "archives"
BUILD = HERE / "_build"
sys.path.insert(0, str(HERE))
import meta  # noqa

INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
MARK = re.compile(r"⟦([^⟧]*)⟧(.*?)⟦⟧", re.S)
STRIP = str.maketrans("āēīūčģķļņšžĀĒĪŪČĢĶĻŅŠŽ„”“", "aeiucgklnszAEIUCGKLNSZ\"\"\"")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def process_markers(text, sub):
    found = []
    def repl(m):
        ids = m.group(1).split()
        for i in ids:
            if i not in INDICATORS:
                raise SystemExit(f"{sub}: unknown indicator {i!r}")
        found.append((ids, norm(m.group(2))))
        return m.group(2)
    out = MARK.sub(repl, text)
    if "⟦" in out or "⟧" in out:
        raise SystemExit(f"{sub}: stray marker")
    return out, found


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _wpara(line, style):
    from xml.sax.saxutils import escape
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')


def docx_header_footer(path, header, footer):
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    rels = items["word/_rels/document.xml.rels"].decode()
    ct = items["[Content_Types].xml"].decode()
    doc = items["word/document.xml"].decode()
    refs = ""
    if header:
        items["word/header1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>'
                                     + "".join(_wpara(l, "Header") for l in header) + "</w:hdr>").encode()
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>')
        ct = ct.replace("</Types>", '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer:
        items["word/footer1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>'
                                     + "".join(_wpara(l, "Footer") for l in footer) + "</w:ftr>").encode()
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    if "<w:sectPr />" in doc:
        doc = doc.replace("<w:sectPr />", sect)
    else:
        doc = re.sub(r"<w:sectPr>.*?</w:sectPr>", sect, doc, flags=re.S)
    items["word/document.xml"] = doc.encode()
    items["word/_rels/document.xml.rels"] = rels.encode()
    items["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)


def odt_header_footer(path, header, footer):
    from xml.sax.saxutils import escape
    zin = zipfile.ZipFile(path)
    infos = zin.infolist()
    items = {i.filename: zin.read(i.filename) for i in infos}
    zin.close()
    st = items["styles.xml"].decode()
    inner = ""
    if header:
        inner += "<style:header>" + "".join(f'<text:p text:style-name="Header">{escape(l)}</text:p>' for l in header) + "</style:header>"
    if footer:
        inner += "<style:footer>" + "".join(f'<text:p text:style-name="Footer">{escape(l)}</text:p>' for l in footer) + "</style:footer>"
    st = re.sub(r'(<style:master-page style:name="Standard"\s+style:page-layout-name="Mpm1">).*?(</style:master-page>)',
                lambda m: m.group(1) + inner + m.group(2), st, flags=re.S)
    st = st.replace('fo:page-width="8.5in"\n      fo:page-height="11in"', 'fo:page-width="21cm"\n      fo:page-height="29.7cm"')
    items["styles.xml"] = st.encode()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), items.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for n, b in items.items():
            z.writestr(n, b, compress_type=zipfile.ZIP_DEFLATED)


def png_bytes(w=32, h=32, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build_file(sub, spec, tmpdir):
    src = SRC / sub / spec["src"]
    text = src.read_text(encoding="utf-8")
    if spec.get("nodiacritics"):
        text = text.translate(STRIP)
    text, found = process_markers(text, f"{sub}/{spec['src']}")
    fmt = spec["out"].rsplit(".", 1)[1].lower()
    out = tmpdir / spec["out"]
    out.parent.mkdir(parents=True, exist_ok=True)
    if spec.get("raw"):
        out.write_text(text, encoding="utf-8")
    else:
        clean = tmpdir / ("_" + Path(spec["src"]).name)
        clean.write_text(text, encoding="utf-8")
        args = ["/usr/bin/pandoc", "-f", "markdown-smart", str(clean), "-o", str(out)]
        if fmt in ("html", "htm"):
            args += ["-s", "--metadata", "title=" + spec.get("title", "Ziņas"), "--metadata", "lang=lv"]
            if spec.get("css"):
                args += ["-c", spec["css"]]
        subprocess.run(args, check=True)
        clean.unlink()
        if fmt == "docx" and (spec.get("header") or spec.get("footer")):
            docx_header_footer(out, spec.get("header"), spec.get("footer"))
        if fmt == "odt" and (spec.get("header") or spec.get("footer")):
            odt_header_footer(out, spec.get("header"), spec.get("footer"))
    if spec.get("assets"):
        adir = out.parent / spec["assets"]
        adir.mkdir(parents=True, exist_ok=True)
        for a in (HERE / "fb_assets").iterdir():
            shutil.copy(a, adir / a.name)
        (adir / "profila_bilde.png").write_bytes(png_bytes(rgb=tuple(spec.get("rgb", (59, 89, 152)))))
    return found


def pack(sub, archive, tmpdir):
    ARCH.mkdir(exist_ok=True)
    dest = ARCH / archive
    files = sorted(p for p in tmpdir.rglob("*") if p.is_file())
    mtime = time.mktime((2024, 4, 20, 12, 0, 0, 0, 0, -1))
    if archive.endswith(".zip"):
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
            for p in files:
                zi = zipfile.ZipInfo(str(p.relative_to(tmpdir)), date_time=(2024, 4, 20, 12, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, p.read_bytes())
    else:
        with tarfile.open(dest, "w:gz") as t:
            for p in files:
                ti = tarfile.TarInfo(str(p.relative_to(tmpdir)))
                data = p.read_bytes()
                ti.size = len(data)
                ti.mtime = mtime
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(data))


def main():
    if BUILD.exists():
        shutil.rmtree(BUILD)
    labels = {}
    problems = 0
    for sub, m in meta.SUBMISSIONS.items():
        tmp = BUILD / sub
        tmp.mkdir(parents=True)
        evidence = {}
        for spec in m["files"]:
            for ids, sent in build_file(sub, spec, tmp):
                for i in ids:
                    lst = evidence.setdefault(i, [])
                    if sent not in lst:
                        lst.append(sent)
        present = set(m["present"])
        marked = set(evidence)
        if present != marked:
            problems += 1
            print(f"{sub}: declared present {sorted(present - marked)} lack evidence; "
                  f"evidence for undeclared {sorted(marked - present)}")
        for n in m.get("notes", {}):
            if n in present:
                print(f"{sub}: note for present indicator {n}")
        pack(sub, m["archive"], tmp)
        labels[sub] = {
            "name": m["name"],
            "archive": m["archive"],
            "indicators": {i: ("present" if i in present else "absent") for i in INDICATORS},
            "evidence": {i: evidence[i] for i in INDICATORS if i in evidence},
            "notes": m.get("notes", {}),
        }
    (ROOT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.rmtree(BUILD)
    print(f"built {len(labels)} submissions, {problems} declaration problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
