#!/usr/bin/env python3
"""Verify labels.json against archives/: every archive opens, every evidence sentence occurs
verbatim (whitespace-normalised) in the text of some file of its submission, and the label
structure is complete (17 indicators, evidence exactly for the present ones).

Usage: python3 check.py            -> prints problems, exit code 1 if any
       python3 check.py --dump B01 -> prints extracted text of a submission
"""
import html, io, json, os, re, sys, tarfile, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def xml_text(xml, para_tags):
    xml = re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", lambda m: " " * int(m.group(1) or 1), xml)
    xml = re.sub(r"<(?:text:tab|w:tab|text:line-break|w:br)\b[^>]*/>", " ", xml)
    for t in para_tags:
        xml = re.sub(r"</%s>" % re.escape(t), "\n", xml)
    xml = re.sub(r"<[^>]+>", "", xml)
    return html.unescape(xml)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    return "\n".join(xml_text(z.read(n).decode("utf-8"), ["w:p"]) for n in sorted(parts))


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ("content.xml", "styles.xml"):
        if n in z.namelist():
            out.append(xml_text(z.read(n).decode("utf-8"), ["text:p", "text:h"]))
    return "\n".join(out)


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "table", "ul", "ol", "section", "article", "header", "footer", "title", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(data):
    p = _H()
    p.feed(data.decode("utf-8", "replace"))
    return "".join(p.buf)


def file_text(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".odt"):
        return odt_text(data)
    if low.endswith((".html", ".htm")):
        return html_text(data)
    if low.endswith((".txt", ".md")):
        return data.decode("utf-8", "replace")
    return None


def archive_members(path):
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        return [(n, z.read(n)) for n in z.namelist() if not n.endswith("/")]
    with tarfile.open(path, "r:gz") as t:
        return [(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile()]


def submission_texts(path):
    texts = {}
    for name, data in archive_members(path):
        t = file_text(name, data)
        if t is not None:
            texts[name] = t
    return texts


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
        for n, t in submission_texts(os.path.join(HERE, "archives", labels[sys.argv[2]]["archive"])).items():
            print("=====", n)
            print(t)
        return 0
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems, n_ev = [], 0
    for sid, lab in sorted(labels.items()):
        arc = os.path.join(HERE, "archives", lab["archive"])
        if not os.path.exists(arc):
            problems.append(f"{sid}: archive missing {lab['archive']}")
            continue
        try:
            texts = submission_texts(arc)
        except Exception as e:  # noqa
            problems.append(f"{sid}: cannot read archive: {e}")
            continue
        if not texts:
            problems.append(f"{sid}: no readable files")
        whole = [norm(t) for t in texts.values()]
        ind = lab.get("indicators", {})
        if sorted(ind) != sorted(IDS):
            problems.append(f"{sid}: indicator keys wrong: {sorted(set(IDS) ^ set(ind))}")
        for k, v in ind.items():
            if v not in ("present", "absent"):
                problems.append(f"{sid}: {k} has status {v!r}")
        ev = lab.get("evidence", {})
        for k in IDS:
            if ind.get(k) == "present" and not ev.get(k):
                problems.append(f"{sid}: {k} present but no evidence")
            if ind.get(k) == "absent" and k in ev:
                problems.append(f"{sid}: {k} absent but has evidence")
        for k, sents in ev.items():
            for s in sents:
                n_ev += 1
                if not any(norm(s) in t for t in whole):
                    problems.append(f"{sid}: {k}: evidence not found verbatim: {s[:90]!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(labels)} submissions, {n_ev} evidence sentences checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
