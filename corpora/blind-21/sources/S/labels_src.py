#!/usr/bin/env python3
"""Source of labels.json. Present indicators: evidence lists; absent ones: notes."""
import json, os
IND = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
L = {}
def add(sid, name, archive, evidence, notes):
    assert set(evidence) | set(notes) == set(IND) and not (set(evidence) & set(notes)), sid
    L[sid] = {'name': name, 'archive': archive,
              'indicators': {c: ('present' if c in evidence else 'absent') for c in IND},
              'evidence': {c: evidence[c] for c in IND if c in evidence},
              'notes': {c: notes[c] for c in IND if c in notes}}

add('S01', 'Biedrība "Kusas ciema kopiena"', 'S01.zip', {
 'C1': ['Mēs, Kusas ciema iedzīvotāji, jūtamies kā viena kopiena, ko vieno kopīga vēsture, dzelzceļa stacija un vēlme, lai Kusā būtu dzīvi arī pēc divdesmit gadiem.'],
 'C2': ['Mūsu vīzija: 2030. gadā Kusa ir ciems, kurā jaunas ģimenes grib palikt un atgriezties, jo šeit ir darbs, labs internets, kopīga telpa un draudzīgi kaimiņi.',
        'Tā galvenais mērķis ir uzlabot dzīves kvalitāti visām paaudzēm, saglabājot ciema identitāti.'],
 'C3.1': ['2022. gadā pieci vietējie mājražotāji kopā ar biedrību izveidoja kopīgu zīmolu "Kusas labumi" un e-veikalu, kurā pārdod medu, kaltētus ābolus un rupjmaizi.'],
 'C3.2': ['Bijušajā stacijas ēkā kopš 2023. gada darbojas kopienas māja ar kopstrādes telpu, kurā ikdienā strādā trīs attālinātie darbinieki.',
          'Ciemā ieviesām arī "laika banku", kurā kaimiņi apmainās ar pakalpojumiem, uzskaitot tos stundās, nevis naudā.'],
 'C3.3': ['Kopienas mājas jumtā uzstādījām 10 kW saules paneļus, un pagājušajā ziemā rīkojām digitālo prasmju apmācības, kurās 34 senjori iemācījās lietot internetbanku, e-veselību un portālu Latvija.lv.'],
 'C4.1': ['Biedrību vada piecu cilvēku valde, ko ievēl kopsapulce uz diviem gadiem, un katrai darba jomai – kultūrai, videi un jauniešiem – ir sava iniciatīvas grupa ar atbildīgo.'],
 'C4.2': ['Mēs lepojamies ar savu dzelzceļnieku ciema vēsturi un ar tradīciju katru augustu rīkot "Kusas stacijas svētkus", uz kuriem atbrauc arī bijušie kusēnieši no visas Latvijas.'],
 'C4.3': ['Kad 2021. gada vētra nogāza kokus pār ceļu uz Kusas kapiem, iedzīvotāji paši sarunāja tehniku, divās dienās novāca kritušos kokus un vēlāk talkā iestādīja jaunu liepu aleju.'],
 'C4.4': ['2024. gada februāra aptaujā 71 % atbildētāju izvēlējās kopienas mājas siltināšanu, un kopsapulce šo projektu apstiprināja ar 39 balsīm "par" un 2 "pret".'],
 'C5.1': ['Katru ziemu kopienas mājā notiek meistarklases, kurās vietējās audējas māca jaunietēm aust Madonas puses jostas, bet novadpētnieks Jānis Ozols kopā ar skolēniem pieraksta vecāko iedzīvotāju atmiņas par staciju.'],
 'C5.2': ['Mūsu pasākumos piedalās gan seniori, gan jaunieši, un divas ukraiņu ģimenes, kas Kusā dzīvo kopš 2022. gada, vada ukraiņu ēdienu vakarus.'],
 'C5.3': ['Sadarbojamies ar Aronas pagasta pārvaldi, Kusas bibliotēku, Madonas novada pašvaldību, vietējiem uzņēmējiem un Aronas evaņģēliski luterisko draudzi, un bibliotēka mūsu kopienas mājā vada lasītāju klubu.'],
 'C5.4': ['Informācija ciemā aprit trīs veidos: WhatsApp grupā "Kusa kopā" ir 186 dalībnieki, ziņas izliekam uz ziņojumu dēļa pie veikala, un reizi mēnesī izsūtām e-pasta jaunumus.',
          'Mūsu Facebook lapai ir 640 sekotāju, un pēc ierakstu statistikas redzam, ka par pasākumiem visvairāk cilvēku uzzina tieši tur.'],
 'C6.1': ['kopienas māja ar saules paneļiem, zāliena traktors, divi telšu komplekti, projektors',
          'vēsturiskā stacijas ēka (1903) un dzelzceļnieku atmiņu arhīvs'],
 'C6.2': ['Lai sasniegtu mērķi noturēt ciemā jaunās ģimenes, vēsturisko stacijas ēku esam pārvērtuši par kopienas māju ar kopstrādes telpu, kurā strādā arī divas jaunās māmiņas.'],
 'C6.3': ['Biedrība jau ir īstenojusi divus LEADER projektus (2019. gadā – bērnu rotaļu laukums, 2021. gadā – telšu komplekti) un katru gadu piedalās kampaņā "Lielā talka".'],
 'C6.4': ['Kopienas māju palīdzēja atjaunot 14 brīvprātīgie no Somijas sadraudzības ciema Kuhmoinen, bet SIA "Madonas koks" ziedoja kokmateriālus 2800 EUR vērtībā.'],
}, {})

add('S02', 'Biedrība "Stāmerienas kopiena"', 'S02.tar.gz', {
 'C1': ['Mēs, stāmerienieši, esam kopiena, ko vieno dzīve starp ezeru, pili un bānīša sliedēm; biedrībā apvienojušies gan ciema, gan pagasta lauku sētu iedzīvotāji.'],
 'C2': ['Mūsu kopīgais mērķis ir, lai 2035. gadā Stāmeriena būtu dzīvs ciems ar savu darbu, savu kultūras dzīvi un tīru ezeru, kur dzīves kvalitāte nav zemāka kā pilsētā.'],
 'C3.1': ['Kopš 2023. gada biedrības dibinātais sociālais uzņēmums "Bānīša darbnīca" piedāvā tūristiem, kas atbrauc ar bānīti, koka rotaļlietu darināšanu un vietējo amatnieku izstrādājumus, bet peļņu iegulda kopienas darbos.',
          'Kopā ar pils gidiem izveidojām tūrisma maršrutu "Pils–ezers–stacija", ko tūristi var iziet ar drukātu karti vai audiogidu.'],
 'C3.2': ['Kopš 2024. gada pēc apsaimniekošanas līguma ar pašvaldību bijušo stacijas ēku pārvalda pati kopiena: ēkas padomē ir trīs biedrības pārstāvji, viens pašvaldības pārstāvis un viens jauniešu pārstāvis.'],
 'C3.3': ['Stāmerienas ezera pludmalē uzstādījām ūdens temperatūras un kvalitātes sensoru, kura dati redzami mobilajā lietotnē, un biedrības jaunieši ciema senioriem ierādīja, kā lietotni uzstādīt un lietot.'],
 'C4.1': ['Biedrību vada septiņu cilvēku valde, un darbu plānojam atklātās kopsapulcēs, kurās var piedalīties ikviens pagasta iedzīvotājs, arī nebiedri.'],
 'C4.2': ['Mūsu vērtības ir gādība par ezeru un pili, darba tikums un bānīša stacijas kopības gars, un tieši tas mūs atšķir no citiem Gulbenes novada ciemiem.'],
 'C4.3': ['Kad 2022. gada pavasarī pils parka ceļu izskaloja palu ūdens, iedzīvotāji paši savāca naudu šķembām un vienā sestdienā to salaboja.'],
 'C4.4': ['Kopsapulce ar 38 balsīm "par", 0 "pret" un 3 "atturas" nolēma iesniegt projektu "Bānīša stacijas kopienas darbnīca" un iekļaut tajā virpas iegādi, kā ierosināja jaunieši.'],
 'C5.1': ['Vecā kokapstrādes meistare Velta Kalna katru mēnesi darbnīcā vada meistarklases, kurās bērni un pieaugušie mācās kokgriešanu pēc viņas tēva, stacijas galdnieka, paraugiem.'],
 'C5.2': ['Mūsu biedrībā darbojas gan seniori, gan skolēni, un kopš 2024. gada darbnīcas pasākumos regulāri piedalās Gulbenes novada sociālā dienesta klienti ar invaliditāti.'],
 'C5.3': ['Darbnīcas pasākumus rīkojam kopā ar Stāmerienas pagasta pārvaldi, Stāmerienas pils pārvaldnieku, bibliotēku un SIA "Gulbenes–Alūksnes bānītis", kas vagonā izvieto mūsu afišas.'],
 'C5.4': ['Ciema jaunumi nonāk pie iedzīvotājiem caur biedrības Facebook lapu, pagasta avīzi "Stāmerienas Ziņas" un ziņojumu dēli stacijā; vecākajiem cilvēkiem, kas neizmanto internetu, valdes locekļi pasākumu afišas aiznes mājās.'],
 'C6.1': ['Mūsu rīcībā ir stacijas ēka ar darbnīcu, kokapstrādes darbgaldi un biedru dāvāti instrumenti, 0,8 ha zemes pie ezera pludmales, biedru zināšanas kokapstrādē, tūrisma gidu darbā un grāmatvedībā, kā arī ap 40 aktīvu brīvprātīgo.',
          'Unikāls resurss ir bānītis – vienīgais regulāri kursējošais šaursliežu vilciens Latvijā, kas ik dienu apstājas mūsu stacijā.'],
 'C6.2': ['Bānīša stacija ir mūsu galvenais resurss ciema mērķa sasniegšanai: darbnīca stacijā dod ienākumus un darbu vietējiem, un katrs tūristu vilciens atved pircējus mūsu amatniekiem.'],
 'C6.3': ['2021. gadā ar Valsts kultūrkapitāla fonda atbalstu restaurējām stacijas solus, bet 2023. gadā LEADER projekta ietvaros iegādājāmies darbgaldus.'],
 'C6.4': ['Darbnīcas iekārtošanā palīdzēja brīvprātīgie no Igaunijas Vastselīnas pagasta, ar kuru Stāmerienai ir sadraudzības līgums, bet SIA "Stāmerienas koks" katru gadu ziedo apstrādei paredzēto koksni.'],
}, {})

add('S03', 'Biedrība "Tilžas kopiena"', 'S03.zip', {
 'C1': ['Mēs, tilžēnieši, esam kopiena, kas dzīvo Latgales un Vidzemes robežā un lepojas ar abām saknēm: mājās runājam gan latgaliski, gan vidzemnieku izloksnē.'],
 'C2': ['Mūsu vīzija ir Tilža, kurā 2035. gadā ir vairāk bērnu nekā šodien, kurā vietējie var nopelnīt iztiku tepat un kurā vecākā paaudze nejūtas vientuļa.'],
 'C3.1': ['2023. gadā kopā ar četrām zemnieku saimniecībām nodibinājām kooperatīvu "Tilžas pieliekamais", kas piegādā dārzeņus un gaļu Balvu skolām un ģimenēm, kuras pasūta tiešsaistē.'],
 'C3.2': ['Bijušajā pasta ēkā darbojas kopienas centrs, kuru pārvalda pati biedrība un kurā notiek senioru rīta kafija, jauniešu vakari un bezmaksas juridiskās konsultācijas attālināti.'],
 'C3.3': ['Tilžas kopienas centrā uzstādījām optiskā interneta pieslēgumu un divus publiskos datorus, un 2024. gadā mūsu brīvprātīgie apmācīja 27 iedzīvotājus pieteikt e-pakalpojumus un lietot e-parakstu.'],
 'C4.1': ['Biedrību vada valde piecu cilvēku sastāvā, un katram rīcības virzienam ir savs koordinators no biedru vidus.'],
 'C4.2': ['Mēs, tilžēnieši, esam kopiena, kas dzīvo Latgales un Vidzemes robežā un lepojas ar abām saknēm: mājās runājam gan latgaliski, gan vidzemnieku izloksnē.'],
 'C4.3': ['Kad 2023. gada ziemā vairākas dienas nebija elektrības, biedrība ar ģeneratoru apsildīja kopienas centru, un brīvprātīgie pa mājām izvadāja siltu ēdienu vientuļajiem senioriem.',
          'Paldies visiem 46 talciniekiem, kas sestdien izzāģēja krūmus gar Bolupes krastu!'],
 'C4.4': ['Lēmumu par to, ka pirmais kopienas centra darbības virziens būs seniori, pieņēmām pēc iedzīvotāju aptaujas, kurā piedalījās 112 tilžēnieši, un kopsapulce to apstiprināja balsojumā.'],
 'C5.1': ['Katru vasaru Tilžā notiek "Sādžu dienas", kurās vecmāmiņas māca bērniem austi un cept maizi, bet Tilžas vidusskolas skolotāja kopā ar skolēniem apkopo sādžu vēsturi un vietvārdus.'],
 'C5.2': ['Pasākumos kopā darbojas gan jaunieši, gan seniori, gan Tilžas sociālās aprūpes centra iemītnieki, un latgaliski runājošie un krievvalodīgie kaimiņi ir vienlīdz gaidīti.'],
 'C5.3': ['Sadarbojamies ar Tilžas vidusskolu, Tilžas pagasta pārvaldi, Tilžas Romas katoļu draudzi un z/s "Mežmalas", kas dod tehniku talkām.'],
 'C5.4': ['Biedrības jaunumi iedzīvotājus sasniedz trīs kanālos – Facebook lapā "Tilžas kopiena", Tilžas WhatsApp grupā un uz ziņojumu dēļa pie veikala –, un, spriežot pēc atsaucības, WhatsApp grupa ir visefektīvākā.'],
 'C6.1': ['Biedrības resursi ir kopienas centrs ar optisko internetu un datoriem (tehniskie), 2 ha ciema parks un estrāde (teritoriālie), biedru naudas un pasākumu ieņēmumi ap 2800 EUR gadā (finanšu), grāmatvedes, pavāru, elektriķa un skolotāju zināšanas (kompetences), ap 35 brīvprātīgo (cilvēkresursi) un unikālais Tilžas sādžu vietvārdu arhīvs.'],
 'C6.2': ['Mērķim "darbs uz vietas" izmantojam kopienas centra optisko internetu: tur jau strādā divi attālinātie darbinieki un kooperatīva grāmatvede.'],
 'C6.3': ['Biedrība ir īstenojusi trīs LEADER projektus un 2024. gadā ar Sabiedrības integrācijas fonda atbalstu rīkoja "Sādžu dienas".'],
 'C6.4': ['Mūsu sadarbības partneri ir Lietuvas Rokišķu rajona Juodupes kopiena, no kuras 2024. gadā pie mums viesojās 22 brīvprātīgie, un ziedotāji no Tilžas diasporas Īrijā, kas saziedoja 3 100 EUR kopienas centra jumtam.'],
}, {})

add('S04', 'SIA "Vestienas Viesu nams" (uzņēmums, ne kopiena)', 'S04.zip', {
 'C3.1': ['2023. gadā izveidojām tūrisma maršrutu "Vestienas ezeru loks" ar 12 pieturvietām, kurās uzstādītie QR kodi ved uz audiostāstiem par apkārtni; maršrutu kopā ar naktsmītni un laivu nomu pārdodam kā vienu paketi mūsu tīmekļa vietnē.'],
 'C6.3': ['2020. gadā uzņēmums ar LEADER atbalstu īstenoja projektu "Pirts kompleksa izbūve", kura ietvaros tika uzcelta pirts ar atpūtas telpu.'],
}, {
 'C1': 'The applicant is a company located in Vestiena; it never presents itself as a community of residents (the address and location alone are not C1).',
 'C2': 'Only the project\'s business aim (turnover +25 %, boats, pier); "ceļojuma mērķi" = travel destinations (other sense); no community goal/vision.',
 'C3.2': 'Denied: "Sociālā inovācija ... Vestienā līdz šim nav ieviesta."',
 'C3.3': 'Charging station only planned ("plānojam ..., ja projekts tiks apstiprināts").',
 'C4.1': 'Denied: no association or initiative group in Vestiena; events are run by the company\'s staff.',
 'C4.2': 'Only a vague scenic phrase under the criterion heading ("Vestiena ir skaista vieta ar ezeriem un kalniem"), no values/identity of a community.',
 'C4.3': 'No self-organised action of residents; the company\'s employees organise events.',
 'C4.4': 'Decision taken by the company board, not residents.',
 'C5.1': 'Masterclasses only wished ("Būtu labi nākotnē ... varētu piedāvāt ... meistarklases").',
 'C5.2': 'No integration of groups described.',
 'C5.3': 'Cooperation with the parish administration and craftsmen is only a wish and explicitly denied ("Pagaidām šāda sadarbība nav izveidojusies").',
 'C5.4': 'Company advertising in booking portals is marketing, not a community information space; no internal information flow.',
 'C6.1': 'Non-answer: "Resursi – skatīt pielikumā." with no such annex.',
 'C6.2': 'No identified resources and no community goal.',
 'C6.4': 'Denied: "Ārējo resursu piesaiste: nav."',
})

add('S05', 'Biedrība "Lazdukalna attīstībai"', 'S05.zip', {
 'C1': ['Biedrību 2024. gada rudenī nodibināja Lazdukalna pagasta iedzīvotāji, lai kopā rūpētos par savu pagastu un piesaistītu tam finansējumu.'],
 'C4.1': ['Biedrībā ir 9 biedri un trīs cilvēku valde, kas tiekas reizi mēnesī.'],
}, {
 'C2': 'Non-answer "Vēl tiek izstrādāti."; the stage/sound system is a project technical aim; the EC definition is general text.',
 'C3.1': 'Table cell "—".',
 'C3.2': 'Conditional "Nākotnē varētu izveidot kopienas centru."; neighbour Rugāji has a community house "bet mums tādas nav".',
 'C3.3': 'Conditional "Būtu labi ierīkot bezmaksas Wi-Fi".',
 'C4.2': 'Criterion restated as answer ("Kopiena apzinās savu identitāti.").',
 'C4.3': 'Planned only ("Plānojam rīkot talkas."); talkas belong to neighbouring Rugāji.',
 'C4.4': 'Criterion restated as answer; no assembly, vote or survey.',
 'C5.1': 'Table cell "—".',
 'C5.2': 'Wish ("Vajadzētu vairāk iesaistīt jauniešus un seniorus.").',
 'C5.3': 'Criterion restated as answer ("Dažādas kategorijas un sektori tiek iesaistīti.") without a fact.',
 'C5.4': 'Intention only ("Ir iecerēts izveidot Facebook lapu."); the website belongs to Rugāji.',
 'C6.1': 'Non-answer "Nav apkopoti."',
 'C6.2': 'Non-answer "Skatīt pielikumā." (no such annex); no C6.1/C2 either.',
 'C6.3': 'Denied: "Neesam piedalījušies."; "Pasākumu programma" = event programme (other sense).',
 'C6.4': 'Conditional "Sponsorus varētu meklēt ..."; donations "ja tādi būs".',
})

add('S06', 'Litenes pamatskola (izglītības iestāde, ne kopiena)', 'S06.zip', {
 'C3.3': ['Pagājušajā mācību gadā mūsu 8. klases skolēni vadīja desmit nodarbības, kurās 26 Litenes pagasta seniori iemācījās lietot viedtālruni, e-pastu un portālu Latvija.lv.'],
 'C5.1': ['Skolēni novadpētniecības pulciņā pieraksta vecvecāku atmiņas par kolhoza laikiem un Litenes nometni, un šos stāstus katru gadu 14. jūnijā nolasa atceres pasākumā.'],
 'C5.2': ['Mūsu skolā kopā mācās latviešu, krievvalodīgo un ukraiņu bēgļu bērni, un trīs skolēniem ar speciālām vajadzībām ir izveidota atsevišķa atbalsta programma.'],
 'C5.3': ['Nodarbības senioriem rīkojām kopā ar Litenes bibliotēku un pagasta pārvaldi: bibliotēka nodrošināja telpu un datorus, bet pārvalde – senioru transportu.'],
 'C6.3': ['Skola piedalās programmā "Latvijas skolas soma", un 2024. gadā tās ietvaros skolēni apmeklēja 11 kultūras pasākumus.'],
 'C6.4': ['Kopš 2022. gada skola sadarbojas ar Igaunijas Antslas ģimnāziju Erasmus+ projektā, un pagājušajā pavasarī 12 mūsu skolēni piecas dienas mācījās Antslā.'],
}, {
 'C1': 'The applicant is a municipal school ("izglītības iestāde"); it names Litene but does not present the applicants as the place\'s community of residents.',
 'C2': 'Only the project\'s technical aim (12 laptops, screen, robotics kits).',
 'C3.1': 'No business innovation.',
 'C3.2': 'Denied: "Kopstrādes telpas un laika bankas Litenē nav."',
 'C4.1': 'Denied: no active association or initiative group; activities are run by the school.',
 'C4.2': 'A historical fact about the parish (Litene camp), not a community stating its values/identity; no community.',
 'C4.3': 'No self-organisation; repairs by a contractor hired by the municipality.',
 'C4.4': 'Decision by the school administration.',
 'C5.4': 'Facebook page only planned ("Plānojam izveidot ...").',
 'C6.1': 'Non-answer: resources "tiks aprakstīti pēc projekta apstiprināšanas".',
 'C6.2': 'No identified resources and no community goal.',
})

add('S07', 'Biedriba "Susaju kopiena" (bez diakritiskajām zīmēm)', 'S07.zip', {
 'C1': ['Mes, Susaju pagasta iedzivotaji, esam kopiena, ko vieno pierobezas dzive, kopiga vesture un lepnums par savu latgalisko valodu.'],
 'C2': ['Musu vizija ir Susaji, kur arii pec 15 gadiem dzivo gimenes ar berniem, kur seniori nav vientuli un kur pierobeza nav nomale, bet vieta ar savu seju.',
        'Musu galvenais merkis ir uzlabot dzives kvalitati visam paaudzem, sakot ar kopigu, siltu saieta namu.'],
 'C3.3': ['Pagajusaja gada saieta nama ierikojam bezmaksas Wi-Fi un divus datorus, un biedribas brivpratigie jau apmacija 19 seniorus lietot e-pakalpojumus un videozvanus ar berniem arzemes.'],
 'C4.1': ['Biedriba "Susaju kopiena" dibinata 2018. gada, taja ir 44 biedri, un to vada piecu cilveku valde, ko ik pec diviem gadiem ievel kopsapulce.'],
 'C4.2': ['Par savu identitati mes uzskatam latgalisko valodu, pierobezas stiprumu un tradiciju katru gadu rikot Susaju sadzu dziesmu vakaru, kura dzied vecas latgaliesu dziesmas.'],
 'C4.3': ['Kad 2023. gada rudeni saieta nama jumts saka tecet, biedri pasi nopirka skardu, sarunaja meistaru un tris nedelas nogales jumtu salaboja.'],
 'C4.4': ['Par saieta nama siltinasanu lemam visi kopa: 2024. gada novembra iedzivotaju sapulce ar 52 balsim "par" no 55 nolema, ka projekts jasniedz tiesi saieta namam, nevis pagasta cela apgaismojumam.'],
 'C5.1': ['Saieta nama ik menesi notiek adisanas un pinumu darbnicas, kuras vecakas saimnieces macia jaunam mammam un skoleniem savas prasmes.'],
 'C5.2': ['Musu pasakumos kopa ir seniori, jaunas gimenes, jauniesi un krievvalodigie kaimini, un dziesmu vakara dzied gan latviski, gan latgaliski, gan krieviski.'],
 'C5.4': ['Informacija ciema aprit caur WhatsApp grupu "Susaji", kura ir 97 cilveki, un caur zinojumu deli pie veikala; tiem, kam nav telefona, kaimini pastasta pasi.'],
 'C6.3': ['Biedriba 2021. gada ar LEADER atbalstu nopirka saieta namam galdus un kreslus, un katru gadu piedalamies "Lielaja talka".'],
}, {
 'C3.1': 'Abandoned idea: "domajam dibinat majrazotaju kooperativu, bet no ta atteicamies".',
 'C3.2': 'Contrast denial: Viksna has a co-working space and time bank "bet mums tadu nav".',
 'C5.3': 'Denied: "Sadarbibas ar skolu un pagasta parvaldi mums vel nav".',
 'C6.1': 'Denied: "Resursi vel nav apzinati."',
 'C6.2': 'No identified resources (C6.1 absent).',
 'C6.4': 'Denied: "Sponsoru mums nav, un ziedojumus neesam vakusi."; header/footer LEADER boilerplate is not evidence.',
})

add('S08', 'Biedrība "Lizuma attīstības biedrība"', 'S08.tar.gz', {
 'C1': ['D. Krūmiņa atgādināja, ka biedrība apvieno Lizuma ciema un pagasta iedzīvotājus un ka tās biedru skaits gada laikā pieaudzis no 43 līdz 51.'],
 'C2': ['Mūsu kopīgais mērķis līdz 2028. gadam ir, lai Lizums būtu ciems, kur jaunām ģimenēm gribas dzīvot: ar sakoptu ciema centru, drošu vietu bērniem un aktīvu kopienas dzīvi.'],
 'C4.1': ['D. Krūmiņa atgādināja, ka biedrība apvieno Lizuma ciema un pagasta iedzīvotājus un ka tās biedru skaits gada laikā pieaudzis no 43 līdz 51.',
          'Piedalās: 34 biedri no 51 (pielikumā – dalībnieku saraksts), kā arī 12 Lizuma pagasta iedzīvotāji, kas nav biedri, Lizuma pagasta pārvaldes vadītājs Edgars Kalējs un Lizuma vidusskolas direktore Anita Puķīte.'],
 'C4.3': ['Pavasarī, kad pēc plūdiem bija applūdis ceļš uz Lizuma kapiem, biedri paši sagādāja grants kravu, ar savām ķerrām to izbēra un nolīdzināja, un ceļš bija izbraucams jau pirms Kapusvētkiem.'],
 'C4.4': ['Balsojums par projekta iesniegšanu ar jauniešu ierosinātajiem papildinājumiem: "par" – 45, "pret" – 1, "atturas" – 0.',
          'Balsojums: "par" – 44, "pret" – 0, "atturas" – 2. Nolēma: apstiprināt biedrības mērķus 2025.–2028. gadam.'],
 'C5.2': ['Seniori un jaunieši kopā sarīkoja trīs "paaudžu vakarus", kuros jaunieši senioriem rādīja savas spēles, bet seniori jauniešiem – kāršu spēles un dejas.'],
 'C5.3': ['Vasarā biedrība kopā ar Lizuma vidusskolu un pagasta pārvaldi rīkoja "Lizuma dienas", kurās pārvalde nodrošināja skatuvi, bet skolas jaunieši vadīja bērnu rotaļas.'],
 'C5.4': ['Paziņojums par kopsapulci tika izlikts pagasta ziņojumu dēlī, publicēts biedrības Facebook lapā un nosūtīts WhatsApp grupā "Lizums kopā", kurā ir 140 dalībnieku.'],
 'C6.3': ['Biedrība īstenoja Valsts kultūrkapitāla fonda atbalstīto projektu "Lizuma dziesmu svētku estrādei – 60", kura ietvaros tika atjaunoti estrādes soli un uzstādīts jauns apgaismojums.'],
}, {
 'C3.1': 'No business innovation.',
 'C3.2': 'Co-working space only proposed with "varētu" and then postponed to 2026 (abandoned for now).',
 'C3.3': 'The e-service point, solar panels and digital assistant belong to the parish administration (support letter\'s own "we"), not to the applicant.',
 'C4.2': 'No values or identity statement.',
 'C5.1': 'No knowledge or heritage transfer.',
 'C6.1': 'Denied: "biedrības resursu saraksts vēl nav sagatavots"; question postponed.',
 'C6.2': 'No identified resources.',
 'C6.4': 'Denied: "Ziedojumus vēl neesam vākuši"; the parish will hand over land only after approval (future); "tīkls" in the minutes is the street-lighting network (other sense).',
})

add('S09', 'Biedrība "Sauleskalna ciema biedrība" (ciema avīze)', 'S09.zip', {
 'C1': ['Mūsu ciems Bērzaunes pagastā, Madonas novadā, ir mazs, bet mēs, Sauleskalna iedzīvotāji, jau sesto gadu pierādām, ka kopā varam vairāk.'],
 'C2': ['Mūsu mērķis ir, lai Sauleskalns pēc desmit gadiem būtu ciems, kur bērni var droši braukt ar riteni, kur ir kur satikties un kur neviens vecs cilvēks nepaliek viens.'],
 'C4.1': ['Biedrībā šobrīd ir 38 biedri, un valdē strādā četri cilvēki, kuru kontakti atrodami šī izdevuma pēdējā lappusē.'],
 'C4.2': ['Sauleskalns ir vienīgais ciems Madonas novadā, kur katru gadu septembrī notiek "Rudzu maizes svētki" – tradīcija, ko 1995. gadā aizsāka mūsu vecmāmiņas.',
          'Ar to mēs lepojamies un to sargājam.'],
 'C4.3': ['Februāra beigās Pēteris Rudzītis un Alvis Kļaviņš no saviem dēļiem uztaisīja jaunu jumtu, bet Rudzītes kundze ar mazmeitām pieturu nokrāsoja.',
          '1. martā 23 ciema iedzīvotāji izzāģēja krūmus ap Sauleskalna dīķi un sadedzināja zarus.'],
 'C5.1': ['Šoziem biedrības telpā notika trīs maizes cepšanas nodarbības, kurās Ausma Lapiņa, kas maizi cep jau 50 gadus, mācīja jaunajām saimniecēm raudzēt mīklu pēc sava vecmāmiņas receptes.'],
 'C5.2': ['Senioru klubs "Rudzupuķe" un ciema jaunieši kopā gatavo uzvedumu svētkiem, un pirmajos mēģinājumos piedalījās arī divas ģimenes, kas Sauleskalnā pārcēlās no Rīgas pērn.'],
 'C5.4': ['Ziņas mēs izplatām trīs veidos: šis drukātais izdevums reizi divos mēnešos tiek iemests katrā pastkastītē, svarīgākās ziņas tūlīt ieliekam WhatsApp grupā "Sauleskalns", bet afišas izliekam veikalā.',
          'Pēc pēdējā pasākuma aptaujas vairums atbildēja, ka par to uzzinājuši no WhatsApp grupas.'],
 'C6.4': ['Paldies visiem, kas atnāca, un īpašs paldies 12 brīvprātīgajiem no Rīgas un Madonas, kuri atbrauca palīgā jau otro gadu pēc kārtas.'],
}, {
 'C3.1': 'Only an advert of a private honey e-shop ("Ozoliņu medus" - tagad arī e-veikalā) - adverts are not evidence.',
 'C3.2': 'Co-working, community centre and time bank belong to neighbouring Bērzaune.',
 'C3.3': 'Sensors and mobile app are in a newspaper quote about Rīga; "Gribētos tādus arī pie mums" is a wish.',
 'C4.4': 'The board decided alone; residents explicitly not asked ("Iedzīvotājus ... neaptaujājām").',
 'C5.3': 'No school, municipality, business or other sector involved in the community\'s activities.',
 'C6.1': 'Denied: a resource list is only considered, "bet šobrīd tāda nav".',
 'C6.2': 'No identified resources.',
 'C6.3': 'Planned only ("Nākamgad biedrība plāno pirmo reizi pieteikties LEADER projektu konkursā").',
})

add('S10', 'Biedrība "Druvienas kopiena" (Facebook lapa + atbalsta vēstule)', 'S10.zip', {
 'C1': ['Biedrība "Druvienas kopiena" apvieno Druvienas pagasta iedzīvotājus, kuriem rūp sava ciema nākotne.'],
 'C2': ['Mūsu mērķis ir, lai Druviena būtu dzīva vieta visos gadalaikos – ar sakoptu centru, kopīgiem svētkiem un iespējām bērniem augt laukos.'],
 'C4.1': ['Biedrībā ir 47 biedri un piecu cilvēku valde.'],
 'C4.3': ['Vīri nomainīja sapuvušos dēļus un margas, sievas vārīja zupu, un tagad bērni atkal var iet pa taisno uz autobusu.',
          'Dēļus nopirkām par naudu, ko saziedoja ciema ļaudis, 380 eiro.'],
 'C5.1': ['Skolotāja Rita Āboliņa stāstīja par Druvienas muižas vēsturi, bet mūsu biedre Maiga Zeltiņa rādīja, kā viņas mamma 40. gados auda villaines.'],
 'C5.3': ['Kopš 2020. gada biedrība kopā ar muzeju rīko novadpētniecības lasījumus, kuriem muzejs dod telpas, bet biedrība uzaicina lektorus un cienā klausītājus.'],
 'C5.4': ['Ziņas par mūsu biedrības darbu jūs atradīsiet šeit, Facebook lapā, bet steidzamākās lietas – mūsu WhatsApp grupā "Druviena kopā" (tajā jau 112 cilvēki).',
          'Tiem, kam nav interneta, afišas izliekam pie veikala un bibliotēkā.'],
 'C6.3': ['Valsts kultūrkapitāla fonds atbalstīja mūsu biedrības projektu "Druvienas dziesmu grāmata", un šogad izdosim 200 eksemplāru krājumu ar vietējo dziesminieku dziesmām.',
          'Biedrība jau otro gadu pēc kārtas piedalās arī kampaņā "Lielā talka".'],
 'C6.4': ['Paldies SIA "Gulbenes kokrūpnieks", kas jau trešo gadu ziedo mums malku svētku ugunskuriem un 500 eiro Ziemassvētku pasākumam, un Rīgas Druvienas novadnieku biedrībai, kuras biedri decembrī atbrauca un uzveda lugu mūsu ciema bērniem!'],
}, {
 'C3.1': 'E-shop idea dropped ("pagaidām neveidosim ... Ideju atliekam").',
 'C3.2': 'Co-working space and time bank are in a shared post about neighbouring Tirza.',
 'C3.3': 'Solar panels/mobile app belong to Tirza (shared post) and to the museum (support letter\'s own "we"); "Saules paneļi un viedie sensori" is a sponsored advert.',
 'C4.2': 'No values or identity statement.',
 'C4.4': 'A survey that changed nothing: majority wanted the lake, the municipality refused, Jāņi stay where they were.',
 'C5.2': 'No integration of social or age groups described.',
 'C6.1': 'No resources identified.',
 'C6.2': 'No identified resources.',
})

add('S11', 'Biedrība "Ļaudonas kopiena" (sadarbības līgums)', 'S11.tar.gz', {
 'C1': ['1.2. Biedrība apvieno Ļaudonas ciema un pagasta iedzīvotājus; biedrībā ir 62 biedri, un to vada piecu locekļu valde, kuru ievēl biedru kopsapulce.'],
 'C2': ['1.3. Biedrības un tās biedru kopīgā vīzija ir, lai 2030. gadā Ļaudona būtu ciems pie Aiviekstes, kurā ir darbs, sakopta vide un aktīva kopienas dzīve visām paaudzēm, un šī līguma mērķis ir palīdzēt šo vīziju sasniegt.'],
 'C4.1': ['1.2. Biedrība apvieno Ļaudonas ciema un pagasta iedzīvotājus; biedrībā ir 62 biedri, un to vada piecu locekļu valde, kuru ievēl biedru kopsapulce.'],
 'C5.3': ['ņemot vērā, ka Biedrība un Pārvalde jau kopš 2021. gada kopīgi rīko Ļaudonas ciema svētkus un Uzņēmums tiem katru gadu ziedo kokmateriālus skatuvei;'],
 'C6.4': ['ņemot vērā, ka Biedrība un Pārvalde jau kopš 2021. gada kopīgi rīko Ļaudonas ciema svētkus un Uzņēmums tiem katru gadu ziedo kokmateriālus skatuvei;',
          'ņemot vērā, ka Biedrības pārstāvji 2024. gada rudenī tikās ar Ārvalstu partnera pārstāvjiem Lauku kopienu forumā Viļņā un vienojās par turpmāku sadarbību;'],
}, {
 'C3.1': 'The e-shop and electronic ordering belong to the partners (Lithuanian community, company), not to the applicant.',
 'C3.2': 'Community centre, co-working space and time bank belong to the Lithuanian partner.',
 'C3.3': 'Digital warehouse accounting belongs to the company partner.',
 'C4.2': 'No values/identity statement.',
 'C4.3': 'No self-organised action described; only obligations ("apņemas").',
 'C4.4': 'Election of the board by the general meeting is governance (C4.1), not residents deciding on activities; no vote/survey on decisions.',
 'C5.1': 'Masterclasses are a future obligation of the company ("apņemas ... nodrošināt").',
 'C5.2': '"visām paaudzēm" is part of the vision; no integration of groups shown.',
 'C5.4': 'Only a future clause that the administration will inform residents, and e-mail between the parties; no community information flow.',
 'C6.1': 'The applicant\'s own resources are not identified (partners\' resources are listed).',
 'C6.2': 'No identified resources of the applicant.',
 'C6.3': 'LEADER project only planned ("vienojas 2025. gadā kopīgi sagatavot un iesniegt"); joint projects denied ("nav īstenojušas").',
})

add('S12', 'Biedrība "Bērzpils kopiena" (pašnovērtējuma tabula)', 'S12.zip', {
 'C1': ['Bērzpils ir ciems Balvu novada Bērzpils pagastā, Latgales un Vidzemes pierobežā, un biedrība "Bērzpils kopiena" ir šī ciema iedzīvotāju apvienība, kurā darbojas 39 biedri.',
        'Mūsu kopienu veido Bērzpils ciema un apkārtējo sādžu ļaudis, kurus vieno kopīgs pagasts, katoļu draudze un Bērzpils vārds.'],
 'C2': ['Mūsu vīzija ir Bērzpils, kurā 2035. gadā jaunieši pēc studijām atgriežas, jo šeit ir kur strādāt un kur pavadīt brīvo laiku.'],
 'C3.2': ['Bijušajā pagasta ambulances ēkā kopš 2024. gada darbojas kopienas centrs, ko pārvalda biedrības brīvprātīgie pēc pašu izstrādāta dežūru grafika, un tur ir atvērta arī spēļu istaba bērniem.'],
 'C4.1': ['Biedrību vada trīs cilvēku valde, un katru mēnesi notiek biedru tikšanās, uz kurām nāk 20–25 cilvēki.'],
 'C4.3': ['Kad 2024. gada vasarā vētra nopostīja kapličas jumtu, biedri divu nedēļu laikā savāca naudu un paši jumtu uzlika no jauna.'],
 'C5.1': ['Bērzpils sādžu vecākās sievas ik ziemu kopienas centrā māca jaunākajām latgaliešu rakstu izšūšanu un dziedāšanu, un mēs esam pierakstījuši 40 sādžu dziesmas.'],
 'C5.2': ['Kopienas centrā vienā telpā satiekas seniori, jaunās ģimenes ar bērniem un pusaudži, un divas reizes mēnesī notiek paaudžu spēļu vakari.'],
 'C6.1': ['Mūsu resursi ir kopienas centra ēka (tehniskie), ciema parks un sporta laukums (teritoriālie), biedru naudas un pasākumu ieņēmumi ap 1900 EUR gadā (finanšu), izšuvēju, dziedātāju un grāmatvedes prasmes (kompetences) un ap 25 aktīvu brīvprātīgo (cilvēkresursi).'],
 'C6.2': ['Lai jauniešiem būtu kur pavadīt brīvo laiku, kopienas centra ēkā iekārtojām spēļu un mācību istabu, kurā strādā mūsu brīvprātīgie.'],
 'C6.3': ['2023. gadā biedrība ar LEADER atbalstu iegādājās mēbeles kopienas centram, un 2024. gadā piedalījāmies Sabiedrības integrācijas fonda programmas "NVO fonds" konkursā, no kura saņēmām 1500 EUR.'],
}, {
 'C3.1': 'Claims 2 points with the criterion restated ("Mums ir inovācija uzņēmējdarbībā.") - no fact.',
 'C3.3': 'Cell "—"; digital tools only a wish ("vajadzētu apgūt").',
 'C4.2': 'Criterion restated ("Kopiena apzinās savu identitāti un vērtības.") - no fact.',
 'C4.4': 'The board decides and informs residents afterwards.',
 'C5.3': 'Only "Integritāte un atvērtība – atbilst." (criterion + claim); the parish church is named as part of identity, not as an involved partner.',
 'C5.4': 'Only "Informatīvā telpa ir laba." - claim without a fact; website only a wish.',
 'C6.4': 'Denied: "Nav."; partners only a wish ("vajadzētu ... meklēt"). Footer LEADER boilerplate is not evidence.',
})

add('S13', 'Biedrība "Dzelzavas muižas kopiena" (e-pasta sarakste + rīcības plāns)', 'S13.tar.gz', {
 'C1': ['Mēs esam Dzelzavas ciema iedzīvotāju biedrība Dzelzavas pagastā, Madonas novadā, kurā darbojas 52 biedri un četru cilvēku valde, un šogad gribam pirmo reizi pieteikties rīcībā "Viedie ciemi".'],
 'C2': ['Mūsu kopīgais mērķis, ko pagājušā gada kopsapulcē pierakstījām, ir, lai Dzelzavas muižas parks un apkārtne kļūtu par vietu, kur vietējie var nopelnīt, atpūsties un satikties, un lai ciemā neapsīktu dzīve arī ziemā.'],
 'C3.1': ['Kopš pērnā gada maija mūsu biedrība katru otro sestdienu muižas parkā rīko tiešās tirdzniecības tirdziņu, kur 14 vietējie zemnieki un mājražotāji pārdod savu produkciju bez starpniekiem, un pasūtījumus iepriekš var veikt mūsu kopīgajā tiešsaistes veikalā "Dzelzavas grozs".'],
 'C4.1': ['Mēs esam Dzelzavas ciema iedzīvotāju biedrība Dzelzavas pagastā, Madonas novadā, kurā darbojas 52 biedri un četru cilvēku valde, un šogad gribam pirmo reizi pieteikties rīcībā "Viedie ciemi".'],
 'C4.4': ['Par projekta saturu lēmām visi kopā: decembrī izsūtījām aptauju visām ciema mājsaimniecībām, atbildēja 96, un, tā kā lielākā daļa izvēlējās ziemai piemērotu tirdziņa nojumi, kopsapulce janvārī nobalsoja tieši par nojumi.'],
 'C5.2': ['Tirdziņā tirgojas gan pensionāri ar saviem dārza labumiem, gan jaunās ģimenes ar konditorejas izstrādājumiem, un vienu galdu bez maksas esam atvēlējuši diviem ciema jauniešiem ar invaliditāti, kas pārdod savus keramikas darbiņus.'],
 'C6.1': ['Mūsu rīcībā ir muižas parka pļava 1,5 ha platībā un muižas kalpu mājas pagrabs (teritoriālie), 12 tirdziņa galdi, divas teltis un biedrības piekabe (tehniskie), tirdziņa vietas maksa un biedru naudas ap 2400 EUR gadā (finanšu), divi grāmatveži, galdnieks un pārtikas tehnoloģe mūsu biedru vidū (kompetences) un ap 20 brīvprātīgo, kas dežurē tirdziņā (cilvēkresursi).'],
 'C6.2': ['Muižas parka pļavu izmantojam tieši mūsu mērķim: tur notiek tirdziņš, kurā vietējie nopelna, un tur pēc tirdziņa sanāk kopā ciema ļaudis.'],
 'C6.3': ['Vēl piebildīšu, ka 2022. gadā biedrība ar LEADER atbalstu iegādājās tirdziņa galdus un teltis, tāpēc kaut kāda pieredze mums jau ir.'],
}, {
 'C3.2': 'No social innovation.',
 'C3.3': 'Solar panels and smart sensors are only rows of the action plan (2026, funding "vēl nav noteikts").',
 'C4.2': '"Vērtības tabulā norādītas ar PVN" - money sense; no identity statement.',
 'C4.3': 'Talkas only an action-plan row ("Šo rīcību vēl neesam sākuši").',
 'C5.1': 'Masterclasses only an action-plan row.',
 'C5.3': 'The consultant\'s advice ("vajadzētu iesaistīt ... skolu un pagasta pārvaldi"); the applicant denies it ("pagaidām viņi mūsu darbā nav iesaistīti").',
 'C5.4': 'Channels only listed in the consultant\'s question; website planned ("plānojam izveidot nākamgad"); no flow described.',
 'C6.4': 'Denied: "Sponsorus vēl meklējam, pagaidām neviens nav atsaucies. Ārvalstu partneru mums nav."; Cesvaine\'s partners belong to another community.',
})

add('S14', 'Biedrība "Mārcienas ciema biedrība"', 'S14.zip', {
 'C1': ['Mārciena ir ciems Madonas novada Mārcienas pagastā, 12 km no Madonas, un mūsu biedrība apvieno ap 60 Mārcienas ciema un pagasta iedzīvotāju.'],
 'C2': ['Mūsu kopīgais mērķis ir, lai līdz 2030. gadam Mārcienā būtu atjaunota kopienas māja, kurā satiekas visas paaudzes, un lai ciemā arī nākotnē dzīvotu amatnieku ģimenes.'],
 'C4.1': ['Biedrību vada trīs cilvēku valde, bet katram pasākumam veidojam darba grupu no brīvprātīgajiem biedriem.'],
 'C4.2': ['Mēs, mārcēnieši, lepojamies ar Mārcienas muižu un ar to, ka mūsu ciemā jau simt gadus dzīvo amatnieku ģimenes – podnieki un kalēji; tas ir tas, kas mūs atšķir no citiem.'],
 'C4.3': ['Kad 2023. gada pavasarī kopienas mājas pagrabu appludināja, biedri paši izsūknēja ūdeni, izraka drenāžas grāvi un no saviem līdzekļiem nopirka caurules.'],
 'C5.1': ['Katru rudeni podnieks Edgars Mālnieks savā darbnīcā ņem mācībā divus trīs ciema jauniešus un ierāda viņiem Mārcienas podniecības tradīcijas, un kalējs Uldis Bite vada kalšanas dienas bērniem.'],
 'C5.2': ['Kopienas mājas pasākumos kopā darbojas seniori, jaunieši un jaunās ģimenes, un mūsu Ziemassvētku eglē katru gadu piedalās arī ciemā dzīvojošās ukraiņu ģimenes.'],
 'C6.1': ['Mūsu resursi ir kopienas māja ar 120 m² zāli un virtuvi, podnieka ceplis un kalēja darbnīca, 0,6 ha zemes ap kopienas māju, biedru naudas ap 1200 EUR gadā, amatnieku prasmes un ap 20 brīvprātīgo, bet unikāls resurss ir simtgadīgā podnieku tradīcija.'],
 'C6.2': ['Lai sasniegtu mērķi noturēt ciemā amatnieku ģimenes, podnieka ceplī un kalēja darbnīcā jau tagad mācām jauniešus, un projekta ietvaros kopienas mājā iekārtosim amatnieku izstrādājumu izstādi.'],
}, {
 'C3.1': 'Abandoned: "vēlējāmies izveidot amatnieku kooperatīvu, bet no tā atteicāmies"; the intro about cooperatives/e-services is a general definition of smart villages.',
 'C3.2': 'Co-working space only conditional ("varētu ..., ja būtu"); the seed exchange is not presented as a new form of cooperation; expert quote is general.',
 'C3.3': '"Elektrības tīkls" = power grid (other sense), problem owned by the utility.',
 'C4.4': 'Board decided alone ("pieņēma biedrības valde").',
 'C5.3': '"Skolas iela" is a street name; "sēklu bibliotēka" is a seed exchange; school closed; "Pagasta pārvalde mūsu pasākumos neiesaistās."',
 'C5.4': 'Form hint followed by "—".',
 'C6.3': 'Denied: "LEADER un citos projektu konkursos līdz šim neesam piedalījušies."; "projektu" = building design, "programmā" = event programme; publicity plaque sentence is future/form.',
 'C6.4': 'Denied: "Sadarbības partneru ārpus pagasta mums pagaidām nav."; the expert quote and EU villages are general text.',
})

add('S15', 'Biedrība "Jaungulbenes muižas ciems"', 'S15.zip', {
 'C1': ['Biedrība "Jaungulbenes muižas ciems" apvieno 41 ciema iedzīvotāju, un to vada trīs cilvēku valde; katrai lielākai aktivitātei tiek izveidota atbildīgo grupa.'],
 'C2': ['Mūsu vīzija ir Jaungulbene, kur 2032. gadā ir droša un sakopta vide ap muižu un dīķi, kur bērni var pavadīt laiku ārā un kur jaunas ģimenes izvēlas apmesties.',
        'Mūsu galvenais mērķis ir sakārtot Ilgāju dīķa apkārtni par kopīgu atpūtas vietu.'],
 'C4.1': ['Biedrība "Jaungulbenes muižas ciems" apvieno 41 ciema iedzīvotāju, un to vada trīs cilvēku valde; katrai lielākai aktivitātei tiek izveidota atbildīgo grupa.'],
 'C4.3': ['Pagājušajā rudenī vīri no Muižas ielas paši salaboja sabrukušo laipu pār Ilgāju dīķi, koku sagādāja no savām cirsmām, bet sievas pa to laiku nokrāsoja soliņus.'],
 'C4.4': ['Par to, kam tērēt biedrības naudu, katru gadu lemj ciema iedzīvotāji: 2024. gada līdzdalības budžeta balsojumā 87 iedzīvotāji izvēlējās dīķa atpūtas vietu, un tāpēc iesniedzam tieši šo projektu.'],
 'C5.2': ['Mūsu biedrībā ir gan pensionāri, gan skolēni, un divas reizes mēnesī muižas klētī notiek galda spēļu vakari, kuros kopā spēlē vecvecāki un mazbērni no visa ciema.'],
 'C5.4': ['Par biedrības darbu iedzīvotāji uzzina no mūsu Facebook grupas "Jaungulbene kopā" (310 dalībnieku), bet tiem, kas internetu nelieto, reizi mēnesī pastkastītēs ieliekam drukātu informatīvo lapu; pēc sanākušo cilvēku skaita redzam, ka drukātā lapa vecākos cilvēkus sasniedz labāk.'],
 'C6.1': ['Ilgāju dīķis un 0,9 ha krasta teritorija, ko biedrība nomā uz 15 gadiem', 'būvinženieris, divi galdnieki, dārzniece', 'Ilgāju dīķis ar muižas laiku akmens krastmalu'],
 'C6.2': ['Lai sasniegtu mērķi par kopīgu atpūtas vietu, Ilgāju dīķa krasta teritoriju jau pērn sakopām, un tieši tur projekta ietvaros izbūvēsim atpūtas vietu; galdnieku prasmes izmantosim soliņu izgatavošanai.'],
 'C6.4': ['Pērn bijušie jaungulbenieši, kas tagad dzīvo Īrijā, dīķa sakopšanai pārskaitīja 1 900 eiro, bet seši viņu radinieki no Rīgas atbrauca palīgā izvest dūņas.'],
}, {
 'C3.1': 'Contrast denial: the cooperative is in neighbouring Stradi, "bet mūsu ciemā līdzīga uzņēmējdarbības forma nav izveidota".',
 'C3.2': 'Contrast denial: "Gulbenē ir kopstrādes telpa un jauniešu centrs, bet mums tāda nav."',
 'C3.3': 'Solar panels belong to the parish administration "bet biedrībai tādu nav"; digital training denied.',
 'C4.2': 'Denied: values "vēl neesam formulējuši" (only planned).',
 'C5.1': 'Denied: "novadpētniecībā un amatu prasmju nodošanā mūsu biedrība līdz šim nav iesaistījusies".',
 'C5.3': 'Denied: "Ar Jaungulbenes pamatskolu un pagasta pārvaldi līdz šim neesam sadarbojušies."',
 'C6.3': 'Denied: "Neesam piedalījušies ne LEADER, ne citos projektu konkursos, un arī "Lielajā talkā" ... nepiedalījāmies."',
})

add('S16', 'Biedrība "Barkavas kopienai"', 'S16.zip', {
 'C1': ['Biedrība "Barkavas kopienai" ir Barkavas ciema un pagasta iedzīvotāju biedrība, kas dibināta 2017. gadā; tajā ir 36 biedri, un to vada trīs cilvēku valde, kas ik mēnesi tiekas ar biedriem atklātā sanāksmē.'],
 'C2': ['Mūsu mērķis ir, lai Barkava 2035. gadā būtu ciems, kurā jaunieši zina savu vēsturi, kurā ir darbs tuvāk mājām un kurā vecākie cilvēki nejūtas aizmirsti.'],
 'C4.1': ['Biedrība "Barkavas kopienai" ir Barkavas ciema un pagasta iedzīvotāju biedrība, kas dibināta 2017. gadā; tajā ir 36 biedri, un to vada trīs cilvēku valde, kas ik mēnesi tiekas ar biedriem atklātā sanāksmē.'],
 'C4.2': ['Barkavieši sevi uzskata par Lubāna zemienes ļaudīm: mums svarīga ir zvejnieku un plostnieku vēsture, latgaliešu un vidzemnieku kaimiņattiecības un tas, ka šeit cilvēki vienmēr ir turējuši vārdu.',
          'Ar savu vēsturi lepojamies: Barkava ir vieta, kur 1919. gadā notika kaujas par Latvijas neatkarību, un to pieminam katru 11. novembri pie piemiņas akmens.'],
 'C5.1': ['2022. gadā biedrība ar Valsts kultūrkapitāla fonda atbalstu izdeva grāmatu "Barkavas ļaudis un likteņi", kurā apkopotas 48 vecāko barkaviešu atmiņas, un grāmatu saņēma katra pagasta bibliotēka un skola.'],
 'C5.3': ['Katru gadu kopā ar Barkavas pamatskolu rīkojam novadpētniecības dienu, kurā skolotāji un biedrības biedri vada skolēniem ekskursiju pa Barkavas vēstures vietām, bet pagasta pārvalde nodrošina autobusu.'],
 'C6.1': ['Biedrības resursi: telpa Barkavas tautas namā (tehniskie), ap 600 vēsturisku fotogrāfiju un priekšmetu kolekcija (unikālie), biedru naudas ap 700 EUR gadā (finanšu), vēsturnieka un divu skolotāju zināšanas (kompetences), ap 12 aktīvu biedru (cilvēkresursi).'],
 'C6.3': ['2022. gadā biedrība ar Valsts kultūrkapitāla fonda atbalstu izdeva grāmatu "Barkavas ļaudis un likteņi", kurā apkopotas 48 vecāko barkaviešu atmiņas, un grāmatu saņēma katra pagasta bibliotēka un skola.',
          'Papildus 2022. gada VKKF projektam biedrība 2023. gadā piedalījās Madonas novada pašvaldības NVO projektu konkursā un saņēma 800 EUR piemiņas akmens apkārtnes labiekārtošanai.'],
}, {
 'C3.1': 'Conditional: "Uzņēmējdarbībā varētu izveidot e-veikalu ..., taču šobrīd tam nav resursu."',
 'C3.2': 'Conditional: "Būtu labi izveidot kopstrādes telpu vai laika banku".',
 'C3.3': 'Planned: "Plānojam nākotnē uzstādīt saules paneļus ... un rīkot digitālo prasmju kursus".',
 'C4.3': 'Wish: "Vajadzētu rīkot vairāk talku"; centre not tidied.',
 'C4.4': 'Board decided; survey only planned for next year.',
 'C5.2': 'Wish with denial: "Gribētu vairāk iesaistīt jauniešus ..., bet pagaidām tas nav izdevies."',
 'C5.4': 'Intention: "Ir iecerēts izveidot WhatsApp grupu un biedrības Facebook lapu".',
 'C6.2': 'Resources listed but not tied to the goal: "Kā resursus izmantosim, vēl tiks lemts."',
 'C6.4': 'Conditional and denied: "Sponsorus varētu meklēt ..., bet līdz šim neesam to darījuši."',
})

if __name__ == '__main__':
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'labels.json')
    json.dump(L, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('wrote', out, len(L))
