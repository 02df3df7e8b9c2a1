S = {}
S["B17"] = dict(name="Odziena — biedrība \"Odzienas Muižas Draugi\"", arch="zip", files=[
("pieteikums.docx", """# Pieteikums: Odzienas muižas kopiena

## 1. Kas mēs esam

⟦C1,C4.1§Biedrība "Odzienas Muižas Draugi" ir Odzienas ciema iedzīvotāju kopiena Vietalvas pusē, un mums ir 22 biedri ar ievēlētu valdi.⟧

## 2. Par vārdiem mūsu pieteikumā

Muižas vērtības apdrošināšanas polisē ir novērtētas 300 000 eiro. Tūristu mērķi pie mums ir muiža, ezers un vecā dzirnava. Jauno jumta projektu (būvprojektu) izstrādāja arhitekts, un tas vēl nav saskaņots. Svētku programma sākas plkst. 18 ar koncertu. Pagājušajā gadā muižai pievienoja jaunu elektrības tīklu.

Sēklu bibliotēka darbojas pie muižas vārtiem: kaimiņi tur atstāj un paņem dārzeņu sēklas.

Mūsu adrese: Skolas iela 3, Odziena.

## 3. Ko esam paveikuši

⟦C4.3§Sabrukušo muižas kāpņu vietā biedri paši atveda koka kāpnes no Rīgas, nokrāsoja un uzstādīja tās trīs nedēļas ilgā talkā.⟧ ⟦C4.2§Odziena mums nozīmē neogotikas muižu uz pakalna, un mēs to uzskatām par savu identitātes centru.⟧

⟦C2§Mūsu sapnis ir, lai pēc desmit gadiem muiža būtu atdzīvināta un tajā notiktu dzīve visu gadu, ne tikai vasarā.⟧

⟦C6.4§Muižas logu restaurācijai brīvprātīgie restauratori no Igaunijas un Somijas atbrauca uz divām nedēļām, dzīvoja biedru mājās un strādāja bez maksas.⟧
"""),
], notes={"C4.2":"'vērtības' in money sense not counted; identity sentence is","C5.1":"'sēklu bibliotēka' is a seed exchange, not a library","C6.3":"'projekts' as building design, 'programma' as event programme","C5.3":"'Skolas iela' is a street name","C6.4":"'tīkls' as electricity network excluded; foreign volunteers count"})

S["B18"] = dict(name="Lēdmane — biedrība \"Lēdmanes Ceļš\"", arch="zip", files=[
("ievads_un_plans.odt", """# Lēdmanes viedā ciema apraksts

## Kas ir viedais ciems

Viedie ciemi ir lauku kopienas, kas izmanto digitālās tehnoloģijas un sociālās inovācijas, lai uzlabotu dzīves kvalitāti. Eiropas Komisija viedos ciemus definē kā kopienas, kuras sadarbojas, lai atrastu jaunus risinājumus. Viedā ciemā darbojas kopienas centrs, iedzīvotāji lemj kopā un informācija plūst sociālajos tīklos.

## Mūsu ciems

⟦C1§Lēdmanes pagasta iedzīvotāji, kurus pārstāv biedrība "Lēdmanes Ceļš", dzīvo abpus Lielvārdes–Ogres ceļa un jūtas kā viena kaimiņu saime.⟧ ⟦C5.3§Lēdmanes pamatskola, pagasta bibliotēka un SIA "Lēdmanes Piens" kopā ar biedrību ik gadu rīko Lēdmanes svētkus.⟧ ⟦C5.2§Svētku sagatavošanā piedalās skolēni, viņu vecvecāki un tās latgaliešu ģimenes, kuras pārcēlās uz pagastu pēdējos gados.⟧

⟦C2§Mēs vēlamies, lai nākotnē Lēdmane būtu tāds ciems, uz kuru gribas atgriezties, un lai tajā pietiktu darba vietu jauniem cilvēkiem.⟧

## Rīcības plāns

| Rīcība | Kad | Statuss |
|---|---|---|
| Kopienas centra atvēršana | 2027. gada septembris | plānots |
| Digitālo prasmju kursi senioriem | 2028. gads | iecerēts |
| Iedzīvotāju aptauja par prioritātēm | 2027. gada marts | plānots |

Ir iecerēts arī pieteikties LEADER projektam.
"""),
], notes={"C3.2":"community centre only in definition and plan","C3.3":"digital courses only planned","C4.4":"survey only planned","C5.4":"only in general definition","C6.3":"LEADER only intended"})

S["B19"] = dict(name="Madliena — biedrība \"Madlienas Kopiena\"", arch="zip", files=[
("pieteikums.docx", """# Projekta iesniegums

## 1. Iesniedzējs un kopiena

⟦C1§Biedrība "Madlienas Kopiena" ir Madlienas pagasta iedzīvotāju kopiena Ogres novadā, un tajā ir gan ciema, gan lauku sētu ļaudis.⟧ ⟦C4.1§Biedrībai ir 61 biedrs, valde un pieci ciema "vecākie", kas pārstāv katrs savu pagasta daļu.⟧

## 2. Vīzija

⟦C2§Madlienas vīzija, ko kopā uzrakstījām 2024. gadā, ir pagasts, kurā ir ērti novecot un izdevīgi sākt uzņēmējdarbību, un uz to virzām visus mūsu darbus.⟧

## 3. Inovācijas

⟦C3.1§Vietējie amatnieki un zemnieki kopā izveidoja tūrisma maršrutu "Madlienas apļi", kura kartē ir 14 saimniecības un vienots zīmols.⟧ ⟦C3.2§Bijušajā pagasta bankas telpā atvērām kopienas centru, ko vada iedzīvotāju padome, un tur ir arī kopstrādes vietas attālinātajiem darbiniekiem.⟧ ⟦C3.3§Kopienas centrā darbojas 3D printeris un viedā siltumsūkņa vadība, un jaunieši rīko apmācības, kā ar tiem strādāt.⟧

## 4. Resursi

⟦C6.1§Esam apzinājuši savus resursus: tehniskie ir 3D printeris un siltumsūknis, teritoriālie ir centra ēka un Madlienas parks, finanšu resursi ir biedru naudas un tirdziņu ieņēmumi, bet cilvēkresursi ir 40 aktīvi brīvprātīgie.⟧ ⟦C6.2§Centra ēku un brīvprātīgos izmantojam, lai veidotu ērtu dzīvi senioriem, jo tas ir mūsu vīzijas pirmais punkts.⟧
"""),
("protokols.odt", """# Madlienas iedzīvotāju kopsapulce

⟦C4.4§Kopsapulcē 87 madlienieši ar aizklātu balsojumu izvēlējās, kā izlietot centra ieņēmumus, un valde šo sarakstu apstiprināja bez izmaiņām.⟧ ⟦C4.3§Kad apkures katls centrā ziemā sabojājās, iedzīvotāji paši uzlika pagaidu krāsni un organizēja dežūras, līdz katls tika nomainīts.⟧

⟦C4.2§Madlienieši lepojas ar savu baznīcu, ar Madlienas pilskalnu un ar to, ka šeit katru gadu notiek Madlienas kauju atceres diena.⟧ ⟦C5.1§Pilskalna vēsturi un vecās madlieniešu amatu prasmes skolēniem māca novadpētnieks un trīs amatnieki.⟧ ⟦C5.2§Centrā iet gan senioru klubs, gan jauniešu pulciņš, un divas reizes mēnesī tiek rīkoti vakari, kur tiek aicinātas arī ģimenes ar bērniem ar invaliditāti.⟧

⟦C5.3§Madlienas vidusskola, Ogres novada pašvaldība, Madlienas draudze un vietējie uzņēmēji ir mūsu partneri centra darbā.⟧ ⟦C5.4§Ziņas iedzīvotājiem nonāk caur ciema vecākajiem, WhatsApp grupām, Facebook lapu un mēneša avīzi "Madlienas Ziņas", un mēs skaitām, cik cilvēku atnāk uz pasākumiem.⟧

⟦C6.3§Kopienas centra izveidi līdzfinansēja LEADER programma, un mūsu jaunieši piedalījās Latvijas Lauku foruma kampaņā "Lauki ir stilīgi".⟧ ⟦C6.4§Mūsu sadraudzības ciems Zviedrijā dāvināja kopienas centram mēbeles un divus datorus.⟧
"""),
])

S["B20"] = dict(name="Taurupe — Taurupes pagasta iniciatīva", arch="zip", files=[
("veidlapa.docx", """# Viedā ciema pieteikuma veidlapa

*LEADER programma. Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos.*

## 1. Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai

Taurupe.

## 2. Kopīgi mērķi un nākotnes vīzija

Kopienai ir kopīgi mērķi un nākotnes vīzija, kas vērsta uz kopējās dzīves kvalitātes uzlabošanu.

## 3. Inovatīvu risinājumu ieviešana

Inovatīvi risinājumi tiek ieviesti un integrēti vairākās dzīves jomās.

## 4. Iedzīvotāju kopa

—

## 5. Atvērtība un mijiedarbība

Kopiena ir atvērta un mijiedarbojas gan iekšēji, gan ar ārpasauli.

## 6. Resursi un atdeve

| Resursu veids | Apraksts |
|---|---|
| Tehniskie | |
| Teritoriālie | |
| Finanšu | |
| Cilvēkresursi | Nav apkopoti. |

LEADER | Eiropa investē lauku apvidos
"""),
], notes={"C1":"bare place name, no community presented","C2":"restates the criterion","C3.1":"restates the criterion","C5.3":"restates the criterion","C6.1":"empty cells / non-answer","C6.3":"only boilerplate programme logos"})

S["B21"] = dict(name="Sēlpils — Sēlpils pagasta iedzīvotāju biedrība", arch="tar.gz", files=[
("resursu_tabula.odt", """# Sēlpils pagasta resursu karte

⟦C1§Sēlpils pagasta iedzīvotāji, ko apvieno Sēlpils pilskalns un Daugavas krasts, 2019. gadā nodibināja savu iedzīvotāju biedrību.⟧ ⟦C4.1§Biedrības darbā iesaistās ap 40 cilvēku, un reizi gadā tiek pārvēlēta valde.⟧

| Resurss | Veids | Mērķis, kam izmantojam |
|---|---|---|
| Sēlpils pilskalns | unikālais | ⟦C6.1,C6.2§Pilskalnu izmantojam vēstures takai, jo mūsu mērķis ir, lai Sēlpils būtu zināma kā seno sēļu zeme.⟧ |
| Laivu piestātne | teritoriālais | ⟦C6.1§Laivu piestātne pie Daugavas pieder pagastam, un biedrība to uztur.⟧ |
| Biedru naudas | finanšu | kārtējie izdevumi |
| Biedri ar amata prasmēm | zināšanas | ⟦C5.1§Biedrības kalējs un podniece rāda bērniem senās sēļu amatu prasmes vēstures takas pasākumos.⟧ |

⟦C2§Mēs gribam, lai pēc gadiem Sēlpils būtu vieta, kur vēsture dod iztiku, un lai jaunieši šeit varētu strādāt gidu darbu.⟧

⟦C3.1§Vēstures takā kopš pagājušā gada darbojas gidu pakalpojums, ko jaunieši sniedz kā biedrības saimniecisko darbību, un ienākumi sedz takas uzturēšanu.⟧

⟦C6.3§Takas informācijas stendi uzstādīti ar Zemkopības ministrijas un LEADER programmas atbalstu.⟧

Vai iedzīvotāji tiek iesaistīti lēmumos? Līdz šim valde visu lēma viena.
"""),
("atbalsta_vestule.docx", """# Atbalsta vēstule

Sēlpils pamatskola atbalsta biedrības iniciatīvu.

Sēlpils pamatskolai ir labas attiecības ar Jēkabpils muzeju, un muzejs atzīst, ka skola ir novada līderis novadpētniecībā.

Direktore I. Krūmiņa.
"""),
], notes={"C4.4":"board decided alone","C5.3":"school letter speaks about itself/museum, not the community's cross-sector involvement","C5.4":"no channels described"})

S["B22"] = dict(name="Kūku pagasts — biedrība \"Kūku Lauki\"", arch="zip", files=[
("protokols.docx", """# Biedrības "Kūku Lauki" kopsapulces protokols Nr. 4

Kūku pagastā, Zīlānos, 2026. gada 3. maijā. Sēdi vada priekšsēdētājs Guntis Liepa.

⟦C1§Kūku pagasta iedzīvotāji, kas dzīvo Zīlānos, Kūkās un Mežarē, ir apvienojušies biedrībā "Kūku Lauki", lai kopīgi rūpētos par savu pagastu.⟧ ⟦C4.1§Biedrībai ir 35 biedri un valde, un pie katra lēmuma sagatavošanas strādā kāda no četrām darba grupām.⟧

1\\. ⟦C4.4§Iedzīvotāju aptaujā 120 respondenti par svarīgāko atzina ceļa apgaismojumu, un kopsapulce šo rezultātu apstiprināja kā šī gada prioritāti.⟧

2\\. ⟦C4.3§Pavasarī biedri paši sarīkoja sešas talkas un iztīrīja Mežares estrādes teritoriju.⟧

3\\. ⟦C5.4§Priekšsēdētājs informēja, ka biedrības ziņas tiek izsūtītas WhatsApp grupā, kurā ir 180 dalībnieki, un izliktas uz ziņojumu dēļiem trijos ciemos.⟧

4\\. ⟦C5.2§Ziemas vakaros biedrības telpās satiekas seniori un jaunieši, un jaunieši senioriem palīdz ar telefoniem.⟧

5\\. Par kopstrādes telpu Zīlānos: jautājums atlikts, jo telpa vēl nav atrasta.

6\\. ⟦C6.4§Biedrība saņēma ziedojumu no Krustpils uzņēmēja un divus brīvprātīgos no Rīgas, kas palīdzēja ar talkām.⟧

7\\. Dažādi: Kūku kaimiņi Variešos ir izveidojuši kooperatīvu, bet mums tāda nav.
"""),
], notes={"C3.1":"cooperative only in neighbouring Varieši","C3.2":"co-working postponed","C3.3":"helping with phones is not training in a new technology introduced"})

S["B23"] = dict(name="Jumprava — Jumpravas jauno ģimeņu klubs", arch="zip", files=[
("Lapa.html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Jumpravas jauno ģimeņu klubs | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<div class="header"><img src="Lapa_files/logo.png" alt=""> Jumpravas jauno ģimeņu klubs · Publiska grupa · 412 dalībnieki</div>
<div class="post"><p>⟦C1,C4.1§Mēs esam Jumpravas pagasta jauno ģimeņu klubs — 26 ģimenes, kas 2024. gadā ievēlēja savu koordinatoru un kasieri.⟧</p></div>
<div class="post"><p>⟦C5.4§Visa kluba informācija iet tieši caur šo Facebook grupu un klubiņa WhatsApp čatu, un pēdējā mēnesī ierakstus redzēja vairāk nekā 1500 cilvēku.⟧</p></div>
<div class="post"><p>⟦C4.3§Kad bērnudārza grupa slēdzās remonta dēļ, mammas pašas sarunāja maiņu grafiku un visu augustu pieskatīja bērnus pa mājām.⟧</p></div>
<div class="post"><p>⟦C3.2§Mūsu rotaļu istaba darbojas kā kopīga telpa, kurā ģimenes pieskata bērnus pēc kārtas, un vienlaikus vecāki var tur strādāt pie datora.⟧</p></div>
<div class="post"><p>Jūs varētu palīdzēt: būtu lieliski, ja kāds uzdāvinātu bērnu gultiņas! Ziedojumus vēl neesam saņēmuši.</p></div>
<div class="post"><p>Pārpublicēts no "Lauku Avīze": "Kurzemes ciemos jaunās ģimenes veido laika bankas un kopienu dārzus."</p></div>
<div class="post"><p>⟦C5.2§Pagājušajā svētdienā uz rotaļu istabu atnāca arī vecmāmiņas no Jumpravas pansionāta, un bērni viņām dziedāja.⟧</p></div>
<div class="post"><p>⟦C6.3§Rotaļu istabas mēbeles iegādājāmies ar Ogres novada pašvaldības iedzīvotāju iniciatīvu konkursa naudu.⟧</p></div>
</body></html>"""),
("klubs_nolikums.odt", """# Kluba nolikums

Kluba mērķi: —

Kluba resursi: Vēl tiek apzināti.

Kluba lēmumus pieņem koordinators.
"""),
], notes={"C2":"heading with dash","C6.1":"non-answer","C6.4":"donations denied; only wished","C4.4":"coordinator decides"})

S["B24"] = dict(name="Elkšņi — Elkšņu ciema iedzīvotāju biedrība", arch="zip", files=[
("ricibas_plans.docx", """# Elkšņu attīstības rīcības plāns 2027–2030

⟦C1§Elkšņi ir neliels ciems Viesītes pusē, un Elkšņu ciema iedzīvotāju biedrība runā par visiem, kas dzīvo Elkšņu pagastā.⟧ ⟦C2§Mūsu kopīgais mērķis ir atjaunot Elkšņus kā vietu, kur bērni iet skolā tuvu mājām un pieaugušie atrod darbu pagastā.⟧

| Nr. | Rīcība | Termiņš | Finansējums |
|---|---|---|---|
| 1 | Saules paneļu uzstādīšana uz tautas nama | 2028 | LEADER |
| 2 | Vietējo produktu e-veikals | 2029 | ELFLA |
| 3 | Laika bankas izveide | 2027 | biedru naudas |
| 4 | Sadarbība ar Lietuvas ciemu | 2030 | Interreg |

⟦C4.2§Elkšņu cilvēki lepojas ar savu Sēlijas izcelsmi un sēļu izloksni, ko joprojām runā vecākā paaudze.⟧ ⟦C5.1§Biedrības sievas pieraksta vecāko cilvēku valodu, un pierakstus lasa skolā.⟧ ⟦C4.1§Biedrībā ir 17 biedri, kuri katru otro mēnesi sapulcējas un sadala darbus.⟧

Mēs plānojam iesaistīt uzņēmējus un pašvaldību. Nākotnē vajadzētu izveidot mājaslapu.

⟦C6.1§Mūsu resursi ir tautas nams ar zāli, biedru dārzi un divi biedri ar grāmatvedības zināšanām.⟧

Šo rīcību vēl neesam sākuši.
"""),
("atbalsta_vestule.odt", """# Atbalsta vēstule

⟦C6.4§Biedrībai jau tagad palīdz Viesītes uzņēmējs, kas ziedoja 1500 eiro tautas nama logiem, un Jēkabpils brīvprātīgie, kas pērn atbrauca uz talku.⟧ Novada pašvaldība atbalsta biedrības pieteikumu.
"""),
], notes={"C3.1":"e-shop only a plan row","C3.2":"time bank only planned","C3.3":"solar only planned","C5.3":"involving businesses only planned","C5.4":"website only wished","C6.2":"resources not tied to goal","C6.3":"LEADER only in future plan"})
