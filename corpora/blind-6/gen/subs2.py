S = {}
S["B09"] = dict(name="Kalsnava — biedriba \"Kalsnavas Sirds\" (bez diakritikas)", arch="zip", files=[
("sapulces_protokols.docx", """# Biedribas "Kalsnavas Sirds" iedzivotaju sapulces protokols

Kalsnava, 2026. gada 9. februari.

⟦C1,C4.1§Biedriba "Kalsnavas Sirds" ir Kalsnavas pagasta iedzivotaju kopiena, kura ir 31 biedrs un tris cilveku valde.⟧

⟦C4.4§Sapulce piedalijas 54 iedzivotaji, un ar balsojumu tika pienemts lemums atjaunot vecas aptiekas eku par kopienas telpu.⟧ ⟦C2§Musu merkis ir, lai Kalsnava nekad nepaliktu bez vietas, kur cilveki var satikties, un nakotne redzam ciemu ar dzivu centru.⟧

⟦C4.3§Pagajusaja rudeni ar talku pasi nomainijam aptiekas jumtu, materialus sanesa katrs, ko varejam.⟧

⟦C5.2§Talka stradaja gan pensionari, gan skolnieki, gan divi vietejie krievu tautibas kaiminu vecaki ar saviem deliem.⟧

Jautajums par e-pakalpojumiem: Nav apkopots.

Varetu ierikot koplietosanas datoru, bet tas vel nav izlemts.
"""),
("avizite.odt", """# Kalsnavas Sirds vestis, 2026. gada pavasaris

⟦C5.4§Jaunumus biedri sanem WhatsApp grupa, bet tiem, kam nav telefona, vestis nones pastniece.⟧ ⟦C4.2§Kalsnaviesi lepojas ar arboretumu un ar savu dziedoso tradiciju — Kalsnavas dziesmu svetki notiek jau 60 gadus.⟧

⟦C6.3§Jumta materialus daleji apmaksajam no novada pasvaldibas iedzivotaju iniciativu projektu konkursa.⟧

Kaiminu Jaunkalsnava pie dzelzcela stacijas ir viedais punkts ar saules paneliem, bet mums tada nav.
"""),
], notes={"C3.3":"solar panels only at neighbouring place, denied for applicant over contrast; shared computer only conditional","C6.1":"no resources listed"})

S["B10"] = dict(name="Zalve — Zalves iedzīvotāju grupa", arch="zip", files=[
("atbildes.docx", """# Atbildes uz partnerības anketu

## 1. Kas jūs esat?

⟦C1§Mēs esam Zalves ciema un pagasta iedzīvotāju grupa, apmēram divdesmit ģimenes, kuras vieno rūpes par Zalves ezeru un veco muižas parku.⟧

## 2. Vai jums ir organizēta struktūra?

Biedrību reģistrēt neesam paspējuši, un valdes mums nav.

## 3. Vai iedzīvotāji piedalās lēmumos?

Pagasta pārvalde lēma par parka apgaismojumu, iedzīvotāji netika iesaistīti.

## 4. Inovācijas

Kopstrādes telpu iekārtojām 2022. gadā, bet no tās atteicāmies, jo neviens to neizmantoja. E-veikala mums nav. Saules paneļu projekts netika īstenots.

## 5. Sadarbība

Neesam piedalījušies nevienā LEADER projektā. Sponsoru mums nav, un ziedojumus nesaņemam.

## 6. Mantojums

⟦C5.1§Zalves luterāņu baznīcas vēsturi vecākie iedzīvotāji katru vasaru izstāsta bērniem ekskursijā pa baznīcu un kapiem.⟧ ⟦C4.2§Mums ir svarīgs tas, ka Zalve ir viens no vecākajiem Sēlijas ciemiem, un to mēs uzskatām par savu identitāti.⟧

## 7. Vīzija

⟦C2§Gribam, lai pēc desmit gadiem Zalves ezera krasts būtu sakopts un pieejams visiem, arī ratiņkrēslu lietotājiem.⟧

## 8. Resursi

Resursi vēl nav apzināti.
"""),
], notes={"C3.2":"co-working space refused/abandoned","C4.1":"association and board denied","C4.4":"residents not involved","C6.3":"denied","C6.4":"denied","C6.1":"denied"})

S["B11"] = dict(name="Skrīveri — biedrība \"Skrīveru Pilnība\"", arch="zip", files=[
("leader_forma.docx", """# Vietējās attīstības stratēģijas projekta iesniegums

LEADER | Eiropa investē lauku apvidos | Aizkraukles rajona partnerība

## 1. Projekta iesniedzējs

⟦C1§Biedrība "Skrīveru Pilnība" pārstāv Skrīveru ciema un pagasta iedzīvotājus, kurus vieno kopīga dzīve starp Daugavu un Rīgas–Daugavpils šoseju.⟧ ⟦C4.1§Biedrībā ir 72 biedri, valde ar septiņiem locekļiem un revīzijas komisija, un ikviens skrīverietis var pievienoties darba grupām.⟧

## 2. Esošā situācija un mērķis

⟦C2§Mūsu kopīgā vīzija 2035. gadam ir Skrīveri kā ciems, kurā var dzīvot bez auto, jo pakalpojumi, darbs un dārzi ir sasniedzami ar kājām vai velosipēdu.⟧

## 3. Īstenotie jauninājumi

| Joma | Ko esam ieviesuši |
|---|---|
| Uzņēmējdarbība | ⟦C3.1§Skrīveru "Gotiņas" konfekšu tradīciju iekļāvām ciema zīmolā, un vietējie mājražotāji kopīgi tirgojas piektdienu tirdziņā ar vienotu iepakojumu.⟧ |
| Sociālā joma | ⟦C3.2§Kopš 2023. gada darbojas kopienas pārvaldības modelis: katrai ielai ir savs pārstāvis, kas reizi ceturksnī tiekas ar biedrības valdi.⟧ |
| Tehnoloģijas | ⟦C3.3§Iedzīvotāji lieto mobilo lietotni "Skrīveri Tuvāk", kurā piesaka bojājumus un redz autobusu kustību reālajā laikā.⟧ |

## 4. Resursi un to izmantošana

⟦C6.1§Mūsu resursi ir Skrīveru dendroloģiskais parks, biedrības zāle ar 60 vietām, divi pārvietojami ekrāni, biedru zināšanas dārzkopībā un 30 regulāri brīvprātīgie.⟧ ⟦C6.2§Dendroloģisko parku un dārzkopju zināšanas izmantojam kopienas dārziem, kas tieši kalpo mūsu mērķim par ciemu, kurā dārzs ir tuvu katram.⟧
"""),
("kopsapulce.odt", """# Skrīveru iedzīvotāju kopsapulce

⟦C4.4§Līdzdalības budžeta balsojumā piedalījās 412 skrīverieši, un viņu izvēlētais velo celiņš uz staciju jau ir izbūvēts.⟧ ⟦C4.3§Kad plūdi 2024. gada pavasarī applūdināja Daugavas ielu, biedrības brīvprātīgie paši izveidoja dežūras un smilšu maisu krātuvi.⟧

⟦C4.2§Skrīverieši sevi uzskata par dārznieku ciemu, un šī dārzkopības tradīcija ir tas, kas mūs atšķir no citiem.⟧ ⟦C5.1§Dārzkopības meistarklasēs pieredzējušie dārznieki nodod jaunajiem zināšanas par vecajām ābeļu šķirnēm.⟧ ⟦C5.2§Kopienas dārzos strādā gan seniori, gan jaunās ģimenes, gan Skrīveru sociālās aprūpes centra iemītnieki.⟧

⟦C5.3§Kopā ar mums darbojas Skrīveru vidusskola, novada pašvaldība, dendroloģiskais parks un uzņēmums "Skrīveru saldumi".⟧ ⟦C5.4§Informācija iet pa trim kanāliem: ielu pārstāvji nodod ziņas kaimiņiem, lietotnē parādās paziņojumi, un avīze "Skrīveru Vēstis" nonāk katrā pastkastītē.⟧

⟦C6.3§Lietotnes izstrādi atbalstīja LEADER programma, bet velo celiņu — novada līdzdalības budžets.⟧ ⟦C6.4§Mēs esam Latvijas Lauku foruma biedri, un mūsu partneri Lietuvas ciemā Anykščiai dalījās pieredzē par kopienas dārziem.⟧
"""),
])

S["B12"] = dict(name="Pilskalne — viena iedzīvotāja ideja", arch="zip", files=[
("ideja.html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Ideja Pilskalnei</title></head><body>
<h1>Mana ideja Pilskalnei</h1>
<p>Esmu Andris, dzīvoju Pilskalnes pagastā pie Neretas un šo iesniegumu rakstu viens, bez biedrības vai grupas.</p>
<p>Viedais ciems ir vieta, kur iedzīvotāji kopīgi ievieš digitālus risinājumus un sadarbojas ar pašvaldību.</p>
<p>Manuprāt, Pilskalnē būtu jāuzliek viedie sensori pie upes, lai brīdinātu par plūdiem. Varētu arī izveidot mobilo lietotni.</p>
<p>Kaimiņos Neretā ir aktīva biedrība un iedzīvotāju sapulces, bet pie mums tādu nav.</p>
<p>Resursi: —</p>
<p>Partneri: Skatīt pielikumā.</p>
</body></html>"""),
], notes={"C1":"single resident speaking for himself","C3.3":"sensors/app only wished","C4.1":"association only in Nereta, denied for applicant","C4.4":"assemblies only in Nereta"})

S["B13"] = dict(name="Sērene — biedrība \"Sērenes Lauku Ļaudis\"", arch="zip", files=[
("pieteikums.docx", """# Pieteikums "Sērene kopā"

## 1. Iesniedzējs

⟦C1,C4.1§Biedrība "Sērenes Lauku Ļaudis" ir Sērenes pagasta iedzīvotāju apvienība ar 28 biedriem, un tās vadībā ir priekšsēdētājs un divi valdes locekļi.⟧

## 2. Salīdzinājums ar kaimiņiem

Kokneses apvienībā ir laika banka, bet mums tādas nav. Jaunjelgavā darbojas e-veikals vietējiem produktiem, kamēr Sērenē neviens tādu nav izveidojis. Aizkrauklē pilsētas dome rīko līdzdalības budžetu, bet Sērenes iedzīvotājiem šādas iespējas nav bijis.

## 3. Mūsu pašu pieredze

⟦C4.3§Kad pagastā aizvēra ambulanci, biedrība pati vienojās ar ārstu no Aizkraukles, ka viņš reizi nedēļā pieņem pacientus biedrības telpās.⟧ ⟦C5.2§Uz pieņemšanām senioriem palīdz nokļūt jaunieši, kas vada biedrības auto.⟧ ⟦C6.4§Ārsts pie mums strādā bez atlīdzības, un telpu remontam ziedoja Aizkraukles Rotari klubs.⟧

⟦C2§Mēs vēlamies, lai Sērenē arī nākotnē veci cilvēki varētu novecot savās mājās, nevis pārceltos uz pilsētu.⟧

⟦C5.4§Par ārsta pieņemšanām ziņojam biedrības Facebook grupā un ar lapiņām veikalā, un reizi gadā pārbaudām, cik cilvēku par to uzzinājuši.⟧
"""),
], notes={"C3.1":"e-shop only in Jaunjelgava, denied for Sērene","C3.2":"time bank only in Koknese, denied","C4.4":"participatory budget only in Aizkraukle, denied"})

S["B14"] = dict(name="Mazozoli — biedrība \"Mazozolu Saime\"", arch="tar.gz", files=[
("avize.html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Mazozolu Saimes ziņas</title></head><body>
<h1>Mazozolu Saimes ziņas Nr. 7</h1>
<p>Laikraksts "Diena" rakstīja: "Rīgā kopstrādes telpas kļūst par jaunu sociālo inovāciju, un iedzīvotāji paši pārvalda savus pagalmus."</p>
<p>Ogres novada mērs intervijā teica, ka viņu ciemos visur ir optiskais internets un digitālo prasmju kursi.</p>
<p>REKLĀMA: Kooperatīvs "Ogres Medus" aicina iegādāties medu e-veikalā! Tiešā tirdzniecība katru sestdienu tirgū.</p>
<p>⟦C1§Mēs, Mazozolu pagasta ļaudis, dzīvojam starp Ogres upi un mežiem, un mūsu biedrība "Mazozolu Saime" pulcē šīs puses cilvēkus.⟧ ⟦C4.1§Biedrībā ir 19 biedri, kuri kopā ar valdi reizi mēnesī tiekas pagasta namā.⟧</p>
<p>⟦C5.1§Novembrī pagasta namā notika aušanas meistarklase, kurā vecā audēja Velta rādīja, kā uz stellēm aust Mazozolu jostu.⟧</p>
<p>Valdes loceklis Pēteris sacīja: "Būtu labi, ja arī mums būtu laika banka."</p>
<p>⟦C4.2§Mazozolu jostas raksts ir tikai mūsu pagastam raksturīgs, un to mēs uzskatām par savu lepnumu.⟧</p>
</body></html>"""),
("vestule_atbalstam.odt", """# Atbalsta vēstule

Ogres novada pašvaldība atbalsta biedrības "Mazozolu Saime" pieteikumu.

⟦C5.3§Biedrības aušanas nodarbības notiek sadarbībā ar Mazozolu bibliotēku un Madlienas vidusskolu, un pašvaldība apmaksā stellu pārvešanu.⟧ ⟦C6.3§Biedrība 2025. gadā īstenoja Valsts kultūrkapitāla fonda atbalstītu projektu par jostu rakstiem.⟧

Ar cieņu, pašvaldības izpilddirektors.
"""),
], notes={"C3.2":"co-working only in quote about Riga; time bank only wished in reported speech","C3.3":"only reported speech about Ogre county","C3.1":"advert of another cooperative"})

S["B15"] = dict(name="Irši — biedrība \"Iršu Kopa\"", arch="zip", files=[
("pieteikums.docx", """# LEADER pieteikums: Irši — viedais ciems

## 1. Kopiena

⟦C1§Irši ir neliels Aizkraukles novada pagasts, un mūsu biedrība "Iršu Kopa" runā visu iršiešu vārdā, sākot no ciema centra līdz tālākajām mājām pie Pērses.⟧ ⟦C4.1§Biedrības darbu vada valde, bet katru jomu — kultūru, ceļus, jauniešus — pārrauga atsevišķs biedrs, un kopā esam 53.⟧ ⟦C4.2§Iršus pazīst kā vācu kolonistu pēcteču ciemu, un šo daudzveidīgo izcelsmi mēs apzināmies kā savu unikālo iezīmi.⟧

## 2. Mērķis

⟦C2§Mūsu mērķis ir līdz 2032. gadam panākt, ka Iršos ir vismaz desmit jaunas darba vietas un neviena ģimene neaizbrauc tāpēc, ka nav pakalpojumu.⟧

## 3. Inovācijas

⟦C3.1§Izveidojām sociālo uzņēmumu "Iršu Maize", kurā strādā četri cilvēki ar invaliditāti un kas cep maizi pēc kolonistu receptēm.⟧ ⟦C3.2§Biedrība ar pagastu noslēdza deleģēšanas līgumu, un kopš 2025. gada biedrība pati apsaimnieko ciema parku un estrādi.⟧ ⟦C3.3§Ciema centrā ierīkojām publisku bezvadu internetu, un bibliotēkā notiek datorkursi, kuros jau apmācīti 37 iršieši.⟧

## 4. Resursi

| Resurss | Veids | Izmantojums mērķim |
|---|---|---|
| Ceptuve ar maizes krāsni | tehniskais | ⟦C6.1,C6.2§Ceptuves krāsni izmantojam sociālajam uzņēmumam, jo tas tieši rada darba vietas, kas ir mūsu mērķis.⟧ |
| Kolonistu kapsēta un baznīcas drupas | unikālais | ⟦C6.1§Kolonistu kapsēta un baznīcas drupas ir neaizstājams resurss, kas nav nevienā citā pagastā.⟧ |
| Biedru prasmes | zināšanas | ⟦C6.1§Trīs biedri ir grāmatveži, viens ir būvinženieris un divi ir pieredzējuši maiznieki.⟧ |
"""),
("protokols.odt", """# Iršu iedzīvotāju sapulce, 2026. gada 20. aprīlis

⟦C4.4§Iedzīvotāji ar balsojumu izvēlējās, ka šogad estrādei tiek atjaunots jumts, nevis ierīkota stāvvieta, un valde šo lēmumu izpildīja.⟧ ⟦C4.3§Kad pērn maizes krāsns saplīsa, biedri paši savāca naudu un divās nedēļās to salaboja, tāpēc ceptuve nestrādāja tikai trīs dienas.⟧

⟦C5.1§Vācu kolonistu pēcteči no Vācijas ik vasaru sarīko nometni, kurā bērni mācās seno Iršu dziesmas un maizes cepšanu.⟧ ⟦C5.2§Ceptuvē kopā strādā jaunieši, cilvēki ar invaliditāti un pensionētas saimnieces.⟧ ⟦C5.3§Iršu bibliotēka, pagasta pārvalde, Iršu luterāņu draudze un z/s "Kalnieši" katrs piedalās biedrības darbā.⟧

⟦C5.4§Ziņas izplatām e-pasta sarakstā, Iršu Facebook grupā un uz ziņojumu dēļa veikalā, un pēc aptaujas zinām, ka tās sasniedz apmēram 80% ģimeņu.⟧ ⟦C6.3§Sociālais uzņēmums saņēma Labklājības ministrijas ESF atbalstu, un ceptuves aprīkojums iegādāts ar LEADER līdzfinansējumu.⟧ ⟦C6.4§Iršu kolonistu pēcteču biedrība Vācijā mums ziedoja 6000 eiro un atsūta brīvprātīgos.⟧
"""),
])

S["B16"] = dict(name="Ērberģe — biedrība \"Ērberģes Mājas\"", arch="zip", files=[
("pasvertejums.odt", """# Pašvērtējums

| Nr. | Pazīme | Punkti | Apraksts |
|---|---|---|---|
| 1 | Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai | 3 | ⟦C1§Biedrība "Ērberģes Mājas" apvieno Ērberģes ciema iedzīvotājus Mazzalves pagastā, un pie mums darbojas 15 biedri.⟧ |
| 2 | Kopīgi mērķi un nākotnes vīzija | 3 | Kopienai ir kopīgi mērķi un nākotnes vīzija. |
| 3 | Inovatīvu risinājumu ieviešana | 3 | Vēl tiek izstrādāti. |
| 4 | Kopdarbība un saliedētība | 3 | ⟦C4.1§Biedrībai ir valde, un biedri kopā uztur Ērberģes muižas parku.⟧ |
| 5 | Pašorganizēšanās spēja | 3 | Kopiena spēj pašorganizēties. |
| 6 | Informatīvā telpa | 3 | Nav apkopoti. |
| 7 | Resursi | 3 | Skatīt pielikumā Nr. 2. |
| 8 | Valsts un reģionāla līmeņa pasākumi | 3 | Plānojam pieteikties LEADER projektam nākamgad. |
| 9 | Zināšanu un mantojuma nodošana | 3 | ⟦C5.1§Muižas vēsturi apkopojām grāmatiņā, un to lasa skolēni novadpētniecības stundās.⟧ |
"""),
], notes={"C2":"restates criterion","C4.3":"restates criterion","C5.4":"non-answer","C6.1":"see-annex with no annex","C6.3":"only planned","C3.1":"non-answer"})
