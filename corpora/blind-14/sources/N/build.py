#!/usr/bin/env python3
"""Build the N01-N16 blind-set archives from the sources in this folder.
Markdown -> DOCX/ODT with pandoc (markdown without 'smart', so quotes stay as typed);
selected DOCX get a page header/footer injected into the package XML;
HTML is copied as written.  Output: ../archives/N??.zip / .tar.gz"""
import io, os, re, subprocess, tarfile, tempfile, zipfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'archives')
LAG = ('Biedrība „Aizkraukles rajona partnerība” · LEADER 2023–2027',
       'Eiropa investē lauku apvidos · Eiropas Lauksaimniecības fonds lauku attīstībai')
N12H = ('Biedrība „Zaļā sēta”, „Kalnāji”, Sērenes pag., Aizkraukles nov. · LEADER 2023–2027',
        'Eiropa investē lauku apvidos')

# id: (archive type, [(source, output name, header/footer or None)])
MANIFEST = {
 'N01': ('zip', [('pieteikums.md', 'N01_pieteikums.docx', LAG), ('protokols.md', 'N01_kopsapulces_protokols.odt', None),
                 ('atbalsta_vestule.md', 'N01_atbalsta_vestule.docx', None)]),
 'N02': ('zip', [('Lapa.html', 'Lapa.html', None), ('Lapa_files', 'Lapa_files', None)]),
 'N03': ('tar.gz', [('epasti.html', 'N03_sarakste.html', None), ('ideja.md', 'N03_idejas_apraksts.docx', None)]),
 'N04': ('zip', [('eseja.md', 'N04_eseja_viedie_ciemi.docx', None)]),
 'N05': ('zip', [('avize.md', 'Odzienas_Vestis_2025_3.odt', None), ('atbalsts.md', 'Atbalsta_vestule_Krastini.docx', None)]),
 'N06': ('zip', [('pieteikums.md', 'N06_pieteikums_Bebri.docx', LAG)]),
 'N07': ('tar.gz', [('gada_parskats.md', 'N07_gada_parskats_2024.docx', LAG), ('pasnovertejums.md', 'N07_pasnovertejums.odt', None),
                    ('sadarbibas_ligums.md', 'N07_sadarbibas_ligums.docx', None)]),
 'N08': ('zip', [('protokols.md', 'N08_kopsapulces_protokols.odt', None), ('pieteikums.md', 'N08_pieteikums.docx', LAG)]),
 'N09': ('zip', [('ideja.md', 'Ideja_Daudzese_Vitola.docx', None)]),
 'N10': ('zip', [('pieteikums.md', 'N10_veidlapa.docx', LAG)]),
 'N11': ('tar.gz', [('Lapa.html', 'Lapa.html', None), ('Lapa_files', 'Lapa_files', None),
                    ('informativais_izdevums.md', 'Pilskalnes_Lapina_2025_03.odt', None)]),
 'N12': ('zip', [('pieteikums.md', 'N12_pieteikums.docx', N12H), ('pasnovertejums.md', 'N12_pasnovertejums.docx', None)]),
 'N13': ('zip', [('pieteikums.md', 'N13_pieteikums.docx', LAG), ('protokols.md', 'N13_sapulces_protokols.odt', None),
                 ('epasti.html', 'N13_sarakste_BalticData.html', None)]),
 'N14': ('zip', [('gada_parskats.md', 'N14_gada_parskats_2024.odt', None), ('atbalsta_vestules.md', 'N14_atbalsta_vestules.docx', None)]),
 'N15': ('zip', [('pieteikums.md', 'N15_pieteikums.docx', LAG)]),
 'N16': ('zip', [('sadarbibas_ligums.md', 'N16_sadarbibas_ligums.odt', None), ('pieteikums.md', 'N16_pieteikums.docx', LAG)]),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def part(tag, text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W}" xmlns:r="{R}">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/><w:color w:val="555555"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(data, hf):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            b = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                s = b.decode('utf-8')
                refs = ('<w:headerReference w:type="default" r:id="rIdHdrN1"/>'
                        '<w:footerReference w:type="default" r:id="rIdFtrN1"/>')
                if 'xmlns:r=' not in s[:2000]:
                    s = s.replace('<w:document ', f'<w:document xmlns:r="{R}" ', 1)
                m = list(re.finditer(r'<w:sectPr(\s[^>]*)?/>|<w:sectPr(\s[^>]*)?>', s))[-1]
                if m.group(0).endswith('/>'):
                    s = s[:m.start()] + '<w:sectPr>' + refs + '</w:sectPr>' + s[m.end():]
                else:
                    s = s[:m.end()] + refs + s[m.end():]
                b = s.encode('utf-8')
            elif item.filename == 'word/_rels/document.xml.rels':
                s = b.decode('utf-8').replace('</Relationships>',
                    f'<Relationship Id="rIdHdrN1" Type="{R}/header" Target="header1.xml"/>'
                    f'<Relationship Id="rIdFtrN1" Type="{R}/footer" Target="footer1.xml"/></Relationships>')
                b = s.encode('utf-8')
            elif item.filename == '[Content_Types].xml':
                s = b.decode('utf-8').replace('</Types>',
                    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
                b = s.encode('utf-8')
            zout.writestr(item, b)
        zout.writestr('word/header1.xml', part('hdr', hf[0]))
        zout.writestr('word/footer1.xml', part('ftr', hf[1]))
    return buf.getvalue()

def convert(src, outname, hf):
    ext = outname.rsplit('.', 1)[1]
    os.makedirs(os.path.join(HERE, '_work'), exist_ok=True)
    with tempfile.TemporaryDirectory(dir=os.path.join(HERE, '_work')) as td:
        out = os.path.join(td, outname)
        subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', ext, src, '-o', out], check=True)
        data = open(out, 'rb').read()
    if hf:
        data = add_header_footer(data, hf)
    return data

def collect(sid):
    kind, items = MANIFEST[sid]
    files = []  # (name in archive, bytes)
    for src, name, hf in items:
        p = os.path.join(HERE, sid, src)
        if os.path.isdir(p):
            for fn in sorted(os.listdir(p)):
                files.append((f'{name}/{fn}', open(os.path.join(p, fn), 'rb').read()))
        elif src.endswith('.md'):
            files.append((name, convert(p, name, hf)))
        else:
            files.append((name, open(p, 'rb').read()))
    return kind, files

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for sid in MANIFEST:
        kind, files = collect(sid)
        if kind == 'zip':
            with zipfile.ZipFile(os.path.join(OUT, sid + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
                for name, data in files:
                    z.writestr(name, data)
        else:
            with tarfile.open(os.path.join(OUT, sid + '.tar.gz'), 'w:gz') as t:
                for name, data in files:
                    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1742000000; ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(data))
        print(sid, kind, [n for n, _ in files])

if __name__ == '__main__':
    main()
