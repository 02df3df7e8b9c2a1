import json, random, unicodedata, os, html, shutil, hashlib
from tpl import IND, E, D
from PIL import Image, ImageDraw
HERE = os.path.dirname(os.path.abspath(__file__))
# id, nominative, genitive, locative, novads gen, association, archive type
PL = [
("B01","Vērgale","Vērgales","Vērgalē","Dienvidkurzemes","Vērgales krasts"),
("B02","Sece","Seces","Secē","Aizkraukles","Seces ozols"),
("B03","Kaunata","Kaunatas","Kaunatā","Rēzeknes","Kaunatas ezerzeme"),
("B04","Vecpiebalga","Vecpiebalgas","Vecpiebalgā","Cēsu","Piebalgas pakalni"),
("B05","Ēdole","Ēdoles","Ēdolē","Kuldīgas","Ēdoles pils ļaudis"),
("B06","Code","Codes","Codē","Bauskas","Codes avotiņš"),
("B07","Pasiene","Pasienes","Pasienē","Ludzas","SIA \"Pasienes koks\""),
("B08","Dikļi","Dikļu","Dikļos","Valmieras","Dikļu dziesmu sēta"),
("B09","Daudzese","Daudzeses","Daudzesē","Aizkraukles","Daudzeses sēļi"),
("B10","Rucava","Rucavas","Rucavā","Dienvidkurzemes","Rucavas dzīpari"),
("B11","Andrupene","Andrupenes","Andrupenē","Krāslavas","Andrupenes sāta"),
("B12","Lizums","Lizuma","Lizumā","Gulbenes","Lizuma loks"),
("B13","Lielplatone","Lielplatones","Lielplatonē","Jelgavas","ZS \"Platones lauki\""),
("B14","Pope","Popes","Popē","Ventspils","Popes muižas draugi"),
("B15","Bērzpils","Bērzpils","Bērzpilī","Balvu","Bērzpils kopiena"),
("B16","Ērgļi","Ērgļu","Ērgļos","Madonas","Ērgļu spārni"),
("B17","Zalve","Zalves","Zalvē","Aizkraukles","Zalves dzirnakmens"),
("B18","Skulte","Skultes","Skultē","Limbažu","Skultes jūrmala"),
("B19","Lutriņi","Lutriņu","Lutriņos","Saldus","Lutriņu pagasta bibliotēka"),
("B20","Vīpe","Vīpes","Vīpē","Jēkabpils","Vīpes vēji"),
("B21","Aglona","Aglonas","Aglonā","Preiļu","Aglonas ezerkrasts"),
("B22","Liepa","Liepas","Liepā","Cēsu","Liepas lapas"),
("B23","Dunalka","Dunalkas","Dunalkā","Dienvidkurzemes","Dunalkas ļaudis"),
("B24","Sauka","Saukas","Saukā","Jēkabpils","Saukas ezers"),
("B25","Silajāņi","Silajāņu","Silajāņos","Rēzeknes","Silajāņu ciema iedzīvotāja (fiziska persona)"),
("B26","Vecumnieki","Vecumnieku","Vecumniekos","Bauskas","Vecumnieku sēta"),
("B27","Trapene","Trapenes","Trapenē","Smiltenes","Trapenes tilts"),
("B28","Skrīveri","Skrīveru","Skrīveros","Aizkraukles","Skrīveru gotiņa"),
("B29","Elkšņi","Elkšņu","Elkšņos","Jēkabpils","Elkšņu sēļu sēta"),
("B30","Zosēni","Zosēnu","Zosēnos","Cēsu","Zosēnu saime"),
]
STRONG = {"B01","B04","B09","B16","B22","B28"}
WEAK = {"B07","B13","B19","B25"}
NODIA = "B23"
UNREAD = {"B11":"docx","B20":"pdf"}
ARCH = {"B05":"tar.gz","B12":"tar.gz","B18":"tar.gz","B27":"tar.gz","B08":"7z","B21":"7z","B29":"7z"}
FOLDER = {"B03","B06","B10","B12","B15","B21","B24","B27","B30"}
BOILER = "Projektu līdzfinansē Eiropas Lauksaimniecības fonds lauku attīstībai. LEADER — Eiropa investē lauku apvidos."

def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def pick_present(bid):
    if bid in STRONG: return set(IND)
    r = random.Random(bid + "-v4")
    p = set()
    for i in IND:
        pr = {"C1":0.95,"C2":0.85,"C4.1":0.8}.get(i, 0.5)
        if r.random() < pr: p.add(i)
    p.add("C1")  # every mixed submission is a community that names its place and speaks as "we"
    for t in {"B11":["C3.3","C6.4"],"B20":["C5.2","C6.1"]}.get(bid, []): p.discard(t)
    if not ({"C6.1","C2"} <= p): p.discard("C6.2")
    return p

def choose(ind, present, r, k):
    opts = [t for t in E[ind] if (t[0] | t[1]) <= present]
    r.shuffle(opts)
    return opts[:k]

# ---------- document model: list of blocks ('h',t) ('p',t) ('tab',head,rows) ----------
def to_html(title, blocks, fb=False):
    out = ["<!DOCTYPE html>", "<html lang=\"lv\"><head><meta charset=\"utf-8\"><title>%s</title>" % html.escape(title)]
    if fb:
        out.append('<link rel="stylesheet" href="Lapa_files/style.css"><script src="Lapa_files/app.js"></script>')
    out.append("</head><body>")
    if fb:
        out.append('<div class="top"><img src="Lapa_files/logo.png" alt="logo"> <span>Facebook</span></div>')
    for b in blocks:
        if b[0] == "h": out.append("<h2>%s</h2>" % html.escape(b[1]))
        elif b[0] == "h1": out.append("<h1>%s</h1>" % html.escape(b[1]))
        elif b[0] == "p":
            out.append(('<div class="post"><p>%s</p></div>' if fb else "<p>%s</p>") % html.escape(b[1]))
        elif b[0] == "tab":
            out.append("<table><thead><tr>" + "".join("<th>%s</th>" % html.escape(c) for c in b[1]) + "</tr></thead><tbody>")
            for row in b[2]:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

SEC = {"C1":"Iesniedzējs un kopiena","C2":"Mērķi un nākotnes vīzija","C3.1":"Inovācijas uzņēmējdarbībā","C3.2":"Sociālās inovācijas","C3.3":"Tehnoloģiskās inovācijas",
"C4.1":"Kopdarbība","C4.2":"Identitāte","C4.3":"Pašorganizēšanās","C4.4":"Lēmumu pieņemšana","C5.1":"Zināšanas un mantojums","C5.2":"Dažādu grupu iesaiste",
"C5.3":"Sadarbība ar iestādēm un uzņēmējiem","C5.4":"Informācijas aprite","C6.1":"Resursi","C6.2":"Resursu izmantošana","C6.3":"Valsts un reģionālie pasākumi","C6.4":"Ārējie resursi un partneri"}

def build_generic(p, present, r):
    bid, nom, vg, vl, ng, assoc = p
    A = '"%s"' % assoc
    fmt = lambda s: s.format(vg=vg, vl=vl, ng=ng, A=A)
    ev = {}   # ind -> list of sentences
    items = []  # (tags, sentence)
    used = set()
    for ind in IND:
        if ind not in present: continue
        if any(ind in t for t, s in items): 
            if r.random() < 0.5: continue
        k = 2 if (bid in STRONG or r.random() < 0.3) else 1
        for tags, also, txt in choose(ind, present, r, k):
            s = fmt(txt)
            if s in used: continue
            used.add(s); items.append((tags, s))
    # distractors
    ds = [d for d in D if d[2] <= present and (d[0] != "plan" or "C2" in present)
          and not (d[0] in ("denial","contrast","nonanswer","plan") and d[1] & (present | HIDDEN.get(bid, set())))]
    r.shuffle(ds)
    # prefer distractors touching absent indicators
    absent = set(IND) - present
    ds.sort(key=lambda d: 0 if d[1] & absent else 1)
    nd = 5 if bid in STRONG else 8
    dist = ds[:nd]
    return items, dist, fmt

HIDDEN = {"B11": {"C3.3","C6.4"}, "B20": {"C5.2","C6.1"}}
GENRES = ["form","selfassess","minutes","newsletter","fb","letter","agreement","actionplan","budget","resources"]

def render_files(p, present, items, dist, fmt, r):
    bid, nom, vg, vl, ng, assoc = p
    kinds = r.choice([["form","selfassess","letter"],["newsletter","actionplan"],["minutes","fb","budget"],["form","resources","agreement","fb"],
                      ["fb","minutes"],["form","budget"],["newsletter","selfassess","resources"],["form"],["minutes","newsletter","letter","actionplan"]])
    if not {"C4.1","C4.4"} <= present:
        kinds = ["newsletter" if k == "minutes" else k for k in kinds]
        kinds = list(dict.fromkeys(kinds))
    if not ({"C5.3","C6.4","C4.1"} <= present):
        kinds = [k for k in kinds if k not in ("letter","agreement")] or ["form"]
    if "C2" not in present:
        kinds = [k for k in kinds if k != "actionplan"] or ["form"]
    text_kinds = [k for k in kinds if k in ("form","selfassess","minutes","newsletter","fb")] or ["form"]
    if not any(k in ("form","selfassess","minutes","newsletter","fb") for k in kinds): kinds = ["form"] + kinds
    buckets = {k: [] for k in text_kinds}
    res_rows = []
    for i,(tags,s) in enumerate(items):
        if "resources" in kinds and tags == {"C6.1"} and r.random() < 0.7:
            res_rows.append(s); continue
        buckets[text_kinds[i % len(text_kinds)]].append((tags, s))
    dbuckets = {k: [] for k in text_kinds}
    for i, d in enumerate(dist):
        dbuckets[text_kinds[(i+1) % len(text_kinds)]].append(d)
    files = []
    for k in kinds:
        ext = {"form":"docx","selfassess":"odt","minutes":r.choice(["docx","odt"]),"newsletter":r.choice(["odt","docx"]),"fb":"html",
               "letter":"docx","agreement":"odt","actionplan":"docx","budget":"odt","resources":r.choice(["docx","odt"])}[k]
        B = []
        ev = buckets.get(k, []); di = dbuckets.get(k, [])
        if k not in ("form","selfassess"): di = [x for x in di if x[0] not in ("nonanswer","form")]
        mix = [("e",x) for x in ev] + [("d",x) for x in di]
        r.shuffle(mix)
        if k == "form":
            B += [("p", BOILER), ("h1","Projekta iesnieguma veidlapa — rīcība \"Viedais ciems\""),
                  ("tab", ["Lauks","Informācija"], [["Iesniedzējs", ("Biedrība %s" % fmt("{A}")) if "C4.1" in present else "%s ciema iedzīvotāju pārstāve Ilze Zariņa (fiziska persona)" % vg], ["Adrese", "%s, %s pagasts, %s novads" % (nom, vg, ng)], ["Projekta nosaukums", "Ciema centrs visiem"]])]
            for n, (t, x) in enumerate(mix, 1):
                if t == "e":
                    B.append(("h", "%d. %s" % (n, SEC[sorted(x[0])[0]]))); B.append(("p", x[1]))
                else:
                    B.append(("h", "%d. %s" % (n, SEC[sorted(x[1])[0]]))); B.append(("p", x[3]))
            B.append(("h","%d. Pielikumi" % (len(mix)+1))); B.append(("p","—"))
            B.append(("p", BOILER))
        elif k == "selfassess":
            rows = []
            for t, x in mix:
                if t == "e": rows.append([sorted(x[0])[0] + " " + SEC[sorted(x[0])[0]], "Atbilst", x[1]])
                else: rows.append([sorted(x[1])[0] + " " + SEC[sorted(x[1])[0]], "Atbilst", x[3]])
            rows.append(["C6.3 " + SEC["C6.3"], "Atbilst pilnībā — 5 punkti", "—"]) if "C6.3" not in present else None
            B += [("h1","Pašvērtējums atbilstoši viedā ciema pazīmēm"), ("p","Aizpilda iesniedzējs."), ("tab",["Pazīme","Vērtējums","Pamatojums"], rows)]
        elif k == "minutes":
            B += [("h1","Iedzīvotāju tikšanās protokols Nr. %d" % r.randint(2,9)), ("p","%s, saieta namā, 2026. gada %d. februārī" % (nom, r.randint(2,27))),
                  ("p","Protokolē: %s" % r.choice(["Ilze Zariņa","Mārtiņš Ozols","Daiga Kalniņa","Raimonds Liepiņš"])), ("h","Darba kārtība"),
                  ("p","1. Ciema aktualitātes. 2. Dažādi jautājumi."), ("h","Apspriestais")]
            for t, x in mix: B.append(("p", x[1] if t == "e" else x[3]))
            B.append(("p","Sanāksme slēgta plkst. 20.15."))
        elif k == "newsletter":
            B += [("h1","%s Vēstis — 2026. gada pavasaris" % vg)]
            for t, x in mix:
                B.append(("h", r.choice(["Jaunumi","No ciema dzīves","Īsumā","Mūsu ļaudis","Vēl ziņas"])))
                B.append(("p", x[1] if t == "e" else x[3]))
            B.append(("p","Izdevumu sagatavoja Daiga Kalniņa."))
        elif k == "fb":
            B += [("h1", "%s ciema lapa" % vg)]
            for t, x in mix: B.append(("p", x[1] if t == "e" else x[3]))
            B.append(("p","Patīk · Komentēt · Dalīties"))
        elif k == "letter":
            B += [("h1","Atbalsta vēstule"), ("p","%s pamatskola, %s novads" % (vg, ng)), ("p","Ar šo apliecinām atbalstu biedrības %s iesniegtajam projekta pieteikumam rīcībā \"Viedais ciems\"." % fmt("{A}")),
                  ("p","Ar cieņu, direktore Anita Bērziņa")]
        elif k == "agreement":
            B += [("h1","Sadarbības līgums Nr. 2026/3"), ("p","Biedrība %s un %s pagasta pārvalde, turpmāk — Puses, vienojas par sadarbību projekta īstenošanā." % (fmt("{A}"), vg)),
                  ("p","1. Līguma priekšmets: kopīga projekta īstenošana. 2. Līgums stājas spēkā ar parakstīšanas brīdi."), ("p","Pušu paraksti: ____________")]
        elif k == "actionplan":
            B += [("h1","Rīcības plāns 2027.–2029. gadam"), ("tab",["Laiks","Rīcība","Atbildīgais"],[
                  ["2027. gada maijs","Kopstrādes telpas iekārtošana","Ilze Zariņa"],["2027. gada septembris","Digitālo prasmju kursi","Mārtiņš Ozols"],
                  ["2028. gada jūnijs","Ciema mājaslapas izveide","Daiga Kalniņa"],["2029. gads","Dalība LEADER projektu konkursā","Raimonds Liepiņš"]])]
        elif k == "budget":
            B += [("p", BOILER), ("h1","Projekta budžets"), ("tab",["Pozīcija","Summa, EUR"],[["Aprīkojums","8 400"],["Būvdarbi","12 100"],["Publicitāte","600"],["Kopā","21 100"]]),
                  ("p","Summas norādītas ar PVN.")]
        elif k == "resources":
            rows = [["Resurss", s] for s in res_rows] or [["Tehniskie", "—"], ["Cilvēkresursi", "Nav apkopoti."]]
            B += [("h1","Kopienas resursu apkopojums"), ("tab",["Veids","Apraksts"], rows)]
        title = {"form":"Pieteikums","selfassess":"Pasvertejums","minutes":"Protokols","newsletter":"Vestis","fb":"Lapa","letter":"Atbalsta_vestule",
                 "agreement":"Sadarbibas_ligums","actionplan":"Ricibas_plans","budget":"Budzets","resources":"Resursi"}[k]
        files.append((title, ext, k, B))
    placed = [s for k in buckets for _, s in buckets[k]] + res_rows
    return files, placed

WEAK_SPEC = {
"B07": [("Pieteikums","docx",[("p",BOILER),("h1","Projekta iesnieguma veidlapa"),("tab",["Lauks","Informācija"],[["Iesniedzējs","SIA \"Pasienes koks\""],["Adrese","Pasiene, Pasienes pagasts, Ludzas novads"]]),
   ("h","1. Iesniedzēja apraksts"),("p","SIA \"Pasienes koks\" ir 2012. gadā dibināts kokapstrādes uzņēmums, kurā strādā 14 darbinieki."),
   ("h","2. Inovācijas"),("p",("C3.3","Kopš 2025. gada uzņēmuma kaltē darbojas saules paneļi, kas sedz pusi no kaltes elektroenerģijas patēriņa.")),
   ("h","3. Kopienas iesaiste"),("p","Uzņēmums nav biedrība, un iedzīvotāju organizācijas mūsu pagastā nav."),
   ("h","4. Valsts un reģionālie pasākumi"),("p",("C6.3","2023. gadā ar ELFLA atbalstu uzņēmums iegādājās jaunu zāģēšanas līniju.")),
   ("h","5. Mērķi"),("p","Uzņēmuma mērķis ir palielināt apgrozījumu par 20 % un iziet Skandināvijas tirgū."),
   ("h","6. Informācijas aprite"),("p","Reklāma: SIA \"Pasienes koks\" — malka, dēļi un brusas ar piegādi visā Latgalē!"),
   ("h","7. Resursi"),("p","Skatīt pielikumā Nr. 2."),("p",BOILER)])]}
WEAK_SPEC["B13"] = [("Pieteikums","odt",[("p",BOILER),("h1","LEADER projekta pieteikums"),("tab",["Lauks","Informācija"],[["Iesniedzējs","ZS \"Platones lauki\""],["Adrese","Lielplatones pagasts, Jelgavas novads"]]),
   ("h","1. Par saimniecību"),("p","Zemnieku saimniecība \"Platones lauki\" apsaimnieko 180 ha un audzē graudaugus un zemenes."),
   ("h","2. Inovācija uzņēmējdarbībā"),("p",("C3.1","Kopš 2024. gada saimniecība zemenes pārdod tiešās tirdzniecības automātā pie ceļa un savā e-veikalā.")),
   ("h","3. Kopiena"),("p","Saimniecības darbā iesaistīti ģimenes locekļi un sezonas strādnieki; biedrības vai iniciatīvas grupas mums nav."),
   ("h","4. Identitāte"),("p","—"),
   ("h","5. Resursi"),("p",("C6.1","Saimniecības tehniskie resursi ir divi traktori, graudu kalte un dzesējamā noliktava 300 m² platībā.")),
   ("h","6. Sadarbība"),("p","Kaimiņu pagastā darbojas lauksaimnieku kooperatīvs, bet mēs tajā neesam iestājušies."),
   ("h","7. Nākotne"),("p","Saimniecības mērķi nākamajam gadam ir jauna kombaina iegāde un ražas palielināšana."),
   ("p","Viedais ciems ir kopiena, kas izmanto inovatīvus risinājumus, lai uzlabotu savu noturību."),("p",BOILER)]),
 ("Budzets","docx",[("h1","Projekta budžets"),("tab",["Pozīcija","Summa, EUR"],[["Zemeņu automāts","6 200"],["Uzstādīšana","800"],["Kopā","7 000"]])])]
WEAK_SPEC["B19"] = [("Lutrinu_biblioteka","html_fb",[("h1","Lutriņu pagasta bibliotēka"),
   ("p","Bibliotēka ir atvērta no otrdienas līdz sestdienai no 10.00 līdz 18.00."),
   ("p",("C5.1","Bibliotēkas novadpētniecības krātuvē apkopotas vairāk nekā 400 vecas fotogrāfijas un atmiņu stāsti, un katru mēnesi tos rādām apmeklētājiem izstādē.")),
   ("p","Laikraksts \"Saldus Zeme\" raksta, ka Saldū jau darbojas kopstrādes telpa un laika banka."),
   ("p","Piedāvājam kopēšanu un skenēšanu — 0,10 eiro par lapu!"),
   ("p","Bibliotēkas grāmatu fonda vērtības pārvērtēšana notiks martā."),
   ("p","Patīk · Komentēt · Dalīties")]),
 ("Pieteikums","docx",[("p",BOILER),("h1","Projekta iesnieguma veidlapa"),("tab",["Lauks","Informācija"],[["Iesniedzējs","Lutriņu pagasta bibliotēka (pašvaldības iestāde)"],["Adrese","Lutriņi, Lutriņu pagasts, Saldus novads"]]),
   ("h","1. Kopienas raksturojums"),("p","Vēl tiek izstrādāts."),
   ("h","2. Mērķi un vīzija"),("p","Kopīgi mērķi un nākotnes vīzija, kas vērsta uz kopējās dzīves kvalitātes uzlabošanu."),
   ("h","3. Pašvērtējums"),("p","Atbilst pilnībā — 5 punkti."),
   ("h","4. Lēmumu pieņemšana"),("p","Lēmumus par bibliotēkas darbu pieņem bibliotēkas vadītāja saskaņā ar pašvaldības nolikumu."),
   ("h","5. Informācijas aprite"),("p","Nav apkopoti."),
   ("p",BOILER)])]
WEAK_SPEC["B25"] = [("Pieteikums","docx",[("p",BOILER),("h1","Pieteikums rīcībā \"Viedais ciems\""),("tab",["Lauks","Informācija"],[["Iesniedzēja","Silajāņu ciema iedzīvotāja, fiziska persona"],["Adrese","Silajāņi, Silajāņu pagasts, Rēzeknes novads"]]),
   ("h","1. Kopiena"),("p",("C1","Esam Silajāņu ciema iedzīvotāji — apmēram 200 cilvēku, kurus vieno kopīgs ciems un kopīgas rūpes par to.")),
   ("h","2. Kopīgi mērķi"),("p","Mums nav kopīgas vīzijas — katrs dzīvo savu dzīvi."),
   ("h","3. Inovācijas"),("p","Būtu labi ciemā ierīkot kopstrādes telpu bijušajā pasta ēkā."),("p","Kaimiņu ciemā ir optiskais internets un viedie skaitītāji, bet mūsu ciemā tāda nav."),
   ("h","4. Iedzīvotāju kopa"),("p","Ciemā nav ne biedrības, ne iniciatīvas grupas, un kopīgi darbi pēdējos gados nav notikuši."),
   ("h","5. Lēmumu pieņemšana"),("p","Iedzīvotāju sapulces pēdējos gados nav notikušas."),
   ("h","6. Atvērtība"),("p","Jaunieši un senjori kopienas darbā netiek iesaistīti."),("p","Informācijas aprite ciemā nav sakārtota, un kopīgu saziņas kanālu mums nav."),
   ("h","7. Resursi"),("p","Resursi vēl nav apzināti."),("p","LEADER projektos līdz šim neesam piedalījušies."),("p",BOILER)])]
WEAK_SPEC["B07"].append(("Lapa","html_fb",[("h1","Pasienes koks"),("p","Piedāvājam sausu malku ar piegādi — zvaniet 26 000 000!"),("p","Mūsu darbnīca atrodas Skolas ielā 5."),("p","Patīk · Komentēt · Dalīties")]))

UNREAD_TEXT = {
 "B11": ("Ricibas_apraksts", "docx", [("C3.3","Ciemā ieviesām mobilo lietotni, kurā iedzīvotāji piesaka bojājumus un redz autobusu kustību reāllaikā."),
                                      ("C6.4","Mums ir sadraudzības ciems Lietuvā, ar kuru katru gadu apmaināmies ar pieredzes braucieniem.")]),
 "B20": ("Skenets_pielikums", "pdf", [("C5.2","Ciema pasākumos vienmēr satiekas vairākas paaudzes."),("C6.1","Mūsu tehniskie resursi ir saieta nams un skatuve.")]),
}

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3e2a2d40000000049454e44ae426082")

def main():
    labels, meta = {}, {}
    for p in PL:
        bid, nom, vg, vl, ng, assoc = p
        d = os.path.join(HERE, bid)
        if os.path.exists(d): shutil.rmtree(d)
        os.makedirs(d)
        r = random.Random("blind4-" + bid)
        ev, notes = {}, {}
        if bid in WEAK:
            files = []
            for title, ext, blocks in WEAK_SPEC[bid]:
                B = []
                for b in blocks:
                    if b[0] == "p" and isinstance(b[1], tuple):
                        ev.setdefault(b[1][0], []).append(b[1][1]); B.append(("p", b[1][1]))
                    else: B.append(b)
                files.append((title, ext, None, B))
            present = set(ev)
        else:
            present = pick_present(bid)
            items, dist, fmt = build_generic(p, present, r)
            files, placed = render_files(p, present, items, dist, fmt, r)
            for tags, s in items:
                for t in tags: ev.setdefault(t, []).append(s)
            assert set(ev) == present, (bid, set(ev) ^ present)
            for dd in dist:
                for t in dd[1]:
                    if t not in present: notes.setdefault(t, "only %s in readable files, not evidence" % {"contrast":"a contrast/denial about another place","quote":"reported speech about others","advert":"an advert","definition":"a general definition","form":"form text/criterion wording","nonanswer":"a non-answer","plan":"a plan/wish","denial":"a denial/refusal","sense":"a word in another sense"}[dd[0]])
        nod = bid == NODIA
        S = strip if nod else (lambda x: x)
        if "C6.2" in present: assert {"C6.1","C2"} <= present, bid
        manifest = []
        for title, ext, kind, B in files:
            B2 = []
            for b in B:
                if b[0] == "tab": B2.append(("tab", [S(c) for c in b[1]], [[S(c) for c in row] for row in b[2]]))
                else: B2.append((b[0], S(b[1])))
            fb = ext in ("html", "html_fb")
            src = os.path.join(d, title + ".html")
            with open(src, "w", encoding="utf-8") as f: f.write(to_html(S(title), B2, fb=fb))
            manifest.append("%s.html %s" % (title, "html" if fb else ext))
            if fb:
                os.makedirs(os.path.join(d, "Lapa_files"), exist_ok=True)
                open(os.path.join(d, "Lapa_files", "style.css"), "w").write("body{font-family:Arial,sans-serif;background:#f0f2f5}.post{background:#fff;margin:8px;padding:8px;border-radius:6px}\n")
                open(os.path.join(d, "Lapa_files", "app.js"), "w").write("document.addEventListener('DOMContentLoaded',function(){console.log('lapa');});\n")
                open(os.path.join(d, "Lapa_files", "logo.png"), "wb").write(PNG)
        unread_note = None
        if bid in UNREAD:
            title, kind, sents = UNREAD_TEXT[bid]
            hidden = [(t, s) for t, s in sents if t not in present]
            assert hidden, bid
            if kind == "docx":
                with open(os.path.join(d, title + ".html"), "w", encoding="utf-8") as f:
                    f.write(to_html(title, [("h1","Rīcību apraksts")] + [("p", s) for _, s in hidden]))
                manifest.append("%s.html docx-damaged" % title)
                unread_note = "%s.docx is damaged (truncated zip) and holds sentences for %s" % (title, ", ".join(t for t, _ in hidden))
            else:
                img = Image.new("L", (1240, 500), 255); dr = ImageDraw.Draw(img)
                y = 40
                for _, s in hidden:
                    dr.text((40, y), strip(s), fill=0); y += 40
                img.save(os.path.join(d, title + ".pdf"), "PDF", resolution=150.0)
                manifest.append("%s.pdf copy" % title)
                unread_note = "%s.pdf is image-only (no text layer) and shows sentences for %s" % (title, ", ".join(t for t, _ in hidden))
            for t, _ in hidden: notes[t] = "evidence only in an unreadable file; readable files do not show it"
        with open(os.path.join(d, "MANIFEST"), "w") as f: f.write("\n".join(manifest) + "\n")
        if bid in WEAK:
            for i in IND:
                if i not in present: notes.setdefault(i, "non-community applicant (company/farm/institution) or only denials, non-answers, form text" if bid != "B25" else "only denials, wishes, non-answers or contrasts")
        for i in IND:
            if i not in present: notes.setdefault(i, "no statement about the applicant in readable files")
        arch = "%s.%s" % (bid, ARCH.get(bid, "zip"))
        name = "%s — %s" % (nom, assoc if bid not in WEAK else assoc)
        labels[bid] = {"name": S(name) if nod else name, "archive": arch,
                       "indicators": {i: ("present" if i in present else "absent") for i in IND},
                       "evidence": {i: [S(s) for s in ev[i]] for i in IND if i in present},
                       "notes": {i: notes[i] for i in IND if i in notes}}
        meta[bid] = {"archive": arch, "folder_inside": bid in FOLDER, "no_diacritics": nod,
                     "unreadable": unread_note, "tier": "strong" if bid in STRONG else "very weak" if bid in WEAK else "mixed",
                     "files": manifest}
    json.dump(labels, open(os.path.join(HERE, "..", "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
