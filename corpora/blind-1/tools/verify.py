#!/usr/bin/env python3
"""Verify labels.json against the built archives.

* extracts the text of every readable document (docx: python-docx incl. tables, headers, footers;
  odt: odfpy incl. header/footer styles; html: visible text) inside each archive
  (zip, tar.gz, 7z or folder);
* checks every submission has all 17 indicators, evidence for exactly the present ones,
  resource_types iff C6.1, C6.2 => C6.1 and C2;
* checks every evidence sentence occurs verbatim (whitespace-normalised) in the readable files,
  or - for indicators listed in only_in_unreadable - in the source text of an unreadable file
  (image/PDF) and NOT in the readable files;
* checks the quoted part of every trap (text before " ‖ ") occurs in the submission.
Usage: python3 tools/verify.py [--dump Bxx]
"""
import io, json, os, re, subprocess, sys, tarfile, tempfile, zipfile
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
RTYPES = {"technical", "territorial", "financial", "knowledge", "human", "unique"}
READABLE = {".docx", ".odt", ".html", ".htm"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


class _H(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
             "article", "header", "footer", "nav", "table", "ul", "ol", "span", "a", "button", "title"}
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "nav", "header", "footer", "table"):
            self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append("\n")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_html(data):
    h = _H()
    h.feed(data.decode("utf-8", "replace"))
    return "".join(h.parts)


def text_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = []
    def blocks(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for c in row.cells:
                    blocks(c)
    for s in d.sections:
        blocks(s.header)
        blocks(s.footer)
    blocks(d)
    return "\n".join(out)


def text_odt(data):
    from odf.opendocument import load
    from odf import text as T, teletype
    import contextlib
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        doc = load(io.BytesIO(data))  # odfpy prints SAX noise on pandoc's styles.xml
    out = []
    for el in doc.getElementsByType(T.H) + doc.getElementsByType(T.P):
        out.append(teletype.extractText(el))
    return "\n".join(out)


def members(path):
    """Yield (name, bytes) of every file of a submission."""
    if os.path.isdir(path):
        for base, _, files in os.walk(path):
            for f in sorted(files):
                p = os.path.join(base, f)
                yield os.path.relpath(p, path), open(p, "rb").read()
    elif path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for i in z.infolist():
                if not i.is_dir():
                    yield i.filename, z.read(i)
    elif path.endswith(".tar.gz"):
        with tarfile.open(path) as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()
    elif path.endswith(".7z"):
        with tempfile.TemporaryDirectory(dir=os.path.join(ROOT)) as tmp:
            subprocess.run(["7z", "x", "-y", "-bd", "-o" + tmp, path], check=True, capture_output=True)
            yield from members(tmp)
    else:
        raise ValueError(path)


ASSET_EXT = {".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".woff", ".woff2"}


def is_asset(name):
    """Files inside a saved web page's *_files/ folder are page assets, not documents."""
    return any(part.endswith("_files") for part in name.split("/")[:-1]) and os.path.splitext(name)[1].lower() in ASSET_EXT


def submission_text(sub, archive):
    """readable: [(name, text)]; unreadable: names of documents whose text cannot be got
    (images, damaged packages, a document holding only a scanned image)."""
    readable, unreadable = [], []
    for name, data in members(os.path.join(ROOT, "archives", archive)):
        ext = os.path.splitext(name)[1].lower()
        if is_asset(name):
            continue
        try:
            if ext == ".docx":
                t = text_docx(data)
            elif ext == ".odt":
                t = text_odt(data)
            elif ext in (".html", ".htm"):
                t = text_html(data)
            else:
                unreadable.append(name)
                continue
        except Exception:
            unreadable.append(name)
            continue
        if len(norm(t)) < 20:
            unreadable.append(name)
        else:
            readable.append((name, t))
    return readable, unreadable


def unreadable_source_text(sub):
    meta = json.load(open(os.path.join(ROOT, "sources", sub, "meta.json"), encoding="utf-8"))
    out = []
    for d in meta["documents"]:
        if d["format"] in ("png", "jpg", "pdf") or d.get("unreadable") or d.get("corrupt") or d["producer"] == "scan_docx":
            raw = open(os.path.join(ROOT, "sources", sub, d["source"]), encoding="utf-8").read()
            if d["source"].endswith(".html"):
                raw = text_html(raw.encode())
            raw = re.sub(r"\\([.\-*_#|])", r"\1", raw)  # markdown escapes such as "2023\\."
            out.append(re.sub(r"^#+\s*", "", raw.replace("**", ""), flags=re.M))
    return norm("\n".join(out))


def main():
    labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        sub = sys.argv[2]
        r, u = submission_text(sub, labels[sub]["archive"] if sub in labels else sys.argv[3])
        for n, t in r:
            print("=====", n); print(t)
        print("UNREADABLE:", u)
        return
    errors = 0
    def err(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)
    for sub, L in sorted(labels.items()):
        ind = L["indicators"]
        if sorted(ind) != sorted(IND):
            err(sub, "indicator set", sorted(set(IND) ^ set(ind)))
        present = {k for k, v in ind.items() if v == "present"}
        if any(v not in ("present", "absent") for v in ind.values()):
            err(sub, "bad value")
        if set(L["evidence"]) != present:
            err(sub, "evidence keys differ from present:", sorted(set(L["evidence"]) ^ present))
        if "C6.2" in present and not {"C6.1", "C2"} <= present:
            err(sub, "C6.2 without C6.1/C2")
        rt = set(L["resource_types"])
        if not rt <= RTYPES or (bool(rt) != ("C6.1" in present)):
            err(sub, "resource_types", rt)
        oiu = set(L.get("only_in_unreadable", []))
        if not oiu <= present:
            err(sub, "only_in_unreadable not present", oiu - present)
        readable, unreadable = submission_text(sub, L["archive"])
        rtext = norm("\n".join(t for _, t in readable))
        utext = unreadable_source_text(sub)
        if oiu and not unreadable:
            err(sub, "only_in_unreadable but no unreadable file")
        if sorted(L.get("unreadable_files", [])) != sorted(unreadable):
            err(sub, "unreadable_files in labels", L.get("unreadable_files"), "!= found", unreadable)
        for k, sents in L["evidence"].items():
            if not sents:
                err(sub, k, "no evidence sentences")
            found_readable = False
            for s in sents:
                ns = norm(s)
                if ns in rtext:
                    found_readable = True
                    if k in oiu:
                        err(sub, k, "listed only_in_unreadable but found in readable:", s[:70])
                elif ns in utext:
                    if k not in oiu:
                        err(sub, k, "sentence only in unreadable file but indicator not in only_in_unreadable:", s[:70])
                else:
                    err(sub, k, "NOT FOUND:", s)
            if k not in oiu and not found_readable:
                err(sub, k, "no readable evidence")
        for k, ts in L.get("traps", {}).items():
            if k not in IND:
                err(sub, "trap key", k)
            for t in ts:
                q = norm(t.split(" ‖ ")[0])
                if " ‖ " not in t:
                    err(sub, k, "trap without reason separator ‖")
                if q not in rtext and q not in utext:
                    err(sub, k, "TRAP NOT FOUND:", q)
        print(f"{sub}: {len(present):2d} present, {len(readable)} readable file(s), unreadable: {unreadable or '-'}")
    n = len(labels)
    print("\nindicator  present absent")
    for i in IND:
        p = sum(1 for L in labels.values() if L["indicators"][i] == "present")
        print(f"{i:6} {p:7d} {n - p:6d}  ({100 * p / n:.0f}%)")
    print("\nERRORS:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
