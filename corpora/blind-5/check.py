import json, zipfile, tarfile, tempfile, os, re, html, sys
def norm(t): return re.sub(r"\s+", " ", html.unescape(t)).strip()
def xml_text(x, para_tags):
    x = re.sub(r"<(%s)\b[^>]*/>" % "|".join(para_tags), "\n", x)
    x = re.sub(r"</(%s)>" % "|".join(para_tags), "\n", x)
    x = re.sub(r"<text:s[^>]*/>", " ", x); x = re.sub(r"<w:tab/>", " ", x)
    return re.sub(r"<[^>]+>", "", x)
def read(p):
    if p.endswith(".docx"):
        return xml_text(zipfile.ZipFile(p).read("word/document.xml").decode(), ["w:p"])
    if p.endswith(".odt"):
        return xml_text(zipfile.ZipFile(p).read("content.xml").decode(), ["text:p", "text:h"])
    if p.endswith(".html"):
        t = open(p, encoding="utf-8").read()
        t = re.sub(r"(?s)<(style|script)[^>]*>.*?</\1>", "", t)
        return re.sub(r"<[^>]+>", "\n", t)
    return None
L = json.load(open("labels.json", encoding="utf-8")); bad = 0
assert sorted(L) == ["B%02d" % i for i in range(1, 25)]
assert sorted(os.listdir("archives")) == sorted(v["archive"] for v in L.values())
for sid, v in L.items():
    d = tempfile.mkdtemp(); a = os.path.join("archives", v["archive"])
    if a.endswith(".zip"): zipfile.ZipFile(a).extractall(d)
    else: tarfile.open(a).extractall(d)
    texts = []
    for r, _, fs in os.walk(d):
        for f in fs:
            t = read(os.path.join(r, f))
            if t is not None: texts.append(norm(t))
    allt = "\n".join(texts)
    if "[[" in allt or "]]" in allt: print(sid, "marker leak"); bad += 1
    assert len(v["indicators"]) == 17
    for k, st in v["indicators"].items():
        ev = v["evidence"].get(k, [])
        if st == "present" and not ev: print(sid, k, "no evidence"); bad += 1
        if st == "absent" and ev: print(sid, k, "evidence on absent"); bad += 1
        for e in ev:
            if not any(norm(e) in t for t in texts): print(sid, k, "NOT FOUND:", e[:60]); bad += 1
print("errors:", bad); sys.exit(1 if bad else 0)
