#!/usr/bin/env python3
"""Build the 16 blind submissions M01-M16 from hand-written sources.
Markdown -> DOCX/ODT with pandoc (-f markdown-smart); some DOCX get a page header/footer
(LAG name, LEADER 2023-2027, 'Eiropa investē lauku apvidos') injected into the DOCX XML.
HTML files are hand-written; Facebook pages get a Lapa_files/ folder (css, js, png)."""
import os, io, re, struct, zlib, zipfile, tarfile, subprocess, shutil, time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'archives')
TMP = os.path.join(HERE, '_build')
HDR = 'Biedrība „Aizkraukles rajona partnerība" · LEADER 2023–2027 · Rīcība 2.1 „Viedo ciemu attīstība"'
FTR = 'Eiropa investē lauku apvidos · Eiropas Lauksaimniecības fonds lauku attīstībai'

def pandoc(src, dst):
    subprocess.run(['pandoc', '-f', 'markdown-smart', '-s', src, '-o', dst], check=True)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def add_header_footer(path):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(HDR)}</w:t></w:r></w:p></w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(FTR)}</w:t></w:r></w:p></w:ftr>'
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = items['word/document.xml'].decode('utf-8')
    refs = '<w:headerReference w:type="default" r:id="rIdMHdr"/><w:footerReference w:type="default" r:id="rIdMFtr"/>'
    if '<w:sectPr />' in doc or '<w:sectPr/>' in doc:
        doc = re.sub(r'<w:sectPr\s*/>', '<w:sectPr>' + refs + '</w:sectPr>', doc)
    else:
        doc = re.sub(r'(<w:sectPr\b[^>]*>)', r'\1' + refs, doc, count=1)
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    items['word/document.xml'] = doc.encode('utf-8')
    rels = items['word/_rels/document.xml.rels'].decode('utf-8')
    rels = rels.replace('</Relationships>',
        '<Relationship Id="rIdMHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdMFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    items['word/_rels/document.xml.rels'] = rels.encode('utf-8')
    ct = items['[Content_Types].xml'].decode('utf-8')
    ct = ct.replace('</Types>',
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    items['[Content_Types].xml'] = ct.encode('utf-8')
    items['word/header1.xml'] = hdr.encode('utf-8')
    items['word/footer1.xml'] = ftr.encode('utf-8')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)

def png(w, h, rgb1, rgb2):
    raw = b''
    for y in range(h):
        c = rgb1 if y < h * 2 // 3 else rgb2
        raw += b'\x00' + bytes(c) * w
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;color:#050505}
.topbar,.fbhead,#header-bar{background:#fff;height:56px;box-shadow:0 1px 2px rgba(0,0,0,.2);padding:0 16px;display:flex;align-items:center}
.post,article{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.cover,.cover-photo{width:100%;max-height:300px;object-fit:cover}
.reactions,footer,.post-foot{color:#65676b;font-size:13px}
"""
JS = """/* saved page bundle (trimmed) */
(function(){window.__fb_saved=true;document.addEventListener('DOMContentLoaded',function(){
var p=document.querySelectorAll('.post, article');for(var i=0;i<p.length;i++){p[i].setAttribute('data-i',i);}});})();
"""

# submission -> (archive type, [(source, output name, kind)], facebook assets)
PLAN = {
 'M01': ('zip', [('Pieteikums.md', 'Pieteikums_Berzaine.docx', 'docx+hf'), ('Protokols.md', 'Kopsapulces_protokols_2023-11-18.docx', 'docx'), ('Pasvertejums.md', 'Pasvertejums.odt', 'odt')], None),
 'M02': ('tar.gz', [('Pieteikums.md', 'Rudzati_pieteikums.odt', 'odt'), ('Ligums.md', 'Sadarbibas_ligums_skola.docx', 'docx')], None),
 'M03': ('zip', [('Lapa.html', 'Lapa.html', 'copy'), ('Gada_parskats.md', 'Gada_parskats_2023.docx', 'docx')], ('rsrc.css', 'bundle.js', 'cover.png')),
 'M04': ('zip', [('Eseja.md', 'Eseja_viedie_ciemi.docx', 'docx')], None),
 'M05': ('zip', [('Veidlapa.md', 'Iesnieguma_veidlapa.odt', 'odt')], None),
 'M06': ('zip', [('Pieteikums.md', 'Pieteikums_SIA.docx', 'docx+hf'), ('Cenradis.html', 'Cenradis.html', 'copy')], None),
 'M07': ('tar.gz', [('Protokols.md', 'Protokols_Nr1_2024.odt', 'odt'), ('Pielikums_resursi.html', 'Pielikums_resursi.html', 'copy')], None),
 'M08': ('zip', [('Vestis.md', 'Pilskalnes_Vestis_2024_02.docx', 'docx')], None),
 'M09': ('zip', [('Lapa.html', 'Lapa.html', 'copy')], ('fb_page.css', 'common.js', 'zeltkalne_cover.png')),
 'M10': ('zip', [('Sarakste.html', 'Sarakste_partneriba.html', 'copy')], None),
 'M11': ('zip', [('Pavadvestule.md', 'Pavadvestule.docx', 'docx'), ('Atbalsts_skola.md', 'Atbalsta_vestule_skola.odt', 'odt'), ('Atbalsts_Lietuva.md', 'Atbalsta_vestule_Zaliakalnis.docx', 'docx'), ('Ligums.md', 'Sadarbibas_ligums_LT.docx', 'docx')], None),
 'M12': ('zip', [('Parskats.md', 'Gada_parskats_2023.odt', 'odt')], None),
 'M13': ('zip', [('Pieteikums.md', 'Projekta_iesniegums.docx', 'docx+hf'), ('Pasvertejums.md', 'Pielikums_2_pasvertejums.docx', 'docx+hf')], None),
 'M14': ('zip', [('Lapa.html', 'Lapa.html', 'copy')], ('styles.css', 'page.js', 'bebri.png')),
 'M15': ('zip', [('Pasvertejums.md', 'Pasvertejums.odt', 'odt'), ('Pavadvestule.md', 'Vestule_partneribai.docx', 'docx')], None),
 'M16': ('tar.gz', [('Pieteikums.md', 'Pieteikums_Sece.odt', 'odt'), ('Protokols.html', 'Sapulces_protokols_2024-01-20.html', 'copy')], None),
}

def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.rmtree(TMP, ignore_errors=True)
    for sid, (atype, files, fb) in PLAN.items():
        d = os.path.join(TMP, sid); os.makedirs(d)
        members = []
        for src, name, kind in files:
            s = os.path.join(HERE, sid, src); t = os.path.join(d, name)
            if kind == 'copy':
                shutil.copy(s, t)
            else:
                pandoc(s, t)
                if kind == 'docx+hf':
                    add_header_footer(t)
            members.append((name, open(t, 'rb').read()))
        if fb:
            css, js, img = fb
            members += [('Lapa_files/' + css, CSS.encode()), ('Lapa_files/' + js, JS.encode()),
                        ('Lapa_files/' + img, png(64, 24, (66, 103, 178), (240, 242, 245)))]
        if atype == 'zip':
            p = os.path.join(OUT, sid + '.zip')
            with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
                for n, b in members:
                    zi = zipfile.ZipInfo(n, (2024, 3, 1, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
                    z.writestr(zi, b)
        else:
            p = os.path.join(OUT, sid + '.tar.gz')
            with tarfile.open(p, 'w:gz') as tf:
                for n, b in members:
                    ti = tarfile.TarInfo(n); ti.size = len(b); ti.mtime = 1709294400; ti.mode = 0o644
                    tf.addfile(ti, io.BytesIO(b))
        print(sid, os.path.basename(p), [n for n, _ in members])
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == '__main__':
    main()
