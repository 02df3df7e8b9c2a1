#!/usr/bin/env python3
"""Stdlib-only checker for the blind set E.

Opens every archive in archives/ in memory (zipfile / tarfile), extracts the text of
DOCX (body, headers, footers, footnotes), ODT (content.xml and styles.xml, where page
headers/footers live) and HTML (visible text, no <script>/<style>), and verifies labels.json:
  * every submission E01-E16 has an archive and all 17 indicators labelled present/absent;
  * every present indicator has >= 1 evidence string, each found verbatim (whitespace-normalised)
    in that submission's extracted text;
  * every absent indicator has a non-empty note.
With --words it also prints the word count of each submission's main document.
"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
              'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
MAIN = {  # main document of each submission (the one measured for length)
    'E01': 'Projekta_iesniegums_Rendas_kopiena.docx', 'E02': 'Iesniegums_Pelci.odt',
    'E03': 'Projekta_iesniegums_Dziva_Nikrace.docx', 'E04': 'Projekta_iesniegums_SIA_Ventas_loki.docx',
    'E05': 'Projekta_iesniegums_Kabile.odt', 'E06': 'Projekta_iesniegums_Snepele.docx',
    'E07': 'Projekta_iesniegums_Rudbarzu_pamatskola.docx', 'E08': 'Turlavas_Vestis_2024_Nr5.odt',
    'E09': 'Kopsapulces_protokols_2024-10-05.odt', 'E10': 'Lapa.html',
    'E11': 'Ricibas_plans_2025-2027.docx', 'E12': 'Gmail - Re_ Projekta ideja.html',
    'E13': 'Projekta_iesniegums_Kurmale.docx', 'E14': 'Pasnovertejums_Gudenieku_saime.docx',
    'E15': 'Projekta_iesniegums_Rumba.docx', 'E16': 'Padures_Zinas_2024_Nr4.html',
}

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def norm(s):
    return ' '.join(s.split())


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = ['word/document.xml'] + sorted(n for n in z.namelist()
                                           if re.match(r'word/(header|footer|footnotes)\d*\.xml$', n))
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


def _odt_inline(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == T + 's':
            buf.append(' ' * int(ch.get(T + 'c', '1')))
        elif ch.tag in (T + 'tab', T + 'line-break'):
            buf.append(' ')
        elif ch.tag in (T + 'note',):
            pass
        else:
            _odt_inline(ch, buf)
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
            if el.tag in (T + 'p', T + 'h'):
                buf = []
                _odt_inline(el, buf)
                out.append(''.join(buf))
    return '\n'.join(out)


class _HTML(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
             'header', 'footer', 'section', 'article', 'ul', 'ol', 'table', 'hr'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(data):
    p = _HTML()
    p.feed(data.decode('utf-8', errors='replace'))
    return ''.join(p.out)


def extract(name, data):
    low = name.lower()
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.odt'):
        return odt_text(data)
    if low.endswith(('.html', '.htm')) and '_files/' not in name:
        return html_text(data)
    return None  # side files (css, js, png) are not evidence


def read_archive(path):
    docs = {}
    if path.endswith('.zip'):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith('/'):
                    t = extract(n, z.read(n))
                    if t is not None:
                        docs[n] = t
    else:
        with tarfile.open(path, 'r:*') as t:
            for m in t.getmembers():
                if m.isfile():
                    tx = extract(m.name, t.extractfile(m).read())
                    if tx is not None:
                        docs[m.name] = tx
    return docs


def words(text):
    return len([w for w in text.split() if re.search(r'\w', w)])


def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    show_words = '--words' in sys.argv
    expected = [f'E{i:02d}' for i in range(1, 17)]
    for sid in expected:
        if sid not in labels:
            problems.append(f'{sid}: missing from labels.json')
    for sid, lab in sorted((k, v) for k, v in labels.items() if k.startswith('E')):
        arch = os.path.join(HERE, 'archives', lab.get('archive', ''))
        if not os.path.isfile(arch):
            problems.append(f'{sid}: archive {lab.get("archive")} not found')
            continue
        docs = read_archive(arch)
        if not docs:
            problems.append(f'{sid}: no readable documents')
        full = norm('\n'.join(docs.values()))
        ind, ev, notes = lab.get('indicators', {}), lab.get('evidence', {}), lab.get('notes', {})
        for k in INDICATORS:
            v = ind.get(k)
            if v not in ('present', 'absent'):
                problems.append(f'{sid} {k}: label is {v!r}')
                continue
            if v == 'present':
                if not ev.get(k):
                    problems.append(f'{sid} {k}: present but no evidence')
                for s in ev.get(k, []):
                    if norm(s) not in full:
                        problems.append(f'{sid} {k}: evidence not found: {s[:90]!r}')
            else:
                if not (notes.get(k) or '').strip():
                    problems.append(f'{sid} {k}: absent but no note')
                if ev.get(k):
                    problems.append(f'{sid} {k}: absent but has evidence')
        extra = set(ind) - set(INDICATORS)
        if extra:
            problems.append(f'{sid}: unknown indicators {sorted(extra)}')
        if show_words:
            main_name = MAIN.get(sid)
            n = words(docs[main_name]) if main_name in docs else None
            present = sum(1 for k in INDICATORS if ind.get(k) == 'present')
            print(f'{sid}  {lab["archive"]:<12} present={present:2d}  main={main_name}  words={n}')
    for p in problems:
        print('PROBLEM:', p)
    print(f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
