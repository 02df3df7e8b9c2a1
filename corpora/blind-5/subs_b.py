from build import S

S("B09", "Zalve — kopienas lapa \"Zalves sirds\"", "zip", [
("Zalves_sirds.rawhtml", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Zalves sirds – Sākums | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<img src="Lapa_files/logo.png" alt="">
<h1>Zalves sirds</h1><p>Kopiena · 412 sekotāji</p>
<div class="post"><p>[[C1|Mēs, Zalves ļaudis no Neretas puses, šo lapu izveidojām, lai visi zalvieši zinātu, kas notiek mūsu ciemā.]]</p></div>
<div class="post"><p>[[C5.4|Visas aktualitātes liekam šeit, bet tiem, kam nav interneta, pastniece Ilze iznēsā izdrukātu lapiņu kopā ar avīzēm.]]</p></div>
<div class="post"><p>[[C5.1|Svētdien muižas klētī kalējs Juris rādīja, kā kaldina pakavus, un pieci puiši pirmo reizi paši pamēģināja.]]</p></div>
<div class="post"><p>[[C3.3|Pateicoties optiskajam internetam, kas pie mums ievilkts kopš maija, mūsu saieta telpā tagad notiek digitālo prasmju nodarbības vecākiem ļaudīm.]]</p></div>
<div class="post"><p>Ziņu portāls raksta: "Rīgā līdzdalības budžetā iedzīvotāji nobalsoja par jauniem velo celiņiem." Interesanti!</p></div>
<div class="post"><p>[[C2|Sapnis, ko kopā izlolojām: Zalve kā ciems, kur vecie un jaunie dzīvo blakus un neviens nejūtas aizmirsts.]]</p></div>
<div class="post"><p>Pārdod malku, skaldītu, ar piegādi Zalves pagastā. Zvanīt 26xxxxxx.</p></div>
</body></html>
"""),
], notes={"C4.4": "only reported speech about Riga", "C4.1": "no organisation described beyond page name"})

S("B10", "Sērene — biedrība \"Sērenes ozols\"", "zip", [
("iesniegums.docx", """# Iesniegums biedrības "Sērenes ozols" projektam

## 1. Par mums

[[C1|Sērenes pagasta kopiena ir neliela, bet cieši saistīta: vairums no mums šeit dzīvo paaudzēs.]]

[[C4.1|Biedrības "Sērenes ozols" biedri sanāk reizi ceturksnī, un valde atskaitās par katru izlietoto eiro.]]

## 2. Mērķi

[[C2|Kopīgi esam nosprauduši mērķi līdz 2028. gadam atjaunot Sērenes muižas parku un padarīt to par vietu, kur satiekas visa pagasta saime.]]

Ceļojuma mērķi šovasar bija Rundāle un Kuldīga, uz kurieni devās mūsu senioru ekskursija.

## 3. Lēmumu pieņemšana

Valde pati nolēma, kādus kokus stādīt parkā, iedzīvotāju viedokli neprasot.

Pērn rīkojām aptauju par parka soliņiem, taču tās rezultātus neizmantojām un lēmums palika nemainīgs.

## 4. Sadarbība

[[C5.3|Parka atjaunošanā piedalās Sērenes pamatskola, pagasta pārvalde un mednieku kolektīvs "Ozoli", katrs ar savu ieguldījumu.]]

[[C6.4|Dendrologs no Latvijas Universitātes Botāniskā dārza pro bono izstrādāja parka koku kopšanas plānu.]]

Parka rekonstrukcijas tehniskais projekts ir izstrādāts, un tam pievienots ģenerālplāns.

## 5. Informācija

Informācijas apritei kopienā būtu vajadzīga sava mājaslapa, bet pagaidām tādas nav.
"""),
], notes={"C4.4": "board decided alone; survey changed nothing", "C5.4": "only debitive, no channel in use", "C6.3": "projekts as design doc only"})

S("B11", "Pļaviņas — biedrība \"Pļaviņu kopienas centrs\"", "zip", [
("pieteikums_Plavinas.odt", """# Viedā ciema pieteikums — Pļaviņas

## 1. Kopiena un teritorija

[[C1|Pļaviņu pilsētas un Klintaines pagasta pierobežas iedzīvotāji sevi uzskata par vienu kopienu, ko vieno Daugava un dzelzceļš.]]

## 2. Mērķis

[[C2|Līdz 2030. gadam gribam sasniegt, ka Pļaviņās katram jaunietim ir vieta, kur pavadīt brīvo laiku, un katram senioram kāds, kas palīdz ikdienā.]]

## 3. Inovācijas mūsu dzīvē

[[C3.2|Kopienas centru pārvalda padome, kurā ir pa vienam pārstāvim no jauniešiem, senioriem, uzņēmējiem un vecākiem, un tā ir jauna pārvaldības forma mūsu pilsētā.]]

[[C3.3|Esam uzstādījuši viedos gaisa kvalitātes sensorus pie skolas, un dati reāllaikā redzami centra mājaslapā.]]

[[C3.1|Centra kafejnīca darbojas kā sociālais uzņēmums, kurā strādā četri cilvēki ar garīgās attīstības traucējumiem.]]

## 4. Iedzīvotāji

[[C4.1|Biedrībā iesaistījušies 88 cilvēki, un katrai darba grupai ir savs vadītājs.]]

[[C4.2|Mēs lepojamies ar Pļaviņu kā plostnieku pilsētas vēsturi, un plostnieku svētki ir mūsu identitātes kodols.]]

[[C4.3|Kad centram pēkšņi atteica apkures piegādātājs, padome divās dienās saorganizēja malkas vešanu no biedru mežiem un apkure netika pārtraukta.]]

[[C4.4|Centra darba laiku un nodarbību sarakstu katru gadu nosaka apmeklētāji, balsojot tiešsaistes aptaujā, un padome rezultātu pieņem bez izmaiņām.]]

## 5. Atvērtība

[[C5.1|Plostnieku amata prasmes mums nodod pēdējie dzīvie plostnieki, kuru stāstus ierakstām video un rādām skolās.]]

[[C5.2|Centrā kopā darbojas jaunieši, seniori un cilvēki ar invaliditāti, un nodarbības notiek gan latviešu, gan krievu valodā.]]

[[C5.3|Pļaviņu novada ģimnāzija, pašvaldības sociālais dienests un AS "Latvijas dzelzceļš" ir centra sadarbības partneri.]]

[[C5.4|Par centra notikumiem vēstām Facebook, Instagram un ar afišām pie veikaliem, un vērtējam, ka tieši afišas sasniedz vairāk senioru nekā sociālie tīkli.]]

## 6. Resursi un atdeve

[[C6.1|Resursi: centra ēka (teritoriālais), sensoru tīkls un datori (tehniskais), pašvaldības līdzfinansējums 5000 eiro gadā (finanšu), 30 brīvprātīgo (cilvēkresursi) un plostnieku tradīcija (unikālais).]]

[[C6.2|Brīvprātīgos izmantojam tieši mūsu mērķim: viņi katru nedēļu apmeklē vientuļos seniorus un palīdz ar iepirkšanos.]]

[[C6.3|Centrs izveidots ar ELFLA LEADER pasākuma atbalstu, un pērn piedalījāmies VKKF programmā "Kultūras pieejamība reģionos".]]

[[C6.4|Mūsu partneri ir Tartu apriņķa ciems Igaunijā, ar kuru kopš 2022. gada apmaināmies ar jauniešu grupām.]]
"""),
], notes={})

S("B12", "Mazzalve — biedrība \"Mazzalves māja\"", "tgz", [
("valdes_sedes_protokols.docx", """# Biedrības "Mazzalves māja" valdes sēdes protokols

Sēde notiek 2024. gada 20. aprīlī Mazzalvē.

[[C4.1|Sēdē piedalās visi trīs valdes locekļi un septiņi biedri, kas uzaicināti kā novērotāji.]]

[[C1|Valdes priekšsēdētājs Andris Kalējs atgādina, ka biedrību 2017. gadā dibināja paši Mazzalves ciema ļaudis.]]

Valde apspriež, vai būtu iespējams ierīkot koplietošanas veļas mazgātavu; nolemj par to vēl domāt.

Kalējs ziņo, ka Neretā ir izveidota kopienas saimniecība, bet Mazzalvē nekas tāds nedarbojas.

[[C6.3|Biedrība šogad saņēma Aizkraukles novada pašvaldības NVO projektu konkursa finansējumu 1500 eiro apmērā krēslu iegādei.]]

[[C4.3|Kad maijā izrādījās, ka pagasta zāle būs aizņemta, biedri paši sarunāja telpas skolas ēkā un pasākums notika, kā paredzēts.]]
"""),
("resursi.html", """# Mazzalves mājas resursi

| Resurss | Stāvoklis |
|---|---|
| Telpas | Nav apkopoti. |
| Finanses | Skatīt pielikumā. |
| Cilvēkresursi | [[C6.1|Biedrībā ir 14 cilvēki, kas regulāri palīdz pasākumos, tajā skaitā divi elektriķi un pavāre.]] |

[[C5.3|Mazzalves pamatskola un vietējais zemnieks Pēteris Zariņš palīdz biedrībai ar telpām un transportu.]]
"""),
], notes={"C2": "no stated goal or vision", "C3.2": "community farm only in Nereta", "C6.2": "no goal so no tie"})

S("B13", "Odziena — Odzienas iedzīvotāji", "zip", [
("vestule.docx", """# Vēstule vietējai rīcības grupai

Labdien!

Rakstām no Odzienas. [[C1|Esam Odzienas ciema kaimiņi, kuriem rūp mūsu ciems, un gribam kaut ko darīt kopā.]] Biedrības mums nav un arī valdes nav.

Būtu labi, ja kāds palīdzētu mums saprast, kā iesniegt projektu.

Mums nav kopīgas vīzijas, jo cilvēki šeit grūti sarunājas savā starpā.

Odzienas muižā agrāk bija kultūras nams, bet tagad tur nekas nenotiek.

Mēs neesam piedalījušies nevienā LEADER projektā un ne no viena neesam saņēmuši ziedojumus.

Talkas šeit netiek rīkotas jau sen.

Jaunieši netiek iesaistīti nekādās aktivitātēs.

Varētu izveidot WhatsApp grupu, ja kāds to uzņemtos.

Ar cieņu, Odzienas iedzīvotāji
"""),
], notes={"C2": "vision explicitly denied", "C6.3": "denied"})

S("B14", "Vietalva — biedrība \"Vietalvas zvaigzne\"", "zip", [
("pasnovertejums.odt", """# Pašnovērtējums: Vietalvas kopiena

| Rādītājs | Mūsu situācija |
|---|---|
| Kopiena | [[C1|Vietalvas pagasta iedzīvotāji, kas dzīvo ap muižu un ezeru un kopā svin Vietalvas dienas.]] |
| Mērķis | [[C2|Nākotnē vēlamies, lai Vietalva kļūst par klusā tūrisma galamērķi, kas dod iztiku vietējiem.]] |
| Uzņēmējdarbības inovācija | [[C3.1|Pagājušajā sezonā sešas saimniecības izveidoja kopīgu zīmolu "Vietalvas garša" un tirgo produktus tiešsaistē.]] |
| Sociālā inovācija | Sociālā inovācija ir jaunas sadarbības formas, jauna pārvaldības stratēģija, komunikācijas inovācijas. |
| Tehnoloģiskā inovācija | 3 punkti |
| Kopdarbība | [[C4.1|Biedrībā "Vietalvas zvaigzne" darbojas 34 biedri, un valdē ir arī viens jaunietis.]] |
| Identitāte | [[C4.2|Mūsu unikālā iezīme ir Vietalvas muižas parks ar 300 gadu vecām liepām, un tās mums ir svētas.]] |
| Pašorganizēšanās | — |
| Lēmumi | [[C4.4|Zīmola nosaukumu izvēlējās iedzīvotāji, balsojot uz papīra lapiņām veikalā novietotā kastē.]] |
| Mantojums | [[C5.1|Muižas vēsturi pētām kopā ar skolēniem, un novadpētniecības materiāli apkopoti mapē, ko glabā bibliotēkā.]] |
| Integrācija | Kopienā integrējam dažādas sociālās, vecuma, politiskās un citas grupas. |
| Partneri | [[C5.3|Zīmola dalībnieku produktus degustācijās izmanto vietējais viesu nams, un to atbalsta arī pagasta pārvalde.]] |
| Informācija | [[C5.4|Zīmola jaunumus publicējam Instagram un Facebook, bet pašu biedru vidū informāciju nododam e-pastā.]] |
"""),
], notes={"C3.2": "criterion wording copied", "C3.3": "points only", "C5.2": "criterion wording copied"})

S("B15", "Daudzese — jauniešu biedrība \"Daudzeses dzirksts\"", "zip", [
("Daudzeses_dzirksts.rawhtml", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Daudzeses dzirksts | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<img src="Lapa_files/logo.png" alt="profila attēls">
<h1>Daudzeses dzirksts</h1>
<div class="post"><p>[[C1 C4.1|Mēs esam Daudzeses pagasta jaunieši un pirms diviem gadiem nodibinājām savu biedrību, kurā tagad ir 17 biedru vecumā no 14 līdz 29 gadiem.]]</p></div>
<div class="post"><p>[[C4.3|Kad pagasts nespēja atrast naudu skeitparka remontam, mēs paši savācām līdzekļus ar kūku tirdziņu un remontējām rampas divās nedēļas nogalēs.]]</p></div>
<div class="post"><p>[[C6.4|Paldies SIA "Daugavas krāsas" par uzdāvinātajām krāsām un jauniešiem no Jēkabpils, kas atbrauca palīgā!]]</p></div>
<div class="post"><p>[[C5.2|Ceturtdienās kopā ar pansionāta iemītniekiem spēlējam galda spēles, un tagad viņi mūs jau gaida.]]</p></div>
<div class="post"><p>[[C4.4|Par nākamās vasaras nometnes tēmu nolēmām balsot visi kopā: 12 balsis saņēma "izdzīvošana mežā".]]</p></div>
<div class="post"><p>Vajadzētu uztaisīt arī savu mājaslapu, bet kurš to darīs?</p></div>
<div class="post"><p>[[C6.3|Mūsu nometni atbalstīja Jaunatnes starptautisko programmu aģentūras programma "Erasmus+".]]</p></div>
<div class="post"><p>Daudzeses pagasta svētku programma pielikumā: 11.00 futbols, 14.00 pikniks.</p></div>
</body></html>
"""),
], notes={"C5.4": "own website only debitive; page itself not described as channel", "C5.3": "company only donated (C6.4)", "C2": "no goal stated"})

S("B16", "Ērberģe — biedrība \"Ērberģes muižas draugi\"", "zip", [
("pieteikums.docx", """# LEADER pieteikums: Ērberģes viedais ciems

## 1. Pretendents un kopiena

[[C1|Ērberģe ir neliels ciems Mazzalves pagastā, un mūsu biedrība "Ērberģes muižas draugi" pārstāv gandrīz visas ciema mājsaimniecības.]]

[[C4.1|Biedrību vada valde, bet ikdienas darbu dara trīs darba grupas – muižas, dārza un jauniešu.]]

## 2. Vīzija

[[C2|Mūsu kopīgā vīzija ir Ērberģe kā apdzīvots muižas ciems, kur vēsturiskā muiža ir dzīva, nevis tukša, un kur ciema ļaudīm ir darbs turpat.]]

## 3. Inovācijas

[[C3.1|Muižas kalpu mājā darbojas ģimenes uzņēmums, kas kopā ar biedrību piedāvā muižas vakarus ar vietējo ēdienu kā tūrisma produktu.]]

[[C3.2|Muižas telpu izmantošanu nosaka biedrības un pašvaldības kopīgs pārvaldības līgums, kas ir pirmais šāds līgums novadā.]]

[[C3.3|Muižas ekspozīcijā ieviesām QR kodu audiogidu trīs valodās, un ciema jaunieši apmācīja vecākos gidus to lietot.]]

## 4. Mēs

[[C4.2|Mūsu identitāti veido muiža un sirdsmīļais Ērberģes ābeļdārzs, ko stādīja vēl barons.]]

[[C4.3|Ziemas vētrā nogāzās koks uz muižas jumta, un jau nākamajā rītā paši biedri to nozāģēja un jumtu pagaidām nosedza ar plēvi.]]

[[C4.4|Visus lielos lēmumus, tostarp šī projekta ideju, pieņem ciema kopsapulce, kurā balso katra mājsaimniecība.]]

## 5. Atvērtība

[[C5.1 C5.3|Mazzalves pamatskolas skolēni kopā ar vecākajiem ciema ļaudīm vāc un pieraksta muižas nostāstus, un skola tos iekļauj vēstures stundās.]]

[[C5.2|Pie mums dzīvo vairākas krievvalodīgas ģimenes, un viņas vada muižas vakaru virtuvi kopā ar latviešu saimniecēm.]]

[[C5.4|Ciemā informāciju nododam caur mājsaimniecību vecākajiem, kas ir kopīgā WhatsApp grupā, bet ārpasaulei – caur muižas mājaslapu un novada avīzi.]]

## 6. Resursi

[[C6.1|Mūsu resursi ir vēsturiskā muiža (teritoriālais un unikālais), ābeļdārzs ar 60 vecām šķirnēm un biedru rokas.]]

[[C6.2|Ābeļdārzu izmantojam, lai sasniegtu savu mērķi radīt darbu ciemā: no āboliem spiežam sulu, ko pārdodam muižas vakaros.]]

[[C6.3|Muižas jumts 2022. gadā tika atjaunots ar LEADER atbalstu, un biedrība piedalās kampaņā "Apceļo Latviju".]]

[[C6.4|Kopš 2023. gada mums ir sadarbība ar Vācijas biedrību no Lejassaksijas, kas atsūtīja brīvprātīgos jumta darbiem.]]

*Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos.*
"""),
], notes={})
