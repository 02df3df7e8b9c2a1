#!/usr/bin/env python3
"""Stdlib-only checker for the U blind set.

Opens every archive in memory, extracts the text of DOCX (body, headers, footers),
ODT (content.xml, styles.xml) and HTML (visible text, no script/style), and verifies
labels.json: all 17 indicators labelled, every evidence string occurs verbatim
(whitespace-normalised) in that submission's text, every absent indicator has a note.
Usage: python3 check.py [--words] [--dump UXX]
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def docx_part(xml):
    root = ET.fromstring(xml)
    paras = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                buf.append(el.text)
            elif el.tag in (W + 'tab',):
                buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        paras.append(''.join(buf))
    return '\n'.join(paras)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = [n for n in names if re.match(r'word/(header|footer)\d*\.xml$', n)]
    out = [docx_part(z.read('word/document.xml'))]
    out += [docx_part(z.read(n)) for n in sorted(parts)]
    return '\n'.join(out)


def odt_block(el):
    buf = []
    def walk(e):
        if e.tag == T + 's':
            buf.append(' ' * int(e.get(T + 'c', '1')))
        elif e.tag == T + 'tab':
            buf.append('\t')
        elif e.tag == T + 'line-break':
            buf.append('\n')
        elif e.text:
            buf.append(e.text)
        for c in e:
            if c.tag in (T + 'p', T + 'h'):
                continue
            walk(c)
            if c.tail:
                buf.append(c.tail)
    walk(el)
    return ''.join(buf)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ('content.xml', 'styles.xml'):
        if n in z.namelist():
            root = ET.fromstring(z.read(n))
            for el in root.iter():
                if el.tag in (T + 'p', T + 'h'):
                    out.append(odt_block(el))
    return '\n'.join(out)


class _H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'tr', 'td', 'th', 'section', 'article', 'span', 'title'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in self.BLOCK:
            self.buf.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.buf.append('\n')

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode('utf-8', 'replace'))
    return ''.join(h.buf)


def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        return [(n, z.read(n)) for n in z.namelist() if not n.endswith('/')]
    with tarfile.open(path, 'r:gz') as t:
        return [(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile()]


def extract(path):
    docs = {}
    for name, data in members(path):
        low = name.lower()
        if '_files/' in low:
            continue  # side files of a saved web page are not evidence
        if low.endswith('.docx'):
            docs[name] = docx_text(data)
        elif low.endswith('.odt'):
            docs[name] = odt_text(data)
        elif low.endswith(('.html', '.htm')):
            docs[name] = html_text(data)
    return docs


def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    if '--dump' in sys.argv:
        sid = sys.argv[sys.argv.index('--dump') + 1]
        for n, t in extract(os.path.join(HERE, 'archives', labels[sid]['archive'])).items():
            print('=====', n); print(t)
        return
    for sid in sorted(k for k in labels if k.startswith('U')):
        L = labels[sid]
        path = os.path.join(HERE, 'archives', L['archive'])
        if not os.path.exists(path):
            problems.append(f'{sid}: archive {L["archive"]} missing'); continue
        docs = extract(path)
        if not docs:
            problems.append(f'{sid}: no readable documents')
        full = norm('\n'.join(docs.values()))
        if '--words' in sys.argv:
            for n, t in docs.items():
                print(f'{sid}\t{n}\t{len(t.split())}')
        inds = L.get('indicators', {})
        for i in IND:
            st = inds.get(i)
            if st not in ('present', 'absent'):
                problems.append(f'{sid} {i}: not labelled present/absent ({st!r})'); continue
            ev = L.get('evidence', {}).get(i, [])
            if st == 'present':
                if not ev:
                    problems.append(f'{sid} {i}: present but no evidence')
                for e in ev:
                    if norm(e) not in full:
                        problems.append(f'{sid} {i}: evidence not found: {e[:70]}')
            else:
                if ev:
                    problems.append(f'{sid} {i}: absent but has evidence')
                if not L.get('notes', {}).get(i, '').strip():
                    problems.append(f'{sid} {i}: absent without note')
        extra = set(inds) - set(IND)
        if extra:
            problems.append(f'{sid}: unknown indicators {sorted(extra)}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(labels)} submissions checked, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
