import re, os, json, subprocess, shutil, unicodedata, zipfile, tarfile, base64, sys
sys.path.insert(0, 'sources/_generator')
S = {}
for m in ('data1','data2','data3'):
    S.update(__import__(m).S)
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
MK = re.compile(r"\{\{([^:}]+)::(.*?)\}\}")
def strip(t):
    return ''.join(c for c in unicodedata.normalize('NFD', t) if unicodedata.category(c) != 'Mn')
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
labels = {}
assert sorted(S) == [f"B{i:02d}" for i in range(1,25)], sorted(S)
for b in sorted(S):
    d = S[b]; src = f"sources/{b}"; shutil.rmtree(src, ignore_errors=True); os.makedirs(src)
    ev = {}; built = []
    for fn, kind, text in d["files"]:
        if "bez diakritikas" in d["name"]:
            text = strip(text); fn = strip(fn)
        for m in MK.finditer(text):
            for ind in m.group(1).split(','):
                ind = ind.strip(); assert ind in IDS, (b, ind)
                ev.setdefault(ind, []).append(m.group(2).strip())
        plain = MK.sub(lambda m: m.group(2), text)
        md = os.path.join(src, fn.rsplit('.',1)[0] + '.md')
        open(md, 'w').write(plain)
        out = os.path.join(src, fn)
        args = ["pandoc", "-f", "markdown-smart", md, "-o", out]
        if kind in ("html", "fb"):
            args += ["-s", "--metadata", "pagetitle=" + fn.rsplit('.',1)[0]]
        if kind == "fb":
            os.makedirs(os.path.join(src, "Lapa_files"), exist_ok=True)
            open(os.path.join(src, "Lapa_files/style.css"), "w").write("body{font-family:Helvetica,Arial;background:#f0f2f5}\n")
            open(os.path.join(src, "Lapa_files/logo.png"), "wb").write(PNG)
            args += ["-c", "Lapa_files/style.css"]
            built.append("Lapa_files")
        subprocess.run(args, check=True)
        built.append(fn)
    arch = f"{b}.zip" if d["fmt"] == "zip" else f"{b}.tar.gz"
    ap = os.path.join("archives", arch)
    if os.path.exists(ap): os.remove(ap)
    if d["fmt"] == "zip":
        with zipfile.ZipFile(ap, "w", zipfile.ZIP_DEFLATED) as z:
            for f in built:
                p = os.path.join(src, f)
                if os.path.isdir(p):
                    for g in sorted(os.listdir(p)): z.write(os.path.join(p, g), f"{f}/{g}")
                else: z.write(p, f)
    else:
        with tarfile.open(ap, "w:gz") as t:
            for f in built: t.add(os.path.join(src, f), f)
    ind = {i: ("present" if i in ev else "absent") for i in IDS}
    notes = {k: v for k, v in d["notes"].items() if ind.get(k) == "absent"}
    labels[b] = {"name": d["name"], "archive": arch, "indicators": ind,
                 "evidence": {i: ev[i] for i in IDS if i in ev}, "notes": notes}
json.dump(labels, open("labels.json", "w"), ensure_ascii=False, indent=1)
for b in labels:
    print(b, sum(v=="present" for v in labels[b]["indicators"].values()), labels[b]["name"])
