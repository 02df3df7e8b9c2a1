#!/usr/bin/env python3
import json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
import check
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
GENRE = {
 "N01": ("LEADER application form (DOCX, header/footer boilerplate) + general-meeting minutes (ODT)", "strong; form hints in italics; planned app ('Būtu labi … lietotni'); header/footer LEADER/ELFLA boilerplate"),
 "N02": ("LEADER application form (DOCX) + saved Facebook page Lapa.html with Lapa_files/", "strong; shared café advert on FB; side files (script.js holds 'Kopienas centrs' string) are not evidence; planned darbnīca"),
 "N03": ("Action plan with budget + self-assessment table (ODT) + support letter from pagasta pārvalde (DOCX)", "strong; action-plan rows are plans; letter's 'we' (optical internet, e-pieraksts) is the writer's"),
 "N04": ("LEADER application form (DOCX), mostly unfilled", "very weak; form hints; criteria restated as answers; 'Vēl tiek izstrādāti.', 'Skatīt pielikumā.' without annex; wishes (būtu labi, varētu, vajadzētu); self-assessment points; ELFLA footer; address header"),
 "N05": ("LEADER application form (DOCX) from a company (SIA)", "not a community; company/project goals only; 'būvprojekts' sense; address header; conditionals about a future biedrība"),
 "N06": ("LEADER application form (DOCX) from a school + printed Gmail thread (HTML)", "institution, no residents' organisation (denied); project technical aim; 'Skolas iela'; e-klase as national standard; consultant's general smart-village text in e-mail"),
 "N07": ("LEADER application form (ODT) typed without diacritics", "no diacritics; conditional kooperatīvs; denied internet; abandoned amatnieku darbnīcas; 'netiek iesaistiti'; 'Resursi vel nav apzinati'; denied sponsors"),
 "N08": ("Village newsletter 'Gaiķu Vēstis' (DOCX) + general-meeting minutes (ODT)", "other word senses: vērtības (valuables), projekts (building design), programma (event), tīkls (power grid), mērķi (destinations), Skolas iela, sēklu bibliotēka; internet advert; resource list postponed"),
 "N09": ("LEADER application form (DOCX, header/footer boilerplate)", "neighbour Brocēni ('…, bet mums tādas nav'); newspaper quote about Saldus; smart-village definition; planned talka; conditional youth; 'Informatīvā telpa: —'; denied external resources; association name contains 'kopienas centrs' but has none"),
 "N10": ("Self-assessment table with points (DOCX)", "points claimed without facts; criterion wording copied as answers; 'Nav apkopoti.'; idea-level market"),
 "N11": ("Saved Facebook page Lapa.html + Lapa_files/", "very weak; shared neighbour post (Kursīši time bank); EC smart-village definition; newspaper story on Ezere; sponsored adverts; wishes in comments; poll without decision; planned talka"),
 "N12": ("LEADER application form (DOCX) + partnership agreement (ODT)", "traditional tautas nams (not C3.2); planned solar panels; agreement obligations are future; identity 'vajadzētu'; youth denied; 'tehniskais projekts' sense"),
 "N13": ("LEADER application form (DOCX, ELFLA footer)", "abandoned cooperative and time bank; board decided alone; survey not used; 'netiek iesaistīti'; denied networks"),
 "N14": ("LEADER application form (DOCX) + printed Outlook e-mail thread (HTML)", "evidence without keywords (men fixed bridge, slips in a box, phone group, students from Rīga); abandoned Lithuanian contact; boilerplate signature in e-mail"),
 "N15": ("Action plan with budget (ODT) + residents' meeting minutes (DOCX)", "action-plan rows (planned C3.x, WhatsApp, masterclasses); denials ('vēl nav notikuši', 'nav īstenots'); conditional sponsors"),
 "N16": ("LEADER application form (ODT) + support letter from Lithuanian partner (DOCX)", "contrast denial ('Citur … taču Remtē šādas telpas nav'); planned QR audio guide; letter's 'we' (coworking, app) is the writer's"),
}
IND = check.IND
rows = []
for sid in sorted(L):
    lab = L[sid]
    texts = check.submission_texts(os.path.join(HERE, "archives", lab["archive"]))
    main = next(iter(texts))
    wc = len(texts[main].split())
    cnt = sum(1 for v in lab["indicators"].values() if v == "present")
    g, t = GENRE[sid]
    rows.append(f"| {sid} | {lab['archive']} | {lab['name']} — {g} | {t} | {cnt}/17 | {main.split('/',1)[1]} ({wc} words) |")
per = {i: sum(1 for s in L.values() if s["indicators"][i] == "present") for i in IND}
out = ["# blind23/N — Viedais ciems blind test set (Saldus rīcības grupa, Saldus novads)", "",
 "16 fictional submissions to a fictionalised call of the LEADER local action group biedrība „Saldus rīcības grupa” (Saldus novads incl. the former Brocēni novads), rīcība 2.1 „Viedo ciemu attīstība”, spring 2024. 12 `.zip` + 4 `.tar.gz`; each archive holds a folder `Nxx/` with 1–3 documents (DOCX/ODT from pandoc, hand-written HTML). Only `/work/shared/criteria.md` was used as specification.", "",
 "| ID | archive | applicant / genre | traps | present | main document (words, extracted) |", "|---|---|---|---|---|---|"] + rows + ["",
 "## Present counts per indicator", "", "| " + " | ".join(IND) + " |", "|" + "---|" * len(IND),
 "| " + " | ".join(str(per[i]) for i in IND) + " |", "",
 "Strong (17/17): N01, N02, N03. Very weak: N04 (2), N11 (3). Non-communities: N05 (company), N06 (school). No diacritics: N07.", "",
 "## Labelling conventions", "",
 "- Binary per leaf indicator: `present` only when at least one passage satisfies all rules of „What counts as evidence” in criteria.md; everything else (weak, missing, negated) is `absent` with a note.",
 "- Evidence strings are whole sentences (or whole table cells) copied from the extracted text; `check.py` compares them after whitespace normalisation. Table cells of resource tables count as one evidence unit each.",
 "- C1 requires the applicant presenting itself as the community of a named place; a company or school applicant gets C1 absent even though it names the village; header address lines are never used.",
 "- C2: community goals/visions, including future ones, count; a project's technical aim or a company's business goal does not.",
 "- C3.x, C4.3, C5.4, C6.3: only done or running things; plans, action-plan rows, conditionals, abandoned or denied items are absent.",
 "- Applicant that is not a community (N05 company, N06 school): indicators describing the applicant's own activities (innovation it introduced, its own resources, its use of national programmes, cooperation it leads with other sectors) are labelled present; C1, C4.1 are absent; C6.2 absent because there is no community goal (C2).",
 "- Support letters: the writer's 'we' statements about itself are not evidence for the applicant. Shared posts, newspaper quotes, adverts, definitions and the LAG consultant's e-mail text are not evidence.",
 "- Boilerplate in DOCX headers/footers (LEADER/ELFLA, 'Eiropa investē lauku apvidos', SVVA line) is never evidence (N04/N13 footer claims ELFLA support — not C6.3).",
 "- C6.1 present when the applicant itself identifies its resources (list, table or explicit statement); C6.2 needs C6.1 and C2 and an explicit resource→goal tie (future 'izmantosim … mūsu mērķim' accepted, since C6.2 is not in the done-only list).",
 "- Knowledge brought in through training/seminars for the community counts for C5.1 (N12).",
 "", "## Files", "",
 "- `archives/` — the 16 archives; `labels.json` — labels; `check.py` — stdlib checker (`python3 check.py`, `--words`, `--dump Nxx`).",
 "- `sources/Nxx/` — Markdown/HTML sources; `sources/build.py` — builds archives (pandoc `-f markdown-smart`, header/footer injection into DOCX, Lapa_files side files); `sources/labels_src.py` — writes labels.json; `sources/make_readme.py` — writes this README.",
]
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out[4:4+2+len(rows)+6]))
