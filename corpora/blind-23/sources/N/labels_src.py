#!/usr/bin/env python3
"""Source of labels.json (run from anywhere; writes ../labels.json)."""
import json, os

IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
L = {}

def sub(sid, name, archive, present, absent):
    ind, ev, notes = {}, {}, {}
    for k, v in present.items():
        ind[k] = "present"; ev[k] = v if isinstance(v, list) else [v]
    for k, v in absent.items():
        ind[k] = "absent"; notes[k] = v
    assert set(ind) == set(IND), (sid, set(IND) ^ set(ind))
    L[sid] = {"name": name, "archive": archive,
              "indicators": {k: ind[k] for k in IND},
              "evidence": {k: ev[k] for k in IND if k in ev},
              "notes": {k: notes[k] for k in IND if k in notes}}

# ---------------------------------------------------------------- N01 strong
sub("N01", "Biedrība „Ezeres attīstībai” (Ezere, Ezeres pagasts)", "N01.zip", {
 "C1": "Biedrība „Ezeres attīstībai” apvieno Ezeres ciema un Ezeres pagasta iedzīvotājus, kuri vēlas, lai dzīve pie Lietuvas robežas būtu tikpat pilnvērtīga kā pilsētā.",
 "C2": ["Mūsu vīzija ir Ezere 2030. gadā – ciems, kurā jaunas ģimenes grib palikt, jo šeit ir darbs, droša vide un dzīva kopiena.",
        "Kopīgo mērķi – uzlabot dzīves kvalitāti visām paaudzēm – 2022. gadā pieņēmām kopsapulcē, kurā piedalījās 61 iedzīvotājs."],
 "C3.1": "Kopš 2021. gada darbojas biedrības izveidotais mājražotāju kooperatīvs „Ezeres labumi”, kas ar e-veikala starpniecību pārdod 14 vietējo saimniecību produkciju.",
 "C3.2": ["Bijušās pagasta ambulances ēkā 2023. gadā atvērām kopienas centru ar kopstrādes telpu, kur strādā trīs attālinātie darbinieki un notiek jauniešu vakari.",
          "Centru pārvalda padome, kurā ir gan biedrības, gan jauniešu, gan senioru pārstāvji."],
 "C3.3": "Kopienas centra jumtā uzstādīti saules paneļi, un 2023./2024. gada ziemā 38 senioriem novadījām digitālo prasmju apmācības e-pakalpojumu lietošanā.",
 "C4.1": "Biedrība dibināta 2016. gadā, tajā ir 47 biedri, valdē darbojas pieci cilvēki, un katrai darba grupai – kultūrai, uzņēmējiem, jauniešiem un videi – ir savs koordinators.",
 "C4.2": ["Mūsu vērtības ir uzticēšanās, kaimiņu palīdzība un cieņa pret vēsturi.",
          "Mēs lepojamies ar Ezeres muižu un tajā iekārtoto Kurzemes cietokšņa muzeju, bet vēl vairāk – ar to, ka robežciemā cilvēki neaizbrauc, bet atgriežas."],
 "C4.3": ["Pēc 2023. gada vētras, kad ciemā trīs dienas nebija elektrības, biedrība pati organizēja ģeneratoru dežūras un pārtikas piegādi vientuļajiem senioriem.",
          "Katru pavasari rīkojam talkas; 2024. gadā brīvprātīgie paši atjaunoja estrādes soliņus un sakopa parku pie dīķa."],
 "C4.4": ["Katru gadu kopsapulcē iedzīvotāji ar balsojumu izvēlas, kuras idejas biedrība īstenos nākamajā gadā.",
          "Nolēma: LEADER projektam virzīt bērnu pieskatīšanas istabas un kopstrādes telpas paplašināšanas ideju. Balsojums: par – 52, pret – 7, atturas – 10."],
 "C5.1": "Ezeres amatnieces katru ziemu vada meistarklases jostu aušanā un piparkūku cepšanā, un novadpētnieku pulciņš jau ir savācis 120 vecāko iedzīvotāju atmiņu stāstus.",
 "C5.2": "Jauniešu padome un senioru klubs „Sidrabotie” kopā rīko paaudžu vakarus, un kopienas centrs ir pielāgots cilvēkiem ar kustību traucējumiem.",
 "C5.3": "Ar Ezeres pamatskolu, pagasta pārvaldi, bibliotēku un vietējiem uzņēmējiem ir noslēgti sadarbības līgumi, un skolas skolotāji vada jauniešu vakarus.",
 "C5.4": "Iekšējā informācijas aprite notiek WhatsApp grupā (212 dalībnieki) un ziņojumu dēlī pie veikala, bet ārēji komunicējam Facebook lapā un pagasta avīzē „Ezeres Vēstis”; Facebook ierakstus vidēji sasniedz 1800 cilvēku.",
 "C6.1": ["Kopienas centra ēka, saules paneļu stacija (10 kW), pārvietojamā skatuve un divi ģeneratori.",
          "Biedru naudas un kooperatīva atskaitījumi – ap 4200 eiro gadā.",
          "Ezeres muiža ar muzeju, robežas tuvums un draudzīgi kaimiņi Lietuvā."],
 "C6.2": "Kopienas centra ēku un tās saules paneļus izmantojam tieši mūsu mērķim – lai jaunas ģimenes un attālinātie darbinieki Ezerē atrastu darbavietu un vietu bērniem.",
 "C6.3": "Biedrība ir īstenojusi trīs LEADER projektus, 2022. gadā piedalījās Latvijas Lauku foruma kampaņā „Rīcības nedēļa” un 2023. gadā saņēma Sabiedrības integrācijas fonda atbalstu senioru apmācībām.",
 "C6.4": "Sadarbības partneri ir Lietuvas Viekšņu kopiena, ar kuru kopš 2019. gada rīkojam kopīgus robežas svētkus, un uzņēmums „Ezeres grants”, kas ziedoja 3000 eiro saules paneļiem.",
}, {})

# ---------------------------------------------------------------- N02 strong
sub("N02", "Biedrība „Kursīšu kopiena” (Kursīši, Kursīšu pagasts)", "N02.tar.gz", {
 "C1": "Biedrība „Kursīšu kopiena” ir Kursīšu ciema un apkārtējo viensētu iedzīvotāju apvienība, kas darbojas kopš 2014. gada.",
 "C2": ["Nākotnē vēlamies, lai Kursīši būtu zināmi kā dzīvs Ventas ciems, kur jaunieši var atrast pirmo darbu un atgriezties pēc studijām.",
        "Mūsu kopīgais mērķis ir ilgtspējīga, droša un draudzīga dzīves vide visām paaudzēm."],
 "C3.1": "2022. gadā kopā ar trim laivu nomām izveidojām kopīgu zīmolu „Ventas Kursīši” un tūrisma maršrutu ar 12 apskates punktiem, ko tagad izmanto arī novada tūrisma centrs.",
 "C3.2": "Kopš 2022. gada rudens mums darbojas laika banka: 64 dalībnieki apmainās ar pakalpojumiem – viens pieskata bērnus, cits nopļauj zālienu, trešais palīdz ar datoru – un stundas tiek uzskaitītas kopīgā tabulā.",
 "C3.3": ["Pie laivu piestātnes 2023. gadā uzstādījām viedo ūdens līmeņa sensoru, kura dati reāllaikā redzami biedrības mājaslapā, un plūdu laikā tas jau divas reizes ļāva laicīgi brīdināt Ventas krasta mājas.",
          "Jaunieši novadīja sešas nodarbības, kurās iemācīja 25 senioriem lietot viedtālruni, e-pakalpojumus un sensora datu lapu."],
 "C4.1": "Biedrībā ir 39 biedri, to vada trīs cilvēku valde, bet ikdienas darbu koordinē četras iniciatīvas grupas – „Ventas krasts”, „Vecāki”, „Senjori” un „Mazie uzņēmēji”.",
 "C4.2": ["Mūsu identitāte ir upes ciems – mēs lepojamies ar to, ka vasarā pie mums piestāj laivotāji no visas Latvijas, un ar to, ka Jāņos uz Ventas joprojām tiek palaisti ugunsplosti.",
          "Svarīgākās vērtības, ko nosaucām vēl 2019. gada iedzīvotāju aptaujā, ir savstarpēja palīdzība, daba un kopā būšana."],
 "C4.3": "Kad 2023. gada pavasarī Venta izskaloja ceļu uz piestātni, iedzīvotāji paši savāca ziedojumus, sarunāja grants piegādi un divos nedēļas nogales talkās ceļu atjaunoja.",
 "C4.4": "Par to, kam tērēt biedrības līdzekļus, lemj iedzīvotāji: ik gadu rīkojam līdzdalības budžeta balsojumu, kurā 2023. gadā piedalījās 186 cilvēki un uzvarēja bērnu rotaļu laukuma ideja.",
 "C5.1": ["Vecie plostnieki katru vasaru vada meistarklases jaunajiem laivotājiem, un Kursīšu bibliotēkā ir izveidota novadpētniecības krātuve ar 300 fotogrāfijām par plostniecību.",
          "Sveicam Tori kopienas draugus no Igaunijas, kas šonedēļ ciemojās Kursīšos un mācījās plostu siešanu kopā ar mūsu plostniekiem."],
 "C5.2": "Mūsu pasākumos piedalās gan senjori, gan jaunās ģimenes, gan ukraiņu ģimenes, kas pie mums apmetās 2022. gadā; viņas tagad vada ukraiņu virtuves vakarus.",
 "C5.3": "Ciema svētkus rīkojam kopā ar Kursīšu pagasta pārvaldi, Kursīšu evaņģēliski luterisko draudzi un laivu nomu īpašniekiem, bet bibliotēka dod telpas vecāku klubam.",
 "C5.4": ["Jaunumus iedzīvotāji saņem Facebook lapā „Kursīšu kopiena”, WhatsApp grupās katrai iniciatīvas grupai un uz ziņojumu dēļa pie veikala; vecākiem cilvēkiem senjoru grupas dalībnieki svarīgāko pastāsta pa telefonu.",
          "Facebook lapai ir 1140 sekotāju, un pēc gada pārskata redzam, ka pasākumu ierakstus vidēji sasniedz trīs reizes vairāk cilvēku nekā ciemā dzīvo."],
 "C6.1": "Esam apzinājuši šādus resursus: tehniskie – laivu piestātne, pārvietojamā skatuve, ūdens līmeņa sensors; teritoriālie – Ventas krasts un ciema parks; finanšu – biedru naudas un ieņēmumi no svētkiem; zināšanas – plostnieku amata prasmes un divi pieredzējuši gidi; cilvēkresursi – 39 biedri un laika bankas dalībnieki.",
 "C6.2": "Laivu piestātni un tūrisma maršrutu izmantojam tieši mūsu mērķim – radīt Kursīšu jauniešiem sezonas darbu ciemā, un 2023. gada vasarā tur strādāja septiņi vietējie jaunieši.",
 "C6.3": "Piestātne tika izbūvēta ar LEADER atbalstu 2020. gadā, ūdens līmeņa sensoru iegādājāmies ar Saldus novada pašvaldības iedzīvotāju iniciatīvu konkursa finansējumu, un katru gadu piedalāmies Lielajā talkā.",
 "C6.4": "Esam Latvijas Lauku foruma biedri, sadarbojamies ar Igaunijas Tori pagasta kopienu, un Rīgas Tehniskās universitātes studenti 2023. gadā brīvprātīgi izstrādāja mūsu sensora datu lapu.",
}, {})

# ---------------------------------------------------------------- N03 strong
sub("N03", "Biedrība „Zirņu ciema ļaudis” (Zirņi, Zirņu pagasts)", "N03.zip", {
 "C1": ["Biedrība „Zirņu ciema ļaudis” ir Zirņu ciema iedzīvotāju kopiena, kas kopš 2017. gada rūpējas par ciema dzīvi; tajā ir 33 biedri, un to vada piecu cilvēku valde, kuru ievēl kopsapulce uz diviem gadiem.",
        "Mēs esam Zirņu ciema un tā apkārtnes iedzīvotāji – ap 380 cilvēku, kurus vieno kopīga skola, muižas parks un Zirņu ezers."],
 "C2": ["Zirņi 2030. gadā ir ciems, kurā ir labi dzīvot visās dzīves fāzēs: bērniem ir kur pulcēties, strādājošie var strādāt tuvu mājām, bet vecāki cilvēki netiek atstāti vieni.",
        "Mūsu galvenais mērķis ir noturēt ciemā jaunās ģimenes un uzlabot dzīves kvalitāti visiem iedzīvotājiem."],
 "C3.1": "2023. gadā biedrība nodibināja sociālo uzņēmumu „Zirņu virtuve”, kas gatavo pusdienas skolai un piegādā ēdienu 26 senioriem mājās.",
 "C3.2": "Muižas pagrabstāvā darbojas kopienas centrs ar kopstrādes telpu, ko pārvalda iedzīvotāju ievēlēta padome.",
 "C3.3": "Ciema apgaismojumu 2022. gadā nomainījām uz viedajām LED lampām ar kustības sensoriem, un bibliotēkā regulāri notiek digitālo prasmju kursi senioriem.",
 "C4.1": ["Biedrība „Zirņu ciema ļaudis” ir Zirņu ciema iedzīvotāju kopiena, kas kopš 2017. gada rūpējas par ciema dzīvi; tajā ir 33 biedri, un to vada piecu cilvēku valde, kuru ievēl kopsapulce uz diviem gadiem.",
          "Biedrībā darbojas jauniešu, vecāku un senioru darba grupas, un katra pati plāno savus pasākumus."],
 "C4.2": "Lepojamies ar Zirņu muižu un to, ka esam „dziedošais ciems” – mūsu jauktais koris „Zirņi” dzied jau 70 gadus.",
 "C4.3": "Kad 2022. gadā tika slēgts vienīgais veikals, iedzīvotāji paši sarunāja autoveikala maršrutu un izveidoja pasūtījumu sarakstu vientuļajiem cilvēkiem.",
 "C4.4": ["Plānu apsprieda 71 iedzīvotājs, un 2024. gada 27. janvāra kopsapulcē to apstiprinājām ar balsojumu – 48 par, 2 pret.",
          "Visus lielākos lēmumus pieņem kopsapulcē, un 2023. gadā ar iedzīvotāju aptauju izvēlējāmies, ka pirmā prioritāte ir kopstrādes telpa."],
 "C5.1": "Vecākie kora dalībnieki māca jauniešiem tautasdziesmas, un skolēni kopā ar novadpētnieci ieraksta senioru atmiņas.",
 "C5.2": "Senioru klubs, jauniešu grupa un cilvēki ar invaliditāti no Zirņu sociālās mājas kopā gatavo ciema svētkus.",
 "C5.3": "Strādājam kopā ar Zirņu pamatskolu, pagasta pārvaldi, bibliotēku un zemnieku saimniecību „Lejasbrieži”.",
 "C5.4": "Informācija iedzīvotājus sasniedz caur WhatsApp grupu „Zirņi kopā”, biedrības Facebook lapu un drukāto ikmēneša lapiņu, ko nes uz veikalu un pastu.",
 "C6.1": "Mūsu resursi ir muižas telpas, koris, 4 ha parks, sociālā uzņēmuma virtuve, biedru naudas un 33 biedru prasmes.",
 "C6.2": "Muižas pagrabstāva telpas izmantojam mūsu mērķim – lai jaunās ģimenes varētu strādāt Zirņos, nebraucot katru dienu uz Saldu.",
 "C6.3": "Kopienas centru izveidojām ar LEADER projekta atbalstu 2021. gadā, un biedrība ik gadu piedalās Saldus novada kultūras projektu konkursā.",
 "C6.4": "Zirņu vasaras nometnēm ziedo SIA „Saldus ceļinieks”, un kopš 2022. gada mums ir sadraudzības kopiena Ziemeļvācijā, kas ik gadu sūta brīvprātīgos.",
}, {})

# ---------------------------------------------------------------- N04 very weak
sub("N04", "Biedrība „Jaunauces ciema biedrība” (Jaunauce, Jaunauces pagasts)", "N04.zip", {
 "C1": "Biedrība „Jaunauces ciema biedrība” apvieno Jaunauces ciema iedzīvotājus, kuri grib, lai ciemā notiktu vairāk.",
 "C4.1": "Biedrība reģistrēta 2023. gada novembrī, tajā ir 9 biedri, un to vada valdes priekšsēdētājs Gatis Liepiņš.",
}, {
 "C2": "denied / non-answer: 'Vēl tiek izstrādāti. Kopīgas vīzijas mums pagaidām nav'; self-assessment only restates the criterion; project aim is technical (benches, swings)",
 "C3.1": "nothing about business innovation; section 2.3 restates the criterion",
 "C3.2": "only wishes/conditionals ('būtu labi izveidot kopienas centru', 'varbūt arī kopstrādes telpu')",
 "C3.3": "conditional only ('Varētu padomāt arī par saules paneļiem … ja tādas būs')",
 "C4.2": "criterion restated ('Kopiena ir saliedēta un apzinās savu identitāti.'), no values or uniqueness named",
 "C4.3": "denied: talkas organised by the pagasta pārvalde, 'biedrība tajās vēl nav piedalījusies'",
 "C4.4": "denied: 'Iedzīvotāju sapulci vēl neesam rīkojuši, par projekta ideju vienojās valde'; 'no apakšas uz augšu' sentence restates the criterion",
 "C5.1": "non-answer 'Skatīt pielikumā.' with no such annex",
 "C5.2": "only 'Vajadzētu vairāk iesaistīt seniorus un jauniešus' (conditional)",
 "C5.3": "no cooperation described; pārvalde mowing is only planned ('plānojam noslēgt vienošanos'); contractor chosen by price survey",
 "C5.4": "denied: 'Informācija par biedrības darbu pagaidām netiek izplatīta, jo mums nav ne mājaslapas, ne Facebook lapas'; publicity only planned",
 "C6.1": "denied: 'Resursi vēl nav apzināti.'",
 "C6.2": "no resources identified; self-assessment restates criterion ('Mērķtiecīga resursu izmantošana')",
 "C6.3": "denied ('valsts vai reģionālos projektos neesam piedalījušies'); the ELFLA sentence is footer boilerplate",
 "C6.4": "denied: 'Ārējos resursus līdz šim neesam piesaistījuši'",
})

# ---------------------------------------------------------------- N05 company
sub("N05", "SIA „Vadakstes Agro” (company, Vadakstes pagasts)", "N05.zip", {
 "C3.1": "2022. gadā uzņēmums atvēra savu e-veikalu, un tagad kartupeļus, burkānus un skābētus kāpostus pircēji pasūta tiešsaistē un saņem pakomātā Saldū vai Rīgā.",
 "C3.3": "Graudu kaltes jumtā 2023. gadā uzstādījām 60 kW saules paneļu staciju, kas vasarā pilnībā nodrošina kaltes un noliktavas elektroenerģiju.",
 "C5.3": "Sadarbībā ar Vadakstes pagasta pārvaldi un Ezeres pamatskolu katru rudeni rīkojam ražas dienu, kurā skolēni redz, kā strādā kombains, un paši rok kartupeļus, bet pārvalde nodrošina autobusu.",
 "C6.1": "Uzņēmuma resursi ir 240 ha lauksaimniecības zemes, divas noliktavas (kopā 1800 m²), graudu kalte, tehnikas parks ar pieciem traktoriem un kombainu, saules paneļu stacija un 11 pieredzējuši darbinieki.",
 "C6.3": "Uzņēmums 2020. gadā ar ELFLA atbalstu pasākumā „Ieguldījumi materiālajos aktīvos” iegādājās kartupeļu šķirošanas līniju, un 2021. gadā piedalījās Lauku atbalsta dienesta rīkotajā kampaņā „Atbalsti vietējo ražotāju”.",
}, {
 "C1": "applicant is a company, not the village's community of residents; Vadakste is only its location (address header not relied on)",
 "C2": "only the company's business goal (turnover, Lithuanian market) and the project's technical aim (processing workshop); no community vision",
 "C3.2": "nothing; a future offer of rooms is undecided ('par to vēl nav lemts')",
 "C4.1": "no organised body of residents: 'Vadakstes ciemā nav aktīvas iedzīvotāju biedrības'; staff team is not a community organisation",
 "C4.2": "only about the company team ('darbinieki ir saliedēti'), no community identity",
 "C4.3": "nothing about residents organising themselves",
 "C4.4": "company decides; no residents' decisions",
 "C5.1": "nothing about knowledge/heritage transfer",
 "C5.2": "only a planned equal-opportunity hiring policy",
 "C5.4": "only planned publicity (mājaslapa, jaunumu vēstule), no community information flow",
 "C6.2": "resources tied only to the company's goal; no community (C2) goal",
 "C6.4": "no external partners, donors or networks (own funds only)",
})

# ---------------------------------------------------------------- N06 institution (school)
sub("N06", "Cieceres pamatskola (municipal institution, Cieceres pagasts)", "N06.zip", {
 "C3.3": "Kopš 2023. gada septembra skolēni katru ceturtdienu māca Cieceres senioriem lietot viedtālruņus, internetbanku un portālu latvija.gov.lv; nodarbības apmeklējuši jau 27 cilvēki.",
 "C5.1": "Skolas novadpētniecības muzejā ir savākti vairāk nekā 400 priekšmetu no Cieceres mājām, un katru pavasari vietējās amatnieces skolēniem vada meistarklases pīšanā un aušanā.",
 "C5.2": "Senioru un skolēnu kopīgās nodarbības ir kļuvušas par vietu, kur satiekas paaudzes; tajās piedalās arī divi kaimiņi ar redzes traucējumiem, kuriem skolēni palīdz iestatīt lielāku burtu izmēru.",
 "C5.3": "Senioru nodarbības skola rīko kopā ar Saldus novada pašvaldības sociālo dienestu, kas aicina dalībniekus, un ar SIA „Brocēnu kokzāģētava”, kas ziedoja četrus lietotus datorus.",
 "C5.4": "Informācija par nodarbībām tiek izlikta skolas mājaslapā, e-klasē vecākiem un uz ziņojumu dēļa pie veikala, jo daudziem senioriem nav interneta.",
 "C6.1": "Skolai ir datorklase, sporta zāle un muzejs.",
 "C6.3": "Skola piedalās programmā „Latvijas skolas soma” un 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdeva skolēnu sastādītu Cieceres vēstures brošūru.",
 "C6.4": ["Programmā Erasmus+ skolai ir sadarbības partneri Polijā un Somijā, un 2023. gadā skolā divas nedēļas strādāja brīvprātīgā no Francijas.",
          "Senioru nodarbības skola rīko kopā ar Saldus novada pašvaldības sociālo dienestu, kas aicina dalībniekus, un ar SIA „Brocēnu kokzāģētava”, kas ziedoja četrus lietotus datorus."],
}, {
 "C1": "applicant is a school (institution), not the place's community; it states 'Ciecerē nav savas iedzīvotāju biedrības vai iniciatīvas grupas'",
 "C2": "only the project's technical aim (equip the computer class with 10 laptops), no community vision",
 "C3.1": "nothing about business innovation",
 "C3.2": "nothing; a seniors' self-help group is only planned ('pagaidām par to ir tikai sarunas'); e-klase is a national standard",
 "C4.1": "no organised body of residents (denied); activities run by the school",
 "C4.2": "nothing about community identity/values",
 "C4.3": "nothing; residents 'ārpus skolas … kopā nedarbojas'",
 "C4.4": "director and school council decide; no residents' assemblies ('nav notikušas')",
 "C6.2": "school resources listed but no community goal (C2 absent) they serve",
})

# ---------------------------------------------------------------- N07 no diacritics
sub("N07", "Biedrība „Nīgrandes pagasta attīstības biedrība” (typed without diacritics)", "N07.tar.gz", {
 "C1": "Biedriba \"Nigrandes pagasta attistibas biedriba\" ir Nigrandes ciema un pagasta iedzivotaju biedriba, kas dibinata 2012. gada.",
 "C2": ["Musu vizija ir Nigrande, kur cilveki grib dzivot ari pec 20 gadiem: ar dzivu skolu, pakalpojumiem uz vietas un vietu, kur satikties.",
        "Galvenais merkis ir uzlabot dzives kvalitati pagasta iedzivotajiem, it ipasi senioriem un gimenem ar berniem."],
 "C3.2": ["Kopienas centrs \"Veca skola\" darbojas kops 2022. gada bijusaja skolas eka, un to parvalda iedzivotaju izveleta centra padome, kura ir gan biedribas, gan jauniesu, gan senioru parstavji.",
          "Centra ir kopiga virtuve, kuru var izmantot jebkurs, un katru treso sestdienu notiek \"kopienas pusdienas\", kur katrs atnes, ko var."],
 "C4.1": "Mums ir 28 biedri un septinu cilveku valde, kura ir parstavji no Nigrandes, Kalniem un Pakuliem.",
 "C4.2": ["Nigrandes cilveki lepojas ar Ventas krastu, ar veco dzirnavu vietu un ar to, ka pagasta vel joprojam ir sava skola.",
          "Musu vertibas ir kopiba, godigums un darba tikums."],
 "C4.3": ["Kad 2023. gada rudeni vetra nogaza kokus uz cela pie kapsetas, iedzivotaji pasi sanaca ar motorzagem un vienas dienas laika celu iztirija, nesagaidot pasvaldibu.",
          "Katru pavasari biedriba riko talku Ventas krasta, un 2023. gada talka piedalijas 64 cilveki."],
 "C4.4": "Par to, ko darit ar kopienas centra otro stavu, lema iedzivotaju kopsapulce 2024. gada 17. februari, kura balsoja 41 cilveks: 35 balsoja par jauniesu telpu un kopstradi, 6 - par sporta zali.",
 "C5.2": "Kopienas pusdienas ir vieta, kur satiekas visas paaudzes: senjori, jaunas gimenes un jauniesi, kas sogad pirmo reizi pasi vadija pusdienu virtuvi.",
 "C5.4": "Informacija iedzivotajus sasniedz pa WhatsApp grupu \"Nigrande kopa\" (150 dalibnieki) un uz zinojumu dela pie veikala, bet svarigakos notikumus ievietojam ari pagasta avize \"Nigrandes Vestis\".",
 "C6.3": ["Kopienas centra pirma stava remontu 2021. gada veicam ar LEADER projekta atbalstu, un 2022. gada biedriba piedalijas Saldus novada pasvaldibas iedzivotaju iniciativu konkursa."],
}, {
 "C3.1": "only conditional: 'butu labi izveidot majrazotaju kooperativu, un varetu ari atvert nelielu e-veikalu, bet pagaidam tam nav cilveku'",
 "C3.3": "denied: 'Optiska interneta ciema vel nav … digitalas apmacibas organizet nevaram'; wifi only in project plan",
 "C5.1": "abandoned: amatnieku darbnicas 'no tam atteicamies' in 2020",
 "C5.3": "denied: 'Uznemeji un pasvaldiba lidz sim musu darba netiek iesaistiti'",
 "C6.1": "denied: 'Resursi vel nav apzinati, to planojam izdarit projekta laika.'",
 "C6.2": "no identified resources to tie to the goal (C6.1 absent)",
 "C6.4": "denied: 'Sponsorus un arejos partnerus lidz sim neesam piesaistijusi'",
})

# ---------------------------------------------------------------- N08 newsletter
sub("N08", "Biedrība „Gaiķu kopiena” – newsletter „Gaiķu Vēstis” + minutes", "N08.zip", {
 "C1": "Biedrība „Gaiķu kopiena” apvieno Gaiķu ciema un Gaiķu pagasta iedzīvotājus jau kopš 2011. gada, un šī avīzīte ir mūsu visu kopīgā balss.",
 "C2": ["Kopīgi vienojāmies: mēs gribam, lai Gaiķi būtu tīrs, drošs un draudzīgs ciems, kurā vecāki cilvēki var dzīvot savās mājās līdz vecumam un kurā jaunās ģimenes jūtas gaidītas.",
        "Diskusijā iedzīvotāji vienojās par kopīgo mērķi: Gaiķi kā tīrs, drošs un draudzīgs ciems, kur seniori var dzīvot savās mājās un jaunās ģimenes jūtas gaidītas."],
 "C4.1": ["Biedrība „Gaiķu kopiena” apvieno Gaiķu ciema un Gaiķu pagasta iedzīvotājus jau kopš 2011. gada, un šī avīzīte ir mūsu visu kopīgā balss.",
          "Valdē uz nākamajiem diviem gadiem ievēlēti Sandra Mežule, Ojārs Kalns un Anita Rozenberga."],
 "C4.2": ["Gaiķnieki ir lepni uz savu baznīcu kalnā, uz dzirnavezeru un uz to, ka mūsu ciemā pirms simts gadiem dibināja vienu no pirmajām piensaimnieku biedrībām Kurzemē.",
          "Šī kopā darīšanas tradīcija mums ir asinīs, un kopsapulcē to nosaucām par mūsu galveno vērtību."],
 "C4.3": "Kamēr gaidījām apsaimniekotāju, Ojārs ar kaimiņiem paši sarunāja cisternu no zemnieku saimniecības, un trīs dienas vīri vadāja ūdeni pa mājām, īpaši tiem, kas paši nevar aiznest spaiņus.",
 "C4.4": ["Sapulce arī balsoja par to, kam šogad izmantot biedrības naudu.",
          "Nolēma: iegādāties zāles pļāvēju. Par – 38, pret – 11, atturas – 4."],
 "C5.1": "Anita mācīja cept rupjmaizi pēc vecmāmiņas receptes, un marta rītos kopā ar viņu jaunākie apgūs arī klūdziņu pīšanu, ko Gaiķos mācījušās jau trīs paaudzes.",
 "C5.2": "Februārī rīti kļuva par paaudžu rītiem – uz tiem nāca arī jaunās māmiņas ar maziem bērniem un divi jaunieši no Ukrainas, kas dzīvo Gaiķos kopš 2022. gada.",
 "C5.4": "„Gaiķu Vēstis” iznēsājam pa pastkastītēm reizi mēnesī, bet ātrākās ziņas liekam WhatsApp grupā „Gaiķi kopā” un biedrības Facebook lapā – ja vēl neesat grupā, zvaniet Sandrai, viņa pievienos.",
 "C6.3": "2023. gadā biedrība ar Saldus novada pašvaldības iedzīvotāju iniciatīvu konkursa atbalstu atjaunoja Gaiķu estrādes skatuvi, un pagājušajā pavasarī piedalījāmies arī Lielajā talkā.",
}, {
 "C3.1": "nothing introduced; only adverts (malka, KurzemesNet)",
 "C3.2": "nothing; seniors' mornings in the tautas nams are a traditional activity; 'sēklu bibliotēka' is a seed exchange",
 "C3.3": "only an internet provider's advert ('Optiskais internets tagad arī Gaiķos!')",
 "C5.3": "no cooperation with school/municipality/business described; 'Skolas iela' is a street, 'sēklu bibliotēka' not a library, 'programma' is the Jāņi event programme, the municipal grant is C6.3",
 "C6.1": "postponed: 'valde gribēja sastādīt kopienas resursu sarakstu, bet to atlikām uz rudeni'; 'vērtības' = cash book and receipts",
 "C6.2": "no identified resources (C6.1 absent)",
 "C6.4": "denied: 'Sponsoru mums šobrīd nav.'; 'Sadales tīkls' / 'elektrības tīkls' is the power network; 'ekskursijas mērķi' are destinations",
})

# ---------------------------------------------------------------- N09 Blīdene
sub("N09", "Biedrība „Blīdenes kopienas centrs” (Blīdene, Blīdenes pagasts)", "N09.zip", {
 "C1": "Biedrība „Blīdenes kopienas centrs” pārstāv Blīdenes ciema iedzīvotājus – aptuveni 450 cilvēku, kuru vairums dzīvo bijušā dzelzceļnieku ciemata daudzdzīvokļu mājās un viensētās ap staciju.",
 "C2": ["Mēs gribam, lai Blīdene no „guļamciema” pārvērstos par vietu, kur cilvēki ne tikai nakšņo, bet arī satiekas, mācās un rūpējas cits par citu.",
        "Kopīgais mērķis, ko 2023. gada rudenī formulējām iedzīvotāju sapulcē, ir līdz 2028. gadam izveidot stacijas ēkā kopienas māju, kas kalpotu visām paaudzēm."],
 "C4.1": "Biedrībā ir 22 biedri, valdē – trīs cilvēki, un reizi ceturksnī notiek atklāta biedru sanāksme.",
 "C4.2": ["Blīdenieši lepojas ar savu dzelzceļa vēsturi: stacija celta 1927. gadā, un daudzās ģimenēs vilcienu vadītāji un pārmijnieki ir bijuši trīs paaudzēs.",
          "Šī dzelzceļnieku kopības apziņa ir tas, kas mūs atšķir no citiem ciemiem."],
 "C4.4": "Par to, vai stacijas ēkā veidot kopienas māju vai sporta zāli, iedzīvotāji balsoja aptaujā, kurā piedalījās 117 cilvēki; 79 no viņiem izvēlējās kopienas māju, un tāpēc biedrība iesniedz šo projektu.",
 "C5.1": "Bijušais stacijas priekšnieks Valdis Ozols kopā ar Blīdenes bibliotēku 2023. gadā sarīkoja trīs vakarus, kuros stāstīja par dzelzceļa vēsturi un rādīja vecās stacijas dokumentus, un izveidoja fotogrāfiju izstādi, kas joprojām apskatāma bibliotēkā.",
 "C5.3": "Ar Blīdenes pagasta pārvaldi, kurai pieder stacijas ēka, un Blīdenes bibliotēku ir noslēgts sadarbības līgums par zāles kopīgu izmantošanu, un pārvalde jau 2023. gadā nomainīja zālei logus.",
 "C6.1": "Biedrības resursi: stacijas ēkas zāle (86 m²) un tai pieguļošais parks; 22 biedri, no tiem divi celtnieki un viena grāmatvede; biedru naudas un ziedojumi – ap 900 eiro gadā; unikālais resurss – 1927. gada stacijas ēka un dzelzceļnieku atmiņas.",
 "C6.2": "Stacijas ēkas zāli izmantosim tieši mūsu mērķim – tur izveidosim kopienas māju, kurā satiksies visas paaudzes.",
 "C6.3": "Biedrība 2022. gadā ar LEADER atbalstu iegādājās pārvietojamu skatuvi un ik gadu piedalās Saldus novada pašvaldības organizētajā Novada dienu tirdziņā.",
}, {
 "C3.1": "about the neighbour: 'Kaimiņos Brocēnos jau darbojas mājražotāju kooperatīvs …'; 'Mūsu ciemā jauni uzņēmējdarbības modeļi pagaidām nav ieviesti'",
 "C3.2": "denied across a contrast: Brocēnos '… kopstrādes telpa, bet mums tādas nav'; 'sava kopienas centra mums vēl nav' (the name of the association is not evidence); general smart-village definition",
 "C3.3": "newspaper quote about Saldus town (sensors, app) + wish 'gribētu redzēt arī Blīdenē'",
 "C4.3": "only planned: 'Vasarā plānojam rīkot talku stacijas parkā'",
 "C5.2": "conditional: 'Būtu labi vairāk iesaistīt jauniešus …, bet pagaidām … galvenokārt seniori'",
 "C5.4": "heading followed by a dash: 'Informatīvā telpa: —'",
 "C6.4": "denied: 'Ārējos resursus līdz šim neesam piesaistījuši – sponsoru un partneru ārpus Blīdenes mums nav.'",
})

# ---------------------------------------------------------------- N10 self-assessment
sub("N10", "Biedrība „Novadnieku iniciatīvas grupa” – self-assessment table", "N10.zip", {
 "C1": ["Biedrība „Novadnieku iniciatīvas grupa” ir Novadnieku ciema iedzīvotāju apvienība, kas izauga no 2019. gada kaimiņu grupas, kura toreiz cīnījās par ceļa remontu.",
        "Mēs esam Novadnieku ciema un apkārtējo māju iedzīvotāji – ap 520 cilvēku pašā Saldus pievārtē, kurus vieno kopīgs ceļš uz pilsētu, kopīga skola un kopīgas rūpes par ciema nākotni."],
 "C2": "Mūsu mērķis ir, lai Novadnieki nebūtu tikai Saldus priekšpilsēta, bet ciems ar savu dzīvi – ar dārzu, kur satikties, drošiem ceļiem bērniem un kaimiņiem, kas zina cits citu.",
 "C3.2": "Kopš 2023. gada ciemā darbojas iedzīvotāju padome – deviņi ievēlēti pārstāvji no katras ielas un viensētu grupas, kas reizi mēnesī kopā ar pagasta pārvaldes vadītāju izskata iedzīvotāju ierosinājumus.",
 "C4.1": ["Biedrībā tagad ir 31 biedrs, un to vada četru cilvēku valde.",
          "Biedrībai ir valde, iedzīvotāju padome un trīs darba grupas (ceļi, dārzs, pasākumi), un padomes sēdēs regulāri piedalās arī nebiedri."],
 "C4.3": "Kad 2022. gadā pašvaldība atteica naudu gājēju celiņam uz skolu, iedzīvotāji paši savāca 2600 eiro, sarunāja šķembas un divās sestdienās celiņu izbūvēja.",
 "C4.4": "Kopienas dārza vietu izvēlējāmies iedzīvotāju balsojumā: no trim piedāvātajām vietām 64 % balsotāju izvēlējās bijušo kolhoza ābeļdārzu.",
 "C5.2": "Gājēju celiņa būvē strādāja gan pensionāri, gan vidusskolēni, un iedzīvotāju padomē ir ievēlēts arī jaunietis un viena māmiņa bērnu kopšanas atvaļinājumā.",
 "C5.3": "Iedzīvotāju padomes sēdēs piedalās pagasta pārvaldes vadītāja un Novadnieku sākumskolas direktore, un vietējais uzņēmums „Kalnmeži” ar savu tehniku palīdzēja celiņa būvē.",
 "C5.4": "Padomes lēmumus publicējam biedrības Facebook lapā un WhatsApp grupā „Novadnieki”, bet senioriem tos izkar uz ziņojumu dēļa pie pieturas; aptaujā 70 % iedzīvotāju atzina, ka par lēmumiem uzzina no WhatsApp.",
 "C6.3": "2023. gadā biedrība ar Sabiedrības integrācijas fonda NVO fonda atbalstu iegādājās dārza instrumentus un siltumnīcas karkasu, un ik gadu piedalāmies Lielajā talkā.",
 "C6.4": "Kopienas dārza stādus ziedoja Latvijas Stādaudzētāju biedrība, un dārza plānu bez maksas izstrādāja ainavu arhitekte no Rīgas, kuru piesaistījām caur Latvijas Lauku forumu.",
}, {
 "C3.1": "self-assessment restates the criterion ('Kopienā ir inovācijas uzņēmējdarbībā.'); a joint market is only an idea ('vēl tikai ideju līmenī')",
 "C3.3": "criterion wording copied as the answer, no fact",
 "C4.2": "criterion wording copied as the answer ('Kopiena apzinās savu identitāti …'), no values named",
 "C5.1": "points claimed only ('Atbilst, 2 punkti.')",
 "C6.1": "non-answer 'Nav apkopoti.'; conclusions confirm no resource list exists",
 "C6.2": "criterion restated; no identified resources (C6.1 absent)",
})

# ---------------------------------------------------------------- N11 very weak Facebook
sub("N11", "Biedrība „Zaņas mājas” – Facebook page", "N11.zip", {
 "C1": "Mēs esam Zaņas ciema iedzīvotāji, un šī ir mūsu kopējā lapa.",
 "C4.1": "Biedrība „Zaņas mājas” dibināta 2024. gada martā, un tās valdē ir trīs Zaņas ciema iedzīvotāji.",
 "C5.4": "Par visu, kas notiek biedrībā, informējam šeit, Facebook lapā, un mūsu WhatsApp grupā, kurā jau ir 37 zaņenieki.",
}, {
 "C2": "no goal or vision; only wishes in comments and 'Gribētos, lai arī Zaņā tā būtu' about a newspaper story on Ezere",
 "C3.1": "only adverts (seed shop e-veikals, pottery class)",
 "C3.2": "time bank belongs to the neighbour Kursīši (shared post) — 'Mums gan tādas laika bankas nav'",
 "C3.3": "general smart-village definition (EC quote) and wishes ('Būtu forši, ja kāds pamācītu …')",
 "C4.2": "nothing about own values or identity",
 "C4.3": "talka only planned ('plānojam pirmo talku'); mowing at the cemetery not arranged ('pagaidām neesam sarunājuši')",
 "C4.4": "poll in comments changed nothing ('vēl domājam, rezultātus apkoposim vēlāk')",
 "C5.1": "only a sponsored advert of Saldus Mākslas skola's pottery masterclass",
 "C5.2": "nothing done; only a resident's wish about lonely mother",
 "C5.3": "no cooperation; pagasta pārvalde only quoted as refusing; municipality post is a shared road notice",
 "C6.1": "no resources identified (a member offering budget help is only an offer)",
 "C6.2": "no resources, no goal",
 "C6.3": "only a wish ('Varbūt mums arī vajadzētu pieteikties?'); 'Līdz šim neviens no mums to nav darījis'",
 "C6.4": "nothing attracted",
})

# ---------------------------------------------------------------- N12 Druva
sub("N12", "Biedrība „Druvas ciema attīstībai” (Druva, Saldus pagasts) + partnership agreement", "N12.tar.gz", {
 "C1": "Biedrība „Druvas ciema attīstībai” apvieno Druvas ciema iedzīvotājus un vietējos mājražotājus.",
 "C2": ["Mūsu mērķis ir, lai Druva kļūtu par ciemu, kurā var ne tikai dzīvot, bet arī nopelnīt – ar vietējiem ražotājiem, kas pārdod tepat, un ar pircējiem, kas zina, no kurienes nāk viņu ēdiens.",
        "Nākotnē redzam Druvu kā vietu, uz kuru pēc svaigiem produktiem brauc arī no Saldus."],
 "C3.1": "Kopš 2023. gada maija biedrība katru piektdienu rīko „Druvas tirdziņu” – tiešās tirdzniecības vietu, kur 11 vietējie ražotāji pārdod produkciju, ko pircēji iepriekš pasūta, ierakstot komentāru Facebook grupā vai piezvanot brīvprātīgajai.",
 "C4.1": "Biedrība dibināta 2020. gadā; tajā ir 26 biedri un trīs cilvēku valde, ko ievēl kopsapulce.",
 "C4.3": ["Tirdziņš sākās tāpēc, ka ciemā slēdza pēdējo pārtikas veikalu, un iedzīvotāji paši sarunāja ar zemniekiem, ka tie reizi nedēļā atvedīs produkciju uz bijušā veikala stāvlaukumu.",
          "Pirmajā ziemā ražotāji stāvēja zem teltīm, un biedri paši sametās naudu ģeneratoram un apgaismojumam."],
 "C4.4": "Nojumes vietu un izskatu izvēlējās kopsapulce 2024. gada 10. februārī: no trim variantiem par nojumi pie tautas nama nobalsoja 34 no 45 klātesošajiem.",
 "C5.1": "Tirdziņam 2023. gada rudenī pievienojās ražotāji no Kuldīgas novada, un Latvijas Biškopības biedrība mums bez maksas novadīja divus seminārus par medus marķēšanu.",
 "C5.3": "Tirdziņu rīkojam kopā ar Saldus pagasta pārvaldi, kas bez maksas ļauj izmantot stāvlaukumu un elektrību, un ar Druvas bibliotēku, kurā iedzīvotāji bez interneta var iesniegt pasūtījumu.",
 "C5.4": "Nedēļas piedāvājumu katru pirmdienu izsūtām Facebook grupā „Druvas tirdziņš” (640 dalībnieku) un WhatsApp grupā, bet bibliotēkā tas tiek izlikts izdrukātā veidā; pēc mūsu uzskaites ap 70 % pasūtījumu nāk no Facebook.",
 "C6.1": ["Stāvlaukums pie tautas nama (600 m²), zaļā zona ap to",
          "Ģenerators, 6 teltis, 12 galdi, svari",
          "Ražotāju dalības maksa – 5 eiro nedēļā, kopā ap 2800 eiro gadā",
          "Divi sertificēti pārtikas tehnologi, grāmatvede",
          "26 biedri, 11 ražotāji, 4 pastāvīgi brīvprātīgie"],
 "C6.2": "Ražotāju dalības maksas krājam tieši mūsu mērķim – lai izveidotu pastāvīgu tirdzniecības vietu, kurā Druvas ražotāji var pelnīt, nebraucot uz pilsētu.",
 "C6.3": "Biedrība 2022. gadā saņēma LEADER atbalstu teltīm un galdiem, un 2023. gadā tirdziņš piedalījās Zemkopības ministrijas kampaņā „Pērc vietējo”.",
 "C6.4": "Tirdziņam 2023. gada rudenī pievienojās ražotāji no Kuldīgas novada, un Latvijas Biškopības biedrība mums bez maksas novadīja divus seminārus par medus marķēšanu.",
}, {
 "C3.2": "only a traditional culture house (Druvas tautas nams with amateur groups), not a social innovation",
 "C3.3": "only planned ('Uz tirdziņa nojumes plānojam uzstādīt saules paneļus un elektroauto uzlādes punktu')",
 "C4.2": "denied/conditional: 'Par to, kas Druvu vieno un atšķir …, mēs vēl neesam runājuši – to vajadzētu izdarīt'",
 "C5.2": "denied: 'Jaunieši mūsu darbā pagaidām netiek iesaistīti'",
})

# ---------------------------------------------------------------- N13 Lutriņi
sub("N13", "Biedrība „Lutriņu ciema biedrība” (Lutriņi, Lutriņu pagasts)", "N13.zip", {
 "C1": "„Lutriņu ciema biedrība” ir Lutriņu ciema cilvēku biedrība, kas darbojas kopš 2015. gada.",
 "C2": ["Mēs gribam, lai Lutriņi būtu ciems, kurā ir veselīgi un interesanti dzīvot jebkurā vecumā.",
        "Mūsu mērķis nākamajiem pieciem gadiem ir padarīt saieta namu un tā apkārtni par vietu, kur sportot, mācīties un svinēt kopā."],
 "C3.3": "Savukārt 2023. gadā uz saieta nama jumta uzstādījām saules paneļus, kas sedz gandrīz pusi no nama elektrības patēriņa, un ziemā senioriem novadījām piecas digitālo prasmju nodarbības, kurās 18 cilvēki iemācījās lietot internetbanku un pieteikties pie ārsta tiešsaistē.",
 "C4.1": "Mūsu biedrībā ir 35 biedri, valdē – pieci, un no 2019. gada biedrība apsaimnieko bijušo pagasta saieta namu.",
 "C4.2": "Lutriņu cilvēki sevi sauc par „lutriņniekiem”, un mums ir svarīgi, ka ciems ir saglabājis savu muižas parku un dziedāšanas tradīcijas – Lutriņu sieviešu koris „Lutriņa” dzied jau 50 gadus, un ar to lepojas viss pagasts.",
 "C4.3": "Kad 2022. gada rudenī saieta namam iztecēja apkures katls, biedri paši savāca 1400 eiro, atrada lietotu katlu un divās nedēļās to uzstādīja, lai koris un bērnu pulciņi varētu turpināt darbu.",
 "C5.1": "Koris „Lutriņa” katru gadu uzņem jaunas dziedātājas, un vecākās korsietes viņām māca Lutriņu dziesmas, kas pierakstītas tikai kora burtnīcās.",
 "C5.2": "Saieta namā kopā darbojas senioru vingrošanas grupa un bērnu teātra pulciņš, un reizi mēnesī notiek kopīgs paaudžu vakars, kurā piedalās arī ciema cilvēki ar invaliditāti no grupu dzīvokļa.",
 "C5.4": "Par pasākumiem informējam biedrības Facebook lapā un uz afišu dēļa pie veikala „Elvi”, bet senioriem, kas neizmanto internetu, ielūgumus nes korsietes.",
 "C6.3": "Biedrība 2020. gadā ar LEADER atbalstu nomainīja saieta nama logus, un 2023. gadā saules paneļus uzstādījām ar Saldus novada pašvaldības iedzīvotāju iniciatīvu konkursa līdzfinansējumu.",
}, {
 "C3.1": "abandoned: the producers' cooperative — 'no šīs idejas atteicāmies'",
 "C3.2": "abandoned: the time bank 'neiedzīvojās … to pārtraucām'",
 "C4.4": "board decided alone ('nolēma valde'); the survey was not used ('rezultātus neizmantojām')",
 "C5.3": "denied: 'Pašvaldība un vietējie uzņēmēji mūsu darbā pagaidām netiek iesaistīti'",
 "C6.1": "no resources identified; section 6 only lists funding history",
 "C6.2": "no identified resource tied to the goal (C6.1 absent)",
 "C6.4": "denied: 'Sadarbības tīklos un partnerībās … līdz šim neesam piedalījušies'; the ELFLA line is footer boilerplate",
})

# ---------------------------------------------------------------- N14 Ruba (evidence without keywords)
sub("N14", "Biedrība „Rubas kopiena” (Ruba, Rubas pagasts) + e-mail thread", "N14.zip", {
 "C1": "Biedrība „Rubas kopiena” ir Rubas ciema un tuvējo māju iedzīvotāju biedrība, kurā darbojas 41 cilvēks – no skolēniem līdz pensionāriem.",
 "C2": ["Pēc desmit gadiem gribam redzēt Rubu kā ciemu, no kura jaunieši neaizbrauc, jo te ir darbs, vieta, kur satikties, un kaimiņi, uz kuriem var paļauties."],
 "C3.1": "Piecas Rubas saimniecības kopš 2022. gada pārdod savu produkciju ar kopīgu zīmolu „Rubas lauki”, un kopīgās pārtikas kastes katru otro sestdienu aizved uz Saldus un Jelgavas pircēju pulciņiem.",
 "C4.1": "Ikdienas darbus koordinē trīs cilvēku valde, bet katrai lielākai lietai – pienotavai, svētkiem, pārtikas kastēm – ir savs atbildīgais.",
 "C4.2": ["Rubenieki mīl teikt, ka viņi ir „no pienotavas puses” – Rubas sviests kādreiz bija pazīstams visā Kurzemē, un pienotavas skurstenis joprojām ir tas, pēc kā ciemu atpazīst no tālienes.",
          "Mums ir svarīga godīga saimniekošana un tas, ka kaimiņš nekad nepaliek viens ar savu nelaimi."],
 "C4.3": "Pagājušajā rudenī vīri paši salaboja gājēju tiltiņu pār upīti, dēļus atveda no savām saimniecībām, un darbs bija pabeigts vienā sestdienā.",
 "C4.4": "Kad bija jāizlemj, vai pienotavā vispirms taisīt jumtu vai darbnīcu, katrs ciema iedzīvotājs varēja iemest zīmīti kastē veikalā, un ar 84 zīmītēm pret 31 izvēlējāmies jumtu.",
 "C5.1": "Onkulis Arvīds, pēdējais Rubas kalējs, katru sestdienu pienotavas pagrabā rāda puikām, kā kalt naglas un pakavus.",
 "C5.2": "Pārtikas kastu komplektēšanā kopā strādā gan pensionētas slaucējas, gan vidusskolēni, gan divas ģimenes, kas pārcēlās no Rīgas 2023. gadā.",
 "C5.3": "Rubas pagasta pārvalde mums nodeva pienotavas ēku, Rubas bibliotēkas vadītāja kārto mūsu sarakstes un fotoarhīvu, bet zemnieku saimniecība „Kalnāji” ar savu tehniku izveda no pienotavas būvgružus.",
 "C5.4": "Ko jaunu darām, cilvēki uzzina no lapiņas pie veikala durvīm un no grupas telefonā, kurā ir gandrīz katra Rubas māja.",
 "C6.1": ["Mums ir pienotavas ēka (420 m²) ar pagrabu, kalēja darbnīcas instrumenti, kopīgs traktors ar piekabi, ko iedeva viens no biedriem, 2,5 ha zemes ap pienotavu un ap 3000 eiro gadā no pārtikas kastu uzcenojuma.",
          "Starp biedriem ir galdnieks, elektriķis, grāmatvede un divi cilvēki, kas prot rakstīt projektus."],
 "C6.2": "Pienotavas ēku mēs pārņēmām tieši tāpēc, lai Rubas jauniešiem būtu vieta, kur strādāt un mācīties – tas ir mūsu galvenais mērķis, un visa nauda no pārtikas kastēm iet pienotavas remontam.",
 "C6.3": "Pirmo pienotavas remonta kārtu – logus un durvis – 2023. gadā veicām ar LEADER projekta atbalstu, un tajā pašā gadā biedrība ar Valsts kultūrkapitāla fonda atbalstu izdeva bukletu „Rubas sviesta stāsts”.",
 "C6.4": "Vasarā pie mums divas nedēļas dzīvoja un strādāja astoņi arhitektūras studenti no Rīgas, kuri uzmērīja vecās pienotavas ēku un uzzīmēja tās atjaunošanas skices.",
}, {
 "C3.2": "denied in the e-mail: 'Mums nav ne kopienas centra, ne datorklases, ne lietotņu'; the workshop/meeting place is only the next phase ('nākamajā kārtā varētu')",
 "C3.3": "denied ('ne lietotņu'); no technology introduced",
})

# ---------------------------------------------------------------- N15 Pampāļi action plan
sub("N15", "Biedrība „Pampāļu ļaudis” – action plan with budget + assembly minutes", "N15.tar.gz", {
 "C1": "Biedrība „Pampāļu ļaudis” ir Pampāļu ciema iedzīvotāju biedrība, kas dibināta 2023. gada oktobrī.",
 "C2": ["Mūsu vīzija: Pampāļi 2030. gadā ir zaļš un kopts ciems ar dzīvu ābeļdārzu, kur satiekas visas paaudzes un kur jaunas ģimenes izvēlas apmesties.",
        "Mūsu galvenais mērķis ir atjaunot kopīgo dzīvi ciemā un uzlabot dzīves kvalitāti – lai cilvēkiem būtu kur satikties un kāpēc palikt."],
 "C4.1": "Mūs ir 19 biedri, un biedrību vada trīs cilvēku valde, ko ievēlēja dibināšanas sapulcē.",
 "C4.2": "Pampāļi ir pazīstami ar savām ābelēm – vecais Pampāļu ābeļdārzs ar 40 vecajām šķirnēm ir tas, ar ko lepojamies un ko gribam saglabāt.",
 "C4.4": ["Plāna prioritātes noteica iedzīvotāju sapulce 2024. gada 16. martā, kurā 37 klātesošie balsoja par deviņām idejām; plānā iekļāvām piecas, kas saņēma visvairāk balsu (protokols pielikumā).",
          "Nolēma: LEADER projektā pieteikt sulu spiestuves un nojumes izveidi ābeļdārzā. Par – 33, pret – 1, atturas – 3."],
 "C5.2": "Biedrības dibināšanā piedalījās gan seniori, gan jaunās ģimenes; valdē ir 19 gadus veca jauniete un 74 gadus vecs bijušais kolhoza agronoms.",
 "C6.1": ["Vecais ābeļdārzs (3,2 ha), ko biedrība nomā no privātīpašnieka uz 12 gadiem; laukums pie bijušās skolas",
          "Biedra Jāņa Krūzes traktors ar pļaujmašīnu, divi krūmgrieži",
          "40 vecās ābeļu šķirnes, dažas no kurām Latvijā saglabājušās tikai šeit"],
 "C6.2": "Veco ābeļdārzu un mūsu agronoma zināšanas izmantosim tieši mūsu mērķim – lai dārzs atkal kļūtu par vietu, kur ciema cilvēki kopā strādā un svin.",
}, {
 "C3.1": "only action-plan rows (juice brand 2026)",
 "C3.2": "only action-plan rows (community juice press 2025)",
 "C3.3": "only action-plan rows (website with QR codes 2025)",
 "C4.3": "denied: 'talkas vai citi kopīgi darbi vēl nav notikuši'; first talka is a plan row",
 "C5.1": "only a plan ('Meistarklases … ir tikai ieceres līmenī'); masterclasses are an action-plan row",
 "C5.3": "denied: 'Sadarbības ar skolu, pagasta pārvaldi un uzņēmējiem mums vēl nav'",
 "C5.4": "denied: 'Pampāļos šobrīd nav arī kopīga informācijas kanāla'; WhatsApp group only planned",
 "C6.3": "denied: 'līdz šim neviens projekts nav īstenots'; LEADER only as a future funding source",
 "C6.4": "conditional: 'Būtu labi piesaistīt arī sponsorus …, bet par to vēl neesam runājuši'",
})

# ---------------------------------------------------------------- N16 Remte
sub("N16", "Biedrība „Remtes muižas parka draugi” (Remte) + support letter from Seda (LT)", "N16.zip", {
 "C1": "Biedrība „Remtes muižas parka draugi” apvieno Remtes ciema iedzīvotājus un bijušos remtniekus, kuri kopš 2013. gada rūpējas par Remtes muižu un tās parku.",
 "C2": ["Mēs redzam Remti kā ciemu, kurā muižas parks ir visu iedzīvotāju dzīvā viesistaba un kas ar savu mantojumu dod darbu vietējiem cilvēkiem.",
        "Mūsu mērķis līdz 2030. gadam ir atjaunot parku pilnībā un panākt, lai tūrisms Remtē dotu iztiku vismaz desmit ģimenēm."],
 "C3.1": "2022. gadā kopā ar trim vietējām viesu mājām izveidojām tūrisma maršrutu „Remtes muižas stāsti” ar gida pakalpojumu, ko vada biedrības apmācīti jaunieši; 2023. gadā maršrutu izstaigāja 1900 apmeklētāju.",
 "C4.1": "Biedrībā ir 52 biedri, tās darbu vada piecu cilvēku valde un trīs darba grupas – parka, tūrisma un kultūras.",
 "C4.2": "Remtnieki lepojas ar to, ka muižas pils, kurā savulaik bija skola, ir ciema sirds, un mūsu vērtības ir cieņa pret vēsturi, darbs kopā un viesmīlība.",
 "C4.3": "Kad 2021. gadā vētra parkā nogāza 60 kokus, biedri paši sadalīja parku iecirkņos, sarunāja zāģus un traktorus un trijās nedēļās visu sakopa; malku sadalījām vientuļajiem senioriem.",
 "C4.4": "Katru gadu janvārī iedzīvotāju kopsapulce nobalso par gada darbiem parkā; 2024. gada kopsapulcē par dīķa krasta atjaunošanu balsoja 58 no 66 klātesošajiem.",
 "C5.1": "Biedrības novadpētniece Anna Pētersone kopā ar skolēniem ir apkopojusi Remtes muižas vēsturi, un katru vasaru notiek meistarklases koka laipu būvē un vecajās būvniecības tehnikās.",
 "C5.2": "Parka talkās un svētkos kopā strādā seniori, jaunieši no Remtes jauniešu centra un Brocēnu sociālās aprūpes centra klienti, kuriem parks ir pieejams arī ratiņkrēslā.",
 "C5.3": "Muižas parku kopjam kopā ar Saldus novada pašvaldību, kas ir parka īpašniece, Remtes pamatskolu un SIA „Remtes kokapstrāde”, kas dod kokmateriālus laipām.",
 "C5.4": "Par darbiem parkā iedzīvotāji uzzina biedrības WhatsApp grupā un no ziņojumu dēļa pie pils, bet ārpusē par Remti stāstām Facebook un Instagram kontos; 2023. gadā Instagram sekotāju skaits pieauga no 300 līdz 1400.",
 "C6.1": ["Mūsu resursi ir 12 ha muižas parks ar dīķiem, pils vēsturiskās telpas, darbarīku noliktava, 52 biedri, četri apmācīti gidi un ienākumi no ekskursijām – ap 6000 eiro gadā.",
          "Neaizstājams resurss ir pats parks ar 200 gadus veciem ozoliem."],
 "C6.2": "Ienākumus no ekskursijām ieguldām tieši parka atjaunošanā, jo tieši parks ir tas, kas dod darbu Remtes gidiem un viesu mājām.",
 "C6.3": "Biedrība ir īstenojusi divus LEADER projektus (parka celiņi 2019. gadā, informācijas stendi 2022. gadā) un katru gadu piedalās Latvijas Valsts mežu programmā „Mammadaba” un Lielajā talkā.",
 "C6.4": "Kopš 2018. gada sadarbojamies ar Sedas kopienu Lietuvā, ar kuru kopā rīkojam parka dienas, un Latvijas Dabas fonds mums piešķīra ekspertu dīķa krasta izpētei.",
}, {
 "C3.2": "denied across a contrast ('Citur jau darbojas kopienas centri …, taču Remtē šādas telpas nav'); the coworking space and community centre in the support letter belong to the writer (Seda)",
 "C3.3": "only planned ('plānojam izvietot QR kodus … tikai iecerē'); the mobile app in the letter is Seda's own",
})

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(L, f, ensure_ascii=False, indent=1)
print("wrote", out, len(L))
