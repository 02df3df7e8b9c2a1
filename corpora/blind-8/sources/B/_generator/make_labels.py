#!/usr/bin/env python3
"""Hand-decided labels (written by the author as evaluator, from criteria.md only).
This script only serialises them to labels.json; it decides nothing."""
import json, os

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

L = {}

L["B01"] = dict(name='Biedrība "Egļupes kopiena" (Egļupe, Vecsēlpils pagasts)', archive="B01.zip", evidence={
 "C1": ["Egļupe ir neliels ciems Vecsēlpils pagastā pie Daugavas, kur pastāvīgi dzīvo ap 340 cilvēku, un mēs, Egļupes ļaudis, sevi uzskatām par vienu kopienu, ko vieno upe, vecā skola un kopā piedzīvotais."],
 "C2": ["Līdz 2030. gadam vēlamies, lai Egļupē jaunām ģimenēm būtu iemesls palikt: darbs tuvumā, droša vide bērniem un silta vieta, kur satikties arī ziemā."],
 "C3.1": ["2022. gadā kopā ar pieciem vietējiem mājražotājiem izveidojām kooperatīvu \"Egļupes klēts\", kas pieņem pasūtījumus internetā un reizi nedēļā piegādā produktus uz Aizkraukli un Jēkabpili."],
 "C3.2": ["Bijušās skolas pirmajā stāvā kopš 2023. gada rudens darbojas kopienas māja ar kopstrādes telpu: dienā tur pie saviem galdiem strādā trīs attālinātie darbinieki no ciema, bet vakaros telpa pieder pulciņiem."],
 "C3.3": ["Uz kopienas mājas jumta 2023. gadā uzstādījām 10 kW saules paneļu sistēmu, kas sedz apmēram pusi no ēkas elektrības patēriņa.",
          "Pērn pagasta bibliotēkā noorganizējām astoņas nodarbības senioriem par e-parakstu, Latvija.lv un internetbanku, un tās apmeklēja 27 cilvēki."],
 "C4.1": ["Biedrības darbu vada piecu cilvēku valde, bet katram lielākam darbam ir sava atbildīgo grupa – jauniešu, dārzkopju un vēstures grupa."],
 "C4.2": ["Egļupnieki lepojas, ka ciemā joprojām dzied pašu dziesmas par plostniekiem, un tieši plostnieku laiku atmiņas mūs atšķir no citiem Daugavas ciemiem."],
 "C4.3": ["Kad 2023. gada pavasara palos applūda ceļš uz Lejasmājām, biedrības brīvprātīgie divas nedēļas ar laivu veda pārtiku un zāles vientuļajiem kaimiņiem, līdz pašvaldība ceļu salaboja.",
          "Sestdien pie piestātnes sanāca 37 talcinieki – sakopām krastu, sazāģējām vētras gāztos kokus un nokrāsojām soliņus."],
 "C4.4": ["Par to, kam tērēt kooperatīva peļņas daļu, katru gadu lemj visi ciema iedzīvotāji kopsapulcē; 2024. gadā balsojumā uzvarēja bērnu rotaļu laukuma atjaunošana.",
          "NOLEMJ: kooperatīva peļņas daļu 2024. gadā novirzīt bērnu rotaļu laukuma atjaunošanai."],
 "C5.1": ["Ziemā kopienas mājā notiek meistarklases, kurās vecmeistars Jānis Kalniņš māca jauniešiem siet plostnieku mezglus un darināt koka laivas."],
 "C5.2": ["Mūsu pasākumos piedalās gan seniori, gan ģimenes, kas ciemā pārcēlušās pēdējos piecos gados, gan četras ukraiņu ģimenes, kas te dzīvo kopš 2022. gada."],
 "C5.3": ["Vecsēlpils pamatskola katru pavasari kopā ar biedrību rīko Daugavas krasta sakopšanu, pagasta pārvalde dod transportu, bet zemnieku saimniecība \"Ievlejas\" – tehniku."],
 "C5.4": ["Ciema ziņas pie cilvēkiem nonāk trīs ceļos: WhatsApp grupā \"Egļupe kopā\" (182 dalībnieki), biedrības Facebook lapā un uz ziņojumu dēļa pie veikala, ko lasa tie, kam viedtālruņa nav.",
          "Pagājušajā gadā saskaitījām, ka Facebook ieraksti sasniedz vidēji 900 cilvēku, bet uz talkām visvairāk cilvēku atnāk pēc ziņas WhatsApp grupā."],
 "C6.1": ["Savus resursus apzinājām 2023. gada rudenī kopā ar iedzīvotājiem, un tie apkopoti tabulā.",
          "Bijušās skolas ēka ar 2 ha parku, Daugavas krasts ar laivu piestātni"],
 "C6.2": ["Bijušās skolas ēku, mūsu lielāko teritoriālo resursu, izmantojam tieši tam, lai noturētu ciemā jaunās ģimenes: tajā darbojas bērnu pulciņi un kopstrādes telpa."],
 "C6.3": ["2021. gadā ar LEADER atbalstu biedrība atjaunoja laivu piestātni, bet 2023. gadā no Sabiedrības integrācijas fonda NVO fonda saņēmām 4800 eiro kopienas mājas aprīkojumam."],
 "C6.4": ["Kopš 2019. gada sadraudzējamies ar Zviedrijas ciemu Österbyn, no kura ik vasaru atbrauc brīvprātīgie palīdzēt kopt parku.",
          "SIA \"Daugavkoks\" 2023. gadā uzdāvināja kokmateriālus mūsu skatuvei."],
}, notes={})

L["B02"] = dict(name='Biedrība "Liepsalu ļaudis" (Liepsalas, Vietalvas pagasts)', archive="B02.zip", evidence={
 "C1": ["Liepsalas ir apmēram 190 iedzīvotāju ciems Vietalvas pagasta ziemeļos, starp diviem ezeriem, un mūsu biedrība apvieno tos liepsaliešus, kuriem rūp, lai šeit arī pēc divdesmit gadiem logos degtu gaisma."],
 "C2": ["Gribam, lai Liepsalas kļūtu par vietu, kur vecāki cilvēki var droši nodzīvot mūžu savās mājās un kur pilsētnieki labprāt pārceļas uz dzīvi, – par šo kopīgo mērķi vienojāmies 2022. gada rudenī."],
 "C3.1": ["Pirms trim gadiem sākām rīkot \"Ezeru tirgu\": katra mēneša otrajā sestdienā pie ezera laipas vietējie saimnieki pārdod medu, zivis un maizi tieši pircējiem, un tirgum ir savs zīmols, ko uz maisiņiem un etiķetēm lieto visi tirgotāji."],
 "C4.1": ["Biedrība dibināta 2012. gadā, tajā ir 34 biedri, valdē – trīs cilvēki, un reizi mēnesī pirmdienas vakarā visi sanākam uz biedru vakaru bibliotēkā."],
 "C4.2": ["Paši sevi mēdzam saukt par \"ezeru ļaudīm\" – esam nesteidzīgi, bet, ja kas jādara, darām visi kopā, un to, ka Liepsalās Jāņos joprojām dedzina ugunskuru uz Pilskalna, uzskatām par savu lielāko bagātību."],
 "C4.3": ["2021. gada rudenī, kad vētra nogāza elektrības līnijas un ciems trīs dienas bija bez strāvas, biedrība saorganizēja, ka ģenerators pa kārtai tiek vests uz mājām, kurās dzīvo slimnieki, un katru vakaru bibliotēkā vārījām zupu visiem, kas atnāca."],
 "C4.4": ["Kur likt vietējo uzņēmēju ziedoto naudu, mēs neizlemjam valdē: 2023. gadā par to nobalsoja 52 iedzīvotāji, un nauda tika izlietota peldvietas labiekārtošanai."],
 "C5.1": ["Novadpētniece Velta Apine ir savākusi vairāk nekā 300 vecu fotogrāfiju par Liepsalām un vada rokdarbu pulciņu, kurā apgūstam Vietalvas puses cimdu rakstus."],
 "C5.3": ["Vietalvas pagasta bibliotēka mums bez maksas dod telpas, Liepsalu evaņģēliski luteriskā draudze palīdz sarīkot Ziemassvētku pasākumu, bet SIA \"Ezerlīči\" ik gadu talkām atvēl mežizstrādes tehniku."],
 "C5.4": ["Par talkām un sapulcēm ziņojam e-pasta sarakstā (ap 120 adresātu) un uz ziņojumu dēļa pie autobusa pieturas, un pieredze rāda, ka uz dēli cilvēki reaģē pat labāk nekā uz e-pastu."],
 "C6.1": ["Mūsu rīcībā ir bibliotēkas zāle (60 vietas), biedrības divas laivas un telts, Pilskalns un divu ezeru krasti, biedru nauda un ziedojumi (2023. gadā kopā 1350 EUR), kā arī cilvēki ar zināšanām – divi galdnieki, bijusī skolotāja un elektriķis."],
 "C6.3": ["2019. gadā ar LEADER programmas atbalstu iegādājāmies laivas un telti, bet 2022. gadā ar Valsts kultūrkapitāla fonda mērķprogrammas atbalstu izdevām Veltas Apines sastādīto fotoalbumu \"Liepsalas laiku lokos\"."],
 "C6.4": ["Naudu tirgus zīmolam un nojumei ziedoja trīs vietējie uzņēmēji un kāds bijušais liepsalietis, kurš tagad dzīvo Īrijā, bet pēdējās divās vasarās peldvietas ierīkošanā palīdzēja brīvprātīgie studenti no Rīgas."],
}, notes={
 "C3.2": "time bank was tried and abandoned ('no tās atteicāmies')",
 "C3.3": "solar panels and website only wished ('Būtu labi', 'gribētos'); public internet point is the parish administration's plan",
 "C5.2": "integration denied: youth and Russian-speaking families do not take part",
 "C6.2": "resources are listed but none is tied to the stated goal",
})

L["B03"] = dict(name='Vecsniķeru ļaudis (informal neighbours, Vecsniķeri, Sesavas pagasts)', archive="B03.tar.gz", evidence={
 "C1": ["Vecsniķeru ciema (Sesavas pagasts) ļaužu lapa."],
 "C4.2": ["Ko mēs Vecsniķeros mīlam? Dzirnavas, savu villaines rakstu un to, ka te neviens neiet garām, ja kaimiņam zāle nav nopļauta."],
 "C4.3": ["Caurteku iztīrījām paši, jo gaidīt, kad kāds to izdarīs mūsu vietā, vairs negribējām."],
 "C5.1": ["Austra Bērziņa, kurai nupat palika 84, rādīja, kā stellēs uzvilkt Vecsniķeru villaines rakstu, un pie stellēm drosmīgi sēdās arī divas meitenes no 7. klases."],
 "C5.2": ["Zvaigznes dienas vakarā klētī dziedājām latviski, krieviski un lietuviski – mūsu ciemā dzīvo visu trīs valodu ļaudis, un šogad pie galda pirmo reizi sēdās arī jaunie kaimiņi no \"Lejniekiem\"."],
 "C5.4": ["Kā pie mums klīst ziņas? Lielākā daļa ciema ir mūsu WhatsApp grupā, vecākajiem Daiga vienkārši piezvana, bet šeit, Facebook lapā, mums seko jau 412 cilvēki, arī tie, kas aizbraukuši."],
 "C6.4": ["Paldies! Dzirnavu jumta glābšanai esam savākuši 2140 eiro no 96 ziedotājiem – lielākoties tie ir bijušie vecsniķerieši, kas tagad dzīvo Rīgā, Dublinā un Oslo.",
          "Kopā ar vēl septiņiem bijušajiem vecsniķeriešiem, kas strādā Dublinā, 2023. gadā saziedojām Vecsniķeru ļaudīm 900 eiro dzirnavu jumta remontam, un šovasar divi no mums brauks palīgā to klāt."],
}, notes={
 "C4.1": "no organised body: 'Mēs neesam biedrība, un valdes mums nav'",
 "C3.3": "solar panels belong to the neighbours in Lielplatone; 'Mums līdz tam vēl tāls ceļš'",
 "C5.3": "only a shared post of the parish administration's own event",
 "C6.3": "'programmā' is an event programme; no national/regional measure used",
 "C2": "no goal or vision stated; Ireland 'smart village' sentence is about another place",
})

L["B04"] = dict(name='Inga Vītola, private person (Mežvidi, Ošupes pagasts)', archive="B04.zip", evidence={}, notes={
 "C1": "place named only in the page header/address and date line; applicant is an individual, text says 'mūsu ciemā' only",
 "C2": "personal wish explicitly not shared ('tikai mans personīgais sapnis'); project aim is technical purchase",
 "C3.2": "community centre exists in neighbouring Barkava, 'bet mums tāda nav'",
 "C4.1": "denied: 'Mūsu ciemā nav biedrības'",
 "C4.3": "denied: park kept by municipal service, no talkas",
 "C4.4": "the administration's survey changed nothing",
 "C6.3": "LEADER only in a general statement and in a press article about Barkava",
 "C6.1": "denied: 'Resursu sarakstu vēl neesmu sastādījusi'",
})

L["B05"] = dict(name='Biedrība "Auziņu kopiena" (Auziņi, Dzelzavas pagasts)', archive="B05.zip", evidence={
 "C1": ["Auziņi ir ciems Dzelzavas pagastā, Madonas novadā, un aptauja bija domāta visiem tā iedzīvotājiem, lai kopiena pati izlemtu, ar ko sākt."],
 "C2": ["Pēc diskusijas grupās Auziņu nākotnes ainu formulēja tā: ciems, kurā bērni droši paši aiziet līdz pieturai, seniori nav vientuļi un katram ir kāds, pie kā vērsties pēc palīdzības."],
 "C4.1": ["Biedrībā \"Auziņu kopiena\" ir 27 biedri un trīs valdes locekļi, un katrai ielai ir sava \"ielas vecākā\", kas uztur saikni ar kaimiņiem."],
 "C4.3": ["A. Roze atgādināja, ka pagājušajā ziemā, kad ceļš netika tīrīts vairākas dienas, biedrība pati sarunāja grafiku, pēc kura četri saimnieki ar saviem traktoriem pa kārtai tīrīja sniegu ciema ielās, un ierosināja tā rīkoties arī turpmāk."],
 "C4.4": ["Balsojot ar 38 balsīm \"par\", sapulce nolēma, ka pirmā prioritāte būs apgaismojums gājēju celiņam uz autobusa pieturu, jo to aptaujā visbiežāk minēja paši iedzīvotāji."],
 "C5.2": ["D. Lapiņa ziņoja, ka aptaujā piedalījās 112 iedzīvotāji vecumā no 14 līdz 87 gadiem, tostarp pieci cilvēki ar kustību traucējumiem, kuriem anketu aizpildīt palīdzēja biedrības brīvprātīgie."],
 "C5.4": ["Anketas tika izdalītas pa pastkastītēm un ievietotas arī biedrības WhatsApp grupā, tāpēc atsaucība bija liela – atbildēja gandrīz trešā daļa ciema.",
          "Sapulce piekrita, ka \"ielu vecākie\" arī turpmāk pēc katras sapulces izstaigās savas ielas un izstāstīs par pieņemtajiem lēmumiem tiem, kas nevarēja atnākt."],
}, notes={
 "C3.2": "co-working space only proposed ('varētu ierīkot')",
 "C3.3": "mobile app only wished ('vajadzētu')",
 "C5.3": "parish administration did not come ('neieradās')",
 "C6.1": "denied: own means not yet assessed",
 "C6.3": "LEADER only as a possible future application; 'projekts' there is a technical design",
})

L["B06"] = dict(name='Biedrība "Zaļā sēta" (energy community; place only in header)', archive="B06.zip", evidence={
 "C2": ["Mūsu vīzija – ciems, kurā 2035. gadā katra māja tiek apsildīta ar atjaunojamo enerģiju un nevienam nav jāpamet ciems ziemas rēķinu dēļ."],
 "C3.2": ["Kopš 2022. gada ciemā darbojas enerģijas kopiena: 14 mājsaimniecības kopīgi pārvalda saules parku un sadala saražoto elektrību pēc pašu pieņemtiem noteikumiem."],
 "C3.3": ["Saules parks (48 kW) uz bijušās fermas jumta ražo elektrību kopš 2022. gada augusta, un katrai mājsaimniecībai ir viedais skaitītājs ar lietotni, kurā redzams patēriņš.",
          "Visi dalībnieki lietotni iemācījās lietot divās nodarbībās, ko vadīja mūsu pašu elektriķis Aivars."],
 "C4.1": ["Biedrībā ir 22 biedri; valde (3 cilvēki) atskaitās biedru kopsapulcei, bet enerģijas kopienas ikdienas darbu koordinē atsevišķa darba grupa."],
 "C4.3": ["Kopš 2022. gada ciemā darbojas enerģijas kopiena: 14 mājsaimniecības kopīgi pārvalda saules parku un sadala saražoto elektrību pēc pašu pieņemtiem noteikumiem."],
 "C4.4": ["Lēmumu par saules parka būvi pieņēma visu 14 mājsaimniecību kopsapulce 2021. gada 9. oktobrī, katrai mājsaimniecībai – viena balss."],
 "C5.3": ["Fermas ēku biedrība 2021. gadā nopirka no zemnieku saimniecības \"Lejas\", pašvaldība palīdzēja saskaņot saules parka pieslēgumu sadales tīklam, bet vietējās skolas fizikas skolotājs ar skolēniem reizi mēnesī nolasa parka ražošanas datus un izmanto tos stundās."],
 "C6.1": ["48 kW saules parks, 14 viedie skaitītāji",
          "Mājsaimniecību iemaksas – 150 EUR gadā no katras, elektrības pārpalikuma pārdošanas ienākumi"],
 "C6.2": ["Saules parks ir mūsu galvenais tehniskais resurss, un to izmantojam tieši vīzijas īstenošanai – lai ziemas rēķini nevienu nepiespiestu pamest ciemu."],
 "C6.3": ["Saules parka būvi 2022. gadā līdzfinansēja LEADER projekts Nr. 22-01-AL17-A019.2202-000045 (publiskais finansējums 41 200 EUR)."],
}, notes={
 "C1": "place appears only in the page header and the date line; C1 row just says 'Atbilst.'",
 "C4.2": "self-assessment restates the criterion without a fact",
 "C5.1": "empty cell", "C5.2": "'Vēl tiek izstrādāts.'", "C5.4": "only planned",
 "C6.4": "denied across contrast: neighbouring parish has German partners, 'bet mums tādu nav'; 'tīkls' is the power grid",
})

L["B07"] = dict(name='Biedrība "Kārkliņu attīstībai" (Kārkliņi, Zaļenieku pagasts)', archive="B07.zip", evidence={
 "C1": ["Kārkliņi ir ciems Zaļenieku pagastā, Jelgavas novadā, ar 520 iedzīvotājiem; stratēģija attiecas uz ciemu un tam piegulošajām viensētām, kuru ļaudis jūtas piederīgi Kārkliņu kopienai."],
 "C2": ["Kārkliņi 2030. gadā – zaļš un gudrs ciems, kurā paaudzes dzīvo līdzās, saimnieko ar prātu un lepojas ar savu ābeļdārzu mantojumu."],
 "C3.1": ["Ābolu sulu no vecajām šķirnēm kopš 2021. gada ražo sociālais uzņēmums SIA \"Kārkliņu dārzs\", kuru dibināja biedrība un kurā strādā trīs cilvēki ar invaliditāti."],
 "C3.2": ["2022. gadā ieviesām \"kaimiņu dežūras\": 19 brīvprātīgie pēc grafika apzvana un apciemo vientuļos seniorus, un dežūru sarakstu kopīgi pārvalda pagasta sociālā darbiniece un biedrība."],
 "C3.3": ["Tautas namā ir optiskā interneta pieslēgums un četri datori, pie kuriem brīvprātīgie jaunieši katru ceturtdienu māca senioriem lietot viedtālruņus; 2023. gadā nodarbības apmeklēja 41 cilvēks."],
 "C4.1": ["Biedrība dibināta 2009. gadā un apvieno 58 biedrus; tai ir valde, revīzijas komisija un četras interešu grupas – dārza, jauniešu, senioru un uzņēmēju."],
 "C4.2": ["Kārkliņu īpašais ir pagājušā gadsimta 30. gados stādītais Bišu muižas ābeļdārzs ar 46 vecajām šķirnēm, ko ciema ļaudis uzskata par savu dārgāko mantojumu.",
          "2023. gada aptaujā kā svarīgākās vērtības iedzīvotāji minēja kaimiņu izpalīdzību, sakoptu vidi un ābeļdārzu."],
 "C4.3": ["Kad 2022. gada augustā krusa izsita tautas nama jumta logus, iedzīvotāji paši savāca 1900 eiro un nedēļas laikā nomainīja stiklus, negaidot apdrošināšanas atlīdzību."],
 "C4.4": ["Stratēģijas galīgo redakciju 2023. gada 25. novembra kopsapulcē apstiprināja 74 iedzīvotāji, turklāt divi punkti tika pārrakstīti pēc diskusijas zālē.",
          "Kopš 2021. gada Zaļenieku pagasta līdzdalības budžetā Kārkliņu iedzīvotāji ar balsojumu divreiz izvēlējušies savas idejas – āra trenažierus un velonovietnes pie stacijas."],
 "C5.1": ["Dārza grupa katru pavasari rīko potēšanas darbnīcas, kurās vecie dārznieki nodod jaunākajiem zināšanas par vietējām ābeļu šķirnēm."],
 "C5.2": ["Tautas namā ir optiskā interneta pieslēgums un četri datori, pie kuriem brīvprātīgie jaunieši katru ceturtdienu māca senioriem lietot viedtālruņus; 2023. gadā nodarbības apmeklēja 41 cilvēks."],
 "C5.3": ["Ik rudeni Zaļenieku pamatskolas skolēni palīdz novākt ābolu ražu, bet Kārkliņu luterāņu draudze dod savas telpas senioru pēcpusdienām."],
 "C5.4": ["Iekšējā informācija plūst caur ikmēneša izdevumu \"Kārkliņu Vēstis\" (200 drukāti eksemplāri un PDF versija biedrības mājaslapā), ielu WhatsApp grupām un ziņojumu dēli pie veikala.",
          "2023. gada aptauja parādīja, ka \"Kārkliņu Vēstis\" lasa 8 no 10 iedzīvotājiem, tāpēc drukāto izdevumu saglabājam, kaut arī tas izmaksā dārgāk nekā ieraksti sociālajos tīklos."],
 "C6.1": ["Apzinātie resursi: teritoriālie – Bišu muižas ābeļdārzs (4,5 ha) un tautas nams; tehniskie – sulas spiede, pasterizators, datori; finanšu – biedru naudas un sociālā uzņēmuma peļņa; cilvēkresursi – 58 biedri un ap 30 brīvprātīgo; zināšanas – divi sertificēti dārznieki un pieredzējis projektu vadītājs."],
 "C6.2": ["Ābeļdārzu mērķtiecīgi izmantojam pirmā stratēģiskā mērķa sasniegšanai, jo sulas ražošana dod darbu vietējiem cilvēkiem."],
 "C6.3": ["Sulas spiede iegādāta 2021. gadā ar ELFLA LEADER atbalstu, bet 2023. gadā kopiena piedalījās \"Lielajā talkā\" un Latvijas Lauku foruma rīkotajā kopienu forumā Jelgavā."],
 "C6.4": ["Ābeļdārza atjaunošanā kopš 2020. gada palīdz Dārzkopības institūta eksperti, un sadraudzības ciems Åkirkeby Bornholmā 2023. gadā mums uzdāvināja otru sulas spiedi."],
}, notes={})

L["B08"] = dict(name='Biedriba "Strautini - nakotnei" (Strautini, Launkalnes pagasts; no diacritics)', archive="B08.zip", evidence={
 "C1": ["Mes esam Strautinu ciema iedzivotaji, kas 2018. gada apvienojas biedriba, lai ciems Launkalnes pagasta nepaliktu tukss."],
 "C2": ["Musu merkis ir lidz 2030. gadam panakt, lai Strautinos butu vismaz desmit jaunas darba vietas un lai jauniesi pec studijam gribetu atgriezties majas."],
 "C3.1": ["2022. gada biedriba kopa ar trim vietejiem amatniekiem atvera e-veikalu strautini.lv, kura pardod koka rotallietas un vilnas zekes, un pirmaja gada tika sanemti 340 pasutijumi."],
 "C3.3": ["Pagajusaja ziema rikojam piecas nodarbibas, kuras biedribas brivpratigie macija 18 vecakajiem ciema iedzivotajiem iepirkties interneta un lietot e-veselibu."],
 "C4.1": ["Biedriba sobrid ir 29 biedri, valde ir tris cilveki, un katram darbibas virzienam ir savs atbildigais."],
 "C4.2": ["Strautinieki sevi sauc par \"strautu laudim\" - esam sturgalvigi, izpaligi un nebaidamies no darba, un tieshi so kaiminu izpaligu uzskatam par savu lielako vertibu."],
 "C4.3": ["Kad 2023. gada vasara pagasta parvalde parstaja plaut ciema parku, biedriba pati sastadija grafiku, un katru nedelu parku plava cits biedrs ar savu plaujmasinu."],
 "C5.2": ["Musu pasakumos ir gan bernu dienas, gan senioru vakari, un e-veikala noliktava strada ari divi jauniesi ar kustibu traucejumiem."],
 "C5.3": ["Launkalnes pamatskola dod mums telpas nodarbibam, Smiltenes novada pasvaldiba palidzeja ar e-veikala juridiskajam konsultacijam, un z/s \"Kalnabites\" sponsore berniem svetkus."],
 "C6.1": ["Esam apzinajusi savus resursus: biedribas riciba ir bijusais ambulances nams ar 0,3 ha zemes, 5 ha kopienas mezs, biedru naudas ap 400 EUR gada un cilveki ar prasmem - kalejs, galdnieks un IT specialists."],
 "C6.2": ["Bijuso ambulances namu izmantojam tiesi darba vietu merkim: tur ir e-veikala noliktava un amatnieku darbnica."],
 "C6.4": ["Riga dzivojosais IT specialists Edgars Kalns, kuram Strautinos ir vasarnica, bez maksas izveidoja e-veikala platformu, bet z/s \"Kalnabites\" katru gadu ziedo 500 EUR berniem svetkiem."],
}, notes={
 "C4.4": "decision taken by the board alone ('pienema biedribas valde')",
 "C5.1": "denied: nobody teaches the crafts to the young",
 "C5.4": "denied and only planned: no website or Facebook page yet",
 "C6.3": "denied across contrast: Bilska parish NGOs did LEADER projects, 'mes ... neesam piedalijusies'",
})

L["B09"] = dict(name='Biedrība "Ozolkalna kopienas centrs" (Ozolkalns, Bērzpils pagasts)', archive="B09.tar.gz", evidence={
 "C1": ["Mēs, Ozolkalna ciema ļaudis Bērzpils pagastā, šo avīzi saviem kaimiņiem veidojam paši jau ceturto gadu."],
 "C3.2": ["Kopš 2022. gada bijušajā pasta ēkā darbojas kopienas centrs, ko pārvalda paši iedzīvotāji pēc maiņu principa: katru nedēļu atslēgas un atbildība pāriet pie citas ģimenes, un telpas savām nodarbībām var pieteikt ikviens ozolkalnietis."],
 "C4.1": ["Centra darbu uztur biedrība \"Ozolkalna kopienas centrs\", kurā ir 19 biedri un trīs cilvēku valde, kas katru mēnesi sastāda dežūru grafiku."],
 "C4.3": ["Februārī, kad sabojājās apkures sūknis, biedri paši sameta naudu jaunam, un to uzstādīja Valdis ar dēlu, tāpēc nevienu nodarbību nevajadzēja atcelt."],
 "C5.1": ["Martā centrā notika trīs pīšanas darbnīcas – Vija Lāce, kura kārklu grozus pin jau 50 gadus, mācīja savu amatu desmit interesentiem."],
 "C5.2": ["Uz darbnīcām nāca gan skolēni, gan pensionāri, un pirmo reizi atnāca arī divas ģimenes no Ukrainas, kas Ozolkalnā dzīvo kopš pagājušā gada."],
 "C5.3": ["Bērzpils vidusskola centrā rīko pagarinātās dienas grupu, bet Balvu Centrālā bibliotēka reizi mēnesī atved grāmatu kasti."],
 "C5.4": ["Šo avīzi drukājam 150 eksemplāros un izdalām pa pastkastītēm, bet steidzamās ziņas liekam kopienas centra Facebook grupā un uz ziņojumu dēļa pie centra durvīm."],
 "C6.3": ["Centra telpas 2023. gadā izremontējām ar Sabiedrības integrācijas fonda programmas \"NVO fonds\" atbalstu, un šopavasar pirmo reizi piedalījāmies arī \"Lielajā talkā\"."],
 "C6.4": ["Paldies Rīgas latgaliešu biedrībai \"Latgolys zemes bārni\", kuras brīvprātīgie aprīļa sākumā atbrauca un nokrāsoja centra fasādi!"],
}, notes={
 "C2": "no goal or vision stated",
 "C3.1": "only a farm's advert",
 "C3.3": "computer only wished ('Būtu labi')",
 "C4.4": "the only survey was the parish administration's and changed nothing",
 "C6.1": "no identification of own resources",
})

L["B10"] = dict(name='Laila Bērziņa for Vīksnas residents (Gaujienas pagasts; half-filled form)', archive="B10.zip", evidence={
 "C1": ["Projektu iesniedzu Vīksnu ciema iedzīvotāju vārdā – mēs esam kaimiņi no Gaujienas pagasta Vīksnām, kas ciemā dzīvo pastāvīgi, kopā ap 120 cilvēku."],
}, notes={
 "C2": "section left with the form's hint only",
 "C3.1": "answer restates the criterion's wording",
 "C4.1": "denied: association not founded yet; table cells empty",
 "C6.1": "'Vēl tiek apkopoti.'",
 "C6.4": "'Skatīt pielikumā.' with no such annex",
})

L["B11"] = dict(name='Biedrība "Dzērvenes kopiena" (Dzērvene, Vecpiebalgas pagasts)', archive="B11.zip", evidence={
 "C1": ["Dzērvene ir ciems Vecpiebalgas pagastā, Cēsu novadā, Dzērvju purva malā; tajā un apkārtējās viensētās dzīvo ap 210 cilvēku, un mūsu biedrība runā viņu vārdā."],
 "C2": ["Mūsu vīzija 2035. gadam: Dzērvene ir vieta, kur daba un cilvēki sadzīvo saskaņā, kur no tūrisma un amatiem var godīgi nopelnīt iztiku un kur katrs iebraucējs jūtas gaidīts."],
 "C3.1": ["Kopš 2020. gada biedrība uztur tūrisma maršrutu \"Dzērvju taka\" ar 12 pieturas punktiem pie biedrības biedriem – vietējiem saimniekiem, kuri savu produkciju pārdod tieši ceļotājiem; 2023. gadā maršrutu izgāja vai izbrauca ap 1800 cilvēku."],
 "C4.1": ["Biedrībā \"Dzērvenes kopiena\" ir 45 biedri; to vada četru cilvēku valde, un biedri darbojas trīs darba grupās – tūrisma, vēstures un saimniecības."],
 "C4.2": ["Dzērvenes ļaudis sevi uzskata par dzērvju sargātājiem: purvs ar dzērvju ligzdošanas vietām ir tas, ar ko lepojamies un kas mūs atšķir no citiem Piebalgas ciemiem."],
 "C5.1": ["Vēstures darba grupa ir pierakstījusi vairāk nekā 60 atmiņu stāstu par Dzērveni un Piebalgas amatniekiem, un maršruta gidi šos stāstus izmanto savos stāstījumos."],
 "C6.1": ["2023. gada pavasarī valde sastādīja resursu karti, kurā iekļauti seši resursu veidi.",
          "Dzērvju purvs (320 ha) ar skatu torni, bijusī pienotava ciema centrā"],
 "C6.2": ["Purvu un maršrutu izmantojam tieši vīzijā minētajam mērķim – lai ciemā no tūrisma varētu nopelnīt iztiku: maršruta pieturās tirgojas astoņi mūsu biedri."],
}, notes={
 "C3.2": "co-working space only in the action plan ('Iecerēts')",
 "C3.3": "mobile app only in the action plan",
 "C4.3": "the only joint work (talkas) is a plan row 'Vēl nav sākts'",
 "C4.4": "vision prepared by the board; no survey; residents' meeting only intended",
 "C5.3": "denied: no cooperation with municipality or school",
 "C5.4": "website/Facebook only planned",
 "C6.3": "LEADER only as a planned row; no project support received",
 "C6.4": "denied: 'sponsoru mums nav'",
})

L["B12"] = dict(name='Biedrība "Rudzupieši" (Rudzupe, Daudzeses pagasts)', archive="B12.zip", evidence={
 "C1": ["Biedrība \"Rudzupieši\" ir Rudzupes ciema (Daudzeses pagasts, Aizkraukles novads) iedzīvotāju apvienība; ciemā dzīvo 280 cilvēku, biedrībā – 74."],
 "C2": ["Rudzupe – ciems, kur var dzīvot, strādāt un novecot, nebraucot uz pilsētu pēc katra pakalpojuma."],
 "C3.1": ["Kopš 2022. gada darbojas biedrības dibinātais sociālais uzņēmums \"Rudzupes maiznīca\", kas cep maizi no vietējiem rudziem un nodarbina četrus cilvēkus, tostarp divus ar invaliditāti."],
 "C3.2": ["2023. gadā ieviesām laika banku: 38 dalībnieki apmaina pakalpojumus stundu pret stundu, un gada laikā uzskaitītas 612 stundas."],
 "C3.3": ["Pie Rudzupes uzstādīti 6 gaisa kvalitātes un ūdens līmeņa sensori; dati redzami mobilajā lietotnē, kuras lietošanu 2023. gadā apguva 52 iedzīvotāji."],
 "C4.1": ["Pārvaldība: valde (5 locekļi), revidents, 4 darba grupas (maiznīca, laika banka, vide, kultūra)."],
 "C4.2": ["Aptaujā 71 % respondentu kā Rudzupes lielāko vērtību nosauca rudzu maizes cepšanas tradīciju, bet 64 % – kaimiņu savstarpējo palīdzību."],
 "C4.3": ["2023. gada janvārī, kad ciema ūdenstornī plīsa caurule, biedrības brīvprātīgie 36 stundu laikā noorganizēja ūdens piegādi mucās 40 mājsaimniecībām."],
 "C4.4": ["Projekta prioritāti noteica aptauja (143 respondenti) un 2023. gada 2. decembra kopsapulce, kurā 58 balsis no 66 tika nodotas par kopienas virtuvi."],
 "C5.1": ["Maizes cepšanas meistarklases reizi mēnesī vada 82 gadus vecā Zenta Ābele, kura rudzu maizi cep pēc savas vecmāmiņas receptes."],
 "C5.2": ["Laika bankā visaktīvākie ir jaunieši, kuri senioriem palīdz ar malku, un seniori, kuri pieskata mazos bērnus."],
 "C5.3": ["Līdz šim sadarbība izpaudusies šādi: Daudzeses pamatskola nodrošina telpas meistarklasēm, pagasta pārvalde – transportu senioriem, bet z/s \"Rudzupes\" piegādā graudus maiznīcai."],
 "C5.4": ["Kanālu efektivitāti vērtējam reizi gadā: 2023. gadā 83 % aptaujāto ziņas par pasākumiem saņēma WhatsApp grupā, tāpēc svarīgāko informāciju liekam vispirms tur."],
 "C6.1": ["Maizes krāsns, mīklas mīcītājs, 6 sensori",
          "1937. gadā mūrēta maizes krāsns dzirnavās"],
 "C6.2": ["Maiznīcas krāsni – mūsu unikālo resursu – izmantojam vīzijas mērķim \"strādāt ciemā\": tā dod darbu četriem cilvēkiem."],
 "C6.3": ["Sensoru tīkls izveidots LEADER projektā (ELFLA, 2022), laika banka – ar Sabiedrības integrācijas fonda NVO fonda atbalstu (2023)."],
 "C6.4": ["Lietuvas partneri no Rugiai kopienas 2023. gadā bez maksas nodeva mums savu laika bankas uzskaites sistēmu, un Rīgas Tehniskās universitātes studenti brīvprātīgi uzstādīja sensorus."],
}, notes={})

L["B13"] = dict(name='Biedrība "Kalnamuižas nākotne" (Kalnamuiža, Lielvārdes pagasts)', archive="B13.zip", evidence={
 "C1": ["Kalnamuiža ir ciems Lielvārdes pagastā ar 610 iedzīvotājiem, un mūsu biedrība pārstāv tās Kalnamuižas ģimenes, kurām svarīgi, lai ciemā saglabātos skola."],
 "C2": ["Mēs, kalnamuižieši, gribam, lai arī pēc desmit gadiem mūsu bērni ietu skolā tepat, nevis brauktu uz Ogri, un lai skola vakaros būtu visa ciema mājas."],
 "C3.2": ["Kopš 2023. gada septembra Kalnamuižā darbojas \"Skolas un kopienas padome\", kurā biedrība, skola un pagasta pārvalde kopīgi pārvalda skolas ēkas izmantošanu pēc stundām – tagad tur vakaros notiek pulciņi, koris un biedrības sanāksmes."],
 "C4.1": ["Biedrībā ir 37 biedri, un tās valdē ir pārstāvēti visi trīs ciema rajoni – Muižas centrs, Dzirnavu iela un Skolas iela."],
 "C5.3": ["Kopš 2023. gada septembra Kalnamuižā darbojas \"Skolas un kopienas padome\", kurā biedrība, skola un pagasta pārvalde kopīgi pārvalda skolas ēkas izmantošanu pēc stundām – tagad tur vakaros notiek pulciņi, koris un biedrības sanāksmes.",
          "SIA \"Kalna Agro\" kopš 2022. gada skolai un biedrībai bez maksas nodrošina transportu uz Kalnamuižas kora koncertiem un sporta sacensībām, bet pagasta pārvalde sedz skolas ēkas vakara stundu apkuri."],
 "C6.3": ["Biedrība kopš 2022. gada ir Latvijas Lauku foruma biedrs un 2023. gadā piedalījās tā rīkotajā viedo ciemu mentoringa programmā."],
 "C6.4": ["Igaunijas partneri no Kõrveküla 2023. gadā divas reizes uzņēma mūsu delegāciju un dalījās pieredzē par to, kā kopiena var pārvaldīt lauku skolu."],
}, notes={
 "C3.3": "co-working space with fibre only promised in the memorandum (future)",
 "C4.3": "denied: no talkas, municipal service keeps the territory",
 "C4.4": "memorandum drafted by the board with the school director",
 "C6.1": "denied: resource list not yet drawn up",
})

L["B14"] = dict(name='Biedrība "Lazdukalna iniciatīva" (Lazdukalns, Lazdonas pagasts)', archive="B14.tar.gz", evidence={
 "C1": ["Lazdukalns ir ciems Lazdonas pagastā, Madonas novadā, un mūsu biedrība apvieno tā ļaudis – vairāk nekā simt mājsaimniecību no ciema centra un apkārtējām viensētām."],
 "C2": ["Mūsu mērķis ir, lai pēc desmit gadiem Lazdukalnā neviens nejustos atstumts tikai tāpēc, ka dzīvo tālu no centra vai neprot lietot datoru."],
 "C3.3": ["2023. gadā lielākajā daļā ciema mājsaimniecību tika ievilkts optiskais internets, un biedrība pēc tam noorganizēja četras apmācības, kurās 35 iedzīvotāji iemācījās izmantot e-pakalpojumus un videozvanus ar radiniekiem ārzemēs."],
 "C4.1": ["Biedrība dibināta 2019. gadā, tajā ir 26 biedri un trīs valdes locekļi, un katrs biedrs atbild par savu ciema rajonu."],
 "C4.3": ["2023. gadā lielākajā daļā ciema mājsaimniecību tika ievilkts optiskais internets, un biedrība pēc tam noorganizēja četras apmācības, kurās 35 iedzīvotāji iemācījās izmantot e-pakalpojumus un videozvanus ar radiniekiem ārzemēs."],
 "C4.4": ["Par to, ko iekļaut šajā projektā, 2024. gada janvārī iedzīvotāju sapulcē balsoja 44 cilvēki, un vairākums izvēlējās senioru un jauniešu kopīgu digitālo darbnīcu ciklu.",
          "NOLĒMA: projekta pieteikumā iekļaut senioru un jauniešu digitālo darbnīcu ciklu."],
 "C5.2": ["Apmācībās jaunieši bija pasniedzēju lomā, bet klausītāji – seniori un divas ģimenes, kas pārcēlušās no Rīgas, tāpēc šīs nodarbības kļuva arī par vietu, kur satiekas paaudzes."],
 "C5.4": ["Ziņas ciemā izplatām biedrības Facebook lapā un e-pastā, bet vecākajiem cilvēkiem, kam interneta nav, tās aiznes biedrs, kurš atbild par attiecīgo rajonu."],
 "C6.3": ["2023. gadā ar Sabiedrības integrācijas fonda programmas \"Latvijas NVO fonds\" atbalstu (3200 EUR) iegādājāmies astoņus portatīvos datorus apmācībām."],
}, notes={
 "C3.1": "denied across contrast: producers' cooperative is in Madona, none of ours takes part",
 "C3.2": "denied across contrast: Kalsnava has a community centre, 'bet mums tādu nav'",
 "C5.3": "denied: school and parish administration not involved",
 "C6.1": "resource identification only planned",
 "C6.4": "denied across contrast: Madona's twin towns, 'bet mūsu ciemam ārzemju partneru vai sponsoru nav'",
})

L["B15"] = dict(name='Vija Kronberga, letter for an unnamed ciemats (Sila ciems only in letterhead)', archive="B15.zip", evidence={
 "C5.1": ["Pagājušo vasaru ciemata sievas pie vecās Annas Siliņas mācījās cept rudzu maizi malkas krāsnī, kā to darīja viņas māte, un tagad to māk jau sešas saimnieces."],
 "C6.4": ["Kopš 2017. gada mūsu ciematam ir draudzība ar Pasłęk pilsētiņu Polijā, un šā gada maijā poļu draugi atveda mūsu bērniem 40 grāmatu un sporta inventāru."],
}, notes={
 "C1": "village named only in the letterhead and the date-and-place line; body says 'mūsu ciemats'",
 "C2": "denied: 'kopīga redzējuma par ciemata nākotni mums nav'",
 "C3.3": "app/solar panels are the twin town's ('bet mums nekā tāda nav') or a press quote about Tukums; own panels only 'varētu'",
 "C4.1": "denied: no association, no joint decisions",
 "C6.3": "denied: never took part in a project or contest",
})

L["B16"] = dict(name='Biedrība "Saules puse" (Facebook page; village never named)', archive="B16.zip", evidence={
 "C4.1": ["Biedrībai tagad ir 33 biedri! Valdē joprojām trīs cilvēki, bet katram pasākumam izvēlamies savu \"kapteini\", kurš atbild, lai viss notiek."],
 "C4.2": ["Mēs esam ciems, kur visi sveicinās, kur Jāņos dziedam līdz rītam un kur neviens neaizmirst kaimiņa dzimšanas dienu."],
 "C4.3": ["Vakardienas vētra nogāza bērzu pāri ceļam pie dīķa – pēc pusstundas tur jau bija seši vīri ar zāģiem, un līdz vakaram ceļš bija brīvs.",
          "Šoziem paši sadalījām, kurš tīra sniegu pie kura vecā cilvēka mājas; sapulce vienojās tā darīt arī nākamziem."],
 "C4.4": ["Balsojot ar 29 balsīm pret 6, sapulce nolēma, ka šā gada gadatirgus naudu liksim jaunām šūpolēm pie upes."],
 "C5.2": ["Spēļu vakarā šoreiz bija gan mazie ar vecākiem, gan mūsu vecmāmiņas, un pirmo reizi atnāca arī jaunā ģimene no Sīrijas, kas dzīvo vecajā pasta mājā."],
 "C5.4": ["Ziņas par sapulcēm un talkām liekam šeit lapā un WhatsApp grupā, bet katrā ielā ir viens cilvēks, kurš aiziet pie tiem, kam telefona nav."],
}, notes={
 "C1": "no village, pagasts or novads is ever named",
 "C2": "no goal or vision ('mērķi' are excursion destinations)",
 "C5.3": "'sēklu bibliotēka' is a seed exchange; municipality post is only shared",
 "C6.3": "only a shared municipal call to join Lielā talka, no own participation stated",
})

out = {}
for sid in sorted(L):
    d = L[sid]
    ev = d["evidence"]
    out[sid] = {"name": d["name"], "archive": d["archive"],
                "indicators": {k: ("present" if k in ev else "absent") for k in IDS},
                "evidence": {k: ev[k] for k in IDS if k in ev},
                "notes": d["notes"]}
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print("wrote", len(out))
