#!/usr/bin/env python3
"""Build the U01-U16 archives from Markdown/HTML sources (pandoc + stdlib)."""
import io, os, re, subprocess, tarfile, zipfile, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'archives')

HDR_STD = 'Biedrība „Jūrkante" · SVVA stratēģija 2023–2027 · Rīcība 2.1. „Viedo ciemu attīstība"'
FTR_STD = 'Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos. LEADER · Veidlapa v. 2024/1'

# id: (archive type, [(source, output name, format, header, footer)], [extra files/dirs])
M = {
 'U01': ('zip', [('Projekta_iesniegums.md', 'Projekta_iesniegums_Svetciems.docx', 'docx',
                  'Biedrība „Svētciema attīstībai" · Svētciems, Salacgrīvas pagasts, Limbažu novads', FTR_STD),
                 ('Kopsapulces_protokols.md', 'Kopsapulces_protokols_2024-03-09.odt', 'odt', None, None)], []),
 'U02': ('zip', [('Pieteikums_Ladezers.md', 'Pieteikums_Ladezera_ludis.odt', 'odt', None, None),
                 ('Atbalsta_vestule_skola.md', 'Atbalsta_vestule_Ladezera_pamatskola.docx', 'docx', None, None)], []),
 'U03': ('tgz', [('Epasti_Jurkante.md', 'Sarakste_ar_Jurkanti.docx', 'docx', None, None)], ['Lapa.html', 'Lapa_files']),
 'U04': ('zip', [('Iesniegums_Staicele.md', 'Iesniegums_Staiceles_kopiena.docx', 'docx', HDR_STD, FTR_STD),
                 ('Ricibas_plans.md', 'Ricibas_plans_ar_budzetu.odt', 'odt', None, None),
                 ('Atbalsta_vestule.md', 'Atbalsta_vestule_Staiceles_pamatskola.docx', 'docx', None, None)], []),
 'U05': ('zip', [('Projekta_pieteikums_Tujas_krasti.md', 'Projekta_pieteikums_SIA_Tujas_krasti.docx', 'docx',
                  'SIA „Tūjas krasti" · „Kāpu nams", Tūja, Liepupes pagasts, Limbažu novads', FTR_STD)], []),
 'U06': ('zip', [('Pieteikums_Katvari.md', 'Pieteikums_Katvaru_ezerzeme.docx', 'docx', HDR_STD, FTR_STD)], []),
 'U07': ('zip', [('Pieteikums_Puikule.md', 'pieteikums_puikule_final.docx', 'docx',
                  'Biedriba "Jurkante" - SVVA strategija 2023-2027',
                  'Eiropas Lauksaimniecibas fonds lauku attistibai: Eiropa investe lauku apvidos. LEADER')], []),
 'U08': ('tgz', [('Pasnovertejums_Vilzenu_pamatskola.md', 'Pasnovertejums_Vilzenu_pamatskola.docx', 'docx', None,
                  'Vilzēnu pamatskola · Skola – ciema sirds · Kopā veidojam viedu ciemu!'),
                 ('Pavadvestule.md', 'Pavadvestule.odt', 'odt', None, None)], []),
 'U09': ('zip', [('Umurgas_Vestis_2024_marts.md', 'Umurgas_Vestis_2024_03.odt', 'odt', None, None),
                 ('Kopsapulces_protokols_Umurga.md', 'Kopsapulces_protokols_2024-03-02.docx', 'docx', None, None)], []),
 'U10': ('tgz', [('Iesniegums_Pale.md', 'Iesniegums_Palesi.docx', 'docx', HDR_STD, FTR_STD)], ['Lapa.html', 'Lapa_files']),
 'U11': ('zip', [('Pieteikums_Ungurpils.md', 'Pieteikums_Ungurpils_laudis.odt', 'odt', None, None)], []),
 'U12': ('zip', [('Sarakste_Vilkene.md', 'Sarakste_Vilkene_izdruka.docx', 'docx', None, None)], []),
 'U13': ('zip', [('Iesniegums_Korgene.md', 'Iesniegums_Korgenes_krasts.docx', 'docx', HDR_STD, FTR_STD),
                 ('Partneribas_ligums.md', 'Partneribas_ligums_Treimani.odt', 'odt', None, None)], []),
 'U14': ('tgz', [('Ricibas_plans_Dunte.md', 'Ricibas_plans_2024-2026_Dunte.docx', 'docx', None,
                  'Biedrība „Duntes ciems" · Rīcības plāns 2024–2026 · LEADER'),
                 ('Kopsapulces_protokols_Dunte.md', 'Kopsapulces_protokols_2024-02-23.odt', 'odt', None, None)], []),
 'U15': ('zip', [('Projekta_iesniegums_Vidrizi.md', 'Projekta_iesniegums_Vidriznieki.docx', 'docx', HDR_STD, FTR_STD),
                 ('Pasnovertejums_Vidrizi.md', 'Pasnovertejums.odt', 'odt', None, None)], []),
 'U16': ('zip', [('Iesniegums_Mandegas.md', 'Iesniegums_Mandegu_kaimini.docx', 'docx', HDR_STD, FTR_STD)], []),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def part(kind, text):
    tag = 'w:hdr' if kind == 'header' else 'w:ftr'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<{tag} xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></{tag}>')

def add_hf(data, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    refs, rels, ct = '', '', ''
    if header:
        files['word/header1.xml'] = part('header', header).encode()
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        rels += '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    if footer:
        files['word/footer1.xml'] = part('footer', footer).encode()
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        rels += '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    doc = files['word/document.xml'].decode()
    m = list(re.finditer(r'<w:sectPr\b[^>]*?(/?)>', doc))[-1]
    if m.group(1):
        doc = doc[:m.start()] + '<w:sectPr>' + refs + '</w:sectPr>' + doc[m.end():]
    else:
        doc = doc[:m.end()] + refs + doc[m.end():]
    files['word/document.xml'] = doc.encode()
    r = files['word/_rels/document.xml.rels'].decode().replace('</Relationships>', rels + '</Relationships>')
    files['word/_rels/document.xml.rels'] = r.encode()
    c = files['[Content_Types].xml'].decode().replace('</Types>', ct + '</Types>')
    files['[Content_Types].xml'] = c.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + [n for n in files if n not in zin.namelist()]:
            z.writestr(n, files[n])
    return out.getvalue()

def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, 'o.' + fmt)
        subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, '-o', out, src], check=True)
        return open(out, 'rb').read()

def main():
    os.makedirs(OUT, exist_ok=True)
    for sid, (kind, docs, extra) in M.items():
        d = os.path.join(HERE, sid)
        members = []
        for src, name, fmt, h, f in docs:
            data = pandoc(os.path.join(d, src), fmt)
            if fmt == 'docx' and (h or f):
                data = add_hf(data, h, f)
            members.append((name, data))
        for e in extra:
            p = os.path.join(d, e)
            if os.path.isdir(p):
                for fn in sorted(os.listdir(p)):
                    members.append((e + '/' + fn, open(os.path.join(p, fn), 'rb').read()))
            else:
                members.append((e, open(p, 'rb').read()))
        for old in (sid + '.zip', sid + '.tar.gz'):
            if os.path.exists(os.path.join(OUT, old)):
                os.remove(os.path.join(OUT, old))
        if kind == 'zip':
            with zipfile.ZipFile(os.path.join(OUT, sid + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
                for n, b in members:
                    z.writestr(n, b)
        else:
            with tarfile.open(os.path.join(OUT, sid + '.tar.gz'), 'w:gz') as t:
                for n, b in members:
                    ti = tarfile.TarInfo(n); ti.size = len(b); ti.mtime = 1713600000
                    t.addfile(ti, io.BytesIO(b))
        print(sid, kind, [n for n, _ in members])

if __name__ == '__main__':
    main()
