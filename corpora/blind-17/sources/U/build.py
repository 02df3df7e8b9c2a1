#!/usr/bin/env python3
"""Rebuild /work/blind17/U/archives/*, labels.json and README.md from the sources here.
Needs pandoc. Evidence sentences are marked in the sources as ⟦IDs|sentence⟧; the markers
are stripped before conversion and the sentences become the labels' evidence."""
import io, json, os, re, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib
from collections import OrderedDict

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC); sys.path.insert(0, ROOT)
from meta import S, HF  # noqa
import check  # noqa

IND = check.INDICATORS
MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")
DT = (2024, 10, 1, 12, 0, 0)


def strip_markers(text, ev):
    def rep(m):
        ids = [i.strip() for i in m.group(1).split(",")]
        sent = m.group(2)
        for i in ids:
            assert i in IND, i
            ev.setdefault(i, []).append(re.sub(r"\s+", " ", sent).strip())
        return sent
    out = MARK.sub(rep, text)
    assert "⟦" not in out and "⟧" not in out
    return out


def pandoc(md_text, fmt):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.md"); dst = os.path.join(d, "out." + fmt)
        open(src, "w", encoding="utf-8").write(md_text)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", fmt, "-o", dst, src], check=True)
        return open(dst, "rb").read()


def add_header_footer(docx, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx))
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    def para(t, jc):
        return (f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                f'<w:t xml:space="preserve">{t}</w:t></w:r></w:p>')
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{para(header, "right")}</w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{para(footer, "center")}</w:ftr>'
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf-8")
            refs = ('<w:headerReference w:type="default" r:id="rIdHdr1"/>'
                    '<w:footerReference w:type="default" r:id="rIdFtr1"/>')
            if 'xmlns:r=' not in s[:2000]:
                s = s.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
            m = re.search(r"<w:sectPr\b[^>]*?(/?)>", s)
            if m and m.group(1) == "/":
                s = s[:m.start()] + "<w:sectPr>" + refs + "</w:sectPr>" + s[m.end():]
            elif m:
                s = s[:m.end()] + refs + s[m.end():]
            else:
                s = s.replace("</w:body>", "<w:sectPr>" + refs + "</w:sectPr></w:body>")
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>",
                '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                "</Relationships>")
            data = s.encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>",
                '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                "</Types>")
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.writestr("word/header1.xml", hdr)
    zout.writestr("word/footer1.xml", ftr)
    zout.close()
    return out.getvalue()


def png(w=16, h=16, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


CSS = """/* saved stylesheet */
body{margin:0;font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;color:#1c1e21}
h1{font-size:24px;margin:8px 0}h2{font-size:18px}
.post,.intro,.profile-header,main{background:#fff;border-radius:8px;margin:12px auto;max-width:680px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.post-h,.post-f,.subtitle{color:#65676b;font-size:13px}.comment{font-size:13px;margin:6px 0 0 12px}
.akcija,.sponsored{background:#fff8e1;border:1px solid #f0c36d}
"""
JS = """/* saved script (minified bundle placeholder) */
(function(){"use strict";var d=document;function r(){var a=d.querySelectorAll("a");for(var i=0;i<a.length;i++){a[i].setAttribute("rel","noopener");}}
if(d.readyState!=="loading"){r();}else{d.addEventListener("DOMContentLoaded",r);}})();
"""


def build():
    labels = OrderedDict()
    rows = []
    os.makedirs(os.path.join(ROOT, "archives"), exist_ok=True)
    for sid in sorted(S):
        m = S[sid]
        ev = {}
        members = []  # (name, bytes)
        for src, out, hf in m["files"]:
            text = open(os.path.join(SRC, sid, src), encoding="utf-8").read()
            clean = strip_markers(text, ev)
            ext = out.rsplit(".", 1)[1]
            if ext in ("docx", "odt"):
                data = pandoc(clean, ext)
                if hf and ext == "docx":
                    data = add_header_footer(data, *HF)
            else:
                data = clean.encode("utf-8")
            members.append((out, data))
        if m.get("lapa"):
            css, js, img = m["lapa"]
            members += [("Lapa_files/" + css, CSS.encode()), ("Lapa_files/" + js, JS.encode()),
                        ("Lapa_files/" + img, png())]
        arch = f"{sid}.{m['fmt']}"
        path = os.path.join(ROOT, "archives", arch)
        if m["fmt"] == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in members:
                    zi = zipfile.ZipInfo(n, DT); zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, d)
        else:
            with tarfile.open(path, "w:gz") as t:
                for n, d in members:
                    ti = tarfile.TarInfo(n); ti.size = len(d); ti.mtime = 1727784000; ti.mode = 0o644
                    t.addfile(ti, io.BytesIO(d))
        notes = m["notes"]
        inds = OrderedDict((i, "present" if i in ev else "absent") for i in IND)
        for i in IND:
            if i in ev:
                assert i not in notes, (sid, i, "present but has note")
            else:
                assert i in notes, (sid, i, "absent without note")
        labels[sid] = OrderedDict([("name", m["name"]), ("archive", arch), ("indicators", inds),
                                   ("evidence", OrderedDict((i, ev[i]) for i in IND if i in ev)),
                                   ("notes", OrderedDict((i, notes[i]) for i in IND if i not in ev))])
        main_text = check.extract(m["main"], dict(members)[m["main"]])
        wc = len(re.findall(r"\w+(?:[-']\w+)*", main_text))
        rows.append((sid, arch, m, sum(v == "present" for v in inds.values()), wc))
    json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    write_readme(labels, rows)
    for sid, arch, m, n, wc in rows:
        print(f"{sid} {arch:10} present={n:2} main={m['main']} words={wc}")


def write_readme(labels, rows):
    L = []
    L.append("# Blind test set U (U01–U16): fictional Latvian Smart Village submissions\n")
    L.append("Written from `/work/shared/criteria.md` only. All applicants, people, registration numbers and "
             "villages are fictional (real pagasts names are used as setting).\n")
    L.append("## Layout\n")
    L.append("- `archives/U01.zip` … `U16.*` — one archive per submission (12 `.zip`, 4 `.tar.gz`), 1–3 documents each "
             "(DOCX and ODT made with pandoc from Markdown; hand-written HTML; `Lapa.html` + `Lapa_files/` with .css, .js, .png in U06 and U11).")
    L.append("- `labels.json` — per submission: name, archive, the 17 indicator labels (`present`/`absent`), verbatim evidence sentences for every present indicator, a note for every absent one.")
    L.append("- `check.py` — stdlib-only verifier (opens archives in memory, extracts DOCX incl. headers/footers, ODT, HTML; checks evidence verbatim after whitespace normalisation, labels and notes). Run `python3 check.py`.")
    L.append("- `sources/` — Markdown/HTML sources per submission (`sources/Uxx/`), `meta.py` (files, genre, traps, notes) and `build.py` "
             "(rebuilds archives, labels.json and this README: `python3 sources/build.py`). Evidence is marked in the sources as `⟦C1,C4.1|sentence⟧`; build strips the markers.\n")
    L.append("## Submissions\n")
    L.append("| ID | Archive | Applicant / genre | Quality | Traps | Present (of 17) | Main document | Words |")
    L.append("|---|---|---|---|---|---|---|---|")
    for sid, arch, m, n, wc in rows:
        L.append(f"| {sid} | {arch} | {m['name']} — {m['genre']} | {m['quality']} | {m['traps']} | {n} | {m['main']} | {wc} |")
    L.append("\nWord counts are tokens (`\\w+`) of the main document's extracted text (tables, headings and headers included).\n")
    L.append("## Present counts per indicator\n")
    L.append("| Indicator | Present in | Submissions |")
    L.append("|---|---|---|")
    for i in IND:
        ids = [s for s in labels if labels[s]["indicators"][i] == "present"]
        L.append(f"| {i} | {len(ids)} | {', '.join(ids)} |")
    L.append("\nDerived criteria (not labelled): C3 = any of C3.1–C3.3; C4/C5/C6 present only when all their sub-indicators are.\n")
    L.append("## Labelling conventions\n")
    L.append("""- Only the 17 indicators (C1, C2, C3.1–C3.3, C4.1–C4.4, C5.1–C5.4, C6.1–C6.4) are labelled; `present` means at least one sentence in a readable document of the archive is evidence under criteria.md \"What counts as evidence\"; otherwise `absent` (criteria.md's `weak`/`missing` distinction applies only to C3–C6, which are derived).
- Evidence must be the applicant's own, affirmed, actual statement: not about another place/partner (neighbour parishes, the Estonian partner's own \"we\", newspaper quotes, sponsored posts and adverts, residents' comments), not denied (incl. across \"…, bet mums tāda nav\"), not a non-answer (\"Skatīt pielikumā\" without the annex, \"Vēl tiek izstrādāti.\", \"Nav apkopoti.\", \"—\"), not a heading/criterion restated/boilerplate header or footer, not a wish, plan or action-plan/obligation row for C3.x, C4.3, C5.4, C6.3.
- C2 accepts a stated future goal or vision of the community (not a project's technical aim or a company's business target).
- C6.2 is labelled present only where C6.1 and C2 are present and a named resource is tied to the stated goal; the tie may be a planned use.
- C4.4 requires residents/members deciding (assembly, vote, participatory budget, survey that changed the decision); board or head decisions and ignored surveys are absent.
- C1 requires the applicant to present itself as the named place's community; companies, institutions and administrations are labelled absent even when they name the pagasts.
- A letter of support by another body (municipality, school, foreign partner) is not used as evidence for the applicant; where a claim in such a letter is true it is also stated by the applicant in the main document.
- Each evidence string is one whole sentence (or table cell sentence) copied verbatim; one sentence may serve several indicators.
- Homographs treated as other senses: \"projekts\" (building design), \"programma\" (concert programme), \"vērtības\" (money value), \"mērķi\" (travel destinations), \"tīkls\" (electricity network), \"Skolas iela\", \"sēklu bibliotēka\".
- U09 is typed entirely without diacritics; its evidence strings are therefore also diacritic-free.
""")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))


if __name__ == "__main__":
    build()
