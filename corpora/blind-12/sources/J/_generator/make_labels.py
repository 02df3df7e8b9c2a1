#!/usr/bin/env python3
"""Hand-decided labels for J01..J16 (blind, from criteria.md only). Writes ../../labels.json."""
import json, os
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
ARCH = {s: f'{s}.tar.gz' if s in ('J05','J09','J13') else f'{s}.zip' for s in [f'J{i:02d}' for i in range(1,17)]}

L = {}
L['J01'] = dict(name='Biedrība „Zīļukalna attīstībai” (Zīļukalns, Staburaga pagasts)', ev={
 'C1': ['Zīļukalns ir neliels ciems Staburaga pagastā, Aizkraukles novadā, kurā šobrīd dzīvo ap 340 cilvēku.'],
 'C2': ['Mēs gribam, lai pēc desmit gadiem Zīļukalns būtu ciems, kurā jaunas ģimenes paliek uz dzīvi un veci cilvēki var novecot savās mājās, nevis pilsētas pansionātā.'],
 'C3.1': ['Kopš pagājušā gada ciemā darbojas „Zīļukalna dārzeņu grozs”: septiņas zemnieku saimniecības reizi nedēļā pa tiešo piegādā produkciju pircējiem, un pasūtījumus visas pieņem vienā kopīgā e-veikalā.'],
 'C3.2': ['Bijušajā feldšerpunktā kopš 2021. gada darbojas kopienas centrs „Zīle”, ko apsaimnieko pati biedrība — tur ir kopstrādes telpa ar četrām darba vietām, bērnu stūrītis un virtuve, kurā trešdienās gatavojam kopīgas pusdienas senioriem.'],
 'C3.3': ['Uz centra jumta 2023. gadā uzstādījām 12 kW saules paneļus, un bibliotekāre kopā ar brīvprātīgajiem jauniešiem novadīja 14 nodarbības senioriem par e-pakalpojumu un internetbankas lietošanu.'],
 'C4.1': ['Mūsu biedrību 2016. gadā nodibināja paši ciema iedzīvotāji, un tajā ir 58 biedri — gandrīz katrā otrajā mājsaimniecībā kāds ir biedrs.', 'Biedrības darbu vada piecu cilvēku valde, ko ik pēc diviem gadiem ievēl biedru kopsapulce.'],
 'C4.2': ['Zīļukalnieši lepojas ar to, ka ciemā joprojām dzīvo podnieku dzimtas, un mūsu melnā svēpētā keramika ir tas, kas mūs atšķir no jebkura cita ciema Sēlijā.'],
 'C4.3': ['Kad 2023. gada janvārī vētra uz četrām dienām atslēdza elektrību, centrs ar ģeneratoru kļuva par sildīšanās vietu, un brīvprātīgie paši sastādīja dežūru grafiku, lai apbraukātu vientuļos kaimiņus.', 'Pavasarī un rudenī rīkojam talkas; pēdējā reizē sakopām vecās muižas parku, un tajā piedalījās 46 cilvēki.'],
 'C4.4': ['Gala tekstu ciema kopsapulce pieņēma ar balsojumu, un tikai pēc tam biedrības valde sāka meklēt finansējumu pirmajām darbībām.'],
 'C5.1': ['Podniece Ilze Krūmiņa ziemas mēnešos vada meistarklases, kurās svēpēšanas paņēmienus apgūst gan skolēni, gan pieaugušie.', 'Staburaga pamatskolas skolotāji kopā ar novadpētniekiem savākuši vairāk nekā 200 vecāko iedzīvotāju atmiņu stāstu, kas glabājas centrā un ir pieejami ikvienam.'],
 'C5.2': ['Uz centra jumta 2023. gadā uzstādījām 12 kW saules paneļus, un bibliotekāre kopā ar brīvprātīgajiem jauniešiem novadīja 14 nodarbības senioriem par e-pakalpojumu un internetbankas lietošanu.'],
 'C5.3': ['Centra uzturēšanā piedalās pagasta pārvalde, savukārt Staburaga pamatskola un kokapstrādes uzņēmums SIA „Ozolkalns” ir mūsu pastāvīgie partneri pasākumu rīkošanā.'],
 'C5.4': ['Ciemā informācija izplatās trīs ceļos: WhatsApp grupā „Zīļukalns kopā” (212 dalībnieki), uz ziņojumu dēļa pie veikala un ikmēneša lapiņā, ko brīvprātīgie iznēsā tiem, kam nav viedtālruņa.', 'Pēc mūsu novērojumiem WhatsApp grupa sasniedz apmēram 80 % mājsaimniecību, bet uz talkām cilvēkus visvairāk atved tieši lapiņa.'],
 'C6.1': ['Resursus apzinājām 2023. gada pavasarī, un tagad zinām, ka mūsu rīcībā ir ģenerators, pārvietojama skatuve, muižas parks un ap 30 regulāru brīvprātīgo.', 'svēpētās keramikas tradīcija un vienīgais strādājošais malkas ceplis novadā'],
 'C6.2': ['Tieši ceplis un podnieku prasmes ir tas resurss, uz kuru balstām mērķi noturēt ciemā jaunās ģimenes: keramikas darbnīca jau tagad dod darbu divām jaunām māmiņām.'],
 'C6.3': ['2019. gadā ar LEADER atbalstu atjaunojām centra jumtu, bet 2022. gadā ar VKKF finansējumu izdevām atmiņu stāstu grāmatu.'],
 'C6.4': ['Mūsu sadraudzības partneri ir Kihnu salas kopiena Igaunijā, no kuras brīvprātīgie jau divas vasaras palīdzējuši atjaunot parku, un jauno ceplim vajadzīgo krāsni palīdzēja nopirkt bijušie zīļukalnieši, kas tagad dzīvo Īrijā un saziedoja 2 400 eiro.'],
}, notes={})
L['J02'] = dict(name='Lejasmuižas ciema padome (Lejasmuiža, Dzelmes pagasts)', ev={
 'C1': ['Lejasmuiža ir mūsu kopīgās mājas — ciems Dzelmes pagastā pie Ogres upes, kurā dzīvo 212 cilvēki, un šo dokumentu rakstījām mēs paši, lejasmuižnieki.'],
 'C2': ['2030. gadā Lejasmuiža būs ciems, kur katram ir darbs tuvumā, ceļš līdz skolai ir drošs un kaimiņi viens otru pazīst vārdā.'],
 'C3.1': ['Kopš 2022. gada darbojas mūsu lauksaimniecības kooperatīvs „Lejas piens”, kas apvieno vienpadsmit mazās saimniecības un piegādā pienu tieši novada skolām un bērnudārziem.'],
 'C3.2': ['Ciema padome ieviesa „kaimiņu stundas” — laika banku, kurā stunda, kas pavadīta, pļaujot vientuļas kundzes zālienu, ir tikpat vērta kā stunda datora remontā.'],
 'C3.3': ['2023. gada pavasarī pie tilta uzstādījām viedos ūdens līmeņa sensorus, un brīdinājumi par palu draudiem tagad automātiski nonāk iedzīvotāju telefonos; kā tos lietot, trīsdesmit senioriem ierādīja skolas informātikas skolotājs.'],
 'C4.1': ['Ciema padomi 2019. gadā nodibinājām kā biedrību, un tajā darbojas deviņi pārstāvji, kurus ievēl katras ciema daļas iedzīvotāji.'],
 'C4.2': ['Sevi joprojām saucam par „upes ļaudīm”, un plostnieku tradīcija ir tas, kas mūs vieno un atšķir no kaimiņiem.', 'Mūsu lielākā vērtība ir cilvēki, kas nepadodas: kad deviņdesmitajos kolhozs izjuka, ciems neizmira, jo paši uzturējām gan skolu, gan kapsētu.'],
 'C4.3': ['Kad 2022. gada pavasarī palu ūdeņi izskaloja grants ceļu uz ciema galu, paši sarunājām tehniku un divās dienās ceļu salabojām, negaidot pašvaldības tāmi.'],
 'C4.4': ['NOLĒMA: Kopsapulce ar 58 balsīm „par”, 2 „pret” un 4 atturoties apstiprina Lejasmuižas ciema attīstības stratēģiju 2024–2030.', 'NOLĒMA: Atklāti balsojot (41 „par” kopstrādes telpu, 19 „par” pirti), uzdot padomei sagatavot projekta iesniegumu kopstrādes telpas izveidei.'],
 'C5.1': ['Vecie plostnieki katru jūliju kopā ar jauniešiem sien plostu un nolaižas pa upi līdz Dzelmei — šī prasme tiek nodota tālāk jau trešajā paaudzē.'],
 'C5.2': ['Vecie plostnieki katru jūliju kopā ar jauniešiem sien plostu un nolaižas pa upi līdz Dzelmei — šī prasme tiek nodota tālāk jau trešajā paaudzē.'],
 'C5.3': ['Dzelmes pamatskola, pagasta bibliotēka un draudze ir ciema padomes pastāvīgie partneri, un bibliotēkā notiek arī padomes sēdes.'],
 'C5.4': ['Padomes lēmumi tiek publicēti ciema Facebook lapā un uz ziņojumu dēļa pie autobusa pieturas, bet vecākajiem cilvēkiem tos pa telefonu pastāsta ielu vecākie.'],
 'C6.1': ['Apzinot resursus, saskaitījām 14 traktorus un pļaujmašīnas, ko saimnieki ir gatavi aizdot kopīgiem darbiem, 30 ha pašvaldības zemes pie upes, kopienas kasi ar 2 100 EUR un vismaz 25 cilvēkus, kas regulāri nāk talkās.'],
 'C6.2': ['Zemi pie upes izmantojam mērķtiecīgi: tur iekārtojām atpūtas vietu un plostu piestātni, jo tā tieši kalpo mūsu mērķim dot darbu tuvumā — vasarā tur laivu nomā strādā trīs vietējie jaunieši.'],
 'C6.3': ['Ar ELFLA LEADER atbalstu 2021. gadā izbūvējām plostu piestātni, un 2023. gadā visa ciema komanda piedalījās Lielajā talkā.'],
 'C6.4': ['Ar Zviedrijas ciemu Lillån mūs kopš 2018. gada vieno sadarbības līgums: viņu kopiena mums uzdāvināja divas laivas un iemācīja, kā vadīt laivu nomu.'],
}, notes={'C3.2': 'the co-working room in the action plan is only planned; the time bank is the evidence'})
L['J03'] = dict(name='Biedrība „Vārpciema jaunieši un draugi” (Vārpciems, Sēļu pagasts)', ev={
 'C1': ['Mēs esam Vārpciema iedzīvotāji — ciems Sēļu pagastā, Jēkabpils novadā — un šo lapu uztur mūsu biedrības brīvprātīgie.'],
 'C2': ['Aptaujas rezultātā formulējām mūsu kopīgo mērķi: līdz 2030. gadam Vārpciemam jākļūst par vietu, uz kuru jaunieši pēc studijām grib atgriezties.'],
 'C3.1': ['Jaunums! Vārpciema medus, siers un maize tagad nopērkami mūsu kopīgajā e-veikalā varpciems.lv, un sestdienās vedam pasūtījumus arī uz Jēkabpili.'],
 'C3.2': ['Dzirnavu kopstrādes telpa nu ir atvērta katru darba dienu no 8 līdz 20 — ja strādā attālināti, nāc, kafija par brīvu un internets ātrs.'],
 'C3.3': ['Paldies Sēļu pagasta bibliotēkai un skolai — kopā novadījām jau sesto „Digitālo trešdienu”, kurā jaunieši senioriem māca lietot Latvija.lv un pierakstīties pie ārsta internetā.'],
 'C4.1': ['Biedrībā šobrīd ir 37 biedri no 15 līdz 81 gada vecumam, un valdē sēž gan skolēni, gan pensionāri.'],
 'C4.2': ['Kora „Vārpa” septiņdesmit gadi ir mūsu lielākais lepnums, un Ziemassvētku koncertā uz skatuves kāpa trīs paaudzes.'],
 'C4.3': ['Sestdien notika jau trešā lielā talka!', '52 cilvēki, trīs traktori un viens milzīgs zupas katls — un vecā dzirnavu ēka beidzot ir iztīrīta.'],
 'C4.4': ['Balsojumā par to, kam tērēt ciema līdzdalības budžetu, piedalījās 164 iedzīvotāji, un uzvarēja rotaļu laukums pie dzirnavām.'],
 'C5.1': ['Vecmāmiņa Austra šoreiz mācīja, kā cept rupjmaizi pēc simt gadu vecas receptes, kas viņai palikusi no mammas.'],
 'C5.2': ['Biedrībā šobrīd ir 37 biedri no 15 līdz 81 gada vecumam, un valdē sēž gan skolēni, gan pensionāri.'],
 'C5.3': ['Paldies Sēļu pagasta bibliotēkai un skolai — kopā novadījām jau sesto „Digitālo trešdienu”, kurā jaunieši senioriem māca lietot Latvija.lv un pierakstīties pie ārsta internetā.'],
 'C5.4': ['Lai nav jāmin, kas notiek: te lapā liekam visu, WhatsApp grupā dalāmies ar steidzamo, bet veikalā uz dēļa vienmēr karājas izdrukāts nedēļas plāns.', 'Pagājušajā mēnesī mūsu ierakstus redzēja 3 100 cilvēku — vairāk nekā trīsreiz vairāk, nekā ciemā dzīvo!'],
 'C6.1': ['Aptaujā apzinājām arī to, kas mums jau ir: 23 iedzīvotāji ir gatavi dalīties ar prasmēm (galdniecība, grāmatvedība, IT), 9 ir tehnika, ko var aizdot, bet dzirnavu ēka un divi hektāri upes pļavas ir biedrības rīcībā.'],
 'C6.2': ['Dzirnavu ēku izmantojam tieši šim mērķim — tajā ierīkota kopstrādes telpa, kur jau strādā četri jaunieši, kas atgriezās ciemā pēc studijām.'],
 'C6.3': ['Ar LEADER projekta atbalstu atjaunotās dzirnavas šodien oficiāli atklātas'],
 'C6.4': ['Paldies ziedotājiem — Vācijas latviešu biedrība saziedoja 4 000 eiro dzirnavu logiem, un visu vasaru mums palīdzēja brīvprātīgie arhitektūras studenti no Rīgas.'],
}, notes={'C3.3': 'the sponsored solar-panel advert and the quoted Finnish press item are not about the applicant'})
L['J04'] = dict(name='Mežmalas ciema iedzīvotāji (Zaļkalnes pagasts) — melnraksts', ev={
 'C1': ['Iesniedzēji esam Mežmalas ciema iedzīvotāji no Zaļkalnes pagasta Madonas novadā, un šo pieteikumu kopīgi rakstījām pie virtuves galda.'],
}, notes={
 'C2': 'answer is "Vēl tiek izstrādāti." — a non-answer',
 'C3.1': 'criterion wording copied as answer; community centre/solar panels only conditional wishes',
 'C3.2': 'only "Būtu labi ... izveidot kopienas centru" — a wish',
 'C3.3': 'solar panels only in conditional mood',
 'C4.1': 'biedrība explicitly not yet founded; table row "—"',
 'C4.2': 'answer restates the criterion without facts',
 'C4.3': 'empty table cell',
 'C4.4': 'meeting took no decision',
 'C5.2': 'denied: young and old not involved',
 'C5.4': '"Skatīt pielikumā." with no annex',
 'C6.1': '"Nav apkopoti." in every row',
 'C6.3': 'denied: neesam piedalījušies; "tehniskais projekts" is a building design',
})
L['J05'] = dict(name='Avotiņu ciema iedzīvotājs Kārlis Avotiņš (Ziedkalnes pagasts) — blogs', ev={
 'C1': ['Mēs, Avotiņu ciema iedzīvotāji Ziedkalnes pagastā, esam ap 150 cilvēku, un lielāko daļu no viņiem es pazīstu kopš bērnības.'],
 'C2': ['Kopīgais sapnis, ko dzirdu gandrīz katrā sarunā pie veikala, ir šāds: lai pēc pieciem gadiem Avotiņos atkal būtu pastāvīgs veikals un lai mūsu bērniem nebūtu jābrauc uz skolu trīsdesmit kilometrus.'],
}, notes={
 'C3.1': 'cooperative belongs to Kalnāji, another place; own sawmill is a private business',
 'C3.2': 'contrast: Kalnājos ir kopienas centrs ..., bet mums tādas nav',
 'C3.3': 'optical internet / time bank only in Kalnāji',
 'C4.1': 'biedrība only "vajadzētu nodibināt"',
 'C4.3': 'talka only "varētu sākt"',
 'C4.4': 'meeting with five people took no decision',
 'C5.3': 'ministry quote is general advice, not about applicant',
 'C5.4': 'Facebook page only "būtu labi"',
 'C6.1': 'denied: resursus vēl neesam apzinājuši',
 'C6.3': 'LEADER only planned; neesam piedalījušies',
})
L['J06'] = dict(name='Ezermalas ciema iedzīvotāju grupa (Siliņu pagasts)', ev={
 'C1': ['Mēs, Ezermalas ciema iedzīvotāji Siliņu pagastā, vēlamies pieteikties jūsu konsultācijām par viedā ciema pieeju.'],
 'C5.4': ['Pie mums ziņas pa ciemu galvenokārt ceļo divos veidos: caur pagasta avīzi, ko pastkastītē saņem katra mājsaimniecība, un caur WhatsApp grupu „Ezermala”, kurā ir apmēram trešdaļa iedzīvotāju.'],
}, notes={
 'C2': 'denied: nav kopīgi uzrakstītas vīzijas',
 'C4.1': 'denied: nav biedrības',
 'C4.3': 'cemetery clean-up organised by the pagasts administration with hired workers',
 'C4.4': 'participatory budget item is a press quote about Rīga',
 'C6.3': 'Ezermala team did not take part in the county games',
 'C6.1': '"vērtība" of the school building is a money value; not a resource list',
})
L['J07'] = dict(name='Biedrība „Sila saime” (Sils, Irbītes pagasts)', ev={
 'C1': ['Sila ciema kopiena — 146 iedzīvotāji Irbītes pagastā, kas kopš 2015. gada darbojas kā biedrība „Sila saime” ar 38 biedriem un trīs cilvēku valdi.'],
 'C2': ['Mūsu mērķis ir līdz 2028. gadam pārvērst ciema skolas ēku par daudzfunkcionālu centru, lai ciemā būtu kur satikties visām paaudzēm.'],
 'C4.1': ['Sila ciema kopiena — 146 iedzīvotāji Irbītes pagastā, kas kopš 2015. gada darbojas kā biedrība „Sila saime” ar 38 biedriem un trīs cilvēku valdi.'],
 'C4.4': ['2023. gada novembra kopsapulcē 41 iedzīvotājs nobalsoja par skolas ēkas pārņemšanu, un tikai tad valde sāka sarunas ar pašvaldību.'],
 'C5.2': ['Biedrības valdē ir viens jaunietis un divi seniori, un senioru klubs „Sudrabs” katru otro ceturtdienu kopā ar skolēniem spēlē galda spēles.'],
 'C5.3': ['Ēkas apsaimniekošanā iesaistīti pašvaldība, zemnieku saimniecība „Kalnzemji” un Irbītes bibliotēka, kas kopš pērnā gada ēkā uztur grāmatu izsniegšanas punktu.'],
 'C6.1': ['Resursu sarakstu valde sastādīja 2024. gada janvārī pēc visu biedru aptaujas.', 'Grāmatvede, elektriķis, divi skolotāji pensijā'],
 'C6.2': ['Skolas ēka ir resurss, uz kura balstās viss mūsu mērķis: tajā jau tagad tiekas senioru klubs un skolēni.'],
 'C6.3': ['2022. gadā saņēmām Sabiedrības integrācijas fonda atbalstu NVO programmā un par to nomainījām ēkas logus.'],
}, notes={
 'C3.1': 'e-shop only a row of the action plan',
 'C3.2': 'co-working room only planned',
 'C3.3': 'shared e-car and e-service training only planned',
 'C4.2': 'cell "—"',
 'C4.3': 'talkas only planned',
 'C5.1': 'criterion wording copied as answer',
 'C5.4': '"Nav apkopoti."',
 'C6.4': 'denied: vēl neesam piesaistījuši',
})
L['J08'] = dict(name='Biedrība „Dzervenes” (Dzervenaji, Laukezera pagasts) — bez diakritikas', ev={
 'C1': ['Mes esam Laukezera pagasta lielakais ciems, bet tik un ta mazs - tikai 190 cilveku, un gandriz visi viens otru pazistam.'],
 'C2': ['Musu merkis ir vienkarss: lai Dzervenajos butu ko darit visu gadu, ne tikai vasara, un lai berniem butu iemesls atbraukt atpakal uz dzivi.'],
 'C3.1': ['Pirms diviem gadiem piecas saimnieces apvienojamies un nodibinajam majrazotaju kooperativu, un tagad kopa cepam maizi un pardodam to tiesi Jelgavas tirgu un pec pasutijumiem, ko pienemam pa telefonu.'],
 'C4.1': ['Rakstu Dzervenaju ciema sieviesu biedribas "Dzervenes" varda.'],
 'C4.3': ['Kad pagajusaja ziema saluza ciema udenstornis, sievietes pasas savaca naudu, sarunaja meistaru un veselu nedelu ar savam masinam vadaja udeni vecakajiem cilvekiem.'],
 'C5.1': ['Manai vecmaminai bija sava siera recepte, un tagad katru vasaru skolas bernus macam siet Janu sieru un aust prievites.'],
 'C5.2': ['Musu nodarbibas nak gan pensionares, gan jaunas maminas ar maziem berniem, ari divas ukrainu gimenes, kas pie mums dzivo kops 2022. gada.'],
 'C6.3': ['Pagajusaja gada ar LEADER projekta atbalstu iegadajamies maizes krasni, un sogad piedalijamies ari novada amatnieku tirgu.'],
 'C6.4': ['Mums palidz Jelgavas studenti brivpratigie, un sievietes no Zviedrijas, ar kuram iepazinamies amatnieku tirgu, atsutija mums iepakosanas masinu ka davanu.'],
}, notes={
 'C3.2': 'denied: Kopienas centra mums nav',
 'C4.4': 'board decides, residents not asked',
 'C6.1': 'denied: Resursi vel nav apzinati',
 'C6.2': 'no identified resources; "vertiba" of the oven is money',
})
L['J09'] = dict(name='Biedrība „Saulgrieži” (Vecpils)', ev={
 'C2': ['Sēdē atgādina biedrības ilgtermiņa vīziju: apkaime, kurā neviens sirmgalvis nepaliek viens un katram bērnam pēc skolas ir kur iet.'],
 'C3.2': ['Ziņo, ka laika bankā „Stunda par stundu” reģistrējušies 64 dalībnieki un kopš janvāra savstarpēji apmainītas 410 stundas — visbiežāk transports uz poliklīniku, dārza darbi un bērnu pieskatīšana.'],
 'C4.1': ['D. Roze ziņo, ka gada laikā biedrībā iestājušies deviņi jauni biedri, un tagad to ir 44.'],
 'C5.3': ['Vecpils pamatskola nodrošina telpas laika bankas tikšanās vakariem, un skolas direktore darbojas memoranda darba grupā.'],
 'C5.4': ['R. Vilka ziņo, ka biedrības jaunumu e-pasta vēstuli saņem 120 adresāti un to atver 61 %, bet Facebook ierakstu vidējā sasniedzamība ir ap 900 cilvēku; sludinājumus uz dēļa pie pasta joprojām lasa visvairāk vecākie biedri.'],
 'C6.4': ['A. Gailis ziņo, ka SIA „Vecpils koks” saskaņā ar parakstīto memorandu jau nodevusi biedrībai 12 m³ malkas kopienas telpas apkurei un bez maksas saremontējusi laika bankas dalībnieku instrumentus.'],
}, notes={
 'C1': 'place only in the letterhead address line (Skolas iela is a street name)',
 'C3.3': 'mobile app idea abandoned (no tās atteicās)',
 'C4.4': 'the board decides alone (valde vienbalsīgi nolemj)',
})
L['J10'] = dict(name='Ābeļkalnu ciema iedzīvotāji (Rožupes pagasts) — blogs', ev={
 'C1': ['Atbilde ir vienkārša: mēs, ābeļkalnieši, esam Rožupes pagasta mazākais ciems, taču ne mazākais garā.'],
 'C3.3': ['Šoziem ciema jaunieši izveidoja tiešsaistes karti ar visām mūsu vecajām šķirnēm, un pavasarī viņi paši mācīja dārzu saimniekiem, kā savus kokus kartē ievadīt ar telefonu.'],
 'C4.2': ['Ja kāds jautā, kas mūs padara īpašus, atbilde ir ābeles — ciemā aug vairāk nekā trīssimt vecu šķirņu koku, un par dārzu kopšanas prasmi Ābeļkalnus zina visā novadā.'],
 'C4.3': ['Tad paši par savu naudu noīrējām mobilo sulas spiedi, sadalījām dienas, un katra ģimene aizveda mājās savus burkus.'],
 'C5.1': ['Vecais dārznieks Pēteris Zariņš jau ceturto gadu skolēniem rāda, kā potēt ābeles, un pērn viņa audzēkņi uzpotēja četrdesmit jaunus kociņus.'],
 'C5.2': ['Sulas dienās strādāja gan astoņgadnieki, gan mūsu 85 gadus vecā kaimiņiene Ausma, un pirmo reizi palīgā atnāca arī jaunās ģimenes no jaunbūvēm ciema malā.'],
 'C6.3': ['Vasarā ciems piedalījās novada akcijā „Atvērtie dārzi”, un mūsu dārzos viesojās ap sešsimt cilvēku.'],
}, notes={
 'C3.1': 'fruit cooperative exists only in neighbouring Lejasdārzi',
 'C4.1': 'denied: Biedrības mums nav',
 'C4.4': 'denied: kopsapulces nav notikušas',
 'C5.3': 'pagasts support letter only plans to give premises',
 'C3.2': 'EU definition quote is general',
})
L['J11'] = dict(name='Smilgāju ciema iedzīvotāji (Dravas pagasts)', ev={
 'C1': ['Smilgāji ir zvejnieku ciems Dravas pagastā pie jūras, un šo pieteikumu iesniedzam mēs — Smilgāju iedzīvotāji, kas jau gadu kopā rīko tirdziņu.'],
 'C2': ['Mūsu vīzija ir Smilgāji kā dzīvs zvejnieku ciems, kur vietējais loms un dārzeņi nonāk uz vietējo galdu, nevis tiek aizvesti uz lielveikaliem.'],
 'C3.1': ['Kopš 2023. gada jūnija katru sestdienu ciema centrā notiek mūsu pašu zvejnieku un mājražotāju tirdziņš, un zivis var iepriekš rezervēt, aizpildot pasūtījumu tiešsaistē.'],
 'C4.2': ['Atbildot uz jautājumu, ar ko lepojas, visbiežāk minēja kāpas un to, ka ciemā jau četras paaudzes dzīvo zvejnieku dzimtas, un tieši to mēs uzskatām par savas identitātes kodolu.'],
 'C4.3': ['Smilgāji ir zvejnieku ciems Dravas pagastā pie jūras, un šo pieteikumu iesniedzam mēs — Smilgāju iedzīvotāji, kas jau gadu kopā rīko tirdziņu.'],
 'C4.4': ['Pēc aptaujas ciema kopsapulce 2024. gada 6. aprīlī nobalsoja par tirdziņa laukuma izveidi, lai gan sākotnēji bija iecerēts sporta laukums.'],
 'C5.4': ['Aptauja parādīja arī to, kā pie mums ceļo ziņas: 71 % jaunumus uzzina ciema Telegram kanālā, 22 % — no kaimiņiem, un tikai 7 % lasa novada avīzi.'],
 'C6.1': ['Mūsu resursi ir zvejnieku laivu piestātne, divas kūpinātavas, ciema centra laukums (0,3 ha), 12 mājražotāji ar PVD reģistrāciju un ap 20 cilvēku, kas palīdz tirdziņa dienās.'],
 'C6.2': ['Piestātni un kūpinātavas izmantojam tieši vīzijas īstenošanai — no tām nāk zivis, ko pārdodam saviem cilvēkiem tirdziņā.'],
}, notes={
 'C4.1': 'denied: formālas organizācijas nav, biedrība nav nodibināta',
 'C6.3': 'LEADER only planned (plānojam piedalīties)',
 'C4.2': 'table header "Kopienas identitāte" with "—" is not evidence; the prose sentence is',
})
L['J12'] = dict(name='Biedrība „Kopā” — ciema avīze', ev={
 'C3.2': ['Biedrības vadītā kopienas darbnīca vecajā mehāniskajā darbnīcā darbojas jau otro gadu: instrumentus var aizņemties kā bibliotēkā, un par to maksā nevis ar naudu, bet ar stundu darba kopīgajā dārzā.'],
 'C4.1': ['„Ciema Vēstis” ir mūsu biedrības „Kopā” avīzīte, ko brīvprātīgie sagatavo katru mēnesi un iznēsā 140 pastkastītēs, bet elektroniski to saņem vēl 90 lasītāju.'],
 'C4.3': ['Kad septembrī sabojājās skolēnu autobuss, vecāki paši sastādīja braukšanas grafiku, un divas nedēļas bērnus uz skolu pa kārtai veda ar savām mašīnām.'],
 'C5.1': ['Novembrī biedrības telpās notika trīs meistarklases — par pītu sētu darināšanu, vecu augļu koku kopšanu un putnu būrīšu izgatavošanu; vadīja mūsu pašu meistari Imants un Rihards.'],
 'C5.2': ['Darbnīcā kopā sanāk arodskolas jaunieši un pensionētie mehāniķi, un šoruden viņi kopīgi saremontēja 22 velosipēdus, ko nodevām ģimenēm, kurām savu nav.'],
 'C5.4': ['„Ciema Vēstis” ir mūsu biedrības „Kopā” avīzīte, ko brīvprātīgie sagatavo katru mēnesi un iznēsā 140 pastkastītēs, bet elektroniski to saņem vēl 90 lasītāju.'],
 'C6.4': ['Paldies mūsu atbalstītājiem: instrumentus darbnīcai saziedoja bijušie kaimiņi, kas tagad dzīvo Rīgā, un vēl vienu darbgaldu atveda draugi no mūsu sadraudzības ciema Pakalniai Lietuvā.'],
}, notes={
 'C1': 'the village, pagasts or novads is never named',
 'C3.2': '"kā bibliotēkā" is a comparison, not a library; Rīga co-working quote is press about others',
 'C6.3': 'bigger project only "varētu pieteikties"',
})
L['J13'] = dict(name='Līčupes ciema darba grupa (Taurupes pagasts)', ev={
 'C1': ['Līčupes ciema kopiena ir aptuveni trīssimt cilvēku, kas dzīvo abpus Līčupei Taurupes pagastā un jūtas piederīgi vienai vietai, lai gan administratīvi ciems ir sadalīts divās daļās.'],
 'C2': ['Nākotnē vēlamies, lai Līčupe būtu pazīstama kā klusa, tīra vieta ģimenēm ar bērniem, kur dabas vērtības netiek upurētas steigai.'],
 'C4.2': ['Mūsu identitāti veido upe un linu audēju tradīcija: gandrīz katrā mājā vēl glabājas vecmāmiņu austie dvieļi, un par to ciemā runā ar lepnumu.'],
 'C5.3': ['Redzējuma izstrādē piedalījās Līčupes sākumskola, pagasta pārvalde, divi zemnieki, luterāņu draudze un mednieku klubs, un katrs no viņiem uzrakstīja savu sadaļu.'],
 'C6.1': ['Resursu inventarizāciju darba grupas locekļi veica 2024. gada aprīlī, apstaigājot visas ciema mājas un pierakstot, kas kuram ir.', 'vecā linu mārka — vienīgā saglabājusies pagastā; 19. gs. stelles'],
 'C6.2': ['Upes krasts un vecā linu mārka ir tie resursi, ko izmantojam tieši mūsu redzējuma labā — gar tiem jau iekārtota dabas taka ģimenēm ar bērniem.'],
}, notes={
 'C3.1': 'cooperative only in the action plan (nav sākts)',
 'C3.2': 'time bank only in the action plan',
 'C3.3': 'mobile app only in the action plan',
 'C4.1': 'denied: no biedrība; working group convened and led by the pagasts administration',
 'C4.3': 'talkas only planned; "šo rīcību vēl neesam sākuši"',
 'C5.4': 'denied: nav kopīga kanāla; WhatsApp group only planned',
 'C6.3': 'denied: neesam piedalījušies; LEADER row only planned',
 'C6.4': 'sponsors only planned',
})
L['J14'] = dict(name='Biedrība „Mūsu ciema mammas un tēti” — Facebook lapa', ev={
 'C3.3': ['Rotaļu laukumā uzstādījām kustības sensorus apgaismojumam — tagad lampas pašas ieslēdzas, kad kāds tuvojas, un rēķins par elektrību sarucis uz pusi.', 'Sestdien Jānis ierādīja vecvecākiem, kā lietot autobusu kustības lietotni un samaksāt par biļeti ar telefonu — atnāca četrpadsmit omes un opji, un pēc stundas visi jau paši pirka biļetes!'],
 'C4.1': ['Mūsu grupā jau 86 mammas un tēti, un kopš marta mums ir arī sava biedrība ar valdi un statūtiem!'],
 'C4.3': ['Kad uz ceļa pie skolas izveidojās bīstama bedre un mēnesi neviens nereaģēja, paši sametām naudu, nopirkām šķembas un svētdienas rītā to aizbērām.'],
 'C5.2': ['Rotaļu rītos pie mums tagad nāk arī ukraiņu mammas ar bērniem un vecmāmiņas, kas auklē mazbērnus, — pagājušajā reizē bērnu bija 23!'],
 'C5.4': ['Lai visi zinātu, kur ko meklēt: steidzamās ziņas liekam WhatsApp grupā, pasākumus — šeit lapā, bet vecvecākiem atgādinām ar afišu pie aptiekas durvīm.'],
 'C6.3': ['Kā katru gadu, arī šogad piedalījāmies Lielajā talkā — sakopām mežmalu aiz bērnudārza, savācām 36 maisus atkritumu.'],
 'C6.4': ['Milzīgs paldies visiem 58 ziedotājiem, kas atsaucās mūsu aicinājumam ziedot.lv — par jūsu ziedojumiem bērnu rotaļu istabai ir jaunas mēbeles un paklāji!'],
}, notes={
 'C1': 'the place is never named',
 'C2': 'only "nākamgad gribētu" — a wish about a co-working corner, no shared goal',
 'C3.2': 'co-working corner only wished',
})
L['J15'] = dict(name='Biedrība „Vītolu vārti” (Vītoli, Salnas pagasts)', ev={
 'C1': ['Esam Vītolu ciema iedzīvotāji no Salnas pagasta Augšdaugavas novadā, kas 2020. gadā apvienojās biedrībā „Vītolu vārti”, un šobrīd mums ir 31 biedrs.'],
 'C2': ['Mūsu kopīgais mērķis ir saglabāt Vītolus kā dzīvotspējīgu ciemu, kurā ir darbs, skola un kopā būšanas prieks.'],
 'C3.1': ['Biedrība 2022. gadā izveidoja zīmolu „Vītolu klūga”, ar kuru četri vietējie pinēji kopīgi tirgo savus grozus gan tirdziņos, gan internetā.'],
 'C4.1': ['Esam Vītolu ciema iedzīvotāji no Salnas pagasta Augšdaugavas novadā, kas 2020. gadā apvienojās biedrībā „Vītolu vārti”, un šobrīd mums ir 31 biedrs.'],
 'C4.4': ['Projekta ideju izvēlējāmies biedru kopsapulcē, kurā 27 klātesošie balsoja par trim priekšlikumiem.'],
 'C5.1': ['2023. gadā biedrība ar VKKF atbalstu izdeva bukletu par Vītolu vēsturi, kurā apkopotas pinēju dzimtu atmiņas, un to bez maksas saņēma katra ciema mājsaimniecība.'],
 'C5.3': ['Pasākumus rīkojam kopā ar Salnas vidusskolu un zemnieku saimniecību „Rūķīši”, kas mums dod tehniku un telpas.'],
 'C6.3': ['2023. gadā biedrība ar VKKF atbalstu izdeva bukletu par Vītolu vēsturi, kurā apkopotas pinēju dzimtu atmiņas, un to bez maksas saņēma katra ciema mājsaimniecība.'],
}, notes={
 'C3.2': 'contrast: kaimiņu ciemā ir kopienas centrs, bet mums tādas nav',
 'C3.3': 'contrast: optiskais internets pagasta centrā, bet Vītolos nav',
 'C4.3': 'criterion wording restated as answer',
 'C5.2': 'denied: jaunieši, seniori netiek iesaistīti',
 'C5.4': 'self-assessment claims points without facts',
 'C6.1': '"Skatīt pielikumā Nr. 3." — no such annex',
 'C6.4': 'sponsors only hoped for',
})
L['J16'] = dict(name='Biedrība „Pūce” (Dumbrāji) — pašvērtējums', ev={
 'C2': ['Mēs gribam, lai mūsu ciems pēc desmit gadiem būtu vieta, kur cilvēki paliek ne tāpēc, ka nav kur braukt, bet tāpēc, ka te ir labi.'],
 'C3.2': ['Kopš 2023. gada vecajā pienotavā darbojas „Kopmāja” — vieta, kuru ar atslēgu sistēmu pārvalda paši iedzīvotāji: tur var pastrādāt, izmazgāt veļu, atstāt lieko pārtiku un paņemt citu atnesto.'],
 'C4.2': ['Mūs vieno purvs: esam vienīgais ciems novadā, kas ik gadu rīko dzērveņu lasīšanas svētkus, un šī tradīcija mūsu cilvēkiem ir svarīgāka par jebkuriem citiem svētkiem.'],
 'C4.4': ['Par to, kā „Kopmājā” sadalīt telpas, lēma visi iedzīvotāji — katra māja nodeva savu balsi kastītē pie veikala, un uzvarēja veļas mazgātavas variants.'],
 'C5.1': ['Vecā purvu zinātāja Olga jau trešo vasaru ved bērnus pa purvu un stāsta, kā te agrāk dzīvoja un kurās vietās nedrīkst kāpt.'],
 'C6.4': ['Pienotavas jumtu 2023. gada vasarā palīdzēja salabot brīvprātīgie jaunieši no Vācijas, un veļas mašīnas mums uzdāvināja kāda Rīgas ģimene, kas šeit pavada vasaras.'],
}, notes={
 'C1': 'criterion wording copied as answer; place only in letterhead address',
 'C4.1': 'biedrība named only in letterhead and in others\' letters; no description of members or governance',
 'C5.4': 'criterion wording copied as answer',
 'C6.1': '"Resursi tiek apzināti." — no resources named',
 'C5.3': 'pagasts letter only promises to consider co-funding; hotel letter describes the hotel itself',
})

out = {}
for sid in sorted(L):
    d = L[sid]
    out[sid] = {'name': d['name'], 'archive': ARCH[sid],
                'indicators': {i: ('present' if i in d['ev'] else 'absent') for i in IDS},
                'evidence': {i: d['ev'][i] for i in IDS if i in d['ev']},
                'notes': d['notes']}
    for k in d['ev']: assert k in IDS, (sid, k)
json.dump(out, open(os.path.join(os.path.dirname(__file__), '..', '..', 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
from collections import Counter
c = Counter(i for s in out.values() for i, v in s['indicators'].items() if v == 'present')
for i in IDS: print(i, c[i], 16 - c[i])
for s in out: print(s, sum(v == 'present' for v in out[s]['indicators'].values()))
