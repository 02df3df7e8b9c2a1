#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hand-decided labels for E01..E16, written out as labels.json."""
import json, os

ALL = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

L = {}

def sub(sid, name, archive, evidence, notes):
    L[sid] = {"name": name, "archive": archive,
              "indicators": {i: ("present" if i in evidence else "absent") for i in ALL},
              "evidence": {i: evidence[i] for i in ALL if i in evidence},
              "notes": notes}

# ---------------------------------------------------------------- E01 strong
sub("E01", "Biedrība „Kalnavoti kopā” (Kalnavoti, Sērenes pagasts)", "E01.zip", {
 "C1": ["Biedrība „Kalnavoti kopā” apvieno Kalnavotu ciema un apkārtējo viensētu iedzīvotājus Sērenes pagastā – šobrīd tajā ir 38 biedri, bet mūsu rīkotajos pasākumos regulāri piedalās ap 150 cilvēku."],
 "C2": ["Mūsu vīzija: 2030. gadā Kalnavoti ir ciems, kurā jaunām ģimenēm ir vērts palikt – te var strādāt attālināti, bērniem ir droša vieta, kur pavadīt laiku, un vecākā paaudze nejūtas vientuļa."],
 "C3.1": ["Kopš 2022. gada biedrības paspārnē darbojas „Kalnavotu grozs” – tiešās tirdzniecības pulciņš, kurā septiņas vietējās saimniecības reizi nedēļā pieņem pasūtījumus tiešsaistē un piegādā tos uz pienotavas pagalmu."],
 "C3.2": ["Pienotavas atjaunotajā istabā jau otro gadu reizi mēnesī notiek „Labošanas kafejnīca”, kur kaimiņi kopīgi salabo sadzīves tehniku un apģērbu.",
          "Turpat darbojas arī laika banka, kurā viena palīdzības stunda tiek mainīta pret citu – pavisam reģistrēti 46 dalībnieki."],
 "C3.3": ["2023. gadā uz pienotavas jumta uzstādījām 10 kW saules paneļu sistēmu, kas nodrošina ar elektrību biedrības telpas, bet Sērenes bibliotēkas vadītāja kopā ar mūsu brīvprātīgajiem novadīja senioriem sešas digitālo prasmju nodarbības par e-parakstu, internetbanku un portālu Latvija.gov.lv."],
 "C4.1": ["Biedrību vada piecu cilvēku valde, ko kopsapulce ievēl uz diviem gadiem, un katram darba virzienam – kultūrai, sportam un vides sakopšanai – ir savs atbildīgais."],
 "C4.2": ["Kalnavoti izauga ap 1936. gadā celto pienotavu, un mēs lepojamies ar to, ka kopdarbības gars, ar kādu savulaik tika dibināta Kalnavotu piensaimnieku sabiedrība, ciemā ir saglabājies līdz pat šodienai.",
          "Savas vērtības – uzticēšanos, rūpes par Daugavas krastu un kaimiņu palīdzību – 2022. gadā ierakstījām pašu sastādītajā „Kalnavotu hartā”, ko parakstīja 96 iedzīvotāji."],
 "C4.3": ["Kad 2023. gada martā pali appludināja ceļu uz Lejas mājām, brīvprātīgo dežūras un pārtikas piegādi tur dzīvojošajiem senioriem organizējām paši, līdz ceļu atjaunoja.",
          "Katru pavasari rīkojam Daugavas krasta talku; pērn tajā piedalījās 63 cilvēki."],
 "C4.4": ["Par to, kam tērēt biedrības līdzekļus, lemj kopsapulce: 2023. gadā iedzīvotāji balsoja par trim idejām, un vairākums izvēlējās pienotavas pārbūvi, ko piedāvājam šajā projektā.",
          "Ciema iedzīvotāja E. Lapsa, kas nav biedrības biedre, ierosina kopstrādes telpā paredzēt arī stūrīti bērniem, lai tur varētu strādāt jaunās māmiņas; priekšlikums tiek atbalstīts un iekļauts iesniegumā."],
 "C5.1": ["Ziemā pienotavā notiek meistarklases, kurās ciema vecākās saimnieces māca jaunākajām siera siešanu un rupjmaizes cepšanu pēc vietējām receptēm."],
 "C5.2": ["Pasākumus veidojam tā, lai tajos justos gaidītas visas paaudzes: jauniešu padome pati rīko vasaras kino vakarus, bet trīs ukraiņu ģimenes, kas Kalnavotos dzīvo kopš 2022. gada, ir aktīvi laika bankas dalībnieki."],
 "C5.3": ["Ar Sērenes pamatskolu, pagasta bibliotēku, Sērenes evaņģēliski luterisko draudzi un zemnieku saimniecību „Rieksti” sadarbojamies regulāri: skola dod telpas nodarbībām, bibliotēka – datorus, bet „Rieksti” gādā produktus talku pusdienām."],
 "C5.4": ["Ciema ziņas iedzīvotājiem nonāk pa trim ceļiem: WhatsApp grupā „Kalnavotu kaimiņi” (112 dalībnieki), biedrības Facebook lapā un uz ziņojumu dēļa pie veikala, kur vecākajiem cilvēkiem izliekam arī izdrukas.",
          "Pēc mūsu novērtējuma WhatsApp grupa sasniedz gandrīz katru mājsaimniecību, savukārt Facebook lapa vairāk noder, lai par ciemu uzzinātu cilvēki ārpus tā."],
 "C6.1": ["Pienotavas ēka, ko biedrība nomā no pašvaldības uz 15 gadiem, saules paneļi, pārvietojamā skaņas aparatūra un divas teltis.",
          "Daugavas krasta pļava svētkiem un 3 km gara taka gar senlejas krauju.",
          "Ciemā dzīvo elektriķis, divi galdnieki, grāmatvede un IT speciāliste, kas biedrībai palīdz brīvprātīgi.",
          "1936. gadā celtā pienotava ar saglabātu separatoru telpu – vienīgā šāda ēka apkārtnē."],
 "C6.2": ["Pienotavas ēku – mūsu neaizstājamo resursu – jau tagad izmantojam pirmā mērķa labā: tajā notiek laika bankas tikšanās un labošanas kafejnīca, un ar šo projektu to pārbūvēsim par visa ciema kopīgo māju."],
 "C6.3": ["2021. gadā ar LEADER atbalstu iegādājāmies teltis un skaņas aparatūru, bet 2022. un 2023. gadā mūsu krasta talka bija reģistrēta Lielās talkas kartē."],
 "C6.4": ["Takas marķēšanā mums palīdzēja 12 brīvprātīgie no Rīgas Tehniskās universitātes studentu pašpārvaldes, bet laika bankas modeli apguvām kopā ar partneriem no Igaunijas Vigalas pagasta, ar kuriem kopš 2022. gada notiek pieredzes apmaiņa."],
}, {})

# ---------------------------------------------------------------- E02 very weak
sub("E02", "Biedrība „Rīta rasa” (Daudzeses pagasts – only in letterhead)", "E02.zip", {
 "C2": ["Mēs gribam, lai mūsu ciemā būtu vieta, kur satikties, un lai jaunieši pēc vidusskolas nebrauktu prom."],
}, {
 "C1": "place appears only in the letterhead address and the date line; the C1 row is an unfilled hint and the row label restates the criterion",
 "C3.1": "non-answer 'Vēl tiek izstrādāti.'",
 "C3.2": "empty cell / dash",
 "C3.3": "solar panels only planned, conditional on funding",
 "C4.1": "'Atbilst.' with points, no fact about an organised body",
 "C4.2": "row restates the criterion without a fact",
 "C4.3": "'Skatīt pielikumā.' with no such annex",
 "C4.4": "'Par to vēl neesam runājuši.'",
 "C5.1": "restates the criterion wording",
 "C5.2": "wish only ('Būtu labi …')",
 "C5.3": "instruction hint left in the cell",
 "C5.4": "non-answer 'Nav apkopots.'",
 "C6.1": "denial 'Resursi vēl nav apzināti.'",
 "C6.2": "empty cell; no C6.1",
 "C6.3": "denial plus wish to apply next year",
 "C6.4": "sponsors still being sought",
})

# ---------------------------------------------------------------- E03 no diacritics
sub("E03", "Biedriba \"Mezvidu kopiena\" (Mezvidi, Vietalvas pagasts) – written without diacritics", "E03.zip", {
 "C1": ["Mes esam Mezvidu ciema iedzivotaji – apmeram 120 cilveku, kas dzivo Vietalvas pagasta ziemelu dala, un musu biedriba \"Mezvidu kopiena\" dibinata 2019. gada."],
 "C2": ["Musu merkis ir, lai Mezvidos butu ertak dzivot un lai cilveki justos vajadzigi viens otram, nevis katrs sedetu sava seta.",
        "Gribam, lai pec pieciem gadiem kopienas istaba butu silta visu gadu un lai tur katru nedelu kaut kas notiktu."],
 "C3.2": ["Kops pagajusa gada pavasara bijusaja feldsera punkta darbojas kopienas istaba, kuru pec kartas uztur pasi iedzivotaji un kur notiek gan sapulces, gan dzimsanas dienu svinibas, gan bernu pieskatisana, kad vecakiem jabrauc uz pilsetu."],
 "C4.1": ["Biedribai ir 27 biedri un tris cilveku valde, bet lielakajos darbos iesaistas krietni vairak ciema laudu."],
 "C4.3": ["Kad rudeni vetra noplesa kopienas istabai jumtu, jau nakamaja diena sanacam divdesmit cilveku un jumtu uzlikam pasi, materialus nopirkam sametoties."],
 "C4.4": ["Nolema ar balsu vairakumu (par – 31, pret – 2): kopienas istabas apkures remontu veikt 2024. gada pavasari.",
          "Sapulce vel reizi apstiprinaja kartibu, ka par biedribas naudas izlietosanu katru gadu lemj iedzivotaju sapulce, nevis valde."],
 "C5.2": ["Kopienas istabas pieskatisanas grafika ir gan pensionari, gan vidusskolas jauniesi, un divas krievvalodigas gimenes, kas Mezvidos apmetas pirms pieciem gadiem, tagad vada galda spelu vakarus."],
 "C5.4": ["Visas zinas par sapulcem un talkam izliekam uz zinojumu dela pie autobusa pieturas un sutam WhatsApp grupa \"Mezvidi\", kura ir 84 cilveki."],
 "C6.3": ["2022. gada piedalijamies Lielaja talka un ar Aizkraukles novada pasvaldibas iedzivotaju iniciativu konkursa atbalstu (800 EUR) nomainijam kopienas istabas logus."],
}, {
 "C3.1": "e-shop idea abandoned ('no tas idejas atteicamies'; minutes: 'neturpinat')",
 "C3.3": "optical internet only in neighbouring Odziena ('bet musu ciema ta vel nav'); solar panels only planned",
 "C4.2": "no statement of values or uniqueness",
 "C5.1": "nothing on know-how or heritage passed on",
 "C5.3": "denial: school and pagasts administration not involved; the 'seklu biblioteka' is a seed exchange, not a library",
 "C6.1": "denial: resource list not yet compiled",
 "C6.4": "denial: no sponsors so far; municipal grant counted as C6.3",
})

# ---------------------------------------------------------------- E04 not a community
sub("E04", "SIA „Dzirnavkalna darbnīca” (company, Skrīveru pagasts) – applicant is not a community", "E04.zip", {
 "C3.1": ["2022. gadā atvērām e-veikalu dzirnavkalns.lv, un šobrīd ap 40 % no saviem koka traukiem un rotaļlietām pārdodam tiešsaistē pircējiem Latvijā, Vācijā un Somijā."],
 "C3.3": ["Pagājušajā gadā darbnīcā uzstādījām CNC frēzi un apmācījām visus piecus darbiniekus ar to strādāt, kā arī ierīkojām saules paneļus, kas sedz apmēram trešdaļu darbnīcas elektroenerģijas patēriņa."],
 "C5.1": ["Uzņēmuma īpašnieks, koktēlnieks Arvīds Liepiņš, katru mēnesi vada atklātas meistarklases, kurās interesenti apgūst tradicionālo latviešu koka karošu darināšanu."],
 "C5.3": ["Kopš 2021. gada sadarbojamies ar Skrīveru vidusskolu: mūsu darbnīcā notiek skolēnu mājturības stundas, bet Skrīveru bibliotēka reizi ceturksnī rīko pie mums amatnieku stāstījumu vakarus.",
          "Skrīveru vidusskola apliecina, ka SIA „Dzirnavkalna darbnīca” kopš 2021. gada nodrošina skolas 5.–9. klašu skolēniem mājturības un tehnoloģiju nodarbības savā darbnīcā un ka skola atbalsta uzņēmuma projekta iesniegumu."],
 "C6.3": ["2019. gadā ar LEADER programmas atbalstu iegādājāmies koksnes kaltēšanas kameru."],
 "C6.4": ["Sadarbībā ar Somijas amatniecības uzņēmumu „Puutaito Oy” esam piedalījušies divās pieredzes apmaiņas vizītēs, un viņu dizainere bez maksas palīdzēja izstrādāt mūsu jauno produktu līniju."],
}, {
 "C1": "applicant is a limited company; the pagasts is named only as its location, not as a community the applicant presents",
 "C2": "only the project's and company's business aims (capacity +30 %, export share), no community goal or vision",
 "C4.1": "explicitly no residents' association; activities are run by the company",
 "C4.4": "decisions taken by the company board",
 "C5.2": "only a conditional about people with disabilities",
 "C6.1": "resources section is 'Skatīt pielikumu Nr. 4.' with no such annex",
 "C6.2": "no C2 and no C6.1",
})

# ---------------------------------------------------------------- E05 strong
sub("E05", "Biedrība „Daugavmalas Ozoli” (Ozolkalni, Klintaines pagasts)", "E05.zip", {
 "C1": ["Biedrība „Daugavmalas Ozoli” apvieno Ozolkalnu ciema iedzīvotājus Klintaines pagastā; 2023. gada beigās tajā bija 52 biedri."],
 "C2": ["2022. gadā kopā pieņemtajā attīstības plānā esam ierakstījuši savu vīziju: Ozolkalni – zaļš, dzīvs un gudrs ciems pie Daugavas, kur katram ir iespēja strādāt, mācīties un atpūsties tuvu mājām."],
 "C3.1": ["Martā durvis vēra sociālais uzņēmums „Ozolkalnu maiznīca”, ko dibināja biedrība un kurā darbu atraduši trīs ciema iedzīvotāji ar invaliditāti."],
 "C3.2": ["Bijušajā pasta ēkā iekārtotajā kopienas centrā „Ozolu nams” pērn notika 96 pasākumi; centru pārvalda pašu ievēlēta padome, kurā ir gan biedrības, gan jauniešu, gan senioru pārstāvji."],
 "C3.3": ["Ciema vidū uzstādījām gaisa kvalitātes un Daugavas ūdens līmeņa sensorus, kuru dati reāllaikā redzami mūsu mājaslapā, un jaunieši seniorus apmācīja, kā tos apskatīt telefonā.",
          "Martā Ozolu namā notika trīs digitālo prasmju nodarbības, kurās 17 ciema seniori mācījās pierakstīties pie ārsta e-veselībā un sarunāties ar mazbērniem videozvanā; nodarbības vadīja mūsu pašu jaunieši Elza un Kristaps."],
 "C4.1": ["Biedrības darbu vada valde (piecas personas) un revidents, bet katru jomu – kultūru, sportu un vidi – pārrauga darba grupa, kurā var iesaistīties ikviens ciema iedzīvotājs, arī nebūdams biedrs."],
 "C4.2": ["Ozolkalnieši sevi uzskata par plostnieku pēctečiem, un katru jūliju ciemā notiekošie Plostnieku svētki ir mūsu identitātes kodols."],
 "C4.3": ["Kad maijā ciema vienīgais veikals slēdzās, biedrība divu nedēļu laikā sarunāja brīvprātīgos šoferus, kas divreiz nedēļā ved iepirkties tos, kam nav auto."],
 "C4.4": ["Gada sākumā rīkojām līdzdalības budžeta balsojumu – iedzīvotāji no piecām idejām izvēlējās bērnu rotaļu laukumu, un tas vasarā tika uzbūvēts."],
 "C5.1": ["Ozolu namā visu gadu notika amatnieku meistarklases – pinām grozus, kalām un audām Klintaines jostas –, bet novadpētnieces Zentas Kļaviņas vadībā skolēni pierakstīja vecāko ciema ļaužu atmiņas par plostniecību."],
 "C5.2": ["Senioru klubs „Rudenāji” un jauniešu grupa „Ozolzīles” kopā rīkoja četrus paaudžu vakarus, kuros jaunie mācīja vecajiem lietot viedtālruni, bet vecie jaunajiem – dziedāt plostnieku dziesmas.",
          "Martā durvis vēra sociālais uzņēmums „Ozolkalnu maiznīca”, ko dibināja biedrība un kurā darbu atraduši trīs ciema iedzīvotāji ar invaliditāti."],
 "C5.3": ["Pasākumos cieši sadarbojāmies ar Klintaines pamatskolu, pagasta pārvaldi, bibliotēku un vietējiem uzņēmējiem – piemēram, SIA „Krastiņi” nodrošināja transportu talkām.",
          "Pārvalde ar biedrību sadarbojas kopš tās dibināšanas: kopā rīkojam Plostnieku svētkus un pagasta talkas, bet biedrības jaunieši palīdz bibliotēkai digitālo prasmju nodarbībās."],
 "C5.4": ["Ciema avīze „Ozolkalnu Vēstis” iznāk reizi mēnesī 150 eksemplāros, un to pie durvīm piegādā paši jaunieši; tāpat ziņas liekam mājaslapā ozolkalni.lv un Facebook, kur mums ir 640 sekotāju.",
          "Rudenī veiktā aptauja parādīja, ka avīzi lasa astoņas no desmit mājsaimniecībām, bet Facebook biežāk seko bijušie ozolkalnieši, kas tagad dzīvo Rīgā un ārzemēs."],
 "C6.1": ["Esam apzinājuši savus resursus: Ozolu nams ar zāli 80 vietām (tehniskais), ciema pļava un Daugavas krasts ar laivu piestātni (teritoriālais), biedru naudas un maiznīcas peļņa (finanšu), 14 amatnieki un divi novadpētnieki (zināšanas), ap 30 regulāru brīvprātīgo (cilvēkresursi) un vienīgā saglabātā plostnieku krogus ēka Daugavas krastā (unikālais resurss)."],
 "C6.2": ["Plostnieku krogus ēku izmantojam tieši mūsu vīzijas īstenošanai: tajā iekārtota tūristu informācijas vieta un maiznīcas tirdzniecības punkts, kas dod darbu vietējiem."],
 "C6.3": ["2023. gadā īstenojām divus projektus: LEADER projektu „Ozolu nama labiekārtošana” un Sabiedrības integrācijas fonda atbalstīto projektu „Paaudžu tilts”.",
          "Februāra beigās Ozolu namā tika uzstādīti 80 jauni sēdekļi, kas iegādāti LEADER projektā."],
 "C6.4": ["Sensoru tīklu ierīkot palīdzēja partneri no Rīgas Tehniskās universitātes, bet Plostnieku svētkus atbalstīja 14 sponsori, tostarp divi uzņēmumi no Jēkabpils."],
}, {})

# ---------------------------------------------------------------- E06 mixed
sub("E06", "Biedrība „Vārenes ļaudis” (Vārene, Mazzalves pagasts)", "E06.zip", {
 "C1": ["Mēs, Vārenes ļaudis, esam mazs, bet sīksts ciems Mazzalves pagastā – ap 90 pastāvīgo iedzīvotāju, un vasarā vēl tikpat daudz vasarnieku."],
 "C3.1": ["Jau trešo vasaru katru otro sestdienu pie vecās skolas notiek „Vārenes tirdziņš”, kurā vietējie saimnieki pārdod savu medu, dārzeņus un maizi tieši pircējiem, bez starpniekiem, un pircēji brauc pat no Neretas."],
 "C4.1": ["Biedrībā „Vārenes ļaudis” šobrīd ir 19 biedru, valdi vada Maija Strautiņa, un katrai talkai vai svētkiem mums ir savs „atbildīgais par tējkannu”."],
 "C4.2": ["Vārenieši lepojas ar savām dziesmām – ciemā vēl tagad dzied sēliskajā izloksnē, un to mēs uzskatām par savu lielāko bagātību."],
 "C4.3": ["Kad janvārī sniegs aizputināja ceļu uz Kalna mājām, zemnieks Jānis ar traktoru un četri kaimiņi ar lāpstām to izraka paši, negaidot pagasta greideri."],
 "C5.1": ["Tirdziņa dienās Ilgas kundze māca bērniem pīt vainagus no pļavas puķēm, bet biškopis Roberts rāda, kā tiek sviests medus."],
 "C5.2": ["Tirdziņā savs galds ir arī Mazzalves jauniešu grupai, kas tirgo pašu ceptus pīrāgus, un pensionāres no kluba „Vārenes rozes” viņiem palīdz ar mīklu un padomiem."],
 "C5.3": ["Tirdziņu rīkojam kopā ar Mazzalves pamatskolu, bibliotēku un zemnieku saimniecību „Kalnieši”, kas dod galdus un nojumi."],
 "C5.4": ["Avīzīti izdrukājam 60 eksemplāros un nesam uz pastkastītēm, bet tiem, kas dzīvo Rīgā vai ārzemēs, sūtām to e-pastā – tā vārenieši, kur vien viņi ir, zina, kas notiek mājās."],
 "C6.4": ["Šovasar tirdziņam un jaunajai nojumei naudu saziedoja Vārenes dzimtās ģimenes, kas dzīvo Īrijā un Zviedrijā, – kopā 1340 eiro."],
}, {
 "C2": "no goal or vision; 'Ceļojuma mērķi' are excursion destinations",
 "C3.2": "co-working space only in neighbouring Nereta ('bet mums tādas nav')",
 "C3.3": "optical internet appears only in an advert of an ISP",
 "C4.4": "shelter site chosen by the pagasts administration; bench-colour survey was not taken into account",
 "C6.1": "no resources identified ('vērtības' in the parking notice means valuables)",
 "C6.3": "denial: no LEADER application this year; 'Programma' is an excursion programme",
})

# ---------------------------------------------------------------- E07 very weak
sub("E07", "Liepsalas ciema iedzīvotāji (Facebook page, Kokneses pagasts; no association)", "E07.zip", {
 "C1": ["Šī ir Liepsalas ciema iedzīvotāju kopīgā lapa: te mēs, Kokneses pagasta liepsalieši, dalāmies ar ziņām par to, kas notiek mūsu ciemā."],
 "C5.4": ["Svarīgākās ziņas (ūdens atslēgšana, autobusu saraksta izmaiņas, elektrības pārtraukumi) liekam gan šeit, gan ciema WhatsApp grupā, un Aina tās izkar arī uz ziņojumu dēļa pie pasta, lai uzzina arī tie, kam nav telefona."],
}, {
 "C2": "no goal or vision stated",
 "C3.2": "community centre and time bank only in Sunākste (press quote) and Bebri ('mums gan tādas nav')",
 "C3.3": "solar panels only in a sponsored advert; smart-village definition in a shared link is general",
 "C4.1": "denial: 'Mums vēl nav biedrības'",
 "C4.3": "talka only planned; mowing done by the pagasts administration",
 "C5.2": "conditional 'Vajadzētu …' in a comment",
 "C6.3": "only a question about how to apply to LEADER",
})

# ---------------------------------------------------------------- E08 mixed
sub("E08", "Biedrība „Jaunbebri nākotnei” (Jaunbebri, Bebru pagasts)", "E08.zip", {
 "C1": ["Projekta iesniedzējs ir biedrība „Jaunbebri nākotnei”, kas pārstāv Jaunbebru ciema kopienu Bebru pagastā – 214 iedzīvotājus."],
 "C2": ["Biedrības mērķis ir panākt, lai Jaunbebri kļūtu par vietu, kur cilvēki var dzīvot un strādāt, nebraucot katru dienu uz Rīgu vai Aizkraukli."],
 "C3.2": ["Kopš 2023. gada septembra bijušajā kantora ēkā darbojas kopstrādes telpa ar astoņām darba vietām, ko pārvalda biedrība un ko izmanto gan attālinātie darbinieki, gan vietējie mājražotāji."],
 "C3.3": ["Telpā ir ierīkots optiskais internets, un pērn ziemā sadarbībā ar SIA „Bebru IT” notika divpadsmit nodarbības par mākoņpakalpojumiem un valsts e-pakalpojumiem, kuras apmeklēja 37 iedzīvotāji."],
 "C4.1": ["Biedrību pārvalda trīs locekļu valde, un biedru skaits kopš dibināšanas 2020. gadā ir pieaudzis no 9 līdz 31."],
 "C5.3": ["Kopstrādes telpu un nodarbības nodrošinām kopā ar Bebru pamatskolu, kas dod datorklasi, un pagasta pārvaldi, kas sedz ēkas apkures izmaksas."],
 "C6.1": ["Bijušā kantora ēka (240 m²), ko biedrība nomā no pašvaldības, desmit portatīvie datori un projektors.",
          "Biedru naudas un kopstrādes telpas nomas maksas – ap 2400 EUR gadā.",
          "Divi brīvprātīgie IT speciālisti un biedrības grāmatvede."],
 "C6.2": ["Kantora ēku, kas ir mūsu svarīgākais tehniskais resurss, izmantojam tieši biedrības mērķim – lai ciemā būtu darba vietas attālinātam darbam."],
 "C6.3": ["2022. gadā ar LEADER atbalstu nomainījām kantora ēkas logus un ārdurvis."],
 "C6.4": ["Partnerības līgumu esam noslēguši ar SIA „Bebru IT”, kas bez maksas nodrošina tehnisko atbalstu, un caur Latvijas Lauku forumu esam iesaistījušies viedo ciemu sadarbības tīklā, no kura dalībniekiem pārņēmām kopstrādes telpas rezervēšanas kārtību."],
}, {
 "C3.1": "no business innovation by the community (home producers merely use the co-working space)",
 "C4.2": "denial: identity 'vēl tikai veidojas', no shared traditions",
 "C4.3": "no self-organised action or problem solving described",
 "C4.4": "project idea drafted and approved by the board alone; survey only planned",
 "C5.1": "masterclasses only conditional ('varētu … nākotnē')",
 "C5.2": "denial: seniors not involved",
 "C5.4": "non-answer 'pārskata vēl nav'",
})

# ---------------------------------------------------------------- E09 strong
sub("E09", "Biedrība „Zīļu kopa” (Zīles, Seces pagasts)", "E09.zip", {
 "C1": ["Zīles ir neliels ciems Seces pagastā, un mūsu biedrība „Zīļu kopa” ir izveidota, lai visi 170 zīlēnieši justos kā viena komanda."],
 "C2": ["Gribam, lai līdz 2030. gadam Zīlēs atkal dzimst bērni un atveras kaut viens jauns uzņēmums – tas ir mūsu kopējais mērķis."],
 "C3.1": ["Izveidojām ciema zīmolu „Zīles – mazs, bet dzīvs” un velotūrisma maršrutu „Sēlijas zīle” (27 km), kas kopš pagājušās vasaras ir iekļauts novada tūrisma kartē; pa to izbraukuši jau ap 400 velotūristu."],
 "C3.2": ["Kopš 2023. gada ciemā strādā laika banka: tajā reģistrēti 58 dalībnieki, kas apmainās ar pakalpojumiem – viens pļauj zāli, otrs māca angļu valodu, trešais aizved uz Jēkabpili pie ārsta."],
 "C3.3": ["Laika bankai izmantojam mobilo lietotni, un, lai to spētu lietot arī vecākie, jaunieši novadīja četras apmācības Seces bibliotēkā."],
 "C4.1": ["Biedrībā ir 44 biedri.",
          "Valdē – četri cilvēki, un vēl darbojas jauniešu nodaļa ar savu vadītāju, kuru ievēl paši jaunieši."],
 "C4.2": ["Zīlēs lepojamies ar savu vecāko ozolu – Zīļu dižozolu, no kura cēlies ciema nosaukums, un ar to, ka te katrs sasveicinās ar katru."],
 "C4.3": ["Pagājušajā gadā bijušās skolas sporta laukumu sakārtojām trijās talkās, pašu spēkiem, bez neviena algota strādnieka."],
 "C4.4": ["Kopsapulce ar 36 balsīm „par” un 2 „atturas” nolēma projekta iesniegumā iekļaut sporta laukuma apgaismojumu, jo to iedzīvotāju aptaujā kā svarīgāko atzīmēja 71 % respondentu."],
 "C5.1": ["Ik ziemu vecmāmiņas jauniešiem māca adīt Sēlijas rakstu cimdus, bet rudenī novadpētniecības pulciņš izveidoja izstādi par Zīļu muižu un tās ļaudīm."],
 "C5.2": ["Laika bankā un talkās darbojas visas paaudzes – no pirmklasniekiem līdz 89 gadus vecajam Antonam, un divi ciema iedzīvotāji ratiņkrēslā piedalās pasākumu plānošanā."],
 "C5.3": ["Bez Seces bibliotēkas mums palīdz pagasta pārvalde, Seces luteriskā draudze un trīs zemnieku saimniecības, kas ved smago tehniku uz talkām."],
 "C5.4": ["Informācija pie mums apgrozās trijos kanālos: Telegram grupa (ātri jaunumi), drukātā lapiņa „Zīļu ziņas” veikalā (tiem, kam nav viedtālruņa) un Instagram konts (lai par Zīlēm uzzinātu citur).",
          "Pērn saskaitījām: Telegram grupā ir 131 dalībnieks, lapiņu ņem ap 40 cilvēku, bet Instagram sekotāji lielākoties ir velotūristi – tieši no turienes nāk lielākā daļa maršruta braucēju."],
 "C6.1": ["Bijušās skolas sporta laukums (0,8 ha), Zīļu dižozols un muižas parks.",
          "Zāles pļāvējs, divas teltis, biedrības busiņš (2009. g.).",
          "Divi treneri, skolotāja pensijā, IT students, novadpētniece.",
          "Zīļu dižozols – viens no resnākajiem Sēlijā."],
 "C6.2": ["Sporta laukumu – teritoriālo resursu, ko apzinājām pirmo – izmantojam mērķim noturēt ciemā jaunās ģimenes: tur notiek bērnu treniņi un vasaras nometne."],
 "C6.3": ["2023. gadā piedalījāmies Lielajā talkā, bet velomaršruta zīmes izgatavojām ar Valsts kultūrkapitāla fonda atbalstu."],
 "C6.4": ["Maršruta izveidē palīdzēja brīvprātīgie no Lietuvas Rokišķu velokluba, ar kuriem tagad rīkojam kopīgus braucienus.",
          "Rokišķu velokluba draugi palīdz uzstādīt basketbola grozu."],
}, {})

# ---------------------------------------------------------------- E10 mixed
sub("E10", "Biedrība „Ozolu loks” (self-assessment; own village never named)", "E10.zip", {
 "C2": ["Mūsu vīzija: ciems, kurā vecie ļaudis var nodzīvot mūžu savās mājās, jo apkārt ir kaimiņi, kas palīdz."],
 "C3.3": ["Kopš 2023. gada rudens ciema klubā darbojas „digitālā darbnīca”, kurā ik otrdienu kaimiņi apgūst viedtālruņa lietošanu, e-pakalpojumus un videozvanus ar bērniem ārzemēs; kursu jau beiguši 23 cilvēki."],
 "C4.1": ["Biedrībā darbojas 17 biedri; valdē ir trīs cilvēki, un katram ir savs pienākums – finanses, pasākumi, saziņa."],
 "C4.2": ["Mūsu ciema lepnums ir 300 gadus vecā ozolu aleja, no kuras cēlies biedrības nosaukums, un tradīcija katru rudeni visiem kopā vākt zīles meža dzīvniekiem."],
 "C4.4": ["Par biedrības gada plānu balso visi ciema iedzīvotāji, kas atnāk uz janvāra sapulci; 2024. gada plānā pēc sapulces lēmuma iekļāvām alejas koku apsekošanu."],
 "C5.1": ["Ciema audēja Marija Lapiņa pērn iemācīja aust prievītes sešām kaimiņienēm, un viņas tagad pašas vada nodarbības klubā."],
 "C6.1": ["Savus resursus esam sarakstījuši: klubs ar 40 sēdvietām, ozolu aleja, biedrības kase (ap 350 EUR), audēju un dārznieku prasmes un aptuveni 15 cilvēki, uz kuriem vienmēr var paļauties."],
}, {
 "C1": "own village, pagasts or novads never named (only the date line 'Staburagā'); C1 row is a points claim; Vīgante is the neighbour",
 "C3.1": "joint brand idea abandoned",
 "C3.2": "community centre with time bank is in neighbouring Vīgante ('bet mums tāda nav')",
 "C4.3": "talkas are organised by the pagasts administration; residents only take part",
 "C5.2": "denial: young people not involved",
 "C5.3": "non-answer 'vēl tiek veidota'",
 "C5.4": "non-answer 'Nav apkopots.'",
 "C6.2": "row restates the criterion; no resource tied to the vision",
 "C6.3": "LEADER application only planned for 2025",
 "C6.4": "denial: no sponsors or partners",
})

# ---------------------------------------------------------------- E11 very weak
sub("E11", "Krastmalas ciema iedzīvotāji (informal group, Aiviekstes pagasts)", "E11.zip", {
 "C1": ["Mēs esam Krastmalas ciema iedzīvotāji Aiviekstes pagastā – apmēram 140 cilvēku, kas dzīvo pie pašas Aiviekstes ietekas Daugavā, un mums visiem rūp, lai ciems neiztukšotos."],
 "C2": ["Mēs vēlamies, lai pēc pieciem gadiem Krastmalā būtu dzīvs ciema centrs, kur satikties, un lai jaunās ģimenes te paliktu, nevis pārceltos uz Pļaviņām vai Rīgu."],
}, {
 "C3.2": "time bank only wished ('Būtu labi …'); smart-village sentence is general",
 "C3.3": "solar panels and internet only planned",
 "C4.1": "denial: no association yet, just 'daži kaimiņi'",
 "C4.3": "talka not yet organised, only intended",
 "C5.1": "masterclasses only intended ('Ir iecerēts'); 'tīklu siešana' means fishing nets",
 "C5.2": "conditional 'Vajadzētu iesaistīt …'",
 "C5.3": "instruction hint left; pagasts letter only conditional support",
 "C5.4": "WhatsApp group and notice board only if the project is funded",
 "C6.1": "denial: resources not yet identified",
 "C6.3": "denial: no projects or competitions so far",
})

# ---------------------------------------------------------------- E12 mixed
sub("E12", "Biedrība „Sproģu saime” (Sproģi, Zalves pagasts)", "E12.tar.gz", {
 "C1": ["Biedrība „Sproģu saime” apvieno Zalves pagasta Sproģu ciema un tam piegulošo māju iedzīvotājus; pārskata gada beigās biedru skaits bija 34."],
 "C3.1": ["2023. gada jūnijā biedrība kopā ar piecām mājražotāju saimniecībām nodibināja kooperatīvu „Sproģu labumi”, kas vietējos sierus, medu un sulas piegādā trim Rīgas restorāniem."],
 "C3.2": ["Kopš marta darbojas „kaimiņu koplietošanas šķūnis”, kur iedzīvotāji bez maksas aizņemas dārza tehniku un instrumentus pēc pašu izveidotiem noteikumiem; tajā jau ir 73 lietas."],
 "C4.1": ["Biedrības darbu vada valde trīs cilvēku sastāvā, savukārt pasākumu organizēšanā iesaistās arī nebiedri – pērn tādu bija vismaz 60."],
 "C4.2": ["Sproģos joprojām dzīvas sēļu tradīcijas – Jāņu ugunskurs Pilskalnā un mičošanas dziesmas kāzās –, un tieši tās mēs uzskatām par to, kas mūs atšķir no citiem."],
 "C4.3": ["Kad augustā vētra nogāza kokus pār pagasta ceļu, biedrība vēl tajā pašā vakarā savāca brīvprātīgos ar motorzāģiem, un ceļš bija izbraucams pirms pagasta dienesta ierašanās."],
 "C4.4": ["2023. gada februāra kopsapulcē biedri un iedzīvotāji ar balsojumu noteica gada prioritātes; vairākums nobalsoja par koplietošanas šķūni, un tas tika īstenots.",
          "Pēc diskusijas, kurā izteicās 14 dalībnieki, balsojumā (par – 38, pret – 2, atturas – 5) par 2024. gada prioritāti noteikta kooperatīva pārstrādes telpas ierīkošana šķūņa otrajā galā; nolemts šim nolūkam iesniegt LEADER projekta iesniegumu."],
 "C5.1": ["Biedrības rīkotajās rudens meistarklasēs vietējie amatnieki mācīja pīt klūdziņu grozus un darināt sēļu rakstu jostas; kopā 11 nodarbībās piedalījās 64 cilvēki."],
 "C5.3": ["Pasākumos sadarbojāmies ar Zalves pamatskolu, pagasta bibliotēku, Zalves evaņģēliski luterisko draudzi un zemnieku saimniecību „Ceriņi”."],
 "C6.3": ["Pārskata gadā biedrība īstenoja LEADER projektu „Šķūņa atjaunošana” (attiecināmās izmaksas 7820 EUR) un piedalījās Aizkraukles novada pašvaldības izsludinātajā kopienu iniciatīvu konkursā, kurā saņēma 900 EUR Jāņu svētkiem."],
 "C6.4": ["Kooperatīvam palīdzēja Latvijas Lauku konsultāciju centra eksperte, bet šķūņa jumta materiālus ziedoja Jēkabpils būvmateriālu uzņēmums „Sēlijas koks”."],
}, {
 "C2": "no goal or vision: strategy 'vēl tiek izstrādāta'; only yearly priorities/project choices",
 "C3.3": "smart street-light sensors installed by the municipality elsewhere ('mūsu ciemu tas neskāra')",
 "C5.2": "denial: no young people involved",
 "C5.4": "no channels or information flow described (press quote is about the applicant, not a channel)",
 "C6.1": "denial: resource identification not done; finances only referred to the tax office",
 "C6.2": "no C2 and no C6.1",
})

# ---------------------------------------------------------------- E13 mixed
sub("E13", "Biedrība „Pilskalnes kopiena” (Pilskalne; Facebook page + minutes)", "E13.tar.gz", {
 "C1": ["Biedrība „Pilskalnes kopiena” – Pilskalnes pagasta ļaudis, kas kopā rūpējas par savu ciemu."],
 "C2": ["Mūsu lielais mērķis – lai Pilskalnē pēc desmit gadiem dzīvotu vairāk cilvēku nekā tagad."],
 "C3.3": ["14 seniori iemācījās lietot e-veselību, pierakstīties pie ārsta internetā un nosūtīt bildi mazbērniem.",
          "Kopš septembra ciema centrā pie veikala darbojas bezmaksas Wi-Fi punkts, ko ierīkojām par biedrības līdzekļiem."],
 "C4.1": ["I. Kalns informē, ka 2023. gadā biedrībā uzņemti pieci jauni biedri, kopā tagad 41, un ka valdē darbojas trīs cilvēki – I. Kalns, I. Sīle un A. Vanags."],
 "C4.3": ["Sestdien 30 pilskalnieši kopā salaboja tiltiņu pār Susēju – dēļus atveda Ivars, naglas un instrumentus sanesām visi."],
 "C4.4": ["Nolēma: ar 23 balsīm „par” un 1 „pret” biedrības 2024. gada līdzekļus novirzīt Wi-Fi punkta uzturēšanai un ceļa zīmēm, priekšlikumu par skatu torni noraidīt."],
 "C5.2": ["Viedtālruņu skolā pasniedzēji bija mūsu pašu 9. klases skolēni, bet skolnieki – viņu vecvecāku paaudze."],
 "C5.4": ["Atgādinām: visas steidzamās ziņas (ūdens, ceļi, autobuss) liekam šeit un sūtām īsziņā tiem 40 kaimiņiem, kas nelieto internetu – īsziņas izsūta mūsu valdes locekle Inta."],
 "C6.4": ["Paldies Norvēģijā dzīvojošajai pilskalniecei Laurai un viņas kolēģiem, kas saziedoja 900 eiro tiltiņa margām un Wi-Fi rūterim!"],
}, {
 "C3.1": "e-shops only in a shared Latvijas Lauku forums story about Vidzeme and in a shop's sponsored advert",
 "C3.2": "co-working space only wished, with Nereta as contrast",
 "C4.2": "no values or uniqueness stated",
 "C5.1": "no heritage or know-how transfer (digital training counted as C3.3)",
 "C5.3": "denial: pagasts administration did not respond to the invitation",
 "C6.1": "resource identification postponed, no list yet",
 "C6.2": "no C6.1",
 "C6.3": "denial: did not apply to LEADER; LLF story only shared; 'Sadales tīkls' is the power grid",
})

# ---------------------------------------------------------------- E14 mixed
sub("E14", "Biedrība „Valles Avoti” (Valle, Valles pagasts)", "E14.zip", {
 "C1": ["Biedrība „Valles Avoti” ir Valles ciema iedzīvotāju apvienība – mēs pārstāvam apmēram 300 cilvēku lielu kopienu Valles pagasta centrā."],
 "C2": ["Mūsu nākotnes redzējums ir Valle kā vieta, kur vietējais produkts un vietējā daba dod iztiku vismaz desmit ģimenēm."],
 "C3.1": ["Biedrības „Mājražotāju galda” darba grupa 2023. gadā izveidoja kopīgu preču zīmi „Valles avotu garša”, ar kuru tagad tirgo deviņu mājražotāju produkciju Aizkraukles tirgū un divās kafejnīcās."],
 "C4.1": ["Biedrībā ir 23 biedri, ievēlēta valde un divas darba grupas – „Avotu taka” un „Mājražotāju galds”."],
 "C4.2": ["Valle ir avotu zeme – pagastā saskaitīti vairāk nekā 40 avoti, un šīs ūdeņu bagātības apziņa ir tas, kas mūs vieno un padara īpašus."],
 "C5.2": ["Darba grupā „Avotu taka” kopā strādā gan vidusskolēni, gan pensionāri, gan trīs ģimenes, kuras pie mums pārcēlās no Rīgas pēdējo divu gadu laikā."],
 "C6.1": ["42 apzināti avoti un 4 km gara avotu taka.",
          "Deviņi mājražotāji ar pārtikas apstrādes prasmēm un sertifikātiem.",
          "Ap 20 cilvēku, kas regulāri piedalās darba grupās.",
          "Annas avots, kam vietējie piedēvē dziednieciskas īpašības."],
 "C6.2": ["Avotus un avotu taku – mūsu svarīgāko teritoriālo resursu – apzināti izmantojam mērķim radīt ienākumus vietējām ģimenēm: takas galā mājražotāji tirgo produkciju ar „Valles avotu garšas” zīmi."],
}, {
 "C3.2": "co-working community centre only in the neighbouring pagasts ('bet mums tāda nav')",
 "C3.3": "denial: no optical internet; solar panels postponed",
 "C4.3": "talkas organised by the pagasts administration; the association has organised none",
 "C4.4": "denial: no residents' meetings, the board decides",
 "C5.1": "'šo rīcību vēl neesam sākuši'",
 "C5.3": "denial: no cooperation with school or municipality",
 "C5.4": "'Skatīt pielikumā Nr. 5.' with no such annex",
 "C6.3": "denial: first application, no LEADER or other competition before",
 "C6.4": "denial: no sponsors or partners from outside",
})

# ---------------------------------------------------------------- E15 mixed
sub("E15", "Biedrība „Iršu saime” (Irši, Iršu pagasts)", "E15.tar.gz", {
 "C1": ["Biedrība „Iršu saime” apvieno Iršu ciema iedzīvotājus – gan to ģimeņu pēctečus, kuru senči šeit ieradās kā vācu kolonisti 18. gadsimtā, gan tos, kas Iršos apmetušies pavisam nesen."],
 "C3.2": ["Vecajā kolonistu skolas ēkā pērn atvērām kopienas māju „Saimes nams”, ko pēc grafika uztur paši biedri un kur kopā sanāk gan rokdarbnieces, gan jaunieši, gan ukraiņu bēgļu ģimenes."],
 "C4.1": ["Mūsu biedrībā ir 29 biedri, un lēmumus par ikdienas darbiem pieņem četru cilvēku valde."],
 "C4.2": ["Iršos lepojamies ar savu īpašo vēsturi – kolonistu sētu plānojumu, vācu uzvārdiem un kopš 2015. gada atjaunotajiem kolonistu svētkiem, kas notiek katru augustu."],
 "C4.3": ["Saimes nama grīdu, krāsni un logus salabojām paši – 14 talkās, ko organizēja biedrības brīvprātīgie."],
 "C5.1": ["Anna Veisa māca mazbērnu paaudzei cept kolonistu ābolu kūku pēc savas vecmāmiņas receptes.",
          "Senioru ansamblis „Vakarblāzma” dzied vācu kolonistu dziesmas latviešu atdzejojumā."],
 "C5.2": ["Kolonistu svētku sagatavošanā šogad piedalījās trīs paaudzes – no Iršu pamatskolas bērniem līdz senioru ansamblim „Vakarblāzma”.",
          "Vecajā kolonistu skolas ēkā pērn atvērām kopienas māju „Saimes nams”, ko pēc grafika uztur paši biedri un kur kopā sanāk gan rokdarbnieces, gan jaunieši, gan ukraiņu bēgļu ģimenes."],
 "C5.3": ["Pagasta pārvalde, Iršu pamatskola un bibliotēka kopā ar biedrību „Iršu saime” jau piekto gadu rīko kolonistu svētkus, kuros iesaistās arī vietējie uzņēmēji."],
 "C6.3": ["Saimes nama atjaunošanu daļēji finansējām ar Sabiedrības integrācijas fonda NVO fonda projekta līdzekļiem."],
}, {
 "C2": "only the project's technical aim (new roof) and a form-like alignment sentence; no community goal or vision",
 "C3.1": "souvenir e-shop idea 'palika nerealizēta'",
 "C3.3": "solar panels only conditional and by the municipality",
 "C4.4": "board takes decisions; no assembly, vote or survey",
 "C5.4": "no information channels described",
 "C6.1": "no resources identified",
 "C6.4": "denial: contacts with German partners not yet made; SIF grant counted as C6.3",
})

# ---------------------------------------------------------------- E16 mixed
sub("E16", "Biedrība „Saules stars” (self-assessment; place only in letterhead)", "E16.zip", {
 "C2": ["Mēs gribam, lai mūsu ciemā būtu droši un gaiši – ar apgaismotām ielām, sakoptu dīķi un vietu, kur bērniem spēlēties."],
 "C4.1": ["Biedrībā ir 15 biedri, valdes priekšsēdētāja ir Dace Krūmiņa, un katrs biedrs ir uzņēmies kādu savu atbildības jomu."],
 "C4.3": ["Dīķa sakopšanu organizējām paši: sarīkojām trīs talkas, sadalījām pienākumus un sarunājām tehniku."],
 "C4.4": ["Dīķa sakopšana kļuva par mūsu galveno darbu pēc tam, kad iedzīvotāju aptaujā to izvēlējās 58 no 73 atbildējušajiem."],
 "C5.3": ["Dīķa sakopšanā kopā ar biedrību strādāja pamatskola, pagasta komunālais dienests un zemnieku saimniecība „Lejnieki”, kuras saimnieks pats ir mūsu biedrs."],
 "C5.4": ["Par sapulcēm un darbiem ziņojam ciema WhatsApp grupā un uz ziņojumu dēļa pie veikala; pēc mūsu vērtējuma WhatsApp sasniedz ap 80 % mājsaimniecību, bet dēlis – tos, kas telefonu neizmanto."],
 "C6.1": ["Mūsu resursi: biedrības telpa vecajā pagastmājā, 480 eiro biedru naudās, pārvietojamā skatuve un trīs cilvēki ar celtnieka prasmēm."],
 "C6.3": ["2023. gadā piedalījāmies Lielajā talkā ar dīķa sakopšanu un saņēmām novada pašvaldības iedzīvotāju iniciatīvu konkursa finansējumu 1000 EUR laternām."],
}, {
 "C1": "village, pagasts and novads never named in the text; only the letterhead address (header) and 'Skolas ielā 3'; C1 row restates the criterion",
 "C3.1": "dash only",
 "C3.2": "time bank abandoned",
 "C3.3": "smart lanterns only planned",
 "C4.2": "row restates the criterion without a fact",
 "C5.1": "row restates the criterion",
 "C5.2": "non-answer 'Vēl tiek izstrādāts.'",
 "C6.2": "row restates the criterion; no listed resource tied to the goal",
 "C6.4": "denial: no sponsors sought",
})

out = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(L, f, ensure_ascii=False, indent=1)
print("wrote", out, len(L))
