import re, json, os, shutil, subprocess, zipfile, tarfile, io
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
MK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
SUBS = []
def S(sid, name, arch, files, notes=None):
    SUBS.append(dict(id=sid, name=name, arch=arch, files=files, notes=notes or {}))
CSS = "body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5}.post{background:#fff;margin:8px;padding:10px;border-radius:8px}\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201b7a3e0a90000000049454e44ae426082")
def main():
    import subs_a, subs_b, subs_c
    labels = {}
    for s in SUBS:
        d = os.path.join("sources", s["id"]); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
        ev = {k: [] for k in IDS}
        for fname, text in s["files"]:
            for m in MK.finditer(text):
                for k in m.group(1).split():
                    assert k in IDS, (s["id"], k)
                    ev[k].append(m.group(2))
            clean = MK.sub(lambda m: m.group(2), text)
            p = os.path.join(d, fname)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            if fname.endswith(".rawhtml"):
                p = p[:-len(".rawhtml")] + ".html"
                open(p, "w", encoding="utf-8").write(clean)
                fd = os.path.join(os.path.dirname(p), "Lapa_files"); os.makedirs(fd, exist_ok=True)
                open(os.path.join(fd, "style.css"), "w").write(CSS)
                open(os.path.join(fd, "logo.png"), "wb").write(PNG)
            else:
                md = p + ".md.tmp"; open(md, "w", encoding="utf-8").write(clean)
                args = ["pandoc", "-f", "markdown-smart", md, "-o", p]
                if fname.endswith(".html"): args += ["-s", "--metadata", "title=" + os.path.splitext(os.path.basename(fname))[0]]
                subprocess.run(args, check=True); os.remove(md)
        for k in IDS: ev[k] = list(dict.fromkeys(ev[k]))
        ind = {k: ("present" if ev[k] else "absent") for k in IDS}
        if ind["C6.2"] == "present": assert ind["C6.1"] == "present" and ind["C2"] == "present", s["id"]
        aname = s["id"] + (".tar.gz" if s["arch"] == "tgz" else ".zip")
        ap = os.path.join("archives", aname)
        if s["arch"] == "tgz":
            with tarfile.open(ap, "w:gz") as t: t.add(d, arcname=s["id"])
        else:
            with zipfile.ZipFile(ap, "w", zipfile.ZIP_DEFLATED) as z:
                for root, _, fs in os.walk(d):
                    for f in sorted(fs):
                        full = os.path.join(root, f); z.write(full, os.path.relpath(full, "sources"))
        labels[s["id"]] = {"name": s["name"], "archive": aname, "indicators": ind,
                           "evidence": {k: v for k, v in ev.items() if v}, "notes": s["notes"]}
    json.dump(labels, open("labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(labels))
if __name__ == "__main__":
    import build; build.main()
