# -*- coding: utf-8 -*-
HDR = 'Biedrība "Aizkraukles rajona partnerība" | Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos'
SUBS = {}

SUBS["L07"] = dict(name='Biedrība "Liepsalnieki" (Liepsalas, Kurmenes pagasts)', archive="zip",
files=[("Lapa.html", "html", """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Liepsalas – mūsu ciems | Facebook</title>
<link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<div class="cover"><h1>Liepsalas – mūsu ciems</h1><p>Kopienas lapa · Kurmenes pagasts</p></div>
<div class="about"><h3>Par</h3><p>⟦C1 C4.1|Šo lapu uztur biedrība "Liepsalnieki", kurā apvienojušies Liepsalu ciema iedzīvotāji no Kurmenes pagasta – 35 biedri un trīs valdes locekļi.⟧</p></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems · 2. novembris</div>
<p>Čau visiem! 🙌 ⟦C3.3|Šonedēļ uz skolas jumta sāka darboties mūsu pašu uzliktā gaisa kvalitātes sensoru stacija, un dati tiešsaistē redzami ikvienam; sestdien Roberts rādīs pensionāriem, kā tos atvērt telefonā.⟧</p>
<div class="likes">👍 41</div></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems · 19. oktobris</div>
<p>⟦C4.3|Pēc plūdiem pagrabos sanācām paši – 20 cilvēki divās dienās izsūknēja ūdeni deviņās mājās, un neviens nevienu nesauca, visi vienkārši atnāca.⟧</p>
<p>⟦C5.2|Sūknēšanā kopā strādāja gan skolēni, gan pensionāri, gan mūsu kaimiņi no Baltkrievijas, kas te dzīvo trešo gadu.⟧</p></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems · 30. septembris</div>
<p>Aptaujā vairākums gribēja basketbola laukumu, bet valde tomēr izlēma pirkt jaunus soliņus. Nākamreiz būs citādi, solām. 😅</p></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems · 5. septembris</div>
<p>⟦C6.3|Esam iekšā! Mūsu jaunieši piedalījās kampaņā "Mana Latvija – tīra" un savāca 60 maisus atkritumu gar upi, un par to pagasts mums piešķīra balvu.⟧</p>
<p>⟦C6.4|Sensorus mums uzdāvināja Latvijas Universitātes studenti, kas vasarā te bija praksē un joprojām palīdz ar datiem.⟧</p></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems kopīgoja ierakstu · 1. septembris</div>
<p class="shared">Kafejnīca "Ozols" Aizkrauklē: jauns e-veikals un piegāde uz laukiem! Pasūti jau šodien.</p></div>
<div class="post"><div class="meta">Liepsalas – mūsu ciems · 28. augusts</div>
<p>⟦C5.4|Visas ziņas liekam šeit un Messenger grupā "Liepsalas čats", bet vecmāmiņām zvanām, jo pēc mūsu pieredzes Facebook ierakstus viņas neredz.⟧</p></div>
</body></html>"""),
("Lapa_files/style.css", "raw", "body{font-family:Helvetica,Arial;background:#eef}.cover{background:#4267b2;color:#fff;padding:12px}.post,.about{background:#fff;margin:8px;padding:8px}.meta{font-size:11px;color:#777}\n"),],
notes={"C4.4":"survey ignored; board decided alone","C3.1":"e-shop is an advert of a café elsewhere","C2":"no stated goal or vision",
"C6.1":"no resource identification","C6.2":"needs C6.1 and C2","C5.3":"school only as location of sensor; no sector involvement stated"})

SUBS["L08"] = dict(name='Dzirnavnieku ciema biedrība "Dzirnakmens" (Seces pagasts)', archive="zip",
files=[("Sapulces_protokols.docx", "md", """
# Dzirnavnieku ciema iedzīvotāju sapulces protokols

Dzirnavniekos, Seces pagastā, 2025. gada 15. janvārī, kultūras nama mazajā zālē

Piedalās 38 iedzīvotāji. Vada biedrības "Dzirnakmens" valdes locekle, pensionēta skolotāja Rasma Vītola.

**1. Biedrība un tās darbs.** ⟦C1 C4.1|Biedrība "Dzirnakmens" ir Dzirnavnieku ciema iedzīvotāju apvienība, kurā šobrīd ir 52 biedri, un tās valdē ir pieci cilvēki no dažādām ciema daļām.⟧ ⟦C4.2|Dzirnavniekus vieno vecās ūdensdzirnavas: tās ir mūsu ciema zīme un lepnums, un tās attēlotas arī ciema karogā.⟧

**2. Nākotne.** ⟦C2|Rasma Vītola atgādināja biedrības mērķi – līdz 2030. gadam padarīt Dzirnavniekus par ciemu, kurā vecāka gadagājuma cilvēki nejūtas vientuļi un jaunās ģimenes atrod visu vajadzīgo uz vietas.⟧

**3. Aptaujas rezultāti.** ⟦C4.4|Decembra aptaujā 64 no 90 atbildējušajiem par svarīgāko atzina kopīgu telpu, tāpēc sapulce vienbalsīgi nolēma pieteikt projektu tieši dzirnavu klēts pārbūvei par kopienas māju.⟧

**4. Dažādi.** Kooperatīva ideju pēc ilgām diskusijām atmetām, jo zemniekiem nav laika. ⟦C3.2 C4.3|Kopš rudens darbojas "kaimiņu dežūras": ikvienai vientuļajai vecai kundzei ir piesaistīts kaimiņš, kas reizi dienā piezvana, un dežūru grafiku veido paši iedzīvotāji.⟧ ⟦C5.2|Dežūrās iesaistījušies arī jaunieši un divas jaunās ģimenes, kas pagājušajā gadā pārcēlās uz ciemu.⟧

⟦C5.3|Kultūras nams dod telpas sapulcēm, Seces pagasta sociālais dienests palīdz sastādīt dežūru sarakstu, bet vietējā draudze rīko kopīgus Ziemassvētku pusdienas.⟧

⟦C6.3|Biedrības rotaļu laukums tapa 2023. gadā ar Aizkraukles novada iedzīvotāju iniciatīvu konkursa atbalstu.⟧

Protokolēja J. Pētersone
"""),
("Aptaujas_kopsavilkums.html", "html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Aptaujas kopsavilkums</title></head><body>
<h1>Dzirnavnieku iedzīvotāju aptauja, 2024. gada decembris</h1>
<p>Aptaujas lapas izplatījām ar roku, atbildēja 90 mājsaimniecības.</p>
<table><tr><th>Jautājums</th><th>Atbilžu skaits</th></tr>
<tr><td>Vajadzīga kopīga telpa</td><td>64</td></tr>
<tr><td>Vajadzīgs labāks internets</td><td>41</td></tr>
<tr><td>Vajadzīga sabiedriskā transporta uzlabošana</td><td>33</td></tr></table>
<p>Resursi: nav apkopoti.</p>
<p>Sadarbības partneri ārpus novada: vēl nav.</p>
</body></html>"""),],
notes={"C3.1":"cooperative idea abandoned","C6.1":"'nav apkopoti'","C6.4":"denied 'vēl nav'","C5.4":"only how survey was distributed; no channels described",
"C4.3":"neighbour duty scheme run by residents","C5.1":"no heritage or skills passed on"})

SUBS["L09"] = dict(name='Ritiņu kopiena (Ritiņi, Skrīveru pagasts) — stratēģijas izvilkums', archive="tar.gz",
files=[("Ritini_strategija.odt", "md", f"""
*{HDR}*

# Ritiņu ciema kopienas attīstības stratēģija 2025–2029 (izvilkums)

## 1. Ievads

⟦C1 C4.1|Ritiņi ir ciems Skrīveru pagastā, un šo stratēģiju sagatavoja biedrība "Ritiņu kopiena", kas kopš 2017. gada apvieno ciema ļaudis un kurā darbojas 30 biedri.⟧

## 2. Identitāte

⟦C4.2|Mūsu vērtības ir darbīgums, uzticēšanās un mīlestība pret ābelēm: Ritiņu vecais ābeļdārzs ar 40 vietējām šķirnēm ir tas, kas mūs atšķir no citiem ciemiem.⟧ ⟦C5.1|Katru pavasari dārza vecākais kopējs Valdis Strods māca jauniešiem potēt ābeles, lai vecās šķirnes neizzustu.⟧

## 3. Vīzija

⟦C2|Nākotnē vēlamies, lai Ritiņi būtu pazīstami kā ābeļu ciems, kur vietējie cilvēki var nopelnīt ar dārza produktiem un kur dzīves kvalitāte nav sliktāka kā pilsētā.⟧

## 4. Resursi

| Resursu veids | Apraksts |
|---|---|
| Teritoriālie | ⟦C6.1|Vecais ābeļdārzs (4 ha) un ciema laukums pie dīķa.⟧ |
| Tehniskie | ⟦C6.1|Sulu spiede un pasterizators, kas pieder biedrībai.⟧ |
| Finanšu | — |
| Zināšanas | ⟦C6.1|Divi biedri ir dārzkopji ar ilgu pieredzi.⟧ |

⟦C6.2|Biedrības sulu spiedi jau trešo rudeni izmantojam, lai no dārza āboliem spiestu sulu, un tā mēs tuvojamies mērķim, lai vietējie varētu nopelnīt ar dārza produktiem.⟧

## 5. Rīcības plāns

| Nr. | Rīcība | Termiņš | Finansējums |
|---|---|---|---|
| 1 | Izveidot kooperatīvu un zīmolu "Ritiņu ābols" | 2026 | LEADER |
| 2 | Izveidot e-veikalu un iemācīt biedriem to lietot | 2026 | LEADER |
| 3 | Izveidot ciema WhatsApp grupu un mājaslapu | 2025 | Pašu līdzekļi |
| 4 | Ierīkot kopienas centru vecajā klētī | 2028 | ELFLA |

Šo rīcību vēl neesam sākuši, jo gaidām projektu konkursa rezultātus. Kopīgi lēmumi līdz šim pieņemti valdes sēdēs.

*{HDR}*
"""),],
notes={"C3.1":"only action-plan rows (planned)","C3.3":"planned only","C3.2":"planned only","C5.4":"planned only",
"C6.3":"LEADER only in plan table/footer","C4.4":"board decides, not residents","C4.3":"no self-organised action shown","C5.2":"no group integration","C5.3":"no sectors","C6.4":"none"})

SUBS["L10"] = dict(name='Biedrība "Vītoli kopā" (Vītoli, Aiviekstes pagasts) — ciema avīze', archive="tar.gz",
files=[("Vitolu_avize.html", "html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Vītolu Lapa Nr. 7</title></head><body>
<h1>Vītolu Lapa</h1><p><i>Biedrības "Vītoli kopā" izdevums Vītolu ciema iedzīvotājiem · Nr. 7, 2025. gada pavasaris</i></p>
<h2>No redakcijas</h2>
<p>⟦C1 C5.4|Šo lapu reizi ceturksnī mēs, Vītolu ciema iedzīvotāji no Aiviekstes pagasta, paši sastādām, izdrukājam un ieliekam katrā pastkastītē, bet elektroniski tā aiziet uz mūsu e-pasta sarakstu.⟧</p>
<h2>Ziema aiz muguras</h2>
<p>⟦C4.1 C4.3|Kad februārī aizsala ūdensvads, biedrības "Vītoli kopā" valde tajā pašā vakarā sasauca brīvprātīgos, un trīs dienas ūdeni vedām ar mucām no Lāču avota, līdz avārija bija novērsta.⟧</p>
<h2>Ko dara mūsu meistari</h2>
<p>⟦C5.1|Podnieks Jānis Ērglis ziemā atvēra darbnīcas durvis: sešas sestdienas pie viņa mācījās ciema bērni un pieaugušie, un vairāki jau paši virpo bļodas.⟧</p>
<p>⟦C3.1|Jāņa bļodas un mūsu mājražotāju ievārījumi kopš janvāra nopērkami kopīgā interneta veikalā "Vītolu grozs", ko uztur viens no biedriem.⟧</p>
<p>⟦C3.3|Ciema ūdensvadam uzstādīti attālināti nolasāmi skaitītāji, un biedrības brīvprātīgie katrā mājā parādīja, kā rādījumus redzēt telefonā.⟧</p>
<h2>Paaudzes</h2>
<p>⟦C5.2|Senioru rīti tagad notiek kopā ar mazo bērnu māmiņām, un vecmāmiņas lasa pasakas bērniem, kamēr māmiņas dzer kafiju.⟧</p>
<h2>Ar citu palīdzību</h2>
<p>⟦C6.3|Skaitītāji nopirkti ar novada līdzdalības budžeta konkursa naudu, ko mūsu ciems vinnēja 2024. gadā.⟧ ⟦C6.4|Podnieka darbnīcai krāsni ziedoja Latgales keramiķu biedrība, un divi meistari no Rēzeknes atbrauca mūs apmācīt.⟧</p>
<h2>Sludinājumi</h2>
<p>Pārdodu malku, tālr. 26000000. SIA "Agro" piedāvā zāles pļaušanu.</p>
<p>Kaimiņu Aiviekstē darbojas laika banka – varbūt arī mums kādreiz tāda būtu.</p>
</body></html>"""),],
notes={"C3.2":"time bank is neighbours'; conditional wish","C2":"no goal or vision stated","C4.2":"no identity/values statement",
"C4.4":"county participatory budget won, not an internal residents' decision","C5.3":"no other sectors involved in the community's activities","C6.1":"no resource identification","C6.2":"needs C6.1/C2"})

SUBS["L11"] = dict(name='Aizupes pamatskola Aizupes ciema vārdā (Aizupe, Jaunjelgavas pagasts)', archive="zip",
files=[("Aizupe_LEADER_pieteikums.odt", "md", f"""
*{HDR}*

# LEADER projekta iesniegums

## 1. Iesniedzējs

| Lauks | Aizpildījums |
|---|---|
| Iesniedzējs | Aizupes pamatskola |
| Kopiena | Aizupes ciems, Jaunjelgavas pagasts |
| Iedzīvotāju organizācija | Nav |

⟦C1|Skola iesniedz pieteikumu Aizupes ciema iedzīvotāju vārdā, jo mūsu skola ir vienīgā vieta, kur satiekas visa Aizupes kopiena.⟧ Iedzīvotāji paši nekādā biedrībā nav apvienojušies, pasākumus organizē skolas administrācija.

## 2. Mērķis

⟦C2|Mūsu kopīgais mērķis ir, lai Aizupe arī pēc desmit gadiem būtu ciems ar skolu, kurā bērnu skaits neturpina sarukt, un lai cilvēki nebrauc prom.⟧

## 3. Līdzšinējā darbība

| Joma | Kas notiek |
|---|---|
| Tehnoloģijas | ⟦C3.3|Skolā ir iekārtota robotikas klase, un vakaros skolotāji tajā māca arī vecākus un vecvecākus lietot planšetdatorus.⟧ |
| Mantojums | ⟦C5.1|Skolas muzejā glabājam Aizupes zvejnieku rīkus, un vecie zvejnieki katru pavasari skolēniem rāda, kā siet tīklus.⟧ |
| Paaudzes | ⟦C5.2|Vakara nodarbībās kopā sēž skolēni, viņu vecāki un vecvecāki, un pie mums mācās arī divi bērni ar īpašām vajadzībām.⟧ |
| Sadarbība | ⟦C5.3|Pasākumus rīkojam kopā ar pagasta pārvaldi, zivju pārstrādes uzņēmumu "Aizupes zivis" un vietējo bibliotēku.⟧ |
| Informācija | ⟦C5.4|Vecāki ziņas saņem e-klasē un skolas Facebook lapā, bet pārējiem ciema iedzīvotājiem informāciju izliekam uz ziņojumu dēļa pie veikala.⟧ |

Iedzīvotāju sapulces un aptaujas līdz šim nav rīkotas. Skolas vērtības – bilances vērtība ēkai ir 410 000 eiro.

## 4. Resursi

⟦C6.1|Skolai ir sporta zāle, robotikas klase ar 12 komplektiem, skolas muzejs un 14 skolotāji ar dažādām prasmēm.⟧ ⟦C6.2|Robotikas klasi izmantojam vakaros visam ciemam, jo tā palīdz mūsu mērķim – ģimenes paliek, ja skola ir moderna.⟧

## 5. Finansējums un partneri

⟦C6.3|Robotikas komplektus 2023. gadā iegādājāmies ar ELFLA LEADER atbalstu.⟧ ⟦C6.4|Robotikas nodarbības palīdz vadīt brīvprātīgie no Rīgas Tehniskās universitātes, un sadarbojamies ar skolu Somijā programmas Erasmus+ ietvaros.⟧

Aizupē, 2025. gada 2. maijā. Direktore L. Zariņa

*{HDR}*
"""),],
notes={"C4.1":"institution-led; residents have no organisation","C4.4":"no assemblies or surveys (denied)","C4.3":"activities organised by school, not community",
"C4.2":"'vērtības' = book value","C3.1":"none","C3.2":"none"})

SUBS["L12"] = dict(name='Biedrība "Kalnazīles" (Kalnazīles, Mazzalves pagasts)', archive="zip",
files=[("Aptauja.html", "html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Aptaujas kopsavilkums</title></head><body>
<h1>Kalnazīļu iedzīvotāju aptaujas kopsavilkums (2024. gada novembris)</h1>
<p>⟦C1 C4.1|Aptauju rīkoja biedrība "Kalnazīles", kas pārstāv Kalnazīļu ciemu Mazzalves pagastā, un uz jautājumiem atbildēja 74 kalnazīlieši.⟧</p>
<table><tr><th>Kas jums ciemā patīk visvairāk?</th><th>%</th></tr>
<tr><td>Daba un klusums</td><td>61</td></tr><tr><td>Kopīgie svētki</td><td>48</td></tr></table>
<p>⟦C4.4|Tā kā 70 % aptaujāto par svarīgāko atzina kopīgus svētkus, kopsapulce pēc aptaujas nobalsoja naudu šogad tērēt ciema svētku skatuvei, nevis ceļa zīmēm.⟧</p>
<p>Aptaujas anketas izplatīja pa e-pastu un iedeva veikalā.</p>
</body></html>"""),
("Pasnovertejums.docx", "md", """
# Pašnovērtējums: Viedā ciema pazīmes

Kalnazīlēs, 2025. gada janvārī

**Kopīgais mērķis.** ⟦C2|Mūsu vīzija ir Kalnazīles kā ciems, kur saglabāta daba, mazi amatu uzņēmumi dod darbu un cilvēki viens otru pazīst pēc vārda.⟧

**Identitāte.** ⟦C4.2|Kalnazīlieši sevi sauc par "kalna ļaudīm": mēs lepojamies ar Zīļu kalna leģendu un ar to, ka ciemā joprojām runā sēliskā izloksnē.⟧

**Uzņēmējdarbība.** ⟦C3.1|Trīs kalnazīļu amatnieki kopš pagājušā gada tirgo savus darbus ar kopīgu zīmolu "Zīle", un zīmolu lieto arī kāzu un tūrisma piedāvājumā.⟧

**Mantojums.** ⟦C5.1|Kalēja darbnīcā Artūrs Zīle ik mēnesi rāda jauniešiem, kā kalt nažus, tāpat kā to savulaik mācīja viņa tēvs.⟧

**Partneri.** ⟦C5.3|Kalēja meistarklases notiek kopā ar Mazzalves skolu, un svētkus palīdz rīkot pagasta pārvalde un kokapstrādes uzņēmums "Zīles koks".⟧ ⟦C6.4|Ar Lietuvas Biržu rajona amatnieku biedrību esam vienojušies par apmaiņu, un pērn viņu meistari pie mums vadīja divas darbnīcas.⟧

**Resursi.** ⟦C6.1|Mūsu resursi ir Zīļu kalns ar skatu torni, kalēja darbnīca, 1500 eiro biedrības kasē un desmit amatnieki ar savām prasmēm.⟧

**Pārējais.** Ciema svētku programma būs pieejama jūnijā. Skatuves projekts vēl jāsaskaņo ar būvvaldi. Talkas pagaidām nerīkojam. Biedrības statūtos kopdarbība ir minēta kā svarīga. Jaunieši un seniori pasākumos piedalās atsevišķi, kopā nesanāk.
"""),],
notes={"C4.1":"association organised survey and assembly",
"C4.3":"talkas not held (denied)","C5.2":"denied: groups don't meet","C5.4":"only survey distribution, no channels in use described",
"C6.2":"resources not tied to goal","C6.3":"'programma' event programme, 'projekts' building design","C3.2":"none","C3.3":"none"})
