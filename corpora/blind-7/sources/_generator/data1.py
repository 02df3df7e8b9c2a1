S = {}
S["B01"] = dict(name="Skrīveri — biedrība \"Skrīveru kopiena\"", fmt="zip", notes={}, files=[
("pieteikums.docx", "docx", """# LEADER projekta pieteikums

Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos

## 1. Pretendents

Biedrība "Skrīveru kopiena", Skrīveru pagasts, Aizkraukles novads.

{{C1,C4.1::Mūsu biedrība apvieno ap simt četrdesmit Skrīveru ciema iedzīvotāju, kuriem rūp savs ciems.}}

## 2. Kopienas mērķi

{{C2::Mūsu mērķis ir, lai līdz 2030. gadam Skrīveros jaunas ģimenes gribētu palikt un atgriezties, jo šeit ir darbs, pakalpojumi un draudzīga vide.}}

## 3. Ieviestie risinājumi

{{C3.1::Kopš 2024. gada darbojas mūsu mājražotāju kooperatīvs "Skrīveru groziņš", kas pārdod vietējo medu, sierus un maizi e-veikalā un piegādā pasūtījumus uz Rīgu.}}
{{C3.2,C5.2::Vecajā pasta ēkā esam iekārtojuši kopienas centru ar kopstrādes telpu, kur pie viena galda strādā attālinātie darbinieki, studenti un pensionāri.}}
{{C3.3::Pagājušajā ziemā bibliotēkā notika desmit nodarbības, kurās senjori iemācījās lietot e-parakstu un internetbanku.}}

## 4. Kopiena

{{C4.1::Biedrības valdē ir pieci cilvēki, un katru gadu tos ievēl no jauna.}}
{{C4.2::Lepojamies ar Skrīveru dendroloģisko parku un konfekšu ražošanas tradīciju, tā ir mūsu identitāte.}}
{{C4.3::Kad pavasara plūdi appludināja gājēju tiltiņu, iedzīvotāji paši sarīkoja talku un nedēļas laikā to atjaunoja.}}
{{C4.4::Par to, kam tērēt biedrības naudu, lemj kopsapulce, un pērn ar balsojumu tika izvēlēts rotaļu laukums pie skolas.}}

| Resursa veids | Resurss | Kam izmantojam |
|---|---|---|
| Tehniskie | {{C6.1::Biedrībai pieder pārvietojama skatuve un skaņas aparatūra.}} | {{C6.2::Skatuvi izmantojam ciema svētkos, kas kalpo mūsu mērķim piesaistīt jaunas ģimenes.}} |
| Cilvēkresursi | {{C6.1::Mūsu rindās ir trīs pieredzējuši projektu vadītāji un dārzkopības speciālisti.}} | Projektu sagatavošanai |
| Unikālie | {{C6.1::Dendroloģiskais parks ir neaizstājams resurss, kāda nav nevienam citam ciemam.}} | Ekskursijām |

## 5. Sadarbība

{{C5.1::Vietējās amatnieces katru mēnesi vada meistarklases pīšanā un aušanā, lai prasmes nepazustu.}}
{{C5.3::Skrīveru vidusskola un novada pašvaldība ir mūsu pastāvīgie partneri, skola dod telpas, pašvaldība palīdz ar transportu.}}
{{C5.4::Ziņas par pasākumiem izplatām biedrības Facebook lapā, WhatsApp grupā un uz ziņojumu dēļa pie veikala, un Facebook ierakstus redz vidēji 900 cilvēku.}}
{{C6.3::Esam īstenojuši divus LEADER projektus un piedalījušies akcijā "Latvijas mežu talka".}}
{{C6.4::Sadraudzības ciems Igaunijā, Kolga, katru vasaru atsūta brīvprātīgos, un vietējais uzņēmums "Skrīveru saldumi" mūs atbalsta ar ziedojumiem.}}
"""),
("sapulces_protokols.odt", "odt", """# Kopsapulces protokols Nr. 3

Skrīveros, 2025. gada 14. martā

Piedalās 46 biedri.

Darba kārtība: 1. Gada pārskats. 2. Jauni projekti.

{{C4.4::Kopsapulce ar 39 balsīm par nolēma, ka nākamā projekta naudu ieguldīsim kopienas centra aprīkojumā.}}

Nākamā sapulce būs rudenī. Protokolēja I. Kalniņa.
"""),
])

S["B02"] = dict(name="Vecbebri — Bebru pagasta bibliotēka", fmt="zip", notes={"C4.1":"library-led; no residents' organisation","C3.3":"digital training only planned","C6.4":"support only wished for"}, files=[
("bibliotekas_zina.docx", "docx", """# Bebru pagasta bibliotēkas ziņojums

Es esmu Vecbebru bibliotekāre un rakstu pieteikumu bibliotēkas vārdā.

{{C1::Vecbebru ciema ļaudis bibliotēku sauc par savu otro dzīvojamo istabu, un tā ir mūsu pagasta kopienas satikšanās vieta.}}

{{C2::Mēs gribam, lai pēc pieciem gadiem Vecbebri būtu ciems, kur neviens vecs cilvēks nepaliek viens ar savām rūpēm.}}

{{C5.1::Novadpētniecības pulciņš bibliotēkā apkopo vecāko iedzīvotāju atmiņas par Bebru muižu un tehnikumu.}}
{{C5.2::Lasītāju pēcpusdienās pie viena galda sēž pirmklasnieki un vecmāmiņas, bet ukraiņu ģimenes šeit apgūst latviešu valodu.}}
{{C5.3::Kopā ar Bebru pamatskolu un pagasta pārvaldi ik gadu rīkojam dzejas dienas.}}

Nākamgad būtu labi sākt digitālo prasmju kursus senioriem, ja atradīsies datori.

Bibliotēka pati neko lielu uzsākt nevar, tāpēc ceram, ka kāds atbalstītājs mums nākotnē palīdzēs.

Iedzīvotāju biedrības Vecbebros nav, pasākumus rīko bibliotēka un pārvalde.
"""),
])

S["B03"] = dict(name="Pļaviņas — SIA \"Daugavkrasts Tūre\"", fmt="tar.gz", notes={"C1":"company, not presented as a community","C4.1":"company, no residents' body","C2":"business aims only"}, files=[
("uznemuma_pieteikums.html", "html", """# SIA "Daugavkrasts Tūre" pieteikums

Mūsu uzņēmums reģistrēts Pļaviņās, Kalna ielā 4.

{{C3.1::Uzņēmums 2024. gadā atvēra jaunu laivu maršrutu pa Daugavu ar tiešsaistes rezervāciju un vietējo kafejnīcu piedāvājumu.}}
{{C3.3::Klientiem nodrošinām mobilo lietotni ar audiogidu latviešu un angļu valodā.}}

Projekta mērķis ir palielināt apgrozījumu par 20 procentiem.

Viedais ciems ir ciems, kurā iedzīvotāji izmanto inovatīvus risinājumus, lai uzlabotu dzīves kvalitāti.

Atlaides līdz 30% visām laivu nomām jūnijā! Zvaniet 26000000.

{{C6.3::Uzņēmums saņēma ELFLA atbalstu laivu iegādei 2023. gadā.}}
{{C6.1::Mūsu resursi ir divpadsmit laivas, divi mikroautobusi un laivu piestātne Daugavas krastā.}}

Kopienas iesaiste: —
"""),
])

S["B04"] = dict(name="Kokneses pagasts, Bilstiņi — biedrība \"Bilstiņu saime\"", fmt="zip", notes={"C3.2":"neighbouring parish has a time bank, not the applicant","C6.3":"had not participated"}, files=[
("veidlapa.docx", "docx", """# Projekta iesniegums

1. Pretendenta nosaukums: biedrība "Bilstiņu saime"

2. Teritorija: Bilstiņi, Kokneses pagasts

{{C1,C4.1::Mēs esam divdesmit divas Bilstiņu ģimenes, kas 2019. gadā nodibināja biedrību, lai kopā rūpētos par savu ciemu.}}

3. Mērķis

{{C2::Vēlamies, lai Bilstiņi arī pēc desmit gadiem būtu dzīvs ciems ar sakoptu centru un savu svētku tradīciju.}}

4. Inovācijas

Kaimiņu Bebru pagastā darbojas laika banka, bet mums tādas nav.

5. Pašorganizēšanās

{{C4.3::Katru aprīli rīkojam talku, un pērn paši ar saviem instrumentiem nojaucām sabrukušo šķūni ciema centrā.}}
{{C4.4::Svētku datumu un programmu nosaka visu ģimeņu sapulcē, kur katrai mājai ir viena balss.}}

{{C4.2::Mūsu lepnums ir Bilstiņu Jāņi ar pašu brūvētu alu un dziesmām, kas te dziedātas paaudzēm.}}

6. Dalība programmās

Valsts vai reģionālos projektos līdz šim neesam piedalījušies.

{{C5.4::Visi jaunumi tiek nosūtīti Bilstiņu WhatsApp grupā, kurā ir gandrīz katra mājsaimniecība.}}
"""),
("pielikums_resursi.odt", "odt", """# Resursi

| Resurss | Veids |
|---|---|
| {{C6.1::Ciema centra laukums ar lapeni, kas pieder biedrībai.}} | teritoriālais |
| {{C6.1::Biedrības kasē ir 1200 eiro no biedru naudām.}} | finanšu |

{{C6.2::Lapeni izmantojam Jāņu svinībām, jo tās uztur mūsu mērķi — dzīvu ciemu ar savu tradīciju.}}

Skatīt pielikumā Nr. 4.
"""),
])

S["B05"] = dict(name="Sece — Seces pagasta pensionāru klubs \"Rudzupuķe\"", fmt="zip", notes={"C3.3":"solar panels only planned","C6.1":"non-answer"}, files=[
("vestule.docx", "docx", """# Atbalsta vēstule un kluba apraksts

Es, Seces pensionāre Velta, rakstu mūsu kluba "Rudzupuķe" vārdā.

{{C1,C4.1::Mūsu klubā ir trīsdesmit Seces pagasta senioru, un mēs tiekamies katru otrdienu vecajā skolas ēkā.}}

{{C4.2::Secē mēs lepojamies ar savu baznīcu un ar to, ka šeit vienmēr viens otram palīdz.}}
{{C5.1::Mēs mācām mazbērniem cept rupjmaizi pēc vecās receptes un stāstām par kolhoza laikiem.}}
{{C5.2::Katru mēnesi mūsu pēcpusdienās nāk arī jaunieši no Seces jauniešu centra.}}

Būtu labi uz kluba jumta uzlikt saules paneļus, tad maksātu mazāk par elektrību.

Mūsu resursi: Nav apkopoti.

{{C6.4::Pērn Aizkraukles Rotari klubs mums uzdāvināja jaunu krāsni.}}

Ar cieņu, kluba vadītāja.
"""),
])

S["B06"] = dict(name="Daudzeva — iniciatīvas grupa \"Daudzevas nākotne\"", fmt="zip", notes={"C3.2":"co-working space only intended","C4.4":"board decided alone"}, files=[
("ricibas_plans.odt", "odt", """# Daudzevas rīcības plāns 2026–2028

{{C1::Daudzevas iniciatīvas grupa runā visas Daudzevas pagasta kopienas vārdā, jo mūsu ciemā ir tikai nedaudz vairāk par piecsimt cilvēkiem.}}
{{C2::Mūsu vīzija ir Daudzeva, kurā jaunieši atrod darbu tepat uz vietas un nav jābrauc prom.}}
{{C4.1::Iniciatīvas grupā ir deviņi aktīvi cilvēki, un katram ir savs pienākums.}}

| Rīcība | Termiņš | Atbildīgais |
|---|---|---|
| Kopstrādes telpas iekārtošana | 2027. gada maijs | Valde |
| Tūrisma maršruta izveide | 2027. gada augusts | Jānis |
| Iedzīvotāju aptauja | 2026. gada oktobris | Ilze |

Ir iecerēts atvērt kopstrādes telpu pagasta ēkas otrajā stāvā.

Rīcības plānu apstiprināja grupas valde, iedzīvotāji to neapsprieda.

{{C4.3::Kad ziemā ciemā trīs dienas nebija elektrības, grupa pati sazvanīja vientuļos kaimiņus un aizveda viņiem malku un ūdeni.}}
{{C6.3::Piedalījāmies Sabiedrības integrācijas fonda programmā "NVO fonds" un saņēmām atbalstu grupas darbam.}}
{{C5.4::Ziņas izplatām pagasta avīzē "Daudzevas Vēstis" un grupas Facebook lapā, kur ir 310 sekotāju.}}
"""),
("aptauja.html", "html", """# Aptaujas rezultāti

Aptaujā piedalījās 64 iedzīvotāji.

Aptauja notika, taču tās rezultāti rīcības plānā netika ņemti vērā.

{{C5.2::Aptaujas anketas palīdzēja aizpildīt jaunieši, kuri apstaigāja vecākos kaimiņus mājās.}}
"""),
])

S["B07"] = dict(name="Kurmene — Kurmenes pagasta jaunieši", fmt="zip", notes={"C4.1":"informal group, no structure named","C6.3":"programma used as event programme"}, files=[
("Lapa.html", "fb", """# Kurmenes jaunieši | Facebook

{{C1::Mēs esam Kurmenes jaunieši, un šī ir mūsu lapa par to, kas notiek Kurmenes pagastā.}}

Svētdien 18:00 disenīte! Programma: DJ Rūdis, spēles, pica.

{{C3.2::Jau otro gadu skolas bijušajā darbnīcā darbojas mūsu pašu veidota "jauniešu telpa", kur plānus lemjam kopā un pienākumus dalām pēc grafika.}}
{{C4.3::Kad vētra nogāza kokus uz ceļa pie kapsētas, mēs sasaucām puišus un paši tos sazāģējām.}}
{{C5.4::Par visu, kas notiek, ziņojam šeit un Instagram, un pēdējā mēneša ierakstus redzējuši vairāk nekā 2000 cilvēku.}}

Kāds teica: "Viedais ciems ir tur, kur jauniešiem ir vieta." Tā teica Jaunjelgavas mērs.

Mums vajadzētu skeitparku, bet naudas nav.

{{C2::Gribam, lai Kurmenē pēc gadiem pieciem būtu vieta, kur jaunietis var gan dzīvot, gan strādāt.}}
"""),
])

S["B08"] = dict(name="Staburags — biedrība \"Staburaga krasts\"", fmt="zip", notes={}, files=[
("pieteikums.docx", "docx", """# Pieteikums "Viedais ciems"

## 1. Kas mēs esam

{{C1::Biedrība "Staburaga krasts" apvieno Staburaga ciema un apkārtējo viensētu iedzīvotājus Jaunjelgavas apvienībā.}}
{{C4.1::Biedrībā ir 62 biedri, valde un revidents, un jaunus biedrus uzņemam katrā kopsapulcē.}}

## 2. Mērķis un vīzija

{{C2::Mūsu kopīgā vīzija ir Staburags kā ciems, kur var labi dzīvot visu gadu, nevis tikai vasarā, ar darbavietām, satiksmi un kopienas dzīvi.}}

## 3. Inovācijas

{{C3.1::Esam izveidojuši zīmolu "Staburaga stāsts", ar kuru vietējie mājražotāji marķē savu produkciju un kopīgi to pārdod tirdziņos.}}
{{C3.2::Ciemā darbojas laika banka: iedzīvotāji viens otram palīdz ar darbiem un stundas uzskaita kopīgā burtnīcā.}}
{{C3.3::Pie ciema centra uzstādījām gaisa kvalitātes un ūdens līmeņa sensorus, kuru datus katrs var redzēt telefonā.}}

## 4. Identitāte un pašorganizēšanās

{{C4.2::Staburaga klints nogremdēšana ir mūsu sāpe un reizē mūsu identitātes kodols, mēs to atceramies un stāstām tālāk.}}
{{C4.3::Kad ciemam slēdza autobusa reisu, biedrība pati noorganizēja koplietošanas braucienus uz Jaunjelgavu.}}
{{C4.4::Līdzdalības budžetā iedzīvotāji nobalsoja par peldvietas labiekārtošanu, un tā tika izbūvēta.}}

## 5. Atvērtība

{{C5.1::Novadpētnieks Arvīds reizi mēnesī ved ekskursijas pa applūdušās Staburaga apkaimes vietām un stāsta to vēsturi.}}
{{C5.2::Mūsu pasākumos piedalās gan vietējie krievvalodīgie iedzīvotāji, gan cilvēki ar invaliditāti no Aizkraukles sociālā centra.}}
{{C5.3::Sadarbojamies ar Jaunjelgavas vidusskolu, pašvaldību, draudzi un zemnieku saimniecību "Lejnieki".}}
{{C5.4::Informācija iet no valdes uz ielu vecākajiem, kuri to nodod katrai mājai, bet ārpusē runājam ar mājaslapu un novada avīzi.}}

## 6. Resursi

| Resurss | Veids | Saistība ar mērķi |
|---|---|---|
| {{C6.1::Biedrības nomātā bijusī skola ar sporta zāli}} | Teritoriālais | {{C6.2::Skolas ēkā ierīkotās darba telpas ļauj cilvēkiem strādāt uz vietas visu gadu, kā paredz mūsu vīzija.}} |
| {{C6.1::Ciema brīvprātīgo komanda, ap trīsdesmit cilvēku}} | Cilvēkresursi | Talkām |

{{C6.3::Ar LEADER atbalstu 2023. gadā atjaunojām skolas jumtu, bet ar VKKF finansējumu izdevām grāmatu par Staburagu.}}
{{C6.4::Rīgas Tehniskās universitātes studenti kā brīvprātīgie palīdzēja izstrādāt sensoru sistēmu.}}
"""),
("avize.odt", "odt", """# Staburaga Vēstis, 2025. gada maijs

Sveiki, kaimiņi!

{{C6.4::Mūsu draugi no Lietuvas ciema Birštonas atbrauca ar trīs autobusiem un palīdzēja talkā krastā.}}

Skolas ielā 3 tiks remontēts ūdensvads.

Nākamais numurs iznāks jūnijā.
"""),
])
