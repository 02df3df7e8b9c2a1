#!/usr/bin/env python3
"""Builds submissions from annotated sources.
Annotated files: sources/_generator/annot/AXX/<target name>.md  (-> docx/odt via pandoc)
                 sources/_generator/annot/AXX/<name>.html         (copied)
Marker syntax inside text: ⟦C4.1 C4.3:: sentence⟧ -> sentence is evidence for the listed IDs.
Labels (present/absent, notes) are hand-written in meta.py; the build only cross-checks them.
"""
import os, re, io, json, shutil, subprocess, zipfile, tarfile, struct, zlib, sys
sys.path.insert(0, os.path.dirname(__file__))
from meta import META, IDS
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
ANNOT = os.path.join(ROOT, 'sources', '_generator', 'annot')
MARK = re.compile(r'⟦([^⟧]*?)::\s*(.*?)⟧', re.S)

def tiny_png():
    raw = b''.join(b'\x00' + bytes([40, 110, 60]) * 8 for _ in range(8))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 8, 8, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

def add_header_footer(path, header, footer):
    zin = zipfile.ZipFile(path); files = {n: zin.read(n) for n in zin.namelist()}; zin.close()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    def part(tag, text):
        esc = text.replace('&', '&amp;').replace('<', '&lt;')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {ns}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc}</w:t></w:r></w:p></w:{tag}>').encode()
    files['word/header1.xml'] = part('hdr', header)
    files['word/footer1.xml'] = part('ftr', footer)
    ct = files['[Content_Types].xml'].decode()
    ct = ct.replace('</Types>',
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    files['[Content_Types].xml'] = ct.encode()
    rels = files['word/_rels/document.xml.rels'].decode()
    rels = rels.replace('</Relationships>',
        '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    files['word/_rels/document.xml.rels'] = rels.encode()
    doc = files['word/document.xml'].decode()
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    refs = '<w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
    if re.search(r'<w:sectPr\s*/>', doc):
        doc = re.sub(r'<w:sectPr\s*/>', f'<w:sectPr>{refs}</w:sectPr>', doc, count=1)
    elif '<w:sectPr' in doc:
        doc = re.sub(r'<w:sectPr(\s[^>]*[^/])?>', lambda m: m.group(0) + refs, doc, count=1)
    else:
        doc = doc.replace('</w:body>', f'<w:sectPr>{refs}</w:sectPr></w:body>')
    files['word/document.xml'] = doc.encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)

def main():
    labels = {}; problems = []
    build = os.path.join(ROOT, 'sources', '_generator', '_build'); shutil.rmtree(build, ignore_errors=True)
    for sid in sorted(META):
        m = META[sid]; src_dir = os.path.join(ANNOT, sid); out_src = os.path.join(ROOT, 'sources', sid)
        shutil.rmtree(out_src, ignore_errors=True); os.makedirs(out_src)
        stage = os.path.join(build, sid); os.makedirs(stage)
        evidence = {}
        for fn in sorted(os.listdir(src_dir)):
            text = open(os.path.join(src_dir, fn), encoding='utf-8').read()
            for ids, sent in MARK.findall(text):
                sent = ' '.join(sent.split())
                for i in ids.split():
                    if i not in IDS: problems.append(f'{sid}: bad id {i}')
                    evidence.setdefault(i, []).append(sent)
            clean = MARK.sub(lambda mm: mm.group(2), text)
            if '⟦' in clean or '⟧' in clean: problems.append(f'{sid}/{fn}: unbalanced marker')
            open(os.path.join(out_src, fn), 'w', encoding='utf-8').write(clean)
            if fn.endswith('.md'):
                target = fn[:-3]; ext = target.rsplit('.', 1)[1]
                tmp = os.path.join(stage, '_tmp.md'); open(tmp, 'w', encoding='utf-8').write(clean)
                subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', ext, tmp, '-o', os.path.join(stage, target)], check=True)
                os.remove(tmp)
                if target in m.get('hf', {}):
                    h, f = m['hf'][target]; add_header_footer(os.path.join(stage, target), h, f)
            elif fn.endswith('.html'):
                open(os.path.join(stage, fn), 'w', encoding='utf-8').write(clean)
                if fn == 'Lapa.html':
                    d = os.path.join(stage, 'Lapa_files'); os.makedirs(d)
                    open(os.path.join(d, 'style.css'), 'w').write('body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5}\n.post{background:#fff;margin:12px auto;max-width:640px;padding:12px;border-radius:8px}\n.meta{color:#65676b;font-size:12px}\n')
                    open(os.path.join(d, 'bundle.js'), 'w').write('/* saved page script */\nwindow.__fb_saved=true;\n')
                    open(os.path.join(d, 'profile.png'), 'wb').write(tiny_png())
        # consistency of hand labels vs markers
        present = set(m['present'])
        if set(evidence) != present:
            problems.append(f'{sid}: marked {sorted(set(evidence))} != present {sorted(present)}')
        for i in present & set(m.get('notes', {})):
            problems.append(f'{sid}: note for present {i}')
        arch = sid + ('.tar.gz' if m.get('tar') else '.zip'); ap = os.path.join(ROOT, 'archives', arch)
        if os.path.exists(ap): os.remove(ap)
        prefix = m.get('folder', '')
        if m.get('tar'):
            with tarfile.open(ap, 'w:gz') as t:
                for dp, _, fns in os.walk(stage):
                    for f in sorted(fns):
                        full = os.path.join(dp, f); t.add(full, arcname=os.path.join(prefix, os.path.relpath(full, stage)))
        else:
            with zipfile.ZipFile(ap, 'w', zipfile.ZIP_DEFLATED) as z:
                for dp, _, fns in os.walk(stage):
                    for f in sorted(fns):
                        full = os.path.join(dp, f); z.write(full, os.path.join(prefix, os.path.relpath(full, stage)))
        labels[sid] = {'name': m['name'], 'archive': arch,
                       'indicators': {i: ('present' if i in present else 'absent') for i in IDS},
                       'evidence': {i: evidence[i] for i in IDS if i in evidence},
                       'notes': m.get('notes', {})}
    json.dump(labels, open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    shutil.rmtree(build, ignore_errors=True)
    for p in problems: print('PROBLEM', p)
    print('built', len(labels), 'submissions;', len(problems), 'problems')

if __name__ == '__main__':
    main()
