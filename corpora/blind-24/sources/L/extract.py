"""Stdlib-only text extraction for DOCX (incl. headers/footers), ODT and HTML inside archives."""
import io, re, zipfile, tarfile, html
from xml.etree import ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def _docx_part(xml):
    root = ET.fromstring(xml)
    paras = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                buf.append(el.text)
            elif el.tag == W + 'tab':
                buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        paras.append(''.join(buf))
    return '\n'.join(paras)

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    parts = [n for n in names if re.match(r'word/(header\d*|footer\d*)\.xml$', n)]
    out = [_docx_part(z.read('word/document.xml'))]
    out += [_docx_part(z.read(n)) for n in sorted(parts)]
    return '\n'.join(out)

def _odt_inline(el):
    buf = [el.text or '']
    for ch in el:
        tag = ch.tag
        if tag == TEXT + 's':
            buf.append(' ' * int(ch.get(TEXT + 'c', '1')))
        elif tag == TEXT + 'tab':
            buf.append('\t')
        elif tag == TEXT + 'line-break':
            buf.append('\n')
        elif tag in (TEXT + 'p', TEXT + 'h'):
            pass
        else:
            buf.append(_odt_inline(ch))
        buf.append(ch.tail or '')
    return ''.join(buf)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for part in ('content.xml', 'styles.xml'):
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        for el in root.iter():
            if el.tag in (TEXT + 'p', TEXT + 'h'):
                out.append(_odt_inline(el))
    return '\n'.join(out)

def html_text(data):
    s = data.decode('utf-8', 'replace')
    s = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', ' ', s)
    s = re.sub(r'(?is)<head\b.*?</head\s*>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|div|h\d|li|tr|td|th)>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)

def doc_text(name, data):
    low = name.lower()
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.odt'):
        return odt_text(data)
    if low.endswith(('.html', '.htm')):
        if '_files/' in name.replace('\\', '/'):
            return None
        return html_text(data)
    return None

def archive_members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith('/'):
                yield n, z.read(n)
    else:
        t = tarfile.open(path, 'r:gz')
        for m in t.getmembers():
            if m.isfile():
                yield m.name, t.extractfile(m).read()

def archive_docs(path):
    """Return {member_name: text} for evidence-bearing documents."""
    docs = {}
    for n, data in archive_members(path):
        txt = doc_text(n, data)
        if txt is not None:
            docs[n] = txt
    return docs

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()
