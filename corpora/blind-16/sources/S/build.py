#!/usr/bin/env python3
"""Rebuild archives and labels.json from the sources.

Each submission folder Sxx/ holds Markdown (.md) and HTML (.html) sources.
Evidence is marked inline as  ⟦C1 C4.1|sentence⟧ ; the marker is stripped
before conversion and the sentence becomes labelled evidence.
meta.py gives names, archive type, output file names, header/footer and
notes for every absent indicator.
"""
import io, json, os, re, shutil, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from meta import SUBMISSIONS, INDICATORS

MARK = re.compile(r'⟦([^|⟧]+)\|(.*?)⟧', re.S)


def strip_marks(text, evidence):
    def rep(m):
        ids = m.group(1).split()
        sent = m.group(2).replace('\\.', '.')
        out_text = m.group(2)
        for i in ids:
            if i not in INDICATORS:
                raise SystemExit('unknown indicator %s' % i)
            evidence.setdefault(i, [])
            if sent not in evidence[i]:
                evidence[i].append(sent)
        return out_text
    return MARK.sub(rep, text)


def header_footer_docx(data, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    def part(tag, text):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:%s %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:%s>' % (tag, ns, text, tag))
    for item in zin.infolist():
        b = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            s = b.decode('utf-8')
            sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>'
                    '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
                    '<w:pgSz w:w="11906" w:h="16838"/>'
                    '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
            s = s.replace('<w:sectPr />', sect)
            if 'xmlns:r=' not in s[:2000]:
                s = s.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
            b = s.encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            s = b.decode('utf-8')
            s = s.replace('</Relationships>',
                '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
            b = s.encode('utf-8')
        elif item.filename == '[Content_Types].xml':
            s = b.decode('utf-8')
            s = s.replace('</Types>',
                '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
            b = s.encode('utf-8')
        zout.writestr(item, b)
    zout.writestr('word/header1.xml', part('hdr', header))
    zout.writestr('word/footer1.xml', part('ftr', footer))
    zout.close()
    return out.getvalue()


def png_bytes(w=16, h=16, rgb=(59, 89, 152)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


LAPA_CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;color:#1c1e21;margin:0}
.top{background:#fff;border-bottom:1px solid #ddd;padding:8px 16px}
.post{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.meta{color:#65676b;font-size:13px}.ad{border:1px dashed #999;background:#fffbe6}
"""
LAPA_JS = """// saglabātās lapas skripts (atvieglots)
document.addEventListener('DOMContentLoaded',function(){
  var b=document.querySelectorAll('.like');
  for(var i=0;i<b.length;i++){b[i].addEventListener('click',function(){this.classList.toggle('on');});}
});
"""


def build_one(sid, m, tmp):
    src = os.path.join(HERE, sid)
    evidence = {}
    files = {}  # archive path -> bytes
    for f in m['files']:
        text = open(os.path.join(src, f['src']), encoding='utf-8').read()
        text = strip_marks(text, evidence)
        out = f['out']
        if out.endswith('.html'):
            files[out] = text.encode('utf-8')
            if f.get('lapa_files'):
                d = out[:-5] + '_files/'
                files[d + 'style.css'] = LAPA_CSS.encode()
                files[d + 'app.js'] = LAPA_JS.encode()
                files[d + 'logo.png'] = png_bytes(rgb=f.get('rgb', (59, 89, 152)))
            continue
        md = os.path.join(tmp, 'in.md')
        open(md, 'w', encoding='utf-8').write(text)
        target = os.path.join(tmp, os.path.basename(out))
        subprocess.run(['pandoc', '-f', 'markdown-smart', md, '-o', target], check=True)
        data = open(target, 'rb').read()
        if out.endswith('.docx') and f.get('header'):
            data = header_footer_docx(data, f['header'], f['footer'])
        files[out] = data
    arch = m['archive']
    path = os.path.join(ROOT, 'archives', arch)
    if arch.endswith('.zip'):
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, b in files.items():
                z.writestr(n, b)
    else:
        with tarfile.open(path, 'w:gz') as t:
            for n, b in files.items():
                ti = tarfile.TarInfo(n)
                ti.size = len(b)
                ti.mtime = 1718000000
                t.addfile(ti, io.BytesIO(b))
    ind = {i: ('present' if i in evidence else 'absent') for i in INDICATORS}
    notes = {i: m['notes'][i] for i in INDICATORS if i not in evidence and i in m['notes']}
    missing = [i for i in INDICATORS if i not in evidence and i not in m['notes']]
    extra = [i for i in m['notes'] if i in evidence]
    if missing or extra:
        print(sid, 'notes missing for', missing, 'notes for present', extra)
    return {'name': m['name'], 'archive': arch, 'indicators': ind,
            'evidence': {i: evidence[i] for i in INDICATORS if i in evidence}, 'notes': notes}


def main():
    os.makedirs(os.path.join(ROOT, 'archives'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'archives')):
        os.remove(os.path.join(ROOT, 'archives', old))
    labels = {}
    with tempfile.TemporaryDirectory() as tmp:
        for sid in sorted(SUBMISSIONS):
            labels[sid] = build_one(sid, SUBMISSIONS[sid], tmp)
    with open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    for sid, l in labels.items():
        print(sid, sum(v == 'present' for v in l['indicators'].values()))


if __name__ == '__main__':
    main()
