S = {}
S["B17"] = dict(name="Koknese — biedrība \"Kokneses kopienas fonds\"", fmt="zip", notes={}, files=[
("pieteikums.odt", "odt", """# LEADER pieteikuma veidlapa

## 1. Pretendents un teritorija

{{C1::Kokneses kopienas fonds ir Kokneses ciema un pagasta iedzīvotāju veidota organizācija, kas strādā tieši šīs vietas labā.}}

## 2. Vīzija

{{C2::Līdz 2032. gadam redzam Koknesi kā ciemu, kurā ikviens jūtas piederīgs un var iegūt pakalpojumus tepat, nebraucot uz pilsētu.}}

## 3. Inovācijas dzīves jomās

{{C3.1::Kopā ar vietējiem uzņēmējiem izveidojām teritorijas mārketinga kampaņu "Koknese — Daugavas sirds", un tūristu skaits pilsdrupās pieauga par trešdaļu.}}
{{C3.2::Fonds ievieš jaunu pārvaldības modeli: par mazajiem grantiem lemj iedzīvotāju padome, kurā vietas izlozē.}}
{{C3.3::Kokneses ciemā kopš 2025. gada darbojas mobilā lietotne, kurā iedzīvotāji ziņo par bedrēm un bojātām laternām.}}

## 4. Iedzīvotāju kopa

{{C4.1::Fondā darbojas valde, padome un četras darba grupas, kurās iesaistās vairāk nekā simts brīvprātīgo.}}
{{C4.2::Koknesi vieno atmiņa par senajiem Kokneses pilskalniem un Likteņdārzs, un šīs vērtības mēs apzināti kopjam.}}
{{C4.3::Lai novērstu strīdus par naudas sadali, paši izstrādājām skaidrus noteikumus, un kopš tā laika konfliktu nav bijis.}}
{{C4.4::Ik pavasari iedzīvotāji tiešsaistē balso par idejām, un uzvarējušās tiek īstenotas tajā pašā gadā.}}

## 5. Mijiedarbība

{{C5.1::Kokneses amatnieku biedrība skolēniem māca kalšanu un koka apstrādi, lai prasmes pārmantotu nākamā paaudze.}}
{{C5.2::Mazo grantu konkursā atsevišķa kvota ir jauniešu un senioru kopīgām idejām.}}
{{C5.3::Mūsu partneri ir Kokneses pašvaldība, Kokneses internātvidusskola, bibliotēka un vairāki vietējie uzņēmumi.}}
{{C5.4::Iekšējā informācija plūst caur darba grupu vadītājiem un ikmēneša e-pasta vēstuli, bet uz āru runājam ar Facebook, Instagram un vietējo laikrakstu, un gada beigās izvērtējam, kurš kanāls atnes visvairāk dalībnieku.}}
"""),
("resursi.docx", "docx", """# Resursu tabula

| Resurss | Veids | Mērķis |
|---|---|---|
| {{C6.1::Fonda kapitāls 18 000 eiro no vietējo ziedojumiem}} | Finanšu | {{C6.2::Fonda kapitālu izmantojam mazajiem grantiem, kas tieši kalpo mūsu vīzijai par pakalpojumiem tepat Koknesē.}} |
| {{C6.1::Likteņdārza teritorija un Daugavas krasts}} | Unikālie, teritoriālie | Tūrismam |
| {{C6.1::Brīvprātīgo pulks ar juristiem, grāmatvedi un programmētāju}} | Cilvēkresursi, zināšanas | Lietotnes uzturēšanai |
"""),
("vestule.html", "html", """# Atbalsta vēstule

Mēs, Kokneses novada uzņēmēju biedrība, atbalstām pieteikumu.

{{C6.3::Kopienas fonds jau divas reizes ir saņēmis Aizkraukles rajona partnerības LEADER finansējumu un piedalījies valsts kampaņā "Apkaimju gads".}}
{{C6.4::Fondam ir partnerība ar Zviedrijas ciemu kopienu fondu tīklu, no kura tas saņem gan konsultācijas, gan līdzfinansējumu.}}

Ar cieņu, valdes priekšsēdētājs.
"""),
])

S["B18"] = dict(name="Sērene — Sērenes kultūras nams", fmt="zip", notes={"C3.2":"traditional culture house","C4.1":"institution-run, no residents' body","C4.4":"director decides"}, files=[
("avize.docx", "docx", """# Sērenes Vēstis

{{C1::Sērenes pagasta ļaudis kultūras namu uzskata par savu, un tas ir mūsu kopienas sirds.}}

Sērenes kultūras nams darbojas kopš 1958. gada un rīko deju kolektīva mēģinājumus.

Kultūras nama darbu plāno direktore, iedzīvotāji programmu neietekmē.

{{C5.1::Deju kolektīvā "Sērenīte" vecākā paaudze jaunajiem dejotājiem nodod senās Sēlijas dejas.}}
{{C5.2::Kolektīvā kopā dejo skolēni, viņu vecāki un divi vectēvi.}}

Reklāma: Frizētava "Sērene" — jauns pakalpojums, matu krāsošana ar atlaidi!

Rīgā atklāta jauna kopienas māja, raksta laikraksts "Diena".

{{C6.3::Ar Valsts kultūrkapitāla fonda atbalstu kolektīvs pagājušajā gadā iegādājās jaunus tautastērpus.}}
"""),
])

S["B19"] = dict(name="Rite — Rites ciema iniciatīvas grupa", fmt="zip", notes={"C5.4":"channels only planned","C6.4":"partners only sought","C3.3":"sensors in the sense of wish"}, files=[
("minutes.odt", "odt", """# Rites ciema sapulces protokols

Rite, 2025. gada 20. septembrī. Piedalās 23 iedzīvotāji.

{{C1,C4.1::Rites ciema iedzīvotāju iniciatīvas grupa sanāca, lai kopīgi apspriestu ciema vajadzības, grupā ir koordinatore un sekretārs.}}
{{C4.4::Sapulcē balsojot tika nolemts, ka vispirms sakārtosim bērnu laukumu, jo tā gribēja vairākums.}}
{{C2::Kopīgi vienojāmies, ka mūsu mērķis ir droša vide bērniem un vecākiem cilvēkiem Ritē.}}

Vajadzētu izveidot ciema Facebook lapu, lai visi uzzinātu jaunumus.

Meklēsim sadarbības partnerus Lietuvā, bet līdz šim tādu nav.

Vēlētos gudros sensorus ielu apgaismojumam.

{{C4.3::Iniciatīvas grupa pati izremontēja šūpoles un nokrāsoja sētu bērnu laukumā.}}
{{C5.3::Remontam krāsu iedeva Rites pagasta pārvalde, bet skrūves un dēļus — kokapstrādes uzņēmums "Ritenis".}}
"""),
])

S["B20"] = dict(name="Valle — Valles pagasta jauniešu biedrība \"ValleJauns\"", fmt="zip", notes={"C6.2":"resource not tied to goal","C3.1":"e-shop in another village"}, files=[
("Lapa.html", "fb", """# ValleJauns | Facebook

{{C1,C4.1::ValleJauns ir Valles pagasta jauniešu biedrība ar 19 biedriem un ievēlētu valdi, un mēs runājam Valles jauniešu vārdā.}}
{{C2::Mēs redzam Valli kā vietu, kur jauni cilvēki grib palikt un veidot savas ģimenes.}}
{{C3.3::Esam iekārtojuši e-sporta un programmēšanas istabu, kur vecākie jaunieši māca jaunākajiem veidot mājaslapas.}}

Seces jauniešiem ir savs e-veikals ar suvenīriem, mums tāda nav.

{{C5.4::Visu saziņu veicam Discord serverī un Instagram, kur mums ir 540 sekotāju.}}
{{C6.1::Mūsu resursi ir trīs datori, projektors un pagasta iedota telpa ar 40 kvadrātmetriem.}}
{{C6.3::Piedalījāmies Jaunatnes starptautisko programmu aģentūras projektā un pabijām jauniešu apmaiņā.}}
{{C6.4::Jauniešu apmaiņā iepazinām draugus no Polijas, kas mums uzdāvināja divus datorus.}}

Mūsu tīkls — Wi-Fi "Valle_free" — strādā katru dienu.
"""),
])

S["B21"] = dict(name="Bebri — biedrība \"Bebru pagasta kopiena\"", fmt="zip", notes={}, files=[
("pieteikums.docx", "docx", """# Viedā ciema pieteikums: Bebru pagasts

## 1. Kopiena

{{C1::Bebru pagasta kopienu veido Vecbebru, Juģu un Bebru ciemu iedzīvotāji, kurus vieno kopīga skola un tehnikuma vēsture.}}
{{C4.1::Biedrībā "Bebru pagasta kopiena" ir 84 biedri, un valdē ir pārstāvis no katra ciema.}}

## 2. Vīzija

{{C2::Mūsu vīzija: 2030. gadā Bebri ir zaļš un gudrs pagasts, kur cilvēki strādā, mācās un atpūšas tepat.}}

## 3. Risinājumi

{{C3.1::Kooperatīvs "Bebru dārzi" apvieno divpadsmit mazos dārzeņu audzētājus, kas kopīgi piegādā produkciju skolām.}}
{{C3.2::Bijušajā tehnikuma kopmītnē izveidojām kopienas māju, ko pārvalda paši iedzīvotāji pēc rotācijas principa.}}
{{C3.3::Kopienas mājā ir uzstādīti saules paneļi un viedie skaitītāji, un iedzīvotāji apmācīti tos pārraudzīt lietotnē.}}

## 4. Identitāte un darbība

{{C4.2::Mēs lepojamies ar Bebru tehnikuma zinātnieku un dārznieku mantojumu, tas mūs padara īpašus.}}
{{C4.3::Kad skolu gribēja slēgt, kopiena pati savāca parakstus, izstrādāja priekšlikumu un panāca, ka skola paliek.}}
{{C4.4::Ar iedzīvotāju aptauju, kurā piedalījās 212 cilvēki, izvēlējāmies kopienas mājas pakalpojumus, un tie tika ieviesti tieši tādi.}}

## 5. Atvērtība

{{C5.1::Tehnikuma bijušie pasniedzēji vada dārzkopības kursus un dalās ar augu selekcijas pieredzi.}}
{{C5.2::Kopienas mājā rīta kafijā satiekas seniori, jaunās māmiņas un pie mums apmetušās ukraiņu ģimenes.}}
{{C5.3::Mēs kopā strādājam ar Bebru pamatskolu, pagasta pārvaldi, bibliotēku un zemnieku saimniecībām.}}
{{C5.4::Ziņas nonāk līdz iedzīvotājiem caur ciema vēstnešiem, ziņojumu dēļiem trijos ciemos un Facebook grupu, un ar aptauju noskaidrojām, ka dēļi sasniedz visvairāk senioru.}}

## 6. Resursi un atdeve

{{C6.1::Mūsu resursi ir kopienas māja, tehnikuma augļu dārzs, kooperatīva aukstuma kamera un cilvēki ar agronomu izglītību.}}
{{C6.2::Tehnikuma augļu dārzs tiek izmantots kooperatīva darbā, lai nodrošinātu vietējiem darbu, kā paredz mūsu vīzija.}}
{{C6.3::Kopienas mājas remonts notika ar LEADER atbalstu, bet kooperatīvs piedalās Zemkopības ministrijas programmā "Skolas auglis".}}
{{C6.4::Latvijas Universitātes studenti un sadraudzības ciems Somijā mums palīdz ar zināšanām un aprīkojumu.}}

Eiropas Lauksaimniecības fonds lauku attīstībai. Eiropa investē lauku apvidos.
"""),
])

S["B22"] = dict(name="Iršu pagasts — Iršu ciemata iedzīvotāju grupa", fmt="zip", notes={"C2":"copied criterion text","C3.2":"community centre only wished","C4.4":"survey changed nothing"}, files=[
("pasvertejums.odt", "odt", """# Pašnovērtējums

| Pazīme | Atbilde |
|---|---|
| Kopīgi mērķi un nākotnes vīzija | Kopīgi mērķi un nākotnes vīzija, kas vērsta uz kopīgu dzīves kvalitāti. |
| Sociālā inovācija | Būtu labi, ja Iršos būtu kopienas centrs. |
| Lēmumi no apakšas uz augšu | Aptauju veicām, bet pēc tās nekas nemainījās. |
| Resursi | Skatīt pielikumā. |

{{C1::Mēs esam Iršu ciemata iedzīvotāji, un pieteikumu rakstām savas apkaimes vārdā.}}

Mūsu mērķi šovasar bija Cēsis un Sigulda.
"""),
])

S["B23"] = dict(name="Sausnēja — Sausnējas luterāņu draudze", fmt="zip", notes={"C3.1":"none","C6.3":"programme in event sense"}, files=[
("draudzes_zinas.docx", "docx", """# Draudzes ziņas

{{C1::Mūsu draudze ir Sausnējas ciema kopiena, kas svētdienās pulcē cilvēkus no visas apkārtnes.}}
{{C4.1::Draudzes padomē ir septiņi ievēlēti locekļi, un darbu dala mācītājs kopā ar padomi.}}
{{C4.4::Par baznīcas torņa remonta secību draudzes locekļi nobalsoja draudzes sapulcē.}}
{{C5.2::Svētdienas skolā kopā nāk bērni no luterāņu un pareizticīgo ģimenēm.}}
{{C3.2::Draudzes namā sākām kopīgu zupas virtuvi, kur vientuļie kaimiņi paši gatavo un dalās ar citiem.}}

Ziemassvētku koncerta programma: ērģeļu mūzika un kora dziesmas.

{{C2::Mūsu cerība ir, lai baznīca paliktu atvērta un nākamās paaudzes šeit justos mājās.}}
{{C6.4::Torņa remontam ziedojumus atsūtīja partnerdraudze no Vācijas, Bīlefeldes.}}
"""),
("kalendars.html", "html", """# Draudzes kalendārs

| Datums | Pasākums |
|---|---|
| 2027. gada 5. janvāris | Plānots kopīgs brauciens uz Rīgu |
| 2027. gada 12. februāris | Iecerēta ērģeļu koncertu programma |

{{C5.4::Par dievkalpojumiem un talkām paziņojam draudzes WhatsApp grupā un uz baznīcas ziņojumu dēļa.}}
"""),
])

S["B24"] = dict(name="Jaunjelgava — biedrība \"Sēlijas sēta\"", fmt="tar.gz", notes={"C6.2":"needs C6.1+goal; resource tied to event only"}, files=[
("pieteikums.docx", "docx", """# Pieteikums

## 1. Par mums

{{C1::Biedrība "Sēlijas sēta" apvieno Jaunjelgavas un tās lauku teritorijas iedzīvotājus, kam svarīga sēliskā identitāte.}}
{{C4.1::Biedrībai ir valde ar trim locekļiem un 31 biedrs, un jaunos biedrus uzņemam ar kopsapulces lēmumu.}}
{{C4.2::Esam sēļi, un mūsu unikālais ir sēļu izloksne, ko vēl runā vecākie jaunjelgavieši.}}

## 2. Ko darām

{{C5.1::Rīkojam sēļu valodas vakarus, kur vecākie runātāji māca izloksni bērniem.}}
{{C3.2::Esam izveidojuši jaunu sadarbības formu ar pilsētas domi: reizi ceturksnī notiek iedzīvotāju un deputātu "sētas saruna", kurā kopā risinām problēmas.}}
{{C5.3::Sarunās piedalās domes deputāti, Jaunjelgavas vidusskola un vietējie uzņēmēji.}}

Sēlijas sēta nav saistīta ar Sēlijas sētas viesu namu Skolas ielā, kas piedāvā numurus no 40 eiro.

{{C6.1::Mums ir sēļu izloksnes ierakstu arhīvs ar vairāk nekā simt stundām ierakstu.}}
Ierakstu arhīvu izmantojam Jāņu vakarā.
{{C6.3::Arhīvu digitalizējām ar Valsts kultūrkapitāla fonda mērķprogrammas atbalstu.}}

Tehnoloģiskie risinājumi vēl netiek izmantoti.
"""),
])
