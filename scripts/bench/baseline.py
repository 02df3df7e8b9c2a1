#!/usr/bin/python3
"""Python baseline for the throughput benchmark: the pipeline a competent engineer would write.

    scripts/bench/baseline.py ROUND_DIR OUT.jsonl [--processes 2] [--lexicon YAML]

The job of `lieciba scan` done with the usual Python tools, all Debian bookworm packages
(scripts/bench/baseline-setup.sh installs them):
- archives: zipfile, tarfile, py7zr; a submission is an archive, a folder or a lone document in
  ROUND_DIR; documents and nested archives are read from bytes in memory.
- text: lxml for DOCX (document, headers, footers, foot-/endnotes) and ODT (content.xml,
  styles.xml); lxml.html for HTML (script/style dropped, BOM or meta charset such as windows-1257
  honoured). Only text-bearing parts are inflated, never media (word/media/, Pictures/).
- matching: one pyahocorasick automaton over lower-case, diacritic-folded text (ā→a … ž→z) with
  word-boundary checks. Patterns: the inflected forms of the committed form table
  (smart-village.lv.forms.json; negated and diminutive forms only where a term keeps them), a
  phrase as every combination of its words' forms ([bracketed] words fixed). Forms the table calls
  unsafe to fold (mūsu/mušu → musu) must match as written; an indicator's `exclude` forms drop it.
- 2 worker processes (multiprocessing Pool, a task per submission, imap in order); JSON lines:
  per match submission, file, indicator, term, matched text and its sentence; per unreadable
  submission or document a line with an "error" field.

Fair: the same inputs, lexicon, inflections and evidence, with C libraries (zlib, liblzma, libxml2,
Aho-Corasick) doing the heavy work. What it leaves out (negation, longest-match selection,
scoring, reports) only flatters its speed.
"""
import argparse, bisect, codecs, io, itertools, json, os, re, sys, tarfile, time, unicodedata, zipfile
import multiprocessing
from pathlib import Path

try:
    import ahocorasick, py7zr, yaml
    from lxml import etree, html as lxml_html
except ImportError:  # `python3` may be a pyenv interpreter without Debian's python3-* packages
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    sys.exit("baseline: missing modules; run scripts/bench/baseline-setup.sh")

ROOT = Path(__file__).resolve().parents[2]
FOLD = str.maketrans("āčēģīķļņšūžŗō", "acegiklnsuzro")
DOC_EXT = (".docx", ".odt", ".html", ".htm")
ARCHIVE_EXT = (".zip", ".tar.gz", ".tgz", ".tar", ".7z")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
DOCX_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
BLOCK_TAGS = ("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
              "table", "section", "article", "header", "footer", "nav", "blockquote", "pre", "title")
SENTENCE_END = re.compile(r"[.!?](?=\s+[^\sa-zāčēģīķļņšūž\d])|\n")  # not "2012. gadā", "u.c. biedri"
SUBMISSION_SUFFIX = re.compile(r"(\.tar)?\.(zip|gz|tgz|tar|7z|docx|odt|html?)$", re.I)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)

AUTOMATON = None   # built once in the parent, inherited by the forked workers
VALUES = []        # (pattern length, ((indicator, term, spellings that must match as written | None), …))
EXCLUDED = {}      # indicator → forms (lower case) that drop its match


def build_automaton(lexicon_path):
    """An Aho-Corasick automaton of every folded pattern of the lexicon."""
    lexicon = yaml.load(Path(lexicon_path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    table = json.loads(Path(lexicon_path).with_suffix(".forms.json").read_text(encoding="utf-8"))
    unsafe = set(table["unsafeFolded"])
    owners = [(i["id"], i.get("terms") or [], i.get("exclude") or []) for i in lexicon["indicators"]]
    rt = lexicon.get("resourceTypes") or {}
    owners += [(f"{rt['indicator']}/{t['id']}", t.get("terms") or [], []) for t in rt.get("types", [])]

    def inflections(word, keep):
        headword = table["phraseWords"].get(word, word)
        forms = {word, headword}
        for entry in table["paradigms"].get(headword, {}).get("forms", []):
            form, _, tags = entry.partition("|")
            if ("n" in tags and "negated" not in keep) or ("d" in tags and "diminutive" not in keep) \
                    or ("c" in tags and "no-comparative" in keep):
                continue
            forms.add(form)
        return forms

    automaton, index = ahocorasick.Automaton(ahocorasick.STORE_INTS), {}
    for indicator, terms, exclude in owners:
        if any("form" in e for e in exclude):
            EXCLUDED[indicator] = {e["form"].lower() for e in exclude if "form" in e}
        for term in terms:
            keep, extra = set(term.get("keep") or []), [f.lower() for f in term.get("forms") or []]
            if "lemma" in term:
                text = term["lemma"]; words = [inflections(text.lower(), keep) | set(extra)]
            elif "phrase" in term:
                text = term["phrase"]
                words = [{w[1:-1].lower()} if w.startswith("[") else inflections(w.lower(), keep)
                         for w in text.split()]
                words[-1] |= set(extra)  # hand-listed forms of a phrase are its last word's
            elif "literal" in term:
                text = term["literal"]; words = [{w.lower()} for w in text.split()]
            else:
                continue
            words = [sorted(forms) for forms in words]
            folded = [[form.translate(FOLD) for form in forms] for forms in words]
            for combo, folded_combo in zip(itertools.product(*words), itertools.product(*folded)):
                written, key = " ".join(combo), " ".join(folded_combo)
                # A lone word with diacritics folds only when safe; in a phrase every fold is safe.
                exact = len(words) == 1 and (written in unsafe or (len(written) < 5 and written != key))
                # The automaton stores an int per pattern: an index into VALUES, shared by patterns alike.
                old = automaton.get(key, -1)
                if old < 0:
                    value = (len(key), ((indicator, text, frozenset({written}) if exact else None),))
                else:
                    entries = {(i, t): a for i, t, a in VALUES[old][1]}
                    allowed = entries.get((indicator, text), frozenset())
                    entries[(indicator, text)] = None if allowed is None or not exact else allowed | {written}
                    value = (len(key), tuple((i, t, a) for (i, t), a in entries.items()))
                if value not in index:
                    index[value] = len(VALUES); VALUES.append(value)
                automaton.add_word(key, index[value])
    automaton.make_automaton()
    return automaton


def normalise(paragraphs):
    """NFC, soft hyphens out, whitespace collapsed; one line per paragraph."""
    text = unicodedata.normalize("NFC", "\n".join(paragraphs)).replace("\u00ad", "")
    return "\n".join(line for line in (" ".join(p.split()) for p in text.split("\n")) if line)


def docx_text(data):
    """Paragraphs of the body, headers, footers and notes; w:t text, tabs and breaks as spaces."""
    paragraphs = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(n for n in z.namelist() if DOCX_PART.fullmatch(n)):
            root = etree.fromstring(z.read(name), XML_PARSER)
            current = []
            for el in root.iter(W + "p", W + "t", W + "tab", W + "br"):
                if el.tag == W + "p":
                    paragraphs.append("".join(current)); current = []
                else:
                    current.append((el.text or "") if el.tag == W + "t" else " ")
            paragraphs.append("".join(current))
    return normalise(paragraphs)


def odt_collect(el, out):
    """Text of an ODT paragraph; nested paragraphs (notes) are visited on their own."""
    if el.text:
        out.append(el.text)
    for child in el:
        if child.tag in (TXT + "s", TXT + "tab", TXT + "line-break"):
            out.append(" ")
        elif child.tag not in (TXT + "p", TXT + "h", TXT + "note-citation") and isinstance(child.tag, str):
            odt_collect(child, out)
        if child.tail:
            out.append(child.tail)


def odt_text(data):
    """Paragraphs and headings of content.xml and styles.xml (page headers and footers)."""
    paragraphs = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in ("content.xml", "styles.xml"):
            if name in z.namelist():
                for paragraph in etree.fromstring(z.read(name), XML_PARSER).iter(TXT + "p", TXT + "h"):
                    out = []
                    odt_collect(paragraph, out)
                    paragraphs.append("".join(out))
    return normalise(paragraphs)


def html_encoding(data):
    """BOM, else a known meta charset, else UTF-8 if it decodes, else the Baltic code page."""
    found = CHARSET.search(data[:4096])
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    try:
        return codecs.lookup(found.group(1).decode()).name
    except (AttributeError, LookupError):  # no meta charset, or an unknown one
        pass
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1257"
    return "utf-8"


def html_text(data):
    """Text without script/style/comments; a line per block element."""
    if not data.strip():
        return ""
    root = lxml_html.document_fromstring(data, parser=lxml_html.HTMLParser(encoding=html_encoding(data)))
    etree.strip_elements(root, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return normalise([root.text_content()])


def sentence(text, bounds, start, end):
    """The sentence around text[start:end] (bounds: sorted sentence starts), clipped to 300 chars a side."""
    left = max(bounds[bisect.bisect_right(bounds, start) - 1], start - 300)
    right = min(bounds[bisect.bisect_left(bounds, end)], end + 300)
    return text[left:right].strip()


def match(submission, file, text):
    """JSON lines of every lexicon match in a document's text."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter lower-cases to two; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded, lines = low.translate(FOLD), []
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    for end, value in AUTOMATON.iter(folded):
        length, entries = VALUES[value]
        start, end = end - length + 1, end + 1
        if (start > 0 and folded[start - 1].isalnum()) or (end < len(folded) and folded[end].isalnum()):
            continue
        written = low[start:end]
        for indicator, term, allowed in entries:
            if allowed and written not in allowed:
                continue
            if indicator in EXCLUDED and any(w in EXCLUDED[indicator] for w in written.split()):
                continue
            lines.append(json.dumps({"submission": submission, "file": file, "indicator": indicator, "term": term,
                                     "match": text[start:end], "context": sentence(text, bounds, start, end)},
                                    ensure_ascii=False))
    return lines


def zip_name(info):
    """Legacy names (no UTF-8 flag, read as CP437): UTF-8 without the flag, else the Baltic code page."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1257")


def wanted(name):
    return name.lower().endswith(DOC_EXT + ARCHIVE_EXT)


def members(lower, data, path=None):
    """(name, bytes) of the documents and nested archives in an archive, reading nothing else."""
    if lower.endswith(".zip"):
        with zipfile.ZipFile(path or io.BytesIO(data)) as z:
            yield from ((zip_name(i), z.read(i)) for i in z.infolist() if not i.is_dir() and wanted(zip_name(i)))
    elif lower.endswith(".7z"):
        with py7zr.SevenZipFile(path or io.BytesIO(data)) as z:
            names = [n for n in z.getnames() if wanted(n)]
            yield from ((n, b.getvalue()) for n, b in (z.read(names) if names else {}).items())
    else:
        with tarfile.open(name=path, fileobj=None if path else io.BytesIO(data), mode="r:*") as t:
            for m in t:
                if m.isfile() and wanted(m.name):
                    yield m.name, t.extractfile(m).read()


def documents(label, data=None, path=None, nest=True, depth=0):
    """(label, text or exception) of every document in a file, archives opened recursively; the
    members of the submission's own archive (nest=False) are labelled by their bare names."""
    lower = label.lower()
    try:
        if lower.endswith(ARCHIVE_EXT) and depth < 3:
            for inner, blob in members(lower, data, path):
                yield from documents(f"{label} › {inner}" if nest else inner, blob, depth=depth + 1)
            return
        data = data if data is not None else Path(path).read_bytes()
        yield label, (docx_text if lower.endswith(".docx") else odt_text if lower.endswith(".odt") else html_text)(data)
    except Exception as error:  # a damaged file is reported, and the rest of the submission goes on
        yield label, error


def scan_submission(path):
    """One worker task: (documents, matches, errors, JSON lines) of a submission."""
    sub = path.name if path.is_dir() else SUBMISSION_SUFFIX.sub("", path.name)
    docs, lines, errors = 0, [], []
    try:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and wanted(p.name))
            found = itertools.chain.from_iterable(documents(p.relative_to(path).as_posix(), path=p) for p in files)
        else:
            found = documents(path.name, path=path, nest=False)
        for file, text in found:
            if isinstance(text, Exception):
                errors.append({"submission": sub, "file": file, "error": f"{type(text).__name__}: {text}"})
            else:
                docs += 1
                lines += match(sub, file, text)
    except Exception as error:
        errors.append({"submission": sub, "error": f"{type(error).__name__}: {error}"})
    return docs, len(lines), len(errors), lines + [json.dumps(e, ensure_ascii=False) for e in errors]


def main():
    global AUTOMATON
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("round_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--lexicon", type=Path, default=ROOT / "corpora/lexicons/smart-village.lv.yaml")
    args = parser.parse_args()
    started = time.monotonic()
    AUTOMATON = build_automaton(args.lexicon)
    submissions = sorted(p for p in args.round_dir.iterdir() if p.is_dir() or wanted(p.name))
    totals = [0, 0, 0]  # documents, matches, errors
    # fork: the workers inherit the automaton instead of rebuilding or unpickling it
    with open(args.out, "w", encoding="utf-8") as out, \
            multiprocessing.get_context("fork").Pool(args.processes) as pool:
        for *counts, lines in pool.imap(scan_submission, submissions, chunksize=1):
            totals = [a + b for a, b in zip(totals, counts)]
            out.writelines(line + "\n" for line in lines)
    elapsed = time.monotonic() - started
    docs, matches, errors = totals
    print(f"baseline: {len(submissions)} submissions, {docs} documents, {matches} matches, {errors} errors, "
          f"{len(AUTOMATON)} patterns, {elapsed:.2f} s ({len(submissions) / elapsed:.1f} submissions/s)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
