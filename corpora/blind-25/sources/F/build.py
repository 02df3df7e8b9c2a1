#!/usr/bin/env python3
"""Build the F-round blind test archives from Markdown/HTML sources.

Markdown -> DOCX/ODT with pandoc (-f markdown-smart, so quotes and dashes stay as typed).
Selected DOCX files get a page header/footer injected into the OOXML package.
Output: ../archives/Fxx.zip | Fxx.tar.gz
"""
import io, os, shutil, subprocess, tarfile, zipfile, re, time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'archives')
BUILD = os.path.join(HERE, '_build')

LAG_HDR = 'Biedrība „Rēzeknes rajona kopienu partnerība” · LEADER · Eiropa investē lauku apvidos'
ELFLA_FTR = 'LEADER · Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'

# (source, name inside archive, format, header, footer)
SUBMISSIONS = {
 'F01': ('zip', 'Sakstagala_kopiena/', [
    ('Pieteikums_Sakstagals.md', 'Pieteikums_Sakstagals.docx', 'docx', LAG_HDR,
     'Eiropas Lauksaimniecības fonds lauku attīstībai (ELFLA) · Pieteikuma veidlapa, 2025. gada redakcija'),
    ('Protokols_2024-11.md', 'Kopsapulces_protokols_2-2024.odt', 'odt', None, None)]),
 'F02': ('tar.gz', '', [
    ('Pieteikums_Gaigalava.md', 'Pieteikums_Gaigalava.docx', 'docx', None, None)]),
 'F03': ('zip', '', [
    ('Pieteikums_Luznavas_darzi.md', 'Pieteikums_SIA_Luznavas_darzi.docx', 'docx', None,
     'SIA „Lūznavas dārzi” · www.luznavasdarzi.lv · Svaigi dārzeņi no Latgales')]),
 'F04': ('zip', 'Dricanu_biblioteka/', [
    ('Ricibas_plans_Dricani.md', 'Ricibas_plans_2025-2026.odt', 'odt', None, None),
    ('Pavadvestule.md', 'Pavadvestule.docx', 'docx', None, None)]),
 'F05': ('zip', '', [
    ('Pieteikums_Deksares.md', 'Pieteikums_Deksares.docx', 'docx',
     'Biedriba "Deksares pagasta attistibai" - pieteikums VC-2025',
     'LEADER - Eiropa investe lauku apvidos')]),
 'F06': ('zip', '', [
    ('Pieteikums_Stolerova.md', 'Pieteikums_Stolerova.docx', 'docx', 'Veidlapa VC-1 (2025. gada redakcija)', None)]),
 'F07': ('zip', '', [
    ('Lapa.html', 'Lapa.html', 'html', None, None),
    ('Lapa_files/style.css', 'Lapa_files/style.css', 'copy', None, None),
    ('Lapa_files/script.js', 'Lapa_files/script.js', 'copy', None, None),
    ('Lapa_files/logo.png', 'Lapa_files/logo.png', 'copy', None, None)]),
 'F08': ('tar.gz', 'Kaunatas_ezerkrasts/', [
    ('Pieteikums_Kaunata.md', 'Pieteikums_Kaunata.odt', 'odt', None, None),
    ('Atbalsta_vestule_skola.md', 'Pielikums_1_Atbalsta_vestule.docx', 'docx', None,
     'Kaunatas pamatskola · Rāznas iela 12, Kaunata · tālr. 64 6 44 120'),
    ('Sadarbibas_ligums.md', 'Pielikums_2_Sadarbibas_ligums.odt', 'odt', None, None)]),
 'F09': ('zip', '', [
    ('Pieteikums_Berzgale.md', 'Pieteikums_Berzgale.docx', 'docx',
     'Pieteikums Nr. RRKP-2025/VC-09 · Biedrība „Bērzgales saime”', ELFLA_FTR),
    ('Protokols_2025-02.md', 'Kopsapulces_protokols_1-2025.odt', 'odt', None, None)]),
 'F10': ('tar.gz', 'Lendzu_saime/', [
    ('Lendzu_Vestis_2025_03.md', 'Lendzu_Vestis_2025_marts.docx', 'docx',
     'LENDŽU VĒSTIS · Biedrības „Lendžu saime” izdevums · Nr. 3 (27) · 2025. gada marts',
     'Izdevums sagatavots ar Rēzeknes novada pašvaldības atbalstu · Tirāža 350 eks. · Bez maksas'),
    ('Pavadvestule.md', 'Pavadvestule.odt', 'odt', None, None)]),
 'F11': ('zip', '', [
    ('Pasnovertejums_Feimani.md', 'Pasnovertejums_Feimani.docx', 'docx', None,
     'Biedrība „Feimaņu ezerzeme” · pašnovērtējums rīcībai „Viedie ciemi”'),
    ('Ricibas_plans_Feimani.md', 'Ricibas_plans_2025-2027.odt', 'odt', None, None)]),
 'F12': ('tar.gz', '', [
    ('Sarakste.html', 'Sarakste_ar_partneribu.html', 'html', None, None)]),
 'F13': ('zip', '', [
    ('Pieteikums_Nagli.md', 'Pieteikums_Nagli.odt', 'odt', None, None)]),
 'F14': ('zip', 'Rikava/', [
    ('Pieteikums_Rikava.md', 'Pieteikums_Rikavas_kopiena.docx', 'docx', ELFLA_FTR,
     'Projekts tiek īstenots ar ELFLA atbalstu LEADER pieejas ietvaros · Biedrība „Rikavas kopiena”')]),
 'F15': ('zip', '', [
    ('Kopsapulces_protokols_Ilzeskalns.md', 'Protokols_1-2025.odt', 'odt', None, None),
    ('Atbalsta_vestule_Ilzes_koks.md', 'Atbalsta_vestule_SIA_Ilzes_koks.docx', 'docx', None, None)]),
 'F16': ('zip', '', [
    ('Pieteikums_Radopole.md', 'Pieteikums_Radopole.docx', 'docx', None,
     'Biedrība „Radopoles ciems” · radopoles.ciems@inbox.lv'),
    ('Atbalsta_vestule_Vilanu_centrs.md', 'Atbalsta_vestule.odt', 'odt', None, None)]),
}

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def part(kind, text):
    tag = 'hdr' if kind == 'header' else 'ftr'
    style = 'Header' if kind == 'header' else 'Footer'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="{style}"/>'
            '<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>')


def add_header_footer(path, header, footer):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    ct = items['[Content_Types].xml'].decode('utf-8')
    rels = items['word/_rels/document.xml.rels'].decode('utf-8')
    doc = items['word/document.xml'].decode('utf-8')
    refs = ''
    for kind, text in (('header', header), ('footer', footer)):
        if not text:
            continue
        fname = f'{kind}1.xml'
        rid = f'rId{kind.capitalize()}1'
        items[f'word/{fname}'] = part(kind, text).encode('utf-8')
        ct = ct.replace('</Types>', f'<Override PartName="/word/{fname}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" /></Types>')
        rels = rels.replace('</Relationships>', f'<Relationship Type="{R}/{kind}" Id="{rid}" Target="{fname}" /></Relationships>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}" />'
    if '<w:sectPr />' in doc:
        doc = doc.replace('<w:sectPr />', f'<w:sectPr>{refs}</w:sectPr>')
    else:
        doc = re.sub(r'<w:sectPr([^>]*)>', lambda m: f'<w:sectPr{m.group(1)}>{refs}', doc, count=1)
    items['[Content_Types].xml'] = ct.encode('utf-8')
    items['word/_rels/document.xml.rels'] = rels.encode('utf-8')
    items['word/document.xml'] = doc.encode('utf-8')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Word writes it
        z.writestr('[Content_Types].xml', items.pop('[Content_Types].xml'))
        for n, b in items.items():
            z.writestr(n, b)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    for sid, (kind, prefix, docs) in SUBMISSIONS.items():
        bdir = os.path.join(BUILD, sid)
        os.makedirs(bdir, exist_ok=True)
        members = []
        for src, name, fmt, hdr, ftr in docs:
            s = os.path.join(HERE, sid, src)
            o = os.path.join(bdir, name)
            os.makedirs(os.path.dirname(o), exist_ok=True)
            if fmt in ('docx', 'odt'):
                subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', fmt, s, '-o', o], check=True)
                if fmt == 'docx' and (hdr or ftr):
                    add_header_footer(o, hdr, ftr)
            else:
                shutil.copyfile(s, o)
            members.append((o, prefix + name))
        for ext in ('zip', 'tar.gz'):
            p = os.path.join(OUT, f'{sid}.{ext}')
            if os.path.exists(p):
                os.remove(p)
        arc = os.path.join(OUT, f'{sid}.{kind}')
        if kind == 'zip':
            with zipfile.ZipFile(arc, 'w', zipfile.ZIP_DEFLATED) as z:
                for o, n in members:
                    z.write(o, n)
        else:
            with tarfile.open(arc, 'w:gz') as t:
                for o, n in members:
                    t.add(o, n)
        print(sid, os.path.basename(arc), [n for _, n in members])


if __name__ == '__main__':
    main()
