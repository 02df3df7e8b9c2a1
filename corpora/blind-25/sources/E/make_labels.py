#!/usr/bin/env python3
"""Writes ../labels.json. Evidence strings are copied verbatim from the sources;
E06 is typed without diacritics, so its evidence is transliterated with the same table
that produced its source (Projekta_iesniegums_Snepele.with_diacritics.md -> .md)."""
import json, os

IND = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
NODIA = str.maketrans('āēīūčģķļņšžĀĒĪŪČĢĶĻŅŠŽ„”“', 'aeiucgklnszAEIUCGKLNSZ"""')

D = {}

D['E01'] = dict(name='Biedrība „Rendas kopiena” (Renda, Rendas pagasts)', archive='E01.zip', ev={
 'C1': ['Biedrība „Rendas kopiena” apvieno Rendas ciema un apkārtējo viensētu iedzīvotājus – pašlaik 64 biedrus, kuri dzīvo Rendas pagastā.'],
 'C2': ['Mūsu mērķis ir, lai Renda 2030. gadā būtu ciems, kurā jaunās ģimenes grib palikt un atgriezties, jo šeit ir darbs, kopienas telpa un droša vide bērniem.'],
 'C3.1': ['Kopš 2022. gada darbojas biedru izveidotais kooperatīvs „Abavas ielejas labumi”, kas ar kopīgu e-veikalu un vienotu marķējumu pārdod 11 mājražotāju produkciju.'],
 'C3.2': ['2023. gada rudenī bijušās pienotavas pirmajā stāvā atvērām kopienas centru ar kopstrādes telpu, ko pārvalda biedru ievēlēta centra padome.',
          'Centra padomē ir pa vienam pārstāvim no jauniešiem, senjoriem un uzņēmējiem, un padome pati sadala telpu lietošanas laikus.'],
 'C3.3': ['Kopienas centrā uzstādījām optiskā interneta pieslēgumu un 10 kW saules paneļus, un 23 senjori jau apguva e-pakalpojumu lietošanu mūsu digitālo prasmju nodarbībās.'],
 'C4.1': ['Biedrību vada piecu cilvēku valde, un katram darba virzienam – jauniešiem, kultūrai un uzņēmējiem – ir sava iniciatīvas grupa.'],
 'C4.2': ['Mūsu kopienas vērtības ir uzticēšanās, rūpes par Abavas senleju un prasme darīt kopā.',
          'Par unikālu uzskatām to, ka Rendā jau 30 gadus katru jūliju notiek ciema svētki ar pašu sacerētu uzvedumu.'],
 'C4.3': ['Kad 2021. gada vētra nopostīja autobusa pieturu pie skolas, biedri divās nedēļās paši sarīkoja talkas, savāca naudu un pieturu atjaunoja.'],
 'C4.4': ['Par projekta ideju lēma biedrības kopsapulce 2024. gada 14. septembrī, kurā to atbalstīja 41 no 46 klātesošajiem (protokols pielikumā).',
          'Balsojums par ideju (a): par – 41, pret – 3, atturas – 2.'],
 'C5.1': ['Ziemā kopienas centrā notiek meistarklases, kurās vietējās audējas un kalējs Jānis Ozols nodod savas prasmes jauniešiem.',
          'Novadpētniecības pulciņš ir apkopojis 120 ciema māju vēstures.'],
 'C5.2': ['Nodarbībās kopā darbojas senjori, jaunieši un divas ukraiņu ģimenes, kuras Rendā dzīvo kopš 2022. gada.'],
 'C5.3': ['Sadarbojamies ar Rendas pamatskolu, pagasta pārvaldi, bibliotēku un trim vietējiem uzņēmējiem; skola mums dod sporta zāli, bet bibliotēka vada senjoru datorkursus.'],
 'C5.4': ['Iekšējā informācija aprit biedru WhatsApp grupā (87 dalībnieki) un uz ziņojumu dēļa pie veikala, bet ārpusei ziņas sniedzam Facebook lapā, kurai ir 1300 sekotāju, un novada laikrakstā „Kurzemnieks”.',
          'Pēc pērnā gada aptaujas zinām, ka par pasākumiem no Facebook uzzina apmēram puse apmeklētāju.'],
 'C6.1': ['Pienotavas ēka (420 m²), ko biedrība 2017. gadā saņēma no pašvaldības bezatlīdzības lietošanā uz 30 gadiem; skaņas aparatūra; biedra Andra Bērziņa traktors ar sniega lāpstu.',
          'Biedru naudas (ap 1300 eiro gadā) un ieņēmumi no kopstrādes vietu nomas (ap 2100 eiro gadā).',
          'Abavas senleja un 1912. gadā celtā pienotava – vienīgā saglabājusies sarkano ķieģeļu pienotava pagastā.'],
 'C6.2': ['Pienotavas ēku izmantojam tieši mūsu mērķim – lai jaunajām ģimenēm ciemā būtu darba vieta un bērnu pulciņu telpa.'],
 'C6.3': ['2022. gadā ar LEADER programmas atbalstu atjaunojām pienotavas pirmo stāvu, un kopš 2019. gada katru pavasari piedalāmies Lielajā talkā.'],
 'C6.4': ['Jumta remontam 2023. gadā saziedojām 3400 eiro, no tiem 2100 eiro ziedoja Rendā dzimušie, kas tagad dzīvo Īrijā un Rīgā.',
          'Kopš 2023. gada mums ir sadarbības līgums ar Karksi-Nuia ciema biedrību Igaunijā, no kuras pērn pie mums viesojās 12 cilvēki un kopā ar mūsu audējām vadīja meistarklases.'],
}, notes={})

D['E02'] = dict(name='Biedrība „Pelču ciema attīstības biedrība” (Pelči, Pelču pagasts)', archive='E02.tar.gz', ev={
 'C1': ['Biedrība apvieno 52 Pelču ciema un apkārtējo māju iedzīvotājus, kuri sevi sauc par pelčeniekiem un kopā rūpējas par ciema nākotni.'],
 'C2': ['Mēs vēlamies, lai pēc desmit gadiem Pelči būtu zaļš un dzīvs ciems, kur visu paaudžu cilvēki atrod darbu, mācības un atpūtu tuvu mājām.'],
 'C3.1': ['Kopš 2023. gada pavasara mūsu mājražotāji katru piektdienu pārdod savu produkciju tiešajā tirdzniecībā „Pelču pieturā”, kur pasūtījumus pieņem internetā un izsniedz uz vietas.'],
 'C3.2': ['Esam ieviesuši arī laika banku: 38 dalībnieki apmainās ar pakalpojumiem – viens pieskata bērnus, otrs aizved senjorus pie ārsta, trešais salabo velosipēdu –, un nostrādātās stundas uzskaita kopīgā tabulā.',
          'Laika banka šomēnes sasniedza 212 stundas!'],
 'C3.3': ['Pelču muižas parkā pērn uzstādījām viedos apgaismojuma sensorus, kas ieslēdz gaismu tikai tad, kad kāds iet garām, un elektrības rēķins par parka apgaismojumu samazinājās gandrīz uz pusi.'],
 'C4.1': ['Biedrības darbu vada trīs cilvēku valde, bet katrā ielā ir savs „ielas vecākais”, kas uztur saziņu ar kaimiņiem un atnes viņu ierosinājumus uz valdes sēdēm.'],
 'C4.2': ['Pelčenieki lepojas ar muižas parku un ar to, ka ciemā jau vairāk nekā gadsimtu darbojas skola; mūsu vērtības ir atvērtība, rūpes par vājākajiem un darba tikums.'],
 'C4.3': ['Kad pagājušā gada martā palu ūdeņi aizskaloja gājēju tiltiņu pār parka strautu, vīri sestdienas rītā sanāca ar saviem instrumentiem un līdz vakaram uzlika jaunu klāju no Andra zāģētavas dēļiem.'],
 'C4.4': ['Kuru no trim idejām iesniegt, izvēlējāmies ar iedzīvotāju aptauju: no 143 balsojušajiem 96 atbalstīja āra klasi parkā, tāpēc to arī iesniedzam.',
          'Valde nolēma ievērot jūsu izvēli, tāpēc LEADER konkursam iesniegsim tieši āra klasi.'],
 'C5.1': ['Skolotāja pensijā Rasma Zeltiņa katru otro sestdienu muižas pagrabā vada keramikas darbnīcu, un tajā apgūtās prasmes nu jau trīs jaunieši izmanto savā mazajā darbnīcā.',
          'Kopā ar skolēniem esam atjaunojuši parka veco aleju shēmu pēc 1920. gada muižas plāna.'],
 'C5.2': ['Laika bankā aktīvākie dalībnieki ir tieši senjori un jaunās māmiņas, un pagājušajā gadā tai pievienojās arī trīs cilvēki ar kustību traucējumiem, kurus citi dalībnieki aizved uz pasākumiem.'],
 'C5.3': ['Āra klases ideju kopā ar mums izstrādāja Pelču skolas skolotāji, pagasta pārvalde uztur parka celiņus, bet zemnieku saimniecība „Lejnieki” jau ziedoja kokmateriālus soliem.'],
 'C5.4': ['Ziņas par laika banku un talkām izplatām biedru WhatsApp grupā un Facebook lapā „Pelči kopā”, bet senjoriem, kuriem nav viedtālruņu, ielu vecākie tās nodod personīgi.',
          'Pēc lapas statistikas mūsu ierakstus mēnesī redz ap 2000 cilvēku – vairāk, nekā ciemā ir iedzīvotāju.'],
 'C6.1': ['tehniskie – pārvietojama skatuve, divas telts nojumes, zāles pļāvējs un biedru instrumenti;',
          'teritoriālie – muižas parks, ko pagasta pārvalde 2019. gadā nodeva biedrībai apsaimniekošanā;',
          'unikālie – 19. gadsimta muižas parks ar 170 gadus veciem ozoliem.'],
 'C6.2': ['Muižas parku izmantojam tieši mūsu mērķim – lai visu paaudžu pelčenieki varētu mācīties un atpūsties tuvu mājām, nevis brauktu uz Kuldīgu.'],
 'C6.3': ['2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām grāmatu par Pelču muižas vēsturi, un pērn piedalījāmies Latvijas Lauku foruma rīkotajās Kopienu sarunās Kuldīgā.'],
 'C6.4': ['Uz pavasara talku parkā atbrauca 14 brīvprātīgie no Kuldīgas tehnikuma un Rīgas, un viņu palīdzību izmantojām aleju atjaunošanā.',
          'Pie mums atbrauca 14 brīvprātīgie no Kuldīgas tehnikuma un no Rīgas, un kopā atjaunojām divas vecās alejas pēc 1920. gada plāna.'],
}, notes={})

D['E03'] = dict(name='Biedrība „Dzīvā Nīkrāce” (Nīkrāces pagasts)', archive='E03.zip', ev={
 'C1': ['Biedrība „Dzīvā Nīkrāce” ir Nīkrāces pagasta iedzīvotāju apvienība, kurā darbojas 71 biedrs no Nīkrāces, Dzeldas un apkārtējām viensētām.'],
 'C2': ['Mūsu vīzija: 2035. gadā Nīkrāce ir pašpietiekams ciems, kurā vietējā pārtika, darbs un kopā būšana notur cilvēkus laukos.'],
 'C3.1': ['2021. gadā biedrība nodibināja sociālo uzņēmumu SIA „Nīkrāces virtuve”, kas piegādā pusdienas skolai un vientuļajiem senjoriem, bet peļņu iegulda kopienas pasākumos.'],
 'C3.2': ['Kopš 2022. gada ciema lietas pārvalda „ciema padome” – deviņi ievēlēti iedzīvotāji, kas reizi mēnesī tiekas ar pagasta pārvaldes vadītāju un kopā ar viņu vienojas par darāmo.'],
 'C3.3': ['Esošās virtuves lietošanas laikus mājražotāji rezervē mūsu jauniešu izstrādātā mobilajā lietotnē, un visus 14 lietotājus divās nodarbībās apmācījām ar to strādāt.'],
 'C4.1': ['Biedrību vada trīs cilvēku valde, bet ikdienas darbu dala četras darba grupas: pārtika, jaunieši, kultūra un ceļi.'],
 'C4.2': ['Nīkrācieši lepojas ar savu sklandraušu recepti, ar Ventas ieleju un ar to, ka pagastā nekad nav aizmirsta talku tradīcija.'],
 'C4.3': ['Kad 2020. gadā ciemā slēdza vienīgo veikalu, biedri paši noorganizēja kopīgus iepirkumu braucienus uz Skrundu un pārtikas paku piegādi vientuļajiem senjoriem, līdz šo darbu pārņēma mūsu sociālais uzņēmums.'],
 'C4.4': ['2024. gada pagasta līdzdalības budžeta balsojumā piedalījās 212 iedzīvotāji, un ar 118 balsīm uzvarēja mūsu piedāvātais virtuves aprīkojums; projekta ideju pēc tam apstiprināja biedrības kopsapulce.'],
 'C5.1': ['Mūsu vecākās saimnieces māca jaunajiem mājražotājiem kurzemnieku sklandraušu un rupjmaizes receptes, un šīs receptes kopā ar skolēniem esam pierakstījuši grāmatiņā „Nīkrāces galds”.'],
 'C5.2': ['Sociālajā uzņēmumā strādā divi jaunieši ar garīgās attīstības traucējumiem, bet pusdienas senjoriem piegādā skolēni vasaras darbā.'],
 'C5.3': ['Sadarbojamies ar Nīkrāces pamatskolu, pagasta pārvaldi, Nīkrāces evaņģēliski luterisko draudzi un pieciem vietējiem uzņēmējiem (sadarbības līgums pielikumā).'],
 'C5.4': ['Katru mēnesi izdodam četru lappušu „Nīkrāces Lapu”, ko pastnieks izvadā katrā mājā, bet operatīvas ziņas liekam Facebook grupā; pērn aprēķinājām, ka avīze sasniedz ap 380 mājsaimniecību, Facebook grupa – ap 600 cilvēku.'],
 'C6.1': ['Pagastmājas virtuve (48 m²), sociālā uzņēmuma piegādes busiņš, biedru lauksaimniecības tehnika.',
          'Sešas pieredzējušas saimnieces, pārtikas tehnoloģe, divi jaunieši ar programmēšanas prasmēm.',
          'Vietējā sklandraušu recepte un Ventas ielejas ainava.'],
 'C6.2': ['Mūsu saimnieču zināšanas jau tagad izmantojam tieši vīzijas īstenošanai: uz tām balstās sociālā uzņēmuma darbs un trīs darba vietas, ko tas devis ciema cilvēkiem.'],
 'C6.3': ['Sociālā uzņēmuma izveidi 2021. gadā atbalstīja Labklājības ministrijas sociālās uzņēmējdarbības atbalsta programma, un kopš 2018. gada esam īstenojuši trīs LEADER projektus.'],
 'C6.4': ['Mūsu sadarbības partneri ir Kuldīgas novada mājražotāju biedrība un Somijas Lapuas ciema kopiena, no kuras pieredzes pārņēmām koplietošanas virtuves modeli; pēdējos divos gados saņēmām ziedojumus 6200 eiro apmērā no uzņēmējiem un bijušajiem nīkrāciešiem.'],
}, notes={})

D['E04'] = dict(name='SIA „Ventas loki” (Skrunda) – company, not a community', archive='E04.zip', ev={
 'C3.1': ['2022. gadā izveidojām savu laivu tūrisma maršrutu „Skrundas laivu ceļš” ar vienotu karti, zīmolu un tiešsaistes rezervēšanas sistēmu, un tagad pa to ik vasaru brauc vairāk nekā 1500 laivotāju.'],
 'C6.1': ['Uzņēmuma rīcībā ir viesu nams ar 14 gultas vietām, 22 laivas, piekabe laivu pārvadāšanai, mikroautobuss un 0,6 ha zemes gabals Ventas krastā.',
          'Uzņēmumā strādā četri darbinieki, no kuriem divi ir sertificēti laivošanas instruktori.'],
}, notes={
 'C1': 'Applicant is a company; Skrunda is named only as its location ("Uzņēmums atrodas Skrundā, Kuldīgas novadā."), the applicant is not presented as the place\'s community.',
 'C2': 'Only the project\'s business aim ("paplašināt uzņēmuma pakalpojumu klāstu"); the C2 cell is "Sk. 3.2. punktu."; no community goal or vision.',
 'C3.2': 'No social innovation; the mobile sauna ("inovatīvs pakalpojums, kāda Skrundā vēl nav") is only planned.',
 'C3.3': 'No technology introduced; the electricity connection ("pieslēgums elektrības tīklam") is planned and "tīkls" is the power grid.',
 'C4.1': 'A company with employees; no organised body of residents ("Projekts ir paredzēts visiem Skrundas iedzīvotājiem").',
 'C4.2': 'Not addressed.',
 'C4.3': 'Not addressed.',
 'C4.4': 'Decision taken by the company board ("pieņēma uzņēmuma valde").',
 'C5.1': 'Cell left as "—".',
 'C5.2': 'Future/generic only ("Pirts būs pieejama visām iedzīvotāju grupām").',
 'C5.3': 'Only planned ("Nākotnē sadarbosimies ar Skrundas vidusskolu").',
 'C5.4': 'Only future publicity ("Publicitāte tiks nodrošināta ...").',
 'C6.2': 'No community goal (C2 absent); resources serve only the company\'s business aim.',
 'C6.3': 'Denied ("līdz šim nav bijusi pieredze Eiropas Savienības fondu projektu īstenošanā") and only planned ("Plānojam nākotnē piedalīties ... kampaņās").',
 'C6.4': 'No outside resources, partners or networks; "Projekts sniegs atdevi visam novadam" is a claim about the future.',
})

D['E05'] = dict(name='Biedrība „Kabiles parka draugi” (Kabile) – newly founded', archive='E05.zip', ev={
 'C1': ['Mēs esam Kabiles ciema iedzīvotāji, kas 2024. gada augustā apvienojāmies biedrībā, lai sakoptu muižas parku un ciemā atkal būtu vieta, kur satikties.'],
 'C2': ['Mūsu mērķis ir atdzīvināt Kabiles muižas parku un izveidot vietu, kur ciema ļaudis – gan jaunās ģimenes, gan vecie kabilnieki – var satikties, atpūsties un rīkot svētkus.'],
 'C4.1': ['Biedrībā ir deviņi biedri, un to vada trīs cilvēku valde.'],
}, notes={
 'C3.1': 'Cell left as "—"; new enterprises only hoped for ("nākotnē varētu rasties").',
 'C3.2': 'Restates the criterion ("Kopiena ievieš inovatīvus risinājumus, kas ir integrēti ...") without a fact; smart-village definitions are general text.',
 'C3.3': 'Conditional wish ("Parkā būtu labi ierīkot bezvadu internetu un viedo apgaismojumu.").',
 'C4.2': 'Non-answer ("Vēl tiek apzināta.").',
 'C4.3': 'Only readiness ("Biedri ir gatavi rīkot talkas, tiklīdz ...").',
 'C4.4': 'Only a wish ("Vajadzētu sasaukt iedzīvotāju sapulci"); residents were only talked to informally.',
 'C5.1': '"Skatīt pielikumā." – the listed annexes (statutes, board minutes) contain no such information.',
 'C5.2': 'Future/generic ("Projekts būs vērsts uz visām iedzīvotāju grupām."); the goal sentence names groups but shows no integration.',
 'C5.3': 'Restates the criterion; talks with the municipality without an agreement ("līgums vēl nav noslēgts").',
 'C5.4': 'Non-answer ("Vēl tiek izstrādāta."); channels only conditional/planned ("varētu izvietot", "plānojam izveidot").',
 'C6.1': 'Denied ("Resursi vēl nav apzināti."); strengths "vēl tikai jāapzina".',
 'C6.2': 'No resources identified.',
 'C6.3': 'No experience ("iepriekšējas pieredzes projektos mums nav").',
 'C6.4': 'Conditional ("Būtu labi piesaistīt arī sponsorus ...").',
})

E06 = dict(name='Biedrība „Snēpeles sēta” (Snēpele) – typed without diacritics', archive='E06.zip', ev={
 'C1': ['Biedrība „Snēpeles sēta” apvieno Snēpeles pagasta iedzīvotājus, kuriem rūp sava pagasta nākotne; tajā ir 41 biedrs no Snēpeles ciema un apkārtējām mājām.'],
 'C2': ['Mūsu vīzija ir Snēpele, kurā cilvēki paliek dzīvot ne tikai tāpēc, ka šeit ir viņu mājas, bet tāpēc, ka šeit ir ko darīt kopā visu gadu.'],
 'C4.1': ['Biedrības valdē ir pieci cilvēki, un katram pasākumam mums ir savs atbildīgais biedrs, kas sapulcina palīgus.'],
 'C4.2': ['Snēpelnieki lepojas ar savu deju kolektīvu „Snēpelīte”, kas dejo jau 60 gadus, un ar Snēpeles ozolu birzi; mūsu vērtības ir izpalīdzība un darba mīlestība.'],
 'C4.3': ['Kad 2023. gada rudenī tautas namam iebruka jumta daļa, biedri paši sarunāja jumiķi, savāca 1900 eiro un ar talku jumtu salaboja trīs nedēļās.'],
 'C4.4': ['Par to, ko darīt ar tautas namu, 2024. gada maijā rīkojām iedzīvotāju sapulci, kurā 57 klātesošie ar balsojumu izvēlējās vispirms atjaunot lielo zāli.'],
 'C5.1': ['Vecākās dejotājas māca bērniem Snēpeles deju soļus un tautastērpu valkāšanu, un biedrība glabā pagasta fotoarhīvu ar vairāk nekā 2000 fotogrāfijām.'],
 'C5.2': ['Mūsu pasākumos kopā piedalās bērni, jaunieši un seniori, un Ziemassvētku pasākumā pērn pirmo reizi uzstājās arī četri pagasta cilvēki ar invaliditāti, kurus uz mēģinājumiem ved mūsu biedri.'],
 'C5.4': ['Par pasākumiem biedri uzzina biedrības WhatsApp grupā, pārējie iedzīvotāji – no afišām veikalā un pagasta avīzes „Snēpeles Ziņas”, kuru saņem ap 300 mājsaimniecību.'],
 'C6.3': ['2021. gadā ar LEADER atbalstu iegādājāmies tautastērpus deju kolektīvam, un katru gadu piedalāmies Lielajā talkā.'],
}, notes={
 'C3.1': 'Abandoned idea ("... e-veikalu ..., bet no ta atteicamies").',
 'C3.2': 'About the neighbour, denied for the applicant across the contrast ("Kaiminiem Rudbarzos ir kopienas centrs ..., bet mums tada nav.").',
 'C3.3': 'Only planned ("Planojam ... bet so ricibu vel neesam sakusi").',
 'C5.3': 'Denied ("Skola un pasvaldiba lidz sim nav iesaistitas musu darba."); the pārvalde maintaining the hall after the project is future.',
 'C6.1': 'Denied ("Resursi vel nav apzinati, to darisim nakamaja gada.").',
 'C6.2': 'No resources identified.',
 'C6.4': 'Denied ("Sponsorus lidz sim neesam piesaistijusi.").',
})
E06['ev'] = {k: [s.translate(NODIA) for s in v] for k, v in E06['ev'].items()}
D['E06'] = E06

D['E07'] = dict(name='Rudbāržu pamatskola (municipal school) – institution, not a community', archive='E07.zip', ev={
 'C3.3': ['Kopš 2023. gada skolā darbojas robotikas pulciņš, un katru ceturtdienas vakaru mūsu 8. un 9. klases skolēni apmāca pagasta senjorus lietot viedtālruņus, internetbanku un e-veselības portālu; šogad nodarbības apmeklējuši 17 senjori.'],
 'C5.1': ['Skolas novadpētniecības muzejā skolēni kopā ar skolotāju Ainu Bērziņu pieraksta vecvecāku atmiņas par Rudbāržu muižu un kolhoza laikiem, un pērn šīs atmiņas tika izdotas krājumā „Rudbāržu stāsti”.'],
 'C5.2': ['Digitālo prasmju nodarbībās skolēni un senjori mācās kopā, un divi no nodarbību dalībniekiem ir vājredzīgi, kuriem skolēni pielāgojuši telefonu iestatījumus.'],
 'C5.3': ['Robotikas pulciņu finansē z/s „Ozoli” un SIA „Rudbāržu kokapstrāde”, senjoru nodarbības organizējam kopā ar pagasta pārvaldes sociālo darbinieci, bet vecāki palīdz pasākumu organizēšanā.'],
 'C5.4': ['Ar vecākiem sazināmies e-klasē, bet pagasta iedzīvotājus par atvērtajām nodarbībām informējam skolas mājaslapā, Facebook lapā un ar paziņojumu pagasta informatīvajā izdevumā; pēc nodarbību apmeklējuma redzam, ka senjorus visvairāk uzrunā tieši izdevums.'],
 'C6.1': ['Skolas ēka, sporta zāle, 12 datori informātikas kabinetā, skolas autobuss.',
          '19 pedagogi, no tiem trīs ar maģistra grādu dabaszinātnēs.',
          'Muižas ēka un skolas novadpētniecības muzejs.'],
 'C6.3': ['Skola piedalās valsts programmā „Latvijas skolas soma”, ar kuras atbalstu skolēni apmeklē teātrus un muzejus, un 2023. gadā skola piedalījās Kuldīgas novada pašvaldības projektu konkursā „Zaļā skola”.'],
 'C6.4': ['No 2022. līdz 2024. gadam skola īstenoja Erasmus+ projektu kopā ar partnerskolām Polijā un Portugālē, un partneru skolotāji pie mums vadīja robotikas darbnīcas.',
          'Robotikas pulciņu finansē z/s „Ozoli” un SIA „Rudbāržu kokapstrāde”, senjoru nodarbības organizējam kopā ar pagasta pārvaldes sociālo darbinieci, bet vecāki palīdz pasākumu organizēšanā.'],
}, notes={
 'C1': 'Applicant is a municipal school; the pagasts is named as its location only and no community of residents is presented ("Pagastā pašlaik nav aktīvas iedzīvotāju biedrības").',
 'C2': 'Only the project\'s technical aim (equip a STEM room); "Viedais ciems nav iedomājams bez mūsdienīgas skolas" is a general statement.',
 'C3.1': '"Nav attiecināms."',
 'C3.2': 'Ordinary after-school clubs (choir, dance, art), not a new form of cooperation.',
 'C4.1': 'Institution run by the director and school council; residents have no organisation of their own (stated).',
 'C4.2': 'Restates the criterion without facts ("Skola veido pagasta identitāti.").',
 'C4.3': 'Cell left as "—".',
 'C4.4': 'Decided by school management with the county education board.',
 'C6.2': 'No community goal (C2 absent); resources are not tied to one.',
})

D['E08'] = dict(name='Biedrība „Turlavas ļaudis” (Turlava) – newsletter + self-assessment', archive='E08.tar.gz', ev={
 'C1': ['Biedrība „Turlavas ļaudis” apvieno Turlavas pagasta iedzīvotājus no Turlavas ciema, Ķikuriem un apkārtējām mājām.'],
 'C2': ['Mūsu vīzija – Turlava 2030. gadā ir ciems, kur jaunieši redz savu nākotni un seniori nejūtas vientuļi.'],
 'C4.1': ['Biedrībā ir 34 biedri un piecu cilvēku valde, kas tiekas reizi mēnesī, un biedri pēc kārtas uzņemas atbildību par pasākumiem.'],
 'C4.2': ['Biedrības aptaujā, kas notika jubilejas laikā, iedzīvotāji kā Turlavas vērtības visbiežāk nosauca klusumu, ezerus un kaimiņu izpalīdzību.',
          'Turlavas evaņģēliski luteriskās baznīcas 300 gadu jubileja pērn pulcēja vairāk nekā 400 cilvēku, un daudzi turlavnieki atzīst, ka tieši baznīcas kalns ir vieta, ko viņi uzskata par pagasta sirdi.'],
 'C4.3': ['Biedrības „Turlavas ļaudis” aicinājumam atsaucās 37 turlavnieki, kuri paši izcirta krūmus, uzbēra 200 metrus garu celiņu un salaboja peldvietas laipu.'],
 'C5.1': ['Turlavas senioru klubiņa „Sarma” dalībnieces rudens vakaros māca skolēniem adīt Kurzemes rakstainos cimdus, un pagasta bibliotēkā skatāma viņu kopā ar bērniem veidotā izstāde „Vecmāmiņas pūralāde”.'],
 'C5.2': ['Turlavas senioru klubiņa „Sarma” dalībnieces rudens vakaros māca skolēniem adīt Kurzemes rakstainos cimdus, un pagasta bibliotēkā skatāma viņu kopā ar bērniem veidotā izstāde „Vecmāmiņas pūralāde”.',
          'Senioru klubiņš sadarbojas ar skolēniem.'],
 'C5.3': ['Tirdziņu kopā rīko biedrība „Turlavas ļaudis”, pagasta pārvalde un Turlavas bibliotēka.',
          'Mārtiņdienas tirdziņu rīkojam kopā ar pagasta pārvaldi un bibliotēku.'],
 'C5.4': ['„Turlavas Vēstis” iznāk reizi divos mēnešos 250 eksemplāros un ir pieejamas veikalā, bibliotēkā un pagasta pārvaldē, bet operatīvās ziņas biedrība liek savā Facebook lapā un iedzīvotāju WhatsApp grupā „Turlava info”, kurā ir 190 dalībnieku.'],
 'C6.3': ['„Turlavas Vēstis” 2024. gadā tiek izdotas ar Kuldīgas novada pašvaldības NVO projektu konkursa atbalstu, ko biedrība „Turlavas ļaudis” ieguva jau otro gadu pēc kārtas.',
          'Biedrība piedalījās arī Lielajā talkā, sakopjot ceļmalas no Turlavas līdz Ķikuriem.'],
}, notes={
 'C3.1': 'Only an advert (shop „Top” – "tagad arī e-veikals!") and "Ciemā darbojas veikals."',
 'C3.2': 'Only the traditional culture house ("Pasākumi notiek Turlavas tautas namā.").',
 'C3.3': 'Only the expert\'s quote about Talsu novads and her conditional advice ("būtu vērts izmēģināt"); self-assessment cell "—".',
 'C4.4': 'No vote at the residents\' meeting and the board decided alone ("galīgo lēmumu ... valde pieņēma"); survey results "vēl nav apkopoti"; self-assessment restates the criterion.',
 'C6.1': 'Self-assessment only claims "Resursi ir apzināti pilnībā." – no resource named.',
 'C6.2': 'Criterion restated ("Resursi tiek izmantoti mērķtiecīgi."); no resource identified.',
 'C6.4': 'Denied ("Ārējo partneru mums pagaidām nav."); gravel brought by a member.',
})

D['E09'] = dict(name='Biedrība „Ēdoles krasts” (Ēdole) – general-meeting minutes', archive='E09.zip', ev={
 'C1': ['A. Kundziņš atgādina, ka biedrība „Ēdoles krasts” apvieno Ēdoles ciema un ezera apkārtnes iedzīvotājus un ka tās vīzija, kas apstiprināta 2022. gada kopsapulcē, ir Ēdole kā ciems, kur pils un ezera apkārtne dod darbu vietējiem un prieku visiem iedzīvotājiem.'],
 'C2': ['A. Kundziņš atgādina, ka biedrība „Ēdoles krasts” apvieno Ēdoles ciema un ezera apkārtnes iedzīvotājus un ka tās vīzija, kas apstiprināta 2022. gada kopsapulcē, ir Ēdole kā ciems, kur pils un ezera apkārtne dod darbu vietējiem un prieku visiem iedzīvotājiem.'],
 'C4.1': ['Kopsapulcē piedalās 38 no 55 biedriem (reģistrācijas lapa pielikumā), kā arī uzaicinātie viesi: Kuldīgas novada pašvaldības Ēdoles pagasta pārvaldes vadītāja Sarmīte Liepiņa un Ēdoles pamatskolas direktors Juris Vārna.',
          'NOLEMJ: ievēlēt Gati Krūmiņu par biedrības „Ēdoles krasts” valdes locekli.'],
 'C4.3': ['A. Kundziņš stāsta, ka pēc pavasara plūdiem, kad applūda ceļš uz Ēdoles kapiem, biedri paši savā starpā sadalīja pienākumus, sarunāja grants piegādi un ceļu uzbēra trīs vakaros, negaidot, kamēr to izdarīs pašvaldība.'],
 'C4.4': ['Balsojums par projekta „Ēdoles ezera krasta pastaigu taka” iesniegšanu: par – 33, pret – 2, atturas – 3.'],
 'C5.3': ['J. Vārna (skolas direktors) apstiprina, ka skola jau trešo gadu bez maksas dod biedrībai telpas sapulcēm un nodarbībām, un piedāvā, ka skolēni varētu sagatavot tekstus informācijas stendiem.'],
 'C6.1': ['Valdes loceklis Gatis Krūmiņš iepazīstina ar biedrības resursu sarakstu, kas sagatavots projekta iesniegumam: biedrības rīcībā ir laivu piestātne ar sešām laivām, pārvietojama nojume un skaņas tehnika; 1,2 ha ezera krasta teritorija, ko pašvaldība iznomājusi biedrībai līdz 2035. gadam; ap 2400 eiro uzkrājumu; biedru vidū ir divi celtnieki, grāmatvede un gids ar vācu valodas zināšanām.'],
 'C6.2': ['Piestātni jau otro vasaru izmanto vietējie puiši, kas izīrē laivas tūristiem un tā gūst ienākumus, tāpēc valde uzskata, ka piestātne ir palīdzējusi tuvoties biedrības vīzijai.'],
 'C6.3': ['A. Kundziņš informē, ka 2023. gadā biedrība pabeidza LEADER projektu „Laivu piestātne Ēdoles ezerā”, kura kopējās izmaksas bija 18 400 eiro.'],
}, notes={
 'C3.1': 'The tourism route is Alsunga\'s, denied for Ēdole across the contrast ("bet Ēdolē tāda nav"); the trail is only a future first step; ordinary boat hire is not an innovation.',
 'C3.2': 'Not shown.',
 'C3.3': 'Abandoned idea (mobile app: "no tās atteicāmies").',
 'C4.2': 'Denied ("kopīgas identitātes Ēdolē pagaidām nav").',
 'C5.1': 'Only a wish ("vajadzētu sākt vākt vecāko ēdolnieku atmiņas").',
 'C5.2': 'Denied ("jaunieši biedrības darbā netiek iesaistīti un to vajadzētu mainīt"); a reduced fee for seniors is not integration.',
 'C5.4': 'Denied ("biedrībai nav sava informācijas kanāla ... nesasniedz"); the WhatsApp group is only decided for the future.',
 'C6.4': 'Sponsors not attracted ("sponsoru piesaiste līdz šim nav izdevusies"); the farm\'s letter only offers future help ("Esam gatavi ...", "nākotnē varētu ziedot").',
})

D['E10'] = dict(name='Biedrība „Alsungas kopiena” (Alsunga, suiti) – saved Facebook page + short form', archive='E10.zip', ev={
 'C1': ['Biedrība „Alsungas kopiena” apvieno Alsungas ciema un pagasta iedzīvotājus, kuriem rūp suitu zeme un tās nākotne.'],
 'C2': ['Mūsu vīzija: Alsunga 2035. gadā ir ciems, kurā suitu tradīcijas dzīvo ikdienā, nevis tikai muzejā, un kurā jaunieši var atrast darbu, neaizbraucot prom.'],
 'C3.1': ['Mūsu kopīgais tūrisma maršruts ar vienotu karti un zīmolu šovasar aizveda 2300 ceļotāju uz 14 suitu saimniecībām, darbnīcām un kafejnīcām.',
          'Katra saimniecība pārdod arī pārējo dalībnieku produkciju, un apmeklētāji maršrutā var norēķināties ar vienu dāvanu karti.'],
 'C4.1': ['Mūs vada piecu cilvēku valde, bet lielākos lēmumus pieņemam kopā – kopienas sapulcēs, uz kurām aicinām visus alsundzniekus, ne tikai biedrus.'],
 'C4.2': ['Mēs esam suiti – katoļu sala luteriskajā Kurzemē, un lepojamies ar garo dziedāšanu, košajiem tautastērpiem un savu valodu, kuru joprojām var dzirdēt Alsungas sētās.'],
 'C4.3': ['Sestdien 18 kaimiņi ar saviem instrumentiem nokasīja veco krāsu, salaboja solus un nokrāsoja visu suitu sarkanajā krāsā.'],
 'C4.4': ['Pēc garām diskusijām nobalsojām: 41 balss par mobilo skatuvi pasākumiem brīvā dabā, 17 – par rotaļu laukumu pie skolas, 6 – par velostatīvu.',
          'Tātad iesniedzam mobilo skatuvi.'],
 'C5.1': ['Sestdien suitu sievas pils pagrabā mācīja 12 meitenēm un trīs puišiem garo dziedāšanu un burdona vilkšanu.'],
 'C5.2': ['Vecākajai dziedātājai ir 84 gadi, jaunākajai māceklei – deviņi.',
          'Šoreiz atnāca arī divas jaunās ģimenes no Rīgas, kas pērn nopirka māju Grāveros.'],
 'C5.3': ['Projektu kopā ar mums īstenoja Alsungas vidusskola un Kuldīgas novada pašvaldības kultūras pārvalde.'],
 'C5.4': ['Par visu svarīgo ziņojam šeit Facebook, WhatsApp grupā „Alsunga info” un uz ziņojumu dēļa pie veikala „Elvi”, bet senioriem, kuri nelieto internetu, ziņas aiznes mūsu brīvprātīgie.'],
 'C6.3': ['Noslēdzies mūsu projekts „Suitu dziesmas jaunā skanējumā”, ko atbalstīja Valsts kultūrkapitāla fonds.'],
 'C6.4': ['Paldies mūsu draugiem no Polijas Podhales reģiona, kas šonedēļ atbrauca pie mums ar 20 jauniešiem un saviem muzikantiem!',
          'Sadraudzība ar Podhali ilgst jau sesto gadu, un nākamvasar brauksim pie viņiem.'],
}, notes={
 'C3.2': 'Only a shared newspaper article about Kuldīga\'s community centre and a wish ("Būtu forši, ja arī Alsungas pilī kādreiz varētu ierīkot kopstrādes telpu").',
 'C3.3': 'Only the wish for wireless internet; e-services in the shared article are Kuldīga\'s; online booking appears only in a sponsored advert.',
 'C6.1': 'No resources identified: the form answers "Kopienas resursi: Skatīt pielikumā." but the annexes are only the Facebook print-out and a price survey.',
 'C6.2': 'No identified resources to tie to the goal.',
})

D['E11'] = dict(name='Biedrība „Vārmes ciema ļaudis” (Vārme) – action plan with budget', archive='E11.zip', ev={
 'C1': ['Biedrība „Vārmes ciema ļaudis” ir Vārmes ciema iedzīvotāju apvienība, kas dibināta 2023. gada nogalē, lai ciema ļaudis paši varētu ietekmēt savas dzīves vides attīstību.'],
 'C2': ['Mūsu vīzija: Vārme 2030. gadā ir ciems, kurā neviens nav vientuļš, kur bērniem ir droša vide un kur ciema ļaudis paši lemj par savu nākotni.'],
 'C4.1': ['Biedrībā ir 23 biedri, darbu koordinē valde trīs cilvēku sastāvā, un katrai rīcībai šajā plānā ir norādīts atbildīgais biedrs.'],
 'C4.4': ['Rīcības plāna prioritātes noteicām pēc 2024. gada pavasara aptaujas, kurā piedalījās 84 vārmenieki; trīs visbiežāk minētās vajadzības ir ieliktas plānā kā pirmās trīs rīcības.',
          'Plāna projektu apsprieda un apstiprināja biedrības kopsapulce.'],
 'C5.2': ['Bijušā veikala zāli jau izmantojam mūsu vīzijas īstenošanai – tur katru otrdienu pulcējas seniori un jaunās māmiņas ar bērniem, lai neviens ciemā nepaliktu vientuļš.'],
 'C6.1': ['tehniskie – bijušā veikala ēkas zāle (90 m²) ar virtuvīti, ko tās īpašniece, biedre Anna Straume, 2024. gadā nodeva biedrībai bezmaksas lietošanā uz 10 gadiem; biedru dāvināti 40 krēsli un divi galdi;',
          'zināšanas un kompetences – biedru vidū ir medmāsa, divi pensionēti skolotāji un elektriķis;',
          'unikālie – Vārmes ābeļdārzs ar vairāk nekā 30 vecajām ābeļu šķirnēm.'],
 'C6.2': ['Bijušā veikala zāli jau izmantojam mūsu vīzijas īstenošanai – tur katru otrdienu pulcējas seniori un jaunās māmiņas ar bērniem, lai neviens ciemā nepaliktu vientuļš.'],
}, notes={
 'C3.1': 'Not shown.',
 'C3.2': 'Community centre (with elected council) and neighbour-help network only planned (action-plan rows; "Šo rīcību vēl neesam sākuši").',
 'C3.3': 'Digital-skills training and optical internet only planned or conditional ("būtu jārīko", "varētu vadīt").',
 'C4.2': 'Not yet ("Vārmes identitāte vēl jāapzina – to plānojam darīt 2025. gada darbnīcās").',
 'C4.3': 'Talkas only planned ("vajadzētu sakopt"); the neighbour-help network not started.',
 'C5.1': 'Apple-variety mapping with pupils and grafting master classes only planned (2026).',
 'C5.3': 'Only planned ("Rīcību īstenošanā iesaistīsim pagasta pārvaldi ..."; "vēl nav noslēgti sadarbības līgumi"); the hall belongs to a member.',
 'C5.4': 'Denied ("nav neviena kopīga informācijas kanāla"); WhatsApp group and Facebook page only planned/conditional; publicity in future tense.',
 'C6.3': 'LEADER, VKKF, the county NGO contest and Lielā talka appear only as planned funding sources or action rows.',
 'C6.4': 'Sponsors and a twin village only planned (action rows 8–9).',
})

D['E12'] = dict(name='Biedrība „Laidu ļaudis” (Laidi) – printed e-mail thread + draft form', archive='E12.tar.gz', ev={
 'C1': ['Mēs esam Laidu ciema iedzīvotāju biedrība „Laidu ļaudis”, un mūsu ciemā dzīvo ap 350 cilvēku.'],
 'C2': ['Mūsu mērķis ir, lai Laidos atkal būtu vieta, kur satikties, un lai ciems nākamajos desmit gados neiztukšotos.'],
 'C3.2': ['Kopš 2023. gada marta bijušās skolas ēkas pirmajā stāvā darbojas mūsu pašu pārvaldīts „dalīšanās skapis” un instrumentu noma: katrs biedrs var paņemt zāles pļāvēju, urbjmašīnu vai kāpnes, ierakstot to kopīgā burtnīcā, un atnest atpakaļ, bet lieko apģērbu un traukus var atstāt citiem.'],
 'C4.1': ['Biedrībā ir 29 biedri un trīs cilvēku valde, un lielāko darbu dara biedri, kas pēc kārtas uzņemas rūpes par katru pasākumu.'],
 'C4.3': ['Vēl pastāstīšu, ka, kopš autobuss uz Kuldīgu kursē tikai divreiz nedēļā, esam sarunājuši savu braukšanas grafiku: pieci biedri ar savām mašīnām pēc kārtas ved kaimiņus pie ārsta un uz aptieku.'],
 'C5.1': ['Biedre Velta Lāce, kas 40 gadus strādāja par skolotāju, reizi mēnesī sestdienās vada novadpētniecības pēcpusdienas, kurās ciema bērni uzzina par Laidu muižu un savu dzimtu vēsturi.'],
 'C5.3': ['Sadarbojamies arī ar pagasta pārvaldi, kas mums par simbolisku maksu iznomā skolas ēkas pirmo stāvu.'],
 'C5.4': ['Informāciju izplatām Facebook grupā „Laidi”, kurā ir ap 280 dalībnieku, un ar paziņojumu uz veikala durvīm; vecākiem cilvēkiem biedri ziņas nodod pa telefonu.'],
 'C6.3': ['2022. gadā piedalījāmies Lielajā talkā, sakopjot skolas parku, un ar Kuldīgas novada NVO projektu konkursa atbalstu iegādājāmies pirmos instrumentus dalīšanās skapim.'],
 'C6.4': ['Mūsu sponsors SIA „Kuldīgas koks” uzdāvināja dēļus plauktiem, un kopš pagājušā gada sadarbojamies ar biedrību „Vilgāles ezerkrasts”, kas mums palīdzēja ar padomu, kā iekārtot instrumentu nomu.'],
}, notes={
 'C3.1': 'Abandoned idea ("no idejas atteicāmies").',
 'C3.3': 'Denied ("Digitālo apmācību mums nav bijis."); only the consultant\'s conditional suggestion.',
 'C4.2': 'Denied ("Par vērtībām un identitāti līdz šim neesam runājuši, to vēl neesam formulējuši.").',
 'C4.4': 'The board decided; the general meeting has not yet been held ("Kopsapulci arī vēl neesam sasaukuši"); form cell "Tiks pievienots".',
 'C5.2': 'Denied ("seniori mūsu pasākumos līdz šim nav nākuši"); the consultant\'s question is not an answer.',
 'C6.1': 'Denied ("resursus vēl neesam apkopojuši"); the resource table in the draft form is empty.',
 'C6.2': 'No resources identified.',
})

D['E13'] = dict(name='Biedrība „Kurmāles attīstībai” (Kurmāle) – form full of quotes and definitions', archive='E13.zip', ev={
 'C1': ['Biedrība „Kurmāles attīstībai” apvieno Kurmāles ciema un tā apkārtnes iedzīvotājus, kuriem rūp, lai mūsu pagasts nepārvērstos par vasarnīcu ciemu.'],
 'C2': ['Mūsu mērķis ir, lai Kurmāle būtu vieta, kur gan vietējie, gan jaunpienācēji jūtas kā mājās un kur vasarā ir kur atpūsties, neizbraucot no pagasta.',
        'Nākotnē vēlamies, lai Kurmāles ezers kļūtu par visa pagasta satikšanās vietu.'],
 'C4.1': ['Biedrībā ir 27 biedri, valdē ir pieci cilvēki, un sanāksmes notiek katra mēneša pirmajā ceturtdienā bijušajā pasta ēkā.'],
 'C4.3': ['Pagājušajā ziemā, kad pagasta ceļus ilgi netīrīja, mūsu biedri ar diviem traktoriem paši izšķūrēja ceļu līdz autobusa pieturai un vecajiem ļaudīm uz viensētām.'],
 'C5.2': ['Mūsu rīkotajos vakaros piedalās gan seniori, gan jaunās ģimenes, kas pēdējos gados pārcēlušās uz Kurmāli no Rīgas un Kuldīgas.'],
 'C6.3': ['2023. gadā piedalījāmies Kuldīgas novada pašvaldības NVO projektu konkursā un par iegūtajiem 1500 eiro uzstādījām soliņus pie pagasta bibliotēkas.'],
}, notes={
 'C3.1': 'Only about others (Kuldīga\'s tourism brand, Rumba\'s cooperative "bet mūsu pagastā līdz šim tāda nav"); the table row restates the criterion.',
 'C3.2': 'Neighbouring Snēpele\'s community centre, denied for Kurmāle ("bet Kurmālē tāda centra nav"); newspaper quote about Kuldīga\'s coworking.',
 'C3.3': 'Only the EC definition (digital technologies) and Snēpele\'s digital classes; no own technology.',
 'C4.2': 'Restates the criterion ("Kopiena apzinās savas vērtības un to, kas to padara unikālu.") without facts.',
 'C4.4': 'Board decision ("pieņēma biedrības valde").',
 'C5.1': 'Only the expert\'s quote and "Sk. eksperta citātu".',
 'C5.3': 'Denied ("Vietējie uzņēmēji un skola ... netiek iesaistīti"); waste removal by the pārvalde is future maintenance.',
 'C5.4': 'Restates the criterion ("Kopiena spēj raksturot informācijas apriti ...").',
 'C6.1': 'Only a claim ("Resursi ir apzināti pilnībā ...") with no resource named.',
 'C6.2': 'Claim only; no resource identified.',
 'C6.4': 'Only planned ("Plānojam piesaistīt sponsorus").',
})

D['E14'] = dict(name='Biedrība „Gudenieku saime” (Gudenieki) – self-assessment table + residents\' meeting minutes', archive='E14.zip', ev={
 'C1': ['Biedrība „Gudenieku saime” apvieno Gudenieku ciema un pagasta iedzīvotājus – 38 biedrus no 19 mājsaimniecībām, kā arī bijušos gudeniekus, kas tagad dzīvo Kuldīgā.'],
 'C2': ['Mūsu mērķis ir, lai Gudeniekos arī pēc 20 gadiem dzīvotu ģimenes ar bērniem un lai neviens sirmgalvis nepaliktu bez palīdzības.'],
 'C3.2': ['Kopš 2023. gada bijušajā bibliotēkas ēkā darbojas „Gudenieku māja” – kopienas centrs, kuru pārvalda paši iedzīvotāji, pēc kārtas dežūrējot, un kurā ir apģērbu apmaiņas punkts un jauniešu istaba.'],
 'C4.1': ['Biedrību vada četru cilvēku valde, bet „Gudenieku mājas” dežūru grafikā ir ierakstījušies 26 iedzīvotāji, arī tādi, kas nav biedri.'],
 'C4.2': ['Gudenieki lepojas ar ozolu birzi pie Gudenieku baznīcas un ar to, ka pagastā jau 40 gadus ik vasaru notiek „Ozolu svētki”; 2023. gada sapulcē kā savas vērtības nosaucām kaimiņu izpalīdzību, uzticēšanos un rūpes par dabu.'],
 'C4.3': ['Kad 2022. gada decembrī vētra uz trim dienām atstāja pagastu bez elektrības, biedri paši apbraukāja visus vientuļos sirmgalvjus, izvadāja malku un siltu ēdienu, un „Gudenieku mājā” ar ģeneratoru iekārtojām vietu, kur uzlādēt telefonus.'],
 'C4.4': ['„Gudenieku mājas” darba laikus un noteikumus 2023. gada martā izvēlējās iedzīvotāju sapulce ar balsojumu, un arī par šo projektu lēma iedzīvotāju sapulce 2024. gada 21. septembrī (protokols pielikumā).',
          'Balsojums: par ideju (a) – 38, par ideju (b) – 7, atturas – 2.'],
 'C5.1': ['Ziemā „Gudenieku mājā” pagasta vecākie vīri māca jauniešiem pīt grozus un siet slotas, un novadpētniece Rita Ābola kopā ar skolēniem ir izveidojusi Gudenieku māju vārdu karti.'],
 'C5.2': ['Jauniešu istabā pēc skolas satiekas gan vietējie jaunieši, gan trīs ukraiņu pusaudži, bet seniori tur katru trešdienu spēlē galda spēles kopā ar bērniem.'],
 'C5.3': ['Pagasta pārvalde mums bez maksas nodevusi lietošanā bijušās bibliotēkas ēku, Gudenieku draudze kopā ar mums sagatavo Ziemassvētku pakas senioriem, un Gudenieku pamatskolas skolotāja reizi nedēļā jauniešu istabā vada mākslas pulciņu.'],
 'C5.4': ['Iekšēji sazināmies WhatsApp grupā „Gudenieki” (112 dalībnieki), bet svarīgākos paziņojumus izliekam arī „Gudenieku mājas” logā; pēc mūsu novērojumiem WhatsApp ziņas sasniedz gandrīz visas ģimenes, bet senioriem labāk der paziņojums logā.'],
 'C6.1': ['Mūsu resursi: „Gudenieku mājas” ēka (150 m²), ģenerators un skaņas tehnika; 0,3 ha dārzs pie ēkas; biedru naudas ap 720 eiro gadā; biedru vidū ir galdnieks, medmāsa un divi skolotāji; 38 biedri un 26 dežuranti; unikālais resurss – Gudenieku ozolu birzs.'],
}, notes={
 'C3.1': 'Only the criterion restated as the answer ("Kopienā tiek ieviestas inovācijas uzņēmējdarbībā un teritorijas mārketingā."); the LAG\'s description column is form text.',
 'C3.3': 'Only points claimed ("Atbilst pilnībā.").',
 'C6.2': 'The criterion restated as the answer; no resource is explicitly tied to the stated goal.',
 'C6.3': 'Denied ("līdz šim neesam piedalījušies"); Lielā talka only proposed for next year in the minutes.',
 'C6.4': 'Only hoped for ("Nākotnē ceram atrast sadraudzības ciemu"); partners abroad only proposed in the minutes.',
})

D['E15'] = dict(name='Biedrība „Rumbas pagasta ļaudis” (Rumba) – weakened association, many denials', archive='E15.zip', ev={
 'C1': ['Biedrība „Rumbas pagasta ļaudis” ir Rumbas pagasta iedzīvotāju biedrība, kurā darbojas 20 biedri; to 2015. gadā nodibināja vietējie iedzīvotāji, lai saglabātu pagasta kultūras dzīvi.'],
 'C2': ['Mūsu mērķis ir atjaunot Rumbas pagasta kopienas dzīvi, lai pagasts nekļūtu tikai par Kuldīgas guļamrajonu un lai cilvēki, kas šeit dzīvo, atkal justos kā viena kopiena.'],
 'C4.1': ['Biedrības darbu vada trīs cilvēku valde, un biedri tiekas reizi mēnesī.',
          'Biedrībā ir 20 biedri un valde, taču aktīvi darbojas tikai seši.'],
 'C4.2': ['Rumbenieki lepojas ar Rumbas muižas parku, ar savu amatierteātri „Rumbas rampa”, kas spēlē jau 50 gadus, un ar to, ka pagastā joprojām runā par „mūsu Rumbu”, nevis par Kuldīgas priekšpilsētu.'],
 'C6.1': ['Mūsu rīcībā ir 40 krēsli un četri saliekamie galdi, ko biedrība iegādājās 2016. gadā, kā arī amatierteātra dekorācijas un tērpi.',
          'Finanšu resursi ir biedru naudas – ap 600 eiro gadā.',
          'Biedru vidū ir teātra režisore, grāmatvede un divi celtnieki, kas var palīdzēt ar remontu.',
          'Amatierteātra „Rumbas rampa” 30 aktieri ir mūsu lielākais cilvēkresurss.'],
}, notes={
 'C3.1': 'Denied across the contrast ("Kuldīgā darbojas vairāki kooperatīvi un e-veikali, bet mūsu pagastā tādu nav.").',
 'C3.2': 'Time bank abandoned in 2023; "Kopienas centra mums nav."; retrying is only conditional.',
 'C3.3': 'Denied ("Pagastā nav ieviesti jauni digitālie risinājumi.").',
 'C4.3': 'Denied ("Talkas pēdējos gados nav notikušas").',
 'C4.4': 'Denied (no residents\' meetings for three years; the board decided); "Vajadzētu atkal sākt rīkot" is a wish.',
 'C5.1': 'Denied across the contrast ("... amatnieku centrā notiek meistarklases, bet mums tādu nav.").',
 'C5.2': 'Denied ("Jauniešus un jaunās ģimenes līdz šim neesam spējuši iesaistīt.").',
 'C5.3': 'Denied ("Ar skolu un uzņēmējiem sadarbības pagaidām nav."); the request to the municipality is still pending.',
 'C5.4': 'Denied (no website; the Facebook page "kopš 2021. gada netiek uzturēta").',
 'C6.2': 'Resources are listed but not tied to the goal; future use of the rooms is only conditional.',
 'C6.3': 'Denied ("nav piedalījusies LEADER vai citos valsts finansētos projektos").',
 'C6.4': 'Denied ("Sponsorus vēl neesam atraduši, un sadarbības partneru ārpus pagasta mums nav.").',
})

D['E16'] = dict(name='Biedrība „Padures Pūce” (Padure) – village newsletter (HTML) + partnership agreement', archive='E16.tar.gz', ev={
 'C1': ['Izdod biedrība „Padures Pūce” – Padures pagasta iedzīvotāju biedrība',
        '„Padures Ziņas” ir mūsu pagasta kopienas avīze, ko jau sesto gadu raksta un iekārto brīvprātīgie, un tā nonāk katrā no 310 Padures pagasta mājsaimniecībām.'],
 'C2': ['Mūsu kopīgā vīzija, ko pierakstījām 2022. gada kopienas darbnīcās, ir šāda: Padure 2035. gadā ir pagasts, kurā amatu prasmes, sakopta vide un labi kaimiņi dod iemeslu šeit palikt un atgriezties.'],
 'C3.2': ['Kopš 2023. gada Padurē ir kopienas automašīna, ko 22 iedzīvotāji lieto pēc kopīga grafika, visbiežāk braucieniem pie ārsta, uz aptieku un uz Kuldīgas tirgu.',
          'Mašīnu pārvalda trīs brīvprātīgie „auto sargi”, bet degvielu katrs brauciena dalībnieks apmaksā pēc nobrauktajiem kilometriem.'],
 'C4.1': ['Biedrībā šobrīd ir 58 biedri, to vada piecu cilvēku valde, un katram lielākam darbam – avīzei, kopienas auto un nometnei – ir sava darba grupa.'],
 'C4.2': ['Padurnieki jau sen sevi smejot dēvē par pūcēm, jo muižas parka vecajos ozolos ligzdo urālpūces, un pūce ir arī uz mūsu biedrības karoga.',
          'Aptaujā, ko rīkojām pērn, padurnieki kā savas vērtības visbiežāk nosauca kaimiņu izpalīdzību, amatu prasmes un klusumu, bet par Padures unikālo lietu – muižas parku un dzirnavu ezeru.'],
 'C4.3': ['Biedrības biedri nedēļas laikā paši savāca 1100 eiro jaunam sūknim, un elektriķis Raitis Kalējs to uzstādīja divās dienās.'],
 'C4.4': ['Sapulcē apsprieda trīs idejas biedrības LEADER projektam, un pēc diskusijas 35 klātesošie nobalsoja par amatu darbnīcas ierīkošanu Padures muižas klētī, 11 – par bērnu laukumu, 6 – par āra trenažieriem.',
          'Valde šo lēmumu pieņēma bez grozījumiem, un projekts oktobra beigās tiks iesniegts biedrībā „Kuldīgas partnerība”.'],
 'C5.1': ['Jūlijā muižas klētī notika jau trešā nometne „Padures amati”, kurā pagasta vecmeistari mācīja 18 bērniem kalt, vērpt, pīt grozus un cept rupjmaizi.'],
 'C5.2': ['Kopā ar vietējiem bērniem nometnē piedalījās arī trīs ukraiņu bērni, kas šobrīd dzīvo Padurē, un divi bērni ar kustību traucējumiem, kuriem brīvprātīgie palīdzēja pārvietoties pa muižas teritoriju.'],
 'C5.3': ['Amatu darbnīcas ieceri kopā ar mums gatavo Padures pamatskola, kuras skolēni darbnīcā apgūs mājturību, un SIA „Padures dzirnavas”, kas apņēmās darbnīcai piegādāt miltus; sadarbības līgums parakstīts 10. oktobrī.',
          'Pagasta pārvalde mums jau iznomā klēti un palīdzēja sagatavot projekta dokumentus.'],
 'C5.4': ['Ātrākās ziņas padurnieki saņem biedrības WhatsApp grupā, kurā ir 164 dalībnieki, bet plašāku informāciju ievietojam mājaslapā padurespuce.lv un šajā avīzē.',
          'Pērnā gada aptauja parādīja, ka avīzi lasa gandrīz visi seniori, bet WhatsApp – gandrīz visi jaunāki par 50 gadiem, tāpēc svarīgākās ziņas vienmēr liekam abos kanālos.'],
 'C6.1': ['tehniskie resursi – kopienas automašīna, pārvietojama nojume, 60 krēsli, biedru instrumenti un kalēja ēze;',
          'zināšanas un kompetences – kalējs, divas vērpējas, grozu pinējs, maiznieks un grāmatvede;',
          'unikālie resursi – muižas parks ar urālpūču ligzdām un dzirnavu ezers.'],
 'C6.2': ['Muižas klēts un mūsu amatnieku prasmes jau tagad kalpo kopīgajai vīzijai: klētī katru vasaru notiek nometne „Padures amati”, kur vecmeistari nodod savu prasmi bērniem.'],
 'C6.3': ['Nometni atbalstīja Kuldīgas novada pašvaldības jauniešu iniciatīvu konkurss, bet maizes krāsni nometnei aizdeva SIA „Padures dzirnavas”.',
          'Biedrība jau trešo gadu piedalās Lielajā talkā, un šogad sakopām dzirnavu ezera krastu.'],
 'C6.4': ['Automašīnu biedrība nopirka par ziedojumiem, kurus lielākoties saziedoja Padurē dzimušie, kas tagad dzīvo Norvēģijā un Īrijā.'],
}, notes={
 'C3.1': 'Only an advert by SIA „Padures dzirnavas” (e-shop, tourism route „Dzirnavu ceļš”).',
 'C3.3': 'Wireless internet and smart lamps only planned ("Nākamgad biedrība plāno ...").',
})


def main():
    out = {}
    for sid, d in D.items():
        ind, ev, notes = {}, {}, {}
        for k in IND:
            if k in d['ev']:
                ind[k] = 'present'
                ev[k] = d['ev'][k]
            else:
                ind[k] = 'absent'
                notes[k] = d['notes'][k]
        out[sid] = {'name': d['name'], 'archive': d['archive'], 'indicators': ind,
                    'evidence': ev, 'notes': notes}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'labels.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for sid, v in out.items():
        print(sid, sum(1 for x in v['indicators'].values() if x == 'present'))


if __name__ == '__main__':
    main()
