#!/usr/bin/env python3
"""Build blind-2 submissions from sources/Bxx/spec.txt into sources/Bxx/files/ and archives/.

Spec format (one file per submission):
  @name  Village — association
  @archive zip|tar.gz|7z
  @folder Folder name inside archive (optional)
  @note  C3.1: one-line reason
  @unreadable path: what it would show
  === path/in/archive.ext [fb|damaged|scan]   (path may start with 'inner.zip/' for a nested zip)
  HEADER: ...   FOOTER: ...   TITLE: ...
  # h1   ## h2   - bullet   | a | b |  (table; first row = header)   other lines = paragraphs
Evidence markers: [[C4.3 C5.2|exact sentence]] -> text kept, evidence recorded.
"""
import io, os, re, sys, json, gzip, shutil, tarfile, zipfile, subprocess, tempfile, datetime, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, 'sources')
ARC = os.path.join(ROOT, 'archives')
FIXED = (2026, 11, 20, 10, 0, 0)
FIXED_TS = 1795168800  # 2026-11-20 10:00 UTC
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
MARK = re.compile(r'\[\[([^|\]]+)\|(.+?)\]\]')


def parse(path):
    meta = {'notes': {}, 'unreadable': {}, 'folder': None, 'archive': 'zip'}
    files = []
    cur = None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if cur is None or line.startswith('@') or line.startswith('=== '):
            if line.startswith('@name '):
                meta['name'] = line[6:].strip(); continue
            if line.startswith('@archive '):
                meta['archive'] = line[9:].strip(); continue
            if line.startswith('@folder '):
                meta['folder'] = line[8:].strip(); continue
            if line.startswith('@note '):
                k, v = line[6:].split(':', 1); meta['notes'][k.strip()] = v.strip(); continue
            if line.startswith('@unreadable '):
                k, v = line[12:].split(':', 1); meta['unreadable'][k.strip()] = v.strip(); continue
            if line.startswith('=== '):
                parts = line[4:].split()
                cur = {'path': parts[0], 'kind': parts[1] if len(parts) > 1 else '', 'lines': []}
                files.append(cur); continue
            if cur is None:
                continue
        cur['lines'].append(line)
    return meta, files


def strip_marks(text, ev, fname):
    def rep(m):
        ids, sent = m.group(1).split(), m.group(2)
        for i in ids:
            assert i in IND, (fname, i)
            ev.setdefault(i, [])
            if sent not in ev[i]:
                ev[i].append(sent)
        return sent
    return MARK.sub(rep, text)


def blocks(lines, ev, fname):
    """-> header, footer, list of blocks (kind, payload)"""
    header = footer = None
    out = []
    table = None
    for line in lines:
        s = strip_marks(line, ev, fname)
        if s.startswith('|'):
            cells = [c.strip() for c in s.strip().strip('|').split('|')]
            if table is None:
                table = []; out.append(('table', table))
            table.append(cells); continue
        table = None
        if not s.strip():
            continue
        if s.startswith('HEADER:'):
            header = s[7:].strip()
        elif s.startswith('FOOTER:'):
            footer = s[7:].strip()
        elif s.startswith('TITLE:'):
            out.append(('title', s[6:].strip()))
        elif s.startswith('## '):
            out.append(('h2', s[3:].strip()))
        elif s.startswith('# '):
            out.append(('h1', s[2:].strip()))
        elif s.startswith('- '):
            out.append(('li', s[2:].strip()))
        else:
            out.append(('p', s.strip()))
    return header, footer, out


# ---------------- writers ----------------
def write_docx(path, header, footer, bl):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    dt = datetime.datetime(*FIXED)
    cp.created = dt; cp.modified = dt; cp.last_printed = dt; cp.revision = 1
    cp.author = ''; cp.last_modified_by = ''
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for k, v in bl:
        if k == 'title':
            d.add_heading(v, level=0)
        elif k == 'h1':
            d.add_heading(v, level=1)
        elif k == 'h2':
            d.add_heading(v, level=2)
        elif k == 'li':
            d.add_paragraph(v, style='List Bullet')
        elif k == 'p':
            d.add_paragraph(v)
        elif k == 'table':
            ncol = max(len(r) for r in v)
            t = d.add_table(rows=len(v), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(v):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ''
            d.add_paragraph('')
    bio = io.BytesIO(); d.save(bio)
    open(path, 'wb').write(normalize_zip(bio.getvalue()))


def write_odt(path, header, footer, bl):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, PageLayout, PageLayoutProperties, MasterPage,
                           Header, Footer, ParagraphProperties)
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="13pt", fontweight="bold")); doc.styles.addElement(h2)
    tit = Style(name="Title", family="paragraph"); tit.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.styles.addElement(tit)
    pl = PageLayout(name="pm1"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if header:
        hd = Header(); hd.addElement(P(text=header)); mp.addElement(hd)
    if footer:
        ft = Footer(); ft.addElement(P(text=footer)); mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    for k, v in bl:
        if k == 'title':
            doc.text.addElement(H(outlinelevel=1, stylename=tit, text=v))
        elif k == 'h1':
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=v))
        elif k == 'h2':
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=v))
        elif k == 'li':
            L = List(); it = ListItem(); it.addElement(P(text=v)); L.addElement(it); doc.text.addElement(L)
        elif k == 'p':
            doc.text.addElement(P(text=v))
        elif k == 'table':
            ncol = max(len(r) for r in v)
            t = Table(name="Tabula%d" % id(v) if False else "Tabula")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in v:
                tr = TableRow()
                for j in range(ncol):
                    tc = TableCell(); tc.addElement(P(text=r[j] if j < len(r) else '')); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    bio = io.BytesIO(); doc.write(bio)
    data = bio.getvalue()
    # strip volatile meta.xml
    zin = zipfile.ZipFile(io.BytesIO(data))
    bio2 = io.BytesIO(); zout = zipfile.ZipFile(bio2, 'w')
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == 'meta.xml':
            b = re.sub(rb'<meta:creation-date>[^<]*</meta:creation-date>', b'<meta:creation-date>2026-11-20T10:00:00</meta:creation-date>', b)
            b = re.sub(rb'<dc:date>[^<]*</dc:date>', b'', b)
        zi = zipfile.ZipInfo(info.filename, FIXED)
        zi.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close()
    open(path, 'wb').write(bio2.getvalue())


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    bio = io.BytesIO(); zout = zipfile.ZipFile(bio, 'w')
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, zin.read(info.filename))
    zout.close(); return bio.getvalue()


CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
.top{background:#fff;border-bottom:1px solid #ddd;padding:6px 16px}.post{background:#fff;margin:12px auto;max-width:680px;padding:12px;border-radius:8px}
.meta{color:#65676b;font-size:12px}.acts{color:#65676b;border-top:1px solid #ddd;margin-top:8px;padding-top:4px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}
"""
JS = """/* saved page runtime (stub) */
(function(){var d=document;window.__bigpipe={ready:true};function noop(){}
window.requireLazy=window.requireLazy||noop;if(d&&d.body){d.body.setAttribute('data-saved','1');}})();
"""


def png_bytes(w, h, color):
    from PIL import Image
    im = Image.new('RGB', (w, h), color)
    bio = io.BytesIO(); im.save(bio, 'PNG'); return bio.getvalue()


def write_html(path, header, footer, bl, kind, title_hint):
    esc = html.escape
    parts = []
    fb = (kind == 'fb')
    stem = os.path.splitext(os.path.basename(path))[0]
    filesdir = stem + '_files'
    head = ['<!DOCTYPE html>', '<html lang="lv">', '<head>', '<meta charset="utf-8">',
            '<title>%s</title>' % esc(title_hint)]
    if fb:
        head += ['<link rel="stylesheet" href="%s/style.css">' % filesdir,
                 '<script src="%s/app.js"></script>' % filesdir,
                 '<script>window.__initialData={"locale":"lv_LV","route":"page"};</script>']
    else:
        head += ['<style>body{font-family:Georgia,serif;max-width:760px;margin:auto}td,th{border:1px solid #888;padding:3px}</style>']
    head += ['</head>', '<body>']
    parts += head
    if fb:
        parts += ['<div class="top"><img src="%s/logo.png" alt="" width="24"> <a href="#">Sākums</a> · <a href="#">Grupas</a> · <a href="#">Notikumi</a> · <a href="#">Pieteikties</a></div>' % filesdir]
    if header:
        parts.append('<header><p class="hdr">%s</p></header>' % esc(header))
    parts.append('<main>')
    in_list = False
    for k, v in bl:
        if k != 'li' and in_list:
            parts.append('</ul>'); in_list = False
        if k == 'title':
            parts.append('<h1>%s</h1>' % esc(v))
        elif k == 'h1':
            parts.append(('<div class="post"><h2>%s</h2></div>' if fb else '<h2>%s</h2>') % esc(v))
        elif k == 'h2':
            parts.append('<h3>%s</h3>' % esc(v))
        elif k == 'li':
            if not in_list:
                parts.append('<ul>'); in_list = True
            parts.append('<li>%s</li>' % esc(v))
        elif k == 'p':
            if fb and v.startswith('POST '):
                # "POST date :: text"
                d, t = v[5:].split('::', 1)
                parts.append('<div class="post"><div class="meta">%s</div><p>%s</p><div class="acts">Patīk · Komentēt · Dalīties</div></div>' % (esc(d.strip()), esc(t.strip())))
            else:
                parts.append('<p>%s</p>' % esc(v))
        elif k == 'table':
            rows = ['<table>']
            for i, r in enumerate(v):
                tag = 'th' if i == 0 else 'td'
                rows.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(c), tag) for c in r) + '</tr>')
            rows.append('</table>')
            parts.append(''.join(rows))
    if in_list:
        parts.append('</ul>')
    parts.append('</main>')
    if footer:
        parts.append('<footer><p class="ftr">%s</p></footer>' % esc(footer))
    if fb:
        parts.append('<div class="meta">Privātums · Noteikumi · Reklāma · Sīkfaili · Meta © 2026</div>')
    parts += ['</body>', '</html>', '']
    open(path, 'w', encoding='utf-8').write('\n'.join(parts))
    extra = {}
    if fb:
        extra[filesdir + '/style.css'] = CSS.encode()
        extra[filesdir + '/app.js'] = JS.encode()
        extra[filesdir + '/logo.png'] = png_bytes(32, 32, (24, 119, 242))
        extra[filesdir + '/cover.png'] = png_bytes(120, 40, (90, 140, 60))
    return extra


def render_scan(lines, fmt):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 22)
    W, H = 1240, 120 + 34 * max(len(lines), 10)
    im = Image.new('RGB', (W, H), (246, 243, 236))
    dr = ImageDraw.Draw(im)
    y = 60
    for ln in lines:
        dr.text((70, y), ln, fill=(35, 35, 40), font=font); y += 34
    im = im.rotate(0.7, expand=False, fillcolor=(246, 243, 236))
    bio = io.BytesIO()
    if fmt == 'png':
        im.save(bio, 'PNG')
    elif fmt == 'jpg':
        im.save(bio, 'JPEG', quality=70)
    elif fmt == 'pdf':
        im.save(bio, 'PDF', resolution=150.0, creationDate=__import__('time').gmtime(FIXED_TS), modDate=__import__('time').gmtime(FIXED_TS))
    return bio.getvalue()


def build_one(sid, write_labels):
    sdir = os.path.join(SRC, sid)
    meta, files = parse(os.path.join(sdir, 'spec.txt'))
    outdir = os.path.join(sdir, 'files')
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    ev = {}
    produced = {}  # archive-relative path -> bytes
    for f in files:
        rel = f['path']
        target = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        ext = rel.rsplit('.', 1)[-1].lower()
        if f['kind'] == 'scan':
            plain = [strip_marks(l, {}, rel) for l in f['lines']]
            while plain and not plain[-1].strip():
                plain.pop()
            data = render_scan(plain, ext)
            open(target, 'wb').write(data); produced[rel] = data; continue
        fev = {} if f['kind'] == 'damaged' else ev
        header, footer, bl = blocks(f['lines'], fev, rel)
        if ext == 'docx':
            write_docx(target, header, footer, bl)
            if f['kind'] == 'damaged':
                data = open(target, 'rb').read()
                data = data[:len(data) * 2 // 5] + bytes((b * 7 + 3) % 256 for b in data[len(data) * 2 // 5: len(data) * 2 // 5 + 400])
                open(target, 'wb').write(data)
        elif ext == 'odt':
            write_odt(target, header, footer, bl)
        elif ext in ('html', 'htm'):
            extra = write_html(target, header, footer, bl, f['kind'], meta.get('name', sid))
            for k, v in extra.items():
                p2 = os.path.join(os.path.dirname(rel), k) if os.path.dirname(rel) else k
                t2 = os.path.join(outdir, p2)
                os.makedirs(os.path.dirname(t2), exist_ok=True)
                open(t2, 'wb').write(v); produced[p2] = v
        else:
            raise SystemExit('unknown ext ' + rel)
        produced[rel] = open(target, 'rb').read()
    # nested zips
    nested = {}
    final = {}
    for rel, data in produced.items():
        first = rel.split('/')[0]
        if first.endswith('.zip') and '/' in rel:
            nested.setdefault(first, {})[rel[len(first) + 1:]] = data
        else:
            final[rel] = data
    for name, members in nested.items():
        bio = io.BytesIO(); z = zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED)
        for r in sorted(members):
            zi = zipfile.ZipInfo(r, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, members[r])
        z.close(); final[name] = bio.getvalue()
    if meta['folder']:
        final = {meta['folder'] + '/' + k: v for k, v in final.items()}
    kind = meta['archive']
    aname = sid + '.' + kind
    apath = os.path.join(ARC, aname)
    if os.path.exists(apath):
        os.remove(apath)
    if kind == 'zip':
        with zipfile.ZipFile(apath, 'w') as z:
            for r in sorted(final):
                zi = zipfile.ZipInfo(r, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, final[r])
    elif kind == 'tar.gz':
        with open(apath, 'wb') as fh:
            with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0) as gz:
                with tarfile.open(fileobj=gz, mode='w', format=tarfile.USTAR_FORMAT) as t:
                    dirs = set()
                    for r in sorted(final):
                        p = r.split('/')[:-1]
                        for i in range(1, len(p) + 1):
                            dd = '/'.join(p[:i])
                            if dd not in dirs:
                                dirs.add(dd)
                                ti = tarfile.TarInfo(dd); ti.type = tarfile.DIRTYPE; ti.mode = 0o755; ti.mtime = FIXED_TS
                                t.addfile(ti)
                        ti = tarfile.TarInfo(r); ti.size = len(final[r]); ti.mtime = FIXED_TS; ti.mode = 0o644
                        t.addfile(ti, io.BytesIO(final[r]))
    elif kind == '7z':
        with tempfile.TemporaryDirectory() as td:
            for r in sorted(final):
                p = os.path.join(td, r); os.makedirs(os.path.dirname(p), exist_ok=True)
                open(p, 'wb').write(final[r])
            for dp, dn, fn in os.walk(td, topdown=False):
                for n in fn + dn:
                    os.utime(os.path.join(dp, n), (FIXED_TS, FIXED_TS))
            items = sorted(os.listdir(td))
            subprocess.run(['7z', 'a', '-t7z', '-mx=5', '-mtc=off', '-mta=off', apath] + items, cwd=td,
                           check=True, stdout=subprocess.DEVNULL)
    else:
        raise SystemExit('unknown archive ' + kind)
    m = {'id': sid, 'name': meta.get('name'), 'archive': aname,
         'files': sorted(final), 'unreadable': meta['unreadable']}
    json.dump(m, open(os.path.join(sdir, 'meta.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    lab = {'name': meta.get('name'), 'archive': aname,
           'indicators': {i: ('present' if i in ev else 'absent') for i in IND},
           'evidence': {i: ev[i] for i in IND if i in ev},
           'notes': {k: meta['notes'][k] for k in IND if k in meta['notes']}}
    return lab, m


def main():
    write_labels = '--labels' in sys.argv
    only = [a for a in sys.argv[1:] if a.startswith('B')]
    sids = sorted(d for d in os.listdir(SRC) if re.fullmatch(r'B\d\d', d))
    if only:
        sids = [s for s in sids if s in only]
    labels, metas = {}, {}
    for s in sids:
        labels[s], metas[s] = build_one(s, write_labels)
    if write_labels:
        json.dump(labels, open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        json.dump(metas, open(os.path.join(ROOT, 'meta.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    else:
        json.dump(labels, open(os.path.join(ROOT, 'labels.fromsources.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('built', len(sids))


if __name__ == '__main__':
    main()
