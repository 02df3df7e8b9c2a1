#!/usr/bin/env python3
import json, os
IND = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
L = {}
def sub(sid, name, archive, ev, notes):
    ind = {i: ('present' if i in ev else 'absent') for i in IND}
    assert set(ev) | set(notes) == set(IND) and not (set(ev) & set(notes)), sid
    L[sid] = {'name': name, 'archive': archive, 'indicators': ind, 'evidence': ev, 'notes': notes}

# ---------------- U01 Svētciems (strong) ----------------
sub('U01', 'Biedrība „Svētciema attīstībai" (Svētciems, Salacgrīvas pagasts)', 'U01.zip', {
 'C1': ['Mēs, Svētciema iedzīvotāji, esam kopiena, ko vieno jūra, zvejnieku darba tradīcijas un kopīga rūpe par savu ciemu.'],
 'C2': ['Mūsu vīzija: 2030. gadā Svētciems ir dzīvs ciems visu gadu, kurā jaunās ģimenes grib palikt un kurā katrs var atrast darbu, draugus un jēgpilnu brīvo laiku.',
        'Mūsu mērķis ir uzlabot dzīves kvalitāti ciemā, saglabājot zvejnieku ciema raksturu un dabu.'],
 'C3.1': ['Kopš 2022. gada darbojas zivju tiešās tirdzniecības punkts „Svētciema loms", kur trīs vietējie zvejnieki kopīgi pārdod svaigu un kūpinātu zivi, un pasūtījumus pieņemam arī mūsu e-veikalā.'],
 'C3.2': ['2023. gadā bijušajā pasta ēkā atvērām kopienas māju, kuru pārvalda pašu iedzīvotāju ievēlēta mājas padome un kurā darbojas kopstrādes telpa ar sešām darba vietām.'],
 'C3.3': ['Kopienas mājas jumtā uzstādījām 10 kW saules paneļus, un pērn ziemā bibliotekāre un brīvprātīgie jaunieši 34 senioriem mācīja lietot e-pakalpojumus un viedtālruni.'],
 'C4.1': ['Biedrība „Svētciema attīstībai" dibināta 2014. gadā, tajā ir 58 biedri, piecu cilvēku valde un trīs darba grupas – kultūras, vides un jauniešu.'],
 'C4.2': ['Mēs lepojamies ar to, ka Svētciemā joprojām dzīvo ģimenes, kuras zvejo jau ceturtajā paaudzē, un ar saglabāto zvejnieku sētu ar tīklu būdām, kādu Vidzemes piekrastē vairs gandrīz nav.',
          'Mūsu vērtības ir darbīgums, jūras cieņa un kaimiņu izpalīdzība.'],
 'C4.3': ['Kad 2023. gada oktobra vētra nogāza kokus uz ceļa uz jūru, iedzīvotāji paši sarīkoja talku un divās dienās ceļu iztīrīja, vēl pirms tur ieradās pašvaldības tehnika.'],
 'C4.4': ['Projekta ideju izvēlējāmies 2024. gada 9. martā biedrības kopsapulcē, kur no trim iedzīvotāju iesniegtajām idejām ar 41 balsi tika izvēlēta kopienas mājas attīstība.',
          'Balsojums: idejai A – 41 balss, idejai B – 13 balsis, idejai C – 5 balsis.'],
 'C5.1': ['Ciema vecākie zvejnieki katru vasaru vada meistarklases, kurās jaunieši mācās siet tīklus un kūpināt zivis pēc vecām receptēm.'],
 'C5.2': ['Kopienas mājā senioru klubs „Sudrabotie" tiekas blakus jauniešu istabai, un kopīgos vakaros piedalās arī trīs ukraiņu ģimenes, kas pie mums dzīvo kopš 2022. gada.'],
 'C5.3': ['Sadarbojamies ar Salacgrīvas pagasta pārvaldi, Svētciema bibliotēku, Salacgrīvas vidusskolu un vietējiem uzņēmējiem, piemēram, viesu namu „Jūrnieki", kas finansē bērnu vasaras nometni.'],
 'C5.4': ['Informācija ciemā plūst pa trim kanāliem: WhatsApp grupā „Svētciems" ir 190 dalībnieku, jaunumus publicējam biedrības Facebook lapā, bet senioriem svarīgākos paziņojumus izliekam uz ziņojumu dēļa pie veikala.'],
 'C6.1': ['Kopienas māja (bijusī pasta ēka), 10 kW saules paneļi, biedrības laiva un kūpinātava',
          '58 biedri un ap 20 regulāru brīvprātīgo, tostarp 9 jaunieši',
          'Zvejnieku sēta ar tīklu būdām un ceturtās paaudzes zvejnieku ģimenes'],
 'C6.2': ['Kopienas māju un tās kopstrādes telpu izmantojam tieši mūsu mērķim – tajā jau strādā četri attālinātie darbinieki no jaunajām ģimenēm, kas tādēļ var dzīvot ciemā visu gadu.'],
 'C6.3': ['Kopienas mājas remontu veicām ar LEADER projekta atbalstu 2021. gadā, un 2023. gadā piedalījāmies Latvijas Lauku foruma rīkotajā kampaņā „Mana ciema stāsts".'],
 'C6.4': ['Bērnu nometni finansē viesu nams „Jūrnieki", tīklu siešanas meistarklasēm saņēmām ziedojumus no Svētciema izcelsmes ļaudīm Zviedrijā, un kopš 2022. gada mums ir sadraudzība ar Igaunijas ciemu Hēdemēsti pāri robežai.'],
}, {})

# ---------------- U02 Lādezers ----------------
sub('U02', 'Biedrība „Lādezera ļaudis" (Lādezers, Limbažu pagasts)', 'U02.zip', {
 'C1': ['Mēs, Lādezera ļaudis, esam ezera kopiena – mūs satur kopā ezers, skola un kopīgi svētki, un daudzi no mums šeit dzīvo jau trešajā paaudzē.'],
 'C2': ['Mūsu mērķis ir, lai Lādezers būtu tīrs, drošs un draudzīgs ciems ģimenēm ar bērniem un lai ezers arī pēc divdesmit gadiem būtu peldams.',
        'Nākotnē vēlamies, lai ciemā atgrieztos jaunieši, kas aizbraukuši studēt.'],
 'C3.3': ['Tehnoloģijās: 2023. gada pavasarī ezera krastā pie peldvietas uzstādījām ūdens kvalitātes sensoru, kura mērījumus ikviens iedzīvotājs var redzēt mobilajā lietotnē.'],
 'C4.1': ['Biedrība „Lādezera ļaudis" nodibināta 2019. gadā.',
          'Tajā ir 31 biedrs, valdē ir trīs cilvēki, un ap biedrību regulāri pulcējas vēl kādi divdesmit aktīvi iedzīvotāji.'],
 'C4.2': ['Lepojamies ar Jāņu nakts laivu braucienu apkārt ezeram, kas notiek jau vairāk nekā trīsdesmit gadus, kurā ar laivām un lāpām piedalās gandrīz katra ciema ģimene.'],
 'C4.3': ['Kad ezerā 2023. gada vasarā sāka ziedēt zilaļģes, paši savācām ūdens paraugus, aizvedām tos uz laboratoriju un vienojāmies ar tuvējo saimniecību, ka tā vairs neizvedīs kūtsmēslus ezera krasta laukā.'],
 'C5.2': ['Rudens ezera svētkos piedalās visi – seniori vāra zivju zupu, bet jaunieši vada orientēšanās spēli bērniem; pērn svētkos bija ap 200 dalībnieku no visām paaudzēm.'],
 'C5.3': ['Sadarbojamies ar Lādezera pamatskolu, kuras skolēni kopā ar mums veic ūdens novērojumus, un ar Limbažu pagasta pārvaldi, ar kuru kopā rīkojam rudens ezera svētkus.',
          'Jau otro gadu biedrības brīvprātīgie kopā ar mūsu 6.–9. klašu skolēniem reizi mēnesī nolasa ezera sensora datus un apspriež tos dabaszinību stundās.'],
 'C5.4': ['Iekšējā informācijas apmaiņa notiek WhatsApp grupā „Lādezers" (96 dalībnieki) un biedrības Facebook lapā, kurai ir 540 sekotāju; svarīgus paziņojumus izliekam arī pie veikala.'],
 'C6.3': ['Katru gadu piedalāmies Lielajā Talkā, un 2021. gadā ar Limbažu novada iedzīvotāju iniciatīvu konkursa atbalstu uzbūvējām laivu piestātni.'],
}, {
 'C3.1': 'only planned: "plānojam izveidot vietējo produktu tirdziņu … bet pagaidām tas ir tikai ieceres līmenī"',
 'C3.2': 'about the neighbour and denied: "kaimiņu Ozolmuižā darbojas laika banka …, bet mums tāda nav"; community centre only wished ("Būtu labi, ja … varētu izveidot")',
 'C4.4': 'board decided alone: "Šā projekta ideju un budžetu izstrādāja biedrības valde … valdes sēdē"',
 'C5.1': 'denied: "Novadpētniecības darbs un ciema vēstures vākšana līdz šim nav veikta"; the Jāņu boat ride is identity (C4.2), no transmission of knowledge described',
 'C6.1': 'denied: "Kopienas resursi vēl nav apzināti; to plānojam izdarīt projekta pirmajā pusgadā"',
 'C6.2': 'no identified resources (C6.1 denied), so no resource tied to the goal',
 'C6.4': 'denied: "Sponsorus vai ārējos partnerus līdz šim neesam piesaistījuši."; local school and parish cooperation counted under C5.3',
})

# ---------------- U03 Vitrupe (Facebook) ----------------
sub('U03', 'Biedrība „Vitrupes krasts" (Vitrupe, Liepupes pagasts) – Facebook lapa + e-pasti', 'U03.tar.gz', {
 'C1': ['Biedrība „Vitrupes krasts" ir Vitrupes ciema iedzīvotāju kopiena Liepupes pagastā, Limbažu novadā.',
        'Mēs esam vitrupieši – cilvēki, kas dzīvo starp jūru un Vitrupes upi un kam rūp mūsu mazais ciems.'],
 'C2': ['Mūsu mērķis – lai Vitrupē būtu droši un labi dzīvot visu gadu, lai bērniem būtu kur spēlēties un lai ciemā saglabātos mierīgā jūrmalas daba.'],
 'C3.2': ['Kopš janvāra Vitrupē darbojas mūsu pašu laika banka: jau 27 kaimiņi apmainās ar stundām – viens pieskata bērnus, cits salabo velosipēdu vai aizved kaimiņieni uz Limbažiem pie ārsta.'],
 'C4.1': ['Biedrībā šobrīd ir 24 biedri, un valdē strādā trīs cilvēki – Laura, Edgars un Mārtiņš.'],
 'C4.2': ['Vitrupe ir vienīgā vieta šajā piekrastē, kur upe ietek jūrā starp divām stāvām priežu kāpām, un mēs, vitrupieši, ar to ļoti lepojamies.'],
 'C4.3': ['Sestdien divpadsmit kaimiņi ar saviem instrumentiem nomainīja visus sapuvušos dēļus gājēju tiltiņam pār Vitrupi, un tagad bērni atkal var droši iet uz autobusa pieturu.'],
 'C4.4': ['Par bērnu rotaļu laukumu pie vecās skolas nobalsoja 46 iedzīvotāji, par soliņiem pludmales izejās – 19, par suņu laukumu – 6.',
          'Tāpēc valde, kā solīts, šogad visus biedrības līdzekļus novirza rotaļu laukumam, un darbi jau sākušies.'],
 'C5.4': ['Šī lapa un WhatsApp grupa „Vitrupe kopā" ir mūsu galvenie informācijas kanāli – grupā jau ir 112 cilvēki, un ziņa par ūdens atslēgšanu pagājušajā nedēļā stundas laikā bija zināma visam ciemam.'],
 'C6.4': ['Liels paldies bijušajam vitrupietim Jānim Ozolam, kurš tagad dzīvo Rīgā, bet tiltiņam un rotaļu laukumam par saviem līdzekļiem nopirka un atveda trīs kubikmetrus dēļu!'],
}, {
 'C3.1': 'shared advert of a café (Kafejnīca „Vitrupīte" e-veikals) – not the applicant',
 'C3.3': 'newspaper quote about other villages / Pāle and a wish ("Būtu labi, ja arī Vitrupē kādreiz tā būtu!"); optical internet absent',
 'C5.1': 'only a shared event of the Liepupe manor exhibition (another organisation)',
 'C5.2': 'denied in e-mail: "Jauniešus un seniorus kopā pagaidām iesaistīt neizdodas"',
 'C5.3': 'denied in e-mail: "Ar skolu un pagasta pārvaldi formāli nesadarbojamies"; a private donor is C6.4, not a sector',
 'C6.1': 'denied: "Resursu saraksts mums vēl nav sastādīts"',
 'C6.2': 'no identified resources; nothing tied to the goal',
 'C6.3': 'denied: "šogad LEADER projektu nerakstījām"; consultant\'s mention of LEADER consultation days is general advice',
})

# ---------------- U04 Staicele (strong) ----------------
sub('U04', 'Biedrība „Staiceles kopiena" (Staicele)', 'U04.zip', {
 'C1': ['Biedrība „Staiceles kopiena" apvieno staicelniekus – gan pilsētiņas, gan apkārtējo sētu ļaudis, kurus vieno Salaca, papīrfabrikas vēsture un vēlme, lai Staicele nekļūtu par pamestu vietu.'],
 'C2': ['Mūsu vīzija 2035. gadam: Staicele ir zaļa, radoša un gudra mazpilsēta pie Salacas, kur jaunieši redz savu nākotni un seniori jūtas vajadzīgi.',
        'Mūsu stratēģiskais mērķis ir uzlabot dzīves kvalitāti, radot darbavietas un kopā būšanas vietas vecās papīrfabrikas ēkās.'],
 'C3.1': ['Kopš 2021. gada darbojas mūsu dibinātais sociālais uzņēmums SIA „Salacas darbnīca", kas vecajā papīrfabrikas noliktavā ražo koka rotaļlietas un nodarbina sešus cilvēkus, tostarp divus cilvēkus ar invaliditāti.'],
 'C3.2': ['Papīrfabrikas ēkā biedrība izveidoja kopienas darbnīcu, kuru kopīgi pārvalda biedrība, jaunieši un vietējie amatnieki pēc savstarpēja līguma, – tur ikviens par simbolisku maksu var izmantot instrumentus un telpas.'],
 'C3.3': ['Darbnīcā 2023. gadā uzstādījām lāzergriezēju un 3D printeri, un vietējā IT speciāliste jau ir apmācījusi 26 iedzīvotājus tos lietot.',
          'Kopš 2023. gada rudens mūsu 7.–9. klašu skolēni tehnoloģiju stundas reizi nedēļā pavada biedrības kopienas darbnīcā, kur biedrības brīvprātīgie māca strādāt ar 3D printeri.'],
 'C4.1': ['Biedrība dibināta 2012. gadā, tajā ir 76 biedri.',
          'Biedrību vada septiņu cilvēku valde, un tai ir četras darba grupas: vēstures, jauniešu, vides un uzņēmēju.'],
 'C4.2': ['Mūsu vērtības – cieņa pret upi, darbs ar rokām un rūpes vienam par otru.',
          'Lepojamies ar 1921. gadā dibināto papīrfabriku, kuras ēkās tagad atkal kūsā dzīvība.'],
 'C4.3': ['Kad 2022. gada pavasara plūdos Salaca applūdināja Upes ielu, kopiena pati noorganizēja smilšu maisu pildīšanu un diennakts dežūras, un neviena māja netika appludināta.'],
 'C4.4': ['Darbnīcas iekārtu izvēli izlēmām kopā: 2022. gada novembrī iedzīvotāju sapulcē piedalījās 63 cilvēki, un ar balsojumu tika izvēlēti lāzergriezējs un 3D printeris.'],
 'C5.1': ['Staiceles amatnieki – kalējs, podniece un divas audējas – kopienas darbnīcā katru mēnesi vada meistarklases, un jaunieši no viņiem mācās seno lībiešu rakstu aušanu.'],
 'C5.2': ['Darbnīcā ceturtdienās senioru rokdarbu pulciņš strādā kopā ar jauniešiem, un mūsu sociālajā uzņēmumā strādā arī cilvēki ar invaliditāti.'],
 'C5.3': ['Sadarbojamies ar Staiceles pamatskolu, Limbažu novada pašvaldības Staiceles apvienības pārvaldi, Staiceles bibliotēku, evaņģēlisko draudzi un vairāk nekā desmit vietējiem uzņēmējiem.'],
 'C5.4': ['Kopienā informācija plūst caur biedrības mājaslapu staicele.lv, Facebook grupu ar 1100 dalībniekiem, darba grupu WhatsApp tērzēšanām un ikmēneša izdevumu „Staiceles Ziņas", ko bibliotēka izdrukā tiem, kam nav datora.'],
 'C6.1': ['Kopienas darbnīca ar lāzergriezēju, 3D printeri un kokapstrādes iekārtām; biedrības autobuss',
          'Papīrfabrikas noliktavas ēka (1400 m²) ar pašvaldības nomas līgumu uz 15 gadiem, Salacas krasta pļava',
          'Salacas lībiešu mantojums, papīrfabrikas industriālais mantojums'],
 'C6.2': ['Papīrfabrikas noliktavas ēku izmantojam tieši mūsu mērķim radīt darbavietas un kopā būšanas vietas: tur jau darbojas sociālais uzņēmums un kopienas darbnīca.'],
 'C6.3': ['Biedrība ir īstenojusi četrus LEADER projektus, tostarp 2021. gadā darbnīcas telpu atjaunošanu, un 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdeva grāmatu „Staiceles papīra stāsti".'],
 'C6.4': ['Darbnīcas iekārtām 2023. gadā saņēmām 3000 EUR ziedojumu no Staiceles izcelsmes uzņēmēja Kanādā, bet mūsu partneri no Igaunijas Mõisaküla kopienas kopš 2020. gada katru vasaru ierodas uz kopīgām amatu nometnēm.'],
}, {})

# ---------------- U05 SIA Tūjas krasti (company) ----------------
sub('U05', 'SIA „Tūjas krasti" (viesu nams, Tūja, Liepupes pagasts) – uzņēmums, ne kopiena', 'U05.zip', {
 'C3.1': ['Kopš 2022. gada viesu namā darbojas tiešsaistes rezervēšanas sistēma un e-veikals, kurā pārdodam arī četru Liepupes pagasta mājražotāju produkciju – medu, sierus un zāļu tējas.'],
 'C3.3': ['2023. gadā viesu nama jumtā uzstādījām 15 kW saules elektrostaciju, kas nodrošina gandrīz pusi no uzņēmuma elektroenerģijas patēriņa.'],
 'C5.3': ['Jau divas vasaras mūsu viesu namā prakses vietas saņem Liepupes pamatskolas 9. klases skolēni, bet Liepupes pagasta pārvalde mūsu zālē rīko pagasta pensionāru balli.'],
 'C6.1': ['2,4 ha zemes īpašums ar 150 m pludmales joslu',
          'Viesu nama ēka (620 m²), kempings, 15 kW saules elektrostacija, 2 elektroauto uzlādes punkti',
          '5 pastāvīgie darbinieki, sezonā līdz 12'],
 'C6.3': ['2020. gadā ar LEADER programmas atbalstu iegādājāmies kempinga sanitāro mezglu un 2022. gadā piedalījāmies Latvijas Investīciju un attīstības aģentūras kampaņā „Atpūties Latvijā" kā tūrisma pakalpojumu sniedzējs.'],
}, {
 'C1': 'applicant is a company; Tūja is named (also in the page header) but no community of residents is presented – "Tūjā nav savas biedrības, un iedzīvotāji līdz šim nav organizējušies"',
 'C2': 'company business goal (turnover +30 %) and project technical aim; "Nākotnē vēlamies, lai Tūja kļūtu par … galamērķi" is the company\'s marketing wish ("galamērķis" = destination), not a community vision; self-assessment cell only claims a strategy',
 'C3.2': 'empty cell "—"',
 'C4.1': 'no organised body of residents (denied); "Uzņēmuma darbinieki ir saliedēta komanda" is about staff',
 'C4.2': 'generic "Tūja ir skaista vieta pie jūras" – no values or community identity',
 'C4.3': 'criterion restated: "Ciems ir spējīgs pašorganizēties."',
 'C4.4': 'company board decided: "Lēmumu par projekta iesniegšanu pieņēma uzņēmuma valde"',
 'C5.1': '"Nav attiecināms."',
 'C5.2': 'rooms adapted for guests with reduced mobility – a product feature, not integration of resident groups',
 'C5.4': 'non-answer "Skatīt pielikumā." (no such annex); publicity channels only planned ("izmantosim")',
 'C6.2': 'no community goal (C2 absent); resources serve the business',
 'C6.4': 'none attracted; cooperation with Rīga companies only planned',
})

# ---------------- U06 Katvari (very weak) ----------------
sub('U06', 'Biedrība „Katvaru ezerzeme" (Katvari, Katvaru pagasts)', 'U06.zip', {
 'C1': ['Mēs esam Katvaru ciema iedzīvotāji, kas 2023. gada nogalē apvienojāmies biedrībā, lai kopā rūpētos par savu ciemu.'],
 'C4.1': ['Biedrībā ir 9 biedri un divu cilvēku valde.'],
}, {
 'C2': 'criterion wording restated as answer and denied: "Mums vēl nav kopīgas vīzijas"; the project aim (stage, tents) is technical',
 'C3.1': 'criterion wording restated: "Inovācija uzņēmējdarbībā – procesu pilnveide, …"',
 'C3.2': 'wish: "Vajadzētu izveidot kopienas centru"',
 'C3.3': 'wish: "Būtu labi ciemā ierīkot optisko internetu un uzstādīt saules paneļus."; LLF definition is general text',
 'C4.2': 'non-answer "Vēl tiek izstrādāta."; Wikipedia quote on the parish is general description',
 'C4.3': 'claim only ("Pašorganizēšanās spēja ir."); events were run by the culture house; park clean-ups run by the municipality (newspaper)',
 'C4.4': 'only planned: "Iedzīvotāju aptauju un sapulci plānojam rīkot nākamgad."',
 'C5.1': 'conditional: "Varētu rīkot meistarklases, ja atrastos amatnieki."',
 'C5.2': 'empty cell "—"',
 'C5.3': 'denied: "Ar pašvaldību un skolu pagaidām nesadarbojamies."',
 'C5.4': 'criterion keywords listed without facts; Facebook page and notice board only planned ("Ir iecerēts")',
 'C6.1': '"Nav apkopoti."',
 'C6.2': '"Skatīt pielikumā." but "Pielikumu nav."',
 'C6.3': 'denied: "Neesam piedalījušies."; ELFLA/LEADER sticker is planned publicity',
 'C6.4': 'non-answer "Vēl tiek meklēti."; partners abroad only "varētu domāt"',
})

# ---------------- U07 Puikule (no diacritics) ----------------
sub('U07', 'Biedriba "Puikules sirds" (Puikule, Brivzemnieku pagasts) – bez diakritiskajām zīmēm', 'U07.zip', {
 'C1': ['Mes, Puikules iedzivotaji, esam kopiena, ko vieno muizas parks, biskopibas tradicijas un kopigi svetki, un pie mums ari no Alojas un Rigas arvien biezak parcelas jaunas gimenes.'],
 'C2': ['Musu vizija: Puikule 2030. gada ir pazistama ka medus ciems, kura jaunas gimenes var dzivot un stradat uz vietas.',
        'Musu merkis ir uzlabot dzives kvalitati, attistot vietejo uznemejdarbibu un kopa sakopjot muizas parku.'],
 'C3.1': ['Kops 2021. gada pieci Puikules biskopji darbojas kooperativa "Puikules medus", kas kopigi fase un pardod medu ar vienotu zimolu Alojas un Limbazu veikalos.'],
 'C4.1': ['Biedriba "Puikules sirds" dibinata 2017. gada.',
          'Taja ir 34 biedri, valde ir tris cilveki, un katru gadu biedru kopsapulce ievel ari revizoru.'],
 'C4.2': ['Mes lepojamies ar Puikules muizu un tas parku ar simtgadigiem ozoliem, un ar to, ka Puikule ir bitenieku ciems - gandriz katra tresa seta tur bites.',
          'Musu vertibas ir darba milestiba, kaiminu palidziba un ciena pret dabu.'],
 'C4.3': ['Kad 2022. gada vetra nolauza lielo ozolu pie skolas, iedzivotaji pasi sarikoja talku, sazagaja koku un no malkas ienemumiem nopirka jaunus solinus parkam.'],
 'C4.4': ['Projekta ideju izveleja biedribas kopsapulce 2024. gada 16. marta - par medus majas izveidi nobalsoja 27 biedri, pret bija 2.'],
 'C5.1': ['Puikules muizas vesture ir apkopota, un vecie biskopji katru pavasari jaunajiem bitenniekiem rada, ka kopt stropus pec senam metodem, ko mantojusi no saviem teviem.'],
 'C5.3': ['Sadarbojamies ar Brivzemnieku pagasta parvaldi, Puikules biblioteku un Alojas Ausekla vidusskolu, kura mums bez maksas atvel zali biedru kopsapulcem.'],
 'C5.4': ['Informacija ciema izplatas pa WhatsApp grupu "Puikule" (74 dalibnieki) un biedribas Facebook lapu, bet vecakiem iedzivotajiem svarigakos pazinojumus valdes locekli piezvana pa telefonu.'],
 'C6.1': ['Kooperativa medus suksana un fasesanas telpa, biedribas nojume parka',
          'Muizas parks (6 ha), kopienas plava pie dikiem',
          '34 biedri un ap 15 brivpratigo'],
 'C6.2': ['Kooperativa medus fasesanas telpu izmantojam tiesi musu merkim - taja jau strada divi jauni cilveki no Puikules, kas tapec nav aizbraukusi uz Rigu.'],
}, {
 'C3.2': 'only planned: "Nakamgad planojam atvert kopienas centru … bet pagaidam ta vel ir tikai iecere."',
 'C3.3': 'about the parish administration and denied across a contrast: "… ir uzstaditi saules paneli, bet musu ciema tadu nav, un digitalas apmacibas … ari nav notikusas"',
 'C5.2': 'denied: "Jauniesi musu aktivitates pagaidam neiesaistas, un senioru klubs ari darbojas atseviski."',
 'C6.3': 'denied: "Iepriekš LEADER projektos neesam piedalijusies, un valsts vai novada kampanas ari neesam iesaistijusies."',
 'C6.4': 'denied: "Sponsoru un arejo partneru mums nav"',
})

# ---------------- U08 Vilzēnu pamatskola (institution) ----------------
sub('U08', 'Vilzēnu pamatskola (pašvaldības iestāde, Braslavas pagasts) – iestāde, ne kopiena', 'U08.tar.gz', {
 'C3.3': ['Skolā kopš 2022. gada darbojas robotikas pulciņš, un pagājušajā ziemā skolēni 18 vecākiem un vecvecākiem mācīja lietot e-klasi un portāla Latvija.lv e-pakalpojumus.'],
 'C5.1': ['Skolas novadpētniecības muzejā skolēni vāc vecvecāku atmiņas par Braslavas kolhoza laikiem un katru gadu ar vietējām audējām auž jostas skolas svētkiem.'],
 'C5.2': ['Skolas rudens ražas svētkos kopā darbojas skolēni, viņu vecāki un Braslavas senioru klubs, un skolā mācās arī seši bērni ar speciālām vajadzībām.'],
 'C5.3': ['Skola aktivitātes vada kopā ar Braslavas pagasta pārvaldi, Vilzēnu bibliotēku, Braslavas evaņģēlisko draudzi un zemnieku saimniecību „Kalnāji", kas nodrošina skolēniem ekskursijas un praksi.'],
 'C5.4': ['Informāciju vecākiem un ciema iedzīvotājiem izplatām e-klasē, skolas mājaslapā un pagasta izdevumā „Braslavas Vēstis", kas iznāk reizi mēnesī.'],
 'C6.3': ['Skola piedalās programmā „Latvijas skolas soma" un 2023. gadā piedalījās Limbažu novada konkursā „Zaļā skola", iegūstot 2. vietu.'],
 'C6.4': ['Kopš 2021. gada skola sadarbojas ar Karksi-Nuia skolu Igaunijā Erasmus+ projektā, un abu skolu skolēni katru gadu apmainās ar vizītēm.'],
}, {
 'C1': 'applicant is a school; the criterion is restated ("Ciems ir piesaistīts noteiktai ģeogrāfiskai kopienai.") and no community of residents is presented',
 'C2': 'school development plan and the project\'s technical aim (3D printer, screens); "Nākotnē būtu labi, ja vecāki izveidotu savu biedrību" is the school\'s wish, not a community vision',
 'C3.1': '"Nav attiecināms uz izglītības iestādi."',
 'C3.2': 'traditional culture events in the school hall are not social innovation',
 'C4.1': 'no organisation of residents: "Ciemā nav iedzīvotāju biedrības vai iniciatīvas grupas"; "Pazīme izpildīta." is a points claim',
 'C4.2': 'points claim only ("Pazīme izpildīta daļēji.")',
 'C4.3': 'clean-ups organised by school administration and parish administration, not residents',
 'C4.4': 'school management decided: "Projekta ideju izvēlējās skolas vadība"',
 'C6.1': '"Nav apkopoti."',
 'C6.2': 'claim only ("Resursi tiek izmantoti mērķtiecīgi."); no identified resources or community goal',
})

# ---------------- U09 Umurga (newsletter) ----------------
sub('U09', 'Biedrība „Umurgas kopiena" (Umurgas pagasts) – izdevums „Umurgas Vēstis" + protokols', 'U09.zip', {
 'C1': ['Biedrība „Umurgas kopiena" apvieno Umurgas pagasta iedzīvotājus, tai ir 52 biedri un piecu cilvēku valde.'],
 'C2': ['Mūsu mērķis ir, lai Umurga būtu vieta, kur cilvēki paši spēj parūpēties par savu vidi, prot salabot lietas un kur neviens nepaliek viens.'],
 'C3.2': ['Kopš pagājušā gada oktobra vecajā pagastmājā darbojas kopienas darbnīca, kur iedzīvotāji paši vienojas par grafiku un kopīgi lieto instrumentus, ko saziedoja ciema ļaudis.',
          'Darbnīcas atslēga glabājas pie dežuranta, kuru ik nedēļu izvēlas no brīvprātīgo saraksta, un par kārtību rūpējas pati darbnīcas lietotāju padome.'],
 'C4.1': ['Biedrība „Umurgas kopiena" apvieno Umurgas pagasta iedzīvotājus, tai ir 52 biedri un piecu cilvēku valde.'],
 'C4.3': ['Nākamajā sestdienā seši vīri no Kalnmuižas ielas atveda savus kokmateriālus, uzlika jaunu jumtu un nokrāsoja soliņu, bet sievas sagādāja siltu tēju.'],
 'C4.4': ['No četrām idejām visvairāk balsu – 29 – saņēma ideja par darbnīcas paplašināšanu ar kokapstrādes iekārtām.',
          'Balsojums: darbnīcas paplašināšana – 29 balsis, skatu tornis – 11, estrādes remonts – 9, taka – 4.'],
 'C5.1': ['Umurgas novadpētnieku pulciņš šoziem apkopoja stāstus par Umurgas baznīcu, kas celta 17. gadsimtā, un pierakstīja vecāko iedzīvotāju atmiņas.',
          'Otrdienu vakaros bibliotēkā notiek adīšanas vakari, kuros mūsu pagasta rokdarbnieces ierāda seno umurdznieku cimdu rakstus ikvienam, kas vēlas mācīties.'],
 'C5.3': ['Lieldienu pasākumu biedrība rīko kopā ar Umurgas pamatskolas skolēniem un skolotājiem, bet šūpoles un skaņu aparatūru nodrošina Limbažu novada pašvaldības kultūras pārvalde.'],
 'C5.4': ['„Umurgas Vēstis" iznāk reizi mēnesī, 300 eksemplāros, un biedrības brīvprātīgie tās iznēsā pa visām Umurgas pagasta mājām, bet elektroniski avīzīti var lasīt arī biedrības Facebook lapā.'],
 'C6.3': ['Ar Jūrkantes LEADER projekta atbalstu 2022. gadā iegādātās divas teltis un 40 soliņus biedrības biedri var aizņemties ģimenes svētkiem bez maksas.'],
}, {
 'C3.1': 'advert of the bakery „Rudzu klēts" (its e-shop) – not the applicant',
 'C3.3': 'expert quote about European villages and a "vajadzētu"; 3D printer belongs to the Limbaži youth centre (another place)',
 'C4.2': 'no statement of the community\'s values or what makes it unique',
 'C5.2': 'no integration of social/age groups described',
 'C6.1': 'no inventory of own resources; tents and donated tools are mentioned only incidentally',
 'C6.2': 'no identified resources tied to the goal',
 'C6.4': 'nothing external attracted; tools donated by residents themselves; "projekts" in the minutes is an architect\'s building design',
})

# ---------------- U10 Pāle (strong) ----------------
sub('U10', 'Biedrība „Pālieši" (Pāle, Pāles pagasts)', 'U10.tar.gz', {
 'C1': ['Mēs, pālieši, esam pagasta kopiena, kuru saista Svētupes ielejas daba, kopīgi darbi un lepnums par savu pagastu, un biedrība „Pālieši" runā visu pagasta iedzīvotāju vārdā.'],
 'C2': ['Mūsu vīzija: Pāle 2030. gadā ir gudrs un sirsnīgs ciems, kur ikviens – no bērna līdz vecvecākam – jūtas vajadzīgs un kur lauku dzīve ir tikpat ērta kā pilsētā.',
        'Galvenais mērķis ir uzlabot pagasta iedzīvotāju dzīves kvalitāti, attīstot pakalpojumus uz vietas un saglabājot mūsu kultūras mantojumu.'],
 'C3.1': ['Kopš 2022. gada darbojas Pāles mājražotāju kopīgais zīmols „Pāles labumi" ar kopīgu tirdzniecības vietu tautas namā un tiešās pirkšanas pulciņu, kas ik nedēļu piegādā produktus 60 ģimenēm Limbažos.'],
 'C3.2': ['2023. gadā tautas nama otrajā stāvā biedrība izveidoja kopienas centru „Gudrā māja", kuru pārvalda biedrības un interešu grupu pārstāvju padome un kurā darbojas laika banka ar 45 dalībniekiem.'],
 'C3.3': ['Tautas nama jumta saules paneļi kopš 2023. gada saražo trešdaļu ēkai vajadzīgās elektrības, un „Gudrajā mājā" divi jaunieši katru ceturtdienu vada digitālo prasmju nodarbības senioriem – pērn tās apmeklēja 41 cilvēks.'],
 'C4.1': ['Biedrība dibināta 2010. gadā, tai ir 64 biedri, sešu cilvēku valde un četras interešu grupas – senioru, jauniešu, dārzkopju un vēstures.'],
 'C4.2': ['Pālieši ir īpaši ar to, ka šeit joprojām tiek koptas Pāles dziedāšanas tradīcijas – pagasta sieviešu ansamblis dzied jau 55 gadus –, un ar Svētupes senleju, kurā ir vieni no lielākajiem Vidzemes smilšakmens atsegumiem.',
          'Mūsu vērtības ir atbildība, atvērtība un radošums.'],
 'C4.3': ['Kad 2022. gada ziemā pagasta vienīgā pārtikas veikala īpašnieks paziņoja, ka veikalu slēgs, biedrība pāris nedēļās noorganizēja tiešās pirkšanas pulciņu un ar brīvprātīgo šoferiem nodrošināja, ka senioriem pārtika tiek piegādāta līdz mājām.',
          'Sestdien kopienas dārza komanda – astoņi brīvprātīgie – izcirta krūmus gar Svētupes taku un sakopa skatu vietu pie smilšakmens atseguma.'],
 'C4.4': ['Katru gadu martā rīkojam iedzīvotāju sapulci, kurā pālieši ar balsojumu izvēlas, kurai idejai biedrība tajā gadā novirzīs savus līdzekļus; šis projekts 2024. gada sapulcē saņēma 58 balsis no 81.',
          'No piecām idejām šogad atbalstīsim „Gudrās mājas" pārstrādes virtuvi – par to balsoja 58 pālieši no 81 klātesošā.'],
 'C5.1': ['Pāles vēstures interešu grupa ir savākusi vairāk nekā 600 vecu fotogrāfiju, un ik mēnesi vecākās paaudzes pālieši skolēniem stāsta par pagasta vēsturi un ierāda tradicionālās dziesmas.'],
 'C5.2': ['Laika bankā visvairāk stundu apmainās jaunieši un seniori: jaunieši palīdz ar datoru un malku, bet seniori pieskata bērnus un māca cept maizi, un kopš 2023. gada laika bankā iesaistījušās arī divas ukraiņu ģimenes.'],
 'C5.3': ['Kopā ar mums darbojas Pāles pamatskola, Pāles bibliotēka, Limbažu novada pašvaldības Pāles pagasta pārvalde, evaņģēliski luteriskā draudze un vairāki zemnieki, kas ziedo produktus mūsu pasākumiem.'],
 'C5.4': ['Kopienas informācija plūst pa biedrības Facebook lapu, WhatsApp grupu „Pāle kopā" un reizi mēnesī izdoto lapiņu „Pāles Ziņas", ko izliekam veikalā, pastā un bibliotēkā; 2023. gada aptaujā 89 % iedzīvotāju atzina, ka par aktualitātēm uzzina laikus.'],
 'C6.1': ['Tautas nama otrais stāvs ar kopienas centru, saules paneļi, 8 datori, biedrības mikroautobuss',
          'Svētupes senleja, pagasta parks, 0,8 ha kopienas dārzs',
          '64 biedri, 30 brīvprātīgie, 12 aktīvi jaunieši'],
 'C6.2': ['Kopienas dārzu un „Gudrās mājas" datorus izmantojam tieši mūsu mērķim, lai pakalpojumi būtu uz vietas: dārzā jau audzē dārzeņus tiešās pirkšanas pulciņam, bet pie datoriem seniori apgūst e-pakalpojumus.'],
 'C6.3': ['Biedrība ir īstenojusi sešus LEADER projektus, 2022. gadā piedalījās Sabiedrības integrācijas fonda programmā NVO darbības atbalstam un 2023. gadā Limbažu novada iedzīvotāju iniciatīvu konkursā ieguva finansējumu kopienas dārzam.'],
 'C6.4': ['Biedrībai ir sadraudzība ar Ķeiles ciemu Igaunijā, un pērn no turienes pie mums atbrauca pieci brīvprātīgie, kas palīdzēja izbūvēt dārza siltumnīcu; siltumnīcai 1500 EUR saziedoja Pāles izcelsmes ģimenes no Īrijas.'],
}, {})

# ---------------- U11 Ungurpils (wishes) ----------------
sub('U11', 'Biedrība „Ungurpils ļaudis" (Ungurpils, Alojas pagasts)', 'U11.zip', {
 'C1': ['Mēs, Ungurpils ļaudis, esam ciema kopiena, kas pēc ilgāka klusuma atkal sākusi kopā darboties savā ciemā.'],
 'C2': ['Mūsu vīzija ir Ungurpils kā sakopts, dzīvs ciems, kurā atkal skan bērnu balsis un kur vasarās pulcējas gan vietējie, gan viesi.',
        'Mērķis tuvākajiem pieciem gadiem ir atjaunot muižas parku un izveidot ciemā vietu, kur satikties visām paaudzēm.'],
 'C4.1': ['Biedrībā šobrīd ir 17 biedri, valdē ir trīs cilvēki, un valde tiekas reizi divās nedēļās.'],
 'C4.2': ['Ungurpils ir pazīstama ar savām ūdensdzirnavām un muižas parku ar retām koku sugām, un mēs, vietējie, ar to lepojamies – tā ir mūsu ciema seja, ko gribam saglabāt nākamajām paaudzēm.'],
 'C4.4': ['Biedrību dibinājām 2024. gada februārī iedzīvotāju sapulcē, kurā 23 klātesošie vienbalsīgi nobalsoja par biedrības dibināšanu un izvēlējās, ka pirmais kopīgais darbs būs muižas parka atjaunošana.'],
}, {
 'C3.1': 'conditional/wish: "Ciemā varētu izveidot mājražotāju tirdziņu … būtu labi, ja … būtu kopīgs zīmols"',
 'C3.2': 'only planned: "Plānojam arī izveidot kopienas telpu …, ja pašvaldība piekritīs"',
 'C3.3': 'wish: "vajadzētu ierīkot bezvadu internetu parkā un apmācīt seniorus"',
 'C4.3': 'denied and planned: "Talkas līdz šim neesam rīkojuši, bet vajadzētu … ir iecerēts sarīkot maijā"; occasional neighbourly lifts are not organised action',
 'C5.1': 'wish: "Būtu labi, ja vecākie ciema iedzīvotāji varētu stāstīt bērniem …"',
 'C5.2': 'wish and denial: "Nākotnē gribētos iesaistīt … bet pagaidām jaunieši mūsu sapulcēs nepiedalās"',
 'C5.3': 'denied: "Ar skolu un pašvaldību sadarbība vēl nav izveidota"',
 'C5.4': 'wish and denial: "būtu labi izveidot WhatsApp grupu …"; "kopīga informācijas kanāla mums nav"',
 'C6.1': 'empty cell "—"',
 'C6.2': 'future claim only: "Resursi tiks izmantoti mērķtiecīgi."',
 'C6.3': 'only planned: "Plānojam pieteikties … un piedalīties Lielajā Talkā."',
 'C6.4': 'wish: "Vajadzētu atrast sponsorus un partnerus ārpus ciema."',
})

# ---------------- U12 Viļķene (very weak, e-mails) ----------------
sub('U12', 'Viļķenes iedzīvotāju neformāla grupa (Maija Bērziņa) – e-pasta sarakste', 'U12.zip', {
 'C1': ['Mēs esam neliela Viļķenes iedzīvotāju grupa – apmēram astoņi cilvēki no Viļķenes ciema Limbažu novadā, kas gribētu kaut ko darīt sava ciema labā.'],
 'C6.3': ['Pērn Viļķenes iedzīvotāji – arī mēs visi astoņi – piedalījāmies Lielajā Talkā un sakopām kapsētu un parku pie skolas.'],
}, {
 'C2': 'denied: "Kopīgas vīzijas vai attīstības plāna mums arī nav"; individual wishes only',
 'C3.1': 'nothing introduced',
 'C3.2': 'nothing introduced',
 'C3.3': 'denied: "Mums nekā tāda nav"; the description of smart villages is read on the internet (general text)',
 'C4.1': 'no organisation: "biedrības mums nav, tikai tāda neformāla grupa, kas dažreiz satiekas pie manis virtuvē"; no governance structure',
 'C4.2': 'no values or identity stated',
 'C4.3': 'joining the national Lielā Talka alone is C6.3; the assembly is only planned',
 'C4.4': 'assembly only planned ("Sapulci gan gribētu sarīkot maijā"); decision not to apply taken by the small group',
 'C5.1': 'nothing described',
 'C5.2': 'young families only mentioned as residents, no integration',
 'C5.3': 'denied: "ar viņiem mēs kopā neesam neko darījuši"',
 'C5.4': 'wish and denial: "Vajadzētu arī izveidot kādu kopīgu WhatsApp grupu, jo tagad kopīga informācijas kanāla mums nav."',
 'C6.1': 'not identified; the LAG\'s advice to list resources is the consultant\'s text',
 'C6.2': 'no resources or goal',
 'C6.4': 'denied: not acquainted with neighbouring associations; LLF materials are the consultant\'s link',
})

# ---------------- U13 Korģene ----------------
sub('U13', 'Biedrība „Korģenes krasts" (Korģene, Salacgrīvas pagasts)', 'U13.zip', {
 'C1': ['Biedrība „Korģenes krasts" ir Korģenes iedzīvotāju kopiena: mūs vieno jūras krasts, vecās zvejnieku mājas un vēlme, lai ciems nekļūtu tikai par vasarnīcu rajonu.'],
 'C2': ['Mūsu vīzija – Korģene kā dzīvs jūrmalas ciems, kur saglabāts zvejnieku ciema raksturs un kur arī ziemā deg logi.',
        'Mūsu mērķis ir stiprināt ciema identitāti un radīt iemeslu gan vietējiem palikt, gan viesiem iegriezties ārpus vasaras sezonas.'],
 'C3.1': ['Kopš 2022. gada vasaras ciemā darbojas tūrisma maršruts „Korģenes stāstu taka" ar 12 pieturvietām, kur uz stendiem lasāmi vietējo iedzīvotāju stāsti par ciema vēsturi; taku pērn izstaigāja vairāk nekā 3000 viesu, un pa ceļam viņi iepērkas divās ciema mājražotāju sētās.'],
 'C4.1': ['Biedrība dibināta 2016. gadā, tai ir 29 biedri un trīs cilvēku valde.'],
 'C4.2': ['Mēs lepojamies ar Korģenes jūrmalas akmeņiem, ko vietējie sauc par „Velna krēsliem", un ar to, ka ciemā vēl dzīvo pēdējās ģimenes, kas prot kūpināt reņģes ar alkšņu mizu pēc senās Korģenes receptes.'],
 'C4.3': ['Kad 2023. gada janvāra vētra izskaloja pludmales nobrauktuvi, korģenieši paši savāca naudu, sarunāja tehniku no kaimiņu zemnieka un nobrauktuvi atjaunoja nedēļas laikā.'],
 'C5.1': ['Stāstu takas ierakstus veidojām kopā ar ciema vecākajiem iedzīvotājiem, un katru augustu senās reņģu kūpināšanas receptes viņi ierāda jaunākajām ģimenēm kopīgā kūpināšanas dienā.'],
 'C5.2': ['Takas stāstus stāstīja gan 90 gadus veca zvejnieka atraitne, gan Salacgrīvas vidusskolas jaunieši, bet stendu tekstus latviešu, igauņu un krievu valodā tulkoja vasarnieki no Rīgas.'],
 'C5.3': ['Takas izveidē piedalījās Salacgrīvas pagasta pārvalde, Salacgrīvas novadpētniecības muzejs, Salacgrīvas vidusskola un abas ciema mājražotāju saimniecības.'],
 'C5.4': ['Ciema iekšienē informācija plūst pa WhatsApp grupu „Korģene" (68 dalībnieki) un ziņojumu dēli pie bijušā veikala, bet viesiem takas jaunumus stāstām biedrības Instagram kontā, kuram ir 1200 sekotāju.'],
 'C6.1': ['Jūras krasts, „Velna krēsli", takas trase (4,2 km) pa pašvaldības un privātām zemēm ar īpašnieku atļaujām',
          '12 takas stendi, biedrības kūpinātava, divas laivas',
          'Biedru nauda un ziedojumu kaste takas sākumā (2023. gadā 1900 EUR)'],
 'C6.2': ['Ziedojumu kastes ienākumus un kūpinātavu izmantojam tieši mūsu mērķim – ciemam ārpus sezonas: par tiem rudenī un ziemā rīkojam kūpināšanas dienas un stāstu vakarus, kas piesaista viesus arī novembrī.'],
 'C6.4': ['Kopš 2023. gada jūlija mums ir partnerības līgums ar Treimani ciema biedrību Igaunijā, ar kuru kopā veidojam pārrobežu stāstu maršrutu, un takas stendiem 2000 EUR ziedoja Korģenē dzimušais uzņēmējs no Somijas.'],
}, {
 'C3.2': 'abandoned idea: "Ideju par kopstrādes telpu … apspriedām, bet no tās atteicāmies"',
 'C3.3': 'denied: "Optiskā interneta ciemā nav, un digitālo prasmju apmācības … neesam rīkojuši."; QR-code stands only in the planned second stage',
 'C4.4': 'board decided; denied: "iedzīvotāju aptauju vai sapulci par to šoreiz nerīkojām"',
 'C6.3': 'denied: "Līdz šim neesam īstenojuši nevienu LEADER vai citu valsts finansētu projektu, un valsts vai novada kampaņās biedrība nav piedalījusies"; the present application and LEADER footer are not use of a measure',
})

# ---------------- U14 Dunte (action plan) ----------------
sub('U14', 'Biedrība „Duntes ciems" (Dunte, Liepupes pagasts) – rīcības plāns ar budžetu + protokols', 'U14.tar.gz', {
 'C1': ['Biedrība „Duntes ciems" apvieno Duntes iedzīvotājus, kuriem rūp ciema nākotne; tā dibināta 2018. gadā, tajā ir 26 biedri un trīs cilvēku valde.'],
 'C2': ['Mūsu vīzija: 2030. gadā Dunte ir pazīstama kā „stāstu ciems", kur tūrisms dod darbu vietējiem un kur jaunās ģimenes izvēlas dzīvot visu gadu.',
        'Mūsu mērķi ir radīt ciemā vismaz piecas jaunas darbavietas tūrismā, sakopt ciema centru un stiprināt kaimiņu saites.'],
 'C3.1': ['Kopš 2022. gada kopā ar Minhauzena muzeju jau trešo sezonu piedāvājam ciema tūrisma maršrutu „Barona pēdās", kurā viesi apmeklē trīs vietējās mājražotāju sētas un ciema kafejnīcu, un pērn maršrutu izvēlējās vairāk nekā 2000 apmeklētāju.'],
 'C4.1': ['Biedrība „Duntes ciems" apvieno Duntes iedzīvotājus, kuriem rūp ciema nākotne; tā dibināta 2018. gadā, tajā ir 26 biedri un trīs cilvēku valde.'],
 'C4.2': ['Dunte ir barona Minhauzena ciems: šeit, Duntes muižā, dzīvoja un apprecējās slavenais barons, un mēs, duntēnieši, ar šo stāstu lepojamies un jūtam, ka tas padara mūsu ciemu citādu nekā visi citi piekrastē.'],
 'C4.4': ['Rīcības plānu un mērķus apstiprinājām biedrības kopsapulcē 2024. gada 23. februārī, kurā balsoja arī ciema iedzīvotāji, kas nav biedri.',
          'Ciema centra laukuma labiekārtošana – 22 balsis, sporta laukums – 8 balsis.'],
 'C5.3': ['Maršruta izveidē un uzturēšanā piedalās Minhauzena muzejs, Liepupes pagasta pārvalde, Liepupes pamatskola un trīs vietējie uzņēmēji.'],
 'C6.1': ['Ciema centra laukums pie muižas, jūras krasts, 3 km gara meža taka',
          'Biedru nauda, maršruta ieņēmumu daļa (2023. gadā 2700 EUR)',
          'Gidi, trīs mājražotājas, tūrisma uzņēmēja, grāmatvede'],
 'C6.2': ['Maršruta ieņēmumu daļu izmantojam tieši mūsu mērķim radīt darbavietas: no tās jau divas vasaras maksājam vietējiem gidiem, un tā gida darbu atraduši divi ciema iedzīvotāji.'],
}, {
 'C3.2': 'action-plan row only (community centre planned for 2025)',
 'C3.3': 'action-plan row only (mobile app planned for 2025)',
 'C4.3': 'denied: clean-ups were organised by the parish administration and "iedzīvotāji tajās piedalās maz"; own clean-up only planned (row 8)',
 'C5.1': 'action-plan row only (master classes 2025–2026)',
 'C5.2': 'action-plan row only ("Iesaistīt seniorus un jauniešus …")',
 'C5.4': 'denied: "Vienotas informācijas aprites ciemā nav"; WhatsApp group only planned (row 6)',
 'C6.3': 'planned only: row "Iesniegt LEADER projektu", budget "LEADER (plānots)"; footer boilerplate',
 'C6.4': 'planned only: row "Piesaistīt sponsorus un sadarbības partnerus ārzemēs", "Ziedojumi (plānots)"',
})

# ---------------- U15 Vidriži ----------------
sub('U15', 'Biedrība „Vidrižnieki" (Vidriži, Vidrižu pagasts)', 'U15.zip', {
 'C1': ['Biedrība „Vidrižnieki" ir Vidrižu pagasta iedzīvotāju kopiena, kas kopš 2015. gada apvieno ciema ļaudis kopīgiem darbiem; tai ir 47 biedri, piecu cilvēku valde un jauniešu nodaļa ar savu vadītāju.'],
 'C2': ['Mūsu vīzija ir Vidriži – ciems, kurā jebkura vecuma cilvēks var atrast sev vajadzīgo pakalpojumu, draugus un darbu tuvu mājām.',
        'Mūsu mērķis tuvākajiem gadiem ir padarīt ciema centru par dzīvu vietu, kur satiekas visas paaudzes.'],
 'C3.2': ['Kopš 2023. gada ciema centra telpas apsaimnieko pati kopiena pēc līguma ar pašvaldību: iedzīvotāju padome, kurā ir biedrības, jauniešu un senioru pārstāvji, sastāda telpu grafiku un lemj par to izmantošanu.'],
 'C3.3': ['Pērn rudenī ciema centrā biedrības jaunieši 8 nodarbībās apmācīja 37 seniorus lietot internetbanku, e-veselību un video zvanus, un tagad seniori reizi nedēļā sazinās ar mazbērniem ārzemēs, izmantojot centra planšetdatorus.'],
 'C4.1': ['Biedrība „Vidrižnieki" ir Vidrižu pagasta iedzīvotāju kopiena, kas kopš 2015. gada apvieno ciema ļaudis kopīgiem darbiem; tai ir 47 biedri, piecu cilvēku valde un jauniešu nodaļa ar savu vadītāju.'],
 'C4.3': ['Kad 2023. gada augustā pagasta pārvalde paziņoja, ka vasaras bērnu nometne nenotiks, vecāki un biedrība paši divu nedēļu laikā noorganizēja dienas nometni 28 bērniem ar brīvprātīgiem vadītājiem.'],
 'C4.4': ['2023. gadā Limbažu novada līdzdalības budžetā vidrižnieki paši iesniedza un ar 312 balsīm izvēlējās ciema estrādes atjaunošanu, kas pērn tika pabeigta.'],
 'C5.2': ['Ciema centrā kopā darbojas senioru klubs, jauniešu istaba un māmiņu rīti, un kopīgos svētkos piedalās arī cilvēki no Vidrižu sociālās aprūpes mājas.'],
 'C5.3': ['Sadarbojamies ar Vidrižu pamatskolu, Vidrižu bibliotēku, Limbažu novada pašvaldību, Vidrižu luterāņu draudzi un z/s „Auziņas", kas nodrošina transportu senioru ekskursijām.'],
 'C5.4': ['Par ciema dzīvi informējam Facebook grupā „Vidriži" (860 dalībnieku), bibliotēkas e-pasta sarakstā un uz ziņojumu dēļa pie veikala, bet vecākajiem cilvēkiem svarīgāko pastāsta bibliotekāre.'],
 'C6.3': ['2022. gadā ar LEADER atbalstu iegādājāmies ciema centra mēbeles un aprīkojumu, bet 2023. gadā piedalījāmies Limbažu novada kampaņā „Sakopta sēta".'],
}, {
 'C3.1': 'discontinued: "tirdziņš … darbojās līdz 2019. gadam, bet tagad tas vairs nenotiek"',
 'C4.2': 'self-assessment claim only ("Kopienas identitāte ir skaidri apzināta.") – no fact',
 'C5.1': '"mantojums" in the sense of inherited property; self-assessment claim only; "sēklu bibliotēka" is a seed exchange',
 'C6.1': 'non-answer "Kopienas resursi: skatīt pielikumā." – the only annex is the self-assessment with a bare claim',
 'C6.2': 'no identified resources; self-assessment claim only',
 'C6.4': 'wish and denial: "Nākotnē būtu labi piesaistīt arī sponsorus … bet pagaidām tādu mums nav"; local farm counted under C5.3',
})

# ---------------- U16 Mandegas ----------------
sub('U16', 'Biedrība „Mandegu kaimiņi" (Mandegas, Skultes pagasts)', 'U16.zip', {
 'C1': ['Biedrība „Mandegu kaimiņi" ir Mandegu iedzīvotāju kopiena, ko vieno kopīgās mājas, kopīgais pagalms un vēlme, lai mūsu ciemats būtu mājīgs.'],
 'C2': ['Mūsu vīzija: Mandegas 2030. gadā ir zaļš un energoefektīvs ciems, kurā rēķini par siltumu ir zemi, pagalmi ir sakopti un kurā gribas dzīvot arī jaunajām ģimenēm.',
        'Mūsu mērķis ir uzlabot dzīves kvalitāti, samazinot enerģijas izmaksas un kopā sakopjot dzīves vidi.'],
 'C3.2': ['2022. gadā biedrība kopā ar dzīvokļu īpašniekiem izveidoja Mandegu enerģētikas kopienu – pirmo šāda veida kopienu Limbažu novadā, kur iedzīvotāji kopīgi lemj par enerģijas ražošanu un sadala ietaupījumu.'],
 'C3.3': ['Uz divu daudzdzīvokļu māju jumtiem 2023. gadā uzstādījām saules paneļus kopā 40 kW jaudā, un katrā mājā ir viedie siltumskaitītāji, kuru datus iedzīvotāji redz tiešsaistē; biedrības brīvprātīgie ir apmācījuši 58 iedzīvotājus tos lietot.'],
 'C4.1': ['Biedrība dibināta 2019. gadā, tai ir 52 biedri, četru cilvēku valde un katrā daudzdzīvokļu mājā ievēlēts mājas vecākais, kas pārstāv savus kaimiņus biedrības padomē.'],
 'C4.2': ['Mūs atšķir tas, ka Mandegās kaimiņi viens otru pazīst un palīdz – mēs sevi saucam par „lielo pagalmu", un tas ir mūsu lepnums.',
          'Mūsu vērtības ir uzticēšanās, kārtība un kaimiņu atbalsts.'],
 'C4.3': ['Kad 2022. gada ziemā siltuma cenas trīskāršojās, mājas vecākie paši noorganizēja kopīgu māju kāpņu telpu siltināšanu, un iedzīvotāji ar saviem spēkiem nomainīja logus un aizblīvēja šuves.'],
 'C4.4': ['Lēmumu par saules paneļu uzstādīšanu pieņēma dzīvokļu īpašnieku kopsapulces katrā mājā, kur par to nobalsoja vairāk nekā 70 % īpašnieku, un arī šī projekta ideju 2024. gada martā izvēlējās biedrības kopsapulce ar 38 balsīm.'],
 'C5.2': ['Enerģētikas kopienā vienlīdz piedalās seniori, jaunās ģimenes un divas Mandegās dzīvojošās krievvalodīgās ģimenes, un informāciju par rēķiniem gatavojam gan latviešu, gan krievu valodā.'],
 'C5.3': ['Sadarbojamies ar Skultes pagasta pārvaldi, Skultes sākumskolu, pagasta bibliotēku un siltumapgādes uzņēmumu, ar kuru kopā izstrādājām siltuma patēriņa uzskaites kārtību.'],
 'C5.4': ['Informācija ciemā plūst pa trim kanāliem: katrai mājai ir sava WhatsApp grupa, biedrībai ir Facebook lapa, un mājas vecākie mēneša paziņojumus izliek kāpņu telpās; pēc mūsu aptaujas 90 % iedzīvotāju par jaunumiem uzzina nedēļas laikā.'],
 'C6.1': ['40 kW saules paneļi, viedie siltumskaitītāji, biedrības instrumentu noliktava',
          'Enerģijas ietaupījuma fonds (2023. gadā 5100 EUR), biedru nauda',
          'Elektriķis, siltumtehniķis, divi IT speciālisti, projektu vadītāja'],
 'C6.2': ['Enerģijas ietaupījuma fondu izmantojam tieši mūsu mērķim samazināt enerģijas izmaksas: no tā 2023. gadā apmaksājām kāpņu telpu siltināšanas materiālus divās mājās.'],
 'C6.3': ['Saules paneļi uzstādīti ar Altum programmas atbalstu, un 2021. gadā ar LEADER projekta atbalstu izbūvējām bērnu rotaļu laukumu pagalmā.'],
}, {
 'C3.1': 'abandoned idea: "Bijām iecerējuši izveidot dārzeņu kooperatīvu …, taču no šīs idejas atteicāmies"',
 'C5.1': 'denied: "kultūrvēsturiskais mantojums līdz šim nav apzināts"; exhibition and master classes are in the neighbouring Liepupe parish',
 'C6.4': 'denied and wished: "Ārējos sponsorus vai partnerus gan vēl neesam piesaistījuši – to vajadzētu darīt"',
})

json.dump(L, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for sid in sorted(L):
    print(sid, sum(v == 'present' for v in L[sid]['indicators'].values()))
