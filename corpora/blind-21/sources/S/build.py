#!/usr/bin/env python3
"""Build S01-S16 archives from sources/Snn/*.md (name.ext.md -> pandoc) and *.html (+ *_files dirs)."""
import os, re, subprocess, shutil, zipfile, tarfile, struct, zlib, io, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'archives')
BUILD = os.path.join(HERE, '_build')
TAR = {'S02', 'S08', 'S11', 'S13'}
# header/footer boilerplate added to selected DOCX files
HF = {
 ('S01', 'Pieteikums_Kusa.docx'): ('Biedrība "Austrumvidzemes partnerība" | LEADER 2023–2027 | Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos',
                                   'Biedrība "Kusas ciema kopiena", Kusa, Aronas pagasts, Madonas novads, LV-4824 | Projekta iesniegums "Viedie ciemi"'),
 ('S07', 'Pieteikums_Susaji.docx'): ('LEADER programma 2023-2027 | Eiropas Lauksaimniecibas fonds lauku attistibai: Eiropa investe lauku apvidos',
                                    'Biedriba "Susaju kopiena" | Susaju pagasts, Balvu novads | Viedais ciems, kopiena, sadarbiba, inovacijas'),
 ('S12', 'Pasnovertejums_Berzpils.docx'): ('Viedā ciema pašnovērtējuma tabula – pielikums Nr. 3 projekta iesniegumam',
                                          'Atbalsta LEADER. Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'),
}

def png():
    raw = b''.join(b'\x00' + bytes([30, 90, 160]) * 16 for _ in range(16))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 16, 16, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def add_hf(path, head, foot):
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    zin = zipfile.ZipFile(path); files = {n: zin.read(n) for n in zin.namelist()}; zin.close()
    def part(tag, text):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:{tag}>').encode()
    files['word/header1.xml'] = part('hdr', head)
    files['word/footer1.xml'] = part('ftr', foot)
    rels = files['word/_rels/document.xml.rels'].decode()
    rels = rels.replace('</Relationships>',
        '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    files['word/_rels/document.xml.rels'] = rels.encode()
    ct = files['[Content_Types].xml'].decode()
    ct = ct.replace('</Types>',
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    files['[Content_Types].xml'] = ct.encode()
    doc = files['word/document.xml'].decode()
    refs = '<w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
    m = re.search(r'<w:sectPr[^>]*?(/?)>', doc)
    if m.group(1) == '/':
        doc = doc[:m.start()] + m.group(0)[:-2] + '>' + refs + '</w:sectPr>' + doc[m.end():]
    else:
        doc = doc[:m.end()] + refs + doc[m.end():]
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace('<w:document ', f'<w:document xmlns:r="{R}" ', 1)
    files['word/document.xml'] = doc.encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items(): z.writestr(n, d)

def main():
    shutil.rmtree(BUILD, ignore_errors=True); os.makedirs(OUT, exist_ok=True)
    for sid in sorted(d for d in os.listdir(HERE) if re.fullmatch(r'S\d\d', d)):
        src = os.path.join(HERE, sid); dst = os.path.join(BUILD, sid); os.makedirs(dst)
        for fn in sorted(os.listdir(src)):
            p = os.path.join(src, fn)
            if fn.endswith('.md'):
                target = fn[:-3]
                subprocess.run(['pandoc', '-f', 'markdown-smart', p, '-o', os.path.join(dst, target)], check=True)
                if (sid, target) in HF: add_hf(os.path.join(dst, target), *HF[(sid, target)])
            elif fn.endswith('.html'):
                shutil.copy(p, dst)
            elif os.path.isdir(p) and fn.endswith('_files'):
                fd = os.path.join(dst, fn); os.makedirs(fd)
                for f2 in os.listdir(p): shutil.copy(os.path.join(p, f2), fd)
                with open(os.path.join(fd, 'logo.png'), 'wb') as f: f.write(png())
        for ext in ('.zip', '.tar.gz'):
            if os.path.exists(os.path.join(OUT, sid + ext)): os.remove(os.path.join(OUT, sid + ext))
        if sid in TAR:
            with tarfile.open(os.path.join(OUT, sid + '.tar.gz'), 'w:gz') as t:
                for fn in sorted(os.listdir(dst)): t.add(os.path.join(dst, fn), arcname=fn)
        else:
            with zipfile.ZipFile(os.path.join(OUT, sid + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
                for base, _, fs in os.walk(dst):
                    for f in sorted(fs):
                        fp = os.path.join(base, f); z.write(fp, os.path.relpath(fp, dst))
        print(sid, 'ok')
if __name__ == '__main__': main()
