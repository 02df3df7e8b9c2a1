#!/usr/bin/env python3
"""Verify labels.json against the archives (stdlib only, archives read in memory)."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    out = []
    for n in sorted(parts):
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "tab", W + "br"):
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    out = []
    def walk(el, buf):
        if el.text: buf.append(el.text)
        for ch in el:
            if ch.tag == T + "s":
                buf.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag in (T + "tab", T + "line-break"):
                buf.append(" ")
            elif ch.tag in (T + "p", T + "h"):
                sub = []; walk(ch, sub); out.append("".join(sub))
            else:
                walk(ch, buf)
            if ch.tail: buf.append(ch.tail)
    for el in root.iter():
        if el.tag in (T + "p", T + "h"):
            pass
    top = []
    walk(root, top)
    return "\n".join(out + ["".join(top)])

class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.buf = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        if tag in ("p", "div", "br", "h1", "h2", "h3", "h4", "li", "article", "tr", "td"): self.buf.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "li", "article", "td"): self.buf.append("\n")
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)

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
    texts, files = [], []
    for n, b in members(path):
        low = n.lower()
        if low.endswith(".docx"): texts.append(docx_text(b)); files.append(n)
        elif low.endswith(".odt"): texts.append(odt_text(b)); files.append(n)
        elif low.endswith((".html", ".htm")): texts.append(html_text(b)); files.append(n)
    return "\n".join(texts), files

norm = lambda s: re.sub(r"\s+", " ", s).strip()

def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = []
    counts = {i: 0 for i in IDS}
    for pid in sorted(labels):
        e = labels[pid]
        ap = os.path.join(HERE, "archives", e["archive"])
        if not os.path.exists(ap):
            problems.append(f"{pid}: archive {e['archive']} missing"); continue
        text, files = archive_text(ap)
        nt = norm(text)
        ind = e["indicators"]
        if sorted(ind) != sorted(IDS): problems.append(f"{pid}: indicator set wrong")
        for i in IDS:
            v = ind.get(i)
            if v not in ("present", "absent"): problems.append(f"{pid} {i}: bad value {v}"); continue
            ev = e.get("evidence", {}).get(i, [])
            if v == "present":
                counts[i] += 1
                if not ev: problems.append(f"{pid} {i}: present without evidence")
            elif ev:
                problems.append(f"{pid} {i}: absent but has evidence")
            for s in ev:
                if norm(s) not in nt: problems.append(f"{pid} {i}: NOT FOUND: {s[:90]}")
        np_ = sum(1 for i in IDS if ind.get(i) == "present")
        print(f"{pid} {e['archive']:<12} files={len(files)} present={np_:2d}  {e['name']}")
    print("\nPer-indicator present counts:")
    print("  " + "  ".join(f"{i}={counts[i]}" for i in IDS))
    print(f"\n{len(problems)} problems")
    for p in problems: print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
