#!/usr/bin/env python3
"""Build Y01–Y16 archives from the Markdown/HTML sources in this folder.

Requires pandoc (tested with 2.17). DOCX/ODT are produced with
`pandoc -f markdown-smart+hard_line_breaks`; selected DOCX files get a page header/footer
injected by editing the OOXML package.
"""
import io, os, re, shutil, struct, subprocess, tarfile, tempfile, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'archives')
TMP = tempfile.mkdtemp(prefix='y_build_')

LAG_HDR = 'Biedrība “Cēsu rajona lauku partnerība” | SVVA stratēģija 2023–2027 | Rīcība 2.1. “Viedo ciemu attīstība”'
LAG_FTR = 'LEADER — Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'

# id: (archive type, folder inside archive or '', [(source, output name, header, footer)])
SPEC = {
    'Y01': ('zip', 'Zaubes_kopiena_pieteikums', [
        ('Y01/Projekta_iesniegums_Zaube.md', 'Projekta_iesniegums_Zaube.docx', LAG_HDR, LAG_FTR),
        ('Y01/Kopsapulces_protokols.md', 'Kopsapulces_protokols_2025-02-15.odt', None, None)]),
    'Y02': ('zip', '', [
        ('Y02/Iesniegums_Nitaure.md', 'Iesniegums_Nitaures_nakotne.docx',
         'Projekta iesnieguma veidlapa (2. redakcija, 2024) — aizpilda projekta iesniedzējs', LAG_FTR)]),
    'Y03': ('tar.gz', 'SIA_Piebalgas_medus_darbnica', [
        ('Y03/Projekta_pieteikums_SIA.md', 'Projekta_pieteikums.docx', None, None),
        ('Y03/Sadarbibas_ligums.md', 'Sadarbibas_ligums_ar_skolu.odt', None, None)]),
    'Y04': ('zip', '', [
        ('Y04/Projekta_iesniegums_Skujene.md', 'Projekta_iesniegums_Skujenes_ciems.docx',
         'LEADER | Eiropa investē lauku apvidos | Viedais ciems: kopīgi mērķi un nākotnes vīzija, inovatīvi risinājumi, iedzīvotāju kopa, atvērtība, resursi un atdeve',
         'Biedrība “Skujenes ciems”, reģ. Nr. 40008332160, Skujene, Skujenes pagasts, Cēsu novads')]),
    'Y05': ('zip', 'Taurenes_kopa', [
        ('Y05/Taurenes_Zinas_2025_marts.md', 'Taurenes_Zinas_2025_Nr1.odt', None, None),
        ('Y05/Atbalsta_vestule_parvalde.md', 'Atbalsta_vestule_Taurenes_pagasta_parvalde.docx', None, None)]),
    'Y06': ('zip', '', [('Y06/Lapa.html', 'Lapa.html', None, None)]),
    'Y07': ('tar.gz', 'Ramulu_kopiena', [
        ('Y07/Sarakste_ar_partneribu.md', 'Sarakste_ar_partneribu.docx', None, None),
        ('Y07/Pieteikuma_melnraksts.md', 'Pieteikuma_melnraksts_v2.odt', None, None)]),
    'Y08': ('zip', 'Straupes_laudis', [
        ('Y08/Iesniegums_Straupe.md', 'Iesniegums_Straupes_laudis.docx', LAG_HDR, LAG_FTR),
        ('Y08/Sadarbibas_ligums_Amatu_maja.md', 'Sadarbibas_ligums_Amatu_maja.odt', None, None)]),
    'Y09': ('tar.gz', 'Kaives_tautas_nams', [
        ('Y09/Projekta_iesniegums_Kaive.md', 'Projekta_iesniegums_Kaives_TN.docx',
         'Cēsu novada pašvaldība | Cēsu novada kultūras pārvalde | Kaives pagasta tautas nams', None),
        ('Y09/Darbibas_parskats_2024.md', 'Darbibas_parskats_2024_izvilkums.odt', None, None)]),
    'Y10': ('zip', '', [('Y10/Pieteikums_Marsneni.md', 'Pieteikums_Marsnenu_ciemam.docx', None, None)]),
    'Y11': ('zip', 'Stalbe_pielikumi', [
        ('Y11/Pasnovertejums_Stalbe.md', 'Pielikums_2_Pasnovertejums.docx', None,
         'Biedrība “Stalbes ciema kopiena” · Viedā ciema pašnovērtējums · 2025'),
        ('Y11/Stalbes_forums_protokols.md', 'Stalbes_forums_2025_protokols.odt', None, None)]),
    'Y12': ('zip', '', [
        ('Y12/Kopsapulces_protokols_Inesi.md', 'Kopsapulces_protokols_Nr2_2025.docx', None, None),
        ('Y12/Atbalsta_vestule_Vecpiebalga.md', 'Atbalsta_vestule_Piebalgas_lauku_sievietes.odt', None, None)]),
    'Y13': ('tar.gz', '', [('Y13/Ricibas_plans_2025_2027.md', 'Ricibas_plans_2025-2027.odt', None, None)]),
    'Y14': ('zip', 'Veselavas_muizas_laudis', [
        ('Y14/Projekta_iesniegums_Veselava.md', 'Projekta_iesniegums.docx', LAG_HDR, None),
        ('Y14/Sarakste.md', 'Sarakste_ar_partneribu_izdruka.odt', None, None)]),
    'Y15': ('zip', '', [('Y15/Iesniegums_Liepa.md', 'Iesniegums_Liepas_kopiena.odt', None, None)]),
    'Y16': ('zip', 'Raiskuma_jaunieshi', [
        ('Y16/Iesniegums_Raiskums.md', 'Iesniegums_Raiskuma_jauniesi.docx', None, None),
        ('Y16/Laika_bankas_afisa.md', 'Laika_bankas_afisa.odt', None, None)]),
}

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def part_xml(tag, text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')


def add_header_footer(data, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    rels = files['word/_rels/document.xml.rels'].decode()
    ct = files['[Content_Types].xml'].decode()
    doc = files['word/document.xml'].decode()
    refs = ''
    for kind, text in (('header', header), ('footer', footer)):
        if not text:
            continue
        rid = f'rIdY{kind}1'
        files[f'word/{kind}1.xml'] = part_xml('hdr' if kind == 'header' else 'ftr', text).encode()
        rels = rels.replace('</Relationships>',
                            f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
                            f'Id="{rid}" Target="{kind}1.xml" /></Relationships>')
        ct = ct.replace('</Types>',
                        f'<Override PartName="/word/{kind}1.xml" '
                        f'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" /></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}" />'
    assert '<w:sectPr />' in doc
    doc = doc.replace('<w:sectPr />', f'<w:sectPr>{refs}</w:sectPr>')
    files['word/_rels/document.xml.rels'] = rels.encode()
    files['[Content_Types].xml'] = ct.encode()
    files['word/document.xml'] = doc.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + [n for n in files if n not in zin.namelist()]:
            z.writestr(n, files[n])
    return out.getvalue()


def png(w=64, h=64):
    raw = b''
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            inside = (x - 32) ** 2 + (y - 32) ** 2 < 28 ** 2
            raw += bytes((24, 119, 242) if inside else (255, 255, 255))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def convert(src, name, header, footer):
    path = os.path.join(HERE, src)
    if name.endswith('.html'):
        return open(path, 'rb').read()
    out = os.path.join(TMP, name)
    subprocess.run(['pandoc', '-f', 'markdown-smart+hard_line_breaks', path, '-o', out], check=True)
    data = open(out, 'rb').read()
    if name.endswith('.docx') and (header or footer):
        data = add_header_footer(data, header, footer)
    return data


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    for sid, (kind, folder, docs) in SPEC.items():
        members = []
        for src, name, h, f in docs:
            members.append((name, convert(src, name, h, f)))
        if sid == 'Y06':
            side = os.path.join(HERE, 'Y06', 'Lapa_files')
            members.append(('Lapa_files/style.css', open(os.path.join(side, 'style.css'), 'rb').read()))
            members.append(('Lapa_files/script.js', open(os.path.join(side, 'script.js'), 'rb').read()))
            members.append(('Lapa_files/logo.png', png()))
        prefix = folder + '/' if folder else ''
        if kind == 'zip':
            path = os.path.join(OUT, sid + '.zip')
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                for name, data in members:
                    z.writestr(prefix + name, data)
        else:
            path = os.path.join(OUT, sid + '.tar.gz')
            with tarfile.open(path, 'w:gz') as t:
                for name, data in members:
                    info = tarfile.TarInfo(prefix + name)
                    info.size = len(data)
                    info.mtime = 1741000000
                    info.mode = 0o644
                    t.addfile(info, io.BytesIO(data))
        print(sid, os.path.basename(path), [m[0] for m in members])
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == '__main__':
    main()
