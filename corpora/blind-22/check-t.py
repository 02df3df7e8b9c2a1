#!/usr/bin/env python3
"""Stdlib-only checker for blind22/T: extracts text from every archive in memory and
verifies labels.json (17 indicators labelled, evidence verbatim, notes for absent)."""
import html, io, json, os, re, sys, tarfile, unicodedata, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
MAIN = {'T01': 'T01_projekta_iesniegums.docx', 'T02': 'Iesniegums_Zalenieki.docx',
        'T03': 'SIA_Sesavas_darzi_iesniegums.docx', 'T04': 'Elejas_vieda_ciema_apraksts.odt',
        'T05': 'Pieteikums_Livberzes_krasts.docx', 'T06': 'pieteikums_valgunde.odt',
        'T07': 'Platones_biblioteka_iesniegums.docx', 'T08': 'Stalgenes_Vestis_2024_03.odt',
        'T09': 'Lapa.html', 'T10': 'Lielplatone_projekta_iesniegums.docx',
        'T11': 'Svete_iniciativas_apraksts.docx', 'T12': 'Pasnovertejums_Branki.docx',
        'T13': 'Emburgas_ricibas_plans_2024_2027.odt', 'T14': 'Sarakste_ar_konsultanti.html',
        'T15': 'Teteles_ludis_iesniegums.docx', 'T16': 'Anes_iesniegums.docx'}

WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TNS = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = ['word/document.xml'] + sorted(n for n in z.namelist()
             if re.match(r'word/(header|footer)\d*\.xml$', n))
    out = []
    for n in names:
        root = ET.fromstring(z.read(n))
        for p in root.iter(WNS + 'p'):
            buf = []
            for el in p.iter():
                if el.tag == WNS + 't':
                    buf.append(el.text or '')
                elif el.tag in (WNS + 'tab', WNS + 'br'):
                    buf.append(' ')
            out.append(''.join(buf))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    def walk(el, buf):
        if el.text:
            buf.append(el.text)
        for ch in el:
            if ch.tag == TNS + 's':
                buf.append(' ' * int(ch.get(TNS + 'c', '1')))
            elif ch.tag in (TNS + 'tab', TNS + 'line-break'):
                buf.append(' ')
            elif ch.tag in (TNS + 'p', TNS + 'h'):
                pass  # handled separately
            else:
                walk(ch, buf)
            if ch.tail:
                buf.append(ch.tail)
    for n in ('content.xml', 'styles.xml'):
        if n not in z.namelist():
            continue
        root = ET.fromstring(z.read(n))
        for p in root.iter():
            if p.tag in (TNS + 'p', TNS + 'h'):
                buf = []
                walk(p, buf)
                out.append(''.join(buf))
    return '\n'.join(out)

def html_text(data):
    s = data.decode('utf-8', 'replace')
    s = re.sub(r'(?is)<(script|style|head)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|div|h\d|li|tr|td|table)>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)

def extract(name, data):
    low = name.lower()
    if '_files/' in low:
        return None  # saved-page side files are not evidence
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.odt'):
        return odt_text(data)
    if low.endswith(('.html', '.htm')):
        return html_text(data)
    return None

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

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

def texts_of(path):
    return {n: extract(n, d) for n, d in members(path) if extract(n, d) is not None}

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    per_ind = {i: 0 for i in IND}
    for sid in sorted(k for k in labels if k.startswith('T')):
        L = labels[sid]
        arc = os.path.join(HERE, 'archives', L['archive'])
        if not os.path.exists(arc):
            problems.append(f'{sid}: archive {L["archive"]} missing'); continue
        texts = texts_of(arc)
        full = norm('\n'.join(texts.values()))
        main_doc = MAIN.get(sid)
        wc = len(norm(texts.get(main_doc, '')).split()) if main_doc in texts else 0
        if main_doc not in texts:
            problems.append(f'{sid}: main document {main_doc} not found')
        elif not 700 <= wc <= 1200:
            problems.append(f'{sid}: main document has {wc} words (want 700-1200)')
        inds = L.get('indicators', {})
        for i in IND:
            st = inds.get(i)
            if st not in ('present', 'absent'):
                problems.append(f'{sid} {i}: not labelled'); continue
            if st == 'present':
                per_ind[i] += 1
                ev = L.get('evidence', {}).get(i) or []
                if not ev:
                    problems.append(f'{sid} {i}: present but no evidence')
                for e in ev:
                    if norm(e) not in full:
                        problems.append(f'{sid} {i}: evidence not found: {e[:80]!r}')
            else:
                if not (L.get('notes', {}).get(i) or '').strip():
                    problems.append(f'{sid} {i}: absent without note')
                if L.get('evidence', {}).get(i):
                    problems.append(f'{sid} {i}: absent but has evidence')
        extra = set(inds) - set(IND)
        if extra:
            problems.append(f'{sid}: unknown indicators {sorted(extra)}')
        n = sum(1 for i in IND if inds.get(i) == 'present')
        print(f'{sid} {L["archive"]:<10} present={n:2d}  main={main_doc} ({wc} words)  files={len(texts)}')
    print('present per indicator:', ', '.join(f'{i}={per_ind[i]}' for i in IND))
    for p in problems:
        print('PROBLEM:', p)
    print(f'{len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--dump':
        for sid in sys.argv[2:]:
            arc = [f for f in os.listdir(os.path.join(HERE, 'archives')) if f.startswith(sid + '.')][0]
            for n, t in texts_of(os.path.join(HERE, 'archives', arc)).items():
                print(f'===== {sid} / {n} ({len(norm(t).split())} words)'); print(t)
        sys.exit(0)
    sys.exit(main())
