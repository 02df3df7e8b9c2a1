#!/usr/bin/env python3
"""Hand-made labels for M01-M16 (strict reading of criteria.md 'What counts as evidence').
Writes ../labels.json."""
import json, os
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
ARCH = {'M02': 'M02.tar.gz', 'M07': 'M07.tar.gz', 'M16': 'M16.tar.gz'}

L = {}
def sub(sid, name, ev, notes):
    for k in ev: assert k in IDS, k
    for k in notes: assert k in IDS, k
    L[sid] = {'name': name, 'archive': ARCH.get(sid, sid + '.zip'),
              'indicators': {k: ('present' if k in ev else 'absent') for k in IDS},
              'evidence': {k: ev[k] for k in IDS if k in ev},
              'notes': {k: notes[k] for k in IDS if k in notes}}

sub('M01', 'Biedrība „Bērzaines saime" (Bērzaine, Vietalvas pag.) — LEADER application with header/footer, general-meeting minutes, self-assessment (strong)', {
 'C1': ['Mēs, Bērzaines ciema iedzīvotāji, sevi saucam par bērzainiešiem, un šo vārdu lietojam ar lepnumu.'],
 'C2': ['Mūsu vīzija: 2030. gadā Bērzaine ir vieta, kur jaunām ģimenēm gribas palikt un kur vecs cilvēks var nodzīvot savu mūžu mājās, nevis pansionātā pilsētā.'],
 'C3.1': ['Kopš 2022. gada rudens septiņas ciema saimniecības tirgo medu, sieru, kūpinātu gaļu un ogas ar kopīgu zīmolu „Bērzaines labumi".'],
 'C3.2': ['Bijušās skolas divās klasēs iekārtojām „Saimes istabu", ko pārvalda paši iedzīvotāji pēc dežūru grafika: dienā tur strādā attālinātie darbinieki, pēcpusdienās mācās bērni, vakaros notiek nodarbības.'],
 'C3.3': ['Pagājušajā ziemā vietējie jaunieši sešās nodarbībās iemācīja 24 senioriem pieteikties pie ārsta e-veselībā un apmaksāt rēķinus internetbankā.'],
 'C4.1': ['Šobrīd biedrībā ir 37 biedri, valdē strādā pieci cilvēki, un katram valdes loceklim ir savs atbildības lauks: saimniecība, kultūra, jaunieši, senioru lietas un finanses.'],
 'C4.2': ['Bērzainieši lepojas ar to, ka ciemā joprojām dzied koris „Bērzaine", kas dibināts 1924. gadā, un ka Jāņu vakarā viss ciems kopā līgo uz Pilskalna.'],
 'C4.3': ['Kad 2022. gada augustā vētra uz trim dienām atslēdza elektrību, mēs paši sadalījām pienākumus: divi vīri ar ģeneratoru apbraukāja saimniecības, lai varētu izslaukt govis, bet sievietes Saimes istabā vārīja zupu un lādēja telefonus.'],
 'C4.4': ['2023. gadā no trim piedāvātajām idejām iedzīvotāji ar 48 balsīm izvēlējās Saimes istabas paplašināšanu, un tieši tā ir šī iesnieguma galvenā daļa.',
          'Nolēma: LEADER projektā pieteikt Saimes istabas paplašināšanu.'],
 'C5.1': ['Ciema vecākā audēja Anna Liepiņa katru ziemu māca jaunākām sievietēm aust Vietalvas jostas, un pērn viņas kursu pabeidza sešas dalībnieces.'],
 'C5.2': ['Saimes istabā pirmdienās satiekas seniori un skolēni, un trīs ukraiņu ģimenes, kas Bērzainē dzīvo kopš 2022. gada, piedalās visos mūsu pasākumos.'],
 'C5.3': ['Vietalvas pamatskola mums bez maksas aizdod skolas autobusu ekskursijām, pagasta bibliotēka Saimes istabā ierīkoja grāmatu maiņas plauktu, bet zemnieku saimniecība „Lejnieki" ziemā tīra ceļu līdz ciema centram.'],
 'C5.4': ['Ciema ziņas nonāk pie cilvēkiem trīs veidos: WhatsApp grupā „Bērzaine" ir 156 dalībnieki, ziņojumu dēlis pie veikala ir domāts vecākajiem, kuriem nav viedtālruņa, un reizi ceturksnī izdodam četru lappušu „Saimes lapu".'],
 'C6.1': ['Mūsu lielākie resursi ir bijušās skolas ēka, ko nomājam no pašvaldības, un 18 brīvprātīgie, uz kuriem var paļauties jebkurā brīdī.'],
 'C6.2': ['Sešus portatīvos datorus, ko 2023. gadā saziedoja uzņēmums „Aizkraukles IT", izmantojam tikai vienam mērķim — lai katrs Bērzaines seniors iemācītos pats lietot e-pakalpojumus.'],
 'C6.3': ['2021. gadā ar LEADER atbalstu izremontējām skolas jumtu, bet 2023. gadā ar Sabiedrības integrācijas fonda NVO fonda atbalstu iegādājāmies mēbeles Saimes istabai.'],
 'C6.4': ['Mūsu sadraudzības kopiena ir Kaasiku ciems Igaunijā: 2023. gada jūlijā pie mums viesojās 12 igauņi, kas palīdzēja uzbūvēt laivu piestātni, un viņu pieredze ar ciema kopīgo veikalu noderēja mūsu zīmolam.'],
}, {})
L['M01']['notes'] = {'C3.3': 'trap: "Vietalvas centrā jau ir optiskais internets, bet Bērzainē tāda nav" is a denial; evidence is the seniors\' e-service training',
 'C3.2': 'trap: "Laika bankas izveide" is only an action-plan row (2025); evidence is the running Saimes istaba',
 'C2': 'trap: EK definition of smart villages and self-assessment "Skatīt iesnieguma 3. sadaļu" are not evidence',
 'C4.1': 'trap: "Pieteikuma vadlīnijās teikts, ka viedajā ciemā ir kopdarbība..." restates the criteria'}

sub('M02', 'Biedrība „Rudzātu ļaudis" (Rudzāti, Sunākstes pag.) — ODT application + partnership agreement with school (strong)', {
 'C1': ['Rudzāti ir ciems Sunākstes pagastā, Aizkraukles novadā, pašā Sēlijas vidū.'],
 'C2': ['Mūsu mērķis ir dzīvot kopā tā, lai ciemā gribētos atgriezties arī tiem, kuri aizbrauca studēt.'],
 'C3.1': ['Katru otro sestdienu pie vecās pienotavas notiek mūsu pašu tirdziņš, kur saimnieki pārdod tieši pircējiem, un pasūtījumus var iepriekš nodot pa telefonu vai e-pastu.'],
 'C3.2': ['Kopš 2023. gada pavasara ciemā darbojas laika banka: par katru stundu, ko palīdzi kaimiņam, tev ieraksta stundu, ko vari izmantot, kad pašam vajag palīdzību.'],
 'C3.3': ['Uz tautas nama jumta 2023. gada vasarā uzstādījām 10 kW saules paneļus, un tautas nama elektrības rēķins samazinājās gandrīz uz pusi.'],
 'C4.1': ['Biedrību „Rudzātu ļaudis" 2014. gadā nodibināja 11 kaimiņi, šobrīd biedru ir 29, un biedrību vada trīs cilvēku valde, kuru ievēl kopsapulce uz diviem gadiem.'],
 'C4.2': ['Mēs esam sēļi un to neslēpjam: runājam savā izloksnē, vārām pupu putru ar speķi un rudens Miķeļos rīkojam „Rudzātu rudzu dienu", uz kuru brauc ļaudis no visa novada.'],
 'C4.3': ['Kad 2023. gada pavasarī pali applūdināja ceļu uz Lejas mājām, mēs paši ar laivu divas nedēļas vedām turienes vecajiem ļaudīm maizi un zāles, līdz ūdens nokrita.'],
 'C4.4': ['Par to, kam tērēt naudu, lemj visi: 2023. gada rudenī ciema sapulcē ar balsošanu izvēlējāmies saules paneļus, nevis jaunu skatuvi, un šis lēmums tika izpildīts.'],
 'C5.1': ['Pupu putru un sēļu dziesmas mūsu jauniešiem māca vecāki kaimiņi, un pērn kopā ar Sunākstes bibliotēku izdevām grāmatiņu „Rudzātu teikas", kurā ir 42 pašu savāktas teikas.'],
 'C5.2': ['Laika bankā visaktīvākie ir pensionāri un jaunās māmiņas, un tieši viņi viens otram palīdz visvairāk: seniori pieskata bērnus, jaunās māmiņas aizved senioros uz veikalu.'],
 'C5.3': ['Tirdziņā kopā ar mums piedalās Sunākstes pamatskolas skolēnu mācību uzņēmums un vietējais zemnieku kooperatīvs, bet pagasta pārvalde katru reizi nodrošina stāvlaukumu un tualeti.'],
 'C5.4': ['Informācija ciemā iet no mutes mutē, bet galvenie kanāli ir Facebook lapa „Rudzātu ļaudis" (612 sekotāji) un īsziņas tiem 40 cilvēkiem, kuri internetu nelieto.'],
 'C6.1': ['Mūsu resursi ir tautas nama ēka (nodota biedrības apsaimniekošanā), pienotavas laukums tirdziņam, 2 hektāri kopīgas pļavas pie ezera, biedrības kontā uzkrātie 3 400 EUR, ap 20 cilvēku, kas nāk uz katru talku, un sēļu izloksnes zinātāji, kādu citur gandrīz vairs nav.'],
 'C6.2': ['Tautas nama jumtu ar saules paneļiem mēs izmantojam tieši mūsu mērķim — lai tautas nams būtu lēts uzturēt un tajā varētu strādāt un rīkot pasākumus visu gadu.'],
 'C6.3': ['2022. gadā ar VKKF atbalstu ierakstījām sēļu dziesmas, bet 2023. gadā saules paneļus uzstādījām ar LEADER līdzfinansējumu.'],
 'C6.4': ['Saules paneļu uzstādīšanai 1 500 EUR saziedoja Rudzātos dzimušie, kuri tagad dzīvo Īrijā un Anglijā, un paneļus bez maksas pieslēdza elektriķis no Jēkabpils.'],
}, {})
L['M02']['notes'] = {'C3.2': 'trap: newspaper "Staburags" on the Aizkraukle co-working centre + "Mums tāda centra nav" — not evidence; the time bank is',
 'C4.3': 'trap: "Ja mums būtu vairāk brīvprātīgo, varētu atjaunot arī veco pienotavas ēku" is conditional',
 'C6.4': 'trap: agreement clause "Puses vienojas kopīgi meklēt papildu finansējumu" is only a plan'}

sub('M03', 'Biedrība „Kalnmuižas kopiena" (Kalnmuiža, Mazzalves pag.) — saved Facebook page + annual report 2023 (strong)', {
 'C1': ['Biedrība „Kalnmuižas kopiena" apvieno Kalnmuižas ciema un apkārtējo māju iedzīvotājus Mazzalves pagastā, Aizkraukles novadā.'],
 'C2': ['Mūsu kopienas kopīgais mērķis, kā to 2022. gadā formulējām stratēģijā „Kalnmuiža 2030", ir saglabāt ciemu dzīvu: lai te būtu darbs, skola bērniem tuvumā un vieta, kur satikties visām paaudzēm.'],
 'C3.1': ['Pērn kopā ar trim mājražotājiem izveidojām tūrisma maršrutu „Kalnmuižas garša", kas ved caur siera darītavu, dārzeņu saimniecību un maizes ceptuvi; sezonā to izbrauca 23 grupas.'],
 'C3.2': ['Kalpu mājā, kuru pašvaldība 2021. gadā nodeva mūsu lietošanā, 2023. gadā atvērām kopienas māju.', 'Tās darba laiku, tīrīšanu un pasākumu kalendāru nosaka paši iedzīvotāji: katru mēnesi cita ģimene ir „mājas saimnieks", un viss tiek pierakstīts kopīgā kalendārā.'],
 'C3.3': ['Muižas kopienas mājā uzstādījām interaktīvo ekrānu, un jaunieši rudenī vadīja piecas nodarbības, kurās 17 seniori mācījās runāt ar mazbērniem videozvanā un lietot Latvija.gov.lv.'],
 'C4.1': ['Biedrību vada piecu cilvēku valde, bet ikdienas darbus koordinē trīs darba grupas: „Muiža", „Jaunieši" un „Saimniecība".'],
 'C4.2': ['Mēs sevi uzskatām par muižas ciemu, un šī vēsture ir tas, kas mūs atšķir no citiem.'],
 'C4.3': ['Kad marta beigās vētra nogāza trīs kokus pāri ceļam uz kapiem, jau nākamajā rītā vīri ar motorzāģiem un traktoru ceļu iztīrīja, pagastu negaidot.'],
 'C4.4': ['Pagājušā gada pavasarī aptaujājām visas 68 ciema mājsaimniecības par to, ko darīt ar muižas parku; 51 atbildēja, un pēc aptaujas rezultātiem kopsapulce nolēma parkā atjaunot liepu aleju, nevis būvēt stāvlaukumu.'],
 'C5.1': ['Novadpētniece Ilga Rozīte vāc atmiņas par muižas laikiem, un šogad viņa kopā ar skolēniem ierakstīja 14 sarunas ar ciema vecākajiem iedzīvotājiem.',
          'Šogad gājienā bija 37 maskas, no tām 12 bērni, kuri maskas pagatavoja paši kopā ar vecmāmiņām kopienas mājas darbnīcā.'],
 'C5.2': ['Mūsu pasākumos piedalās gan jaunās ģimenes, kas ciemā ienākušas pēdējos piecos gados, gan seniori, gan cilvēki ar invaliditāti no Mazzalves sociālās aprūpes mājas, kuriem kopienas mājā ierīkojām uzbrauktuvi.'],
 'C5.3': ['Ar Mazzalves pamatskolu sadarbojamies pie atmiņu vākšanas, ar pagasta pārvaldi pie ceļu tīrīšanas, un Mazzalves luterāņu draudze mums aizdeva solus Mārtiņdienas svinībām.'],
 'C5.4': ['Iekšējā informācija iet caur valdi: valdes locekļi sazinās Signal grupā, bet biedriem ziņas nosūtām WhatsApp grupā „Kalnmuiža" un izliekam uz dēļa pie kopienas mājas.',
          'Tāpēc afišas turpināsim likt gan šeit, gan uz dēļa pie kopienas mājas.'],
 'C6.1': ['Gada beigās apkopojām, kas mums ir: muižas kalpu māja un parks (teritoriālie resursi), interaktīvais ekrāns un 4 datori (tehniskie resursi), 2 870 EUR biedrības kontā (finanšu resursi), 44 biedri un ap 30 brīvprātīgo (cilvēkresursi), siera darītāja, maiznieces un novadpētnieces zināšanas, kā arī 1896. gada klēts, kāda citur pagastā nav saglabājusies.'],
 'C6.2': ['Interaktīvo ekrānu un datorus turam kopienas mājā tieši tādēļ, lai seniori varētu mācīties digitālās prasmes un vecāka gadagājuma ļaudis nepaliktu nošķirti — tas ir viens no mūsu stratēģijas mērķiem.'],
 'C6.3': ['2023. gadā ar LEADER programmas atbalstu (ELFLA) iegādājāmies interaktīvo ekrānu un datorus kopienas mājai.',
          'Piedalījāmies arī kampaņā „Lielā Talka", un pērn mūsu talkas dalībnieki sakopa 4 km ceļmalu.'],
 'C6.4': ['Kopš 2022. gada sadraudzējamies ar Kalnamuižas ciemu Lietuvā — pērn jūnijā 18 lietuviešu viesi kopā ar mums atjaunoja klēts durvis un iemācīja mums sava gadatirgus rīkošanas pieredzi.'],
}, {})
L['M03']['notes'] = {'C3.1': 'trap (FB): Neretas pagasta kooperatīvs "bet mums tāda nav" is a denial; the bakery "Mazzalves ceptuve" post is a sponsored advert',
 'C3.2': 'trap (FB): shared lsm.lv news about Rīga neighbourhood centres is about another place',
 'C6.4': 'trap (FB): "Būtu labi, ja ... velonomu" is a wish'}

sub('M04', 'Essay „Viedie ciemi – Latvijas lauku nākotne" (no applicant community) — very weak', {}, {
 'C1': 'no place or community of the author is named; only general text',
 'C2': 'only general statements ("Es ticu, ka nākotnē Latvijā būs daudz viedo ciemu") — no community goal',
 'C3.1': 'trap: Austrian/German co-ops and village shops are other places; "Varētu izveidot ciemu kooperatīvus" is conditional',
 'C3.2': 'trap: Finnish village associations, Rīga/Valmiera co-working centres — other places',
 'C3.3': 'trap: Spanish fibre internet; "būtu vērts organizēt digitālo prasmju kursus" is conditional',
 'C4.1': 'general definition list of smart-village features only',
 'C4.2': 'none',
 'C4.3': 'general definition ("spēj pašorganizēties") only',
 'C4.4': 'general definition ("no apakšas uz augšu") only',
 'C5.1': 'general definition list; "vecāki cilvēki ... varētu mācīt" is conditional',
 'C5.2': 'conditional/general only',
 'C5.3': 'none for an applicant',
 'C5.4': 'none',
 'C6.1': 'general definition ("apzinās savus resursus") only',
 'C6.2': 'general definition only',
 'C6.3': 'trap: LEADER/ELFLA named as suitable sources and "Latvijas Lauku forums" mentioned — no own use',
 'C6.4': 'general definition ("veido partnerības") only'})

sub('M05', 'Biedrība „Mūsu ciemats" — half-filled application form with hints left in (very weak)', {
 'C2': ['Mūsu mērķis ir, lai ciema bērniem būtu droša vieta, kur pavadīt brīvo laiku, un lai jaunās ģimenes no šejienes neaizbrauktu.'],
 'C6.3': ['2022. un 2023. gadā piedalījāmies Lielajā Talkā un sakopām ciema kapsētu.'],
}, {
 'C1': 'trap: "[norādiet ciema un pagasta nosaukumu]" left unfilled; "Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai" restates the criterion; hint "Piemēram, Mūsu ciemā dzīvo 300 iedzīvotāju" is an example',
 'C3.1': 'heading followed by "—"',
 'C3.2': 'non-answer "Vēl tiek izstrādāti."',
 'C3.3': 'trap: "Būtu labi uzstādīt saules paneļus" is a wish; hint lists examples',
 'C4.1': 'only the criteria\'s wording restated ("Kopienā ir kopdarbība un saliedētība, ..."); the biedrība appears only as a name in a form field (no members, board or joint work described)',
 'C4.2': 'criteria wording only',
 'C4.3': 'criteria wording only; Lielā Talka participation alone is C6.3',
 'C4.4': 'criteria wording only',
 'C5.1': '"[norādiet]" placeholder',
 'C5.2': 'denial: "jaunieši pagaidām netiek iesaistīti"',
 'C5.3': 'only the hint text ("sadarbība ar skolu un pašvaldību")',
 'C5.4': '"Skatīt pielikumā." with no annex; channels only in the hint',
 'C6.1': 'empty table with placeholder; "Nav apkopoti."',
 'C6.2': 'no resources identified',
 'C6.4': 'placeholder "[uzskaitiet partnerus ...]" only'})

sub('M06', 'SIA „Daugavas kūpinātava" (Klintaines pag.) — company application with header/footer + price-list advert (very weak)', {
 'C3.1': ['Kopš 2022. gada maija mūsu produkciju var pasūtīt uzņēmuma e-veikalā, un šobrīd tas dod gandrīz trešdaļu apgrozījuma.'],
 'C6.3': ['2020. gadā SIA „Daugavas kūpinātava" ar LEADER atbalstu iegādājās jaunu kūpināšanas kameru.'],
}, {
 'C1': 'a company located in Klintaines pagasts, not presented as that place\'s community',
 'C2': 'company\'s business target (ražošanas jauda, apgrozījums) — not a community goal',
 'C3.2': 'none',
 'C3.3': 'none (new smoking chamber is ordinary equipment; "elektrības tīkls" is another sense)',
 'C4.1': 'trap: biedrība „Klintaines saieta nams" belongs to others and "mūsu uzņēmums tajās nepiedalās"',
 'C4.2': 'trap: "Mūsu vērtības: kvalitāte, dabiskums, godīgums" is advertising copy of a company',
 'C4.3': 'trap: talkas are run by another organisation; the company does not take part',
 'C4.4': 'none',
 'C5.1': '"pēc senām receptēm" is a product claim, no passing-on of knowledge',
 'C5.2': 'none',
 'C5.3': 'trap: the municipality built water supply and lighting by itself — institution acting, no community involvement',
 'C5.4': 'none (advert only)',
 'C6.1': 'no community resources identified ("pamatlīdzekļu vērtība" is money)',
 'C6.2': 'no resources/community goal',
 'C6.4': 'trap: "Nākotnē varētu sadarboties ar vietējiem zvejniekiem" is conditional, "pagaidām tas nav apspriests"'})

sub('M07', 'Biedrība „Sauleskalna kopiena" (Sauleskalns, Iršu pag.) — general-meeting minutes + resource annex, written WITHOUT diacritics (tar.gz)', {
 'C1': ['E. Berzins zino, ka biedriba dibinata 2021. gada rudeni, lai apvienotu Sauleskalna ciema iedzivotajus Irsu pagasta, un tai ir 26 biedri un triju cilveku valde.'],
 'C2': ['Darba grupa piedava formulejumu: "Musu merkis ir, lai Sauleskalns pec desmit gadiem butu ciems, kur ir darbs un dzivo jaunas gimenes, kur ir uzturets cels un kur vecie cilveki nepaliek vieni."'],
 'C4.1': ['E. Berzins zino, ka biedriba dibinata 2021. gada rudeni, lai apvienotu Sauleskalna ciema iedzivotajus Irsu pagasta, un tai ir 26 biedri un triju cilveku valde.'],
 'C4.3': ['J. Kalnins atgadina, ka pagajusaja ziema, kad pasvaldibas greideris tris nedelas neatbrauca, ciema viri paris dienu laika noorganizeja sniega tirisanu ar diviem traktoriem un sastadija dezuru grafiku, lai cels lidz autobusa pieturai butu tirs katru ritu.'],
 'C4.4': ['NOLEMA: LEADER konkursam pieteikt kluba virtuves atjaunosanu. Balsojums: par virtuvi - 25, par kopstrades telpu - 8, atturas - 1.'],
 'C5.2': ['L. Saulite stasta, ka klubs ziema ir atverts tresdienas un sestdienas, un tur kopa sanak gan pensionari, gan jaunas gimenes ar maziem berniem; sestdienas pusdienas gatavo vecmaminas, bet jaunieti palidz ar galdiem un traukiem.'],
 'C5.4': ['Par kluba darbu un talkam ciema ludzam uzzinat WhatsApp grupa "Sauleskalns" (88 dalibnieki), bet tiem, kam viedtalruna nav, L. Saulite piezvana pati vai ieliek zimiti pasta kastite.'],
 'C6.1': ['L. Saulite nolasa sarakstu, ko darba grupa sagatavoja janvari (pielikuma): kluba ekas zale un virtuve, divi traktori, ko ciema saimnieki dod kopigiem darbiem, 1 200 eiro biedribas konta, 14 cilveki, kas regulari nak uz talkam, gramatvede un elektrikis, kas palidz bez maksas, un Sauleskalna ozols, kas ir vietejas nozimes dabas piemineklis.'],
 'C6.2': ['Kluba zale un virtuve ir tas, ko izmantojam, lai sasniegtu musu merki - lai ciema butu kur satikties un vecie cilveki nepaliktu vieni.'],
}, {
 'C3.1': 'abandoned idea: "no kooperativa idejas atteicamies"',
 'C3.2': 'plan only: "Kopstrades telpu planojam izveidot velak, ja bus nauda" (and it lost the vote)',
 'C3.3': 'denial across contrast: "Irsu pamatskolai uz jumta ir saules paneli, bet mums tadu nav"',
 'C4.2': 'none',
 'C5.1': 'conditional: "Varetu aicinat kadu amatnieku vadit meistarklases, bet tas paliek nakamajam gadam"',
 'C5.3': 'only the neighbouring school\'s solar panels are mentioned (other actor, denied for applicant); the club building is merely municipally owned',
 'C6.3': 'denial: "Lidz sim biedriba neesam piedalijusies neviena valsts vai ES finanseta projekta"; LEADER only as the planned application',
 'C6.4': 'only sought: "Sponsorus ... meklesim pec pieteikuma iesniegsanas"'})

sub('M08', '„Pilskalnes Vēstis" — parish newsletter of Pilskalnes pagasta pārvalde (no residents\' organisation)', {
 'C1': ['Ziema šogad mūs nelutināja, bet mūsu Pilskalnes pagasta kopiena atkal pierādīja, ka grūtā brīdī neviens nepaliek viens.'],
 'C4.2': ['Pilskalnieši lepojas ar savu Pilskalnu — senlatviešu pilskalnu, kam pagasts ir parādā savu vārdu —, un ar to, ka Jāņu naktī ugunskurs kalna virsotnē deg nepārtraukti kopš 1988. gada.'],
 'C4.3': ['Kad janvāra salā Ozolkalna ciemā trīs dienas nebija ūdens, kaimiņi paši sarunāja, kurš ar mucām ved ūdeni no pagasta akas, un neviena māja nepalika bez ūdens.'],
 'C5.1': ['Janvārī bibliotēkā notika rupjmaizes cepšanas meistarklase, kurā 82 gadus vecā Zenta Krūze mācīja astoņām jaunām saimniecēm raudzēt mīklu pēc savas mātes receptes.'],
 'C5.2': ['Meistarklasē kopā cepa gan pensionāres, gan skolnieces, gan divas ukraiņu mammas ar bērniem, kas pagastā dzīvo kopš pagājušā gada.'],
 'C5.3': ['Pilskalnes pamatskolas skolēni kopā ar iedzīvotājiem un pagasta pārvaldes darbiniekiem pavasarī iestādīja 60 ozolus gar ceļu uz kapiem, bet zemnieku saimniecība „Kalēji" stādiem izraka bedres ar savu tehniku.'],
 'C5.4': ['Šīs avīzes 320 eksemplāri nonāk katrā pagasta pastkastītē, bet jaunākās ziņas liekam pagasta Facebook lapā un uz ziņojumu dēļa pie pagasta pārvaldes.'],
 'C6.3': ['Pagasta iedzīvotāji jau trešo gadu piedalās Lielajā Talkā: pērn 46 pilskalnieši sakopa Ozolkalna parku un iztīrīja dīķa krastus.'],
}, {
 'C2': 'no goal or vision stated',
 'C3.1': 'denial across contrast: "Kaimiņu Seces pagastā darbojas ogu audzētāju kooperatīvs, bet mums tāda nav"',
 'C3.2': 'none (library and culture events are traditional)',
 'C3.3': 'traps: "Diena" on Rīga libraries\' digital courses + "Mūsu bibliotēkā šādu kursu pagaidām nav"; SIA „LatNet Lauki" optical-internet advert',
 'C4.1': 'denial: "Iedzīvotāju biedrības pagastā pagaidām nav"; events run by the pārvalde and library',
 'C4.4': 'survey that changed nothing: 112 residents asked for an evening bus, "vakara reisa joprojām nav"',
 'C6.1': 'no resources identified',
 'C6.2': 'no resources identified',
 'C6.4': 'only sought: "Bērnu laukuma atjaunošanai meklējam atbalstītājus"'})

sub('M09', 'Biedrība „Zeltkalnes kopiena" (Zeltkalne, Daudzeses pag.) — saved Facebook page', {
 'C1': ['Biedrība „Zeltkalnes kopiena" — Zeltkalnes ciema ļaudis Daudzeses pagastā.'],
 'C3.3': ['Sestdien kopienas mājā uzstādījām defibrilatoru, un ārsts no Jēkabpils bez maksas apmācīja 15 zeltkalniešus, kā to lietot.'],
 'C4.1': ['Biedrībai „Zeltkalnes kopiena" šodien pievienojās jau 40. biedrs!'],
 'C4.2': ['Dziedājām visi kopā — zeltkalnieši vienmēr bijuši dziedātāji, un tā ir mūsu lielākā bagātība.'],
 'C4.3': ['Kopš veikals aizvērās, paši sarunājām, ka katru otrdienu viens no mums brauc uz Jēkabpili un sapērk produktus visiem, kas ierakstījušies sarakstā.'],
 'C5.1': ['Kārlis Sprūds, pēdējais ciema kalējs, sestdien savā kalvē rādīja sešiem puišiem, kā izkalt pakavu un naglu.'],
 'C5.2': ['Ziemassvētku eglē pie kopienas mājas šogad bija gan bērnudārza mazie, gan seniori no sociālās mājas, gan jaunās ģimenes, kas Zeltkalnē ienākušas pērn.'],
 'C5.4': ['Visas ziņas vispirms liekam šeit un WhatsApp grupā „Zeltkalne", bet papīra ziņas tagad izliekam uz dēļa pie autobusa pieturas, jo veikala vairs nav.'],
 'C6.3': ['Mūsu trīs delegāti piedalījās Latvijas Lauku foruma rīkotajā Latvijas Lauku kopienu parlamentā un pastāstīja par Zeltkalnes iepirkšanās braucieniem.'],
 'C6.4': ['Zviedru draugi atsūtīja 900 eiro ziedojumu kopienas mājas jumta remontam, un pavasarī četri viņu brīvprātīgie brauks pie mums palīgā.',
          'Defibrilatoru nopirkām par naudu, ko Ziemassvētku koncertā saziedoja viesi no Jēkabpils un Rīgas — liels paldies!'],
}, {
 'C2': 'no goal or vision stated',
 'C3.1': 'wish: "Būtu labi, ja arī Zeltkalnē būtu sava mājražotāju tirgus diena kā Daudzesē"',
 'C3.2': 'trap: the Daudzese co-working space is a shared post of the pārvalde (another place)',
 'C4.4': 'board decides alone: "Valde nolēma, ka šogad Līgo vakars notiks pie ezera"',
 'C5.3': 'denial: "ne skola, ne pagasta pārvalde šajā lietā nepalīdz"',
 'C6.1': 'no resources identified',
 'C6.2': 'no resources/goal'})

sub('M10', 'Biedrība „Lauku labumi" — email thread with the LAG consultant printed to HTML (place only in signature)', {
 'C2': ['Mūsu mērķis ir, lai pēc pieciem gadiem ciemā būtu vismaz pieci cilvēki, kas pelna iztiku ar savu produkciju, un lai jaunieši redzētu, ka laukos var nopelnīt.'],
 'C3.1': ['Kopš pagājušā pavasara mūsu biedrības deviņi mājražotāji pārdod produkciju kopā: pircēji pasūta pa telefonu vai e-pastu, un piektdienās mēs visu salasām un vedam uz Aizkraukli, kur pircēji pasūtījumu paņem pie tirgus.'],
 'C4.1': ['Biedrībā šobrīd ir 16 biedri, valdē esam trīs, un katrs atbild par savu jomu — es par loģistiku, Inga par pircējiem, Māris par naudu.'],
 'C5.3': ['Vietējā skola mums atļauj izmantot savu virtuvi produkcijas fasēšanai, un pagasta pārvalde iedeva telpu noliktavai.'],
 'C6.1': ['Resursi, kas mums ir: aukstā noliktava 20 m2 (pagasta telpa), viens busiņš (mans), divi elektroniskie svari, 16 biedri, no tiem divi ar pārtikas tehnologa izglītību, un 1 100 EUR biedrības kontā.'],
 'C6.2': ['Busiņu un noliktavu izmantojam tieši tam, lai mājražotāji varētu pārdot kopā un pelnīt laukos — tas ir mūsu galvenais mērķis.'],
 'C6.4': ['Rīgas restorāns „Vārpa" kopš janvāra katru nedēļu pērk mūsu sieru un dārzeņus, un viņu šefpavārs bez maksas mums novadīja divas apmācības par produktu fasēšanu.'],
}, {
 'C1': 'place (Zīles, Seces pag.) appears only in the e-mail signature address line; the text says only "ciemā"',
 'C3.2': 'trap: consultant\'s list of what smart villages usually have (kopienas centrs, laika banka, kopstrādes telpa)',
 'C3.3': 'traps: consultant\'s "Varētu pieteikt arī saules paneļus", another biedrība near Koknese; applicant: "Par lietotni domājām, bet tas mums par dārgu", "Paneļus arī neliksim"',
 'C4.2': 'denial: "Par ciema vēsturi vai tradīcijām ko rakstīt, godīgi sakot, nezinu"',
 'C4.3': 'none: the weekly joint delivery is the sales routine (C3.1), no self-organised problem-solving described',
 'C4.4': 'board decided alone: "kopsapulci nesasaucām, valde izlēma pati"; meeting only planned ("mēģināsim sarīkot martā")',
 'C5.1': 'none (the chef\'s training is external expertise, counted for C6.4)',
 'C5.2': 'denial: "Seniorus gan pagaidām neiesaistām"; consultant only recommends',
 'C5.4': 'no information channels described',
 'C6.3': 'denial: "Neviena LEADER projekta mums vēl nav bijis"; LEADER/ELFLA in consultant signature footer is boilerplate'})

sub('M11', 'Biedrība „Pērlēnu kopiena" (Pērlēni, Neretas pag.) — cover letter, two support letters, partnership agreement with a Lithuanian community', {
 'C1': ['Mēs esam Pērlēnu ciema iedzīvotāji Neretas pagastā, kas 2019. gadā apvienojās biedrībā „Pērlēnu kopiena", lai ciemā pēc skolas slēgšanas nepaliktu tukša vieta.'],
 'C3.2': ['Kopš 2023. gada bijušajā pasta ēkā darbojas Pērlēnu kopienas centrs, ko pārvaldām paši: atslēgas ir septiņiem brīvprātīgajiem, katrs no viņiem vienu vakaru nedēļā atbild par centru, un kārtības noteikumi ir izlikti pie durvīm.'],
 'C4.1': ['Biedrība „Pērlēnu kopiena" apvieno 31 biedru, tās valdē ir četri cilvēki.'],
 'C4.3': ['Kad 2023. gada vasarā pasta ēkai sāka tecēt jumts, mēs paši sarunājām meistaru, savācām naudu pa mājām un divās nedēļas nogalēs jumtu salabojām.'],
 'C5.1': ['Kopš 2021. gada ziemās darbojas Sēlijas jostu aušanas darbnīca, kurā ciema vecākās audējas apmāca jaunās; tajā ir bijuši jau 19 dalībnieki.'],
 'C5.3': ['Pērlēnu pamatskola kopienas centram aizdod krēslus un projektoru, bet Neretas pagasta pārvalde apmaksā centra elektrību.'],
 'C6.4': ['Šajā remontā augustā piedalījās arī 14 lietuviešu kopienas biedri, un viņu kopiena saziedoja 600 eiro materiāliem.'],
}, {
 'C2': 'trap: the agreement\'s "Līguma mērķis ir veicināt abu kopienu sadarbību ..." is a contract aim, not the community\'s vision',
 'C3.1': 'trap: the Lithuanian partner\'s own cooperative ("Mūsu kopienai ir savs lauksaimniecības kooperatīvs") — another community',
 'C3.3': 'traps: the school\'s solar panels and robotics club; the Lithuanian partner\'s mobile app — other actors',
 'C4.2': 'none',
 'C4.4': 'future only: "par to vēl runāsim iedzīvotāju sapulcē aprīlī"',
 'C5.2': 'trap: the school\'s pupils with special needs are the school\'s, not the community\'s integration',
 'C5.4': 'none',
 'C6.1': 'no resource list',
 'C6.2': 'no resources/goal',
 'C6.3': 'first-time applicant: "Šī ir pirmā reize, kad piesakāmies LEADER atbalstam"; "var kopīgi pieteikties pārrobežu ... programmām" is a possibility'})

sub('M12', 'Biedrība „Liepukalna ļaudis" (Liepukalns, Aiviekstes pag.) — annual report 2023 (ODT)', {
 'C1': ['Biedrība „Liepukalna ļaudis" ir Liepukalna ciema iedzīvotāju apvienība Aiviekstes pagastā; to 2012. gadā nodibināja ciema pirts kurinātāji.'],
 'C2': ['Mūsu ilgtermiņa mērķis ir, lai Liepukalns būtu ciems, kur ir veselīgi un lēti dzīvot un kur vecākie iedzīvotāji var palikt savās mājās pēc iespējas ilgāk.'],
 'C3.2': ['Kopš aprīļa ciemā darbojas instrumentu krātuve: biedri saliek savus instrumentus — zāles pļāvējus, kāpnes, urbjus, motorzāģi — vienā šķūnī, un ikviens ciema iedzīvotājs tos var paņemt uz nedēļu.'],
 'C4.1': ['Biedrību vada trīs cilvēku valde, bet saimnieciskos darbus organizē pirts padome un talku vadītājs.'],
 'C4.2': ['Liepukalnieši lepojas ar savu pirts tradīciju: ciema pirts tiek kurināta katru sestdienu kopš pagājušā gadsimta trīsdesmitajiem gadiem, un tā mūs vieno vairāk nekā jebkas cits.'],
 'C4.3': ['Kad jūlija sausumā izsīka ciema kopīgā aka, biedri divās nedēļās paši izraka jaunu grodu aku, un neviena mājsaimniecība nepalika bez ūdens.'],
 'C4.4': ['Februāra kopsapulcē ar balsojumu (27 par, 3 pret) nolēmām biedru naudas šogad tērēt pirts jumtam, un rudenī jumts tika nomainīts.'],
 'C5.1': ['Ciema pieredzējušie pirtnieki pērn apmācīja 11 jaunus pirtniekus, kuri tagad paši kurina pirti un vada pirts rituālus.'],
 'C5.4': ['Ciema ziņas izplatām ar e-pasta apkārtrakstu (74 adresāti) un Facebook grupā „Liepukalns", un pēc pērnā gada aptaujas zinām, ka apkārtrakstu izlasa gandrīz visi biedri, bet Facebook grupu — galvenokārt tie, kuri ciemā dzīvo tikai vasarā.'],
 'C6.1': ['Biedrības rīcībā ir ciema pirts ar ģērbtuvi (biedrības īpašums), instrumentu šķūnis, 0,8 ha zemes pie dīķa, 2 140 EUR bankas kontā, 38 biedri un ap 15 talcinieku, pieci pieredzējuši pirtnieki ar savām zināšanām un simtgadīga pirts tradīcija, kādas nav nevienā citā pagasta ciemā.'],
 'C6.3': ['2023. gadā ar Valsts kultūrkapitāla fonda mērķprogrammas atbalstu izdevām bukletu par ciema pirts vēsturi, bet ar Aizkraukles novada pašvaldības iedzīvotāju iniciatīvu konkursa atbalstu atjaunojām pirts ģērbtuvi.'],
}, {
 'C3.1': 'abandoned idea: "no tā atteicāmies, jo nepietika cilvēku"',
 'C3.3': 'denial across contrast ("optiskais internets ... bet Liepukalnā tāda nav") and plan ("Nākamgad plānojam ... saules kolektoru")',
 'C5.2': 'denial: "Jaunieši mūsu darbā diemžēl netiek iesaistīti"',
 'C5.3': 'denial: "Ar pagasta pārvaldi un Aiviekstes pamatskolu kopīgu pasākumu šogad nebija" (the municipal grant is C6.3)',
 'C6.2': 'resources are listed but never tied to the goal ("Resursus izmantosim atbilstoši vajadzībām"); "pamatlīdzekļu vērtība" is money',
 'C6.4': 'sought but not attracted: "uzrunājām trīs uzņēmumus, bet neviens neatsaucās"; VKKF and the county grant are C6.3 measures'})

sub('M13', 'Biedrība „Riekstkalna attīstībai" (Riekstkalns, Skrīveru pag.) — LEADER application + self-assessment, both with header/footer', {
 'C1': ['Mēs, riekstkalnieši, esam apvienojušies biedrībā „Riekstkalna attīstībai", kuras valdē ir trīs cilvēki un kurā darbojas divas komisijas — siltumnīcas un sociālā.'],
 'C2': ['Mūsu vīzija: Riekstkalns 2035. gadā ir zaļš un pašpietiekams ciems, kurā pārtiku audzē tepat, jaunās ģimenes atrod darbu un neviens nav atstumts.'],
 'C3.1': ['2023. gadā trīs biedrības biedri izveidoja sociālo uzņēmumu SIA „Riekstkalna darbnīca", kurā četri cilvēki ar invaliditāti šuj darba cimdus un maisus vietējiem zemniekiem.'],
 'C3.3': ['Kopš 2023. gada ciema kopīgajā siltumnīcā darbojas automātiska laistīšanas sistēma ar augsnes mitruma sensoriem, ko dārznieki vada ar telefona lietotni; sistēmas piegādātājs novadīja divas apmācības, kurās to iemācījās lietot 15 dārznieki.'],
 'C4.1': ['Mēs, riekstkalnieši, esam apvienojušies biedrībā „Riekstkalna attīstībai", kuras valdē ir trīs cilvēki un kurā darbojas divas komisijas — siltumnīcas un sociālā.'],
 'C5.2': ['Siltumnīcā kopā strādā seniori, ģimenes ar bērniem un sociālā uzņēmuma darbinieki ar invaliditāti.'],
 'C5.3': ['Kopienas siltumnīcu ierīkojām uz Skrīveru pagasta pārvaldes zemes, un stādus tajā audzējam kopā ar Riekstkalna sākumskolas skolēniem un zemnieku saimniecību „Kļavas".'],
 'C6.1': ['Riekstkalna avots ar minerālūdeni'],
 'C6.2': ['Kopīgo siltumnīcu izmantojam tieši mūsu vīzijai — lai pārtiku audzētu tepat ciemā un tajā varētu strādāt arī cilvēki, kuriem citur darbu atrast ir grūti.'],
 'C6.3': ['2022. gadā ar LEADER atbalstu uzcēlām kopīgo siltumnīcu, un 2023. gadā piedalījāmies Sabiedrības integrācijas fonda programmā „NVO fonds", no kuras iegādājāmies šujmašīnas sociālajam uzņēmumam.'],
}, {
 'C3.2': 'plan only: "Kopstrādes telpas izveide" and "Laika bankas ieviešana" are action-plan rows (2025)',
 'C4.2': 'criteria wording only: "Kopiena apzinās savu identitāti un spēj pašorganizēties."',
 'C4.3': '"Pašorganizēšanās piemēri: skatīt pielikumā Nr. 4." — no such annex in the submission; the greenhouse was built as a LEADER project',
 'C4.4': 'board decided: "Projekta ideju ... apstiprināja biedrības valde"; self-assessment only claims "lēmumi no apakšas uz augšu"',
 'C5.1': 'plan: "Plānojam rīkot meistarklases dārzeņu konservēšanā"',
 'C5.4': '"Informācijas aprite: skatīt pielikumā Nr. 5." — no such annex',
 'C6.4': 'only sought: "meklēsim sponsorus; esam uzrunājuši divus Skrīveru uzņēmumus, bet atbildi vēl gaidām"'})
# C6.1 evidence: use a whole resource-table row cell sequence that is unambiguous
L['M13']['evidence']['C6.1'] = ['Kopīgā siltumnīca 180 m2', 'Biedrības līdzekļi 2 650 EUR']

sub('M15', 'Zane Kalēja and neighbours, „Zaļā sēta" joint label (would-be applicants, village never named) — self-assessment table + letter to the LAG', {
 'C2': ['Mūsu mērķis ir, lai ģimenes varētu dzīvot no tā, ko dod mūsu dārzi, un jaunieši redzētu, ka laukos ir nākotne.'],
 'C3.1': ['Kopš 2023. gada pavasara ciema saimnieces tirgo ievārījumus un sulas ar kopēju etiķeti „Sētas garšas" gan tirdziņos, gan internetā.'],
 'C4.4': ['Ciema iedzīvotāju sapulcē 2024. gada janvārī ar 31 balsi no 35 izvēlējāmies, ka projektā pieteiksim kopīgu sulu spiedi, nevis nojumi tirdziņam.'],
 'C5.1': ['Vecā dārzniece Biruta katru pavasari rāda jaunajām saimniecēm, kā potēt ābeles, un pērn ciemā iepotējām 40 senu šķirņu ābeles.'],
 'C5.2': ['Sulu spiešanas dienās kopā strādā gan pensionāri, gan skolēni vasaras brīvlaikā, gan divi jaunieši no sociālās aprūpes mājas.'],
 'C6.1': ['Mums ir 3 ha veco ābeļdārzu, ko ciema ģimenes kopj kopā, divas sulu spiedes, 12 cilvēki, kas prot apstrādāt ābolus, un Birutas zināšanas par senajām šķirnēm, kas citur nav saglabājušās.'],
 'C6.2': ['Veco ābeļdārzu un senās šķirnes izmantojam tieši mūsu mērķim — lai ciema ģimenēm būtu papildu ienākumi no sulām un ievārījumiem.'],
}, {
 'C1': 'village never named in the text ("mūsu ciems"); Zalves pagasts appears only in the contact/address line of the letterhead; self-assessment row restates the criterion',
 'C3.2': 'heading with "—" and 0 points',
 'C3.3': 'non-answer "Vēl tiek izstrādāti."; trap: parish library computer courses "bet mūsu ciema cilvēki uz tiem nebrauc"',
 'C4.1': 'denial: "Biedrību vēl neesam nodibinājuši" and no other organised body; "augsta kopdarbība un saliedētība" restates the criterion',
 'C4.2': 'criteria wording only ("Kopiena apzinās savu identitāti un vērtības")',
 'C4.3': 'non-answer "Nav apkopoti."',
 'C5.3': 'criteria-like claim only ("Kopiena ir atvērta dažādām nozarēm")',
 'C5.4': 'claim without channels ("Informācijas aprite ciemā ir laba")',
 'C6.3': 'denial: "Neesam piedalījušies nevienā projektā vai kampaņā"',
 'C6.4': 'only sought: "Sponsorus vēl meklējam"'})

sub('M14', 'Iniciatīvas grupa „Mūsu Bebri" (Bebri, Bebru pag.) — saved Facebook page', {
 'C1': ['Bebru ciema iedzīvotāju iniciatīvas grupa, Bebru pagasts, Aizkraukles novads'],
 'C2': ['Mūsu mērķis — lai Bebros pēc pieciem gadiem būtu vismaz desmit darba vietas tepat ciemā un jaunas ģimenes gribētu šeit pirkt mājas.'],
 'C3.2': ['Pagājušajā mēnesī atvērām Bebru kopstrādes telpu vecajā pasta ēkā — tajā jau strādā pieci attālinātie darbinieki un viena grāmatvede, kas agrāk katru dienu brauca uz Rīgu.'],
 'C4.1': ['Iniciatīvas grupā „Mūsu Bebri" tagad ir 18 cilvēki, un katrai no trim darba grupām — „Pasts", „Ceļi un pieturas" un „Svētki" — ir sava koordinatore.'],
 'C4.3': ['Autobusa pieturas nojumi, kuru mums solīja trīs gadus, sestdien uzcēlām paši — kokmateriālus saveda kaimiņi, un seši vīri visu izdarīja vienā dienā.'],
 'C4.4': ['Par to, ko darīt ar veco pastu, balsojām gan šeit Facebook aptaujā, gan ciema sapulcē: 73 balsis par kopstrādes telpu, 21 par bērnu istabu.'],
 'C5.2': ['Kopstrādes telpā ceturtdienu vakaros satiekas arī mūsu seniori uz kāršu spēli, un ukraiņu ģimenes bērni tur kopā ar vietējiem bērniem pilda mājasdarbus.'],
 'C5.4': ['Visas ziņas liekam šeit un Bebru WhatsApp grupā, un mūsu aptaujas šeit parasti aizpilda ap 100 cilvēku — gandrīz katra otrā ciema mājsaimniecība.'],
 'C6.4': ['Mēbeles kopstrādes telpai nopirkām par 1 300 eiro, ko saziedoja Bebros dzimušie, kuri tagad dzīvo Rīgā un Īrijā, un galdus samontēja divi brīvprātīgie no Rīgas.'],
}, {
 'C3.1': 'conditional: "Varētu izveidot arī mājražotāju kooperatīvu, bet tam vēl neesam gatavi"; the shop\'s mobile-payment advert is sponsored',
 'C3.3': 'denial across contrast: "Kokneses pagastā jau ir optiskais internets, bet Bebros tāda nav"',
 'C4.2': 'none',
 'C5.1': 'none',
 'C5.3': 'trap: shared Staburags article — the municipality renovating a road with ELFLA is an institution acting alone, not community involvement',
 'C6.1': 'no resources identified',
 'C6.2': 'no resources identified',
 'C6.3': 'trap: ELFLA appears only in the shared article about the municipality\'s road works'})

sub('M16', 'Seces pagasta pārvalde with Sece residents — ODT application + residents\' meeting minutes (HTML); words in other senses (tar.gz)', {
 'C1': ['Sece ir ciems Seces pagastā ar apmēram 350 iedzīvotājiem.', 'Piedalās: 46 Seces ciema iedzīvotāji, pārvaldes vadītāja I. Strautiņa, pārvaldes IT speciālists R. Lācis.'],
 'C2': ['Mūsu kopīgais mērķis — lai Seces ciems būtu sakopts, drošs un dzīvs arī vakaros, kad apgaismots centrs aicina cilvēkus iziet no mājām un satikties.'],
 'C3.3': ['2023. gada rudenī ciema centrā uzstādījām divas viedās ielu lampas ar saules paneļiem un kustības sensoriem, un pārvaldes IT speciālists iemācīja 25 iedzīvotājiem ziņot par bojājumiem novada mobilajā lietotnē.'],
 'C4.3': ['Kad pavasarī pali izskaloja gājēju tiltiņu pār Seces strautu, ciema vīri to paši atjaunoja vienā nedēļas nogalē, un dēļus iedeva pārvalde.'],
 'C4.4': ['NOLĒMA: ar 39 balsīm par, 4 pret un 3 atturoties uzdot pārvaldei iesniegt LEADER pieteikumu par ciema centra laukuma labiekārtošanu.'],
 'C5.3': ['Laukuma ziemas apgaismojumu pērn kopīgi uzstādīja pārvalde, Seces pamatskolas skolēni un ciema iedzīvotāji.'],
 'C5.4': ['Par sapulcēm un darbiem ciemā paziņojam Seces WhatsApp grupā (130 dalībnieki) un ar afišām uz ziņojumu dēļa pie pārvaldes, bet sapulču protokolus publicējam pagasta mājaslapā.'],
 'C6.1': ['Ciema vīri, kas prot būvdarbus (ap 10)', 'Pārvaldes budžeta līdzfinansējums 3 000 EUR'],
 'C6.2': ['Ciema centra laukumu un jau uzstādītās saules lampas izmantojam tieši mūsu mērķim — lai centrs būtu gaišs un cilvēkiem būtu kur satikties vakaros.'],
}, {
 'C3.1': 'none',
 'C3.2': 'none; trap: "sēklu bibliotēka" is a seed exchange run by the pārvalde (library only in name)',
 'C4.1': 'denial: "Ciema iedzīvotājiem savas biedrības nav, tāpēc šo pieteikumu iesniedz pagasta pārvalde"',
 'C4.2': 'none',
 'C5.1': 'trap: "mantojuma lietas" is property inheritance, not heritage',
 'C5.2': 'denial: "Seniori sapulcēs gandrīz nepiedalās"',
 'C6.3': 'traps: "tehniskais projekts" is a building design, "svētku programma" an event programme; "Neviens no mums iepriekš LEADER projektus nav rakstījis"',
 'C6.4': 'none; "elektrības tīkls" is another sense; "Ekskursijas mērķi" are travel destinations'})

out = {k: L[k] for k in sorted(L)}
json.dump(out, open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
cnt = {k: sum(1 for s in out.values() if s['indicators'][k] == 'present') for k in IDS}
print({s: sum(v == 'present' for v in out[s]['indicators'].values()) for s in out})
print(cnt)
