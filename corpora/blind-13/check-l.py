#!/usr/bin/env python3
"""Unpack every archive in memory, extract text (docx/odt/html), verify labels.json evidence occurs verbatim."""
import io, json, os, re, sys, zipfile, tarfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
norm = lambda s: re.sub(r"\s+", " ", s).strip()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

def docx_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z: root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))

def odt_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z: root = ET.fromstring(z.read("content.xml"))
    def walk(e):
        out = [e.text or ""]
        for c in e:
            if c.tag == T + "s": out.append(" " * int(c.get(T + "c", "1")))
            elif c.tag in (T + "tab", T + "line-break"): out.append(" ")
            else: out.append(walk(c))
            out.append(c.tail or "")
        return "".join(out)
    return "\n".join(walk(p) for p in root.iter() if p.tag in (T + "p", T + "h"))

class H(HTMLParser):
    BLOCK = {"p","div","li","td","th","tr","br","h1","h2","h3","h4","h5","h6","table","title"}
    def __init__(s): super().__init__(convert_charrefs=True); s.out = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ("script", "style"): s.skip += 1
        if t in s.BLOCK: s.out.append("\n")
    def handle_endtag(s, t):
        if t in ("script", "style"): s.skip -= 1
        if t in s.BLOCK: s.out.append("\n")
    def handle_data(s, d):
        if not s.skip: s.out.append(d)
def html_text(b):
    h = H(); h.feed(b.decode("utf-8", "replace")); return "".join(h.out)

def members(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    with tarfile.open(path, "r:gz") as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}

def texts(path):
    out = {}
    for n, b in members(path).items():
        ext = n.lower().rsplit(".", 1)[-1]
        if ext == "docx": out[n] = docx_text(b)
        elif ext == "odt": out[n] = odt_text(b)
        elif ext in ("html", "htm"): out[n] = html_text(b)
    return out

def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = 0; n_ev = 0
    for sid, l in sorted(labels.items()):
        arch = os.path.join(HERE, "archives", l["archive"])
        if not os.path.exists(arch): print(sid, "missing archive"); problems += 1; continue
        tx = texts(arch)
        if not tx: print(sid, "no readable files"); problems += 1
        full = norm(" \n ".join(tx.values()))
        if set(l["indicators"]) != set(IDS): print(sid, "indicator set wrong"); problems += 1
        for i, st in l["indicators"].items():
            if st not in ("present", "absent"): print(sid, i, "bad status", st); problems += 1
            if (st == "present") != bool(l["evidence"].get(i)): print(sid, i, "status/evidence mismatch"); problems += 1
            if i not in l.get("notes", {}): print(sid, i, "no note"); problems += 1
        for i, sents in l["evidence"].items():
            for s in sents:
                n_ev += 1
                if norm(s) not in full: print(sid, i, "NOT FOUND:", s[:80]); problems += 1
    print(f"{len(labels)} submissions, {n_ev} evidence sentences checked, {problems} problems")
    return 1 if problems else 0

if __name__ == "__main__": sys.exit(main())
