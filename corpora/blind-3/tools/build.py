#!/usr/bin/env python3
"""Deterministic build of blind-3 submission archives from sources/Bxx/.
Conventions inside sources/Bxx/:
  meta.json                      archive type ("zip"|"tar.gz"|"7z"), notes (not packed)
  NAME.docx.md / NAME.odt.md     markdown -> pandoc -> DOCX / ODT
  NAME.docx.hf                   optional sidecar: line1 header, line2 footer (DOCX only)
  NAME.docx.damaged.md           built as DOCX then truncated (unreadable)
  NAME.pdf.scan.txt              rendered as an image-only "scanned" PDF (unreadable)
  NAME.zip.d/                    directory packed as a nested NAME.zip
  anything else                  copied as is (HTML, css, js, png)
"""
import json, os, shutil, subprocess, sys, zipfile, tarfile, io, gzip
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
SRC, OUT, TMP = ROOT/'sources', ROOT/'archives', ROOT/'build_tmp'
FIXED = (2026, 11, 20, 10, 0, 0)
EPOCH = 1795168800  # 2026-11-20 10:00 UTC
os.environ['SOURCE_DATE_EPOCH'] = str(EPOCH)

def normalize_zip(path, odt=False):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if odt:
        items.sort(key=lambda x: (x[0] != 'mimetype',))
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)

def add_header_footer(path, hf):
    import docx
    d = docx.Document(str(path))
    lines = hf.read_text(encoding='utf-8').splitlines()
    sec = d.sections[0]
    if lines and lines[0].strip():
        sec.header.paragraphs[0].text = lines[0].strip()
    if len(lines) > 1 and lines[1].strip():
        sec.footer.paragraphs[0].text = lines[1].strip()
    d.save(str(path))

def pandoc(src, dst, fmt):
    subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, str(src), '-o', str(dst)], check=True)

def scan_pdf(txt, dst):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 22)
    lines = txt.read_text(encoding='utf-8').splitlines()
    img = Image.new('L', (1240, 80 + 34 * len(lines)), 250)
    dr = ImageDraw.Draw(img)
    for i, l in enumerate(lines):
        dr.text((70, 40 + 34 * i), l, fill=30, font=font)
    img = img.rotate(0.7, fillcolor=250)
    import time
    fixed = time.gmtime(EPOCH)
    img.convert('RGB').save(dst, 'PDF', resolution=150, creationDate=fixed, modDate=fixed, producer='scanner', title='scan')

def convert_tree(srcdir, dstdir):
    dstdir.mkdir(parents=True, exist_ok=True)
    for p in sorted(srcdir.iterdir()):
        n = p.name
        if n in ('meta.json',) or n.endswith('.hf'):
            continue
        if p.is_dir():
            if n.endswith('.zip.d'):
                inner = TMP / ('inner_' + n)
                if inner.exists(): shutil.rmtree(inner)
                convert_tree(p, inner)
                zpath = dstdir / n[:-2]
                make_zip(inner, zpath)
            else:
                convert_tree(p, dstdir / n)
        elif n.endswith('.docx.damaged.md'):
            out = dstdir / n[:-len('.damaged.md')]
            pandoc(p, out, 'docx'); normalize_zip(out)
            data = out.read_bytes(); out.write_bytes(data[:len(data)//3])
        elif n.endswith('.docx.md'):
            out = dstdir / n[:-3]
            pandoc(p, out, 'docx')
            hf = p.with_name(n[:-3] + '.hf')
            if hf.exists(): add_header_footer(out, hf)
            normalize_zip(out)
        elif n.endswith('.odt.md'):
            out = dstdir / n[:-3]
            pandoc(p, out, 'odt'); normalize_zip(out, odt=True)
        elif n.endswith('.pdf.scan.txt'):
            scan_pdf(p, dstdir / n[:-len('.scan.txt')])
        else:
            shutil.copyfile(p, dstdir / n)

def all_files(d):
    return sorted([p for p in d.rglob('*')], key=lambda p: str(p.relative_to(d)))

def make_zip(d, zpath):
    with zipfile.ZipFile(zpath, 'w') as z:
        for p in all_files(d):
            rel = str(p.relative_to(d))
            if p.is_dir():
                zi = zipfile.ZipInfo(rel + '/', FIXED); zi.external_attr = 0o40755 << 16
                z.writestr(zi, b'')
            else:
                zi = zipfile.ZipInfo(rel, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, p.read_bytes())

def make_targz(d, tpath):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.GNU_FORMAT) as t:
        for p in all_files(d):
            ti = t.gettarinfo(str(p), arcname=str(p.relative_to(d)))
            ti.mtime = EPOCH; ti.uid = ti.gid = 0; ti.uname = ti.gname = 'root'
            ti.mode = 0o755 if p.is_dir() else 0o644
            if p.is_dir(): t.addfile(ti)
            else:
                with open(p, 'rb') as f: t.addfile(ti, f)
    with open(tpath, 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=EPOCH) as g:
            g.write(buf.getvalue())

def make_7z(d, spath):
    for p in all_files(d):
        os.utime(p, (EPOCH, EPOCH))
    os.utime(d, (EPOCH, EPOCH))
    if spath.exists(): spath.unlink()
    names = sorted(os.listdir(d))
    subprocess.run(['7z', 'a', '-bd', '-mtm=on', '-mtc=off', '-mta=off', '-mmt=1', str(spath)] + names,
                   cwd=d, check=True, stdout=subprocess.DEVNULL)

def main():
    if TMP.exists(): shutil.rmtree(TMP)
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir(): old.unlink()
    for sub in sorted(SRC.iterdir()):
        if not sub.is_dir(): continue
        meta = json.loads((sub/'meta.json').read_text(encoding='utf-8'))
        stage = TMP / sub.name
        convert_tree(sub, stage)
        kind = meta['archive']
        arc = OUT / f"{sub.name}.{kind}"
        {'zip': make_zip, 'tar.gz': make_targz, '7z': make_7z}[kind](stage, arc)
        print(arc.name)
    shutil.rmtree(TMP)
main()
