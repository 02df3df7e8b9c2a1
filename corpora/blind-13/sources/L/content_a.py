# -*- coding: utf-8 -*-
# Hand-written submissions L01-L06. Evidence is marked inline as ⟦IDs|sentence⟧ (markers are stripped at build).
HDR = 'Biedrība "Aizkraukles rajona partnerība" | Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'
SUBS = {}

SUBS["L01"] = dict(name='Biedrība "Ozolmuižas ļaudis" (Ozolmuiža, Sērenes pagasts)', archive="zip",
files=[("L01_pieteikums.docx", "md", f"""
*{HDR}*

# LEADER projekta pieteikuma veidlapa: Viedā ciema pazīmes

## 1. Pretendents

| Lauks | Informācija |
|---|---|
| Nosaukums | Biedrība "Ozolmuižas ļaudis" |
| Adrese | Skolas iela 4, Ozolmuiža, Sērenes pagasts, Aizkraukles novads |
| Kontaktpersona | Velta Ozola, valdes priekšsēdētāja |

## 2. Par mūsu kopienu

⟦C1 C4.1|Mūsu biedrība apvieno Ozolmuižas ciema un apkārtējo Sērenes pagasta māju iedzīvotājus – pašlaik tajā ir 46 biedri un piecu cilvēku valde.⟧ ⟦C4.2|Ozolmuižā lepojamies ar savu dziedāšanas tradīciju: katru jūliju muižas parkā sanāk visi ciema kori, un tādu svētku nav nevienā citā pagasta ciemā.⟧

## 3. Mērķis un vīzija

⟦C2|Mūsu mērķis ir, lai pēc desmit gadiem Ozolmuižā gribētu palikt dzīvot arī jaunās ģimenes – ar darbu tuvumā, sakoptu vidi un kopienu, kurā neviens nejūtas viens.⟧

## 4. Ko jau esam paveikuši

Esmu šīs biedrības priekšsēdētāja jau astoto gadu, un gribu uzrakstīt, kas mums ir izdevies.

- ⟦C3.1|Kopš 2024. gada pavasara darbojas mūsu mājražotāju kooperatīvs "Ozolu klēts", kas pārdod sieru, medu un rudzu maizi caur kopīgu e-veikalu.⟧
- ⟦C3.2|Bijušajā pasta ēkā ierīkojām kopienas centru, ko pēc grafika pieskata paši iedzīvotāji, un tur darbojas arī laika banka – stunda palīdzības pret stundu palīdzības.⟧
- ⟦C3.3|Uz centra jumta pagājušajā gadā uzlikām saules paneļus, bet bibliotekāre visu ziemu vadīja datorkursus senioriem, lai viņi paši prastu pieteikties e-pakalpojumiem.⟧
- ⟦C4.3|Kad 2023. gada augusta vētrā ciems trīs dienas palika bez elektrības, paši sarīkojām talku koku novākšanai, izvadājām ūdeni vecākajiem kaimiņiem un kurinājām centru, lai tur būtu silti.⟧
- ⟦C4.4|Par to, kam tērēt biedrības naudu, lemjam kopsapulcē, balsojot; pērn iedzīvotāji nobalsoja par rotaļu laukumu, nevis par jaunu žogu ap kapsētu.⟧
- ⟦C5.1|Audēja Ausma Kalniņa vada meistarklases, kurās meitenes mācās aust Sēlijas jostas pēc viņas vecmāmiņas rakstiem.⟧
- ⟦C5.2|Kopienas centrā satiekas senioru klubs un jauniešu pulciņš, un mūsu pasākumos piedalās arī divas ukraiņu ģimenes, kas ciemā dzīvo kopš 2022. gada.⟧
- ⟦C5.3|Ozolmuižas pamatskola mums dod zāli sapulcēm, pagasta pārvalde palīdz ar autobusu, bet zemnieku saimniecība "Lejnieki" ziemā ved centram malku.⟧

Kaimiņos, Mežāres pagastā, jau ir kopstrādes telpa, bet mums tādas vēl nav.

⟦C5.4|Jaunumus izliekam uz ziņojumu dēļa pie veikala, sūtām WhatsApp grupā, kurā ir 120 cilvēku, un ievietojam Facebook lapā, bet tiem, kam telefona nav, valdes locekļi aiznes izdrukas mājās.⟧ Pēc mūsu novērojumiem WhatsApp ziņas izlasa gandrīz visi, bet Facebook vairāk skatās aizbraukušie ozolmuižnieki.

## 5. Mūsu resursi

| Resursu veids | Kas mums ir | Kam to izmantojam |
|---|---|---|
| Tehniskie | ⟦C6.1|Mums pieder pārvietojama skaņas aparatūra, 20 saliekamie galdi un divas lielās teltis.⟧ | Ciema svētkiem un tirdziņiem. |
| Cilvēkresursi | ⟦C6.1|Ciemā dzīvo trīs pieredzējuši amatnieki un divi IT speciālisti, kas strādā attālināti.⟧ | Meistarklasēm un datorkursiem. |
| Unikālie | ⟦C6.1|Muižas parks ar divsimt gadu veciem ozoliem ir mūsu neaizstājamā bagātība.⟧ | Dziesmu svētkiem. |
| Telpas | Kopienas centrs (bijušais pasts). | ⟦C6.2|Centra telpas izmantojam jauno ģimeņu rotaļu rītiem, jo tieši tas palīdz mūsu mērķim noturēt ciemā jaunās ģimenes.⟧ |

## 6. Sadarbība un finansējums

⟦C6.3|Vēl 2022. gadā ar LEADER projekta atbalstu atjaunojām pasta ēkas jumtu, bet 2024. gadā piedalījāmies Latvijas Lauku foruma rīkotajā Viedo ciemu skolā.⟧ ⟦C6.4|Mūsu sadraudzības ciems ir Kirchdorf Vācijā, no kurienes katru vasaru atbrauc brīvprātīgie jaunieši, un Rīgas uzņēmums "Koka māja" uzdāvināja materiālus rotaļu laukumam.⟧

## 7. Plānotais projekts

Plānojam kopienas centra pagalmā ierīkot kopienas dārzu un siltumnīcu, ko kopā koptu skolēni un seniori.

Ozolmuižā, 2025. gada 14. martā

Valdes priekšsēdētāja V. Ozola

*{HDR}*
"""),
("Lapa.html", "html", """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Ozolmuižas ļaudis | Facebook</title>
<link rel="stylesheet" href="Lapa_files/fb.css"></head><body>
<div class="header"><h1>Ozolmuižas ļaudis</h1><p class="sub">Kopiena · 612 sekotāji</p></div>
<div class="post"><div class="meta">Ozolmuižas ļaudis · 12. oktobris</div>
<p>⟦C4.3|Sestdien talkā sanāca 34 cilvēki, un mēs iztīrījām visu dīķa krastu!⟧ Paldies Lejniekiem par traktoru un Ausmai par zupu.</p>
<div class="likes">👍 58 · 9 komentāri</div></div>
<div class="post"><div class="meta">Ozolmuižas ļaudis kopīgoja ierakstu · 3. oktobris</div>
<p class="shared">SIA "Saules enerģija" piedāvā saules paneļus jūsu mājai ar 15 % atlaidi! Zvaniet jau šodien.</p></div>
<div class="post"><div class="meta">Ozolmuižas ļaudis · 21. septembris</div>
<p>Atgādinām: ceturtdien kopienas centrā datorkursi senioriem, šoreiz mācīsimies pieteikties ārsta vizītei internetā. Līdzi ņemiet telefonu!</p></div>
</body></html>
"""),
("Lapa_files/fb.css", "raw", "body{font-family:Arial,sans-serif;background:#f0f2f5}.post{background:#fff;margin:10px;padding:10px;border-radius:8px}.meta{color:#65676b;font-size:12px}.shared{border-left:3px solid #ccc;padding-left:6px}\n"),
],
notes={"C1":"Ozolmuiža, Sērenes pagasts; biedrība of its residents",
"C6.2":"community centre rooms tied to goal of keeping young families",
"C3.3":"solar panels installed + residents trained"})

SUBS["L02"] = dict(name='Biedrība "Rudzupes kopiena" (Rudzupe, Klintaines pagasts)', archive="zip",
files=[("Rudzupe_strategija.odt", "md", """
# Rudzupes attīstības stratēģija 2025–2030 (izvilkums pieteikumam)

*Sagatavoja biedrības "Rudzupes kopiena" digitālā darba grupa*

## 1. Kas mēs esam

⟦C1|Rudzupe ir neliels ciems Klintaines pagastā, un mēs – kādi 300 rudzupieši – jūtamies kā viena kopiena, ko satur kopā upe, skola un kopīgie svētki.⟧ ⟦C4.1|Kopš 2019. gada darbojas biedrība "Rudzupes kopiena" ar septiņu cilvēku valdi un trim darba grupām: izglītībai, videi un digitālajām lietām.⟧ ⟦C4.2|Mūsu identitāte ir plostnieku vēsture: vecvectēvi pa Rudzupi pludināja baļķus līdz pat Daugavai, un plostnieku svētki joprojām ir gada lielākais notikums.⟧

## 2. Vīzija

⟦C2|Līdz 2030. gadam Rudzupe kļūs par ciemu, kur var dzīvot un strādāt attālināti, kur bērni mācās vietējā skolā un kur ikviens zina, kā iesaistīties kopienas lēmumos.⟧

## 3. Pašreizējā situācija

Godīgi sakot, pirms pāris gadiem internets te bija tāds, ka videozvanu varēja taisīt tikai uz baznīcas kalna. ⟦C3.3|2024. gadā ciema daudzdzīvokļu mājās beidzot tika ievilkts optiskais internets, un kopā ar skolu sarīkojām sešas nodarbības, kurās 40 iedzīvotāji iemācījās lietot Latvija.lv un internetbanku.⟧

⟦C3.2|Vecās skolas mansardā strādā mūsu kopstrādes telpa, kurā ikdienā sēž pieci attālinātie darbinieki, un rezervācijas un atslēgas pārvalda paši tās lietotāji.⟧ ⟦C3.1|Iedzīvotāju dibinātais sociālais uzņēmums "Plosts" iznomā laivas un vada tūristus pa plostnieku maršrutu ar astoņām pieturvietām.⟧

⟦C5.1|Novadpētniecības pulciņš ir ierakstījis 30 vecāko rudzupiešu atmiņas, un skolēni no tām veido ceļvedi par plostniekiem.⟧ ⟦C5.2|Pulciņā kopā strādā skolēni un pensionāri, un sociālā darbiniece palīdz iesaistīties arī cilvēkiem ar invaliditāti no pagasta sociālās mājas.⟧

⟦C5.3|Skola mums dod telpas, draudze – dārzu rudens tirgum, bibliotēka glabā atmiņu ierakstus, bet kokzāģētava "Rudzupes koks" palīdz ar transportu.⟧

⟦C5.4|Iekšējā informācija plūst pa WhatsApp grupu un mājaslapu rudzupe.lv, bet pie veikala ir ziņojumu dēlis; pēc mūsu uzskaites WhatsApp grupa sasniedz ap 70 % mājsaimniecību, turpretī papīra lapiņas lasa galvenokārt seniori.⟧

## 4. Resursi

⟦C6.1|Mūsu resursi ir skolas mansards un sporta zāle, upes krasts ar 2 ha pļavu, biedru naudas un ziedojumi ap 3000 eiro gadā, IT un tūrisma zināšanas un ap 60 aktīvu brīvprātīgo.⟧ ⟦C6.2|Skolas mansardu pārvērtām par kopstrādes telpu tieši tāpēc, ka mūsu mērķis ir ļaut cilvēkiem dzīvot Rudzupē un strādāt attālināti.⟧

⟦C6.3|Kopstrādes telpas datori nopirkti ar LEADER (ELFLA) atbalstu, bet digitālo prasmju nodarbības 2024. gadā notika ar Sabiedrības integrācijas fonda NVO programmas finansējumu.⟧ ⟦C6.4|Esam pievienojušies Latvijas Viedo ciemu tīklam un ar Igaunijas Vastse-Roosa ciemu apmaināmies pieredzē par kopstrādes telpām.⟧

## 5. Rīcības plāns

| Nr. | Rīcība | Termiņš | Atbildīgais |
|---|---|---|---|
| 1 | Izveidot mobilo lietotni ciema jaunumiem un pieteikumiem | 2026 | Digitālā darba grupa |
| 2 | Uzstādīt viedos sensorus ielu apgaismojumam | 2027 | Valde |
| 3 | Izveidot laivu piestātni | 2026 | Vides darba grupa |
"""),
("Protokols_kopsapulce.docx", "md", """
# Biedrības "Rudzupes kopiena" kopsapulces protokols Nr. 3

Rudzupē, 2025. gada 2. februārī

Sapulci vada: Kristaps Liepiņš. Protokolē: Anete Bērziņa. Piedalās 52 biedri.

**Darba kārtība:** 1. Projekta pieteikuma saturs. 2. Ziemas ceļa tīrīšana.

**1.** Anete ziņo par janvāra aptauju, kurā piedalījās 118 iedzīvotāji. ⟦C4.4|Kopsapulce ar 47 balsīm par un piecām atturoties nolēma pieteikumā iekļaut laivu piestātni, kas aptaujā bija ieguvusi visvairāk balsu.⟧

**2.** ⟦C4.3|Kad pagasts pagājušajā ziemā pārtrauca tīrīt ceļu uz Lejas mājām, biedri paši sarunāja traktoristu dežūras, un ceļš tika tīrīts visu ziemu.⟧ Nolemts šo kārtību turpināt.

Sapulces vadītājs K. Liepiņš
"""),
],
notes={"C4.4":"assembly vote following survey result","C6.2":"attic → coworking tied to remote-work goal"})

SUBS["L03"] = dict(name='Zemnieku saimniecība "Dzērves" Dzērvēnu ciema vārdā (Mazzalves pagasts)', archive="zip",
files=[("Dzervenu_pieteikums.docx", "md", f"""
*{HDR}*

# Pieteikums: Viedā ciema pazīmes

**1. Pretendents:** zemnieku saimniecība "Dzērves"

⟦C1|Mēs, Dzērvēnu ciema ļaudis no Mazzalves pagasta, rakstām šo pieteikumu visa ciema vārdā, jo kopā te dzīvo kādi 90 cilvēki un visi viens otru pazīstam.⟧ Biedrības mums nav, tāpēc papīrus kārto mūsu saimniecība.

**2. Kopīgie mērķi un nākotnes vīzija:** [Aprakstiet, ko kopiena vēlas sasniegt nākotnē]

⟦C2|Gribam, lai ciemā atkal būtu vieta, kur satikties, un lai jaunieši pēc skolas nebrauktu prom.⟧

**3. Inovatīvi risinājumi:** Kaimiņu Sunākstē zemnieki izveidoja kooperatīvu, bet mums tāda nav. Būtu labi uzlikt saules paneļus uz kaltes jumta.

**4. Iedzīvotāju kopa:** —

**5. Aptaujas un sapulces:** Aptauju neveicām.

**6. Informācijas aprite:** [Norādiet izmantotos saziņas kanālus]

**7. Resursi:** Vēl tiek apzināti. Saimniecības pamatlīdzekļu vērtības kopā ir ap 80 tūkstošiem eiro.

**8. Sadarbības partneri:** Skatīt pielikumā.

**9. Citi projekti:** Kaltes projekts ir saskaņots būvvaldē, būvniecība sāksies, kad būs nauda.

Mazzalvē, 2025. gada 3. aprīlī. Saimnieks J. Dzērve

*{HDR}*
"""),],
notes={"C3.1":"cooperative is the neighbours'; 'mums tāda nav'","C3.3":"conditional 'būtu labi'","C6.1":"'vēl tiek apzināti'; 'vērtības' = money of a farm",
"C6.4":"'Skatīt pielikumā' with no annex","C4.1":"no association; farm acts","C6.3":"'projekts' = building design"})

SUBS["L04"] = dict(name='Sproģu ciema iedzīvotāji (Daudzeses pagasts)', archive="zip",
files=[("pavadvestule.html", "html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Pavadvēstule</title></head><body>
<p>Biedrībai "Aizkraukles rajona partnerība"</p>
<p>⟦C1|Mēs esam Sproģu ciema iedzīvotāji no Daudzeses pagasta, un pieteikumam pievienojam mūsu pagasta avīzes jaunāko numuru, jo tajā labi redzams, kā mēs dzīvojam.⟧</p>
<p>Ar cieņu, Sproģos, 2025. gada 20. martā</p>
</body></html>"""),
("Sprogu_Vestis.html", "html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Daudzeses Vēstis, marts</title></head><body>
<h1>Daudzeses Vēstis</h1><p><i>Pagasta pārvaldes informatīvais izdevums · Nr. 3 (214)</i></p>
<h2>Kas ir viedais ciems?</h2>
<p>Viedais ciems ir kopiena, kas izmanto inovatīvus risinājumus, lai uzlabotu savu dzīves kvalitāti un sadarbotos ar citiem.</p>
<h2>Citur Latvijā</h2>
<p>Laikraksts "Diena" raksta: "Rīgā iedzīvotāji jau trešo gadu paši lemj par līdzdalības budžeta projektiem."</p>
<p>Kaimiņu Vīpes ciemā rudenī atvērta kopstrādes telpa un laika banka, bet mums tādas nav.</p>
<h2>Pagasta pārvalde informē</h2>
<p>Pārvalde šogad par pašvaldības līdzekļiem nobruģēja laukumu pie pasta. No 1. maija mainās atkritumu izvešanas grafiks.</p>
<p>Talku šopavasar Sproģos nerīkojām, jo neviens nepieteicās.</p>
<p>Iecerēts nākamgad izveidot jauniešu padomi.</p>
<h2>Lieldienu svētku programma</h2>
<table><tr><th>Laiks</th><th>Notikums</th></tr><tr><td>12.00</td><td>Olu ripināšana</td></tr><tr><td>18.00</td><td>Koncerts kultūras namā</td></tr></table>
<p class="reklama">REKLĀMA: SIA "Saule-Tech" – saules paneļi un viedās mājas sistēmas! Tālr. 20000000.</p>
</body></html>"""),],
notes={"C3.2":"coworking/time bank are Vīpe's; denied for us","C4.4":"quoted press about Rīga","C4.3":"denied: talka not held",
"C5.4":"newsletter is the parish administration's, no statement about information flow","C3.3":"advert only","C4.1":"no organised residents' body"})

SUBS["L05"] = dict(name='Bērzkalnu ciema biedrība "Bērzu lapa" (Zalves pagasts)', archive="zip",
files=[("Pasnovertejums.docx", "md", f"""
*{HDR}*

# Viedā ciema pašnovērtējuma tabula

Aizpildīja: Bērzkalnu bibliotēkas vadītāja Inese Kļaviņa, biedrības "Bērzu lapa" vārdā

| Nr. | Pazīme | Punkti | Pamatojums |
|---|---|---|---|
| 1 | Piesaiste kopienai | 3 | ⟦C1|Bērzkalni ir Zalves pagasta ciems, un mūsu biedrībā apvienojušies bērzkalnieši, kam rūp savs ciems.⟧ |
| 2 | Mērķi un vīzija | 3 | ⟦C2|Mēs gribam, lai Bērzkalni būtu vieta, kur lasīt, mācīties un satikties var jebkurā vecumā, un lai ciemā nepazustu neviena sabiedriska telpa.⟧ |
| 3.1 | Inovācija uzņēmējdarbībā | 3 | Kopienā tiek ieviesti inovatīvi risinājumi uzņēmējdarbībā. |
| 3.2 | Sociālā inovācija | 2 | ⟦C3.2|Bibliotēkas lasītavā kopš 2023. gada darbojas mūsu "Lietu bibliotēka": iedzīvotāji nodod kopīgai lietošanai instrumentus un sporta inventāru, un biedri to pārvalda paši.⟧ |
| 3.3 | Tehnoloģiskā inovācija | 1 | Plānojam iegādāties 3D printeri un apmācīt jauniešus. |
| 4.1 | Kopdarbība | 3 | ⟦C4.1|Biedrībā ir 28 biedri un trīs valdes locekļi, un katram pasākumam ir savs atbildīgais.⟧ |
| 4.2 | Identitāte | 3 | ⟦C4.2|Mūsu ciems ir pazīstams kā "lasītāju ciems": bibliotēka te ir kopš 1928. gada, un grāmatu maiņas vakari ir tradīcija, ar ko lepojamies.⟧ |
| 4.3 | Pašorganizēšanās | 3 | Pašorganizēšanās spēja kopienā ir augsta. |
| 4.4 | Lēmumi no apakšas | 2 | ⟦C4.4|Par to, kādas lietas iegādāties "Lietu bibliotēkai", iedzīvotāji balsoja anketā, un nopirkām trīs visbiežāk minētās.⟧ |
| 5.1 | Zināšanas un mantojums | 3 | ⟦C5.1|Novadpētniecības stūrī apkopojām ciema vēsturi, un kopš pagājušā gada vecākie bērzkalnieši vada stāstu vakarus par dzīvi muižā.⟧ |
| 5.2 | Grupu integrācija | 1 | Jaunieši pagaidām netiek īpaši iesaistīti. |
| 5.3 | Atvērtība | 3 | ⟦C5.3|Pasākumus rīkojam kopā ar Zalves pamatskolu, pagasta pārvaldi un vietējo draudzi.⟧ |
| 5.4 | Informatīvā telpa | 2 | ⟦C5.4|Par jaunumiem ziņojam bibliotēkas Facebook lapā un uz ziņojumu dēļa pie bibliotēkas, un lasītājiem izsniegšanas brīdī izstāstām arī mutiski.⟧ |
| 6.1 | Resursi | 3 | ⟦C6.1|Mūsu resursi ir bibliotēkas telpas, 140 kopīgošanai nodotas lietas, 600 eiro biedru naudās un trīs brīvprātīgie ar bibliotekāra izglītību.⟧ |
| 6.2 | Resursu izmantošana | 2 | Resursi tiek izmantoti mērķtiecīgi. |
| 6.3 | Valsts un reģionāli pasākumi | 3 | ⟦C6.3|2024. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām grāmatiņu par Bērzkalnu vēsturi.⟧ |
| 6.4 | Ārējie resursi | 1 | Sponsoru un ārējo partneru pagaidām nav. |

Bērzkalnos, 2025. gada 10. aprīlī

*{HDR}*
"""),],
notes={"C3.1":"row only restates criterion","C3.3":"planned only","C4.3":"claim without fact","C5.2":"denied",
"C6.2":"claim without linking a resource to a goal","C6.4":"denied"})

SUBS["L06"] = dict(name='Biedriba "Purmalas saime" (Purmala, Vietalvas pagasts) (bez diakritikas)', archive="zip",
files=[("Purmala_protokols.odt", "md", """
# Biedribas "Purmalas saime" biedru sapulces protokols

Purmala, 2025. gada 9. marta

Piedalas 31 biedrs un 6 viesi. Sapulci vada valdes priekssedetajs Andris Kalns.

## 1. Kapec piesakamies

⟦C1 C4.1|Biedriba "Purmalas saime" apvieno Purmalas ciema un tuvako Vietalvas pagasta viensetu iedzivotajus, un tai ir 44 biedri un valde no trim cilvekiem.⟧ ⟦C2|Musu merkis ir, lai Purmala paliktu dzivs ciems ar darbavietam un lai vecie cilveki varetu dzivot savas majas ari tad, kad vairs nevar pasi aizbraukt uz pilsetu.⟧

## 2. Kas izdarits 2024. gada

⟦C3.1|Pieci musu saimnieki kopigi izveidoja tiesas tirdzniecibas punktu, un katru piektdienu pasutijumus ved uz Aizkraukli ar vienu businu.⟧ Andris stasta, ka pasutijumus vienkarsi savac telefoniski.

⟦C4.3|Kad rudeni pagasts sledza veikalu, biedri pasi sarunaja, ka ar to pasu businu reizi nedela ved vecakos cilvekus uz Vietalvas veikalu un aptieku.⟧

⟦C5.2|Brauciena dezuras uznemas ari jaunie tevi, kas nesen parcelas uz Purmalu, tapec vecie un jaunie beidzot ir iepazinusies.⟧

⟦C4.4|Kur likt biedribas kopejo naudu, izlema balsojot: 27 bija par busina remontu, 4 par jaunu nojumi.⟧

⟦C6.3|Busins nopirkts 2022. gada ar LEADER projekta atbalstu.⟧

## 3. Resursi

⟦C6.1|Sapulce saskaitija, kas mums ir: busins, 3 ha kopigas plavas, graudu kalte, 1200 eiro biedru naudas un cilveki ar vaditaja apliecibam.⟧ ⟦C6.2|Busins ir galvenais resurss, ar ko turamies pie merka, lai vecie varetu dzivot savas majas.⟧

## 4. Citi jautajumi

Kopienas centra ideju apsprieda, bet no tas atteicamies, jo nav naudas apkurei. Saules panelus uz kaltes varetu uzlikt, bet tas vel jaaprekina. Skola musu darba netiek iesaistita.

⟦C5.4|Par sapulcem un braucieniem zinojam WhatsApp grupa "Purmala" un uz zinojumu dela pie bijusa veikala.⟧

Sapulces vaditajs A. Kalns, protokolists E. Rozite
"""),],
notes={"C3.2":"community centre idea abandoned","C3.3":"conditional 'varetu'","C5.3":"school not involved (denied)",
"C4.2":"no statement of identity","C5.1":"nothing on heritage/skills","C6.4":"no external partners"})
