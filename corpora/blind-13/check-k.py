#!/usr/bin/env python3
"""Verify every evidence sentence in labels.json occurs verbatim (whitespace-normalised)
in the text extracted from its archive. Archives are unpacked in memory."""
import io, json, re, sys, tarfile, zipfile, os
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
BLOCK = {"p","div","h1","h2","h3","h4","li","td","th","tr","blockquote","header","footer","br","title"}

def norm(s): return re.sub(r"\s+", " ", s).strip()

def docx_text(data):
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter() if t.tag in (W+"t",) ) )
    return "\n".join(out)

def odt_text(data):
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    out = []
    def walk(el):
        s = el.text or ""
        for ch in el:
            if ch.tag == TXT + "s": s += " " * int(ch.get(TXT + "c", "1"))
            elif ch.tag in (TXT + "tab", TXT + "line-break"): s += " "
            else: s += walk(ch)
            s += ch.tail or ""
        return s
    for el in root.iter():
        if el.tag in (TXT + "p", TXT + "h"): out.append(walk(el))
    return "\n".join(out)

class H(HTMLParser):
    def __init__(s): super().__init__(); s.buf=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ("style","script"): s.skip+=1
        if t in BLOCK: s.buf.append("\n")
    def handle_endtag(s,t):
        if t in ("style","script"): s.skip-=1
        if t in BLOCK: s.buf.append("\n")
    def handle_data(s,d):
        if not s.skip: s.buf.append(d)

def html_text(data):
    h = H(); h.feed(data.decode("utf-8")); return "".join(h.buf)

def members(path):
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith("/"): yield n, z.read(n)
    else:
        t = tarfile.open(path, "r:gz")
        for m in t.getmembers():
            if m.isfile(): yield m.name, t.extractfile(m).read()

def archive_text(path):
    parts = []
    for name, data in members(path):
        low = name.lower()
        if low.endswith(".docx"): parts.append(docx_text(data))
        elif low.endswith(".odt"): parts.append(odt_text(data))
        elif low.endswith((".html", ".htm")): parts.append(html_text(data))
    return norm("\n".join(parts))

IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
problems = 0; checked = 0
for sid, L in sorted(labels.items()):
    path = os.path.join(HERE, "archives", L["archive"])
    if not os.path.exists(path):
        print(f"{sid}: missing archive {L['archive']}"); problems += 1; continue
    text = archive_text(path)
    if set(L["indicators"]) != set(IDS):
        print(f"{sid}: indicator set wrong"); problems += 1
    for ind, st in L["indicators"].items():
        ev = L["evidence"].get(ind, [])
        if st == "present" and not ev: print(f"{sid} {ind}: present without evidence"); problems += 1
        if st == "absent" and ev: print(f"{sid} {ind}: absent but has evidence"); problems += 1
        if ind not in L.get("notes", {}): print(f"{sid} {ind}: no note"); problems += 1
    for ind, sents in L["evidence"].items():
        for s in sents:
            checked += 1
            if norm(s) not in text:
                print(f"{sid} {ind}: NOT FOUND: {s[:80]}"); problems += 1
print(f"{len(labels)} submissions, {checked} evidence sentences checked, {problems} problems")
sys.exit(1 if problems else 0)
