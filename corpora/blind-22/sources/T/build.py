#!/usr/bin/env python3
"""Build the blind22/T archives from Markdown/HTML sources (needs pandoc)."""
import io, os, re, subprocess, tarfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'archives')
BUILD = os.path.join(HERE, '_build')

HDR_LAG = 'Biedrība "Lauku partnerība "Lielupe"" | SVVA stratēģija 2023–2027 | Rīcība 2.1 "Viedie ciemi"'
FTR_LAG = ('LEADER — Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos. '
           'Viedā ciema pazīmes: kopīgi mērķi un vīzija, inovatīvi risinājumi, iedzīvotāju kopa, '
           'atvērtība un mijiedarbība, resursi un atdeve.')

# id -> (archive type, [(source, output name, header, footer)])
PLAN = {
 'T01': ('zip', [('T01_projekta_iesniegums.md', 'T01_projekta_iesniegums.docx', HDR_LAG, FTR_LAG),
                 ('T01_kopsapulces_protokols.md', 'T01_kopsapulces_protokols.odt', None, None)]),
 'T02': ('zip', [('T02_iesniegums.md', 'Iesniegums_Zalenieki.docx', None, None),
                 ('T02_atbalsta_vestule.md', 'Atbalsta_vestule_skola.odt', None, None)]),
 'T03': ('zip', [('T03_projekta_iesniegums.md', 'SIA_Sesavas_darzi_iesniegums.docx', None, None)]),
 'T04': ('tar.gz', [('T04_Elejas_vieda_ciema_apraksts.md', 'Elejas_vieda_ciema_apraksts.odt', None, None),
                    ('T04_Zagares_kopienas_vestule.md', 'Zagares_kopienas_vestule.docx', None, None)]),
 'T05': ('zip', [('T05_pieteikums.md', 'Pieteikums_Livberzes_krasts.docx',
                  'Biedrība "Līvbērzes krasts", Jelgavas iela 9–4, Līvbērze, Līvbērzes pagasts, Jelgavas novads', FTR_LAG)]),
 'T06': ('zip', [('T06_pieteikums.md', 'pieteikums_valgunde.odt', None, None)]),
 'T07': ('zip', [('T07_projekta_iesniegums.md', 'Platones_biblioteka_iesniegums.docx', None, None)]),
 'T08': ('zip', [('T08_Stalgenes_Vestis.md', 'Stalgenes_Vestis_2024_03.odt', None, None),
                 ('T08_pagasta_atbalsta_vestule.md', 'Jaunsvirlaukas_parvaldes_vestule.docx', None, None)]),
 'T09': ('tar.gz', [('Lapa.html', 'Lapa.html', None, None)]),
 'T10': ('zip', [('T10_projekta_iesniegums.md', 'Lielplatone_projekta_iesniegums.docx', HDR_LAG, FTR_LAG),
                 ('T10_sadarbibas_ligums.md', 'Sadarbibas_ligums_3_2024.odt', None, None)]),
 'T11': ('zip', [('T11_iniciativas_apraksts.md', 'Svete_iniciativas_apraksts.docx', None, None)]),
 'T12': ('tar.gz', [('T12_pasnovertejums.md', 'Pasnovertejums_Branki.docx', HDR_LAG, 'Pielikums Nr. 2 — Viedā ciema pazīmju pašnovērtējums. ' + FTR_LAG),
                    ('T12_kopsapulces_protokols.md', 'Kopsapulces_protokols_2024_03_16.odt', None, None)]),
 'T13': ('zip', [('T13_ricibas_plans.md', 'Emburgas_ricibas_plans_2024_2027.odt', None, None),
                 ('T13_sapulces_protokols.md', 'Iedzivotaju_sapulces_protokols.docx', None, None)]),
 'T14': ('tar.gz', [('Sarakste_ar_konsultanti.html', 'Sarakste_ar_konsultanti.html', None, None)]),
 'T15': ('zip', [('T15_projekta_iesniegums.md', 'Teteles_ludis_iesniegums.docx', HDR_LAG, FTR_LAG)]),
 'T16': ('zip', [('T16_iesniegums.md', 'Anes_iesniegums.docx', HDR_LAG, FTR_LAG),
                 ('T16_LLF_vestule.md', 'LLF_apliecinajums.odt', None, None)]),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def part(tag, text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W}" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(data, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    rels = files['word/_rels/document.xml.rels'].decode()
    ct = files['[Content_Types].xml'].decode()
    doc = files['word/document.xml'].decode()
    refs = ''
    for kind, text, rid in (('header', header, 'rIdHdr22'), ('footer', footer, 'rIdFtr22')):
        if not text:
            continue
        files[f'word/{kind}22.xml'] = part('hdr' if kind == 'header' else 'ftr', text).encode()
        rels = rels.replace('</Relationships>',
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}22.xml"/></Relationships>')
        ct = ct.replace('</Types>',
            f'<Override PartName="/word/{kind}22.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    i = doc.rfind('<w:sectPr')
    j = doc.index('>', i) + 1
    doc = doc[:j] + refs + doc[j:]
    files['word/_rels/document.xml.rels'] = rels.encode()
    files['[Content_Types].xml'] = ct.encode()
    files['word/document.xml'] = doc.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + [n for n in files if n not in zin.namelist()]:
            z.writestr(n, files[n])
    return out.getvalue()

def build_doc(sid, src, name, hdr, ftr):
    path = os.path.join(HERE, sid, src)
    if src.endswith('.html'):
        return open(path, 'rb').read()
    fmt = name.rsplit('.', 1)[1]
    tmp = os.path.join(BUILD, name)
    subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, '-o', tmp, path], check=True)
    data = open(tmp, 'rb').read()
    if fmt == 'docx' and (hdr or ftr):
        data = add_header_footer(data, hdr, ftr)
    return data

def main():
    os.makedirs(OUT, exist_ok=True); os.makedirs(BUILD, exist_ok=True)
    for sid, (kind, docs) in PLAN.items():
        members = [(name, build_doc(sid, src, name, h, f)) for src, name, h, f in docs]
        side = os.path.join(HERE, sid, 'Lapa_files')
        if os.path.isdir(side):
            for fn in sorted(os.listdir(side)):
                members.append(('Lapa_files/' + fn, open(os.path.join(side, fn), 'rb').read()))
        arc = os.path.join(OUT, f'{sid}.{kind}')
        if kind == 'zip':
            with zipfile.ZipFile(arc, 'w', zipfile.ZIP_DEFLATED) as z:
                for n, d in members:
                    z.writestr(n, d)
        else:
            with tarfile.open(arc, 'w:gz') as t:
                for n, d in members:
                    ti = tarfile.TarInfo(n); ti.size = len(d); ti.mtime = 1713340800
                    t.addfile(ti, io.BytesIO(d))
        print(arc, [n for n, _ in members])

if __name__ == '__main__':
    main()
