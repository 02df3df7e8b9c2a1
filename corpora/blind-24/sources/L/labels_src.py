#!/usr/bin/env python3
"""Source of labels.json: per submission, present indicators with verbatim evidence, absent ones with notes."""
import json, os
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
S = {}
def sub(sid, name, archive, P, A):
    ind, ev, notes = {}, {}, {}
    for k, v in P.items():
        ind[k] = "present"; ev[k] = v
    for k, v in A.items():
        ind[k] = "absent"; notes[k] = v
    S[sid] = {"name": name, "archive": archive, "indicators": {k: ind[k] for k in IDS if k in ind}, "evidence": ev, "notes": notes}

sub("L01", 'Biedrība "Birzgales kopiena" (Birzgale)', "L01.zip", {
 "C1": ['Biedrība "Birzgales kopiena" apvieno Birzgales pagasta iedzīvotājus, kuriem rūp, lai ciemā būtu labi dzīvot visām paaudzēm.'],
 "C2": ['Mūsu vīzija ir Birzgale 2030. gadā – ciems, kurā jaunas ģimenes izvēlas palikt un atgriezties, jo šeit ir darbs, laba satiksme un draudzīga kopiena.',
        'Mūsu mērķis ir uzlabot dzīves kvalitāti ciemā, dodot iedzīvotājiem iespēju strādāt, mācīties un satikties tepat uz vietas.'],
 "C3.1": ['Kopš 2023. gada pavasara pieci vietējie mājražotāji ar biedrības atbalstu izmanto kopīgu zīmolu "Birzgales labumi" un katra mēneša pirmajā sestdienā pārdod savus produktus tiešajā tirdzniecībā pie kopienas centra.'],
 "C3.2": ['Bijušajā pasta ēkā kopš 2022. gada darbojas kopienas centrs "Krustceles", kurā ir kopstrādes telpa ar četrām darba vietām, bērnu stūrītis un neliela virtuve.'],
 "C3.3": ['Centrā ierīkojām optisko internetu, un 2024. gada rudenī novadījām sešas digitālo prasmju nodarbības senioriem, kurās 23 dalībnieki iemācījās lietot e-parakstu un portāla Latvija.lv e-pakalpojumus.'],
 "C4.1": ['Biedrību vada piecu cilvēku valde, un katram darbības virzienam – kultūrai, videi, jauniešu lietām un vietējai uzņēmējdarbībai – ir sava darba grupa ar atbildīgo personu.'],
 "C4.2": ['Mēs lepojamies ar Birzgales ozolu birzi un ar Ozolu svētkiem, kurus ciemā svinam katru jūnija otro sestdienu jau kopš 1998. gada.'],
 "C4.3": ['Kad 2023. gada augusta vētra nogāza kokus uz ceļa pie skolas, biedrības brīvprātīgie jau nākamajā rītā paši tos sazāģēja un aizvāca, vēl pirms bija ieradusies pašvaldības brigāde.',
          'Katru pavasari un rudeni rīkojam talkas, kurās sakopjam ozolu birzi un peldvietu pie dīķa.'],
 "C4.4": ['Svarīgākos lēmumus pieņem biedrības kopsapulce, kurā var piedalīties un balsot ikviens pagasta iedzīvotājs, ne tikai biedri.',
          'Arī šī projekta ideja tika izvēlēta kopsapulcē: par kopienas centra paplašināšanu nobalsoja 38 no 41 klātesošā.',
          'Balsojums: par kopienas centra paplašināšanu – 38, par trenažieriem – 2, par piestātni – 1.'],
 "C5.1": ['Birzgales novadpētniecības pulciņš ir apkopojis vairāk nekā 300 senu fotogrāfiju un atmiņu stāstu, un katru ziemu vietējās audējas vada meistarklases, kurās jaunās māmiņas un skolēni mācās aust prievītes.'],
 "C5.2": ['Centrā regulāri satiekas senioru klubs "Sidrabpavediens" un jauniešu grupa, un vasarā viņi kopā gatavo Ozolu svētkus.',
          'Nodarbības vadīja vidusskolēni kopā ar biedrības IT brīvprātīgo, tāpēc tās kļuva arī par paaudžu satikšanās vietu.'],
 "C5.3": ['Cieši sadarbojamies ar Birzgales pamatskolu, pagasta bibliotēku, Ogres novada pašvaldību un vietējiem uzņēmējiem: skola dod telpas meistarklasēm, bet zemnieku saimniecība "Lejasbērziņi" katru gadu ziedo dārzeņus svētku zupai.'],
 "C5.4": ['Informācija kopienā aprit trīs kanālos: biedrības Facebook lapā, WhatsApp grupā "Birzgale kopā", kurā ir 312 dalībnieku, un uz ziņojumu dēļa pie veikala.',
          'Pērn novērtējām, ka Facebook ieraksti sasniedz vidēji 1500 cilvēku, taču uz pasākumiem visvairāk cilvēku atnāk tieši no WhatsApp grupas, tāpēc svarīgākos paziņojumus vispirms liekam tur.'],
 "C6.1": ['Kopienas resursus apzinājām 2024. gada sākumā kopā ar iedzīvotājiem, un tie ir apkopoti tabulā.',
          'kopienas centra ēka, 8 portatīvie datori, projektors, pārvietojama skatuve',
          'Ozolu svētku tradīcija un vairāk nekā 300 gadus vecais Birzgales dižozols'],
 "C6.2": ['Kopienas centra ēku un portatīvos datorus izmantojam tieši mūsu pirmajam mērķim – lai iedzīvotāji varētu strādāt un mācīties uz vietas, nebraucot uz Ogri vai Rīgu.'],
 "C6.3": ['Mūsu biedrībai jau ir pieredze: 2022. gadā ar LEADER atbalstu iegādājāmies kopienas centra aprīkojumu, bet 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām grāmatu "Birzgales ļaudis".',
          'Katru gadu piedalāmies arī akcijā "Lielā talka".'],
 "C6.4": ['Centra remontam 2023. gadā saziedojām 3400 eiro, un lielāko daļu no tiem ziedoja Birzgalē dzimušie cilvēki, kas tagad dzīvo Rīgā un Īrijā.',
          'Sadarbībā ar Igaunijas Tori pagasta kopienu 2023. gada vasarā pie mums viesojās 12 brīvprātīgo, kuri palīdzēja atjaunot centra grīdas.'],
}, {})

sub("L02", 'Biedrība "Rembates ciemam" (Rembate)', "L02.zip", {
 "C1": ['Mūsu biedrība dibināta 2019. gadā, un tajā apvienojušies 22 Rembates ciema iedzīvotāji, kuri grib, lai ciems būtu sakopts un dzīvs.'],
 "C2": ['Mēs vēlamies, lai pēc desmit gadiem Rembate būtu ciems, kur ģimenes ar bērniem labprāt apmetas uz dzīvi un kur ikvienam ir kur lietderīgi pavadīt brīvo laiku.'],
 "C4.1": ['Biedrības darbu vada trīs cilvēku valde, un biedri tiekas reizi mēnesī bibliotēkā, lai pārrunātu, kas darāms.'],
 "C4.2": ['Rembatieši lepojas ar seno muižas parku un dzīvo Jāņu tradīciju: Līgo vakarā parkā pie ugunskura sanāk gandrīz viss ciems.'],
 "C4.3": ['2024. gadā sarīkojām trīs talkas, un pavasarī 25 rembatieši paši iztīrīja muižas parka dīķi un izveda vairāk nekā 40 maisu atkritumu.',
          'Kad pērnajā ziemā ciema ielas ilgi netika tīrītas, biedri sarunāja vietējo zemnieku, kurš ar savu traktoru notīrīja sniegu, bet degvielu apmaksājām no biedru naudām.',
          'Liels paldies visiem 25 talciniekiem, kas sestdien iztīrīja muižas parka dīķi!'],
 "C5.1": ['Ciema vecākā iedzīvotāja, 89 gadus vecā Austra Zeltiņa, pērn vadīja trīs vakarus, kuros stāstīja par Rembates muižas un ciema vēsturi, un šie stāsti ir ierakstīti un nodoti glabāšanā bibliotēkai.'],
 "C5.3": ['Biedrība sadarbojas ar Rembates pagasta pārvaldi, kas palīdz ar transportu talkās, un ar Rembates bibliotēku, kur notiek mūsu sanāksmes.'],
 "C5.4": ['Par talkām un sanāksmēm ziņojam biedrības Facebook lapā un uz ziņojumu dēļa pie veikala, bet vecākajiem cilvēkiem biedri piezvana personīgi.'],
 "C6.1": ['Biedrības rīcībā ir zāliena pļāvējs, trimmeris, divas teltis un 40 salokāmu krēslu.',
          'Finanšu resursi ir biedru naudas – aptuveni 260 eiro gadā.'],
 "C6.3": ['Mūsu biedrība 2021. gadā ar LEADER atbalstu ciemā uzstādīja bērnu rotaļu laukumu, un katru gadu piedalāmies Lielajā talkā.'],
}, {
 "C3.1": 'only planned: "Nākamgad plānojam izveidot vietējo mājražotāju e-veikalu"',
 "C3.2": 'about the neighbour: coworking space is in Ķegums, "bet mums tādas nav"',
 "C3.3": 'solar panels only wished ("Būtu labi … uzstādīt saules paneļus"); the solar-panel post on the Facebook page is a shop advert',
 "C4.4": 'project idea approved by the board alone; the survey (9 answers) explicitly did not influence the decision',
 "C5.2": 'denied: youth "pagaidām gandrīz netiek iesaistīti", seniors have no activities',
 "C6.2": 'resources listed but none tied to the stated goal',
 "C6.4": 'denied: "Sponsorus un ārējus partnerus līdz šim neesam piesaistījuši"',
})

sub("L03", 'Biedrība "Tomes kopiena" (Tome) – ciema avīze', "L03.tar.gz", {
 "C1": ['Tomes Vēstis iznāk jau ceturto gadu, un to veido biedrība "Tomes kopiena", kas apvieno Tomes pagasta iedzīvotājus neatkarīgi no vecuma un nodarbošanās.'],
 "C2": ['Mūsu kopienas kopīgais mērķis joprojām ir tas pats, ko pieņēmām 2022. gadā: Tome – zaļš, drošs un draudzīgs ciems pie Daugavas, kurā gribas palikt un uz kuru gribas atgriezties.'],
 "C4.1": ['Biedrībā šobrīd ir 38 biedri, un tās valde tiekas katra mēneša pirmajā pirmdienā tautas namā – uz šīm sēdēm var atnākt ikviens.'],
 "C4.2": ['Tomēnieši vienmēr lepojušies ar savu Daugavas krastu un ar Līgo vakara ugunskuru kalnā, ko te dedzina, cik vien vecākie cilvēki atceras.',
          'Šī tradīcija mūs vieno vairāk nekā jebkas cits.'],
 "C4.3": ['Oktobra talkā 46 tomēnieši trīs stundās sakopa Daugavas krastu no laivu nolaišanas vietas līdz vecajai kapsētai un savāca 2,5 tonnas atkritumu.'],
 "C4.4": ['Decembra iedzīvotāju sapulcē 58 klātesošie balsoja par to, kur ciemā būvēt jauno rotaļu laukumu, un ar 41 balsi uzvarēja vieta pie tautas nama.'],
 "C5.1": ['Novadpētniece Dace Liepa turpina vākt atmiņas par Tomes muižu un dzirnavām, un pagājušajā gadā viņas savāktie stāsti kopā ar vecajām fotogrāfijām bija izstādīti tautas namā.',
          'Vecmāmiņas iemācīja mazajiem savas piparkūku receptes un pastāstīja, kā Ziemassvētkus Tomē svinēja viņu bērnībā.'],
 "C5.2": ['Ziemassvētku pēcpusdienā senioru kopa "Vakarblāzma" un sākumskolas bērni kopā cepa un apgleznoja piparkūkas.'],
 "C5.3": ['Talkā piedalījās arī pagasta pārvaldes darbinieki, bet zemnieku saimniecība "Kalnieši" atbrauca ar traktoru un piekabi.'],
 "C5.4": ['Avīzi 300 eksemplāros izdalām veikalā, bibliotēkā un pagasta pārvaldē, bet elektroniski tā pieejama biedrības Facebook lapā, kur to izlasa vēl ap 600 cilvēku.'],
 "C6.4": ['Paldies SIA "Ķeguma Būve", kas ziedoja 500 eiro bērnu Ziemassvētku pasākumam, un Tomē dzimušajai Ilzei Krūmiņai no Londonas, kura biedrībai uzdāvināja 20 jaunas bērnu grāmatas.'],
}, {
 "C3.1": 'only the shop advert ("Tomes Tirgotava" e-veikals) in Sludinājumi – not the community',
 "C3.2": 'coworking space only wished ("Būtu labi, ja arī Tomē kādreiz būtu …")',
 "C3.3": 'only a newspaper quote / Kurzeme village with solar panels – another place',
 "C6.1": 'no resources identified; cover letter: "Mūsu resursus … vēl apkopojam"',
 "C6.2": 'no identified resources (needs C6.1)',
 "C6.3": 'LEADER application only planned ("plāno iesniegt"); "tehniskais projekts" is a building design; "Programmā" is the meeting programme',
})

sub("L04", 'Biedrība "Jumpravas sportam un kultūrai" (Jumprava)', "L04.zip", {
 "C1": ['Biedrība "Jumpravas sportam un kultūrai" apvieno Jumpravas ciema iedzīvotājus, kuri nodarbojas ar sportu, dzied korī vai vienkārši grib, lai ciemā kaut kas notiek.'],
 "C2": ['Mūsu mērķis ir, lai Jumprava būtu aktīvs un sportisks ciems, kurā cilvēki brīvo laiku pavada kustībā un svaigā gaisā.'],
 "C3.1": ['2021. gadā seši Jumpravas ogu audzētāji, no kuriem četri ir mūsu biedri, nodibināja kooperatīvu "Jumpravas ogas", un tagad tas kopīgi iepērk iepakojumu un pārdod ogas veikaliem Ogrē un Rīgā.'],
 "C4.1": ['Biedrībā ir 31 biedrs, un to vada valde trīs cilvēku sastāvā.'],
 "C4.3": ['Autobusa pieturas nojumi, kuras salabošanu pašvaldība solīja trīs gadus, 2024. gada maijā pārbūvējām paši: materiālus saziedoja ciema ļaudis, un darbs prasīja divas brīvdienas.',
          'Tāpat paši pļaujam zāli sporta laukumā un vasarā uzturam peldvietu.'],
 "C5.3": ['Mūsu pasākumus atbalsta Jumpravas vidusskola, kas ziemā dod sporta zāli biedrības treniņiem, un Jumpravas pagasta pārvalde, kas palīdz ar transportu sporta spēlēm.'],
 "C6.3": ['Mūsu biedrībai jau ir pieredze: 2023. gadā ar LEADER atbalstu iegādājāmies skaņas aparatūru ciema pasākumiem, un tā tiek izmantota vismaz desmit reizes gadā.'],
 "C6.4": ['Ciema svētkiem katru gadu saņemam ziedojumus no vietējiem un Rīgas uzņēmumiem – 2024. gadā kopā 1650 eiro.'],
}, {
 "C3.2": 'self-assessment only restates the criterion wording',
 "C3.3": 'self-assessment: "Nav."; the electricity "elektrotīkls" is another sense',
 "C4.2": 'only the restated criterion; "vērtība" used as money value of fixed assets',
 "C4.4": '"Skatīt pielikumā Nr. 3." – no such annex in the submission',
 "C5.1": 'denied: "Meistarklases … līdz šim nav notikušas"',
 "C5.2": 'only the criterion wording restated',
 "C5.4": 'self-assessment cell is "—"',
 "C6.1": 'non-answer "Vēl tiek izstrādāti."; only the money value of fixed assets is given',
 "C6.2": 'no identified resources; "Resursi tiek izmantoti mērķtiecīgi." restates the criterion',
})

sub("L05", 'Biedrība "Lēdmanes nākotne" (Lēdmane) – very weak', "L05.zip", {
 "C1": ['Mēs esam Lēdmanes pagasta iedzīvotāji, kas 2024. gada oktobrī nodibināja biedrību "Lēdmanes nākotne", lai kopā rūpētos par savu ciemu.'],
 "C2": ['Mēs gribam, lai Lēdmane nākotnē būtu vieta, kur jauniešiem ir iemesls palikt un kur vecākiem cilvēkiem nav jājūtas vientuļiem.'],
 "C4.1": ['Biedrības valdē ir trīs cilvēki, un biedrībā iestājušies deviņi biedri.'],
}, {
 "C3.1": 'only general definition and wishes ("Varētu izveidot … kooperatīvu")',
 "C3.2": 'denied ("Pagaidām mums nav neviena inovatīva risinājuma") and wishes ("Būtu labi, ja Lēdmanē būtu kopienas centrs")',
 "C3.3": 'only wishes ("Vajadzētu uzstādīt saules paneļus") and EU examples',
 "C4.2": 'denied: identity "vēl neesam formulējuši"',
 "C4.3": 'only planned ("Nākotnē plānojam rīkot talkas"); no joint events yet',
 "C4.4": 'only planned/conditional (sapulces, aptauja)',
 "C5.1": 'nothing about knowledge or heritage',
 "C5.2": 'only conditional ("Būtu labi, ja seniori un jaunieši varētu satikties")',
 "C5.3": 'denied: "Ar skolu, pašvaldību un uzņēmējiem vēl neesam sadarbojušies"',
 "C5.4": 'denied: "Kopīgas informācijas telpas mums vēl nav"; channels only conditional',
 "C6.1": 'denied: "Resursi vēl nav apzināti."',
 "C6.2": 'no identified resources',
 "C6.3": 'denied: "LEADER un citos projektos līdz šim neesam piedalījušies"; "Latvijas Lauku forums" only in general text',
 "C6.4": 'only planned: "Nākotnē plānojam piesaistīt sponsorus"',
})

sub("L06", 'Biedrība "Madlienas attīstības biedrība" (Madliena) – rīcības plāns + sadarbības līgums', "L06.tar.gz", {
 "C1": ['Biedrība "Madlienas attīstības biedrība" apvieno Madlienas pagasta iedzīvotājus, un tās 57 biedri darbojas četrās darba grupās, kuras koordinē piecu cilvēku valde.'],
 "C2": ['Mūsu vīzija: Madliena 2030. gadā ir ciems, kurā jaunās ģimenes jūtas gaidītas, seniori nejūtas vientuļi un ikviens zina, kur griezties pēc palīdzības.'],
 "C4.1": ['Biedrība "Madlienas attīstības biedrība" apvieno Madlienas pagasta iedzīvotājus, un tās 57 biedri darbojas četrās darba grupās, kuras koordinē piecu cilvēku valde.'],
 "C4.2": ['Mūsu identitātes pamats ir Madlienas baznīca un muižas parks, kā arī ilgā kora dziedāšanas tradīcija – ciema korī dzied jau trešā paaudze.'],
 "C4.4": ['Rīcības plānu 2024. gada 30. novembrī apstiprināja Madlienas iedzīvotāju sapulce, kurā par to balsoja 52 no 57 klātesošajiem.'],
 "C5.1": ['Jau piecus gadus biedrības rokdarbnieces katru otrdienu vada adīšanas un tamborēšanas pulciņu, kurā savas prasmes nodod meitenēm un jaunajām māmiņām.'],
 "C5.2": ['Plāna izstrādē piedalījās gan Madlienas vidusskolas skolēni, gan senioru biedrības "Rudzupuķe" dalībnieces, gan vairākas jaunās ģimenes, kas ciemā apmetušās pēdējos gados.'],
 "C5.3": ['Ar Madlienas vidusskolu un SIA "Madlienas maiznīca" 2024. gada decembrī noslēdzām sadarbības līgumu, un skola jau tagad vakaros atvēl mums savu aktu zāli.'],
 "C6.1": ['biedrības telpa bijušajā bibliotēkā, 2 datori, skaņas pastiprinātājs', 'Madlienas cimdu raksti, kora tradīcija'],
 "C6.2": ['Biedrības telpu bijušajā bibliotēkā jau tagad izmantojam mūsu pirmajam mērķim – tur katru nedēļu satiekas rokdarbnieces ar jaunajām māmiņām, un vakaros tur notiek jauniešu galda spēļu vakari.'],
 "C6.4": ['Rīcības plāna izstrādē mūs bez maksas konsultēja divi Vidzemes Augstskolas pētnieki, kuri vadīja trīs darbnīcas un palīdzēja apkopot iedzīvotāju idejas.',
          'Ziedojumu akcijā 2024. gada rudenī saņēmām 2100 eiro, no kuriem lielāko daļu ziedoja Madlienā dzimušie cilvēki, kas tagad dzīvo Rīgā un Vācijā.'],
}, {
 "C3.1": 'only an action-plan row (e-veikals 2026)',
 "C3.2": 'time bank and coworking only action-plan rows; the existing time bank is in Ķeipene (neighbour)',
 "C3.3": 'solar panels and digital courses only action-plan rows',
 "C4.3": 'talkas only planned (action-plan row 3); planning began on the municipality\'s invitation and was led by outside experts',
 "C5.4": 'denied ("ciemā nav vienota informācijas kanāla"); website/WhatsApp group only planned',
 "C6.3": 'denied ("valsts vai reģionālas programmas neesam izmantojuši"); LEADER only planned',
})

sub("L07", 'Biedrība "Suntažu kopienas biedrība" (Suntaži)', "L07.zip", {
 "C1": ['Mēs esam Suntažu ciema un pagasta iedzīvotāju kopiena, kas kopš 2012. gada darbojas kā biedrība "Suntažu kopienas biedrība".'],
 "C2": ['Mūsu vīzija ir Suntaži kā ciems, kurā katrs var atrast darbu, mācības un draugus, neatsakoties no lauku dzīves.',
        'Kopienas mērķis ir līdz 2030. gadam panākt, lai ciemā rastos vismaz piecas jaunas darba vietas un lai iedzīvotāju skaits vairs nesamazinātos.'],
 "C3.1": ['Kopš 2021. gada darbojas biedrības dibinātais sociālais uzņēmums SIA "Suntažu darbi", kas nodarbina četrus cilvēkus ar invaliditāti un izgatavo koka rotaļlietas, kuras pārdodam e-veikalā un tūrisma informācijas punktā.',
          '2023. gadā kopā ar vietējiem uzņēmējiem izveidojām velotūrisma maršrutu "Suntažu aplis" ar 12 apskates vietām un QR kodiem, kas ved uz audiostāstiem.'],
 "C3.2": ['Biedrības mājā darbojas laika banka, kurā 48 dalībnieki stundu pret stundu apmainās ar pakalpojumiem – no malkas skaldīšanas līdz matemātikas stundām.'],
 "C3.3": ['Kopš 2024. gada ciemā darbojas kopienas koplietošanas elektroauto, ko rezervē mobilajā lietotnē, un pagājušajā rudenī 31 iedzīvotājs piedalījās apmācībās par tā lietošanu.'],
 "C4.1": ['Biedrībā ir 74 biedri, to vada septiņu cilvēku valde, un darbs notiek piecās darba grupās, kurās iesaistās arī cilvēki, kuri nav biedri.'],
 "C4.2": ['Suntažnieki lepojas ar Suntažu muižas parku, ar ciema amatnieku tradīcijām un ar Suntažu dziesmu svētkiem, kas katru vasaru pulcē kolektīvus no visa novada.',
          'Mūsu kopienas vērtības, ko 2023. gadā kopīgi formulējām, ir atbildība, atvērtība un darbs ar savām rokām.'],
 "C4.3": ['Kad 2022. gada ziemā ilgstoši nebija elektrības, biedrība divās dienās noorganizēja sildīšanās punktu biedrības mājā, kur bija ģenerators, karsta zupa un telefonu uzlāde.',
          'Katru gadu rīkojam vismaz četras talkas, un 2024. gadā tajās piedalījās 210 cilvēki.'],
 "C4.4": ['Reizi gadā, martā, rīkojam atklātu iedzīvotāju forumu, kurā ar balsošanu izvēlamies nākamā gada prioritātes.',
          'Kopš 2022. gada darbojas arī kopienas līdzdalības budžets – 3000 eiro gadā, ko iedzīvotāji sadala, balsojot par pašu iesniegtām idejām.'],
 "C5.1": ['Biedrības mājā katru mēnesi notiek amatu meistarklases, kurās vietējie kalēji, podnieki un pinēji māca savas prasmes jauniešiem un ciemā iebraukušajiem.'],
 "C5.2": ['Mūsu pasākumos kopā piedalās seniori, jaunieši, ģimenes ar bērniem un cilvēki ar invaliditāti, un laika bankā jaunieši bieži palīdz senioriem, bet seniori jauniešiem māca gatavot ēst.'],
 "C5.3": ['Biedrība cieši sadarbojas ar Suntažu vidusskolu, Suntažu pagasta pārvaldi, Suntažu evaņģēliski luterisko draudzi un vietējiem uzņēmējiem, un 2024. gadā kopā ar skolu rīkojām karjeras dienu.'],
 "C5.4": ['Informācija kopienā aprit vairākos kanālos: biedrības mājaslapā, Facebook lapā (1900 sekotāju), WhatsApp kopienas grupā un ikmēneša izdevumā "Suntažu Ziņas", ko izdalām arī papīra formā.',
          'Reizi gadā analizējam, kurš kanāls sasniedz kuru auditoriju: senioriem svarīgākā ir papīra avīze, bet jauniešiem – Instagram.'],
 "C6.1": ['biedrības māja, 10 datori, elektroauto, kokapstrādes darbnīca', 'Suntažu dziesmu svētku tradīcija, kalēju amata prasmes'],
 "C6.2": ['Kokapstrādes darbnīcu un amatniekus, kas ir mūsu unikālais resurss, izmantojam tieši mūsu mērķim radīt darba vietas: darbnīcā strādā sociālā uzņēmuma darbinieki.'],
 "C6.3": ['Biedrība ir īstenojusi piecus LEADER projektus un divus Sabiedrības integrācijas fonda projektus, un 2023. gadā piedalījāmies Latvijas Lauku foruma Viedo ciemu skolā.'],
 "C6.4": ['Kopš 2019. gada mums ir sadraudzība ar Somijas Pälkäne ciema kopienu, no kuras pērn pie mums viesojās 15 cilvēki un dalījās pieredzē par laika banku.',
          'Elektroauto iegādi daļēji finansēja vietējais uzņēmums SIA "Suntažu kokmateriāli", bet amatu meistarklasēm ziedojumus sniedz privātpersonas.'],
}, {})

sub("L08", 'Biedrība "Ķeipenes kopā" (Ķeipene) – iesniegums + e-pasta sarakste', "L08.zip", {
 "C1": ['Biedrība "Ķeipenes kopā" dibināta 2020. gadā, un to izveidoja Ķeipenes ciema iedzīvotāji, kuri pandēmijas laikā sāka palīdzēt vientuļajiem kaimiņiem.'],
 "C2": ['Mūsu mērķis ir, lai neviens Ķeipenē nepaliktu viens – lai ikvienam, kam vajadzīga palīdzība, būtu kaimiņš, pie kura griezties.'],
 "C3.2": ['Kopš 2023. gada rudens ciemā darbojas laika banka, kurā 34 iedzīvotāji apmainās ar pakalpojumiem – stunda pret stundu.'],
 "C4.1": ['Tagad biedrībā ir 34 biedri, to vada trīs cilvēku valde, un biedru sapulces notiek reizi ceturksnī.'],
 "C4.3": ['Kad 2024. gada janvārī sala dēļ ciemā sasala vairāku māju ūdensvadi, biedrības brīvprātīgie divas nedēļas paši vadāja ūdeni vecākajiem cilvēkiem, līdz pašvaldība atjaunoja ūdens piegādi.',
          'Tāpat mēs paši katru rudeni sagādājam malku trim vientuļiem senioriem.'],
 "C4.4": ['Iedzīvotāju aptaujā 2024. gada pavasarī 112 respondenti kā svarīgāko vajadzību norādīja palīdzību senioriem ikdienas darbos, tāpēc šo ideju iekļāvām projektā.',
          'Aptaujas rezultātus pārrunājām biedru sapulcē, un par projekta iesniegšanu vienbalsīgi nobalsoja visi 27 klātesošie.'],
 "C5.2": ['Piemēram, jaunieši senioriem sagādā malku un aizved uz aptieku, bet seniori pieskata mazus bērnus vai ada zeķes jaunajām ģimenēm.'],
 "C5.4": ['Informācija kopienā aprit caur WhatsApp grupu "Ķeipenes kaimiņi", kurā ir 146 dalībnieki, bet tiem senioriem, kuriem nav viedtālruņa, koordinatore katru pirmdienu piezvana un izstāsta jaunumus.'],
 "C6.3": ['Mēs 2021. gadā ar Valsts kultūrkapitāla fonda atbalstu atjaunojām Ķeipenes estrādes soliņus, un pērn piedalījāmies Sabiedrības integrācijas fonda konkursā "Kopienu iniciatīvas", no kura saņēmām 1500 eiro laika bankas tējas vakariem.'],
}, {
 "C3.1": 'abandoned idea: cooperative discussed in 2022, "no šīs idejas atteicāmies"',
 "C3.3": 'about the neighbour: digital system and smart buttons are in Madliena, "bet mums tādu nav"; online platform only planned',
 "C4.2": 'no statement of values, identity or uniqueness',
 "C5.1": 'no knowledge or heritage transfer described',
 "C5.3": 'denied: "Skola un uzņēmēji mūsu aktivitātēs pagaidām netiek iesaistīti"',
 "C6.1": 'non-answer: "Nav apkopoti."; the consultant\'s e-mail only recommends filling it in',
 "C6.2": 'no identified resources',
 "C6.4": 'denied in the e-mail: "sponsorus mēs vēl meklējam"; no partners named',
})

sub("L09", 'SIA "Taurupes Vecmuiža" (Taurupe) – company, not a community', "L09.zip", {
 "C3.1": ['2023. gadā izveidojām velotūrisma maršrutu "Taurupes loks" (42 km) ar astoņām apskates vietām, un to jau izmantojuši vairāk nekā 600 tūristu.',
          'Tāpat esam atvēruši e-veikalu, kurā pārdodam muižas klētī ražotos zāļu tējas maisījumus un dāvanu kartes.'],
 "C3.3": ['Kopš 2022. gada viesu namā darbojas tiešsaistes rezervāciju sistēma, kas sasaistīta ar viesu nama kalendāru un durvju kodiem, tāpēc viesi var ierasties arī vēlu vakarā bez administratora klātbūtnes.'],
 "C5.1": ['Muižas klētī divreiz mēnesī notiek meistarklases, kurās vietējā podniece un maizes cepēja māca viesiem un interesentiem savu amatu, un kopš 2023. gada tajās piedalījušies vairāk nekā 400 cilvēku.',
          'Klētī izveidota arī neliela ekspozīcija par muižas vēsturi, ko sagatavojām pēc vecāko taurupiešu stāstītā.'],
 "C5.3": ['Meistarklases rīkojam kopā ar Taurupes pamatskolu, kuras skolēni tajās piedalās bez maksas, un ar Ogres novada Tūrisma informācijas centru, kas tās iekļauj novada pasākumu kalendārā.'],
 "C6.1": ['viesu nams, klēts ar maizes krāsni, 20 nomas velosipēdi', '19. gadsimta muižas klēts ar maizes krāsni'],
 "C6.3": ['2019. gadā ar LEADER atbalstu atjaunojām muižas klēts jumtu un izveidojām tajā meistarklašu telpu.',
          '2024. gadā piedalījāmies valsts tūrisma kampaņā "Apceļo Latviju", kurā mūsu maršruts tika iekļauts valsts mēroga kartē.'],
 "C6.4": ['Kopš 2022. gada esam biedrības "Lauku ceļotājs" sadarbības tīkla dalībnieki, un ar tā starpniecību pie mums atbrauc aptuveni trešā daļa viesu.',
          'Sadarbojamies arī ar Igaunijas tūrisma aģentūru "Reisiring", kas katru vasaru atved pie mums četras tūristu grupas.'],
}, {
 "C1": 'applicant is a family company ("Mēs neesam biedrība, bet ģimenes uzņēmums"), not the community of Taurupe',
 "C2": 'only the company\'s business goal (turnover, tourism destination); "mērķi" also used as travel destinations',
 "C3.2": 'no social innovation (no new cooperation or governance form)',
 "C4.1": 'company; "Taurupē nav savas iedzīvotāju biedrības"',
 "C4.2": 'no community identity or values stated',
 "C4.3": 'activities run by the company, no residents\' self-organisation',
 "C4.4": 'decided by the company board; residents\' views "neesam speciāli noskaidrojuši"',
 "C5.2": 'no integration of groups described',
 "C5.4": 'no information flow or channels described',
 "C6.2": 'resources listed but no community goal (C2 absent) to tie them to; company goal only',
})

sub("L10", 'Biedrība "Krapes kopiena" (Krape) – kopsapulces protokols + uzņēmuma atbalsta vēstule', "L10.tar.gz", {
 "C1": ['Valdes priekšsēdētājs informē, ka biedrībai pievienojušies četri jauni biedri – visi Krapes ciema iedzīvotāji – un ka biedrība tagad apvieno 56 krapiešus.'],
 "C2": ['Krape 2035 – sakopts un dzīvs ciems, kurā muižas parks ir visu iedzīvotāju lepnums un tikšanās vieta, bet jaunās ģimenes izvēlas šeit būvēt māju.'],
 "C4.1": ['Sapulci vada valdes priekšsēdētājs Ojārs Krūmiņš, protokolē Sanita Lāce.',
          'Valdes priekšsēdētājs informē, ka biedrībai pievienojušies četri jauni biedri – visi Krapes ciema iedzīvotāji – un ka biedrība tagad apvieno 56 krapiešus.'],
 "C4.2": ['Debatēs vairāki dalībnieki uzsver, ka Krapes identitāte balstās muižas parkā un rudens Ābolu dienās, ko krapieši kopš 2012. gada svin visi kopā, un ka tieši ar to Krape atšķiras no kaimiņu pagastiem.'],
 "C4.3": ['O. Krūmiņš ziņo, ka 2024. gadā biedrība sarīkoja divas talkas Krapes muižas parkā, kurās kopumā piedalījās 64 cilvēki, un pašu spēkiem tika nojaukta sabrukusī šķūņa ēka parka malā.'],
 "C4.4": ['Balsojums: par ideju (a) – 36, par ideju (b) – 11, atturas – 2.',
          'NOLĒMA: sagatavot LEADER projekta iesniegumu muižas parka celiņu un apgaismojuma atjaunošanai.'],
 "C5.3": ['Talkā pie muižas parka piedalījās arī pagasta bibliotēkas vadītāja ar lasītājiem un SIA "Krapes koks" darbinieki ar savu tehniku.'],
 "C5.4": ['S. Lāce informē, ka uzaicinājums uz šo sapulci tika izsūtīts biedrības WhatsApp grupā "Krape", kurā ir 187 dalībnieki, izlikts uz ziņojumu dēļa pie veikala un publicēts pagasta avīzē, un ka pēc aptaujas sapulcē visvairāk dalībnieku par to uzzinājuši tieši no WhatsApp grupas.'],
 "C6.3": ['Biedrība maijā piedalījās Lielajā talkā un jūlijā – Ogres novada kopienu dienās, kur prezentēja Krapes muižas parka atjaunošanas darbus.',
          'Gada nogalē biedrība saņēma Ogres novada pašvaldības iedzīvotāju iniciatīvu konkursa finansējumu 1200 eiro apmērā, par ko tika iegādāti soliņi parkam.'],
 "C6.4": ['SIA "Krapes koks" biedrībai ziedoja arī 15 kubikmetrus malkas tautas nama apkurei.'],
}, {
 "C3.1": 'cooperative proposal dropped, "Priekšlikums balsojumam netiek nodots"',
 "C3.2": 'coworking space only conditional ("varētu izveidot", "būtu labi noskaidrot")',
 "C3.3": 'the digital timber-tracking system belongs to the supporting company (letter\'s own "we")',
 "C5.1": 'no knowledge or heritage transfer described',
 "C5.2": 'no integration of social/age groups described',
 "C6.1": 'resource inventory postponed ("Resursu apzināšanu nolemj atlikt"); the company\'s machinery in the letter is not the applicant\'s',
 "C6.2": 'no identified resources',
})

sub("L11", 'Biedriba "Lauberes kopiena" (Laubere) – typed without diacritics', "L11.zip", {
 "C1": ['Biedriba "Lauberes kopiena" apvieno Lauberes pagasta iedzivotajus, un taja ir 41 biedrs.'],
 "C2": ['Musu vizija ir Laubere, kura cilveki dzivo sakopta vide, pazist cits citu un kopa rupejas par savu ciemu.',
        'Musu galvenais merkis nakamajiem pieciem gadiem ir, lai Laubere satiktos un sadarbotos visas paaudzes un lai ikviens varetu sanemt palidzibu un padomu tepat ciema.'],
 "C3.2": ['Kops 2023. gada vecaja pagastmaja darbojas kopienas centrs "Lauberes maja", ko parvalda pasi iedzivotaji – katru nedelu cits brivpratigais dezurants atver telpas, vada pasakumus un rupejas par kartibu.'],
 "C4.1": ['Biedribu vada valde piecu cilveku sastava, un katram valdes loceklim ir savs atbildibas lauks: kultura, vide, jaunatne, finanses un saimnieciba.'],
 "C4.2": ['Lauberiesi lepojas ar savu seno Lauberes muizas parku, ar Ogres upes lokiem un ar to, ka ciema Jani ir vieni no kuplakajiem novada.',
          'Musu kopienas vertibas ir izpalidziba, darbigums un ciena pret senciem – tas ir tas, kas mus vieno.'],
 "C4.3": ['Kad 2023. gada rudeni pagastmajas jumts saka tecet, biedri pasi savaca naudu materialiem un divu nedelas nogalu talkas jumtu salaboja.'],
 "C4.4": ['Visi svarigie lemumi tiek pienemti iedzivotaju kopsapulce, kura balsot var ikviens Lauberes iedzivotajs no 16 gadu vecuma.',
          '2024. gada 8. marta kopsapulce 52 klatesosie nobalsoja par to, ka nakama projekta prioritate bus kopienas centra siltinasana, jo ziema centru apkurinat ir parak dargi.'],
 "C5.1": ['Lauberes maja katru treso ceturtdienu notiek meistarklases, kuras vietejas rokdarbnieces mac jaunajam mammam un skolenam aust un adit Lauberes rakstus.'],
 "C5.2": ['Kopienas centra regulari satiekas senioru klubs un jauniesu grupa, un vasara jauniesi palidz senioriem darzu darbos, bet seniori jauniesiem stasta par veco Lauberi.',
          'Pasakumos piedalas ari vairakas ukrainu gimenes, kas pagasta dzivo kops 2022. gada.'],
 "C5.4": ['Informacija kopiena aprit caur WhatsApp grupu "Laubere kopa", kura ir 220 dalibnieku, un biedribas Facebook lapu, bet vecakajiem cilvekiem informaciju par pasakumiem izliekam uz zinojumu dela pie veikala un pie kopienas centra durvim.'],
 "C6.1": ['kopienas centra eka, 2 datori, zales plaveji, telts', 'Lauberes rakstu adisanas tradicija'],
 "C6.2": ['Kopienas centra eku un tas telpas izmantojam tiesi musu galvenajam merkim – tur jau tagad satiekas visas paaudzes, un tur ikviens var atnakt pec padoma.'],
 "C6.3": ['Musu biedriba 2020. un 2022. gada ar LEADER atbalstu iegadajas aprikojumu kopienas centram, bet 2024. gada piedalijas Sabiedribas integracijas fonda programma "NVO fonds".'],
}, {
 "C3.1": 'only planned: "Nakamgad planojam izveidot vietejo razotaju tirdzinu"',
 "C3.3": 'only planned: "nakamgad rikosim digitalo prasmju apmacibas"',
 "C5.3": 'denied: "Skola, uznemeji un draudze musu darba lidz sim nav iesaistijusies"',
 "C6.4": 'denied: "Sponsoru mums nav, un arejus sadarbibas partnerus lidz sim neesam piesaistijusi"',
})

sub("L12", 'Biedrība "Mazozolu ciema biedrība" (Mazozoli)', "L12.zip", {
 "C1": ['Mazozolu ciema biedrība ir Mazozolu pagasta iedzīvotāju kopiena, kas apvieno 52 biedrus un darbojas kopš 2014. gada.'],
 "C2": ['Mūsu vīzija ir Mazozoli 2030 – energoneatkarīgs un draudzīgs ciems, kurā iedzīvotāji kopā ražo pārtiku un enerģiju un kurā neviens nav atstāts viens.',
        'Galvenais kopienas mērķis ir samazināt mājsaimniecību izdevumus par enerģiju un pārtiku, vienlaikus stiprinot kaimiņu saites.'],
 "C3.1": ['Jau 2022. gadā 14 mājsaimniecības kopā ar biedrību nodibināja kooperatīvo sabiedrību "Mazozolu dārzs", kas uztur kopienas siltumnīcu un piegādā dārzeņus 40 ģimenēm pēc abonēšanas principa.'],
 "C3.2": ['Pirms diviem gadiem izveidojām ciema "darbu kalendāru": iedzīvotāji tiešsaistes tabulā piesakās palīgā kaimiņiem, un par katru stundu saņem punktu, ko var izmantot, lūdzot palīdzību sev.'],
 "C3.3": ['Uz pagastmājas jumta 2023. gadā uzstādījām 30 kW saules paneļu sistēmu, kuras saražoto elektrību izmanto pagastmāja un siltumnīca, un ražošanu katrs var sekot līdzi mobilajā lietotnē.',
          'Biedrības enerģētikas grupa 2024. gadā novadīja piecas apmācības, kurās 37 iedzīvotāji iemācījās lasīt savu elektroenerģijas patēriņa datus un pārslēgties uz dinamisko tarifu.'],
 "C4.1": ['Biedrību vada piecu cilvēku valde, kuru ik pēc diviem gadiem ievēl kopsapulce, un katrā ciema daļā ir sava "ielas uzticības persona", kas uzrunā kaimiņus un nodod viņu idejas valdei.'],
 "C4.2": ['Mēs esam lepni, ka esam mazs ciems ar lielu sirdi: Mazozolos katrs pazīst katru, un mūsu tradīcija ir rudens "Ražas ballē" kopā ar visu ciemu svinēt padarīto.',
          'Mūsu kopīgās vērtības ir uzticēšanās, taupība un dabas saudzēšana.'],
 "C4.3": ['Kad 2024. gada vasaras sausumā izsīka ciema aka pie siltumnīcas, iedzīvotāji nedēļas laikā paši saorganizēja ūdens vešanu ar mucām, bet rudenī talkā izraka jaunu aku.'],
 "C4.4": ['Lēmumus par lielākajiem ieguldījumiem pieņem kopsapulce, kurā balsot var katrs ciema iedzīvotājs.',
          'Saules paneļu uzstādīšanu 2022. gada kopsapulcē atbalstīja 61 no 66 klātesošajiem, un šī projekta ideja – siltumnīcas paplašināšana un laistīšanas automatizācija – tika izvēlēta 2024. gada novembra aptaujā, kurā piedalījās 118 iedzīvotāju.'],
 "C5.1": ['Siltumnīcā skolēni katru pavasari kopā ar vecākajiem dārzniekiem stāda tomātus un gurķus, un vecmāmiņas viņiem māca sēklu ievākšanu un senās dārzeņu šķirnes, ko Mazozolos audzē jau vairākās paaudzēs.'],
 "C5.2": ['Kopienas siltumnīcā strādā arī divi cilvēki ar garīga rakstura traucējumiem, kuriem tas ir vienīgais darbs ārpus mājas.',
          'Siltumnīcā skolēni katru pavasari kopā ar vecākajiem dārzniekiem stāda tomātus un gurķus, un vecmāmiņas viņiem māca sēklu ievākšanu un senās dārzeņu šķirnes, ko Mazozolos audzē jau vairākās paaudzēs.'],
 "C5.3": ['Sadarbojamies ar Mazozolu pamatskolu, Ogres novada pašvaldību, Mazozolu evaņģēliski luterisko draudzi un zemnieku saimniecībām, un skola siltumnīcu izmanto bioloģijas stundās.'],
 "C5.4": ['Informācija kopienā aprit ciema WhatsApp grupā, biedrības Facebook lapā un uz ziņojumu dēļa pie pagastmājas, un ielu uzticības personas ziņas nodod kaimiņiem, kuriem nav telefona.',
          'Gada beigās pārskatām, cik cilvēku sasniedzām: 2024. gadā WhatsApp grupā bija 96 % mājsaimniecību.'],
 "C6.1": ['pagastmāja, 30 kW saules paneļi, siltumnīca 300 m², motoblokss', 'vietējās tomātu un pupu šķirnes, kas audzētas paaudzēm ilgi'],
 "C6.2": ['Saules paneļu saražoto elektroenerģiju un kopienas zemi izmantojam tieši mūsu mērķim samazināt mājsaimniecību izdevumus par enerģiju un pārtiku.'],
 "C6.3": ['Saules paneļi uzstādīti ar LEADER atbalstu, un 2024. gadā biedrība piedalījās Latvijas Lauku foruma rīkotajā Viedo ciemu skolā.'],
 "C6.4": ['Siltumnīcas būvei Mazozolos dzimušie ziedotāji no Norvēģijas un Kanādas saziedoja 4200 eiro, un pērn divas nedēļas pie mums strādāja brīvprātīgie no Eiropas Solidaritātes korpusa.'],
}, {})

sub("L13", 'Biedrība "Meņģeles kopiena" (Meņģele) – Facebook lapa', "L13.zip", {
 "C1": ['Biedrība "Meņģeles kopiena" ir Meņģeles iedzīvotāju 2019. gadā dibināta organizācija, kurā šobrīd ir 27 biedri, un to vada trīs cilvēku valde – Ilze, Toms un Maija.'],
 "C2": ['Mūsu mērķis ir, lai Meņģele būtu ciems, kur gribas dzīvot, nevis tikai pārgulēt pēc darba Rīgā, un lai bērni, kas te aug, gribētu šeit atgriezties.'],
 "C4.1": ['Biedrība "Meņģeles kopiena" ir Meņģeles iedzīvotāju 2019. gadā dibināta organizācija, kurā šobrīd ir 27 biedri, un to vada trīs cilvēku valde – Ilze, Toms un Maija.'],
 "C4.2": ['Šī ir mūsu pašu izdomāta tradīcija – augusta vidū visi ciema ļaudis pa Meņģeles upīti palaiž numurētas gumijas pīlītes, un tieši ar šiem jautrajiem svētkiem mūsu ciemu pazīst visā apkārtnē.'],
 "C4.3": ['Pēc tam kad pavasara plūdi to bija sagāzuši un neviens nesteidzās to labot, sestdien 28 meņģelieši paši atveda dēļus, iedzina jaunus pāļus un laipu uzbūvēja no jauna.'],
 "C4.4": ['Balsojumā piedalījās 86 cilvēki, un uzvarēja vieta pie autobusa pieturas – tur soliņš un šūpoles šodien arī tika uzstādīti.'],
 "C5.2": ['Senioru klubiņa dāmas bērniem izdalīja pašu adītas zeķītes, bet bērni senioriem nodziedāja dziesmas.',
          'Kopā ar mums svinēja arī trīs ukraiņu ģimenes, kas Meņģelē dzīvo kopš 2022. gada, un viņu bērni pirmo reizi deklamēja dzejoli latviski.'],
 "C5.4": ['Šī lapa un WhatsApp grupa "Meņģele" ir mūsu galvenie informācijas kanāli, bet svarīgākos paziņojumus izliekam arī uz dēļa pie veikala.'],
 "C6.4": ['Gandrīz pusi no šīs summas pārskaitīja Meņģelē dzimušie, kas tagad dzīvo Anglijā un Īrijā, un vēl 200 eiro ziedoja kāds Rīgā dzīvojošs vasarnieks.'],
}, {
 "C3.1": 'only a private firewood advert',
 "C3.2": 'coworking space only wished ("būtu labi"), "piemērotas telpas mums pagaidām nav"',
 "C3.3": 'mobile-app transport is a shared newspaper article about a Kurzeme village',
 "C5.1": 'the candle-making masterclass is a sponsored advert of a Suntaži business',
 "C5.3": 'no school, municipality, business or other sector involved',
 "C6.1": 'denied ("vēl neesam sapratuši, kas mums īsti ir"); "Skatīt pielikumā Nr. 2." with no such annex',
 "C6.2": 'no identified resources',
 "C6.3": 'Lielā talka only a question ("Vai Meņģelei arī vajadzētu reģistrēt savu talku?"); "Iepriekšējie projekti" cell is "—"',
})

sub("L14", 'Biedrība "Ogresgala ciema biedrība" (Ogresgals) – very weak', "L14.tar.gz", {
 "C1": ['Biedrība "Ogresgala ciema biedrība" pārstāv Ogresgala ciema iedzīvotājus.'],
 "C4.1": ['Biedrībā ir 14 biedri, un to vada valde divu cilvēku sastāvā.'],
}, {
 "C2": 'criterion wording restated; "Kopienas vīzija vēl tiek izstrādāta."; project aim is technical (tents, chairs)',
 "C3.1": 'form hint and restated criterion only',
 "C3.2": 'form hint and restated criterion only',
 "C3.3": 'form hint and restated criterion only',
 "C4.2": 'restated criterion only',
 "C4.3": 'restated criterion only',
 "C4.4": 'restated criterion only',
 "C5.1": 'heading followed by "—"',
 "C5.2": 'heading followed by "—"; involvement of youth/seniors only wished ("Būtu labi")',
 "C5.3": '"kopiena ir atvērta visiem" is no fact; "Skolas iela" is an address',
 "C5.4": 'heading followed by "—"; Facebook page only "vajadzētu"',
 "C6.1": '"Resursi tiek apzināti …" restates the criterion, nothing identified',
 "C6.2": 'restated criterion only',
 "C6.3": '"Nav." in experience section; LEADER only in footer boilerplate and publicity rules; "Programma" is an event programme',
 "C6.4": '"Skatīt pielikumā." with no annex',
})

sub("L15", 'Ciemupes bibliotēka (Ogres novada pašvaldība) – institution, not a community', "L15.zip", {
 "C3.3": ['Kopš 2023. gada bibliotēkā katru otrdienu notiek digitālo prasmju nodarbības senioriem, un 2024. gadā tajās 46 dalībnieki iemācījās lietot internetbanku, e-veselības portālu un videozvanus.'],
 "C5.1": ['Bibliotēkas novadpētniecības krājumā ir vairāk nekā 1200 vienību – fotogrāfijas, vēstules, avīžu izgriezumi un atmiņu pieraksti, un 2024. gadā tās digitalizējām un ievietojām novada novadpētniecības datubāzē.',
          'Katru gadu rīkojam arī atmiņu vakarus, kuros vecākie ciemupieši stāsta par ciema vēsturi, un šie stāsti tiek ierakstīti.'],
 "C5.2": ['Nodarbības vada Ogresgala pamatskolas 9. klases skolēni kopā ar bibliotekāri, tāpēc tās ir arī paaudžu tikšanās – skolēni māca tehnoloģijas, bet seniori stāsta par savu jaunību Ciemupē.'],
 "C5.3": ['Mūsu aktivitātes notiek sadarbībā ar Ogresgala pamatskolu, Ogresgala pensionāru biedrību "Sirmā Ogre" un Ogresgala pagasta pārvaldi, kas nodrošina transportu senioriem no attālākām mājām.'],
 "C5.4": ['Informāciju par nodarbībām ievietojam pagasta izdevumā "Ogresgala Vēstis", bibliotēkas Facebook lapā un uz ziņojumu dēļa pie bibliotēkas, un pēc dalībnieku aptaujas zinām, ka senioriem visefektīvākā ir drukātā avīze.'],
 "C6.1": ['6 datori ar interneta pieslēgumu, printeris, skeneris, projektors', 'novadpētniecības krājums par Ciemupi'],
 "C6.3": ['2022. gadā bibliotēka ar Valsts kultūrkapitāla fonda atbalstu īstenoja novadpētniecības projektu "Ciemupes atmiņu pūrs", un katru gadu piedalāmies Latvijas Bibliotēku biedrības organizētajā Bibliotēku nedēļā.'],
 "C6.4": ['Digitālo prasmju nodarbībām kopš 2024. gada divus portatīvos datorus un brīvprātīgu pasniedzēju no Rīgas nodrošina biedrība "Digitālā tilta fonds", un nodarbību materiālus bez maksas sagatavoja Latvijas Universitātes studenti.'],
}, {
 "C1": 'applicant is a municipal library serving residents, not the community itself ("Ciemupē nav savas iedzīvotāju biedrības")',
 "C2": 'only the institution\'s statutory task and the project\'s technical aim; no community goal or vision',
 "C3.1": 'no business innovation',
 "C3.2": 'a library is a traditional institution; the "sēklu bibliotēka" is a seed exchange, not a new cooperation form claimed as innovation',
 "C4.1": 'no organised body of residents ("Ciemupē nav savas iedzīvotāju biedrības")',
 "C4.2": 'no community identity stated',
 "C4.3": 'activities run by library staff, not residents\' self-organisation',
 "C4.4": 'no residents\' decision-making; the participant survey only informed channel choice',
 "C6.2": 'no community goal (C2 absent); project aim is technical',
})

sub("L16", 'Biedrība "Tīnūžu kaimiņi" (Tīnūži) – iesniegums + aptaujas rezultāti', "L16.zip", {
 "C1": ['Biedrību "Tīnūžu kaimiņi" 2022. gadā nodibināja Tīnūžu ciema iedzīvotāji, kuriem apnika, ka ciemā nav kur satikties.'],
 "C2": ['Mūsu mērķis ir, lai Tīnūži no "guļamciema" kļūtu par ciemu, kur cilvēki pazīst cits citu un brīvo laiku pavada tepat uz vietas.'],
 "C3.1": ['Kopš 2024. gada maija katru sestdienu pie Tīnūžu veikala darbojas vietējo ražotāju tirdziņš ar iepriekšēju pasūtīšanu tiešsaistes formā, kurā piedalās septiņi Tīnūžu ražotāji – dārzeņu audzētāji, maiznieks, biškopis un divas mājas konditores.'],
 "C4.1": ['Šobrīd biedrībā ir 29 biedri, un to vada trīs cilvēku valde, bet konkrētām aktivitātēm veidojam darba grupas.'],
 "C4.4": ['Aptaujā piedalījās 143 iedzīvotāji, un tieši pēc viņu izvēles par projekta prioritāti tika noteikts brīvā laika laukums, nevis ielu apgaismojums, ko sākotnēji bija ieteikusi valde.'],
 "C5.2": ['Pagasta pārvaldes rīkotajos vasaras spēļu vakaros kopā piedalās pusaudži un seniori, un kopš pērnā rudens tajos regulāri nāk arī divi jaunieši ar kustību traucējumiem, kuriem citur ciemā nav, kur pavadīt laiku.'],
 "C5.3": ['Sadarbojamies ar Ikšķiles vidusskolu un Tīnūžu pagasta pārvaldi: skola aizdod galda spēles un sporta inventāru, bet pārvalde mums bez maksas iznomāja zemes gabalu pie veikala.'],
 "C6.1": ['zemes gabals pie veikala (0,3 ha), ko bez maksas iznomā pagasta pārvalde;', 'biedru vidū ir ainavu arhitekte, divi būvinženieri un sporta treneris;'],
 "C6.2": ['Pagasta pārvaldes iznomāto zemes gabalu pie veikala jau tagad izmantojam mūsu mērķim, lai cilvēki satiktos uz vietas: tur notiek sestdienas tirdziņš un vasaras spēļu vakari.'],
 "C6.3": ['2023. gadā piedalījāmies Ogres novada pašvaldības līdzdalības budžeta konkursā, un mūsu iesniegtā ideja par soliņiem un velo novietni pie veikala tika īstenota.'],
}, {
 "C3.2": 'about the neighbour: community centre and time bank are in Ikšķile, "bet mums nekā tāda nav"',
 "C3.3": 'smart lighting only wished ("Būtu labi … varētu uzstādīt")',
 "C4.2": 'denied: "kopīgas identitātes mums vēl nav"',
 "C4.3": 'denied/planned: "Talkas … līdz šim neesam rīkojuši; pirmo talku plānojam nākamgad"',
 "C5.1": 'no knowledge or heritage transfer described',
 "C5.4": 'denied: "Kopīga informācijas kanāla ciemā pagaidām nav"',
 "C6.4": 'denied: "Sponsoru un ārēju partneru mums pagaidām nav"; an expert quote in a newspaper is not an attracted resource',
})

if __name__ == '__main__':
    for sid, d in S.items():
        assert set(d["indicators"]) == set(IDS), (sid, set(IDS) - set(d["indicators"]))
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'labels.json')
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(S, f, ensure_ascii=False, indent=1)
    for sid, d in S.items():
        print(sid, sum(v == 'present' for v in d['indicators'].values()))
