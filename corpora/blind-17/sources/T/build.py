#!/usr/bin/env python3
"""Rebuild archives/ and labels.json (and README.md) of the blind test set from sources/.

Sources: sources/Txx/*.md (converted with pandoc -f markdown-smart to DOCX/ODT) and
sources/Txx/*.html (hand-written). Evidence sentences are marked in the sources as
{{C4.1,C5.2: sentence}}; the markers are stripped before conversion and the sentence is
recorded as evidence for those indicators. Notes for absent indicators are in meta.py.
Requires pandoc. Run: python3 sources/build.py"""
import io, json, os, re, struct, subprocess, sys, tarfile, tempfile, zipfile, zlib

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
sys.path.insert(0, OUT)
import meta  # noqa
import check  # noqa  (text extraction for word counts)

MARK = re.compile(r"\{\{\s*([C0-9.,\s]+?)\s*:\s*(.*?)\}\}", re.S)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def strip_markers(text):
    ev = []

    def rep(m):
        ids = [i.strip() for i in m.group(1).split(",") if i.strip()]
        sent = m.group(2)
        for i in ids:
            assert i in meta.IDS, i
            ev.append((i, re.sub(r"\s+", " ", sent).strip()))
        return sent
    clean = MARK.sub(rep, text)
    assert "{{" not in clean and "}}" not in clean, "unbalanced marker"
    return clean, ev


def pandoc(md_text, ext):
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in.md"), os.path.join(d, "out." + ext)
        open(src, "w", encoding="utf-8").write(md_text)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-o", dst, src], check=True)
        return open(dst, "rb").read()


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_header_footer(docx, header, footer):
    zin = zipfile.ZipFile(io.BytesIO(docx))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    part = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:{tag} xmlns:w="%s"><w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p></w:{tag}>' % W)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            x = data.decode("utf-8")
            if 'xmlns:r=' not in x[:2000]:
                x = x.replace("<w:document ", '<w:document xmlns:r="%s" ' % R, 1)
            refs = ('<w:headerReference w:type="default" r:id="rIdHdr1"/>'
                    '<w:footerReference w:type="default" r:id="rIdFtr1"/>')
            i = x.rfind("<w:sectPr")
            j = x.index(">", i)
            if x[j - 1] == "/":
                x = x[:i] + "<w:sectPr>" + refs + "</w:sectPr>" + x[j + 1:]
            else:
                x = x[:j + 1] + refs + x[j + 1:]
            data = x.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            x = data.decode("utf-8")
            x = x.replace("</Relationships>",
                          '<Relationship Type="%s/header" Id="rIdHdr1" Target="header1.xml"/>'
                          '<Relationship Type="%s/footer" Id="rIdFtr1" Target="footer1.xml"/></Relationships>' % (R, R))
            data = x.encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            x = data.decode("utf-8")
            x = x.replace("</Types>",
                          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
            data = x.encode("utf-8")
        zout.writestr(item, data)
    zout.writestr("word/header1.xml", part.format(tag="hdr", jc="right", t=_esc(header)))
    zout.writestr("word/footer1.xml", part.format(tag="ftr", jc="center", t=_esc(footer)))
    zout.close()
    return buf.getvalue()


def png(w=16, h=16, rgb=(59, 89, 152)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


ASSETS = {
    "Lapa_files/style.css": (b"body{font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0}"
                             b".topbar{background:#fff;padding:8px;border-bottom:1px solid #ddd}"
                             b".cover{background:#fff;padding:16px}.feed{max-width:680px;margin:12px auto}"
                             b".post{background:#fff;border-radius:8px;padding:12px;margin-bottom:12px}"
                             b".hdr{color:#65676b;font-size:13px}.stats{color:#65676b;font-size:12px}"
                             b".sponsored{border:1px solid #e4e6eb}.footer{color:#8a8d91;font-size:11px;padding:16px}\n"),
    "Lapa_files/script.js": (b"(function(){var d=document;window.__saved=1;"
                             b"d.addEventListener('DOMContentLoaded',function(){var s=d.querySelectorAll('.post');"
                             b"for(var i=0;i<s.length;i++){s[i].setAttribute('data-i',i);}});})();\n"),
}


def build():
    labels, rows = {}, []
    os.makedirs(os.path.join(OUT, "archives"), exist_ok=True)
    for sid, s in meta.S.items():
        members, evidence = [], {}
        for src, out, hf in s["files"]:
            text = open(os.path.join(SRC, sid, src), encoding="utf-8").read()
            clean, ev = strip_markers(text)
            for i, sent in ev:
                evidence.setdefault(i, [])
                if sent not in evidence[i]:
                    evidence[i].append(sent)
            if out.endswith((".docx", ".odt")):
                clean = re.sub(r"(?m)^(\d{3,})\. ", r"\1\\. ", clean)  # a year at line start is not a list
                data = pandoc(clean, out.rsplit(".", 1)[1])
                if hf:
                    data = add_header_footer(data, *meta.HF)
            else:
                data = clean.encode("utf-8")
            members.append((out, data))
            if out == "Lapa.html":
                members += [(k, v) for k, v in ASSETS.items()] + [("Lapa_files/logo.png", png())]
        name = sid + (".zip" if s["fmt"] == "zip" else ".tar.gz")
        path = os.path.join(OUT, "archives", name)
        if s["fmt"] == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in members:
                    z.writestr(zipfile.ZipInfo(n, (2024, 4, 25, 12, 0, 0)), d, zipfile.ZIP_DEFLATED)
        else:
            with tarfile.open(path, "w:gz") as t:
                for n, d in members:
                    ti = tarfile.TarInfo(n)
                    ti.size, ti.mtime, ti.mode = len(d), 1714046400, 0o644
                    t.addfile(ti, io.BytesIO(d))
        notes = s["notes"]
        ind = {i: ("present" if i in evidence else "absent") for i in meta.IDS}
        absent = {i for i in meta.IDS if ind[i] == "absent"}
        assert set(notes) == absent, (sid, sorted(set(notes) ^ absent))
        labels[sid] = {"name": s["name"], "archive": name, "indicators": ind,
                       "evidence": {i: evidence[i] for i in meta.IDS if i in evidence},
                       "notes": {i: notes[i] for i in meta.IDS if i in notes}}
        main = s["files"][0][1]
        words = len(check.extract(main, dict(members)[main]).split())
        rows.append((sid, name, s["name"], s["genre"], s["traps"], len(evidence), words, main))
    json.dump(labels, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    write_readme(labels, rows)
    for r in rows:
        print(f"{r[0]}  present={r[5]:2d}  main={r[7]} words={r[6]}")


def write_readme(labels, rows):
    counts = {i: sum(1 for l in labels.values() if l["indicators"][i] == "present") for i in meta.IDS}
    L = ["# Blind test set T (blind17) – fictional Latvian Smart Village submissions", "",
         "Written only from `/work/shared/criteria.md`. 16 fictional submissions (T01–T16) to the LEADER",
         "local action group „Aizkraukles rajona partnerība”, each one archive holding 1–3 documents.", "",
         "## Layout", "",
         "| Path | What |", "|---|---|",
         "| `archives/Txx.zip`, `archives/Txx.tar.gz` | the submissions (12 zip, 4 tar.gz); DOCX/ODT made with pandoc from Markdown, HTML hand-written; `Lapa.html` + `Lapa_files/` (style.css, script.js, logo.png) in T02, T05, T13 |",
         "| `labels.json` | per submission: name, archive, all 17 indicators present/absent, verbatim evidence for every present one, a note for every absent one |",
         "| `check.py` | stdlib checker: opens each archive in memory, extracts DOCX (incl. headers/footers), ODT, HTML text, verifies evidence and label completeness |",
         "| `sources/Txx/` | Markdown/HTML sources with `{{C…: sentence}}` evidence markers |",
         "| `sources/meta.py` | names, file lists, genres, traps, notes for absent indicators |",
         "| `sources/build.py` | rebuilds `archives/`, `labels.json` and this README (`python3 sources/build.py`, needs pandoc) |", "",
         "DOCX with the page header „Aizkraukles rajona partnerība · LEADER 2023–2027” and footer „Eiropa investē lauku apvidos” (added by editing the DOCX XML): T01, T06, T14. T09 is typed entirely without Latvian diacritics.", "",
         "## Submissions", "",
         "| ID | Archive | Applicant / genre | Traps | Present | Main document (words) |",
         "|---|---|---|---|---|---|"]
    for sid, name, app, genre, traps, n, words, main in rows:
        L.append(f"| {sid} | {name} | {app}; {genre} | {traps} | {n}/17 | `{main}` ({words}) |")
    L += ["", "Quality spread: strong (17/17) T01, T02, T03; very weak (0–3) T04, T05, T06; the rest mixed.", "",
          "Main documents: 15 of 16 have 700–900 words (counted on the extracted text, headers/footers included); T06, a thin administration form full of non-answers, is deliberately short.", "",
          "## Present counts per indicator", "", "| Indicator | Present in |", "|---|---|"]
    for i in meta.IDS:
        L.append(f"| {i} | {counts[i]} |")
    L += ["", "Composite criteria (not labelled, derivable): C3 = any of C3.1–C3.3; C4/C5/C6 = all of their sub-indicators.", "",
          "## Labelling conventions", "",
          "- Labels are binary per indicator (`present`/`absent`); `weak` is not used for the 17 leaf indicators.",
          "- Present only on the applicant's own, affirmed, actual statements (criteria.md „What counts as evidence”). C2 accepts a stated future goal/vision of the community (not a project's technical aim or a business target).",
          "- Not evidence: statements about other places/partners (incl. a partner's letter in its own „we”, a support letter's writer describing itself), newspaper/expert quotes, definitions, adverts and shared posts, denials (also across „…, bet mums …”), abandoned ideas, conditionals/wishes, plans and action-plan rows (for C3.x, C4.3, C5.4, C6.3 and for C6.4 unless already attracted), headings, form hints, criterion wording restated as an answer, self-assessment points without a fact, „Skatīt pielikumā” without the annex, header/footer boilerplate, other word senses (vērtības = money, projekts = building design, mērķi = destinations, tīkls = power network, Skolas iela, sēklu bibliotēka).",
          "- C1 needs the place named and the applicants presented as that place's community; C4.1 needs an organised body of residents. Companies, a family farm and a municipal library are therefore absent on C1/C4.1; their own actual activities (e-shop, solar panels, ELFLA support, own resources) are labelled on the applicant's own statements.",
          "- C4.4 needs residents deciding (assembly vote, participatory budget, a survey that determined the decision); a board or head deciding alone or a survey overruled/not compiled is absent.",
          "- Intergenerational teaching alone is labelled C5.1 (as criteria.md's example); C5.2 needs an explicit statement of groups brought together.",
          "- C6.2 is present only together with C6.1 and C2, with a resource explicitly tied to the stated goal.",
          "- Evidence strings are whole sentences (occasionally a whole table cell or a minutes line), copied verbatim from the source; several indicators may share one sentence. The evidence lists are sufficient, not exhaustive.",
          "- Evidence may come from any document of the archive (e.g. a Facebook page or minutes).", ""]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L))


if __name__ == "__main__":
    build()
