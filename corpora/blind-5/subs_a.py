from build import S

S("B01", "Vecpiebalga — biedrība \"Piebalgas pavards\"", "zip", [
("pieteikums_Vecpiebalga.docx", """# LEADER projekta iesniegums — Viedais ciems

Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos

## 1. Pretendents

[[C1 C4.1|Biedrība "Piebalgas pavards" apvieno ap 70 Vecpiebalgas ciema iedzīvotāju, un tās valdē darbojas pieci ievēlēti cilvēki no dažādiem ciema galiem.]]

## 2. Kopienas mērķis un vīzija

[[C2|Mūsu mērķis ir, lai līdz 2030. gadam Vecpiebalgā jaunām ģimenēm būtu vērts palikt: te būtu darbs, sakopta vide un droša satiksme uz Cēsīm.]]

## 3. Inovatīvie risinājumi

[[C3.1|Kopš pagājušā gada septiņas saimniecības pārdod sieru, medu un kaltētus augļus kopīgā e-veikalā ar zīmolu "Piebalgas pūrs".]]
[[C3.2|Bijušajā pasta ēkā esam iekārtojuši kopstrādes telpu, kuru pēc kopīgi pieņemtiem noteikumiem pārvalda paši lietotāji.]]
[[C3.3|Pagasta bibliotēkā brīvprātīgie ik otrdienu māca senioriem lietot e-parakstu un internetbanku.]]

## 4. Kopiena

[[C4.2|Lepojamies ar to, ka Vecpiebalga ir Kaudzīšu brāļu un Antona Austriņa zeme, un šo literāro mantojumu uzskatām par savu lielāko vērtību.]]
[[C4.3|Kad pērn ziemā vētra uz nedēļu atslēdza elektrību, biedrība pati noorganizēja ģeneratora dežūras un zupas vārīšanu tautas namā.]]
[[C4.4|Par to, kuru no trim idejām iesniegt šajā kārtā, iedzīvotāji balsoja kopsapulcē 14. februārī, un uzvarēja kopstrādes telpas paplašināšana.]]

## 5. Sadarbība un mantojums

[[C5.1 C5.2|Rudeņos vecākās audējas vada meistarklases, kurās Piebalgas jostu rakstus apgūst gan pamatskolas bērni, gan ukraiņu ģimenes, kas pie mums apmetušās.]]
[[C5.3|Vecpiebalgas vidusskola, pagasta pārvalde un z/s "Lejasbrenči" ir mūsu pastāvīgie partneri: skola dod telpas, pārvalde transportu, bet saimniecība produktus pasākumiem.]]
[[C5.4|Ziņas par talkām un sapulcēm izliekam uz ziņojumu dēļa pie veikala, sūtām WhatsApp grupā "Piebalgas kaimiņi" un publicējam pagasta avīzē "Piebalgas Vēstis".]]

## 6. Iepriekšējā pieredze

[[C6.3|Biedrība 2021. gadā ar LEADER atbalstu atjaunoja estrādi, bet 2023. gadā ar VKKF finansējumu izdeva novadpētniecības bukletu.]]
[[C6.4|Kopstrādes telpas mēbeles ziedoja Rīgas uzņēmums "Koka darbnīca", bet tīmekļa vietni bez maksas izveidoja brīvprātīgie no Vidzemes Augstskolas.]]

*Projekts tiek līdzfinansēts no ELFLA. Eiropa investē lauku apvidos.*
"""),
("resursu_tabula.odt", """# Biedrības resursi

| Resurss | Veids | Apraksts |
|---|---|---|
| Bijusī pasta ēka | teritoriālais | [[C6.1|Pagasta nodota lietošanā uz 10 gadiem bijusī pasta ēka ar 120 kvadrātmetriem.]] |
| Audējas | zināšanas | [[C6.1|Astoņas audējas, kas prot Piebalgas jostu tehniku.]] |
| Ģenerators | tehniskais | [[C6.1|Biedrības īpašumā ir pārvietojams 6 kW ģenerators.]] |

[[C6.2|Pasta ēku izmantojam tieši mūsu mērķim noturēt jaunās ģimenes ciemā: tur strādā attālinātie darbinieki un notiek bērnu pulciņi.]]
"""),
], notes={"C6.2": "post office building tied to goal of keeping young families"})

S("B02", "Skrīveri — biedrība \"Skrīveru kopiena\"", "zip", [
("pasasvertejums.docx", """# Pašnovērtējuma tabula "Viedā ciema pazīmes"

| Pazīme | Punkti | Pamatojums |
|---|---|---|
| Kopīgi MĒRĶI un nākotnes VĪZIJA | 3 | Kopienai ir kopīgi mērķi un nākotnes vīzija. |
| Inovācija uzņēmējdarbībā | 2 | Skatīt pielikumā. |
| Sociālā inovācija | 2 | — |
| Tehnoloģiskā inovācija | 3 | Tiek ieviesti digitālie risinājumi. |
| Kopdarbība un saliedētība | 3 | [[C4.1|Biedrībā "Skrīveru kopiena" ir 43 biedri, valde sanāk reizi mēnesī, un katrs biedrs var nākt uz valdes sēdēm.]] |
| Kopienas identitātes apzināšanās | 3 | [[C4.2|Skrīverieši sevi dēvē par "gotiņu ciemu", jo šeit kopš 1961. gada ražo slavenās konfektes, un ar to mēs lepojamies.]] |
| Pašorganizēšanās spēja | 2 | Vēl tiek izstrādāti. |
| Lēmumi no apakšas uz augšu | 2 | [[C4.4|Pirms dīķa krasta labiekārtošanas aptaujājām 180 iedzīvotāju, un soliņu vietas noteicām tieši pēc aptaujas rezultātiem.]] |
| Informatīvā telpa | 1 | Nav apkopoti. |

[[C1|Mēs esam Skrīveru ciema iedzīvotāji, kuri kopā rūpējas par sava pagasta nākotni.]]
"""),
("vestule_atbalsts.html", """# Atbalsta vēstule

Skrīveru novada mūzikas un mākslas skola apliecina, ka atbalsta biedrības iniciatīvu.

[[C5.3|Kopš 2022. gada mūsu skolas audzēkņi kopā ar biedrību gatavo Skrīveru svētku izstādes, un skola biedrībai nodrošina zāli un aprīkojumu.]]

Mūsu kaimiņi Aizkrauklē jau ir ierīkojuši kopstrādes telpu, bet mums tādas nav.

Skolas adrese: Skolas iela 6, Skrīveri.

Ar cieņu, direktore Inese Kalniņa
"""),
], notes={"C3.2": "coworking only in neighbouring Aizkraukle, denied for applicant", "C3.3": "self-assessment repeats criterion only", "C2": "restates criterion wording"})

S("B03", "Koknese — iniciatīvas grupa \"Kokneses krasts\"", "zip", [
("Kokneses_krasts_Facebook.rawhtml", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Kokneses krasts | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<img src="Lapa_files/logo.png" alt="logo">
<h1>Kokneses krasts</h1>
<div class="post"><p>[[C1 C4.1|Esam Kokneses iedzīvotāju iniciatīvas grupa, kurā kopš 2020. gada darbojas divpadsmit cilvēki no Kokneses ciema un apkārtējām mājām.]]</p></div>
<div class="post"><p>[[C4.3|Sestdien paši savām rokām izzāģējām krūmus pie pilsdrupu takas un savācām četrus konteinerus atkritumu – paldies visiem 35 talciniekiem!]]</p></div>
<div class="post"><p>[[C5.4|Atgādinām, ka visas ziņas par grupas darbu liekam šeit Facebook lapā un Kokneses bibliotēkas stendā, bet steidzamos jautājumus risinām WhatsApp čatā.]]</p></div>
<div class="post"><p>[[C6.3|Šogad atkal piedalāmies Lielajā talkā, un mūsu pieteiktā vieta ir Daugavas krasts pie Likteņdārza.]]</p></div>
<div class="post"><p>REKLĀMA: Viesu nams "Pērse" piedāvā sauna, kubls un mobilā lietotne numuru rezervēšanai! Atlaides grupām.</p></div>
<div class="post"><p>Kā teica kāds Rīgas žurnālists: "Viedie ciemi ir tie, kur iedzīvotāji paši lemj par budžetu."</p></div>
<div class="post"><p>[[C2|Gribam, lai nākotnē Kokneses krasts būtu vieta, kur ikviens var droši pastaigāties gar Daugavu visu gadu.]]</p></div>
<div class="post"><p>Būtu labi kādreiz uzlikt saules paneļus uz laivu mājas jumta, bet pagaidām par to tikai sapņojam.</p></div>
</body></html>
"""),
], notes={"C3.3": "solar panels only wished; mobile app is in an advert", "C4.4": "only a journalist's quote about smart villages", "C6.3": "Lielā talka national campaign"})

S("B04", "Bebri — biedrība \"Bebru attīstībai\"", "zip", [
("pieteikuma_veidlapa.docx", """# Projekta iesnieguma veidlapa

LEADER programma 2023–2027. Eiropa investē lauku apvidos.

## 1. Informācija par pretendentu

Biedrība "Bebru attīstībai", Bebru pagasts, Aizkraukles novads.

## 2. Kopīgi mērķi un nākotnes vīzija

Kopīgi MĒRĶI un nākotnes VĪZIJA, kas vērsta uz kopīgu dzīves kvalitātes uzlabošanu.

## 3. Inovatīvu risinājumu ieviešana

Vēl tiek izstrādāti.

## 4. Iedzīvotāju kopa

—

## 5. Atvērtība un mijiedarbība

Skatīt pielikumā.

## 6. Resursi un atdeve

Resursi vēl nav apzināti.

## 7. Projekta apraksts

[[C1|Projektu iesniedz Bebru pagasta iedzīvotāji, kas apvienojušies biedrībā, lai uzlabotu dzīvi savā pagastā.]]

Ēkas jumta pārbūves projekts tika izstrādāts 2019. gadā, un tā tehniskā daļa pievienota.

Nākamgad plānojam sarīkot iedzīvotāju sapulci un vajadzētu izveidot arī Facebook lapu.
"""),
], notes={"C2": "only copies criterion wording", "C6.1": "explicitly denied", "C4.4": "assembly only planned", "C5.4": "Facebook only debitive"})

S("B05", "Sece — biedrība \"Seces saime\"", "tgz", [
("protokols_2024_03.odt", """# Biedrības "Seces saime" biedru kopsapulces protokols Nr. 2

Seces pagasta tautas namā, 2024. gada 9. martā. Piedalās 31 biedrs.

**Darba kārtība:** 1) pārskats par 2023. gadu; 2) lēmums par projekta ideju; 3) dažādi.

[[C1 C4.1|Sēdi atklāj valdes priekšsēdētāja Dace Ozoliņa un atgādina, ka biedrība apvieno Seces pagasta ļaudis jau desmito gadu.]]

**1. jautājums.** [[C4.3|Ozoliņa ziņo, ka pērn biedri paši salaboja tautas nama grīdu, jo pagasta budžetā naudas tam nebija.]] [[C6.4|Materiālus ziedoja kokzāģētava "Seces koks", bet darbā palīdzēja arī trīs studenti no Jelgavas.]]

**2. jautājums.** [[C4.4|Pēc diskusijas biedri atklāti balso par to, ka projekta ideja būs vecās skolas sporta laukuma atjaunošana: par 27, pret 2, atturas 2.]]

[[C2|Biedrība vienojas, ka tās ilgtermiņa mērķis ir saglabāt Seci kā dzīvu ciemu ar skolu, veikalu un kopīgām svinībām.]]

**3. jautājums.** Biedre Anna Liepa stāsta, ka Sērenes pagastā senioriem ir laika banka, bet mums tāda nav. Laika bankas ideju Secē pagaidām atliekam.

[[C5.2|Biedrības jaunieši piedāvā Jāņos vadīt spēles bērniem, kamēr senioru klubs "Rudzupuķe" gatavo sieru, un biedri to atbalsta.]]

Protokolēja: M. Bērziņa
"""),
("jaunumi.html", """# Seces saimes jaunumi, pavasaris 2024

[[C5.1|Aprīlī novadpētniece Velta Kārkliņa ar biedrības jauniešiem pierakstīja vecāko Seces iedzīvotāju atmiņas par kolhoza laikiem, un ieraksti tagad glabājas biedrības arhīvā.]]

[[C5.4|Par visiem pasākumiem ziņojam pa e-pastu biedru sarakstam un ar plakātiem veikalā "Elvi", un vecākiem kaimiņiem zvanām pa telefonu.]]

Jaunais elektrības tīkls līdz Ziedu ielai ir izbūvēts, paldies "Sadales tīklam".
"""),
], notes={"C3.2": "time bank in neighbour only, postponed", "C6.3": "no national measure used", "C4.2": "no values/identity statement", "C5.3": "only a company donation (C6.4), no other sector involved"})

S("B06", "Jaunjelgava — biedrība \"Sēlijas pilsētiņa\"", "zip", [
("ricibas_plans.docx", """# Jaunjelgavas kopienas attīstības stratēģija un rīcības plāns

## Ievads

[[C1|Šo stratēģiju kopā rakstījām Jaunjelgavas un Seces pagasta robežas iedzīvotāji, kas sevi sauc par Sēlijas pilsētiņas kopienu.]]

[[C2|Mūsu vīzija 2035. gadam ir Jaunjelgava kā mazpilsēta pie Daugavas, kur cilvēki dzīvo, strādā un noveco cieņpilni, nebraucot prom.]]

## Kas jau paveikts

[[C3.1|Jau 2023. gadā četri vietējie zemnieki izveidoja kooperatīvu "Sēlijas dārzs", kas ar tiešo tirdzniecību piegādā dārzeņus Jaunjelgavas skolai.]]

[[C3.2|Mēs esam ieviesuši laika banku: stunda, ko tu pavadi, pļaujot kaimiņam zāli, tiek ierakstīta kopīgā žurnālā un vēlāk atdota ar citu palīdzību.]]

[[C3.3|Saules paneļi uz kultūras nama jumta darbojas kopš pagājušā rudens un sedz gandrīz pusi no ēkas elektrības patēriņa.]]

[[C4.1|Biedrību vada sešu cilvēku valde, un tajā apzināti iekļāvām divus jauniešus un vienu cilvēku ar invaliditāti.]]

[[C4.2|Mēs apzināmies, ka esam Sēlijas daļa ar savām izloksnēm un koka apbūvi, un mūsu vērtības ir pieticība, kaimiņu izpalīdzība un miers.]]

[[C4.3|Kad 2022. gadā slēdza aptieku, biedrība pati vienojās ar Aizkraukles farmaceitu par zāļu piegādi divreiz nedēļā uz kultūras namu.]]

[[C4.4|Līdzdalības budžetā iedzīvotāji paši izvēlējās, ka 8000 eiro tiks tērēti bērnu laukumam pie Daugavas.]]

[[C5.1 C5.2|Vasaras nometnē vecie koka namdari mācīja jauniešiem atjaunot logu rāmjus pēc vecās tehnoloģijas.]]

[[C5.3|Kooperatīva, Jaunjelgavas vidusskolas, luterāņu draudzes un pašvaldības pārstāvji ir iekļauti biedrības konsultatīvajā padomē.]]

[[C5.4|Informācija kopienā plūst caur mūsu mājaslapu un ikmēneša izdevumu "Jaunjelgavas Vēstis", un pēc Facebook statistikas redzam, ka ierakstus sasniedz ap 1500 cilvēku.]]

## Resursi

[[C6.1|Mūsu resursi ir kultūras nams ar saules paneļiem, kooperatīva noliktava, 40 aktīvi brīvprātīgie un namdaru zināšanas, kas citur Latvijā jau zudušas.]]

[[C6.2|Namdaru zināšanas izmantojam tieši mūsu vīzijai saglabāt mazpilsētu apdzīvotu: viņi apmāca jauniešus, kas pēc tam atjauno vecās mājas un tajās apmetas.]]

[[C6.3|Saules paneļi tika uzstādīti ar LEADER projekta atbalstu, un 2024. gadā piedalījāmies kampaņā "Latvija var!".]]

[[C6.4|Mums ir sadraudzības līgums ar Biržu rajona kopienu Lietuvā, no kurienes pērn ieradās amatnieki rādīt savu pieredzi.]]

## Rīcības plāns 2026–2028

| Rīcība | Termiņš | Atbildīgais |
|---|---|---|
| Izveidot mobilo lietotni pakalpojumu pieteikšanai | 2027. gada jūnijs | valde |
| Atvērt sociālo uzņēmumu – veļas mazgātavu | 2028. gads | kooperatīvs |
"""),
], notes={"C3.1": "cooperative running; plan rows not counted"})

S("B07", "Aiviekste — biedrība \"Aiviekstes laivinieki\"", "zip", [
("vestis.odt", """# Aiviekstes Vēstis Nr. 4

## Kas notiek pie mums

[[C1|Aiviekstes ciema ļaudis jau gadiem satiekas pie upes, un biedrība "Aiviekstes laivinieki" ir izaugusi no šīm tikšanās reizēm.]]

[[C4.1|Biedrībā ir 25 biedri, un katru pavasari viņi no sava vidus ievēl valdi un kasieri.]]

[[C3.1|Šovasar biedrība atklāja laivu nomu ar tiešsaistes rezervāciju un iezīmēja 18 kilometrus garu ūdens tūrisma maršrutu līdz Pļaviņām.]]

[[C6.3|Laivas iegādājāmies ar Sabiedrības integrācijas fonda atbalstu programmā "NVO fonds".]]

Daži kaimiņi jautā, kādēļ biedrība nepiesaista sponsorus. Atbilde ir vienkārša: no sponsoru piedāvājuma atteicāmies, jo vēlamies palikt neatkarīgi.

## Zināšanām

Sociālā inovācija ir jaunas sadarbības formas, kas risina sabiedrības problēmas un uzlabo dzīves kvalitāti.

Pļaviņu novada svētku programma: 10.00 gājiens, 12.00 koncerts, 15.00 laivu sacensības.

[[C2|Mūsu mērķis ir, lai Aiviekste būtu pazīstama kā dzīva upju ciemats, kur vasarā var nopelnīt ar tūrismu.]]
"""),
], notes={"C6.4": "sponsors refused", "C3.2": "only a general definition", "C6.1": "no resources identified"})

S("B08", "Klintaine — biedrība \"Klintaines avoti\"", "zip", [
("pieteikums.html", """# Klintaines kopienas pieteikums

## 1. Kopiena

[[C1 C4.1|Klintaines pagasta iedzīvotāji 2018. gadā dibināja biedrību "Klintaines avoti", un tagad tajā ir 19 biedri un trīs cilvēku valde.]]

## 2. Vīzija

[[C2|Vēlamies, lai pēc desmit gadiem Klintainē būtu atkal atvērta skola un ciemā dzīvotu vairāk bērnu nekā šobrīd.]]

## 3. Inovācijas

Kaimiņu pagastā Vietalvā darbojas kopienas centrs ar optisko internetu, bet pie mums tāda vēl nav.

Mēs esam apsvēruši sociālā uzņēmuma izveidi, taču šo rīcību vēl neesam sākuši.

## 4. Identitāte un pašorganizēšanās

[[C4.2|Klintainē ir vairāk nekā 20 dzidru avotu, tāpēc sevi saucam par avotu ciemu, un avotu kopšana ir mūsu tradīcija.]]

[[C4.3|Katru maiju rīkojam avotu talku, kurā paši iztīram avotus un atjaunojam laipas.]]

[[C5.2|Talkās kopā strādā gan pensionāri, gan pusaudži no Klintaines jauniešu kluba.]]

## 5. Resursi

[[C6.1|Mūsu resursi: 20 avoti un tiem piegulošā pagasta zeme, biedrības trimmeri un laivas, kā arī 3000 eiro uzkrājumi.]]

Biedrības vērtības bilancē ir 4200 eiro.

[[C6.2|Avotus un to apkārtni izmantojam, lai sasniegtu mūsu mērķi piesaistīt ģimenes: rīkojam ģimeņu pārgājienus pa avotu taku.]]
"""),
], notes={"C3.2": "community centre only in neighbouring Vietalva, denied for applicant", "C3.1": "social enterprise not started", "C4.2": "vērtības in money sense not used; identity sentence used"})
