#!/usr/bin/env python3
"""Rebuild /work/blind16/R/archives/* and labels.json from the sources in this folder.

Layout of sources/:
  RNN/<Name>.docx.md   -> <Name>.docx   (pandoc, markdown without smart quotes)
  RNN/<Name>.odt.md    -> <Name>.odt    (pandoc)
  RNN/<Name>.html      -> copied as is; Lapa.html also gets a Lapa_files/ folder (.css .js .png)
  meta.json            -> archive format per ID, DOCX headers/footers
  labels_src.txt       -> labels.json (see parse_labels)
Requires pandoc and python-docx (only for DOCX headers/footers).
"""
import io, json, os, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARCH = os.path.join(ROOT, "archives")
IDS = ["R%02d" % i for i in range(1, 17)]
INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
FIXED_DATE = (2024, 3, 15, 10, 0, 0)


def png_bytes(w=8, h=8, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


LAPA_CSS = """body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}
.post{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px 16px}
.comment{background:#f0f2f5;border-radius:14px;padding:6px 10px;margin:4px 0 4px 32px;font-size:13px}
.ad{border:1px solid #ddd;background:#fffbe6;padding:8px;margin:12px auto;max-width:680px;font-size:13px}
header{background:#1877f2;color:#fff;padding:10px 16px}
"""
LAPA_JS = """// saved page helper (offline copy)
(function(){document.addEventListener('DOMContentLoaded',function(){
var b=document.querySelectorAll('.like');for(var i=0;i<b.length;i++){b[i].addEventListener('click',function(){this.classList.toggle('on');});}
});})();
"""


def pandoc(md_path, out_path):
    subprocess.run(["pandoc", "-f", "markdown-smart", "-o", out_path, md_path], check=True)


def add_header_footer(docx_path, header, footer):
    import docx
    d = docx.Document(docx_path)
    for s in d.sections:
        if header:
            s.header.is_linked_to_previous = False
            s.header.paragraphs[0].text = header
        if footer:
            s.footer.is_linked_to_previous = False
            s.footer.paragraphs[0].text = footer
    d.save(docx_path)


def build_docs(rid, meta):
    src = os.path.join(HERE, rid)
    files = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(src)):
            p = os.path.join(src, name)
            if name.endswith(".docx.md") or name.endswith(".odt.md"):
                out_name = name[:-3]
                out = os.path.join(tmp, out_name)
                pandoc(p, out)
                hf = meta.get("headers", {}).get(out_name)
                if hf and out_name.endswith(".docx"):
                    add_header_footer(out, hf.get("header"), hf.get("footer"))
                with open(out, "rb") as f:
                    files[out_name] = f.read()
            elif name.endswith(".html"):
                with open(p, "rb") as f:
                    files[name] = f.read()
                if name == "Lapa.html":
                    files["Lapa_files/style.css"] = LAPA_CSS.encode()
                    files["Lapa_files/page.js"] = LAPA_JS.encode()
                    files["Lapa_files/logo.png"] = png_bytes()
    return files


def write_archive(rid, fmt, files):
    os.makedirs(ARCH, exist_ok=True)
    if fmt == "zip":
        path = os.path.join(ARCH, rid + ".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n in sorted(files):
                zi = zipfile.ZipInfo(n, FIXED_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[n])
    else:
        path = os.path.join(ARCH, rid + ".tar.gz")
        with tarfile.open(path, "w:gz") as t:
            for n in sorted(files):
                ti = tarfile.TarInfo(n)
                ti.size = len(files[n])
                ti.mtime = 1710496800
                ti.mode = 0o644
                t.addfile(ti, io.BytesIO(files[n]))
    return os.path.basename(path)


def parse_labels(path):
    """Format:
    == R01 | <name>
    C1 + <evidence sentence>        (one line per evidence string; indicator becomes present)
    C3.1 - <note>                   (indicator absent, with note)
    Lines starting with # are comments."""
    labels, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("== "):
                rid, name = [x.strip() for x in line[3:].split("|", 1)]
                cur = labels.setdefault(rid, {"name": name, "indicators": {}, "evidence": {}, "notes": {}})
                continue
            ind, sign, text = line.split(" ", 2)
            assert ind in INDICATORS, (ln, ind)
            if sign == "+":
                assert cur["indicators"].get(ind) in (None, "present"), (ln, ind)
                cur["indicators"][ind] = "present"
                cur["evidence"].setdefault(ind, []).append(text.strip())
            elif sign == "-":
                assert ind not in cur["indicators"], (ln, ind)
                cur["indicators"][ind] = "absent"
                cur["notes"][ind] = text.strip()
            else:
                raise ValueError("line %d: %r" % (ln, line))
    return labels


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    labels = parse_labels(os.path.join(HERE, "labels_src.txt"))
    out = {}
    for rid in IDS:
        m = meta[rid]
        files = build_docs(rid, m)
        arch = write_archive(rid, m["format"], files)
        lab = labels[rid]
        out[rid] = {"name": lab["name"], "archive": arch,
                    "indicators": {k: lab["indicators"].get(k, "MISSING") for k in INDICATORS},
                    "evidence": {k: lab["evidence"][k] for k in INDICATORS if k in lab["evidence"]},
                    "notes": {k: lab["notes"][k] for k in INDICATORS if k in lab["notes"]}}
        print(rid, arch, sorted(files))
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    print("labels.json written")


if __name__ == "__main__":
    main()
