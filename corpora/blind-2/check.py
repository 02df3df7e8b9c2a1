#!/usr/bin/env python3
"""Independent checker: extract text from archives/ (zip, tar.gz, 7z, nested zip),
read DOCX/ODT/HTML, verify every evidence sentence of labels.json occurs in a readable file."""
import os, re, sys, json, zipfile, tarfile, tempfile, subprocess, html
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
ROOT = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
IND = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]

def norm(s): return re.sub(r'\s+', ' ', s).strip()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n)]
    for n in names:
        root = ET.fromstring(z.read(n))
        for para in root.iter(W + 'p'):
            out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)

def odt_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in ('content.xml', 'styles.xml'):
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            if el.tag in (TXT + 'p', TXT + 'h'):
                out.append(''.join(el.itertext()))
    return '\n'.join(out)

class H(HTMLParser):
    def __init__(s): super().__init__(convert_charrefs=True); s.buf=[]; s.skip=0
    def handle_starttag(s, t, a):
        if t in ('script','style'): s.skip += 1
        if t in ('p','div','li','tr','td','th','h1','h2','h3','br'): s.buf.append('\n')
    def handle_endtag(s, t):
        if t in ('script','style'): s.skip -= 1
        if t in ('p','div','li','td','th','h1','h2','h3'): s.buf.append('\n')
    def handle_data(s, d):
        if not s.skip: s.buf.append(d)

def html_text(p):
    h = H(); h.feed(open(p, encoding='utf-8', errors='replace').read()); return ''.join(h.buf)

def extract_all(d, texts, unread):
    for dp, dn, fn in os.walk(d):
        for f in sorted(fn):
            p = os.path.join(dp, f); rel = os.path.relpath(p, d); ext = f.lower().rsplit('.', 1)[-1]
            try:
                if ext == 'zip':
                    sub = tempfile.mkdtemp(dir=d + '_x') if False else p + '_unz'
                    zipfile.ZipFile(p).extractall(sub); extract_all(sub, texts, unread)
                elif ext == 'docx': texts[rel] = docx_text(p)
                elif ext == 'odt': texts[rel] = odt_text(p)
                elif ext in ('html', 'htm'): texts[rel] = html_text(p)
                elif ext in ('css', 'js') or (ext == 'png' and '_files' in dp): pass
                else: unread.append(rel)
            except Exception as e:
                unread.append(rel + ' (' + type(e).__name__ + ')')

def unpack(arc, td):
    if arc.endswith('.zip'): zipfile.ZipFile(arc).extractall(td)
    elif arc.endswith('.tar.gz'): tarfile.open(arc).extractall(td)
    elif arc.endswith('.7z'): subprocess.run(['7z', 'x', '-o' + td, arc], check=True, stdout=subprocess.DEVNULL)

def main():
    labels = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'labels.json'), encoding='utf-8'))
    bad = 0
    for sid, L in labels.items():
        assert set(L['indicators']) == set(IND), sid
        arc = os.path.join(ROOT, 'archives', L['archive'])
        with tempfile.TemporaryDirectory() as td:
            unpack(arc, td); texts = {}; unread = []
            extract_all(td, texts, unread)
            alltext = {k: norm(v) for k, v in texts.items()}
            for ind, st in L['indicators'].items():
                evs = L['evidence'].get(ind, [])
                if st == 'present' and not evs:
                    print(sid, ind, 'present without evidence'); bad += 1
                if st == 'absent' and evs:
                    print(sid, ind, 'absent but has evidence'); bad += 1
                for e in evs:
                    if not any(norm(e) in t for t in alltext.values()):
                        print(sid, ind, 'NOT FOUND:', e[:80]); bad += 1
            print(sid, L['archive'], 'readable=%d' % len(texts), 'unreadable=%s' % unread)
    print('FAILURES', bad)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
