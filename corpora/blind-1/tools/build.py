#!/usr/bin/env python3
"""Rebuild /work/blind-1/archives from /work/blind-1/sources deterministically.

Each sources/Bxx/meta.json lists the documents of one submission:
  {"archive_type": "zip"|"tar.gz"|"7z"|"folder", "archive": "B01.zip",
   "documents": [{"source": "01_x.md", "format": "docx"|"odt"|"html"|"pdf"|"png"|"jpg",
                  "producer": "pandoc"|"libreoffice"|"copy"|"pillow"|"scan_docx", "path": "dir/name.docx",
                  "corrupt": true (optional: the built document is truncated so that it cannot be opened),
                  "unreadable": true (optional: marks a document a text tool cannot read — scan or damaged)}]}
"scan_docx" renders the source as a scanned page (render_scan) and wraps that image, and nothing else,
in a .docx — a scanned letter pasted into Word. Asset folders (X_files/ with *.css, *.js, images) use "copytree" with format "dir".
"""
import io, json, os, re, shutil, subprocess, sys, tarfile, gzip, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "sources")
OUT = os.path.join(ROOT, "archives")
WORK = os.path.join(ROOT, ".build")
FIXED = (2024, 3, 15, 10, 0, 0)
EPOCH = 1710496800  # 2024-03-15 10:00:00 UTC
ISO = "2024-03-15T10:00:00"
LO_PROFILE = "file://" + os.path.join(WORK, "lo-profile")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render_scan import render  # noqa: E402


def run(cmd, **kw):
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ="UTC")
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"command failed: {cmd}\n{r.stdout}\n{r.stderr}")
    return r


def normalize_zip_doc(path):
    """Rewrite an OOXML/ODF package with fixed timestamps and without volatile metadata."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, ctype in items:
            if name in ("meta.xml", "docProps/core.xml", "docProps/app.xml", "settings.xml", "word/settings.xml"):
                t = data.decode("utf-8")
                t = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>" + ISO + r"\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>" + ISO + r"\2", t)
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>" + ISO + r"Z\3", t)
                t = re.sub(r"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)", r"\1PT0S\2", t)
                t = re.sub(r'(config:name="Rsid(Root)?" config:type="int">)\d+', r"\g<1>1000000", t)
                t = re.sub(r'(<w:rsid(Root)? w:val=")[0-9A-F]+', r"\g<1>00100000", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def normalize_pdf(path):
    """Blank volatile PDF fields with same-length values (keeps xref offsets valid)."""
    data = open(path, "rb").read()
    def fill(m, ch):
        return m.group(1) + ch * len(m.group(2)) + m.group(3)
    data = re.sub(rb"(/CreationDate\(D:)(\d{14})([^)]*\))", lambda m: fill(m, b"2"), data)
    data = re.sub(rb"(/ModDate\(D:)(\d{14})([^)]*\))", lambda m: fill(m, b"2"), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]{32})()", lambda m: fill(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-F]{32})(>)", lambda m: fill(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<0{32}>\s*<)([0-9A-F]{32})(>)", lambda m: fill(m, b"0"), data)
    open(path, "wb").write(data)


def build_doc(sub, doc, dest_dir):
    src = os.path.join(SRC, sub, doc["source"])
    fmt, prod = doc["format"], doc["producer"]
    dest = os.path.join(dest_dir, doc["path"])
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    tmp = os.path.join(WORK, "tmp", sub)
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    if prod == "pandoc":
        args = ["pandoc", "-f", "markdown-smart", src, "-o", dest]
        if fmt == "html":
            title = doc.get("title", os.path.splitext(os.path.basename(doc["path"]))[0])
            args += ["-s", "--metadata", "title=" + title]
        run(args)
    elif prod == "libreoffice":
        target = {"docx": 'docx:MS Word 2007 XML', "odt": "odt", "pdf": "pdf"}[fmt]
        run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", target, "--outdir", tmp, src])
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
        shutil.move(produced, dest)
    elif prod == "copy":
        shutil.copyfile(src, dest)
    elif prod == "copytree":  # a saved web page's asset folder
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(src, dest)
        for _, p in all_files(dest):
            os.utime(p, (EPOCH, EPOCH))
        return
    elif prod == "pillow":
        render(src, dest, fmt, seed=sub + doc["source"])
    elif prod == "scan_docx":
        import docx
        from docx.shared import Cm
        img = os.path.join(tmp, "scan.jpg")
        render(src, img, "jpg", seed=sub + doc["source"])
        d = docx.Document()
        d.add_picture(img, width=Cm(17))
        d.save(dest)
    else:
        raise SystemExit("unknown producer " + prod)
    if fmt in ("docx", "odt"):
        normalize_zip_doc(dest)
    if doc.get("corrupt"):
        data = bytearray(open(dest, "rb").read())
        # damage the package: scramble the compressed main part (word/document.xml or content.xml)
        # so that not even a recovering reader gets its text, then cut the file in the middle so
        # that the central directory is gone and the file cannot be opened at all
        for name in (b"word/document.xml", b"content.xml"):
            i = data.find(b"PK\x03\x04")  # first local header
            while i != -1:
                n = int.from_bytes(data[i + 26:i + 28], "little")
                x = int.from_bytes(data[i + 28:i + 30], "little")
                csz = int.from_bytes(data[i + 18:i + 22], "little")
                if bytes(data[i + 30:i + 30 + n]) == name:
                    start = i + 30 + n + x
                    for j in range(start, min(start + csz, len(data))):
                        data[j] ^= 0x5A
                i = data.find(b"PK\x03\x04", i + 4)
        open(dest, "wb").write(bytes(data[: int(len(data) * 0.6)]))
    if fmt == "pdf":
        normalize_pdf(dest)
    os.utime(dest, (EPOCH, EPOCH))


def all_files(d):
    res = []
    for base, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(base, f)
            res.append((os.path.relpath(p, d), p))
    return sorted(res)


def pack(sub, meta, stage):
    kind = meta["archive_type"]
    target = os.path.join(OUT, meta["archive"])
    if kind == "folder":
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(stage, target)
        for rel, p in all_files(target):
            os.utime(p, (EPOCH, EPOCH))
        for base, dirs, _ in os.walk(target):
            for d in dirs:
                os.utime(os.path.join(base, d), (EPOCH, EPOCH))
        os.utime(target, (EPOCH, EPOCH))
        return
    if os.path.exists(target):
        os.remove(target)
    if kind == "zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for rel, p in all_files(stage):
                zi = zipfile.ZipInfo(rel, date_time=FIXED)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, open(p, "rb").read())
    elif kind == "tar.gz":
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
            for rel, p in all_files(stage):
                ti = tarfile.TarInfo(rel)
                data = open(p, "rb").read()
                ti.size, ti.mtime, ti.mode = len(data), EPOCH, 0o644
                ti.uid = ti.gid = 0
                ti.uname = ti.gname = "root"
                t.addfile(ti, io.BytesIO(data))
        with open(target, "wb") as f:
            with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
                g.write(buf.getvalue())
    elif kind == "7z":
        rels = [rel for rel, _ in all_files(stage)]
        for rel, p in all_files(stage):
            os.utime(p, (EPOCH, EPOCH))
        run(["7z", "a", "-t7z", "-mtc=off", "-mta=off", "-mtm=on", "-bd", "-y", target] + rels, cwd=stage)
        os.utime(target, (EPOCH, EPOCH))
    else:
        raise SystemExit("unknown archive type " + kind)


def main():
    only = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    for sub in sorted(os.listdir(SRC)):
        if only and sub not in only:
            continue
        meta = json.load(open(os.path.join(SRC, sub, "meta.json"), encoding="utf-8"))
        stage = os.path.join(WORK, "stage", sub)
        shutil.rmtree(stage, ignore_errors=True)
        os.makedirs(stage)
        for doc in meta["documents"]:
            build_doc(sub, doc, stage)
        pack(sub, meta, stage)
        print("built", sub, meta["archive"])
    shutil.rmtree(os.path.join(WORK, "stage"), ignore_errors=True)
    shutil.rmtree(os.path.join(WORK, "tmp"), ignore_errors=True)


if __name__ == "__main__":
    main()
