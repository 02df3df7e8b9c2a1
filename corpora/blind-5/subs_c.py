from build import S

S("B17", "Mēmele — biedrība \"Memeles krasti\"", "zip", [
("pieteikums_bez_garumzimem.docx", """# Pieteikums - Memeles krasti

(dokuments rakstits bez garumzimem, jo dators tas nerada)

## 1. Kas mes esam

[[C1 C4.1|Biedriba "Memeles krasti" apvieno Memeles pagasta iedzivotajus, un taja ir 22 biedri un tris valdes locekli.]]

## 2. Merkis

[[C2|Musu merkis ir panakt, lai Memeles pagasta jaunas gimenes var dzivot uz laukiem un stradat attalinati.]]

## 3. Ko esam paveikusi

[[C3.2|Pagasta vecaja ambulance esam iekartojusi kopienas centru, kur ir kopstrades vietas un bernu sturitis.]]

[[C4.3|Pern ar vecas ambulances jumta remontu atrisinajam pasi, saorganizejot talkas un saliekot naudu no biedru maksam.]]

[[C4.4|Par centra darba laiku lemj iedzivotaji sapulce, kas notiek divreiz gada.]]

[[C5.2|Centra kopa sanak jaunas mammas, pensionari un vairaki cilveki ar kustibu traucejumiem.]]

[[C5.4|Par notikumiem zinojam WhatsApp grupa "Memele kopa", kura ir 140 dalibnieku, un uz zinojumu dela pie pagastmajas.]]

Kaiminu Skaistkalne ir optiskais internets, bet mums tada nav.

## 4. Resursi

[[C6.1|Resursi: ambulances eka, 4 datori un printeris, ka ari 12 brivpratigie, kas prot remontdarbus.]]

[[C6.2|Datorus un kopstrades vietas izmantojam tiesi musu merkim, lai jaunas gimenes var stradat attalinati no Memeles.]]

[[C5.3 C6.4|Datorus ziedoja IT uznemums no Rigas, ar kuru sadarbojamies jau otro gadu.]]

Planojam pieteikties ari LEADER projektam nakamgad.
"""),
], notes={"C3.3": "optical internet only in neighbouring Skaistkalne, denied", "C6.3": "LEADER only planned", "C1": "whole submission written without diacritics"})

S("B18", "Kalsnava — biedrība \"Kalsnavas arborētuma kopiena\"", "zip", [
("informativais_biletens.odt", """# Kalsnavas kopienas informatīvais biļetens, 2024. gada jūnijs

## Vārds priekšsēdētājam

[[C1|Esam Kalsnavas pagasta iedzīvotāju biedrība, un mūs vieno arborētums, mežs un dzelzceļa stacijas vēsture.]]

[[C4.2|Mūsu vērtības ir cieņa pret mežu un darba tikums, ko mantojām no Jaunkalsnavas mežziņiem.]]

## Pavasara darbi

[[C4.1 C4.3|Aprīlī 40 biedri kopā ar ģimenēm sakopa vecos staciju ceļus un pašu spēkiem atjaunoja soliņus.]]

[[C5.3|Talkā iesaistījās arī Kalsnavas pamatskola un AS "Latvijas valsts meži" Kalsnavas arborētuma darbinieki.]]

[[C5.1|Mežziņa pēcnācējs Ojārs Līcis pastāstīja skolēniem par 20. gadsimta sākuma mežkopības metodēm.]]

## Ko vēl gribam

Ir iecerēts izveidot arborētuma tūrisma maršrutu ar audiogidu lietotnē.

Vajadzētu iesaistīt arī seniorus, bet pagaidām viņi netiek iesaistīti.

Nākamgad plānojam rīkot iedzīvotāju aptauju par ciema centra labiekārtošanu.

## Reklāma

Kalsnavas kokapstrādes uzņēmums piedāvā: e-veikals, piegāde visā Latvijā, kooperatīva cenas!

Sēklu bibliotēka Kalsnavas bibliotēkā: atnes savas sēklas un paņem citas!
"""),
], notes={"C3.1": "tourism route only intended; e-shop in advert", "C5.2": "seniors denied", "C4.4": "survey only planned", "C2": "intentions are project items, no shared vision stated"})

S("B19", "Ļaudona — biedrība \"Ļaudonas laiks\"", "tgz", [
("kopsapulces_protokols.docx", """# Biedrības "Ļaudonas laiks" kopsapulces protokols

Ļaudonas kultūras namā, 2024. gada 16. novembrī. Piedalās 46 Ļaudonas pagasta iedzīvotāji.

[[C1 C4.4|Kopsapulce ir Ļaudonas iedzīvotāju augstākā lēmējinstitūcija, un šodien tā ar 41 balsi nolēma iesniegt projektu par kopienas dārzu.]]

[[C4.1|Valdes locekle Linda Roze atskaitās par biedrības darbu un piedāvā jaunajiem biedriem pievienoties darba grupām.]]

[[C2|Sapulcē tika apstiprināta kopienas vīzija: Ļaudona 2030. gadā ir zaļš, sakopts ciems ar vietējo pārtiku un aktīviem cilvēkiem.]]

[[C3.2|Roze ziņo, ka pērn sāktā kopienas dārza dobju koplietošana ar elektronisko grafiku darbojas un tajā piedalās 23 ģimenes.]]

[[C6.3|Dārza žogs tika uzcelts ar Aizkraukles rajona partnerības LEADER atbalstu 2023. gadā.]]

Kāds biedrs ierosina pieteikties arī "Latvijas Lauku foruma" konkursam, taču lēmumu atliek.
"""),
("dalibnieku_vestule.html", """# Vēstule dārza dalībniekiem

[[C5.4|Dobju grafiku, laistīšanas dežūras un sēklu apmaiņas dienas publicējam Google kalendārā un izsūtām atgādinājumus e-pastā.]]

[[C5.2|Dārzā blakus strādā vecmāmiņas un vairākas jaunas ģimenes, kas pārcēlušās no Rīgas.]]

Ļaudonas muižā agrāk bija izcila dārzkopības skola, taču tagad tās vairs nav.
"""),
], notes={"C6.3": "LLF contest deferred; LEADER used"})

S("B20", "Barkava — biedrība \"Barkavas stīga\"", "zip", [
("Barkavas_stiga.rawhtml", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Barkavas stīga | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<img src="Lapa_files/logo.png" alt="">
<h1>Barkavas stīga</h1><p>Bezpeļņas organizācija · Barkava</p>
<div class="post"><p>[[C1 C4.1|Biedrība "Barkavas stīga" ir Barkavas pagasta muzikantu un dziedātāju apvienība ar savu valdi un 26 biedriem.]]</p></div>
<div class="post"><p>[[C5.1 C5.2|Ziemā mūsu vecākie kokles spēlētāji bez maksas māca bērniem un pusaudžiem spēlēt latgaliešu melodijas.]]</p></div>
<div class="post"><p>[[C4.2|Barkavai ir sava dziesmu tradīcija un latgaliskais valodas skanējums, un to mēs sargājam kā savu īpašo lietu.]]</p></div>
<div class="post"><p>[[C5.3 C6.4|Paldies Rēzeknes mūzikas vidusskolai, kuras pasniedzēji brīvprātīgi ieradās pie mums vadīt meistarklasi!]]</p></div>
<div class="post"><p>[[C5.4|Par mēģinājumiem ziņojam šajā lapā un mūsu Messenger grupā, un kopš ierakstiem lapā mēģinājumu apmeklējums ir pieaudzis.]]</p></div>
<div class="post"><p>Viedais ciems ir kopiena, kas izmanto inovatīvus risinājumus, lai uzlabotu dzīves kvalitāti.</p></div>
<div class="post"><p>Reklāma: mūzikas instrumentu interneta veikals ar saules paneļiem darbināmu noliktavu!</p></div>
<div class="post"><p>Koncerta programma: 1. daļa – tautasdziesmas, 2. daļa – Barkavas komponistu darbi.</p></div>
</body></html>
"""),
], notes={"C3.3": "solar panels only in advert", "C6.3": "programma is a concert programme"})

S("B21", "Madliena — biedrība \"Madlienas kopiena\"", "zip", [
("attistibas_strategija.docx", """# Madlienas kopienas attīstības stratēģija 2024–2030

## 1. Kopiena

[[C1|Madlienas pagasta ļaudis, kas dzīvo Ogres novada ziemeļos, kopš 2016. gada darbojas kopā biedrībā "Madlienas kopiena".]]

[[C4.1|Biedrībā ir 61 biedrs; valdi ievēl uz diviem gadiem, un tajā ir pārstāvji no katra pagasta ciema.]]

## 2. Vīzija un mērķi

[[C2|Mūsu vīzija ir Madliena kā vieta, kur ir labs internets, sakopti ceļi un kur cilvēki izvēlas palikt, jo te ir kopiena.]]

## 3. Inovācijas

[[C3.1|Mūsu biedri izveidoja kopīgu tirdzniecības punktu un tīmekļa veikalu "Madlienas labumi", kur pārdod 14 mājražotāju preces.]]

[[C3.2|Pie mums darbojas kaimiņu atbalsta tīkls: katrs brīvprātīgais uzņemas rūpes par diviem vientuļiem kaimiņiem.]]

[[C3.3|Kopš 2023. gada pagasta centrā ir publiski pieejams bezmaksas Wi-Fi, un biedrība rīkoja 12 apmācības, kā lietot e-pakalpojumus portālā latvija.gov.lv.]]

## 4. Iedzīvotāji

[[C4.2|Madlienieši lepojas ar savu baznīcu, kas ir viena no vecākajām Vidzemē, un ar Madlienas dziesmu svētku tradīciju.]]

[[C4.3|Kad 2021. gadā tika slēgta pasta nodaļa, biedrība pati izveidoja sūtījumu punktu tirdzniecības vietā.]]

[[C4.4|Stratēģijas prioritātes iedzīvotāji noteica darbnīcās un aptaujā, kurā piedalījās 214 cilvēki, un stratēģija balstīta tieši uz tās rezultātiem.]]

## 5. Atvērtība un mijiedarbība

[[C5.1|Madlienas novadpētniecības kopa glabā un digitalizē pagasta fotogrāfijas, un vecākās paaudzes stāstus jaunieši ieraksta podkāstā.]]

[[C5.2|Mūsu pasākumi apzināti veidoti tā, lai tajos piedalās gan seniori, gan jaunieši, gan jaunās ģimenes ar maziem bērniem.]]

[[C5.3|Madlienas vidusskola, Madlienas evaņģēliski luteriskā draudze un vietējie uzņēmēji ir mūsu stratēģijas līdzautori.]]

[[C5.4|Iekšējā informācija plūst caur biedru e-pasta sarakstu un WhatsApp grupu, bet ārējai komunikācijai izmantojam Facebook lapu un "Ogres Vēstis", un katru gadu saskaitām sasniegto cilvēku skaitu.]]

## 6. Resursi un atdeve

[[C6.1|Apzinātie resursi: tautas nams un baznīcas dārzs (teritoriālie), biedrības busiņš (tehniskais), biedru maksas un ziedojumi (finanšu), 35 brīvprātīgie (cilvēkresursi).]]

[[C6.2|Biedrības busiņu izmantojam mūsu mērķim noturēt cilvēkus pagastā: ar to vedam seniorus pie ārsta un jauniešus uz pulciņiem Ogrē.]]

[[C6.3|Busiņš iegādāts ar ELFLA LEADER atbalstu, un Wi-Fi ierīkots programmā "WiFi4EU".]]

[[C6.4|Mūsu sadarbības partneri ir biedrība "Latvijas Lauku forums" un Zviedrijas ciems Eksjē pašvaldībā, no kura pārņēmām kaimiņu atbalsta tīkla ideju.]]
"""),
("pielikums_plans.odt", """# Rīcības plāns

| Nr. | Rīcība | Laiks |
|---|---|---|
| 1 | Uzstādīt saules paneļus tautas namam | 2027 |
| 2 | Izveidot laika banku | 2028 |
| 3 | Atvērt kopstrādes telpu | 2029 |
"""),
], notes={})

S("B22", "Sausnēja — biedrība \"Sausnējas nākotne\"", "zip", [
("veidlapa.odt", """# Viedā ciema pazīmju veidlapa

LEADER. Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos.

## C1 Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai

Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai.

## C2 Kopīgi mērķi un nākotnes vīzija

—

## C3 Inovatīvu risinājumu ieviešana

Vēl tiek izstrādāti.

## C4 Iedzīvotāju kopa

Nav apkopoti.

## C5 Atvērtība un mijiedarbība

Skatīt pielikumā.

## C6 Resursi un atdeve

Resursi un atdeve ir apzināti, punkti: 3.

Pielikumi: nav.
"""),
], notes={"C1": "criterion wording copied; all sections are form text, non-answers or boilerplate"})

S("B23", "Ērgļi — biedrība \"Ērgļu saiets\"", "zip", [
("atbalsta_vestule.docx", """# Atbalsta vēstule

Ērgļu novada pašvaldības kultūras nodaļa ar šo apliecina atbalstu biedrībai "Ērgļu saiets".

[[C1|Biedrība apvieno Ērgļu ciema iedzīvotājus, kas dzīvo netālu no Rūdolfa Blaumaņa memoriālā muzeja "Braki".]]

[[C5.3|Kopš 2021. gada biedrība kopā ar muzeju un Ērgļu vidusskolu rīko ikgadējos Blaumaņa lasījumus.]]

[[C5.1|Lasījumos skolēni iestudē Blaumaņa lugu fragmentus, un vietējie aktieri amatieri viņiem palīdz apgūt izloksni.]]

Rīgas laikraksts nesen rakstīja, ka "Rīgā kopienas centri kļūst par jauniešu otrajām mājām", un mēs ceram uz ko līdzīgu arī Ērgļos.
"""),
("pieteikums_isais.html", """# Īsais pieteikums

## Mērķis

[[C2|Gribam, lai Ērgļi kļūst par ciemu, kur Blaumaņa mantojums ir dzīvs un dod darbu jauniešiem vasarās.]]

## Kopiena

[[C4.1|Biedrībā ir 15 biedri, valdi vada skolotāja Gunta Strautiņa.]]

[[C4.4|Lasījumu tēmu katru gadu izvēlas ciema iedzīvotāji kopsapulcē.]]

## Resursi

[[C6.1|Mūsu resursi ir muzeja telpas, ko tas mums dod lietošanā, vietējie aktieri amatieri un biedrības skaņas aparatūra.]]

[[C6.3|Blaumaņa lasījumus 2023. gadā atbalstīja Valsts kultūrkapitāla fonds.]]

Informācijas apritei izmantojam sociālos tīklus — vairāk skatīt pielikumā.

Mūsu identitāte: vēl nav noformulēta.
"""),
], notes={"C3.2": "community centres only in Riga quote", "C5.4": "non-answer with missing annex", "C4.2": "denied/non-answer", "C6.2": "resources not tied to goal"})

S("B24", "Drusti — biedrība \"Drustu ozolkalns\"", "zip", [
("ricibu_plans.docx", """# Drustu kopienas rīcības plāns

## Situācija

[[C1 C4.1|Drustu pagasta ļaudis kopš 2019. gada darbojas biedrībā "Drustu ozolkalns", kas rūpējas par ciema centru.]]

[[C2|Mūsu kopīgais mērķis ir, lai Drusti būtu ciems, kurā bērni var droši doties uz skolu un seniori nejūtas vientuļi.]]

[[C4.3|Kad rudenī pie skolas izdega ielu apgaismojums, biedri paši uzstādīja pagaidu gaismekļus un vienojās ar pagastu par remontu.]]

[[C4.2|Drustu lepnums ir Ozolkalns, kur pulcējamies Jāņos, un šī tradīcija mūs vieno vairāk nekā jebkas cits.]]

[[C3.3|Pagājušajā ziemā biedrība ieviesa mobilo lietotni, kurā iedzīvotāji ziņo par bedrēm un nenotīrītiem ceļiem, un to jau lieto 90 cilvēki.]]

[[C5.3 C6.4|Lietotni mums izstrādāja Rīgas Tehniskās universitātes studenti kopā ar pagasta pārvaldi, un Cēsu uzņēmums "Kods" to uztur bez maksas.]]

## Plāns

| Rīcība | Termiņš | Statuss |
|---|---|---|
| Ievest optisko internetu skolā | 2027. gada marts | nav sākts |
| Izveidot Drustu zīmolu mājražotājiem | 2027. gada septembris | nav sākts |
| Rīkot iedzīvotāju balsojumu par parka ieceri | 2026. gada decembris | nav sākts |
| Izveidot senioru un jauniešu klubu | 2028. gads | nav sākts |

Iedzīvotāju sapulce par plānu vēl nav notikusi.

Mums vajadzētu pieteikties arī LEADER programmai, taču neesam piedalījušies.
"""),
], notes={"C4.4": "vote only in plan; assembly not held", "C3.1": "brand only planned", "C6.3": "denied"})
