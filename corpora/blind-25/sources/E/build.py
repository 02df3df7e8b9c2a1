#!/usr/bin/env python3
"""Builds /work/blind25/E/archives/Exx.(zip|tar.gz) from the sources in this folder.
Requires pandoc (tested with 2.17). DOCX headers/footers are injected by editing the XML."""
import io, os, re, shutil, subprocess, tarfile, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'archives')

LAG_HDR = 'Biedrība „Kuldīgas partnerība” · SVVA stratēģija 2023–2027 · Projekta iesniegums, rīcība 2.2. „Viedie ciemi – kopienu iniciatīvas”'
LAG_FTR = 'Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos · LEADER · Kuldīgas partnerība'
NODIA = str.maketrans('āēīūčģķļņšžĀĒĪŪČĢĶĻŅŠŽ„”“', 'aeiucgklnszAEIUCGKLNSZ"""')

# (source, name inside archive, format, header, footer); the first document is the main one
SUBMISSIONS = {
 'E01': ('zip', [
   ('Projekta_iesniegums_Rendas_kopiena.md', 'Projekta_iesniegums_Rendas_kopiena.docx', 'docx',
    'Biedrība „Rendas kopiena” · „Pienotava”, Renda, Rendas pag., Kuldīgas nov., LV-3319 · rendas.kopiena@gmail.com', LAG_FTR),
   ('Kopsapulces_protokols_2024-09-14.md', 'Pielikums_1_Kopsapulces_protokols.odt', 'odt', None, None)]),
 'E02': ('tar.gz', [
   ('Iesniegums_Pelci.md', 'Iesniegums_Pelci.odt', 'odt', None, None),
   ('Lapa.html', 'Lapa.html', 'html', None, None)]),
 'E03': ('zip', [
   ('Projekta_iesniegums_Dziva_Nikrace.md', 'Projekta_iesniegums_Dziva_Nikrace.docx', 'docx', None, LAG_FTR),
   ('Sadarbibas_ligums.md', 'Pielikums_1_Sadarbibas_ligums.odt', 'odt', None, None),
   ('Atbalsta_vestule_majrazotaji.md', 'Pielikums_2_Atbalsta_vestule.docx', 'docx', None, None)]),
 'E04': ('zip', [
   ('Projekta_iesniegums_SIA_Ventas_loki.md', 'Projekta_iesniegums_SIA_Ventas_loki.docx', 'docx', LAG_HDR, LAG_FTR)]),
 'E05': ('zip', [
   ('Projekta_iesniegums_Kabile.md', 'Projekta_iesniegums_Kabile.odt', 'odt', None, None)]),
 'E06': ('zip', [
   ('Projekta_iesniegums_Snepele.md', 'Projekta_iesniegums_Snepele.docx', 'docx', LAG_HDR.translate(NODIA), LAG_FTR.translate(NODIA))]),
 'E07': ('zip', [
   ('Projekta_iesniegums_Rudbarzu_pamatskola.md', 'Projekta_iesniegums_Rudbarzu_pamatskola.docx', 'docx', LAG_HDR, LAG_FTR)]),
 'E08': ('tar.gz', [
   ('Turlavas_Vestis_2024_okt.md', 'Turlavas_Vestis_2024_Nr5.odt', 'odt', None, None),
   ('Pasnovertejums_Turlava.md', 'Pasnovertejums.docx', 'docx', None, None)]),
 'E09': ('zip', [
   ('Kopsapulces_protokols_Edoles_krasts.md', 'Kopsapulces_protokols_2024-10-05.odt', 'odt', None, None),
   ('Atbalsta_vestule_Ezermalas.md', 'Atbalsta_vestule_Ezermalas.docx', 'docx', None, None)]),
 'E10': ('zip', [
   ('Lapa.html', 'Lapa.html', 'html', None, None),
   ('Projekta_iesniegums_isais.md', 'Projekta_iesniegums_Alsungas_kopiena.docx', 'docx', LAG_HDR, LAG_FTR)]),
 'E11': ('zip', [
   ('Ricibas_plans_Varme_2025-2027.md', 'Ricibas_plans_2025-2027.docx', 'docx', 'Biedrība „Vārmes ciema ļaudis” · Rīcības plāns 2025.–2027. gadam', None),
   ('Projekta_iesniegums_Varme.md', 'Projekta_iesniegums_Varme.odt', 'odt', None, None)]),
 'E12': ('tar.gz', [
   ('Epasta_sarakste.html', 'Gmail - Re_ Projekta ideja.html', 'html', None, None),
   ('Projekta_iesniegums_Laidi.md', 'Projekta_iesniegums_melnraksts.odt', 'odt', None, None)]),
 'E13': ('zip', [
   ('Projekta_iesniegums_Kurmale.md', 'Projekta_iesniegums_Kurmale.docx', 'docx', LAG_HDR, LAG_FTR)]),
 'E14': ('zip', [
   ('Pasnovertejums_Gudenieki.md', 'Pasnovertejums_Gudenieku_saime.docx', 'docx', None, LAG_FTR),
   ('Iedzivotaju_sapulces_protokols.md', 'Iedzivotaju_sapulces_protokols.odt', 'odt', None, None)]),
 'E15': ('zip', [
   ('Projekta_iesniegums_Rumba.md', 'Projekta_iesniegums_Rumba.docx', 'docx', None, None)]),
 'E16': ('tar.gz', [
   ('Padures_Zinas_2024_4.html', 'Padures_Zinas_2024_Nr4.html', 'html', None, None),
   ('Sadarbibas_ligums_Padure.md', 'Sadarbibas_ligums.odt', 'odt', None, None)]),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def part(kind, text):
    tag = 'hdr' if kind == 'header' else 'ftr'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:{tag}>')

def add_header_footer(docx_bytes, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    refs, rels, types = '', '', ''
    if header:
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        rels += ('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/header" Target="header1.xml"/>')
        types += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.header+xml"/>')
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        rels += ('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/footer" Target="footer1.xml"/>')
        types += ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.footer+xml"/>')
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            s = data.decode('utf-8')
            if '<w:sectPr />' in s:
                s = s.replace('<w:sectPr />', '<w:sectPr>' + refs + '</w:sectPr>')
            else:
                s = re.sub(r'<w:sectPr([^>]*)>', lambda m: '<w:sectPr' + m.group(1) + '>' + refs, s, count=1)
            data = s.encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.decode('utf-8').replace('</Relationships>', rels + '</Relationships>').encode('utf-8')
        elif item.filename == '[Content_Types].xml':
            data = data.decode('utf-8').replace('</Types>', types + '</Types>').encode('utf-8')
        zout.writestr(item, data)
    if header:
        zout.writestr('word/header1.xml', part('header', header))
    if footer:
        zout.writestr('word/footer1.xml', part('footer', footer))
    zout.close()
    return out.getvalue()

def pandoc(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        dst = os.path.join(td, 'out.' + fmt)
        # a paragraph that starts with a year ("2023. gadā ...") must not become an ordered list
        text = re.sub(r'^(\d{1,4})\. (?=[a-zāēīūčģķļņšž])', r'\1\\. ', open(src, encoding='utf-8').read(), flags=re.M)
        tmp = os.path.join(td, 'in.md')
        open(tmp, 'w', encoding='utf-8').write(text)
        subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, tmp, '-o', dst], check=True)
        return open(dst, 'rb').read()

def build():
    os.makedirs(OUT, exist_ok=True)
    for sid, (kind, docs) in SUBMISSIONS.items():
        files = []  # (name, bytes)
        for src, name, fmt, hdr, ftr in docs:
            path = os.path.join(HERE, sid, src)
            if fmt in ('docx', 'odt'):
                data = pandoc(path, fmt)
                if fmt == 'docx' and (hdr or ftr):
                    data = add_header_footer(data, hdr, ftr)
            else:
                data = open(path, 'rb').read()
            files.append((name, data))
            side = os.path.join(HERE, sid, 'Lapa_files')
            if fmt == 'html' and src == 'Lapa.html' and os.path.isdir(side):
                for f in sorted(os.listdir(side)):
                    files.append(('Lapa_files/' + f, open(os.path.join(side, f), 'rb').read()))
        target = os.path.join(OUT, f'{sid}.{kind}')
        if kind == 'zip':
            with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
                for name, data in files:
                    z.writestr(name, data)
        else:
            with tarfile.open(target, 'w:gz') as t:
                for name, data in files:
                    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1728900000; ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(data))
        print(sid, target, [n for n, _ in files])

if __name__ == '__main__':
    build()
