#!/usr/bin/env python3
"""Build the 16 blind-test archives from the hand-written sources in this folder.
Markdown -> DOCX/ODT via pandoc (smart quotes off); optional LAG header/footer injected
into DOCX by editing its XML; HTML copied as-is; archives written to ../archives/."""
import os, re, io, subprocess, zipfile, tarfile, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'archives')
LAG = 'Biedrība „Aizkraukles rajona partnerība” · LEADER 2023–2027'
FOOT = 'Eiropa investē lauku apvidos'

# (source, output name, header text or None)
SPEC = {
 'Q01': ('zip', [('Pieteikums.md', 'Pieteikums.docx', LAG), ('Skolas_vestule.md', 'Skolas_vestule.docx', None)]),
 'Q02': ('zip', [('Lapa.html', 'Lapa.html', None), ('Lapa_files', 'Lapa_files', None), ('Protokols.md', 'Protokols.odt', None)]),
 'Q03': ('tar.gz', [('Pasvertejums.md', 'Pasvertejums.docx', LAG), ('Ciema_plans.md', 'Ciema_plans.odt', None)]),
 'Q04': ('zip', [('Stratēģijas_paraugs.md', 'Stratēģijas_paraugs.docx', LAG)]),
 'Q05': ('zip', [('Pieteikums.md', 'Pieteikums.docx', 'Biedrība „Ozolkalna nākotne”, Ozolkalns, Zalves pagasts · ' + LAG)]),
 'Q06': ('zip', [('Pieteikums.md', 'Pieteikums.odt', None)]),
 'Q07': ('zip', [('Abelciema_Vestis.md', 'Abelciema_Vestis.odt', None)]),
 'Q08': ('zip', [('Lapa.html', 'Lapa.html', None), ('Lapa_files', 'Lapa_files', None), ('Atbalsta_vestule.md', 'Atbalsta_vestule.docx', None)]),
 'Q09': ('tar.gz', [('Kopsapulces_protokols.md', 'Kopsapulces_protokols.docx', LAG), ('Pasvertejums.md', 'Pasvertejums.odt', None)]),
 'Q10': ('zip', [('Sarakste.md', 'Sarakste.docx', None)]),
 'Q11': ('zip', [('Hronika.md', 'Hronika.odt', None)]),
 'Q12': ('zip', [('Kalnaraji.html', 'Kalnaraji.html', None), ('majaslapa_files', 'majaslapa_files', None), ('Pasvaldibas_vestule.md', 'Pasvaldibas_vestule.odt', None)]),
 'Q13': ('zip', [('Sadarbibas_ligums.md', 'Sadarbibas_ligums.docx', LAG), ('Partnera_vestule.md', 'Partnera_vestule.docx', None)]),
 'Q14': ('tar.gz', [('Intervija.html', 'Intervija.html', None), ('Protokols.md', 'Protokols.odt', None)]),
 'Q15': ('zip', [('Lapa.html', 'Lapa.html', None), ('Lapa_files', 'Lapa_files', None)]),
 'Q16': ('zip', [('Pieteikums.md', 'Pieteikums.odt', None)]),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

def part(tag, text, jc):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(data, header, footer=FOOT):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        b = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            s = b.decode('utf-8')
            refs = ('<w:headerReference w:type="default" r:id="rIdLagHdr"/>'
                    '<w:footerReference w:type="default" r:id="rIdLagFtr"/>')
            idx = s.rfind('<w:sectPr')
            end = s.index('>', idx) + 1
            s = s[:end] + refs + s[end:]
            b = s.encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            s = b.decode('utf-8')
            s = s.replace('</Relationships>',
                f'<Relationship Id="rIdLagHdr" Type="{R}/header" Target="header_lag.xml"/>'
                f'<Relationship Id="rIdLagFtr" Type="{R}/footer" Target="footer_lag.xml"/></Relationships>')
            b = s.encode('utf-8')
        elif item.filename == '[Content_Types].xml':
            s = b.decode('utf-8')
            s = s.replace('</Types>',
                '<Override PartName="/word/header_lag.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                '<Override PartName="/word/footer_lag.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
            b = s.encode('utf-8')
        zout.writestr(item, b)
    zout.writestr('word/header_lag.xml', part('hdr', header, 'right'))
    zout.writestr('word/footer_lag.xml', part('ftr', footer, 'center'))
    zout.close()
    return buf.getvalue()

def convert(src, fmt):
    with tempfile.TemporaryDirectory(dir=HERE) as td:
        out = os.path.join(td, 'out.' + fmt)
        subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, src, '-o', out], check=True)
        return open(out, 'rb').read()

def collect(qid):
    """Return list of (arcname, bytes)."""
    files = []
    for src, name, hdr in SPEC[qid][1]:
        p = os.path.join(HERE, qid, src)
        if os.path.isdir(p):
            for fn in sorted(os.listdir(p)):
                files.append((f'{name}/{fn}', open(os.path.join(p, fn), 'rb').read()))
        elif name.endswith('.docx') or name.endswith('.odt'):
            data = convert(p, name.rsplit('.', 1)[1])
            if hdr and name.endswith('.docx'):
                data = add_header_footer(data, hdr)
            files.append((name, data))
        else:
            files.append((name, open(p, 'rb').read()))
    return files

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for qid, (kind, _) in SPEC.items():
        files = collect(qid)
        if kind == 'zip':
            with zipfile.ZipFile(os.path.join(OUT, qid + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
                for n, b in files:
                    z.writestr(n, b)
        else:
            with tarfile.open(os.path.join(OUT, qid + '.tar.gz'), 'w:gz') as t:
                for n, b in files:
                    ti = tarfile.TarInfo(n); ti.size = len(b); ti.mtime = 1736900000; ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(b))
        print(qid, kind, [n for n, _ in files])

if __name__ == '__main__':
    main()
