#!/usr/bin/env python3
"""Stdlib-only checker for the blind test set L.

Opens every archive in memory (zipfile/tarfile), extracts the text of DOCX (body,
headers, footers), ODT (content + styles) and HTML (side files in *_files/ ignored),
and verifies against labels.json that
  * every submission has all 17 indicators labelled present/absent,
  * every present indicator has >=1 evidence string, each occurring verbatim
    (whitespace-normalised) in that submission's extracted text,
  * every absent indicator has a non-empty note,
  * the archive exists.
Also prints word counts of each document.
"""
import io, json, os, re, sys, zipfile, tarfile, html
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4",
       "C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def docx_part(xml):
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
    parts = ['word/document.xml'] + sorted(n for n in z.namelist()
                                           if re.match(r'word/(header|footer)\d*\.xml$', n))
    return '\n'.join(docx_part(z.read(n)) for n in parts)

def odt_inline(el):
    buf = [el.text or '']
    for ch in el:
        if ch.tag == T + 's':
            buf.append(' ' * int(ch.get(T + 'c', '1')))
        elif ch.tag == T + 'tab':
            buf.append('\t')
        elif ch.tag == T + 'line-break':
            buf.append('\n')
        elif ch.tag not in (T + 'p', T + 'h'):
            buf.append(odt_inline(ch))
        buf.append(ch.tail or '')
    return ''.join(buf)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for part in ('content.xml', 'styles.xml'):
        if part in z.namelist():
            for el in ET.fromstring(z.read(part)).iter():
                if el.tag in (T + 'p', T + 'h'):
                    out.append(odt_inline(el))
    return '\n'.join(out)

def html_text(data):
    s = data.decode('utf-8', 'replace')
    s = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', ' ', s)
    s = re.sub(r'(?is)<head\b.*?</head\s*>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|div|h\d|li|tr|td|th)>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)

def members(path):
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

def docs(path):
    out = {}
    for n, data in members(path):
        low = n.lower()
        if '_files/' in n.replace('\\', '/'):
            continue  # saved-page side files are not evidence
        if low.endswith('.docx'):
            out[n] = docx_text(data)
        elif low.endswith('.odt'):
            out[n] = odt_text(data)
        elif low.endswith(('.html', '.htm')):
            out[n] = html_text(data)
    return out

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    for sid in sorted(k for k in labels if k.startswith('L')):
        lab = labels[sid]
        path = os.path.join(HERE, 'archives', lab.get('archive', ''))
        if not os.path.exists(path):
            problems.append(f'{sid}: archive missing {path}')
            continue
        d = docs(path)
        if not d:
            problems.append(f'{sid}: no readable documents')
        full = norm('\n'.join(d.values()))
        wc = ', '.join(f'{os.path.basename(k)}={len(v.split())}' for k, v in d.items())
        ind = lab.get('indicators', {})
        missing = [i for i in IDS if i not in ind]
        if missing:
            problems.append(f'{sid}: unlabelled {missing}')
        extra = [i for i in ind if i not in IDS]
        if extra:
            problems.append(f'{sid}: unknown indicators {extra}')
        npres = 0
        for i in IDS:
            st = ind.get(i)
            if st == 'present':
                npres += 1
                ev = lab.get('evidence', {}).get(i) or []
                if not ev:
                    problems.append(f'{sid} {i}: present without evidence')
                for e in ev:
                    if norm(e) not in full:
                        problems.append(f'{sid} {i}: evidence not found: {e[:90]}')
            elif st == 'absent':
                if not (lab.get('notes', {}).get(i) or '').strip():
                    problems.append(f'{sid} {i}: absent without note')
                if lab.get('evidence', {}).get(i):
                    problems.append(f'{sid} {i}: absent but has evidence')
            elif st is not None:
                problems.append(f'{sid} {i}: bad status {st!r}')
        print(f'{sid} {lab["archive"]:<12} present={npres:2d}  {wc}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
