#!/usr/bin/env python3
"""Build DOCX/ODT from Markdown with pandoc, inject headers/footers, pack archives."""
import os, re, io, sys, shutil, subprocess, zipfile, tarfile, struct, zlib, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(ROOT), 'archives')
TARGZ = {'L03', 'L06', 'L10', 'L14'}
SUBDIR = {'L06': 'Madliena_pieteikums', 'L10': 'Krape', 'L07': 'Suntazi_iesniegums'}

HF = {  # docx file -> (header, footer)
 'L01/Projekta_iesniegums_Birzgale.docx': ('Biedrība "Lauku partnerība Zied zeme" · SVVA stratēģija 2023–2027 · Rīcība R2.1 "Viedie ciemi"',
    'Projektu līdzfinansē Eiropas Lauksaimniecības fonds lauku attīstībai (ELFLA) LEADER pieejas ietvaros. Eiropa investē lauku apvidos.'),
 'L04/Projekta_iesniegums_Jumprava.docx': ('Veidlapa apstiprināta biedrības "Lauku partnerība Zied zeme" valdes sēdē 2024. gada 12. decembrī', None),
 'L07/Projekta_iesniegums_Suntazi.docx': (None, 'Biedrība "Suntažu kopienas biedrība" · Skolas iela 3, Suntaži, Ogres novads · www.suntazukopiena.example.lv · LEADER – Eiropa investē lauku apvidos'),
 'L11/Projekta_iesniegums_Laubere.docx': ('Biedriba "Lauberes kopiena" | Lauberes pagasts, Ogres novads', 'ELFLA LEADER programma. Eiropa investe lauku apvidos.'),
 'L12/Iesniegums_Mazozoli.docx': ('Biedrība "Lauku partnerība Zied zeme" · SVVA stratēģija 2023.–2027. gadam',
    'Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos. LEADER projekts Nr. 25-07-AL32-A019.2201-000004'),
 'L14/Projekta_iesniegums_Ogresgals.docx': ('Projekta iesniegums rīcībai R2.1 "Viedie ciemi"',
    'Projekts tiek īstenots Latvijas Stratēģiskā plāna 2023.–2027. gadam LEADER pieejas ietvaros ar ELFLA atbalstu. Eiropa investē lauku apvidos.'),
}

def pre(md):
    # keep year-initial paragraphs ("2023. gadā …") from becoming ordered lists
    return re.sub(r'(?m)^(\d{4})\. ', r'\1\\. ', md)

def pandoc(src, dst):
    with open(src, encoding='utf-8') as f:
        md = pre(f.read())
    subprocess.run(['pandoc', '-f', 'markdown-smart-fancy_lists', '-o', dst], input=md.encode('utf-8'), check=True)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def add_hf(path, header, footer):
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    rels = items['word/_rels/document.xml.rels'].decode()
    ct = items['[Content_Types].xml'].decode()
    doc = items['word/document.xml'].decode()
    refs = ''
    for kind, text in (('header', header), ('footer', footer)):
        if not text:
            continue
        tag = 'hdr' if kind == 'header' else 'ftr'
        part = f'{kind}1.xml'
        items[f'word/{part}'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {ns}>'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>').encode()
        rid = f'rIdHF{kind}'
        rels = rels.replace('</Relationships>', f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{part}"/></Relationships>')
        ct = ct.replace('</Types>', f'<Override PartName="/word/{part}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    m = list(re.finditer(r'<w:sectPr\b[^>]*?(/?)>', doc))[-1]
    if m.group(1) == '/':
        doc = doc[:m.start()] + m.group(0)[:-2] + '>' + refs + '</w:sectPr>' + doc[m.end():]
    else:
        doc = doc[:m.end()] + refs + doc[m.end():]
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    items['word/_rels/document.xml.rels'] = rels.encode()
    items['[Content_Types].xml'] = ct.encode()
    items['word/document.xml'] = doc.encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in items.items():
            z.writestr(n, d)

def png(w=48, h=48, rgb=(59, 89, 152)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

CSS = 'body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}#header{background:#fff;padding:8px;border-bottom:1px solid #ddd}.post{background:#fff;margin:12px auto;padding:12px;border-radius:8px;max-width:680px}.date{color:#65676b;font-size:12px}.reactions{color:#65676b;font-size:13px}\n'
JS = '/* saved page helper */\nwindow.requireLazy=function(){};document.addEventListener("DOMContentLoaded",function(){var a=document.querySelectorAll(".post");for(var i=0;i<a.length;i++){a[i].setAttribute("data-ft","{}");}});\n'

def build():
    os.makedirs(OUT, exist_ok=True)
    for sid in sorted(d for d in os.listdir(ROOT) if re.match(r'L\d\d$', d)):
        sdir = os.path.join(ROOT, sid)
        tmp = tempfile.mkdtemp()
        files = []
        for fn in sorted(os.listdir(sdir)):
            src = os.path.join(sdir, fn)
            if fn.endswith('.md'):
                outname = fn[:-3]
                dst = os.path.join(tmp, outname)
                pandoc(src, dst)
                key = f'{sid}/{outname}'
                if key in HF:
                    add_hf(dst, *HF[key])
                files.append((outname, dst))
            elif fn.endswith('.html'):
                dst = os.path.join(tmp, fn)
                shutil.copy(src, dst)
                files.append((fn, dst))
                fdir = os.path.join(tmp, fn[:-5] + '_files')
                os.makedirs(fdir, exist_ok=True)
                for n, d in (('style.css', CSS.encode()), ('script.js', JS.encode()), ('logo.png', png())):
                    p = os.path.join(fdir, n)
                    with open(p, 'wb') as f:
                        f.write(d)
                    files.append((f'{fn[:-5]}_files/{n}', p))
        prefix = SUBDIR.get(sid, '')
        if sid in TARGZ:
            out = os.path.join(OUT, f'{sid}.tar.gz')
            with tarfile.open(out, 'w:gz') as t:
                for arc, p in files:
                    t.add(p, arcname=(prefix + '/' + arc) if prefix else arc)
        else:
            out = os.path.join(OUT, f'{sid}.zip')
            with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
                for arc, p in files:
                    z.write(p, (prefix + '/' + arc) if prefix else arc)
        shutil.rmtree(tmp)
        print('built', out)

if __name__ == '__main__':
    build()
