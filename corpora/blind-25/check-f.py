#!/usr/bin/env python3
"""Stdlib-only checker for the F-round blind test set.

Opens every archive in archives/ in memory (zipfile / tarfile), extracts the text of
DOCX (body + headers + footers + foot/endnotes), ODT (content.xml + header/footer
text from styles.xml) and HTML (body text; script/style/head skipped; side files
in *_files/ folders are not documents), then checks labels.json:
  * every submission has all 17 indicators labelled "present" or "absent";
  * every present indicator has >= 1 evidence string, and every evidence string occurs
    verbatim (whitespace-normalised) inside one text block (paragraph / cell) of
    that submission;
  * every absent indicator has a non-empty note.
Usage: python3 check.py            -> prints problems and a summary
       python3 check.py --stats    -> also prints word counts per document
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
              'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


# ---------- DOCX ----------
def docx_blocks_from_xml(data):
    root = ET.fromstring(data)
    blocks = []
    for p in root.iter(W + 'p'):
        parts = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                parts.append(el.text)
            elif el.tag == W + 'tab':
                parts.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                parts.append('\n')
        blocks.append(''.join(parts))
    return blocks


def docx_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    blocks = []
    order = ['word/document.xml'] + sorted(n for n in names if re.match(r'word/(header|footer)\d*\.xml$', n)) \
        + [n for n in ('word/footnotes.xml', 'word/endnotes.xml') if n in names]
    for n in order:
        if n in names:
            blocks += docx_blocks_from_xml(z.read(n))
    return blocks


# ---------- ODT ----------
def odt_text(el):
    out = []
    if el.text:
        out.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TEXT + 's':
            out.append(' ' * int(ch.get(TEXT + 'c', '1')))
        elif tag == TEXT + 'tab':
            out.append('\t')
        elif tag == TEXT + 'line-break':
            out.append('\n')
        elif tag in (TEXT + 'note',):
            pass
        else:
            out.append(odt_text(ch))
        if ch.tail:
            out.append(ch.tail)
    return ''.join(out)


def odt_blocks_from_xml(data):
    root = ET.fromstring(data)
    return [odt_text(el) for el in root.iter() if el.tag in (TEXT + 'p', TEXT + 'h')]


def odt_blocks(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    blocks = odt_blocks_from_xml(z.read('content.xml'))
    if 'styles.xml' in z.namelist():
        root = ET.fromstring(z.read('styles.xml'))
        STYLE = '{urn:oasis:names:tc:opendocument:xmlns:style:1.0}'
        for el in root.iter():
            if el.tag in (STYLE + 'header', STYLE + 'footer'):
                blocks += [odt_text(p) for p in el.iter() if p.tag in (TEXT + 'p', TEXT + 'h')]
    return blocks


# ---------- HTML ----------
class _H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
             'table', 'section', 'article', 'header', 'footer', 'blockquote', 'ul', 'ol', 'body'}
    SKIP = {'script', 'style', 'head', 'title', 'noscript'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.blocks, self.skip = [], [], 0

    def flush(self):
        if self.buf:
            self.blocks.append(''.join(self.buf))
            self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_blocks(data):
    h = _H()
    h.feed(data.decode('utf-8', errors='replace'))
    h.close()
    h.flush()
    return h.blocks


# ---------- archives ----------
def is_document(name):
    low = name.lower()
    if any(seg.endswith('_files') for seg in low.split('/')[:-1]):
        return None
    for ext, fn in (('.docx', docx_blocks), ('.odt', odt_blocks), ('.html', html_blocks), ('.htm', html_blocks)):
        if low.endswith(ext):
            return fn
    return None


def archive_members(path):
    if path.endswith('.zip'):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith('/'):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, 'r:gz') as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()


def submission_docs(path):
    """Return list of (member name, [normalised blocks])."""
    docs = []
    for name, data in archive_members(path):
        fn = is_document(name)
        if fn:
            blocks = [norm(b) for b in fn(data)]
            docs.append((name, [b for b in blocks if b]))
    return docs


def main():
    stats = '--stats' in sys.argv
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    n_ev = 0
    counts = {i: 0 for i in INDICATORS}
    for sid in sorted(k for k in labels if k.startswith('F')):
        lab = labels[sid]
        arc = os.path.join(HERE, 'archives', lab.get('archive', ''))
        if not os.path.isfile(arc):
            problems.append(f'{sid}: archive {lab.get("archive")} missing')
            continue
        docs = submission_docs(arc)
        if not docs:
            problems.append(f'{sid}: no readable documents')
        blocks = [b for _, bl in docs for b in bl]
        full = ' '.join(blocks)
        if stats:
            for name, bl in docs:
                print(f'  {sid} {name}: {len(" ".join(bl).split())} words')
        ind = lab.get('indicators', {})
        ev = lab.get('evidence', {})
        notes = lab.get('notes', {})
        if set(ind) != set(INDICATORS):
            problems.append(f'{sid}: indicator set wrong: missing {sorted(set(INDICATORS)-set(ind))}, extra {sorted(set(ind)-set(INDICATORS))}')
        for i in INDICATORS:
            v = ind.get(i)
            if v not in ('present', 'absent'):
                problems.append(f'{sid} {i}: bad value {v!r}')
                continue
            if v == 'present':
                counts[i] += 1
                lst = ev.get(i) or []
                if not lst:
                    problems.append(f'{sid} {i}: present but no evidence')
                for e in lst:
                    n_ev += 1
                    ne = norm(e)
                    if not any(ne in b for b in blocks):
                        where = 'spans blocks' if ne in full else 'NOT FOUND'
                        problems.append(f'{sid} {i}: evidence {where}: {e[:90]!r}')
            else:
                if not (notes.get(i) or '').strip():
                    problems.append(f'{sid} {i}: absent but no note')
                if ev.get(i):
                    problems.append(f'{sid} {i}: absent but has evidence')
        for k in ev:
            if k not in INDICATORS:
                problems.append(f'{sid}: evidence for unknown indicator {k}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(labels)} submissions, {n_ev} evidence strings checked')
    print('present per indicator: ' + ', '.join(f'{i}={counts[i]}' for i in INDICATORS))
    print(f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
