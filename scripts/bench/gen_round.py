#!/usr/bin/env python3
"""Writes a deterministic synthetic round of N submissions for benchmarks.

Each submission is a zip (80 %), tar.gz (10 %) or 7z (10 %) of 2-6 documents: DOCX and ODT
written as real packages (styles, headings, a table, a header, a footnote, words split across
runs) and HTML pages with navigation and script noise; 5-60 KB of Latvian text per document,
and 1-3 photos of 50-800 KB of incompressible bytes in about half the DOCX/ODT.

Usage: gen_round.py N OUTPUT_FOLDER [SEED]
The text is whole sentences of the demo and development rounds' sources, shuffled: lexicon terms
occur as densely as they do in real applications (random word salad would put a term in every
sentence and make the evidence, and so the output, several times larger than a real round's).
Matches the rounds of ../shared/notes/baselines.md: ~1.3 MB and ~4 documents per submission.
"""
import html as html_lib
import io
import os
import random
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def corpus_sentences():
    """Sentences of the demo and development rounds' source texts (Markdown/HTML/FODT), without markup."""
    found = []
    for folder in ("demo", "dev"):
        for path in sorted((ROOT / "scripts/fixtures/src" / folder).rglob("*")):
            if not path.is_file() or path.suffix not in (".md", ".html", ".in", ".fodt"):
                continue
            text = path.read_text(encoding="utf-8", errors="ignore")
            text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
            text = re.sub(r"<[^>]+>|[#*|_`>]+", " ", text)
            text = html_lib.unescape(re.sub(r"\s+", " ", text))
            found += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])", text) if len(s.split()) >= 4]
    return found or ["Mūsu ciema kopiena kopīgi organizē talkas un pasākumus."]


def sentences(rng, pool, size):
    out, total = [], 0
    while total < size:
        sentence = rng.choice(pool)
        out.append(sentence)
        total += len(sentence.encode()) + 1
    return out


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, compress in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            archive.writestr(info, data)
    return buffer.getvalue()


def docx(rng, words, size, photos):
    paragraphs = sentences(rng, words.sentences, size)
    body = []
    for index, paragraph in enumerate(paragraphs):
        if index % 12 == 0:
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{esc(paragraph[:40])}</w:t></w:r></w:p>')
        # Words split across runs, as Word writes them after edits.
        half = len(paragraph) // 2
        body.append(
            f'<w:p><w:r><w:t xml:space="preserve">{esc(paragraph[:half])}</w:t></w:r>'
            f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(paragraph[half:])}</w:t></w:r></w:p>'
        )
    cells = "".join(f"<w:tc><w:p><w:r><w:t>{esc(rng.choice(words.words))}</w:t></w:r></w:p></w:tc>" for _ in range(3))
    body.append(f"<w:tbl><w:tr>{cells}</w:tr><w:tr>{cells}</w:tr></w:tbl>")
    body.append('<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>'
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/>'
        "</Relationships>"
    )
    entries = [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', True),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', True),
        ("word/document.xml", document, True),
        ("word/_rels/document.xml.rels", rels, True),
        ("word/styles.xml", f'<?xml version="1.0"?><w:styles {w}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>', True),
        ("word/header1.xml", f'<?xml version="1.0"?><w:hdr {w}><w:p><w:r><w:t>Biedrība</w:t></w:r></w:p></w:hdr>', True),
        ("word/footnotes.xml", f'<?xml version="1.0"?><w:footnotes {w}><w:footnote w:id="1"><w:p><w:r><w:t>{esc(paragraphs[0])}</w:t></w:r></w:p></w:footnote></w:footnotes>', True),
    ]
    entries += [(f"word/media/image{n + 1}.jpeg", photo, False) for n, photo in enumerate(photos)]
    return zip_bytes(entries)


def odt(rng, words, size, photos):
    paragraphs = sentences(rng, words.sentences, size)
    body = []
    for index, paragraph in enumerate(paragraphs):
        if index % 12 == 0:
            body.append(f'<text:h text:outline-level="1">{esc(paragraph[:40])}</text:h>')
        body.append(f'<text:p>{esc(paragraph)}<text:note text:note-class="footnote"><text:note-body><text:p>{esc(rng.choice(words.words))}</text:p></text:note-body></text:note></text:p>' if index == 1 else f"<text:p>{esc(paragraph)}</text:p>")
    cells = "".join(f"<table:table-cell><text:p>{esc(rng.choice(words.words))}</text:p></table:table-cell>" for _ in range(3))
    body.append(f"<table:table><table:table-row>{cells}</table:table-row></table:table>")
    ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
    styles = f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Biedrība</text:p></style:header></style:master-page></office:master-styles></office:document-styles>'
    entries = [
        ("mimetype", "application/vnd.oasis.opendocument.text", False),
        ("content.xml", content, True),
        ("styles.xml", styles, True),
        ("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>', True),
    ]
    entries += [(f"Pictures/photo{n + 1}.jpg", photo, False) for n, photo in enumerate(photos)]
    return zip_bytes(entries)


def html(rng, words, size):
    paragraphs = sentences(rng, words.sentences, size)
    nav = "".join(f'<li><a href="#{i}">{esc(rng.choice(words.words))}</a></li>' for i in range(8))
    script = "var x = " + "1+" * 200 + "1; function f(){ return x * 2; }"
    cookies = '<div class="cookie-banner">Šī vietne izmanto sīkdatnes. <button>Piekrītu</button></div>'
    body = "".join(f"<h2>{esc(p[:30])}</h2><p>{esc(p)}</p>" if i % 10 == 0 else f"<p>{esc(p)}</p>" for i, p in enumerate(paragraphs))
    roll = rng.random()
    # Most pages are UTF-8; some are saved as windows-1257 or with every non-ASCII letter as an entity.
    charset = "windows-1257" if roll < 0.2 else "utf-8"
    if 0.2 <= roll < 0.4:
        body = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in body)
    page = f'<!DOCTYPE html><html><head><meta charset="{charset}"><script>{script}</script><style>p{{margin:0}}</style></head><body>{cookies}<nav><ul>{nav}</ul></nav><main>{body}</main><script>{script}</script></body></html>'
    return page.encode("cp1257", errors="xmlcharrefreplace") if charset == "windows-1257" else page.encode()


class Words:
    """The sentence pool, and its words for table cells and navigation links."""

    def __init__(self):
        self.sentences = corpus_sentences()
        self.words = sorted({w for s in self.sentences for w in re.findall(r"[^\W\d_]{3,}", s)})


def main():
    count = int(sys.argv[1])
    out = Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    words = Words()
    out.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        name = f"S{number:05d}"
        documents = []
        for index in range(rng.randint(2, 6)):
            kind = rng.choice(["docx", "docx", "odt", "html"])
            size = rng.randint(5_000, 60_000)
            photos = [rng.randbytes(rng.randint(50_000, 800_000)) for _ in range(rng.randint(1, 3))] if kind != "html" and rng.random() < 0.5 else []
            data = docx(rng, words, size, photos) if kind == "docx" else odt(rng, words, size, photos) if kind == "odt" else html(rng, words, size)
            documents.append((f"{name}/dokuments_{index + 1}.{kind}", data))
        roll = rng.random()
        if roll < 0.8:
            target = out / f"{name}.zip"
            target.write_bytes(zip_bytes([(path, data, path.endswith(".html")) for path, data in documents]))
        elif roll < 0.9:
            target = out / f"{name}.tar.gz"
            with tarfile.open(target, "w:gz") as archive:
                for path, data in documents:
                    info = tarfile.TarInfo(path)
                    info.size = len(data)
                    info.mtime = 1704067200
                    archive.addfile(info, io.BytesIO(data))
        else:
            staging = out / f".{name}"
            for path, data in documents:
                (staging / path).parent.mkdir(parents=True, exist_ok=True)
                (staging / path).write_bytes(data)
            subprocess.run(["7z", "a", "-bd", "-y", str((out / f"{name}.7z").resolve()), name], cwd=staging, check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["rm", "-rf", str(staging)], check=True)
    print(f"wrote {count} submissions to {out}")


if __name__ == "__main__":
    main()
