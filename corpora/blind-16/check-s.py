#!/usr/bin/env python3
"""Verify the blind test set: every evidence string must occur verbatim (after
whitespace normalisation) in the text extracted from its archive; every
indicator must be labelled; every absent indicator must have a note.
Standard library only; archives are read in memory."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
              'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def docx_part_text(xml):
    root = ET.fromstring(xml)
    out = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                buf.append(el.text)
            elif el.tag == W + 'tab':
                buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        out.append(''.join(buf))
    return '\n'.join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = ['word/document.xml'] + sorted(n for n in names if re.match(r'word/(header|footer|footnotes|endnotes)\d*\.xml$', n))
    return '\n'.join(docx_part_text(z.read(n)) for n in parts if n in names)


def odt_node_text(el):
    buf = [el.text or '']
    for ch in el:
        if ch.tag == TEXT + 's':
            buf.append(' ' * int(ch.get(TEXT + 'c', '1')))
        elif ch.tag == TEXT + 'tab':
            buf.append('\t')
        elif ch.tag == TEXT + 'line-break':
            buf.append('\n')
        elif ch.tag in (TEXT + 'p', TEXT + 'h'):
            buf.append('\n' + odt_node_text(ch) + '\n')
        elif ch.tag == TEXT + 'note':
            buf.append(' ')
        else:
            buf.append(odt_node_text(ch))
        buf.append(ch.tail or '')
    return ''.join(buf)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ('styles.xml', 'content.xml'):
        if n not in z.namelist():
            continue
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            if el.tag in (TEXT + 'p', TEXT + 'h'):
                out.append(odt_node_text(el))
    return '\n'.join(out)


class _H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'title', 'section', 'article'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        elif tag in self.BLOCK:
            self.buf.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.buf.append('\n')

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    h = _H()
    h.feed(data.decode('utf-8', 'replace'))
    h.close()
    return ''.join(h.buf)


def archive_members(path):
    if path.endswith('.zip'):
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith('/')}
    with tarfile.open(path, 'r:gz') as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def extract(members):
    texts = {}
    for n, b in members.items():
        low = n.lower()
        if low.endswith('.docx'):
            texts[n] = docx_text(b)
        elif low.endswith('.odt'):
            texts[n] = odt_text(b)
        elif low.endswith(('.html', '.htm')):
            texts[n] = html_text(b)
    return texts


def main():
    problems = []
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    expected = ['S%02d' % i for i in range(1, 17)]
    for sid in expected:
        if sid not in labels:
            problems.append('%s: missing from labels.json' % sid)
    counts = {i: 0 for i in INDICATORS}
    n_ev = 0
    for sid in sorted(labels):
        lab = labels[sid]
        path = os.path.join(HERE, 'archives', lab.get('archive', ''))
        if not os.path.isfile(path):
            problems.append('%s: archive %s not found' % (sid, lab.get('archive')))
            continue
        members = archive_members(path)
        texts = extract(members)
        if not 1 <= len(texts) <= 3:
            problems.append('%s: %d documents (expected 1-3)' % (sid, len(texts)))
        for n in members:
            if os.path.basename(n) == 'Lapa.html':
                d = n[:-5] + '_files/'
                have = [m for m in members if m.startswith(d)]
                for ext in ('.css', '.js', '.png'):
                    if not any(m.endswith(ext) for m in have):
                        problems.append('%s: %s lacks a %s file' % (sid, d, ext))
        alltext = norm('\n'.join(texts.values()))
        ind = lab.get('indicators', {})
        ev = lab.get('evidence', {})
        notes = lab.get('notes', {})
        for i in INDICATORS:
            st = ind.get(i)
            if st not in ('present', 'absent'):
                problems.append('%s %s: no valid label (%r)' % (sid, i, st))
                continue
            if st == 'present':
                counts[i] += 1
                if not ev.get(i):
                    problems.append('%s %s: present but no evidence' % (sid, i))
                if i in notes:
                    problems.append('%s %s: present but has an absence note' % (sid, i))
            else:
                if not str(notes.get(i, '')).strip():
                    problems.append('%s %s: absent without a note' % (sid, i))
                if ev.get(i):
                    problems.append('%s %s: absent but has evidence' % (sid, i))
        for k in list(ind) + list(ev) + list(notes):
            if k not in INDICATORS:
                problems.append('%s: unknown indicator id %s' % (sid, k))
        for i, sents in ev.items():
            for s in sents:
                n_ev += 1
                if norm(s) not in alltext:
                    problems.append('%s %s: evidence not found verbatim: %s' % (sid, i, s[:90]))
    print('Submissions: %d, evidence strings checked: %d' % (len(labels), n_ev))
    print('Present per indicator: ' + ', '.join('%s=%d' % (i, counts[i]) for i in INDICATORS))
    for p in problems:
        print('PROBLEM:', p)
    print('%d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
