#!/usr/bin/env python3
"""Builds the J01..J16 submissions from sources/JNN and packs them into archives/."""
import io, os, re, subprocess, tarfile, zipfile, shutil, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SRC = os.path.join(ROOT, 'sources')
OUT = os.path.join(ROOT, 'archives')

LAG = 'Biedrība „Aizkraukles rajona partnerība” · Sabiedrības virzītas vietējās attīstības stratēģija 2023–2027'
EUFOOT = 'LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'

# sid -> list of (source file, output name, kind, header, footer)
PLAN = {
 'J01': [('Projekta_iesniegums_Zilukalns.md', 'Projekta_iesniegums_Zīļukalns_2024.docx', 'docx', LAG, EUFOOT),
         ('Atbalsta_vestule_pagasts.md', 'Atbalsta vēstule – Staburaga pagasta pārvalde.docx', 'docx', None, None)],
 'J02': [('Lejasmuizas_strategija_2024-2030.md', 'Lejasmuižas_stratēģija_2024-2030_izvilkums.odt', 'odt', None, None),
         ('Kopsapulces_protokols_2024-03-03.md', 'Kopsapulces protokols 2024-03-03.docx', 'docx', 'Lejasmuižas ciema padome', None)],
 'J03': [('Lapa.html', 'Lapa.html', 'copy', None, None), ('Lapa_files', 'Lapa_files', 'dir', None, None),
         ('Aptaujas_kopsavilkums.md', 'Aptaujas kopsavilkums 2023.docx', 'docx', None, None)],
 'J04': [('LEADER_pieteikums_Mezmala.md', 'LEADER_pieteikums_Mežmala_melnraksts.docx', 'docx', LAG, EUFOOT)],
 'J05': [('Blogs_viedais_ciems.html', 'vai-avotini-var-klut-par-viedo-ciemu.html', 'copy', None, None)],
 'J06': [('Pavadvestule.md', 'Pavadvēstule.docx', 'docx', None, None),
         ('Silinu_pagasta_zinas_2024_09.html', 'Siliņu_Pagasta_Ziņas_2024_09.html', 'copy', None, None)],
 'J07': [('Pasvertejums_un_resursi_Sils.md', 'Pielikums_2_pašvērtējums_resursi.docx', 'docx', LAG, EUFOOT)],
 'J08': [('Motivacijas_vestule_Dzervenaji.md', 'Motivacijas vestule Dzervenaji.docx', 'docx', None, None)],
 'J09': [('Valdes_sedes_protokols_5.md', 'Valdes_sēdes_protokols_Nr5_2024.odt', 'odt', None, None),
         ('Sadarbibas_memorands.md', 'Sadarbības memorands_Saulgrieži_skola_Vecpils koks.docx', 'docx', None, None)],
 'J10': [('abelkalni-blogs.html', 'abelkalnu-dienasgramata-par-abelem.html', 'copy', None, None),
         ('Atbalsta_vestule_Rozupes_pagasts.md', 'Atbalsta_vestule_Rozupes_pagasts.docx', 'docx', None, None)],
 'J11': [('Aptaujas_rezultati_2024.md', 'Aptaujas rezultāti 2024.docx', 'docx', None, None),
         ('Projekta_pieteikums_Smilgaji.md', 'Projekta_pieteikums_Smilgāji.odt', 'odt', None, None)],
 'J12': [('Ciema_Vestis_2024_novembris.html', 'Ciema_Vēstis_2024_novembris.html', 'copy', None, None)],
 'J13': [('Licupes_strategija_izvilkums.md', 'Līčupes_redzējums_2025-2031_izvilkums.odt', 'odt', None, None),
         ('Resursu_inventarizacija.md', 'Resursu inventarizācija.docx', 'docx', None, 'Līčupes ciema darba grupa, 2024')],
 'J14': [('Lapa.html', 'Lapa.html', 'copy', None, None), ('Lapa_files', 'Lapa_files', 'dir', None, None)],
 'J15': [('Iesnieguma_veidlapa_Vitoli.md', 'Iesnieguma_veidlapa_Vītolu_vārti.docx', 'docx', LAG, EUFOOT)],
 'J16': [('Pasvertejuma_tabula.md', 'Pašvērtējuma tabula.docx', 'docx', None, EUFOOT),
         ('Atbalsta_vestules.md', 'Atbalsta vēstules.docx', 'docx', None, None)],
}
TARGZ = {'J05', 'J09', 'J13'}

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def hf_xml(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(data, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    rels = files['word/_rels/document.xml.rels'].decode()
    ct = files['[Content_Types].xml'].decode()
    doc = files['word/document.xml'].decode()
    refs = ''
    for kind, text, rid in (('header', header, 'rIdHdrJ1'), ('footer', footer, 'rIdFtrJ1')):
        if not text:
            continue
        files[f'word/{kind}1.xml'] = hf_xml('hdr' if kind == 'header' else 'ftr', text).encode()
        rels = rels.replace('</Relationships>',
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/></Relationships>')
        ct = ct.replace('</Types>',
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    i = doc.rfind('<w:sectPr')
    j = doc.index('>', i) + 1
    doc = doc[:j] + refs + doc[j:]
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    files['word/document.xml'] = doc.encode()
    files['word/_rels/document.xml.rels'] = rels.encode()
    files['[Content_Types].xml'] = ct.encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            z.writestr(n, files[n])
        for n in files:
            if n not in zin.namelist():
                z.writestr(n, files[n])
    return buf.getvalue()

def pandoc(src, fmt):
    with tempfile.NamedTemporaryFile(suffix='.' + fmt, delete=False) as t:
        out = t.name
    subprocess.run(['/usr/bin/pandoc', '-f', 'markdown-smart', '-t', fmt, '-o', out, src], check=True)
    data = open(out, 'rb').read()
    os.unlink(out)
    return data

def main():
    os.makedirs(OUT, exist_ok=True)
    for sid, items in PLAN.items():
        members = []  # (name, bytes)
        for src, name, kind, hdr, ftr in items:
            p = os.path.join(SRC, sid, src)
            if kind in ('docx', 'odt'):
                data = pandoc(p, kind)
                if kind == 'docx' and (hdr or ftr):
                    data = add_header_footer(data, hdr, ftr)
                members.append((name, data))
            elif kind == 'copy':
                members.append((name, open(p, 'rb').read()))
            elif kind == 'dir':
                for f in sorted(os.listdir(p)):
                    members.append((f'{name}/{f}', open(os.path.join(p, f), 'rb').read()))
        for old in (f'{sid}.zip', f'{sid}.tar.gz'):
            if os.path.exists(os.path.join(OUT, old)):
                os.unlink(os.path.join(OUT, old))
        if sid in TARGZ:
            with tarfile.open(os.path.join(OUT, f'{sid}.tar.gz'), 'w:gz') as tf:
                for name, data in members:
                    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1714000000; ti.mode = 0o644
                    tf.addfile(ti, io.BytesIO(data))
        else:
            with zipfile.ZipFile(os.path.join(OUT, f'{sid}.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
                for name, data in members:
                    z.writestr(name, data)
        print(sid, [m[0] for m in members])

if __name__ == '__main__':
    main()
