#!/usr/bin/env python3
"""Write ../labels.json from the hand-made labels below.

P(...) = present with evidence sentences (verbatim from the extracted text);
A(...) = absent with a short reason.
"""
import json
import os

IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]


def P(*ev):
    return ("present", list(ev))


def A(note):
    return ("absent", note)


S = {}

# ------------------------------------------------------------------ X01 strong
S["X01"] = ('Biedrība "Aulejas attīstības kopa" (Aulejas pagasts)', "X01.zip", {
    "C1": P('Biedrība "Aulejas attīstības kopa" apvieno Aulejas ciema un apkārtējo sādžu iedzīvotājus – šobrīd mums ir 46 biedri, un mūs vieno kopīga teritorija starp Aulejas ezera un Dziļezera krastiem, latgaliešu valoda un dziesmu tradīcija.'),
    "C2": P('Mūsu mērķis ir, lai Auleja arī pēc desmit gadiem būtu vieta, kur jaunām ģimenēm gribas palikt, bet senioriem nav jābrauc uz Krāslavu pēc katra pakalpojuma.',
            'Nākotnē vēlamies būt ciems, kurā ir darbs uz vietas, kopīga telpa visām paaudzēm un kurā vecā dziesma skan kopā ar jaunām idejām.'),
    "C3.1": P('Kopā ar sešiem mājražotājiem 2023. gadā izveidojām kopīgu zīmolu "Aulejas labumi" un e-veikalu, kurā pasūtījumus pieņemam divreiz nedēļā un piegādājam uz Krāslavu un Dagdu.'),
    "C3.2": P('Kopš 2022. gada pagasta bijušajā bibliotēkas telpā darbojas kopienas istaba, kuru pārvalda pati biedrība: atslēgas ir pieciem dežurantiem, un telpu var rezervēt jebkurš iedzīvotājs.'),
    "C3.3": P('Pagājušajā ziemā rīkojām desmit digitālo prasmju nodarbības senioriem – 23 dalībnieki iemācījās lietot internetbanku, Latvija.lv un video zvanus ar mazbērniem.'),
    "C4.1": P('Biedrības darbu vada piecu cilvēku valde, bet katrai aktivitātei ir sava atbildīgā darba grupa – kultūrai, saimnieciskajiem darbiem un jauniešiem.',
              'Darba grupās kopā darbojas 28 cilvēki, no tiem septiņi ir jaunāki par 25 gadiem.'),
    "C4.2": P('Lepojamies ar Aulejas dziedāšanas tradīciju – mūsu sievas vēl tagad dzied tās pašas dziesmas, ko viņu vecmāmiņas, un tieši tas mūs atšķir no citiem ciemiem.'),
    "C4.3": P('Kad 2023. gada vasarā vētra nolauza kokus uz kapsētas ceļa, ceļu iedzīvotāji sakopa paši vēl tajā pašā dienā, negaidot pašvaldības brigādi.'),
    "C4.4": P('Projekta ideju izvēlējāmies 2024. gada 14. februāra biedrības kopsapulcē, kur no trim iedzīvotāju piedāvātajām idejām ar 31 balsi "par" tika atbalstīta kopienas mājas ideja.',
              'Balsojums (balso biedri): par a) – 31, par b) – 4, par c) – 2.'),
    "C5.1": P('Katru otro svētdienu kopienas istabā notiek meistarklases – Aulejas audējas māca jostu aušanu, un pērn tajās piedalījās arī 12 skolēni.'),
    "C5.2": P('Digitālo nodarbību pasniedzēji bija mūsu pašu jaunieši, tāpēc šīs nodarbības kļuva arī par paaudžu tikšanos.'),
    "C5.3": P('Ar Aulejas pagasta pārvaldi mums ir noslēgts telpu patapinājuma līgums, Aulejas Romas katoļu draudze palīdz rīkot svētkus, bet vietējās zemnieku saimniecības "Lejasgali" un "Pūpoli" ar savu tehniku piedalās talkās.'),
    "C5.4": P('Iekšējai saziņai izmantojam WhatsApp grupu "Auleja kopā" (132 dalībnieki) un ziņojumu dēli pie veikala, bet uz āru stāstām biedrības Facebook lapā, kuras ierakstus vidēji redz ap 1500 cilvēku.',
              'Pēc Jāņu ieraksta Facebook lapā uz Auleju atbrauca vairāk nekā 60 viesu, tāpēc šo kanālu vērtējam kā atdevīgāko.'),
    "C6.1": P('Kopienas istaba (54 m²), divi datori, projektors, biedrības zāles pļāvējs, aušanas stelles (3 gab.)',
              'Biedru nauda (ap 460 EUR gadā), ienākumi no e-veikala komisijas, ziedojumi',
              'Aulejas dziedāšanas tradīcija un vecāko dziedātāju balsis, ko nevar aizstāt'),
    "C6.2": P('Kopienas istabas divi datori un mūsu pašu jaunieši-pasniedzēji kalpo tieši mērķim noturēt seniorus Aulejā: pakalpojumus viņi saņem uz vietas, nebraucot uz Krāslavu.'),
    "C6.3": P('Ar LEADER atbalstu 2022. gadā iekārtojām kopienas istabu, bet 2021. gadā no Valsts kultūrkapitāla fonda mērķprogrammas saņēmām finansējumu tautastērpu darināšanai dziesmu kopai.'),
    "C6.4": P('Ziedojumu akcijā 2023. gadā aizbraukušie aulejieši no Rīgas un Īrijas saziedoja 2840 eiro jaunai krāsnij kopienas istabā.',
              'Kopš pagājušā gada sadarbojamies ar biedrību "Latvijas Lauku forums", kura mūsu jauniešiem noorganizēja mentoru no Valmieras.'),
})

# ------------------------------------------------------------------ X02 strong
S["X02"] = ('Biedrība "Ežezera krasts" (Ezernieku pagasts)', "X02.zip", {
    "C1": P('Mēs esam Ezernieku ciema un Ežezera krasta sādžu iedzīvotāji, kurus vieno ezers ar tā salām un kopīga atbildība par to.'),
    "C2": P('Mūsu vīzija – 2030. gadā Ezernieki ir zaļš un sasniedzams ciems pie tīra ezera, kurā cilvēki var dzīvot, strādāt attālināti un uzņemt viesus.',
            'Galvenais mērķis ir apturēt jauno ģimeņu aizbraukšanu un saglabāt Ežezeru tīru nākamajām paaudzēm.'),
    "C3.1": P('Biedrība 2022. gadā nodibināja sociālo uzņēmumu SIA "Ežezera laivas", kas iznomā laivas un vada Ežezera salu ūdens maršrutu; uzņēmuma peļņa tiek novirzīta ciema bērnu vasaras nometnei.'),
    "C3.2": P('Kopš 2023. gada pavasara darbojas Ezernieku laika banka: 38 dalībnieki apmainās ar pakalpojumiem – malkas skaldīšanu, bērnu pieskatīšanu, braucieniem uz Dagdu – un nostrādātās stundas uzskaita kopīgā tabulā.'),
    "C3.3": P('Ezerā pie peldvietas un pie Lielās salas darbojas divi ūdens kvalitātes sensori, kuru datus ikviens var skatīt tiešsaistē.',
              'Ezernieku vidusskolas 8. un 9. klases skolēni sensoru datus iemācījās nolasīt un analizēt, un tagad viņi reizi mēnesī sagatavo ezera "veselības ziņojumu", ko publicējam biedrības lapā.'),
    "C4.1": P('Biedrību vada trīs cilvēku valde, un pie tās darbojas piecas darba grupas: ezera, tūrisma, kultūras, jauniešu un laika bankas.'),
    "C4.2": P('Mūsu vērtības ir ezers, kaimiņu izpalīdzība un latgaliešu viesmīlība.',
              'Lepojamies, ka Ezerniekos cilvēki joprojām sveicina viens otru uz ielas un ka katrai salai ir savs vārds un savs stāsts, ko zina katrs ezernieks.'),
    "C4.3": P('Kad 2023. gada pavasarī palu ūdens izskaloja ceļu uz laivu piestātni, ceļu un piestātni atjaunojām paši trīs nedēļas nogalēs – grants kravu atveda kaimiņš ar savu traktoru, pārējo izdarīja 25 talcinieki.'),
    "C4.4": P('Katru gadu janvārī rīkojam iedzīvotāju kopsapulci, kurā balsojot izvēlamies nākamā gada galveno darbu.',
              'Nobalsoja 64 cilvēki, un, kā vairākums izvēlējās, Ežezera svētki šogad notiks 3. augustā pie peldvietas.'),
    "C5.1": P('Vecākie zvejnieki ziemā māca jauniešiem siet zvejas tīklus un lasīt ezera dziļumu pēc krasta zīmēm, bet vasarā mūsu jaunieši viņiem palīdz ar laivu remontu.'),
    "C5.2": P('Ciemā ir daudz krievvalodīgo ģimeņu, tāpēc sapulču paziņojumus rakstām divās valodās, un laika bankā kopā darbojas gan latviešu, gan krievu valodā runājošie kaimiņi.'),
    "C5.3": P('Mūsu pastāvīgie partneri ir Ezernieku pagasta pārvalde, Ezernieku vidusskola, Ezernieku bibliotēka, Ezernieku Romas katoļu draudze un pieci vietējie uzņēmēji, kas ziedo balvas svētkiem un dod tehniku talkām.'),
    "C5.4": P('Ziņas par biedrības darbiem izplatām Facebook lapā "Ežezera krasts" (1240 sekotāju), iedzīvotāju WhatsApp grupā un reizi mēnesī izliekam drukātu lapiņu veikalā un bibliotēkā.',
              'Atgādinām, kā pie mums ceļo ziņas: svarīgākais – WhatsApp grupā "Ezernieki kopā", paziņojumi divās valodās – veikala un bibliotēkas dēlī, bet stāsti un bildes – šeit, Facebook.'),
    "C6.1": P('Cilvēkresursi: 61 biedrs, 25 pastāvīgi talcinieki, 38 laika bankas dalībnieki.',
              'Tehniskie resursi: 9 laivas, piekabe, divi ūdens kvalitātes sensori, biedrības klēpjdators.',
              'Unikālais resurss – Ežezera salas un to vietvārdi, kas nav nekur citur.'),
    "C6.2": P('Mūsu lielākais resurss – Ežezers un tā salas – tieši kalpo mūsu vīzijai par ciemu, kurā var uzņemt viesus: laivu maršruts nes ienākumus, kas paliek ciemā un uztur bērnu nometni.'),
    "C6.3": P('Ar LEADER atbalstu 2020. gadā izbūvējām peldvietu ar laipu, bet 2022. un 2023. gadā piedalījāmies kampaņā "Lielā talka", sakopjot Ežezera krastus.'),
    "C6.4": P('Ezera sensorus mums uzdāvināja Daugavpils Universitātes pētnieki, kuri kopš 2023. gada ik mēnesi ņem ūdens paraugus kopā ar mūsu skolēniem.',
              'Kopš 2019. gada draudzējamies ar Igaunijas ciemu Mõniste – katru vasaru viņu jaunieši atbrauc uz mūsu nometni, bet mūsējie brauc pie viņiem.'),
})

# ------------------------------------------------------------------ X03 strong
S["X03"] = ('Biedrība "Piedrujas kopiena" (Piedrujas pagasts)', "X03.zip", {
    "C1": P('Piedrujas kopiena – tie ir ap 350 Piedrujas ciema un Daugavas krasta sādžu iedzīvotāju, kurus vieno upe, robeža un gadsimtiem senas trīs ticību kaimiņattiecības.'),
    "C2": P('Mūsu vīzija: 2028. gadā Piedruja ir droša, silta un dzīva vieta, kur seniori var novecot savās mājās, jaunas ģimenes atrod darbu un pakalpojumus uz vietas, un robeža nav ceļa beigas, bet vieta, kur sākas stāsti par upi.'),
    "C3.1": P('Kopš 2021. gada deviņas piemājas saimniecības sadarbojas kopīgā tirdzniecībā ar zīmolu "Piedrujas krasta ogas": pasūtījumus pieņem biedrības koordinatore, un ogas reizi nedēļā ar vienu mašīnu aizved uz Krāslavas un Daugavpils tirgiem.'),
    "C3.2": P('Biedrība kopš 2022. gada pārvalda bijušo pasta ēku kā "Kopienas māju": tajā darbojas sociālā veļas mazgātava un duša senioriem, ko apkalpo brīvprātīgie dežuranti pēc grafika.'),
    "C3.3": P('Uz Kopienas mājas jumta 2023. gadā uzstādītie saules paneļi (10 kW) sedz ap 70 % ēkas elektrības patēriņa.',
              'Tajā pašā gadā mūsu jaunieši piecās nodarbībās apmācīja 17 seniorus lietot viedtālruni, e-receptes un video zvanus.'),
    "C4.1": P('Biedrību vada četru cilvēku valde, bet ikdienas darbus organizē trīs koordinatori – Kopienas mājas, kultūras un saimniecības jomā.',
              'Biedrības darbā iesaistās arī tie, kas nav biedri: Kopienas mājas dežūrās regulāri piedalās 19 cilvēki.'),
    "C4.2": P('Mēs lepojamies ar to, ka Piedrujā blakus dzīvo katoļi, pareizticīgie un vecticībnieki un ka svētkus svinam cits pie cita.'),
    "C4.3": P('Kad 2022. gada decembrī vētras dēļ trīs dienas nebija elektrības, Kopienas māja ar ģeneratoru kļuva par vietu, kur seniori sasildījās un uzlādēja telefonus – dežūras noorganizējām paši vienas dienas laikā, un vientuļos kaimiņus apbraucām ar traktoru.'),
    "C4.4": P('Plāna prioritātes noteica iedzīvotāji: 2023. gada rudenī aptaujas anketu aizpildīja 112 cilvēki, un pēc tam trīs ciema sapulcēs ar balsojumu apstiprinājām piecas prioritātes, kas ir šī plāna pamatā.'),
    "C5.1": P('Skolēni kopā ar vecākajiem iedzīvotājiem ir pierakstījuši 40 atmiņu stāstus par dzīvi pie robežas, un ziemas svētkos katoļu un pareizticīgo ģimenes bērniem rāda, kā gatavot savus svētku ēdienus.'),
    "C5.2": P('Kopienas mājā ir uzbrauktuve un pielāgota duša, tāpēc to izmanto arī trīs ciema iedzīvotāji ratiņkrēslā.',
              'Tajā pašā gadā mūsu jaunieši piecās nodarbībās apmācīja 17 seniorus lietot viedtālruni, e-receptes un video zvanus.'),
    "C5.3": P('Biedrība cieši sadarbojas ar Piedrujas pagasta pārvaldi, kas bez maksas nodod lietošanā Kopienas māju, ar Krāslavas novada bibliotēku Piedrujas filiāli, abām draudzēm un vecticībnieku kopienu, kā arī ar četriem vietējiem uzņēmējiem.'),
    "C5.4": P('Iekšēji informācija ceļo trīs veidos: WhatsApp grupā "Piedruja" (94 dalībnieki), ar ziņojumu dēli pie veikala un ar "zvanu ķēdi" – katrs no 12 koordinatoriem piezvana saviem 5–6 kaimiņiem, kuri nelieto internetu.',
              'Zvanu ķēde ir vislabākā: elektrības krīzes laikā tā sasniedza visus 70 vientuļos seniorus vienā vakarā.'),
    "C6.1": P('Kopienas māja (120 m²), saules paneļi 10 kW, ģenerators, 2 veļas mašīnas, traktors (biedra īpašums, izmantojam pēc vienošanās)',
              'Daugavas krasts, laivu piestātne, pilskalns, trīs dievnami',
              'Trīs ticību kopdzīve un robežupes ainava'),
    "C6.2": P('Saules paneļu saražotā elektrība un Kopienas mājas telpas kalpo tieši mūsu pirmajam mērķim – lai seniori ziemu pavadītu siltumā un drošībā savā ciemā, nevis pansionātā Krāslavā.'),
    "C6.3": P('Ar LEADER atbalstu 2022. gadā Kopienas mājā ierīkojām veļas mazgātavu.',
              'Ar Sabiedrības integrācijas fonda NVO fonda atbalstu 2023. gadā atmiņu stāstus izdevām grāmatiņā.'),
    "C6.4": P('Kopš 2023. gada rudens pie mums strādā divi Eiropas Solidaritātes korpusa brīvprātīgie no Spānijas un Itālijas, kuri palīdz Kopienas mājā un vada angļu valodas pulciņu bērniem.',
              'Ziedojumus saules paneļiem daļēji saņēmām no Krāslavas uzņēmēja un no sadraudzības draudzes Zviedrijā.'),
})

# ------------------------------------------------------------------ X04 very weak, company
S["X04"] = ('SIA "Daugavas loki" (uzņēmums, Kaplavas pagasts)', "X04.tar.gz", {
    "C1": A("Applicant is a company; Kaplava appears as its address/operating area and in the page header, but no community is presented ('Iedzīvotāju biedrības Kaplavā nav'); the self-assessment row only restates the criterion."),
    "C2": A("Only the project's business aim (10 e-bikes, +20 % turnover, longer season); the self-assessment 'Kopīgi mērķi un nākotnes vīzija ir noteikti.' restates the criterion."),
    "C3.1": P('Uzņēmums 2021. gadā ieviesa tiešsaistes rezervācijas sistēmu un izveidoja laivu maršrutu "Daugavas loku diena" ar trim apstāšanās vietām pie vietējiem mājražotājiem, kur tūristi var iegādāties medu, sieru un maizi.'),
    "C3.2": A("Not shown."),
    "C3.3": A("E-bikes with solar charging are only planned ('būs inovatīvs risinājums')."),
    "C4.1": A("Company applicant; explicitly no residents' association in Kaplava; self-assessment row 'Iedzīvotāju kopa' is '—'."),
    "C4.2": A("'Daugavas loki ir unikāla dabas vērtība' is about nature as a tourist asset, not the community's identity."),
    "C4.3": A("Not shown; only the company's own business activities."),
    "C4.4": A("Denied: 'Vietējā iedzīvotāju aptauja netika veikta'."),
    "C5.1": A("Not shown (a bike-mechanic course for an employee is company training, planned)."),
    "C5.2": A("Only planned: 'Nākotnē plānojam iesaistīt vietējos iedzīvotājus kā velogidus'."),
    "C5.3": A("Denied: 'Ar pašvaldību un vietējiem iedzīvotājiem pagaidām neesam sadarbojušies'; stops at home producers are the company's own commercial route; 'atvērts sadarbībai' is a bare claim."),
    "C5.4": A("Only planned publicity on the company website and ELFLA stickers."),
    "C6.1": A("Non-answer: 'Skatīt pielikumā.' and no such annex is listed."),
    "C6.2": A("No identified resources and no community goal."),
    "C6.3": P('Ar LEADER programmas atbalstu 2019. gadā uzņēmums iegādājās sešas laivas un laivu piekabi.'),
    "C6.4": A("Nothing attracted; the bike park in neighbouring Višķi is another place and 'Būtu labi, ja pagasts izveidotu velonovietni' is a wish."),
})

# ------------------------------------------------------------------ X05 very weak
S["X05"] = ('Biedrība "Šķeltovas jaunieši" (Šķeltovas pagasts)', "X05.zip", {
    "C1": P('Mēs esam Šķeltovas ciema jaunieši – 14 puiši un meitenes vecumā no 16 līdz 29 gadiem, kas dzīvo Šķeltovā un apkārtējās sādžās un grib, lai ciemā būtu ko darīt.'),
    "C2": P('Mūsu mērķis ir, lai jauniešiem pēc skolas nebūtu jābrauc prom no Šķeltovas un lai ciemā būtu vieta, kur satikties.'),
    "C3.1": A("Not shown."),
    "C3.2": A("'Jauniešu istaba būs inovatīvs risinājums mūsu ciemā' – future self-claim; Dagda's youth centre is the neighbour's ('bet mums tāda nav')."),
    "C3.3": A("Wish only: 'Mēs gribētu ierīkot arī bezvadu internetu un spēļu konsoli'."),
    "C4.1": P('Biedrība reģistrēta 2023. gada novembrī, to vada trīs cilvēku valde, un visi 14 biedri piedalās ikmēneša tikšanās reizēs, kas pagaidām notiek kāda biedra mājās.'),
    "C4.2": A("Self-assessment cell is '—'."),
    "C4.3": A("Bare claim 'Mēs spējam pašorganizēties.'; 'varētu rīkot talkas' is conditional and own painting work is only planned."),
    "C4.4": A("Denied: 'Kopsapulce par projektu vēl nav notikusi, ideju izdomāja valde.' (also in the e-mail)."),
    "C5.1": A("Self-assessment cell is '—'."),
    "C5.2": A("Denied: 'Biedrībā ir tikai jaunieši, senioru iesaistīšana vēl nav pārdomāta.'"),
    "C5.3": A("Denied: 'Sadarbības partneru mums pagaidām nav.'; the talk with the parish head led to no agreement yet."),
    "C5.4": A("Planned only: 'Facebook lapu plānojam izveidot pēc projekta apstiprināšanas.'"),
    "C6.1": A("Non-answer 'Vēl tiek izstrādāti.'; e-mail: 'Naudas biedrībai nav'. The consultant's list of possible resources is general advice."),
    "C6.2": A("No identified resources."),
    "C6.3": A("Denied: 'Iepriekš projektos neesam piedalījušies.'; the LEADER/ELFLA page header is boilerplate."),
    "C6.4": A("Denied: 'Sponsorus vēl neesam meklējuši.'; asking the sawmill owner is conditional ('varētu')."),
})

# ------------------------------------------------------------------ X06 institution (school)
S["X06"] = ('Indras pamatskola (izglītības iestāde, Indras pagasts)', "X06.zip", {
    "C1": P('Skola iesniedz šo projektu Indras ciema kopienas vārdā: Indras ciema kopienu vieno robežas tuvums, dzelzceļa stacijas vēsture un skola, ap kuru pulcējas gandrīz visas ciema ģimenes.'),
    "C2": P('Mūsu kopīgais mērķis – lai Indra paliktu dzīva vieta ģimenēm ar bērniem un lai skola, kas ir ciema sirds, nākotnē netiktu slēgta.'),
    "C3.1": A("Not shown."),
    "C3.2": A("Denied: 'Kopienas centra Indrā nav'; meetings in the school hall are a traditional arrangement."),
    "C3.3": P('2023. gada rudenī skolas datorklasē notika astoņas nodarbības senioriem par e-pakalpojumiem, internetbanku un drošību internetā; tās apmeklēja 19 Indras iedzīvotāji.'),
    "C4.1": A("Applicant is a school; 'Indrā nav reģistrētas iedzīvotāju biedrības' – no organised body of residents."),
    "C4.2": P('Indrieši lepojas ar savas dzelzceļa stacijas vēsturi un ar to, ka Indrā gadu desmitiem sadzīvo latvieši, poļi, baltkrievi un krievi; ciema svētki "Indras stacijas diena" ir mūsu kopīgā tradīcija.'),
    "C4.3": P('Pagājušajā rudenī vecāki paši nomainīja sapuvušos dēļus skolas sporta laukuma tribīnē – materiālus atveda viens tēvs no savas kokzāģētavas, bet darbu sestdienā paveica astoņi vecāki.'),
    "C4.4": A("Top-down: 'Lēmumu par projekta ideju pieņēma skolas administrācija kopā ar pedagogu padomi. Iedzīvotāju aptauja netika veikta.'"),
    "C5.1": P('Skolas novadpētniecības pulciņš kopš 2021. gada pieraksta vecāko indriešu atmiņas par dzelzceļa staciju un robežu, un ik gadu ciema svētkos skolēni tās nolasa publikai.'),
    "C5.2": P('Nodarbības vadīja informātikas skolotājs, bet katram senioram blakus sēdēja 8. vai 9. klases skolēns, kas palīdzēja ar savu telefonu vai datoru.'),
    "C5.3": P('Projektu īstenojam kopā ar Indras pagasta pārvaldi, Indras bibliotēku un Indras Romas katoļu draudzi; pārvalde nodrošina transportu senioriem no attālākajām sādžām uz nodarbībām.'),
    "C5.4": P('Informāciju par nodarbībām izplatām e-klasē vecākiem, skolas Facebook lapā un ar afišām veikalā un bibliotēkā; vislabāk seniorus sasniedz tieši afišas un bibliotekāres zvani.'),
    "C6.1": P('Skolas rīcībā ir datorklase ar 14 datoriem (no tiem 10 ir vecāki par astoņiem gadiem), sporta zāle, aktu zāle ar 120 vietām, skolas autobuss un 17 pedagogi, no kuriem trīs ir apguvuši digitālo mentoru kursus.'),
    "C6.2": P('Skolas datorklasi vakaros atveram senioriem, jo tā ir vienīgā vieta Indrā, kur var apgūt e-pakalpojumus, un tas tieši kalpo mūsu mērķim – lai vecāki cilvēki nebrauktu pēc palīdzības uz Krāslavu un paliktu Indrā.'),
    "C6.3": P('Digitālo prasmju nodarbības 2023. gadā finansējām no Krāslavas novada pašvaldības iedzīvotāju iniciatīvu projektu konkursa.'),
    "C6.4": A("Denied: 'Ārvalstu partneru mums nav, un ziedojumus līdz šim neesam vākuši.' (the parent's timber is a resident's own contribution)."),
})

# ------------------------------------------------------------------ X07 no diacritics
S["X07"] = ('Biedrība "Kombuļu darbnīca" (Kombuļu pagasts; rakstīts bez garumzīmēm)', "X07.zip", {
    "C1": P('Musu biedriba "Kombulu darbnica" apvieno Kombulu ciema iedzivotajus, kuriem patik stradat ar rokam un kuri grib, lai ciema viss butu sakartots.'),
    "C2": P('Musu merkis - lai Kombulos katrs varetu salabot savu maju, setu vai laivu, nebraucot uz pilsetu pec meistara, un lai ciems pec pieciem gadiem izskatitos kopts un dzivs.'),
    "C3.1": A("Denied: 'Uznemejdarbibas jaunu formu mums nav.'"),
    "C3.2": P('Kops 2022. gada ciema iedzivotaji kopigi apsaimnieko bijuso katlumaju ka "Kopienas darbnicu" - tur katram biedram ir pieeja kopigiem instrumentiem, un instrumentu izsniegsanas uzskaiti ved pasi dezuranti burtnica.'),
    "C3.3": A("Solar panels only planned ('planojam uzstadit sa projekta ietvaros')."),
    "C4.1": P('Biedriba ir 27 biedri, to vada tris cilveku valde, un katram instrumentu plauktam ir savs atbildigais.'),
    "C4.2": A("Denied: 'Kombulos nav nekadu ipasu tradiciju vai slavenibu, esam parasts Latgales ciems.'"),
    "C4.3": P('Kad pagasta parvalde 2023. gada nevareja atrast naudu autobusa pieturas remontam, pieturu atjaunojam pasi ar darbnicas instrumentiem un paliekam no biedru buvmaterialiem.'),
    "C4.4": P('Par projektu lema biedribas kopsapulce 2024. gada 17. februari, kura piedalijas 22 biedri un 6 ciema iedzivotaji.',
              'Balsojums par variantu a): par - 24, pret - 1, atturas - 3.'),
    "C5.1": P('Darbnica otrdienu vakaros vecakie viri - bijusie kolhoza mehaniki - maca jauniesiem metinat un remontet mopedus; pagajusaja ziema ta iemacijas sesi puisi.'),
    "C5.2": A("Only skills transmission from older men to youths (C5.1); no group integration described; newcomer families appear only in a wish ('Gribam, lai jaunas gimenes ... redzetu')."),
    "C5.3": P('Sadarbojamies ar Kombulu pagasta parvaldi, kas biedribai iznomaja katlumaju par simbolisku maksu, un ar Kombulu biblioteku, kur glabajam darbnicas instrumentu sarakstu un kur var pieteikties darbnicas nodarbibam.'),
    "C5.4": P('Informaciju izplatam WhatsApp grupa "Kombuli" (ap 80 cilveku) un uz zinojumu dela pie veikala; gados vecakiem biedriem valdes locekli piezvana.'),
    "C6.1": P('Evelmasina, ripzagis, metinasanas aparats, ap 150 rokas instrumentu',
              'Katlumajas eka (86 m²) un pagalms',
              'Mehaniku, galdnieku un metinataju prasmes'),
    "C6.2": A("Resources are listed but only tied to the project in general ('Resursi tiks izmantoti projekta ietvaros.'), not to the stated goal."),
    "C6.3": P('Lielaja talka piedalijamies 2023. gada pavasari un sakopam Kombulu ezera krastu pie peldvietas.'),
    "C6.4": A("Denied: 'Sponsoru mums nav, visu lidz sim darijam par saviem lidzekliem.' (tools donated by residents themselves are internal)."),
})

# ------------------------------------------------------------------ X08 newsletter
S["X08"] = ('Biedrība "Asūnes kopiena" (Asūnes pagasts) – avīzīte "Asūnes Vēstis"', "X08.tar.gz", {
    "C1": P('Šī avīzīte ir mūsu, Asūnes pagasta iedzīvotāju, kopīgā balss – to raksta, maketē un iznēsā paši asūnieši, un jau ceturto gadu tā iznāk katru mēnesi.'),
    "C2": P('Biedrības mērķis ir, lai Asūne būtu vieta, kur gribas atgriezties – ar koptu centru, satikšanās vietām un dzīvu kopienu, kurā neviens nepaliek viens.'),
    "C3.1": A("Only adverts (firewood, shop 'Elvi', Dagda bakery) – not the community's innovation."),
    "C3.2": A("The time bank is in neighbouring Konstantinova; 'Varbūt arī mums vajadzētu kaut ko tādu izmēģināt?' is a wish."),
    "C3.3": A("Only the European Commission definition and a 'Latvijas Avīze' report on Rīga and rural seniors."),
    "C4.1": P('Biedrības valdes priekšsēdētājs Andris Mežulis atgādināja, ka biedrībā tagad ir 40 biedri un ka valde strādā pēc pērn apstiprinātā plāna.'),
    "C4.2": P('Asūnes Svētā Jāņa Kristītāja baznīca ir viena no vecākajām koka baznīcām Latgalē, un mēs ar to lepojamies.',
              'Katru vasaru uz baznīcas svētkiem sabrauc asūnieši no visas Latvijas, un tas ir mūsu lielākais kopīgais notikums.'),
    "C4.3": P('Pie kapsētas un uz ceļa uz Paulāniem kokus sazāģēja un novāca paši vietējie vīri ar saviem motorzāģiem jau nākamajā rītā, vēl pirms ceļu dienests bija paspējis atbraukt.'),
    "C4.4": P('Pēc diskusijas 54 klātesošie balsojot izvēlējās pieteikt LEADER konkursam parka atjaunošanu pie baznīcas – par to nobalsoja 37 cilvēki.'),
    "C5.1": P('Biedrības rokdarbnieču pulciņš tautas namā katru ceturtdienu māca pīt grozus un adīt latgaliešu rakstus.'),
    "C5.2": P('Šoziem pulciņā kopā ar vecmāmiņām darbojas arī trīs skolnieces un divas jaunās māmiņas, kas pārcēlušās uz Asūni, – tā ir vieta, kur satiekas dažādas paaudzes.'),
    "C5.3": P('Ziemassvētku pēcpusdienu vientuļajiem senioriem decembrī rīkoja biedrība kopā ar Asūnes pamatskolu un pagasta pārvaldi: skolēni gatavoja dāvanas un koncertu, pārvalde iedeva telpas un transportu, bet biedrības biedres cepa pīrāgus.'),
    "C5.4": P('Avīzīte iznāk reizi mēnesī 150 eksemplāros – to iznēsā pastniece Ināra un biedrības brīvprātīgie, un pa vienam eksemplāram vienmēr ir veikalā, bibliotēkā un pagasta pārvaldē.',
              'Steidzamas ziņas nonāk biedrības WhatsApp grupā, un tās pašas ziņas vēlāk parādās arī "Asūnes kopienas" Facebook lapā, kur tās lasa aizbraukušie.'),
    "C6.1": A("No resources identified anywhere (newsletter and cover letter)."),
    "C6.2": A("No identified resources."),
    "C6.3": P('Ar Krāslavas novada pašvaldības iedzīvotāju iniciatīvu konkursa atbalstu pērn rudenī pie tautas nama uzstādījām sešus soliņus un ziņojumu dēli.'),
    "C6.4": A("Only an appeal to donate ('aicina ziedot parka atjaunošanai') – nothing attracted yet; 'programma' is the festival programme."),
})

# ------------------------------------------------------------------ X09 action plan + agreement
S["X09"] = ('Biedrība "Skaistas ezerzeme" (Skaistas pagasts) – rīcības plāns un sadarbības līgums', "X09.zip", {
    "C1": P('Biedrība "Skaistas ezerzeme" pārstāv Skaistas ciema un Sīvera ezera krasta sādžu iedzīvotājus – cilvēkus, kurus vieno ezers, Skaistas pagasta zeme un vēlme, lai ciemā atkal būtu dzīvība.'),
    "C2": P('Vīzija 2030: Skaista ir ciems pie Sīvera, kurā ģimenes var dzīvot un strādāt visu gadu, viesi atbrauc ne tikai vasarā un kopiena pati lemj par savu nākotni.'),
    "C3.1": A("Only an action-plan row (boat route with a common brand, 2024)."),
    "C3.2": A("Community centre is an action-plan row (2025)."),
    "C3.3": A("Wi-Fi and digital lessons are an action-plan row (2025)."),
    "C4.1": P('Biedrība dibināta 2023. gada pavasarī, tajā ir 33 biedri, to vada trīs cilvēku valde, un darbu plānošanai izveidotas divas darba grupas – tūrisma un kopienas dzīves.'),
    "C4.2": A("Denied: 'Vēl neesam vienojušies, kas ir Skaistas galvenā vērtība'."),
    "C4.3": A("Talkas are only an action-plan row; risk mitigation is future ('aicinās', 'mēģinās')."),
    "C4.4": P('Rīcības plānu apstiprināja iedzīvotāju sapulce 2024. gada 2. martā, balsojot par katru rīcību atsevišķi; sapulcē piedalījās 41 cilvēks.'),
    "C5.1": A("Master classes are only an action-plan row."),
    "C5.2": A("Senior–youth events are only an action-plan row."),
    "C5.3": P('Rudenī, 2023. gadā, mums pievienojās SIA "Sīvera krasts", kas kopš tā laika bez maksas ļauj biedrībai izmantot kempinga zāli sapulcēm, un Skaistas pagasta pārvalde, ar kuru noslēdzām sadarbības līgumu (pielikumā).',
              'Šis līgums noslēgts starp Biedrību, Pārvaldi un Uzņēmumu, lai kopīgi īstenotu Skaistas ciema attīstības pasākumus un sekmētu tūrisma un kopienas dzīves attīstību Sīvera ezera apkārtnē.'),
    "C5.4": A("Denied: 'Kopīgu informācijas kanālu mums vēl nav.'; channels are only an action-plan row."),
    "C6.1": P('Sīvera ezers, pagasta laivu bāze, bijušās skolas ēka un parks',
              '33 biedri, no tiem 6 ar pieredzi tūrismā, 2 galdnieki, 1 grāmatvede'),
    "C6.2": P('Sīvera ezers un pagasta laivu bāze ir mūsu galvenais resurss, un tas tieši kalpo pirmajam mērķim – radīt darba vietas tūrismā Skaistā.'),
    "C6.3": A("Denied: 'Līdz šim biedrība nav piedalījusies nevienā projektu konkursā.'; LEADER/VKKF appear only as planned funding sources; the county 'attīstības programma' is a planning document."),
    "C6.4": P('Rudenī, 2023. gadā, mums pievienojās SIA "Sīvera krasts", kas kopš tā laika bez maksas ļauj biedrībai izmantot kempinga zāli sapulcēm, un Skaistas pagasta pārvalde, ar kuru noslēdzām sadarbības līgumu (pielikumā).',
              '2.3. Uzņēmums nodod Biedrībai bezatlīdzības lietošanā kempinga zāli sanāksmēm ne biežāk kā divas reizes mēnesī un divas laivas kopienas pasākumiem.'),
})

# ------------------------------------------------------------------ X10 self-assessment
S["X10"] = ('Biedrība "Andrupenes kopiena" (Andrupenes pagasts) – pašnovērtējums', "X10.zip", {
    "C1": P('Biedrība "Andrupenes kopiena" apvieno Andrupenes ciema un pagasta iedzīvotājus – mēs esam ap 80 cilvēku, kurus vieno rūpes par Andrupenes centru un vēlme saglabāt lauku dzīves tradīcijas.'),
    "C2": P('Mēs vēlamies, lai Andrupene nākotnē būtu vieta, kur paaudzes satiekas un kur lauku prasmes nepazūd līdz ar vecāko paaudzi.'),
    "C3.1": A("Self-assessment restates the criterion ('Kopiena ievieš inovatīvus risinājumus uzņēmējdarbībā.'); selling bread is conditional ('varētu')."),
    "C3.2": A("Self-assessment copies the seed wording ('Jaunas sadarbības formas, jauna pārvaldības stratēģija...'); definition of a smart village is general text."),
    "C3.3": A("Self-assessment 'Atbilst.' with no fact."),
    "C4.1": P('Biedrībai ir 24 biedri un piecu cilvēku valde, kas tiekas reizi mēnesī.'),
    "C4.2": A("Self-assessment restates the criterion ('Kopiena apzinās savu identitāti...')."),
    "C4.3": A("Self-assessment restates the criterion ('Kopienai piemīt pašorganizēšanās spēja...')."),
    "C4.4": A("Self-assessment restates the criterion; no meeting, vote or survey described."),
    "C5.1": P('Biedrības biedres vasarās "Maizes klētī" rāda bērniem, kā cept rupjmaizi krāsnī un kult labību ar spriguļiem.'),
    "C5.2": A("Self-assessment restates the criterion; teaching children is transmission (C5.1); involving the school and pensioners' club is a wish ('Būtu labi')."),
    "C5.3": A("Self-assessment restates the criterion; school/pensioners' club only wished."),
    "C5.4": A("Self-assessment restates the criterion; no channel named."),
    "C6.1": P('Biedrībai pieder veca koka klēts ciema centrā, ko saucam par "Maizes klēti".',
              'Tajā ir liela maizes krāsns.'),
    "C6.2": A("Bare claim 'Resursi tiek izmantoti mērķtiecīgi.'; the klēts is tied only to the project's technical aim, not to the stated goal."),
    "C6.3": P('Ar Valsts kultūrkapitāla fonda atbalstu 2022. gadā biedrība atjaunoja klēts jumtu.'),
    "C6.4": A("Bare claim 'Ārējos resursus piesaistām pēc vajadzības.' without a fact."),
})

# ------------------------------------------------------------------ X11 neighbour/partner
S["X11"] = ('Biedrība "Bērziņu kopiena" (Bērziņu pagasts)', "X11.zip", {
    "C1": P('Mūsu biedrība "Bērziņu kopiena" apvieno Bērziņu ciema iedzīvotājus, kuri grib, lai ciems nepaliktu tikai par guļamvietu starp darbu Dagdā un veikalu Krāslavā.'),
    "C2": P('Mūsu mērķis ir, lai Bērziņos būtu sava satikšanās vieta un lai pēc pieciem gadiem ciemā darbotos vismaz viens pakalpojums, kura dēļ nav jābrauc uz Dagdu.'),
    "C3.1": A("The social enterprise renting boats is in neighbouring Ezernieki ('bet mums tāda nav')."),
    "C3.2": A("Co-working space (Dagda) and time bank (Ezernieki) are the neighbours' – 'bet mums tāda nav'."),
    "C3.3": P('Jau 2023. gada rudenī mūsu biedrības brīvprātīgie uzstādīja pie tautas nama āra bezvadu interneta punktu, un biedrības valdes locekle divos vakaros iemācīja 11 senioriem pieteikt ārsta vizīti un apmaksāt rēķinus internetā.'),
    "C4.1": P('Biedrība dibināta 2022. gadā, tajā ir 19 biedri, un to vada trīs cilvēku valde.'),
    "C4.2": A("Denied: 'savu identitāti vēl meklējam – ciemā daudz iebraucēju, un kopīgu tradīciju gandrīz nav'."),
    "C4.3": P('Pagasta pārvalde nolēma, ka remonts būs tikai nākamgad, tāpēc aku iztīrījām un jaunu sūkni uzstādījām paši – naudu sametām biedri, darbu izdarīja četri kaimiņi divās dienās.'),
    "C4.4": P('Aptaujā iedzīvotāji kā svarīgāko nosauca siltu telpu, kur satikties ziemā, tāpēc no sākotnēji iecerētā sporta laukuma atteicāmies un projekta ideju mainījām uz tautas nama pārbūvi.'),
    "C5.1": A("Master classes are the partner's in Dagda (also in the partner's letter); 'Mūsu ciemā amatnieku vairs nav'."),
    "C5.2": P('Kopš 2022. gada Bērziņos dzīvo sešas ukraiņu ģimenes; viņas piedalās biedrības sapulcēs un talkās, un ukraiņu bērni kopā ar vietējiem apmeklē vasaras rotaļu dienas, ko rīko biedrība.'),
    "C5.3": A("Denied: 'Skolas Bērziņos vairs nav, un vietējie uzņēmēji mūsu darbā pagaidām neiesaistās.'; the partner NGO only offers future visits."),
    "C5.4": P('Iekšēji ziņas izplatām biedrības WhatsApp grupā (64 dalībnieki) un uz afišu dēļa pie tautas nama; ukraiņu ģimenēm svarīgāko ziņu pārtulko viena no mammām, kas jau runā latviski.'),
    "C6.1": A("Denied: 'Resursu sarakstu vēl neesam sastādījuši'."),
    "C6.2": A("No identified resources."),
    "C6.3": P('Interneta punktu ierīkojām ar Krāslavas novada pašvaldības iedzīvotāju iniciatīvu konkursa atbalstu (850 EUR).'),
    "C6.4": A("Contrast denial: 'Dagdas partneri ir piesaistījuši ziedotājus no Vācijas, bet mums ārēju atbalstītāju vēl nav.'; the German donors in the letter are the partner's own."),
})

# ------------------------------------------------------------------ X12 minutes
S["X12"] = ('Biedrība "Izvaltas saiets" (Izvaltas pagasts) – pilnsapulces protokols', "X12.tar.gz", {
    "C1": P('S. Rancāns sveic klātesošos un atgādina, ka biedrībā apvienojušies Izvaltas ciema un apkārtējo sādžu iedzīvotāji, lai kopā rūpētos par savu ciemu.'),
    "C2": P('Biedrības mērķis, kā to pirms trim gadiem pierakstījām statūtos un plānā, ir, lai Izvaltā cilvēki varētu nodzīvot līdz vecumam savās mājās un lai jaunie atgrieztos, jo te ir labi dzīvot.'),
    "C3.1": A("Abandoned: 'Nolēma: no piena kooperatīva idejas atteikties.'"),
    "C3.2": P('Kopš pērnā gada marta darbojas "Izvaltas kaimiņu dienests": 14 brīvprātīgie ar savām mašīnām pēc kopīga grafika ved vientuļos seniorus pie ārsta uz Krāslavu, uz aptieku un pēc pensijas, bet pieteikumus pieņem dežurante pa vienu telefona numuru.'),
    "C3.3": A("Rejected: 'Priekšlikums par saules paneļiem uz tautas nama jumta tiek noraidīts'."),
    "C4.1": P('Par valdes locekļiem izvirzīti S. Rancāns, I. Grišāne, V. Ločmele, J. Vaivods un jaunā biedre K. Šaripo.',
              'Atklāti balsojot, visi pieci ievēlēti ar 29 balsīm "par".'),
    "C4.2": A("Not shown; the parish letter speaks about the parish itself."),
    "C4.3": P('Divos vakaros ūdeni izsūknēja un inventāru izžāvēja biedri paši, sūkni aizdeva Z/S "Ābeļdārzs", un neviena lieta netika sabojāta.'),
    "C4.4": P('Nolēma: iesniegt projektu "Kaimiņu dienests Izvaltā" ar mikroautobusu ar pacēlāju.',
              'Balsojums: par – 33, pret – 2, atturas – 2 (balsoja arī klātesošie iedzīvotāji, kuri nav biedri, jo par to vienojās sapulces sākumā).'),
    "C5.1": A("Not shown (the VKKF-funded event is a concert; the parish's pilgrimage is the parish's own)."),
    "C5.2": P('Grafikā piedalās arī divi vidusskolēni, kuri pavada seniorus pie ārsta un palīdz iepirkties.',
              'P. Gailums ierosina pirkt jaunu automašīnu bez pacēlāja, taču klātesošie norāda, ka ciemā ir divi cilvēki ratiņkrēslā.'),
    "C5.3": P('Izvaltas draudze ir atļāvusi biedrībai bez maksas izmantot plebānijas zāli sapulcēm un senioru pēcpusdienām, bet pagasta pārvalde palīdz ar transportu ekskursijām.'),
    "C5.4": A("Denied and planned: 'kopīga informācijas kanāla biedrībai nav'; 'Nolēma: līdz aprīlim izveidot WhatsApp grupu'."),
    "C6.1": P('Kasiere V. Ločmele ziņo, ka biedrības rīcībā 2023. gada beigās bija 1240 eiro, biedrībai pieder 60 krēslu, 10 saliekamo galdu, skaņas aparatūra un telts 6 × 12 m; deviņiem biedriem ir savas automašīnas, un biedrībā ir divas medmāsas un viens grāmatvedis, kas strādā brīvprātīgi.'),
    "C6.2": A("The treasurer's list of resources is not tied to the stated goal."),
    "C6.3": P('Ar Valsts kultūrkapitāla fonda Latgales kultūras programmas atbalstu 2023. gada jūlijā notika ciema svētku koncerts, kurā piedalījās 90 cilvēku.'),
    "C6.4": P('Degvielas izmaksas daļēji sedza ziedojums: aizbraukušais izvaltietis Jānis Rubīns no Londonas ziedoja 1000 eiro, bet pārējo – paši biedri.'),
})

# ------------------------------------------------------------------ X13 Facebook page
S["X13"] = ('Robežnieku ciema biedrība (Robežnieku pagasts) – Facebook lapa', "X13.zip", {
    "C1": P('Mēs esam Robežnieku ciema un pagasta iedzīvotāju biedrība.',
            'Robežnieki ir mūsu mājas pie Latvijas dienvidu robežas, un šeit mēs kopā rūpējamies par savu ciemu.'),
    "C2": P('Mūsu lielais mērķis – lai Robežniekos nākamajos gados atkal atvērtos bērnudārza grupa un lai jaunas ģimenes nebaidītos šeit apmesties.'),
    "C3.1": P('Kopš pērnā gada katru otro sestdienu pie pagasta mājas notiek mūsu tiešās tirdzniecības tirdziņš, kur 12 vietējie saimnieki pārdod savu produkciju bez starpniekiem, un pasūtījumus var veikt iepriekš mūsu Facebook grupā "Robežnieku tirdziņš".'),
    "C3.2": A("The community centre is Indra's (shared news); 'Mums tādas vēl nav, bet kaut kad būs.'"),
    "C3.3": A("Wish: 'Cik forši būtu, ja arī Robežniekos būtu optiskais internets!'"),
    "C4.1": P('Biedrībā tagad ir 31 biedrs, un valdē ievēlēta arī jaunā biedre Līga no Kalnasētas.'),
    "C4.2": P('Kāpēc mēs lepojamies ar Robežniekiem?',
              'Jo te joprojām runā latgaliski, jo katrā sādžā ir savs krucifikss, ko kopj kaimiņi, un jo Robežnieku dziedātājas zina dziesmas, ko citur vairs nedzied.'),
    "C4.3": P('Sestdien kopā salabojām bērnu laukuma šūpoles un nomainījām smilšu kastes dēļus.',
              'Dēļus atveda Jānis, krāsu sametām, un pēc trim stundām laukums bija kā jauns.'),
    "C4.4": P('Biedrības kopsapulcē un mūsu aptaujā kopā piedalījās 78 cilvēki.',
              'Uzvarēja soliņi un galdi tirdziņa laukumā (41 balss), otrajā vietā – jauns ziņojumu dēlis (22), trešajā – puķes pie pieturas (15).',
              'Valde jau pasūtīja soliņus, un tie būs gatavi līdz aprīlim.'),
    "C5.1": P('Jo te joprojām runā latgaliski, jo katrā sādžā ir savs krucifikss, ko kopj kaimiņi, un jo Robežnieku dziedātājas zina dziesmas, ko citur vairs nedzied.'),
    "C5.2": A("Not shown (children at events are not framed as integrating groups)."),
    "C5.3": A("Not shown; the sponsor company declined ('Diemžēl šogad atbalstīt nevaram')."),
    "C5.4": P('Svarīgākās ziņas – šeit Facebook un mūsu Messenger čatā "Robežnieki" (93 cilvēki).',
              'Tiem, kam nav interneta, valdes locekle Skaidrīte ziņas izliek uz ziņojumu dēļa pie veikala un pagasta mājas.',
              'Pēc tirdziņa ierakstiem šeit pie mums atbrauc pircēji pat no Krāslavas un Dagdas, tāpēc lūdzam dalīties!'),
    "C6.1": A("No resources identified (only a sum of market fees put to a vote)."),
    "C6.2": A("No identified resources."),
    "C6.3": P('Lielās talkas dienā Robežniekos savācām 40 maisus atkritumu un sakopām ceļmalas līdz pat lielajam krustojumam.'),
    "C6.4": A("Sponsor declined ('Diemžēl šogad atbalstīt nevaram'); the at-cost timber offer was not taken up ('vēl padomāsim'); sponsored posts are adverts."),
})

# ------------------------------------------------------------------ X14 other word senses
S["X14"] = ('Biedrība "Kalniešu dārzs" (Kalniešu pagasts)', "X14.zip", {
    "C1": P('Biedrība "Kalniešu dārzs" dibināta 2019. gadā, un tajā apvienojušies Kalniešu ciema iedzīvotāji, kuriem rūp zaļa un sakopta apkārtne.'),
    "C2": P('Mūsu mērķis ir, lai Kalnieši būtu zaļākais ciems novadā, kur ģimenes pašas izaudzē daļu savas pārtikas un kur pie katras mājas ir kopts dārzs.'),
    "C3.1": A("'dzīvokļu īpašnieku kooperatīvs' is a housing-management body, not a business innovation."),
    "C3.2": A("The seed library ('sēklu bibliotēka') is only planned in the project."),
    "C3.3": A("'elektrotīkls' / AS 'Sadales tīkls' are the power grid; no technology introduced."),
    "C4.1": P('Biedrībā ir 29 biedri, to vada četru cilvēku valde, un kopienas dārzā katram biedram ir sava dobe.'),
    "C4.2": P('Kalniešu kopienas vērtības ir darba tikums, rūpība un dārzkopības prasmes, kas te nodotas no paaudzes paaudzē; ar tām mēs atšķiramies no citiem ciemiem, kur pie daudzdzīvokļu mājām aug tikai zāle.'),
    "C4.3": P('Kad 2023. gada pavasarī vētra saplēsa siltumnīcas plēvi, jauno uzvilkām paši jau nākamajā nedēļas nogalē – plēvi nopirkām par biedru naudu, bet darbu paveica deviņi biedri.'),
    "C4.4": A("Board decided alone: 'Projekta ideju izvēlējās biedrības valde 2024. gada janvāra sēdē.'"),
    "C5.1": P('Vecākās dārznieces pavasaros rāda jaunajām ģimenēm, kā potēt ābeles un audzēt tomātu stādus; pērn šajās nodarbībās piedalījās septiņas jaunas ģimenes, kas pārcēlušās uz Kalniešiem.'),
    "C5.2": P('Vecākās dārznieces pavasaros rāda jaunajām ģimenēm, kā potēt ābeles un audzēt tomātu stādus; pērn šajās nodarbībās piedalījās septiņas jaunas ģimenes, kas pārcēlušās uz Kalniešiem.'),
    "C5.3": A("No other sector involved; 'Skolas iela' is an address, 'sēklu bibliotēka' is not a library, AS 'Sadales tīkls' is the grid operator."),
    "C5.4": A("No information channels described; 'programma' is the harvest-festival programme."),
    "C6.1": P('Papildus biedrības rīcībā ir kopienas dārza zeme (0,6 ha), ko biedrība nomā līdz 2034. gadam, un biedru dārzkopības prasmes.',
              'Siltumnīca (12 × 6 m)',
              'Motokultivators'),
    "C6.2": P('Siltumnīca un kopienas dārza zeme tieši kalpo mūsu mērķim – lai ģimenes pašas izaudzētu daļu savas pārtikas: dārzā dobes apstrādā 29 mājsaimniecības.'),
    "C6.3": A("Denied: 'Līdz šim neesam saņēmuši nekādu projektu finansējumu'; 'tehniskais projekts' is a building design and 'programma' an event programme."),
    "C6.4": A("Nothing attracted; 'Sadales tīkls' is the electricity network; 'ekskursijas mērķi' are travel destinations."),
})

# ------------------------------------------------------------------ X15 definitions and quotes
S["X15"] = ('Biedrība "Svariņu ļaudis" (Svariņu pagasts)', "X15.tar.gz", {
    "C1": P('Mēs, biedrība "Svariņu ļaudis", esam Svariņu ciema un pagasta iedzīvotāju apvienība, kuru vieno vēlme dzīvot sakoptā un draudzīgā vidē.'),
    "C2": P('Mūsu vīzija ir Svariņi kā ciems, kurā cilvēki zina, kas notiek, un var piedalīties – kur vecs un jauns satiekas svētkos pie vienas skatuves un kur neviens neizjūt, ka dzīvo "valsts nomalē".'),
    "C3.1": A("Only the general definition (social enterprises, cooperatives) and the expert quote."),
    "C3.2": A("Community centres/co-working appear only in the definition and the expert quote."),
    "C3.3": A("Digital stand only planned (also 'iecerēts' in the newspaper); optical internet figures are about Rīga; the sensors are Ezernieki's."),
    "C4.1": P('Biedrība darbojas kopš 2012. gada, tajā ir 34 biedri, un to vada piecu cilvēku valde; katram valdes loceklim ir sava atbildības joma.'),
    "C4.2": A("Not shown."),
    "C4.3": P('Kad 2023. gada rudenī lietavas izskaloja gājēju tiltiņu pār strautu pie kapsētas, jaunu tiltiņu uzbūvējām paši divās sestdienās – baļķus atveda biedri, un darbā piedalījās 14 cilvēki.'),
    "C4.4": P('Projekta ideja izvēlēta biedrības kopsapulcē 2024. gada 3. februārī: klātesošie 41 cilvēks balsoja par trim idejām, un āra skatuve ar informācijas stendu saņēma 26 balsis.'),
    "C5.1": A("Not shown."),
    "C5.2": A("Only in the vision ('vecs un jauns satiekas') – a wish, not a described practice."),
    "C5.3": P('Sadarbojamies ar Svariņu pagasta pārvaldi un Svariņu bibliotēku: pārvalde nodrošina elektrību un telpas, bibliotēkā notiek biedrības valdes sēdes, bet bibliotekāre palīdz sagatavot afišas.'),
    "C5.4": P('Ciema ziņas cilvēki uzzina no biedrības Facebook lapas, no WhatsApp grupas "Svariņi" (110 dalībnieku) un no afišām pie veikala, bet vecākiem cilvēkiem svarīgākās ziņas pastāsta bibliotekāre, kad viņi nāk pēc grāmatām.'),
    "C6.1": A("Planned only: 'Resursu apzināšana notiks projekta laikā'."),
    "C6.2": A("No identified resources."),
    "C6.3": P('Kopš 2016. gada katru pavasari piedalāmies Lielajā talkā, un 2023. gadā talkā sakopām veco parku ciema centrā, kurā tagad notiek ciema svētki.'),
    "C6.4": A("Wish: 'Mēs vēlētos sadarboties ar kopienām Lietuvas pierobežā ..., taču kontaktu pagaidām nav.'; the networking in the expert quote is general."),
})

# ------------------------------------------------------------------ X16 abandoned ideas, contrasts
S["X16"] = ('Biedrība "Grāveru kopiena" (Grāveru pagasts)', "X16.zip", {
    "C1": P('Biedrība "Grāveru kopiena" ir Grāveru ciema iedzīvotāju organizācija, kas kopš 2015. gada rūpējas par ciema kultūras dzīvi un kopīgo īpašumu – veco saieta namu.'),
    "C2": P('Mūsu mērķis ir saglabāt Grāveros kopienas dzīvi, lai nākotnē jaunieši gribētu palikt ciemā un vecie ļaudis nepaliktu vieni.'),
    "C3.1": A("Abandoned: 'Kooperatīvu mēģinājām dibināt 2021. gadā, ... bet no šīs idejas atteicāmies'."),
    "C3.2": A("'Laika banka bija iecerēta jau 2022. gadā, bet šo rīcību vēl neesam sākuši.'; returning to it is conditional ('varētu')."),
    "C3.3": A("Contrast denial: 'Saules paneļi ir uzstādīti pagasta pārvaldes ēkai, bet biedrībai tādu nav'; the municipality letter's panels are the municipality's."),
    "C4.1": P('Biedrībā ir 22 biedri, to vada trīs cilvēku valde, un valde sanāk reizi mēnesī.'),
    "C4.2": P('Grāveru lepnums ir mūsu Jāņu tradīcija – jau vairāk nekā 50 gadus Jāņu vakarā visi ciema ļaudis sanāk pie Grāveru kalna ugunskura, un šī tradīcija ir tas, kas mūs vieno.'),
    "C4.3": A("Denied: 'pašu rīkotu talku biedrībai vēl nav bijis' – upkeep is done by parish workers."),
    "C4.4": A("Survey not used ('rezultāti netika apkopoti un izmantoti'); 'Šī projekta ideju izvēlējās biedrības valde.'"),
    "C5.1": P('Biedrības folkloras kopa "Grāveru bites" katru ziemu māca ciema bērniem Jāņu un Ziemassvētku dziesmas un rotaļas, un pērn kopā ar kopu Jāņos dziedāja 15 bērni.'),
    "C5.2": A("Not shown; teaching children songs is transmission (C5.1)."),
    "C5.3": A("Denied: 'Ar skolu un vietējiem uzņēmējiem sadarbība nav izveidojusies.'; the municipality letter describes its own work and future offers."),
    "C5.4": P('Biedrības ziņas izplatām WhatsApp grupā "Grāveri" (ap 70 dalībnieku) un uz ziņojumu dēļa pie saieta nama; pasākumu afišas publicē arī novada mājaslapā.'),
    "C6.1": P('Saieta nams (140 m²) – biedrības īpašums kopš 2016. gada; 40 krēsli, skaņas pastiprinātājs',
              'Folkloras kopas dziesmu un tradīciju zināšanas',
              '50 gadu Jāņu tradīcija pie Grāveru kalna'),
    "C6.2": A("Resources are listed but none is tied to the stated goal."),
    "C6.3": A("Not used: 'Piedalīties LEADER projektos iepriekš mēģinājām, bet 2020. gada projekta iesniegums netika atbalstīts.'"),
    "C6.4": A("Lapsed: 'Sadraudzības ciems Polijā mums bija, bet sadarbība apsīka 2019. gadā, un kopš tā laika ārvalstu partneru mums nav.'"),
})


def main():
    out = {}
    for sid, (name, arch, ind) in S.items():
        assert set(ind) == set(IND), (sid, set(IND) ^ set(ind))
        rec = {"name": name, "archive": arch, "indicators": {}, "evidence": {}, "notes": {}}
        for k in IND:
            status, payload = ind[k]
            rec["indicators"][k] = status
            if status == "present":
                rec["evidence"][k] = payload
            else:
                rec["notes"][k] = payload
        out[sid] = rec
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for sid, rec in out.items():
        print(sid, sum(v == "present" for v in rec["indicators"].values()))


if __name__ == "__main__":
    main()
