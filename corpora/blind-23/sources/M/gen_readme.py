import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import check
L = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
MAIN = {"M01": ("Projekta_iesniegums_Jaunlaicene.docx", "LEADER form (DOCX, header/footer) + AGM minutes (ODT)", "strong; header/footer LEADER boilerplate; general smart-village definition; form hint"),
 "M02": ("Iesniegums_Ziemeri_viedais_ciems.docx", "LEADER form with Q&A (DOCX) + saved Facebook page", "strong; Ape town workshop (neighbour); shared shop advert on FB; evidence split across files"),
 "M03": ("Gaujiena_projekta_iesniegums.odt", "LEADER form (ODT) + school support letter (DOCX)", "strong; headings copy criteria wording; evidence without keywords (van deliveries, boats in flood, parents' forms); school letter's own 'we'"),
 "M04": ("SIA_Pededzes_krasti_iesniegums.docx", "LEADER form by a company (DOCX)", "very weak; not a community; definition + newspaper quote; advert; wishes/plans; 'vērtība' money; 'projekts' design; footer 'Sekojiet mums Facebook'"),
 "M05": ("Markalne_projekta_iesniegums.docx", "LEADER form (DOCX)", "very weak; form hints; criteria wording as answers; 'skatīt pielikumā'; conditionals; denials; Alsviķi contrast 'bet mums tādas nav'; empty '—' section; self-assessment points"),
 "M06": ("Ilzene_iesniegums.docx", "LEADER form without diacritics (DOCX) + printed e-mail (HTML)", "no diacritics; not-started idea; planned solar panels; Ziemeri time bank (neighbour); denials; consultant's definition"),
 "M07": ("Liepnas_pamatskola_iesniegums.odt", "LEADER form by a municipal school (ODT)", "institution, no residents' organisation; project technical aim as 'mērķis'; abandoned community-centre idea; 'Skolas iela'; 'tīkls' = wireless"),
 "M08": ("Kopsapulces_protokols_Zeltini.docx", "general-meeting minutes with votes (DOCX) + neighbour's support letter (ODT)", "cooperative only voted as a working group; neighbour's community centre/'lepojamies' in own 'we'; proposals without decision; denials"),
 "M09": ("Lapa.html", "saved Facebook page (HTML + Lapa_files)", "shared advert e-shop; newspaper on Alūksne smart stop; 'mērķi' = destinations; board decides; survey unfinished; 'programma' = concert; Jaunanna's LEADER"),
 "M10": ("Annas_Vestis_2024_1.odt", "village newsletter (ODT)", "expert quote about Rīga; adverts (e-shop); planned talka; 'vērtība' money; church donation appeal; board plan"),
 "M11": ("Veclaicene_projekta_iesniegums.docx", "LEADER form + self-assessment table (DOCX, header/footer)", "self-assessment restating criteria; vague info claim; footer Facebook; conditional app; denials"),
 "M12": ("Trapenes_ricibas_plans_2024-2027.docx", "action plan with budget (DOCX)", "plan rows and budget (LEADER/VKKF) not evidence; denials of channels/projects; evidence only in 'current situation'"),
 "M13": ("Viresi_iesniegums_LEADER.odt", "LEADER form (ODT)", "abandoned e-shop; contrast denial (Ape optical internet); heritage work lapsed; resources listed but untied; ended foreign partnership"),
 "M14": ("Malienas_majas_iesniegums.docx", "LEADER form (DOCX) + partnership agreement (ODT)", "partner's time bank/shop/newspaper; contrast denial; planned courses; board+partner decide; partner obligations in future"),
 "M15": ("Epasta_sarakste_Alsviki.html", "printed e-mail thread (HTML) + self-assessment (ODT)", "non-answers ('Nav apkopoti.', 'Partnerus vēl meklējam.'); board member's conditionals; consultant's definition + newspaper quote; self-assessment restating criteria"),
 "M16": ("Malupe_projekta_iesniegums.docx", "LEADER form in plain words (DOCX, header/footer)", "strong-ish; evidence without keywords; traditional culture house; Kalncempji contrast; LEADER only in header/footer; 'programma' = event"),
}
rows = []
for sid in sorted(L):
    e = L[sid]
    docs = dict(check.archive_docs(os.path.join(ROOT, "archives", e["archive"])))
    main, genre, traps = MAIN[sid]
    n = sum(v == "present" for v in e["indicators"].values())
    rows.append(f"| {sid} | {e['archive']} | {e['name']} — {genre} | {traps} | {n} | {main} ({len(docs[main].split())} words) |")
ids = check.IDS
per = [f"| {i} | {sum(L[s]['indicators'][i]=='present' for s in L)} |" for i in ids]
tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
out = tpl.replace("{{TABLE}}", "\n".join(rows)).replace("{{PER}}", "\n".join(per))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(out)
print("README written")
