#!/usr/bin/env python3
"""Unpack the built archives and verify every evidence sentence of labels.json occurs verbatim
(whitespace/quote-normalised) in a READABLE file of its submission; also sanity-check labels."""
import json, os, re, sys, tarfile, zipfile, tempfile, subprocess, html
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
IND = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
def norm(s):
    s = html.unescape(s)
    for a in "„“”«»": s = s.replace(a, '"')
    s = s.replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()
def xml_paras(xml, ptags, ttags):
    out = []
    for m in re.finditer(r"<(%s)\b[^>]*?(?:/>|>(.*?)</\1>)" % "|".join(ptags), xml, re.S):
        inner = m.group(2) or ""
        inner = re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", lambda k: " " * int(k.group(1) or 1), inner)
        inner = re.sub(r"<(text:tab|text:line-break|w:tab|w:br)\b[^>]*/>", " ", inner)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", inner)))
    return out
class H(HTMLParser):
    def __init__(s): super().__init__(); s.buf = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ("script","style"): s.skip += 1
        if t in ("p","div","td","th","tr","h1","h2","h3","li","br"): s.buf.append("\n")
    def handle_endtag(s, t):
        if t in ("script","style"): s.skip -= 1
        if t in ("p","div","td","th","h1","h2","h3","li"): s.buf.append("\n")
    def handle_data(s, d):
        if not s.skip: s.buf.append(d)
def text_of(path):
    ext = path.lower().rsplit(".", 1)[-1]
    try:
        if ext == "docx":
            with zipfile.ZipFile(path) as z: xml = z.read("word/document.xml").decode("utf-8")
            return "\n".join(xml_paras(xml, ["w:p"], None))
        if ext == "odt":
            with zipfile.ZipFile(path) as z: xml = z.read("content.xml").decode("utf-8")
            return "\n".join(xml_paras(xml, ["text:p", "text:h"], None))
        if ext in ("html", "htm"):
            h = H(); h.feed(open(path, encoding="utf-8").read()); return "".join(h.buf)
    except Exception as e:
        return None
    return None  # pdf (image-only), css, js, png: no text
def unpack(arch, dest):
    if arch.endswith(".zip"):
        with zipfile.ZipFile(arch) as z: z.extractall(dest)
    elif arch.endswith(".tar.gz"):
        with tarfile.open(arch) as t: t.extractall(dest)
    elif arch.endswith(".7z"):
        subprocess.run(["7z", "x", "-y", "-bso0", "-bsp0", "-o" + dest, arch], check=True)
def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    errs = []
    assert sorted(labels) == ["B%02d" % i for i in range(1, 31)], "need B01..B30"
    for bid, L in labels.items():
        arch = os.path.join(HERE, "archives", L["archive"])
        if not os.path.exists(arch): errs.append("%s: missing archive" % bid); continue
        assert sorted(L["indicators"]) == sorted(IND), bid
        with tempfile.TemporaryDirectory() as td:
            unpack(arch, td)
            texts, unreadable = [], []
            for root, _, fs in os.walk(td):
                for f in fs:
                    p = os.path.join(root, f)
                    if f.lower().endswith((".docx", ".odt", ".html", ".pdf")):
                        t = text_of(p)
                        if t is None or not norm(t): unreadable.append(f)
                        else: texts.append(norm(t.replace("\n", " ")))
            corpus = "\n".join(texts)
            for i in IND:
                st = L["indicators"][i]
                ev = L["evidence"].get(i, [])
                if st == "present":
                    if not ev: errs.append("%s %s: present without evidence" % (bid, i))
                    for s in ev:
                        if norm(s) not in corpus: errs.append("%s %s: not found: %s" % (bid, i, s[:70]))
                elif ev: errs.append("%s %s: absent but has evidence" % (bid, i))
            P = {i for i in IND if L["indicators"][i] == "present"}
            if "C6.2" in P and not {"C6.1", "C2"} <= P: errs.append("%s: C6.2 without C6.1+C2" % bid)
            print("%s %-8s present=%2d readable=%d unreadable=%s" % (bid, L["archive"].split(".",1)[1], len(P), len(texts), unreadable))
    if errs:
        print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
    print("OK: all evidence found verbatim in readable files")
if __name__ == "__main__": main()
