#!/usr/bin/env python3
"""Writes ../labels.json (source of truth for the Z labels)."""
import json, os
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
ARCH = {f"Z{i:02d}": f"Z{i:02d}." + ("tar.gz" if i in (2, 7, 11, 14) else "zip") for i in range(1, 17)}
L = {}

def sub(sid, name, ev, notes, rtypes=None):
    assert set(ev) | set(notes) == set(IND) and not set(ev) & set(notes), (sid, set(IND) - set(ev) - set(notes), set(ev) & set(notes))
    d = {"name": name, "archive": ARCH[sid],
         "indicators": {i: ("present" if i in ev else "absent") for i in IND},
         "evidence": {i: ev[i] for i in IND if i in ev},
         "notes": {i: notes[i] for i in IND if i in notes}}
    if rtypes:
        d["resource_types"] = rtypes
    L[sid] = d

ALL6 = ["technical", "territorial", "financial", "knowledge", "human", "unique"]

sub("Z01", "Biedrība „Mežotnes kopiena” (Mežotne, Mežotnes pag.)", {
 "C1": ["Biedrība „Mežotnes kopiena” apvieno Mežotnes ciema un apkārtējo viensētu iedzīvotājus Mežotnes pagastā, Bauskas novadā."],
 "C2": ["Mūsu vīzija: 2030. gadā Mežotne ir ciems, kurā jaunās ģimenes izvēlas palikt, jo šeit ir darbs, droša vide un dzīva kopiena."],
 "C3.1": ["2022. gadā kopā ar astoņām vietējām saimniecībām izveidojām kooperatīvu „Mežotnes labumi”, kas katru piektdienu pārdod vietējo produkciju tiešās tirdzniecības punktā un e-veikalā."],
 "C3.2": ["Kopš 2023. gada bijušajā feldšerpunktā darbojas kopienas centrs ar kopstrādes telpu, ko pārvalda pati biedrība kopā ar iedzīvotāju padomi."],
 "C3.3": ["2023. gada rudenī pie kopienas centra uzstādījām saules paneļus, bet bibliotēkā 32 senioriem notika digitālo prasmju apmācības, kurās viņi iemācījās lietot e-pakalpojumus un internetbanku."],
 "C4.1": ["Biedrībā ir 46 biedri, to vada piecu cilvēku valde, un katram darba virzienam ir sava iniciatīvas grupa."],
 "C4.2": ["Lepojamies ar Mežotnes pili, Lielupes ielejas ainavu un tradīciju katru gadu rīkot Mežotnes Jāņus pilskalnā."],
 "C4.3": ["Pērn sešās talkās brīvprātīgie paši sakopa Lielupes krastu un atjaunoja bērnu laukumu.",
          "Kad 2023. gada vētras laikā ciems trīs dienas bija bez elektrības, kopienas centrs kļuva par siltuma un uzlādes punktu, ko paši organizējām."],
 "C4.4": ["Projekta ideju izvēlējāmies biedrības kopsapulcē 2024. gada 20. janvārī, kur par to nobalsoja 38 klātesošie.",
          "Balsojums par kopstrādes telpas paplašināšanu: „par” – 38, „pret” – 0, „atturas” – 2."],
 "C5.1": ["Ziemā kopienas centrā notiek meistarklases, kurās vietējās rokdarbnieces māca jauniešiem aust Bauskas puses jostas un cept rudzu maizi."],
 "C5.2": ["Aktivitātēs kopā piedalās senjori, jaunieši un jaunās ģimenes, bet divas reizes mēnesī rīkojam latviešu valodas sarunu vakarus ukraiņu ģimenēm, kas dzīvo ciemā."],
 "C5.3": ["Sadarbojamies ar Mežotnes pagasta pārvaldi, Mežotnes pamatskolu, bibliotēku, luterāņu draudzi un vietējiem uzņēmējiem, kuri iesaistās pasākumu rīkošanā."],
 "C5.4": ["Iekšējā informācijas aprite notiek WhatsApp grupā „Mežotne kopā” (212 dalībnieki), ziņojumu dēlī pie veikala un biedrības Facebook lapā, kurai ir 1100 sekotāju.",
          "Vērtējam, ka WhatsApp grupa ir visātrākais kanāls, bet senjorus vislabāk sasniedz ziņojumu dēlis un pagasta avīze."],
 "C6.1": ["Esam apzinājuši savus resursus: tehniskie – kopienas centra ēka, saules paneļi un biedrības pļaujmašīna; teritoriālie – Lielupes krasts un pilskalns; finanšu – biedru naudas un 2400 eiro gadā no pasākumiem; zināšanas – trīs amatnieki un grāmatvede; cilvēkresursi – 25 aktīvi brīvprātīgie; unikālie – Mežotnes pils apkārtne un senā pilskalna ainava."],
 "C6.2": ["Kopienas centra kopstrādes telpu un saules paneļus izmantojam tieši mūsu mērķim – lai jaunās ģimenes varētu strādāt attālināti un palikt Mežotnē."],
 "C6.3": ["Kopienas centra telpas atjaunojām LEADER projektā (ELFLA finansējums 18 500 eiro, 2022), bet jauniešu nometni 2023. gadā atbalstīja Sabiedrības integrācijas fonds."],
 "C6.4": ["Kopš 2019. gada mums ir sadraudzība ar Lietuvas ciemu Joniškēli, no kura katru vasaru ierodas brīvprātīgie, un vietējais uzņēmums „Lielupes grauds” ziedoja 3000 eiro bērnu laukumam."],
}, {}, ALL6)

sub("Z02", "Biedrība „Svitenes attīstībai” (Svitene, Svitenes pag.)", {
 "C1": ["Mēs esam Svitenes ciema un Svitenes pagasta iedzīvotāju kopiena, kas kopš 2015. gada darbojas biedrībā „Svitenes attīstībai”."],
 "C2": ["Mūsu kopīgais mērķis ir, lai 2030. gadā Svitenē būtu laba dzīves kvalitāte visām paaudzēm: pieejami pakalpojumi, sakopta vide un iespējas strādāt uz vietas."],
 "C3.1": ["2023. gadā izveidojām teritorijas zīmolu „Svitene – muižas ciems” un 14 km garu velotūrisma maršrutu, ko jau izmanto trīs vietējie naktsmītņu īpašnieki."],
 "C3.2": ["Darbojas mūsu laika banka, kurā 58 iedzīvotāji apmainās ar pakalpojumiem – viens pieskata bērnus, cits palīdz ar malku vai datoru."],
 "C3.3": ["Kopš 2023. gada rudens ciemā darbojas mobilā lietotne „Svitene kopā”, kurā iedzīvotāji piesaka bojājumus un pieraksta vietu busiņā uz Bausku, un jaunieši senioriem ierīko un iemāca to lietot."],
 "C4.1": ["Biedrību vada valde piecu cilvēku sastāvā, un tajā ir 63 biedri no visām pagasta daļām."],
 "C4.2": ["Mūsu identitāti veido Svitenes muižas parks, zemnieku saimniecību tradīcijas un lepnums par to, ka Svitenē joprojām dzīvo četras paaudzes vienā ciemā."],
 "C4.3": ["Sestdien 27 brīvprātīgie paši saremontēja muižas parka tiltiņu – dēļus ziedoja „Svitenes kokapstrāde”, bet zupu vārīja Ināra."],
 "C4.4": ["Par 2024. gada līdzdalības budžeta projektiem iedzīvotāji balsoja kopsapulcē un tiešsaistē, un uzvarēja āra trenažieru laukums.",
          "Nobalsojām par jauno LEADER projekta ideju – atbalsta punktu senioriem klētī."],
 "C5.1": ["Svitenes muižas klētī iekārtojām novadpētniecības istabu, kur vecākie iedzīvotāji stāsta skolēniem par kolhoza laiku un muižas vēsturi, un reizi mēnesī notiek kalēja meistarklase."],
 "C5.2": ["Laika bankā un pasākumos kopā darbojas senjori, jaunieši un cilvēki ar invaliditāti no Svitenes sociālās aprūpes mājas."],
 "C5.3": ["Mūsu pasākumus kopā rīkojam ar Svitenes pagasta pārvaldi, pamatskolu, bibliotēku un piecām zemnieku saimniecībām, kas piešķir tehniku un produktus."],
 "C5.4": ["Informāciju iekšēji izplatām WhatsApp grupā un lietotnē, ārēji – Facebook lapā (1400 sekotāju) un Bauskas novada avīzē „Bauskas Dzīve”; mūsu Facebook ierakstu sasniedzamība vidēji ir 2000–3500 cilvēku."],
 "C6.1": ["Apzinātie resursi: tehniskie – muižas klēts, traktors ar piekabi, skaņas aparatūra; teritoriālie – muižas parks un 4 ha pļava; finanšu – biedru naudas un pasākumu ieņēmumi; zināšanas – divi IT speciālisti, kalējs, grāmatvede; cilvēkresursi – ap 40 brīvprātīgo; unikālie – Svitenes muižas ansamblis."],
 "C6.2": ["Muižas klēti un brīvprātīgo IT speciālistu zināšanas izmantojam tieši mūsu mērķim – pakalpojumu pieejamībai visām paaudzēm, jo klētī ir lietotnes atbalsta punkts senioriem."],
 "C6.3": ["Lietotnes izstrādi 2023. gadā līdzfinansēja Bauskas novada pašvaldības NVO projektu konkurss, bet muižas klēts jumtu atjaunojām LEADER projektā."],
 "C6.4": ["Lietotni bez maksas palīdzēja izveidot Rīgas Tehniskās universitātes studenti, un mēs esam Latvijas Lauku foruma viedo ciemu tīkla dalībnieki."],
}, {}, ALL6)

sub("Z03", "Biedrība „Lambārtes ļaudis” (Lambārte, Codes pag.)", {
 "C1": ["Lambārte ir neliels ciems Codes pagastā, Bauskas novadā, un biedrība „Lambārtes ļaudis” pārstāv tā 310 iedzīvotāju kopienu."],
 "C2": ["Vīzija 2028: Lambārte ir zaļš, draudzīgs un zinošs ciems, kurā cilvēki grib dzīvot, jo šeit ir kopā būšana, vietējie produkti un droša vide bērniem."],
 "C3.1": ["Kopš 2022. gada biedrības sociālais uzņēmums „Lambārtes darbnīca” šuj un pārdod auduma iepirkumu maisiņus, nodarbinot četras vietējās sievietes, kuras citur darbu neatrada."],
 "C3.2": ["2021. gadā ieviesām „kaimiņu sardzes” sistēmu: katrai ielai ir savs kontaktcilvēks, kas apzina vientuļos senjorus un ziņo par viņu vajadzībām."],
 "C3.3": ["Ciema centrā ir uzstādīti viedie gaisa kvalitātes sensori un gudrais ielu apgaismojums ar kustības sensoriem, kuru datus ikviens var redzēt biedrības mājaslapā."],
 "C4.1": ["Biedrībā ir 34 biedri, valde no trim cilvēkiem un četras darba grupas: vide, kultūra, sociālais atbalsts un uzņēmējdarbība."],
 "C4.2": ["Mūsu vērtības ir kaimiņu izpalīdzība, darba tikums un cieņa pret zemi; esam unikāli ar to, ka gandrīz katrā sētā vēl audzē dārzeņus un dalāmies ar ražu."],
 "C4.3": ["Kad 2023. gada pavasarī pali appludināja ceļu uz ciema dienvidu daļu, iedzīvotāji paši organizēja laivu satiksmi un pārtikas piegādi senjoriem, līdz ceļš tika atjaunots."],
 "C4.4": ["Šo stratēģiju apspriedām trīs iedzīvotāju sapulcēs, un tās prioritātes noteica aptauja, kurā piedalījās 142 iedzīvotāji."],
 "C5.1": ["Biedrības darbnīcā vecākās šuvējas māca jaunākajām meistarēm piegriezt un šūt, bet katru rudeni kopā ar novadpētnieci apkopojam vecāko iedzīvotāju atmiņas par Lambārtes vēsturi."],
 "C5.2": ["„Kaimiņu sardzē” un darbnīcā kopā darbojas pensionāri, jaunās māmiņas un jaunieši, un visi pasākumi ir pieejami arī cilvēkiem ratiņkrēslā."],
 "C5.3": ["Sadarbības partneri ir Codes pagasta pārvalde, Codes pamatskola, Bauskas Centrālās bibliotēkas Codes filiāle un zemnieku saimniecība „Dārzkopji”, kas katru gadu iesaistās mūsu ražas svētkos.",
          "Kopš 2022. gada mūsu 7.–9. klašu skolēni katru pavasari piedalās biedrības „Lambārtes ļaudis” talkās un palīdz senioriem apgūt viedtālruņus."],
 "C5.4": ["Ciema iekšienē informāciju izplata ielu kontaktcilvēki un WhatsApp grupa, ārēji – mājaslapa lambarte.lv un Facebook; aptaujā 80 % iedzīvotāju atzina, ka jaunumus uzzina WhatsApp grupā."],
 "C6.1": ["Resursu apzināšanu veicām 2023. gada rudenī darba grupās.",
          "biedrības darbnīca ar sešām šujmašīnām, sensoru sistēma, divas laivas",
          "muižas parks, kopienas dārzs (0,3 ha)",
          "darbnīcas ieņēmumi (ap 7000 eiro gadā), biedru naudas",
          "pieredzējušas šuvējas, novadpētniece, elektriķis",
          "11 ielu kontaktcilvēki, ap 30 brīvprātīgo",
          "Lambārtes muižas parka simtgadīgie ozoli"],
 "C6.2": ["Darbnīcas šujmašīnas un vecāko šuvēju prasmes ir tieši saistītas ar mūsu mērķi radīt darbu uz vietas, tāpēc tās izmantojam gan sociālajā uzņēmumā, gan apmācībās."],
 "C6.3": ["Sensorus un ielu apgaismojumu iegādājāmies 2022. gadā LEADER projektā, bet darbnīcas aprīkojumu – Bauskas novada pašvaldības iedzīvotāju iniciatīvu konkursā."],
 "C6.4": ["Sensoru sistēmu mums bez maksas uzstādīja un uztur Latvijas Universitātes pētnieki, bet darbnīcas audumus ziedo Rīgas uzņēmums „Tekstila aprite”."],
}, {}, ALL6)

sub("Z04", "SIA „Rundāles Agro” (company, Pilsrundāle, Rundāles pag.)", {
 "C3.1": ["2022. gadā atvērām e-veikalu, kurā pircēji pasūta mūsu dārzeņus un saņem tos pie saimniecības vārtiem vai ar piegādi Bauskā."],
 "C6.3": ["2021. gadā ar ELFLA atbalstu pasākumā „Ieguldījumi materiālajos aktīvos” iegādājāmies dārzeņu šķirošanas līniju."],
}, {
 "C1": "Applicant is a company (SIA); Pilsrundāle/Rundāles pagasts named only as the firm's location and for the palace, no community of residents is presented.",
 "C2": "Only the company's/project's business aim ('palielināt uzņēmuma apgrozījumu par 20 % un uzstādīt pārtikas automātu'), not a community goal or vision.",
 "C3.2": "Nothing about new forms of cooperation.",
 "C3.3": "Vending machine and app only planned ('Iecerēts', 'varētu'); the smart-village definition is general text; the e-shop is counted under C3.1.",
 "C4.1": "Denied: 'Ciemā nav iedzīvotāju biedrības, un projektu īsteno uzņēmums.'",
 "C4.2": "No values or identity of a community; the fame of Rundāle Palace is general text.",
 "C4.3": "No self-organisation of residents.",
 "C4.4": "Denied: 'Iedzīvotāju sapulce par projektu netika rīkota, jo lēmumu ... pieņēma uzņēmuma valde.'",
 "C5.1": "'Rundāles pils ir slavena ar savu kultūrvēsturisko mantojumu' is general text about the place, no transmission by the applicant.",
 "C5.2": "No integration of groups.",
 "C5.3": "Denied: no cooperation with 'Rundāles jaunieši' ('neesam sadarbojušies'), 'pašvaldība netiek iesaistīta'.",
 "C5.4": "Non-answer/planned: 'Informācijas izplatīšanas plāns tiks izstrādāts'; the 'Piedāvājam ... zvaniet' paragraph is an advert.",
 "C6.1": "'Uzņēmuma resursi ... ir aprakstīti pielikumā Nr. 3' but there is no such annex (only 2 annexes listed); headcount in the company description is not a resource identification.",
 "C6.2": "Needs C6.1 and C2; neither is present.",
 "C6.4": "Denied: 'Sponsorus un partnerus projektam neesam piesaistījuši.'",
})

sub("Z05", "Biedrība „Zorģu ciems” (Zorģi, Iecavas pag.)", {
 "C1": ["Biedrību 2023. gada nogalē nodibināja Zorģu ciema iedzīvotāji, lai kopā risinātu mūsu ciema jautājumus."],
 "C2": ["Mūsu mērķis ir, lai Zorģos būtu sakopta vide, apgaismotas ielas un vieta, kur satikties, un lai jaunās ģimenes nākotnē gribētu šeit dzīvot."],
 "C4.1": ["Biedrībā šobrīd ir 9 biedri, valdē ir divi cilvēki – priekšsēdētāja un kasieris."],
}, {
 "C3.1": "Answer is '—' under the form hint (the hint text is form, not evidence).",
 "C3.2": "Conditional wish and denial: 'būtu labi izveidot kopienas centru, bet telpu pagaidām nav'.",
 "C3.3": "Denied: 'Inovatīvi tehnoloģiskie risinājumi ciemā pagaidām netiek ieviesti.'",
 "C4.2": "Restates the criterion ('Kopiena apzinās savu identitāti un spēj formulēt savas vērtības.') without any fact.",
 "C4.3": "Only planned: 'Plānojam rīkot pirmo talku 2024. gada pavasarī.'",
 "C4.4": "Restates the criterion ('Lēmumi tiek pieņemti no apakšas uz augšu.'); 'Iedzīvotāju aptauja vēl nav veikta.'",
 "C5.1": "Answer is '—'.",
 "C5.2": "Conditional: 'Vajadzētu vairāk iesaistīt jauniešus un seniorus.'",
 "C5.3": "Denied: 'Sadarbība ar pašvaldību, skolu un uzņēmējiem vēl nav uzsākta.'",
 "C5.4": "Non-answer: 'Vēl tiek izstrādāti.'",
 "C6.1": "'Skatīt pielikumā.' with no such annex, and 'Resursi vēl nav apzināti.'",
 "C6.2": "Answer is '—'; no C6.1.",
 "C6.3": "Denied ('Neesam piedalījušies nevienā projektu konkursā.'); LEADER/ELFLA only in page header/footer boilerplate.",
 "C6.4": "Answer is 'Nav.'",
})

sub("Z06", "Bauskas novada Ceraukstes pamatskola (municipal school, Ceraukstes pag.)", {
 "C3.3": ["2023./2024. mācību gadā skolas datorklasē 21 pagasta seniors apguva digitālo prasmju kursu – e-pasta lietošanu, Latvija.lv e-pakalpojumus un videozvanus ar mazbērniem."],
 "C5.1": ["Skolas novadpētniecības muzejā skolēni kopā ar vecvecākiem apkopo stāstus par Ceraukstes muižu un vietējām sētām, un katru gadu tos prezentē Novada dienā."],
 "C5.2": ["Digitālo prasmju nodarbībās 7.–9. klases skolēni ir konsultanti senioriem, un tā satiekas paaudzes, kas citādi maz komunicē."],
 "C5.3": ["Nodarbības organizē skola, bet tajās iesaistās Ceraukstes bibliotēka, pagasta pārvalde, kas nodrošina senioriem transportu, un vietējā z/s „Lejnieki”, kas ziedoja kafijas pauzēm produktus."],
 "C5.4": ["Par nodarbībām informējam e-klasē, skolas Facebook lapā un pagasta informatīvajā izdevumā „Ceraukstes Vēstis”, bet senioriem zvana klases audzinātāji."],
 "C6.3": ["Skola piedalās programmā „Latvijas skolas soma”, un 2022. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām novadpētniecības krājumu."],
 "C6.4": ["Kopš 2021. gada sadarbojamies ar Pasvales (Lietuva) ģimnāziju Erasmus+ programmā, un lektori no Latvijas Digitālās akadēmijas brīvprātīgi vadīja divas nodarbības senioriem."],
}, {
 "C1": "Applicant is a municipal school (institution); Ceraukstes pagasts is named only as its location, the applicant is not presented as a community of residents.",
 "C2": "Only the school's education goal ('kvalitatīva, mūsdienīga izglītība') and the project's technical aim (15 laptops); the European Commission definition is general text.",
 "C3.1": "Nothing about business innovation.",
 "C3.2": "Nothing about new forms of cooperation; a school course is not social innovation.",
 "C4.1": "Denied: 'Pagastā nav aktīvas iedzīvotāju biedrības, tāpēc iniciatīvu uzņēmās skola.' — activities run by an institution.",
 "C4.2": "No community values or identity stated.",
 "C4.3": "No residents' self-organisation; all activities run by the school.",
 "C4.4": "Top-down: 'Lēmumu iesniegt projektu pieņēma skolas vadība, saskaņojot to ar pašvaldību.'",
 "C6.1": "Denied: 'Resursu apzināšana skolā vēl nav veikta.'",
 "C6.2": "No C6.1 and no C2.",
})

sub("Z07", "Biedriba \"Stelpes pagasta attistibai\" (Stelpe; typed without diacritics)", {
 "C1": ["Biedriba apvieno Stelpes ciema un apkartejo maju iedzivotajus Stelpes pagasta, Bauskas novada."],
 "C2": ["Musu merkis ir saglabat Stelpi ka dzivu ciemu, kur cilveki satiekas, rupejas viens par otru un kur ir vieta jauniesiem."],
 "C3.2": ["Kops 2022. gada bijusas skolas ednica darbojas musu kopienas maja, ko apsaimnieko biedriba un kur reize nedela notiek kopienas vakari, darbojas mantu apmainas plaukts un jauniesu sturitis."],
 "C4.1": ["Biedriba ir 28 biedri, valde tris cilveki, un aktivitates regulari iesaistas ap 60 iedzivotaju."],
 "C4.2": ["Mes lepojamies ar Stelpes muizas parku un ar to, ka Stelpe ir vienigais ciems novada, kur joprojam katru gadu notiek zirgu skriesanas sacensibas uz ledus."],
 "C4.3": ["Kad 2023. gada rudeni pasvaldiba neatrada lidzeklus kopienas majas apkurei, iedzivotaji pasi sagadaja un saskaldija malku visai ziemai."],
 "C4.4": ["Par katru lielaku lemumu balsojam iedzivotaju kopsapulce, pedejo reizi 2024. gada 9. marta, kad 41 klatesosais nobalsoja par so projektu."],
 "C5.1": ["Kopienas vakaros vecakas saimnieces mac jaunakajam cept placenisus un siet slotas, un pec vinu stastiem apkopojam ciema vesturi."],
 "C5.2": ["Kopienas maja satiekas senjori, jaunas gimenes un jauniesi, un pie mums nak ari tris ukrainu gimenes, kas dzivo Stelpe kops 2022. gada."],
 "C5.4": ["Informaciju izplatam WhatsApp grupa \"Stelpe\", uz zinojumu deli pie veikala un Facebook lapa; vecakajiem iedzivotajiem zinas aiznes kaimini."],
 "C6.3": ["2022. gada ar LEADER projekta atbalstu nomainijam kopienas majas logus, un 2023. gada piedalijamies kampana \"Liela talka\"."],
}, {
 "C3.1": "'pagaidam nav'; the local market and brand 'Stelpes labumi' are only a future wish ('Nakotne gribam').",
 "C3.3": "Conditional wish: 'Butu labi ierikot kopienas maja bezmaksas Wi-Fi un saules panelus, bet lidzeklu tam nav.'",
 "C5.3": "Denied: 'Pasvaldibas iestades un uznemeji musu aktivitates pagaidam netiek iesaistiti.'",
 "C6.1": "Denied/planned: 'Resursi vel nav apzinati, to planojam darit 2024. gada rudeni.'",
 "C6.2": "'Skatit 8.1.' — no resources identified.",
 "C6.4": "Denied: 'Sponsoru un arejo partneru mums lidz sim nav bijis.' (firewood came from members' own forests).",
})

sub("Z08", "Biedrība „Skaistkalnes ozoli” (Skaistkalne, Skaistkalnes pag.)", {
 "C1": ["Biedrība „Skaistkalnes ozoli” ir Skaistkalnes ciema iedzīvotāju apvienība, kas darbojas Skaistkalnes pagastā, Bauskas novadā, netālu no Lietuvas robežas."],
 "C2": ["Nākotnē vēlamies, lai Skaistkalne būtu ciems ar dzīvu Mēmeles krastu, kur vietējie un viesi atpūšas un kur jauniešiem ir iemesls atgriezties."],
 "C4.1": ["Biedrībā ir 19 biedri un trīs valdes locekļi, un katram pasākumam izveidojam nelielu iniciatīvas grupu."],
 "C4.2": ["Mūsu identitāti veido Skaistkalnes baznīca ar svētceļnieku tradīcijām un Mēmeles upe, un par to lepojas gandrīz katrs skaistkalnietis."],
 "C4.3": ["Pagājušajā vasarā paši iztīrījām Mēmeles krastu 600 metru garumā un uzbūvējām laipu, izmantojot ziedotus dēļus."],
 "C4.4": ["Projekta ideju izvēlējāmies iedzīvotāju sapulcē, kur no trim priekšlikumiem balsojumā uzvarēja Mēmeles krasta labiekārtošana."],
 "C5.1": ["Katru augustu vecākie makšķernieki jauniešiem rāda, kā siet tīklus un pīt zivju murdus, kā to darīja viņu vectēvi."],
 "C5.2": ["Talkās un pasākumos piedalās gan pensionāri, gan pusaudži, un pērn pirmo reizi iesaistījām arī divas ģimenes, kurās aug bērni ar invaliditāti."],
 "C5.4": ["Iedzīvotāji par talkām uzzina no biedrības WhatsApp grupas un afišām pie veikala un autobusa pieturas."],
 "C6.1": ["Mūsu resursi ir biedru tehnika (divas laivas, krūmgriezis, piekabe), Mēmeles krasta pašvaldības zeme, ko lietojam ar nomas līgumu, biedru zināšanas būvniecībā un ap 30 cilvēku, uz kuriem var paļauties talkās."],
 "C6.2": ["Šos resursus – laivas, krasta zemi un biedru būvniecības prasmes – izmantojam tieši mūsu mērķim atdzīvināt Mēmeles krastu."],
 "C6.4": ["Mēmeles laipas materiālus ziedoja Bauskas kokzāģētava „Mēmele Timber”, un talkā palīdzēja 12 brīvprātīgie no Bārbeles un Vecumniekiem.",
          "Kopš 2023. gada mūsu biedrības projektu vadītāja bez maksas konsultē „Skaistkalnes ozolus” projektu sagatavošanā, un šo iesniegumu sagatavojām kopā."],
}, {
 "C3.1": "About the neighbour: 'Kaimiņu Vecumnieku pagastā ... kooperatīvu un e-veikalu, taču mūsu ciemā šādas uzņēmējdarbības formas nav.'",
 "C3.2": "Neighbour + denial across the contrast: 'Blakus esošajā Bārbeles pagastā darbojas kopienas centrs un laika banka, bet mums tāda nav.' The support letter's community centre is the Bārbele writer's own.",
 "C3.3": "The app is in Pasvale (another place); for us 'pagaidām nekas nav ieviests'.",
 "C5.3": "The school's cooperation with the museum is about the school; for the applicant denied: 'skola un pagasta pārvalde līdz šim nav iesaistījušās'.",
 "C6.3": "The three LEADER projects belong to the Bārbele association (form and its letter); applicant: 'nevienā valsts vai reģionālā programmā vēl neesam piedalījušies'.",
}, ["technical", "territorial", "knowledge", "human"])

sub("Z09", "Biedrība „Ozolaines kopiena” (Ozolaine, Īslīces pag.) – Facebook page", {
 "C1": ["Mēs esam Ozolaines ciema iedzīvotāju biedrība Īslīces pagastā, Bauskas novadā."],
 "C2": ["Mūsu sapnis – Ozolaine 2030: ciems, kurā ir droši staigāt vakarā, kur bērniem ir kur spēlēties un kur kaimiņi viens otru pazīst."],
 "C4.1": ["Biedrības kopsapulcē ievēlējām jaunu valdi – tagad „Ozolaines kopienu” vada Kristīne, Aigars un Elīna.",
          "Biedrībā šobrīd ir 41 biedrs, un pieci no viņiem pievienojās tieši šogad."],
 "C4.3": ["Paldies 34 kaimiņiem, kas sestdien paši sakopa Ozolaines dīķa krastu un nokrāsoja bērnu laukuma žogu!"],
 "C4.4": ["Aptaujā piedalījās 112 iedzīvotāji, un ar 67 balsīm nolēmām, ka šogad biedrības sakrātos līdzekļus ieguldīsim dīķa laipā, nevis jaunā nojumē."],
 "C5.1": ["Šonedēļ mūsu senioru kopa „Sidrabmati” mācīja Ozolaines bērniem pīt grozus no vītola klūgām, kā to kādreiz darīja katrā mājā."],
 "C5.2": ["Pirmo reizi pie viena galda sēdēja trīs paaudzes un arī divas ukraiņu ģimenes, kas Ozolainē dzīvo kopš pērnā gada."],
 "C5.3": ["Ziemassvētku pasākumu kopā ar mums rīkoja Īslīces bibliotēka un pagasta pārvalde, un pirmo reizi tajā uzstājās arī Rītausmu pamatskolas koris."],
 "C5.4": ["Atgādinām: visi steidzamie paziņojumi (ūdens atslēgšana, talkas) tiek sūtīti mūsu WhatsApp grupā „Ozolaine info”, bet šeit Facebook lapā publicējam pasākumu foto un atskaites."],
 "C6.3": ["Labas ziņas – Bauskas novada pašvaldības NVO projektu konkursā ieguvām 1500 eiro bērnu laukuma žoga atjaunošanai!"],
}, {
 "C3.1": "Only a resident's conditional suggestion in a comment ('Vai nevarētu nākamreiz sarīkot arī vietējo tirdziņu').",
 "C3.2": "The co-working space is the neighbours' in Rītausmas ('Mums pašiem tādas nav'); a time bank is only wished in a comment ('Būtu labi ... kā Svitenē').",
 "C3.3": "Sensors and solar panels appear only in a sponsored advert ('Viedā Sēta · Sponsorēts'); the shared newspaper article is general text.",
 "C4.2": "No values or uniqueness stated on the page (the tagline in Lapa_files/script.js is a side file, not evidence).",
 "C6.1": "Non-answer in the cover letter: 'Resursu saraksts tiks sagatavots līdz projektu vērtēšanas sākumam.'",
 "C6.2": "No C6.1.",
 "C6.4": "Denied: 'Salūtam šogad sponsoru neatradām'; the call for people with project experience is only a request.",
})

sub("Z10", "Biedrība „Saulgrieži” (Dāviņu pag. – named only in the page header) – action plan", {
 "C2": ["Mūsu vīzija: ciems, kurā satiekas paaudzes – vieta, kur bērni, viņu vecāki un vecvecāki zina cits citu, kur ir kopīga tikšanās vieta un kur jaunpienācēji jūtas gaidīti."],
 "C4.1": ["Biedrībā ir 22 biedri, tās darbu vada trīs cilvēku valde, un revidente reizi gadā pārbauda grāmatvedību."],
 "C4.2": ["Mūsu kopienas vērtības ir klusums, tīra daba un kaimiņu uzticēšanās – tas ir tas, kāpēc cilvēki pārceļas uz mūsu ciemu no Rīgas."],
 "C4.4": ["Rīcības plānu apstiprināja biedrības kopsapulce 2024. gada 3. februārī, un aktivitāšu secību noteica iedzīvotāju balsojums, kurā piedalījās 64 cilvēki."],
 "C5.4": ["Par plāna izpildi iedzīvotājus informējam WhatsApp grupā un uz ziņojumu dēļa pie pastnodaļas, un katra ceturkšņa beigās izsūtām biedrības e-pasta vēstuli."],
 "C6.1": ["biedrības zāles pļāvējs, telts 6×12 m, 30 saliekamie krēsli",
          "ciema centra zaļā zona (0,8 ha) un vecais parks",
          "biedru naudas, ap 600 eiro gadā",
          "divi biedri ar dārzkopja izglītību, viens ar grāmatveža pieredzi",
          "ap 20 aktīvu biedru",
          "simtgadīgā liepu aleja ciema centrā"],
 "C6.2": ["Zaļā zona ir tieši saistīta ar mūsu vīziju: tā ir vienīgā vieta ciemā, kur var izveidot tikšanās vietu visām paaudzēm, tāpēc tai rīcības plānā paredzētas trīs no astoņām aktivitātēm."],
}, {
 "C1": "The body never names the village, pagasts or novads ('mūsu ciems' only); Dāviņu pagasts / Bauskas novads appear only in the page-header address line of both documents.",
 "C3.1": "Only an action-plan row (local market and e-shop, status 'ideja').",
 "C3.2": "Only an action-plan row (community room, status 'ideja').",
 "C3.3": "Only an action-plan row (Wi-Fi zone and solar lamps, status 'ideja').",
 "C4.3": "Denied: 'Kopīgas talkas vēl nav notikušas'; talkas and the garden are plan rows ('šo rīcību vēl neesam sākuši').",
 "C5.1": "Denied: 'Amatnieku meistarklases vēl nav notikušas.'; otherwise only a plan row.",
 "C5.2": "Denied: 'jaunieši un senjori gandrīz neiesaistās'; intergenerational afternoons only planned.",
 "C5.3": "Denied: 'skola un pagasta pārvalde mūsu darbā nav iesaistītas'; school agreement only planned.",
 "C6.3": "Funding sources in the plan are 'LEADER (plānots)', 'VKKF (plānots)', 'pašvaldības konkurss' — planned only.",
 "C6.4": "Denied: 'Ārējo atbalstītāju mums vēl nav; plānojam tos meklēt 2025. gadā.'",
}, ALL6)

sub("Z11", "Biedrība „Valles saime” (Valle, Valles pag.) – general-meeting minutes + self-assessment", {
 "C1": ["Kopsapulcē piedalās 47 biedrības „Valles saime” biedri – Valles ciema un Valles pagasta iedzīvotāji (reģistrācijas lapa – 1. pielikumā)."],
 "C2": ["Biedrības mērķis nākamajiem pieciem gadiem ir, lai ikviens Valles iedzīvotājs, arī bez auto, varētu piekļūt pakalpojumiem un justies piederīgs ciemam."],
 "C3.2": ["D. Krūmiņa informēja, ka kopš 2023. gada septembra darbojas biedrības izveidotais „kaimiņu transports”: 11 autovadītāji brīvprātīgie pēc grafika ved senjorus pie ārsta uz Bausku un Vecumniekiem, un braucienus koordinē biedrība."],
 "C4.1": ["Biedrībā uz 2024. gada 1. janvāri ir 82 biedri, un to vada piecu locekļu valde."],
 "C4.3": ["Pagājušajā gadā biedrība noorganizēja septiņas talkas, kurās iedzīvotāji paši atjaunoja Valles estrādes soliņus un iztīrīja dīķi."],
 "C4.4": ["Balsojums par kaimiņu transporta paplašināšanu: „par” – 44, „pret” – 1, „atturas” – 2. Lēmums pieņemts.",
          "NOLĒMA: ar balsu vairākumu apstiprināt kaimiņu transporta paplašināšanu kā biedrības LEADER projekta ideju un uzdot valdei sagatavot projekta iesniegumu līdz 2024. gada 20. februārim."],
 "C5.2": ["„Kaimiņu transportā” jaunieši un strādājošie vadītāji palīdz senjoriem un cilvēkiem ar kustību traucējumiem, tā satuvinot paaudzes."],
 "C5.4": ["Valdes locekle Ilze Ozola informēja, ka biedrības ziņas iedzīvotāji saņem e-pasta vēstkopā (160 adresāti), WhatsApp grupā un uz ziņojumu dēļa pie veikala; Facebook lapai ir 540 sekotāji, bet visvairāk atsaucības gūst WhatsApp ziņas."],
 "C6.3": ["2023. gadā biedrība piedalījās Sabiedrības integrācijas fonda NVO fonda programmā un saņēma 4800 eiro kaimiņu transporta izveidei."],
 "C6.4": ["Braucienu degvielas izmaksas daļēji sedz ziedojumi no bijušajiem vallēniešiem, kuri tagad dzīvo Rīgā un ārzemēs, kopā 2100 eiro 2023. gadā."],
}, {
 "C3.1": "Abandoned: the vegetable co-operative was voted down ('ideju nolēma atmest'; 9 for, 31 against).",
 "C3.3": "Only the self-assessment claim 'Tiek ieviesti digitāli risinājumi' with no fact; the booking system is only proposed.",
 "C4.2": "Only the self-assessment restating the criterion ('Kopiena apzinās savu identitāti').",
 "C5.1": "Only the self-assessment claim ('Zināšanas un mantojums tiek nodoti').",
 "C5.3": "Only the self-assessment restating the criterion ('Iesaistītas dažādas kategorijas un sektori'); no school, municipality or business involvement described.",
 "C6.1": "Self-assessment: 'Nav apkopoti.'; no resource identification.",
 "C6.2": "No C6.1; 'Resursi tiek izmantoti mērķtiecīgi' is a bare claim.",
})

sub("Z12", "Biedrība „Misas ļaudis” (Misa, Vecumnieku pag.) – newsletter „Misas Vēstis”", {
 "C1": ["Mēs, Misas ciema ļaudis, esam maza, bet rosīga Vecumnieku pagasta kopiena."],
 "C2": ["Mūsu mērķis nākamajiem gadiem – lai Misa kļūtu par vietu, kur var nopirkt vietējo pārtiku, satikt kaimiņus un kur jaunieši atrod vasaras darbu."],
 "C3.1": ["Biedrības izveidotais Misas tirdziņš kopš pērnā gada notiek katru pirmo sestdienu, un tagad vietējie mājražotāji pasūtījumus pieņem arī kopīgā interneta veikalā misastirgus.lv."],
 "C4.1": ["Biedrībā „Misas ļaudis” tagad ir 37 biedri, un janvārī valdē darbu sāka divi jauni cilvēki – Sanita Bērziņa un Kaspars Miezis."],
 "C4.2": ["Misēnieši lepojas ar savu upi, dzelzceļa staciju ar simts gadu vēsturi un to, ka te visi viens otru pazīst pēc vārda."],
 "C4.3": ["Martā 26 misēnieši paši izzāģēja krūmus gar Misas upi un salaboja tirdziņa galdus."],
 "C5.1": ["Marta tirdziņā Misas audēja Velta Kalniņa rādīja bērniem, kā aust uz stellēm, un trīs meitenes jau izauda pirmās jostiņas."],
 "C5.2": ["Tirdziņā tirgojas gan pensionāri ar savu dārzu ražu, gan skolēni, kuri pērn vasarā pirmo reizi pelnīja savu kabatas naudu, un pie mums regulāri nāk arī Misas ukraiņu ģimenes."],
 "C5.3": ["Skolēnu vasaras darbu Misas tirdziņā atbalsta Vecumnieku vidusskola, bet nojumei elektrības pieslēgumu ierīkoja pagasta pārvalde."],
 "C5.4": ["Šis izdevums iznāk reizi ceturksnī un tiek izlikts pastkastītēs, bet ikdienas ziņas lasiet biedrības Facebook lapā un WhatsApp grupā „Misa ziņo”."],
 "C6.3": ["Tirdziņa nojumi uzbūvējām ar Bauskas novada pašvaldības iedzīvotāju iniciatīvu konkursa finansējumu (2000 eiro), un pērn maijā piedalījāmies arī „Lielajā talkā”."],
 "C6.4": ["Tirdziņa galdus ziedoja Misas kokapstrādes uzņēmums „Misas koks”, bet pieredzē ar mums dalījās Tukuma novada Tumes tirdziņa rīkotāji, kas pie mums viesojās martā."],
}, {
 "C3.2": "Abandoned: 'Kopienas centra ideju apspriedām jau 2021. gadā, taču no tās atteicāmies'; the expert's list (community centres, time banks) is general text.",
 "C3.3": "Optical internet and solar panels only in an advert (SIA „Vecumnieku IT”); denied: 'Misā tā joprojām nav'; the expert quote is general; the e-shop is counted under C3.1.",
 "C4.4": "Survey that changed nothing ('taču šogad tas netiks ieviests') and the board deciding alone ('valde naudu novirzīja', 'Valde nolēma'); the expert's 'cilvēki paši lemj' is a quote.",
 "C6.1": "No identification of the community's resources.",
 "C6.2": "No C6.1.",
})

sub("Z13", "Biedrība „Kurmenes kopiena” (Kurmene, Kurmenes pag.) – printed e-mail thread + partnership agreement", {
 "C1": ["Mēs esam Kurmenes ciema iedzīvotāju biedrība, darbojamies kopš 2017. gada, un mūsu kopienā ir ap 400 cilvēku no Kurmenes pagasta."],
 "C2": ["Mūsu vīzija ir Kurmene kā ciems, kurā vecāki cilvēki var droši nodzīvot līdz mūža galam savās mājās, jo apkārt ir kaimiņi un pakalpojumi."],
 "C3.3": ["Pērn rudenī kopā ar pagasta bibliotēku ierīkojām senioriem „digitālo stūrīti” ar trim planšetēm, un 27 seniori jau ir iemācījušies pierakstīties pie ārsta internetā."],
 "C4.1": ["Biedrībā ir 31 biedrs, valdē trīs cilvēki, un mums ir senioru un jauniešu darba grupas."],
 "C4.3": ["Kad janvārī salā plīsa ūdensvads, mūsu jaunieši paši organizēja ūdens piegādi kannās 14 senioru mājām, līdz avārija tika novērsta."],
 "C5.1": ["Senioru darba grupa pērn kopā ar mazbērniem pierakstīja atmiņas par Kurmenes muižu un kolhoza laikiem, un tagad tās glabājas bibliotēkā kā ciema atmiņu mape."],
 "C5.2": ["Digitālajā stūrītī senioriem palīdz arī pagasta jaunieši, un tā ir pirmā reize, kad abas paaudzes regulāri darbojas kopā."],
 "C5.3": ["Pērn rudenī kopā ar pagasta bibliotēku ierīkojām senioriem „digitālo stūrīti” ar trim planšetēm, un 27 seniori jau ir iemācījušies pierakstīties pie ārsta internetā.",
          "Ar bibliotēku līgums mums ir kopš septembra, pielikumā sūtu skenētu kopiju."],
 "C5.4": ["Informāciju iedzīvotājiem nododam WhatsApp grupā, uz ziņojumu dēļa pie pagasta nama un pa telefonu tiem senioriem, kuriem nav viedtālruņa."],
 "C6.3": ["Planšetes iegādājāmies ar Bauskas novada pašvaldības NVO atbalsta programmas finansējumu, un 2022. gadā īstenojām arī vienu nelielu LEADER projektu – bērnu rotaļu laukumu."],
 "C6.4": ["Digitālās nodarbības bez atlīdzības vadīja brīvprātīgā IT speciāliste no Rīgas, kura vasarās dzīvo Kurmenē, un planšetes konfigurēt palīdzēja Jelgavas tehnikuma audzēkņi."],
}, {
 "C3.1": "The social enterprise is in Codes pagasts — the LAG consultant's example about another place.",
 "C3.2": "Time bank and app are Svitene's (consultant's examples); nothing of the applicant's own.",
 "C4.2": "Non-answer: 'Ar ko lepojamies – par to vēl jāpadomā'; the consultant's question is not an answer.",
 "C4.4": "Denied: 'sapulci nerīkojām – projekta ideju izlēma valde'; 'Aptauju arī neveicām.'",
 "C6.1": "Denied: 'Resursu sarakstu vēl neesam sastādījuši'; the consultant's list of resource types is advice ('Būtu labi pievienot').",
 "C6.2": "No C6.1.",
})

sub("Z14", "Biedrība „Grenctāles kopiena” (Grenctāle, Brunavas pag.)", {
 "C1": ["Biedrība „Grenctāles kopiena” apvieno Grenctāles ciema iedzīvotājus Brunavas pagastā, Bauskas novadā."],
 "C3.2": ["Kopš 2022. gada ciema pārvaldībā darbojas iedzīvotāju padome, kurā ir pa vienam pārstāvim no katras ielas, un tā kopā ar biedrību lemj par ciema vajadzībām."],
 "C4.1": ["Biedrībā ir 23 biedri un valde no trim cilvēkiem, un tā darbojas kopā ar iedzīvotāju padomi."],
 "C4.3": ["Kad 2023. gada jūlija vētra nogāza kokus pāri ciema ceļam, iedzīvotāji paši tos sazāģēja un aizvāca vēl pirms pašvaldības dienesta ierašanās."],
 "C4.4": ["Projekta ideju iedzīvotāji izvēlējās kopsapulcē 2024. gada februārī ar 29 balsīm no 33."],
 "C5.1": ["Vecākie grenctālieši katru rudeni rāda jauniešiem, kā kūpina zivis un cep rudzu maizi, un šos stāstus ierakstām biedrības video arhīvā."],
 "C5.2": ["Svētkos un talkās kopā darbojas seniori, jaunās ģimenes un jaunieši, un mums ir divi biedri, kuri pārvietojas ratiņkrēslā, tāpēc visus pasākumus rīkojam vietās bez šķēršļiem."],
 "C5.4": ["Ciema ziņas izplatām WhatsApp grupā „Grenctāle”, kurā ir 96 dalībnieki, un uz ziņojumu dēļa pie veikala; svētku afišas parasti redz praktiski visi ciema iedzīvotāji."],
 "C6.1": ["Biedrības rīcībā ir vecais kolhoza šķūnis (240 m²), zāles traktoriņš, 40 saliekamie krēsli un divi biedri ar celtnieka izglītību."],
}, {
 "C2": "Denied: 'Vīziju kopiena vēl nav formulējusi'; 'Ekskursiju mērķi' are travel destinations (other sense).",
 "C3.1": "'dzīvokļu īpašnieku kooperatīvā sabiedrība' is a housing co-op (other sense), not a business innovation.",
 "C3.3": "Nothing about technology.",
 "C4.2": "'vērtības' only in the money/asset sense ('Pamatlīdzekļu vērtības', 'Biedrības vērtības ... ir apdrošinātas').",
 "C5.3": "'Skolas iela' is an address, 'Grenctālē skolas vairs nav'; the 'sēklu bibliotēka' is a seed exchange, not a library; the theatre appears only in a future event programme.",
 "C6.2": "No C2: the barn is tied only to the project, not to a stated community goal.",
 "C6.3": "'tehniskais projekts' is a building design and 'programma' an event programme; denied: 'Līdz šim neesam saņēmuši atbalstu nevienā valsts vai LEADER programmā.'",
 "C6.4": "'elektrības tīkls' is the electricity network (other sense); no outside resources; the barn was bought with members' money.",
}, ["technical", "knowledge", "human"])

sub("Z15", "Biedrība „Taurkalnes kopiena” (Taurkalne, Taurkalnes pag.) – form + self-assessment", {
 "C1": ["Biedrība „Taurkalnes kopiena” ir Taurkalnes ciema un pagasta iedzīvotāju apvienība, kas darbojas kopš 2014. gada."],
 "C2": ["Mūsu vīzija – Taurkalne kā sakopts meža ciems, kurā cilvēki dzīvo veselīgi, kustas un rūpējas par apkārtni un cits par citu."],
 "C4.1": ["Biedrībā ir 27 biedri, trīs valdes locekļi un revidents."],
 "C4.2": ["Mūsu vērtības ir veselīgs dzīvesveids, meža tuvums un cieņa pret vecāko paaudzi; Taurkalnes ziemas slēpošanas trase ir vienīgā šāda veida vieta Bauskas novadā."],
 "C4.3": ["Katru rudeni brīvprātīgie paši uztur 5 km garo slēpošanas un skriešanas trasi, izzāģē krūmus un marķē to, un pērn viņi paši salaboja trases apgaismojumu."],
 "C5.1": ["Pieredzējuši slēpotāji katru ziemu vada bezmaksas nodarbības iesācējiem, un pērn biedrība izdeva bukletu par Taurkalnes muižas vēsturi, ko sagatavoja vietējā novadpētniece."],
 "C5.3": ["Slēpošanas nodarbības bērniem rīkojam kopā ar Taurkalnes pamatskolu – skola tās iekļauj ziemas sporta stundu plānā."],
 "C6.1": ["Mūsu resursi: 5 km trase mežā (pašvaldības zeme), 40 slēpju komplekti un sniega motocikls trases sagatavošanai, biedrības kase ap 1500 eiro gadā, divi sertificēti slēpošanas treneri un ap 20 brīvprātīgo."],
 "C6.2": ["Slēpju komplektus un trenerus izmantojam tieši mūsu mērķim – lai Taurkalnes ģimenes visu gadu kustētos un dzīvotu veselīgi."],
 "C6.3": ["Slēpju komplektus 2021. gadā iegādājāmies LEADER projektā „Slēpo Taurkalnē”, bet trases apgaismojumu līdzfinansēja Bauskas novada pašvaldības iedzīvotāju iniciatīvu konkurss."],
}, {
 "C3.1": "Abandoned: 'mēģinājām izveidot slēpju nomas sociālo uzņēmumu, taču pēc gada no tā atteicāmies'.",
 "C3.2": "Time bank discussed by the board 'bet to neieviesām'.",
 "C3.3": "Only planned ('Plānojam trasē uzstādīt viedos apgaismojuma sensorus'); the self-assessment 'Kopiena ievieš digitālus risinājumus' is a bare claim.",
 "C4.4": "Survey changed nothing ('rezultāti projekta izvēli neietekmēja – projekta ideju izvēlējās valde'); the vision was written by the board; self-assessment restates the criterion.",
 "C5.2": "Only the self-assessment restating the criterion ('Kopiena integrē dažādas sociālās un vecuma grupas').",
 "C5.4": "Denied: 'Mājaslapas mums nav, un Facebook lapa pēdējos divus gadus netiek uzturēta'; self-assessment 'Informatīvā telpa ir laba' is a claim.",
 "C6.4": "Ended/abandoned partnership ('sadarbība izbeidzās, un to neesam atjaunojuši') and 'Sponsorus neesam piesaistījuši.'; footer boilerplate is not evidence.",
}, ["territorial", "technical", "financial", "knowledge", "human"])

sub("Z16", "Biedrība „Jaunsaules ļaudis” (Jaunsaule, Vecsaules pag.)", {
 "C1": ["Mēs esam Jaunsaules ciema cilvēki Vecsaules pagastā, Bauskas novadā, un kopš 2020. gada darbojamies kā biedrība „Jaunsaules ļaudis”."],
 "C2": ["Gribam, lai pēc desmit gadiem Jaunsaulē joprojām skanētu bērnu balsis un lai jaunās ģimenes šeit paliktu, nevis brauktu prom."],
 "C3.2": ["Sporta zālē katru darba dienu no 15 līdz 19 dežurē kāds no vecākiem pēc grafika, ko paši sastādām, un tā bērniem ir vieta, kur pēc skolas uzspēlēt, izpildīt mājasdarbus vai vienkārši pabūt."],
 "C4.1": ["Biedrībā ir 18 biedri, to vada valde no trim cilvēkiem, bet pasākumos parasti piedalās vairāk nekā puse ciema."],
 "C4.2": ["Jaunsaulē nav nekā slavena – ne pils, ne muzeja –, bet mums ir svarīgi, ka neviens te netiek atstāts viens, un to par mums zina arī citos pagastos."],
 "C4.3": ["Pagājušajā rudenī autobusa pieturai iekrita jumts; nākamajā sestdienā to nomainīja četri kaimiņi no materiāliem, kas bija palikuši pāri pēc mājas remonta."],
 "C4.4": ["Par to, kam tērēt šī gada ziedojumus, lēmām visi kopā pie ugunskura Jāņos – pacēlām rokas, un vairākums gribēja jaunus grozus basketbolam."],
 "C5.1": ["Mūsu vecākā iedzīvotāja Zenta (92) katru otrdienu stāsta bērniem par to, kā Jaunsaulē dzīvoja pirms kara, un bērni viņas stāstus ieraksta telefonā un liek mūsu ciema hronikā."],
 "C5.2": ["Pie mums kopā sporto vectēvi ar mazbērniem, un sporta zālē pa svētdienām spēlē boču arī vīri no sociālās aprūpes centra."],
 "C5.3": ["Zāles apkuri maksā pagasta pārvalde, un Vecsaules pamatskola aizdod mums inventāru.",
          "Kopš 2022. gada mēs aizdodam biedrībai sporta inventāru, un mūsu skolotāji redz, ka bērni, kuri pēc stundām pavada laiku Jaunsaules zālē, ir mierīgāki un labāk izpilda mājasdarbus."],
 "C5.4": ["Ja kaut kas notiek, vispirms zvanām Ilgai, viņa ieliek ziņu mūsu „Jaunsaule” čatā telefonā, un pēc stundas par to zina viss ciems; vecākajiem kaimiņiem aiziet pateikt bērni."],
 "C6.1": ["Kas mums ir: sporta zāle, kuru pagasts nodeva mūsu lietošanā; vecais ābeļdārzs; ap 15 cilvēku, kas vienmēr atsaucas; divas pensionētas skolotājas un viens elektriķis; biedru nauda un ziedojumi, kas gadā dod ap 900 eiro."],
 "C6.2": ["Bijušo skolas sporta zāli izmantojam tieši tam, ko gribam sasniegt: lai bērniem un jauniešiem pēc skolas būtu kur palikt ciemā, nevis braukt uz Bausku."],
 "C6.4": ["Jūlijā pie mums divas nedēļas dzīvoja trīs studenti no Latvijas Mākslas akadēmijas, kuri kopā ar bērniem apgleznoja veco katlumājas sienu, bet krāsas samaksāja kāds bijušais jaunsaulietis, kurš tagad dzīvo Īrijā."],
}, {
 "C3.1": "Denied: 'Par kopīgu tirdzniecību vai savu uzņēmumu vēl neesam domājuši.'",
 "C3.3": "Denied: 'Internets ciemā ir lēns, un digitālu risinājumu mums nav.'",
 "C6.3": "Denied: 'Lielo valsts programmu un LEADER projektu mums līdz šim nav bijis'.",
}, ["technical", "territorial", "human", "knowledge", "financial"])

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(L, f, ensure_ascii=False, indent=1)
print("wrote", out, len(L))
