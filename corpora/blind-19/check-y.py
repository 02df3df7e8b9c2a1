#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only).

For every submission ID starting with "Y": open the archive in memory, extract
the text of DOCX (body, headers, footers), ODT (content.xml and styles.xml)
and HTML (without script/style) files, then check that
  * all 17 indicators are labelled "present" or "absent",
  * every present indicator has at least one evidence string and every
    evidence string occurs verbatim (whitespace-normalised) in the text,
  * every absent indicator has a note.
Usage: python3 check.py [--dump ID] [--words]
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
              'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TEXT_NS = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
BLOCK_TAGS = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'br',
              'article', 'section', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'title', 'time'}


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = ['word/document.xml'] + sorted(n for n in z.namelist()
                                           if re.match(r'word/(header|footer)\d*\.xml$', n))
    out = []
    for name in parts:
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + 'p'):
            buf = []
            for el in p.iter():
                if el.tag == W + 't' and el.text:
                    buf.append(el.text)
                elif el.tag in (W + 'tab', W + 'br', W + 'cr'):
                    buf.append(' ')
            out.append(''.join(buf))
    return '\n'.join(out)


def _odt_para(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == TEXT_NS + 's':
            buf.append(' ' * int(ch.get(TEXT_NS + 'c', '1')))
        elif ch.tag in (TEXT_NS + 'tab', TEXT_NS + 'line-break'):
            buf.append(' ')
        elif ch.tag in (TEXT_NS + 'note',):
            pass
        else:
            _odt_para(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in ('content.xml', 'styles.xml'):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))
        for el in root.iter():
            if el.tag in (TEXT_NS + 'p', TEXT_NS + 'h'):
                buf = []
                _odt_para(el, buf)
                out.append(''.join(buf))
    return '\n'.join(out)


class _HTML(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.out.append('\n')

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(data):
    p = _HTML()
    p.feed(data.decode('utf-8', 'replace'))
    return ''.join(p.out)


def members(path):
    """Yield (name, bytes) of every regular file in a zip or tar.gz archive, in memory."""
    data = open(path, 'rb').read()
    if path.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            if not n.endswith('/'):
                yield n, z.read(n)
    else:
        with tarfile.open(fileobj=io.BytesIO(data), mode='r:*') as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def extract(path):
    docs = []
    for name, data in members(path):
        low = name.lower()
        if low.endswith('.docx'):
            docs.append((name, docx_text(data)))
        elif low.endswith('.odt'):
            docs.append((name, odt_text(data)))
        elif low.endswith(('.html', '.htm')):
            docs.append((name, html_text(data)))
    return docs


def norm(s):
    return ' '.join(s.split())


def main(argv):
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    if '--dump' in argv:
        sid = argv[argv.index('--dump') + 1]
        for name, text in extract(os.path.join(HERE, 'archives', labels[sid]['archive'])):
            print('=====', name)
            print(text)
        return 0
    problems = []
    words = {}
    for sid in sorted(k for k in labels if k.startswith('Y')):
        sub = labels[sid]
        path = os.path.join(HERE, 'archives', sub.get('archive', ''))
        if not os.path.isfile(path):
            problems.append(f'{sid}: archive {sub.get("archive")} not found')
            continue
        docs = extract(path)
        words[sid] = [(n, len(t.split())) for n, t in docs]
        full = norm('\n'.join(t for _, t in docs))
        ind = sub.get('indicators', {})
        ev = sub.get('evidence', {})
        notes = sub.get('notes', {})
        for c in INDICATORS:
            v = ind.get(c)
            if v not in ('present', 'absent'):
                problems.append(f'{sid} {c}: label missing or invalid ({v!r})')
                continue
            if v == 'present':
                if not ev.get(c):
                    problems.append(f'{sid} {c}: present but no evidence')
                for e in ev.get(c, []):
                    if norm(e) not in full:
                        problems.append(f'{sid} {c}: evidence not found: {e[:90]!r}')
            else:
                if not str(notes.get(c, '')).strip():
                    problems.append(f'{sid} {c}: absent but no note')
        for c in list(ind) + list(ev) + list(notes):
            if c not in INDICATORS:
                problems.append(f'{sid}: unknown indicator id {c!r}')
        for c in ev:
            if ind.get(c) == 'absent' and ev[c]:
                problems.append(f'{sid} {c}: evidence given for an absent indicator')
    if '--words' in argv:
        for sid, ws in words.items():
            print(sid, ws)
    for p in problems:
        print('PROBLEM', p)
    n = len([k for k in labels if k.startswith('Y')])
    print(f'checked {n} submissions, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
