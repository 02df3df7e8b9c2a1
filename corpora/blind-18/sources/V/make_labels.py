#!/usr/bin/env python3
"""Write ../labels.json. Each submission: present indicators with verbatim evidence,
absent ones with a short reason. Run check.py afterwards."""
import json
import os

IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

S = {}


def sub(vid, name, archive, evidence, notes):
    assert not set(evidence) & set(notes), vid
    assert set(evidence) | set(notes) == set(IND), (vid, set(IND) - set(evidence) - set(notes))
    S[vid] = {
        "name": name,
        "archive": archive,
        "indicators": {k: ("present" if k in evidence else "absent") for k in IND},
        "evidence": {k: evidence[k] for k in IND if k in evidence},
        "notes": {k: notes[k] for k in IND if k in notes},
    }


# ---------------------------------------------------------------- V01 strong
sub("V01", 'Biedrība "Ēdoles ciema kopiena" (Ēdole) – application form + assembly minutes', "V01.zip", {
    "C1": ['Mūsu biedrība apvieno Ēdoles ciema un tuvējo viensētu iedzīvotājus – šobrīd 54 biedrus, kurus vieno kopīga dzīvesvieta pie Ēdoles pils un ezera, kā arī vēlme, lai ciems nepaliktu tukšs.'],
    "C2": ['Mūsu vīzija ir, lai 2030. gadā Ēdole būtu ciems, kurā jaunās ģimenes izvēlas palikt, senioriem pakalpojumi pieejami uz vietas un katrs iedzīvotājs zina, kur var iesaistīties.'],
    "C3.1": ['Kopš 2022. gada darbojas mūsu biedru izveidotais kooperatīvs "Ēdoles labumi", kas tiešās tirdzniecības ceļā katru ceturtdienu piegādā septiņu vietējo saimniecību produktus pircējiem Kuldīgā un Ventspilī; pasūtījumus pieņemam tiešsaistes veidlapā.'],
    "C3.2": ['Vecajā pasta ēkā kopš 2023. gada darbojas kopienas māja ar kopstrādes telpu, kurā attālināti strādā pieci ciema iedzīvotāji, bet vakaros tur notiek pulciņi un sanāksmes.'],
    "C3.3": ['Kopienas mājā ierīkojām optisko internetu un divas publiskās datoru darbavietas, un 2024. gada ziemā 28 seniori mūsu rīkotajās digitālo prasmju nodarbībās apguva e-paraksta un internetbankas lietošanu.'],
    "C4.1": ['Biedrību vada piecu cilvēku valde, un darba grupās – "Kopienas māja", "Labumi" un "Jaunieši" – ikdienā iesaistās vairāk nekā 30 biedru.'],
    "C4.2": ['Mēs lepojamies ar Ēdoles pils parku un ezeru, ar Ēdoles rudzu maizi, ko joprojām cep pēc vecmāmiņu receptēm, un ar to, ka šeit cilvēki viens otru sveicina vārdā.',
             'Mūsu vērtības ir kaimiņu izpalīdzība, uzticēšanās un rūpes par kopīgo vidi.'],
    "C4.3": ['Kad 2023. gada oktobrī vētra nogāza kokus uz ceļa uz ezeru, iedzīvotāji jau nākamajā rītā paši sanāca ar motorzāģiem un ceļu iztīrīja, vēl pirms ieradās pagasta tehnika.',
             'Ik pavasari un rudeni rīkojam talkas ezera krastā un pils parkā, un pēc katras talkas valde publicē paveiktā sarakstu.'],
    "C4.4": ['Par to, kā izmantot kopienas mājas telpas un šī projekta līdzekļus, lēma biedru kopsapulce 2024. gada 9. novembrī, kurā visi 41 klātesošais biedrs nobalsoja par projekta ideju.',
             'Pirms tam aptaujājām 112 mājsaimniecības, un tieši aptaujas rezultātā projektā iekļāvām bērnu stūrīti, ko sākotnēji nebijām paredzējuši.',
             'Nolēma: atbalstīt projekta iesniegšanu biedrības "Ventas krasta partnerība" izsludinātajā konkursā, iekļaujot tajā bērnu stūrīti, un līdzfinansējumam novirzīt 1280 eiro no biedrības līdzekļiem.'],
    "C5.1": ['Ziemā kopienas mājā notiek meistarklases, kurās vietējās audējas māca jauniešiem aust Kurzemes jostas, un novadpētnieces Ilzes Bērziņas vadībā esam pierakstījuši 60 vecāko iedzīvotāju atmiņu stāstus, kas glabājas kopienas mājā un ir lasāmi arī tiešsaistē.'],
    "C5.2": ['Kopienas mājas pasākumos satiekas visas paaudzes: seniori, jaunās ģimenes un jaunieši, un divas ukraiņu ģimenes, kas Ēdolē dzīvo kopš 2022. gada, piedalās gan talkās, gan latviešu valodas sarunu vakaros.'],
    "C5.3": ['Sadarbojamies ar Ēdoles pamatskolu, pagasta pārvaldi, Ēdoles bibliotēku un zemnieku saimniecību "Lejnieki", kas bez maksas dod tehniku talkām.'],
    "C5.4": ['Informācija ciemā aprit trīs veidos: WhatsApp grupā "Ēdoles ziņas" ir 180 dalībnieku, Facebook lapai ir 620 sekotāju, bet senioriem, kas nelieto viedtālruņus, ziņas izliekam uz ziņojumu dēļa pie veikala un ienesam pastkastītēs.',
             'Pēc mūsu vērtējuma visātrāk strādā WhatsApp grupa – par talku no tās uzzina vairāk nekā puse dalībnieku, bet ziņojumu dēlis joprojām ir vienīgais kanāls, kas sasniedz vecākos ļaudis.'],
    "C6.1": ['kopienas māja (120 m²), divas datoru darbavietas, pārvietojamā skatuve un skaņu aparatūra',
             'Ēdoles pils parks, ezera peldvieta, ciema laukums pie kopienas mājas',
             'biedru naudas, kooperatīva atskaitījumi un ziedojumi – ap 5000 eiro gadā',
             'audējas, novadpētniece, divi IT speciālisti, pieredzējis projektu vadītājs',
             '54 biedri, no tiem ap 20 aktīvu brīvprātīgo',
             'Ēdoles pils ansamblis un Ēdoles rudzu maizes recepte'],
    "C6.2": ['Kopienas māju un tās optisko internetu izmantojam tieši mūsu mērķim – lai jaunās ģimenes varētu strādāt attālināti un paliktu Ēdolē.'],
    "C6.3": ['Jau 2021. gadā ar LEADER atbalstu iegādājāmies pārvietojamo skatuvi, bet 2023. gadā ar Sabiedrības integrācijas fonda NVO fonda finansējumu atjaunojām kopienas mājas telpas.',
             'Katru gadu piedalāmies arī Lielajā talkā.'],
    "C6.4": ['Kopienas mājas remontā palīdzēja 12 brīvprātīgie no Kuldīgas un Rīgas, bet divus datorus ziedoja SIA "Datu osta".',
             'Kopš 2019. gada mūsu biedrība sadarbojas ar Igaunijas ciema Vastse-Kuuste kopienu, un abu ciemu jaunieši katru vasaru dodas viens pie otra ciemos.'],
}, {})

# ---------------------------------------------------------------- V02 strong
sub("V02", 'Biedrība "Rendas saiets" (Renda) – application form (ODT) + saved Facebook page', "V02.tar.gz", {
    "C1": ['Biedrība "Rendas saiets" dibināta 2016. gadā, un tajā apvienojušies 67 Rendas ciema un pagasta iedzīvotāji – no skolēniem līdz pensionāriem –, kuriem rūp, lai Renda būtu dzīva un kopta vieta.'],
    "C2": ['Mūsu kopīgā vīzija ir "Renda – ciems, kur laiks ir vērtība": ciems, kurā cilvēki palīdz viens otram, kur jebkuru pakalpojumu var saņemt tuvu mājām un kur jaunieši redz savu nākotni.'],
    "C3.1": ['Kopā ar četrām vietējām saimniecībām esam izveidojuši kopīgu zīmolu "Rendas gardumi" un 28 km garu velo tūrisma maršrutu "Abavas loks", ko kopš 2023. gada savos materiālos iekļauj arī Kuldīgas tūrisma attīstības centrs.'],
    "C3.2": ['Kopš 2023. gada marta darbojas Rendas laika banka, kurā 46 dalībnieki apmainās ar stundām – viens palīdz ar malku, cits pieskata bērnus vai iestata datoru –, un līdz šim kopā apmainītas vairāk nekā 900 stundas.'],
    "C3.3": ['Pie Abavas tilta uzstādījām ūdens līmeņa sensoru, kura dati reāllaikā redzami biedrības mājaslapā, un 2024. gada pavasara palos iedzīvotāji pēc tiem laikus pārvietoja laivas un malku; sensora datu apskati mūsu jaunieši iemācīja 30 ciema iedzīvotājiem.'],
    "C4.1": ['Biedrībai ir četru cilvēku valde un trīs darba grupas (laika banka, svētki, vide), kuru vadītāji reizi mēnesī tiekas ar valdi.'],
    "C4.2": ['Paši sevi saucam par "abavniekiem": mūs vieno upe, senlejas daba un kopīgi svētki.',
             'Par savām vērtībām uzskatām savstarpēju uzticēšanos, atklātību un gatavību palīdzēt, un katru gadu Jāņu naktī visi sanākam pie Abavas uz kopīgu ugunskuru – šī tradīcija nav pārtrūkusi kopš 1990. gada.'],
    "C4.3": ['Lielās lietas darām paši: 2024. gada vasarā 22 iedzīvotāji divās nedēļas nogalēs atjaunoja pussabrukušo laivu piestātni pie Abavas, kokmateriālus sarūpējot no savām saimniecībām.',
             'Divas nedēļas nogales, 22 cilvēki un ļoti daudz kafijas – laivu piestātne pie Abavas ir atjaunota!'],
    "C4.4": ['Kopš 2022. gada katru rudeni rīkojam līdzdalības budžetu: iedzīvotāji iesniedz idejas, un par tām balso visi rendenieki no 14 gadu vecuma; 2024. gadā balsoja 131 cilvēks, un ar 63 balsīm uzvarēja e-pakalpojumu punkta ideja, ko iesniedzam šajā projektā.',
             'Balsojums noslēdzies: piedalījās 131 rendenieks, un ar 63 balsīm uzvarēja e-pakalpojumu punkts tautas namā.'],
    "C5.1": ['Tautas namā darbojas "Rendas pūralāde" – rokdarbnieču kopa, kur vecākās audējas un adītājas nodod rakstus un tehnikas jaunākajām, un kopš 2021. gada sadarbībā ar Kuldīgas novada muzeju esam digitalizējuši 240 vecas fotogrāfijas no rendenieku ģimeņu albumiem.'],
    "C5.2": ['Laika bankā un svētkos līdzās darbojas seniori, jaunieši un jaunās ģimenes, bet četri biedri ar kustību traucējumiem strādā par laika bankas koordinatoriem, kas pa tālruni saved kopā palīdzības prasītājus un sniedzējus.'],
    "C5.3": ['Mūsu sadarbības partneri ir Rendas pamatskola, pagasta pārvalde, Rendas bibliotēka, Rendas evaņģēliski luteriskā draudze un trīs vietējie uzņēmēji, kas kopā ar mums rīko svētkus un atbalsta laika banku.'],
    "C5.4": ['Informācija kopienā aprit caur biedrības Facebook lapu (870 sekotāju), WhatsApp grupu "Renda runā" un mājaslapu rendassaiets.lv; reizi ceturksnī izdodam drukāto "Saieta lapu", ko bibliotēka un veikals izdala tiem, kam nav interneta.',
             'Katru gadu novērtējam kanālu sasniedzamību – 2024. gadā Facebook ieraksti vidēji sasniedza 1400 cilvēku, bet drukātā lapa – ap 150 mājsaimniecību.'],
    "C6.1": ['Biedrība ir apzinājusi savus resursus: tehniskos (tautas nama pirmā stāva telpa, pieci datori, skaņas aparatūra, biedrības piekabe), teritoriālos (Abavas krasts ar piestātni, ciema parks), finanšu (biedru naudas un līdzdalības budžeta fonds – 3000 eiro gadā), zināšanas un kompetences (divi programmētāji, grāmatvede, gids), cilvēkresursus (67 biedri un ap 25 brīvprātīgo) un unikālo resursu – Abavas senleju ar tās dabu un stāstiem.'],
    "C6.2": ['Līdzdalības budžeta fondu tērējam tikai tām idejām, kas tuvina mūsu vīziju, un 2024. gadā tas pilnībā novirzīts e-pakalpojumu punktam, lai jebkuru pakalpojumu rendenieki varētu saņemt tuvu mājām.'],
    "C6.3": ['Biedrība īstenojusi trīs LEADER projektus (2017., 2019. un 2022. gadā), un 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām grāmatu "Rendas stāsti".'],
    "C6.4": ['Laika bankas tiešsaistes rīku mums bez maksas izstrādāja un uztur Rīgas IT uzņēmuma "Kodolskola" brīvprātīgie, bet kopš 2022. gada esam Latvijas Lauku foruma kopienu tīkla dalībnieki un dalāmies pieredzē ar laika bankām Igaunijā.'],
}, {})

# ---------------------------------------------------------------- V03 strong
sub("V03", 'Biedrība "Vārmes saime" (Vārme) – application form with criteria table + school support letter', "V03.zip", {
    "C1": ['Mēs esam Vārmes ciema un Vārmes pagasta ļaudis, kas kopš 2015. gada darbojas biedrībā "Vārmes saime".'],
    "C2": ['Mēs gribam, lai pēc desmit gadiem Vārme būtu dzīvs amatu ciems, kur jaunieši var apgūt arodu tepat uz vietas un kur vecie meistari nejūtas lieki.'],
    "C3.1": ['Mūsu biedrības izveidotais sociālais uzņēmums SIA "Vārmes darbnīca" kopš 2022. gada pārdod koka izstrādājumus e-veikalā un nodarbina divus cilvēkus ar invaliditāti.'],
    "C3.2": ['Kopš 2023. gada ciemā darbojas "instrumentu bibliotēka" – kopīgs instrumentu krājums, no kura ar vienu telefona zvanu katrs iedzīvotājs var aizņemties zāles pļāvēju, kāpnes vai urbjmašīnu.'],
    "C3.3": ['2024. gada pavasarī kopā ar Kuldīgas Tehnoloģiju un tūrisma tehnikumu uzstādījām uz darbnīcas jumta 10 kW saules paneļus, un tagad darbnīcas elektrību gandrīz pilnībā saražojam paši.'],
    "C4.1": ['Biedrībā ir 38 biedri un trīs cilvēku valde, bet katram virzienam – darbnīcai, instrumentu bibliotēkai un svētkiem – ir savs atbildīgais.'],
    "C4.2": ['Vārmē mēs paši sevi saucam par "meistaru ciemu": te vienmēr bijuši kalēji, galdnieki un audējas, un šo prasmju cienīšana ir mūsu lielākā vērtība.'],
    "C4.3": ['Kad pērn rudenī saplīsa ciema ūdenstorņa sūknis un remonts bija solīts tikai pēc mēneša, trīs ciema vīri to izjauca, atveda rezerves daļas no Kuldīgas, un ūdens mājās bija jau otrajā dienā.',
             'Aptiekas ēkas jumtu 2023. gadā pārklājām paši – sešās sestdienās strādāja 19 cilvēki.'],
    "C4.4": ['Darbnīcas iekārtojumu izvēlējās paši iedzīvotāji: 2024. gada augustā izsūtījām anketu visām 212 mājsaimniecībām, atbildēja 97, un tieši pēc aptaujas rezultātiem kopsapulce nolēma vispirms iekārtot kokapstrādes, nevis šūšanas darbnīcu.'],
    "C5.1": ['Vecais kalējs Jānis Ozols katru otro sestdienu rāda puišiem, kā kalt naglas un eņģes, un pa šīm trim vasarām viņa mācekļi jau paši izkaluši visas aptiekas durvju eņģes.'],
    "C5.2": ['Darbnīcā kopā strādā gan pensionāri, gan pusaudži, un katru trešdienu tajā nāk Vārmes sociālās aprūpes centra klienti.',
             'Mūsu biedrības izveidotais sociālais uzņēmums SIA "Vārmes darbnīca" kopš 2022. gada pārdod koka izstrādājumus e-veikalā un nodarbina divus cilvēkus ar invaliditāti.'],
    "C5.3": ['Vārmes pamatskola darbnīcā vada mājturības stundas, pagasta pārvalde sedz ēkas apkuri, bet Vārmes luterāņu draudze mums aizdod savu saimes namu lielākiem pasākumiem.'],
    "C5.4": ['Par jaunumiem ziņojam biedrības Facebook lapā un ciema WhatsApp grupā, bet katra mēneša pirmajā pirmdienā izdodam vienas lapas "Vārmes Vēstuli", ko biedri iznēsā pa mājām.',
             'Aptaujā 70 % iedzīvotāju atzina, ka par pasākumiem uzzina tieši no vēstules, tāpēc to turpināsim arī turpmāk.'],
    "C6.1": ['Mūsu resursi ir: aptiekas ēka (180 m²) un darbnīcas instrumenti (tehniskie), 2 ha liels parks ciema centrā (teritoriālie), biedru naudas un saimnieciskās darbības ienākumi – ap 4000 eiro gadā (finanšu), kalēja, galdnieku un audēju prasmes (zināšanas un kompetences), 38 biedri un 15 regulāri brīvprātīgie (cilvēkresursi), kā arī 19. gadsimta aptiekas interjers, kāds Kurzemē saglabājies tikai retā vietā (unikālais resurss).'],
    "C6.2": ['Vecās aptiekas ēka ir vienīgā brīvā telpa ciema centrā, tāpēc tieši to izmantojam mūsu mērķim – lai jauniešiem būtu, kur pulcēties un mācīties amatus tepat Vārmē.'],
    "C6.3": ['Biedrība īstenojusi divus LEADER projektus (2018. un 2021. gadā), bet 2023. gadā piedalījāmies Latvijas Lauku foruma kampaņā "Kopienu nedēļa", kuras laikā darbnīcu apmeklēja 140 viesu.'],
    "C6.4": ['Pagājušajā vasarā darbnīcā divas nedēļas strādāja 14 studenti no Rīgas Tehniskās universitātes un Gentes universitātes (Beļģija), kuri kopā ar mums uzmērīja aptieku un sagatavoja pārbūves skices.',
             'Vārmes novadnieki, kas dzīvo Īrijā, pērn saziedoja 3200 eiro jaunajām durvīm un logiem.'],
}, {})

# ---------------------------------------------------------------- V04 company, very weak
sub("V04", 'SIA "Kabiles dzirnavas" (Kabile) – a company, application form', "V04.zip", {
    "C3.1": ['Kopš 2022. gada darbojas mūsu e-veikals, kurā pircēji var pasūtīt miltus, putraimus un pankūku maisījumus ar piegādi pakomātos visā Latvijā; e-veikals šobrīd dod 40 % no apgrozījuma.',
             'Sestdienās dzirnavās darbojas tiešās tirdzniecības punkts, kur miltus var iegādāties tieši no dzirnavnieka.'],
    "C3.3": ['Savukārt 2023. gadā uz dzirnavu noliktavas jumta uzstādījām 15 kW saules paneļu sistēmu, kas vasaras mēnešos pilnībā nodrošina dzirnavu elektroenerģijas patēriņu.'],
}, {
    "C1": "Applicant is a company (SIA); Kabile is named only as its location – it does not present itself as the village's community. The village association \"Kabiles kopiena\" is another body, and the company is not involved in it.",
    "C2": "Only the company's business goal (best-known flour producer, export) and the project's technical aim (+35 % turnover, one job) – no community goal or vision.",
    "C3.2": "Nothing shown.",
    "C4.1": "A family company with employees; no organised body of residents (\"Kabiles kopiena\" is another organisation: \"uzņēmums tās darbā nav iesaistīts\").",
    "C4.2": "No values or identity; \"vērtība\" appears only as the balance-sheet value of the mill (other word sense).",
    "C4.3": "No community self-organisation; the company's own risk management is not C4.3.",
    "C4.4": "Decision taken by the company board (\"pieņēma SIA valde\"); the sentence on residents deciding together is a general definition of a smart village.",
    "C5.1": "Nothing about knowledge or heritage being passed on; the owner buying and restoring the mill building is a business investment.",
    "C5.2": "Nothing; customers being residents and tourists is not integration of groups.",
    "C5.3": "Denied: \"Uzņēmums pašlaik nesadarbojas ne ar pašvaldību, ne ar skolām vai nevalstiskajām organizācijām\".",
    "C5.4": "No information space of a community described.",
    "C6.1": "Non-answer: \"Uzņēmuma resursi – skatīt pielikumā.\" – no such annex is in the submission or the annex list.",
    "C6.2": "No identified resources and no community goal (needs C6.1 and C2).",
    "C6.3": "Denied: \"Iepriekš uzņēmums Eiropas Savienības fondu vai LEADER atbalstu nav saņēmis.\"; the closing sentence only restates the strategy's wording.",
    "C6.4": "Cooperative with grain growers only conditional and denied (\"varētu ... taču pašlaik šādas sadarbības nav\"); grain-purchase contracts are ordinary trade and the talks with bakeries are not concluded.",
})

# ---------------------------------------------------------------- V05 very weak
sub("V05", 'Biedrība "Nīkrāces jaunieši" (Nīkrāce) – new youth association, application form', "V05.zip", {
    "C1": ['Mēs esam Nīkrāces pagasta jaunieši vecumā no 15 līdz 25 gadiem, kas dzīvo pagasta centrā un apkārtējās mājās.'],
    "C2": ['Mūsu mērķis ir, lai jaunieši pēc skolas nepamestu Nīkrāci un gribētu šeit palikt vai atgriezties, jo pagastā ir, ko darīt.'],
    "C4.1": ['Biedrību 2024. gada jūlijā nodibināja deviņi Nīkrāces pagasta jaunieši, un to vada trīs cilvēku valde; pašlaik biedrībā ir 12 biedru.'],
}, {
    "C3.1": "Non-answer: \"Vēl tiek izstrādāti.\"",
    "C3.2": "Non-answer: \"Vēl tiek izstrādāti.\"; the youth room is only the project.",
    "C3.3": "Only conditional wishes: \"varētu ierīkot bezvadu internetu\", \"būtu labi, ja ... datorapmācības\", \"Vajadzētu izveidot ... mājaslapu\".",
    "C4.2": "\"Mēs apzināmies savu kopienas identitāti.\" restates the criterion with no fact.",
    "C4.3": "Denied: \"Talkas un citus kopīgus darbus vēl neesam rīkojuši\".",
    "C4.4": "Denied: \"Biedru kopsapulce vēl nav notikusi – lēmumu par projekta iesniegšanu pieņēma valde\" (board alone).",
    "C5.1": "Table cell is only \"—\".",
    "C5.2": "Only one group: \"Biedrībā darbojas tikai jaunieši.\"",
    "C5.3": "Denied: \"Pašlaik biedrība nesadarbojas ne ar skolu, ne ar pašvaldību.\"; the lease talks have not taken place yet.",
    "C5.4": "\"Skatīt pielikumā.\" with no such annex; \"Kā informēt ... vēl neesam izdomājuši\"; Instagram only wished (\"Būtu labi\").",
    "C6.1": "Non-answer: \"Nav apkopoti.\"",
    "C6.2": "No identified resources (needs C6.1).",
    "C6.3": "Denied: \"Biedrība vēl nav piedalījusies nevienā projektā vai programmā\".",
    "C6.4": "Denied: \"Sponsoru un sadarbības partneru mums pagaidām nav.\"; co-financing from the parish only planned (\"plāno piesaistīt\").",
})

# ---------------------------------------------------------------- V06 institution
sub("V06", 'Snēpeles pagasta bibliotēka (Kuldīgas novada pašvaldība) – a municipal institution, application form', "V06.zip", {
    "C3.3": ['Kopš 2023. gada rudens bibliotēkā notiek digitālo prasmju nodarbības, kurās 34 seniori jau iemācījušies lietot viedtālruni, e-pastu, Latvija.lv un internetbanku.'],
    "C5.1": ['Bibliotēkas novadpētniecības krājumā glabājam vairāk nekā 400 vienību par Snēpeles vēsturi – fotogrāfijas, vēstules un atmiņu pierakstus –, un ik gadu pamatskolas skolēni, izmantojot šos materiālus, kopā ar vecākajiem iedzīvotājiem sagatavo novadpētniecības izstādi.'],
    "C5.2": ['Nodarbībās jaunieši brīvprātīgie no Snēpeles pamatskolas palīdz senioriem apgūt viedtālruņus, un šīs tikšanās ir kļuvušas par iecienītu abu paaudžu satikšanās vietu.'],
    "C5.3": ['Bibliotēka digitālo prasmju nodarbības rīko kopā ar Snēpeles pamatskolu un Kuldīgas novada Sociālo dienestu, kura sociālā darbiniece uz nodarbībām palīdz atvest seniorus no attālākajām mājām.'],
    "C5.4": ['Par nodarbībām iedzīvotāji uzzina no pagasta informatīvā izdevuma "Snēpeles Ziņas", bibliotēkas Facebook lapas un afišām veikalā un pie pagastmājas; seniorus, kuri nelieto internetu, sociālā darbiniece informē pa tālruni.'],
    "C6.3": ['Bibliotēka katru gadu piedalās Latvijas Nacionālās bibliotēkas lasīšanas veicināšanas programmā "Bērnu, jauniešu un vecāku žūrija", bet 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu īstenojām projektu "Snēpeles atmiņu kamoliņš", kurā tika pierakstītas 25 senioru atmiņas.'],
    "C6.4": ['Divus datorus bibliotēkai 2023. gadā uzdāvināja SIA "Kurzemes IT", bet pirmās nodarbības brīvprātīgi vadīja divi IT studenti no Liepājas Universitātes.'],
}, {
    "C1": "Applicant is a municipal institution (library) that serves the parish's residents; it does not present itself as the community of Snēpele.",
    "C2": "Only the library's and the project's aims (everyone able to use e-services, computers used 20 h a week, buying 7 devices) – no community goal or vision.",
    "C3.1": "Nothing shown.",
    "C3.2": "\"Bibliotēka pilda arī kopienas centra lomu\" – a traditional institution hosting events, not a social innovation.",
    "C4.1": "Denied: \"Pagastā pašlaik nav reģistrētas biedrības vai iedzīvotāju iniciatīvas grupas\"; activities are run by the institution.",
    "C4.2": "\"Snēpeles iedzīvotāji ir atsaucīgi\" – no values or identity stated.",
    "C4.3": "No residents organising action themselves; everything is run by the library.",
    "C4.4": "Decision by the parish administration (\"pieņēma Snēpeles pagasta pārvalde\"), not by residents.",
    "C6.1": "Denied: \"Resursu apzināšana vēl nav veikta.\"",
    "C6.2": "No identified resources and no community goal.",
})

# ---------------------------------------------------------------- V07 no diacritics
sub("V07", 'Biedriba "Padures pagasta attistibai" (Padure) – application form typed without diacritics', "V07.tar.gz", {
    "C1": ['Musu biedriba dibinata 2014. gada, un taja darbojas 47 Padures ciema un pagasta iedzivotaji, kurus vieno rupes par to, lai neviens pagasta nepaliktu viens.'],
    "C2": ['Musu vizija ir Padure, kur ari vecs cilveks bez masinas var dzivot savas majas, jo kaimini un kopiena par vinu parup.',
           'Lidz 2028. gadam gribam panakt, lai katram pagasta iedzivotajam butu pieejams transports un palidziba sadzives lietas.'],
    "C3.2": ['Kops 2023. gada pavasara Padure darbojas musu laika banka "Padures plecs", kura 31 dalibnieks apmainas ar stundam - viens ved kaiminu pie arsta, cits palidz ar darzu vai nopirk zales, un par to sanem stundas, ko var iztret pats.'],
    "C4.1": ['Biedribu vada tris cilveku valde, bet laika banku koordine divas brivpratigas, kuras katru pirmdienu sazvana visus dalibniekus un sadala nedelas darbus.'],
    "C4.3": ['Kad 2024. gada janvari pec putena pagasta centra celi bija neizbraucami un vairaki seniori palika bez malkas un partikas, biedribas valde jau pirmaja vakara sastadija sarakstu, un 14 brivpratigie nakamaja diena ar saviem traktoriem un ragutinam izvadaja malku un iepirkumus 23 majam.'],
    "C4.4": ['Par projekta ideju lema biedribas kopsapulce 2024. gada 26. oktobri: tika apspriesti tris varianti (autobuss, pirts atjaunosana, rotalu laukums), un ar 29 balsim par, 4 pret un 2 atturoties iedzivotaji izveleja autobusu.'],
    "C5.2": ['Laika banka kopa darbojas seniori, jaunas gimenes un jauniesi: skolnieki pec stundam nes senioriem pastu, bet seniori par to pieskata mazakos bernus.'],
    "C5.4": ['Informacija par laika bankas darbiem aprit WhatsApp grupa "Padures plecs" (58 dalibnieki), bet tiem, kam nav viedtalruna, koordinatores zvana pa telefonu; svarigakos pazinojumus izliekam ari uz zinojumu dela pie veikala.'],
    "C6.3": ['Biedriba 2019. gada ar LEADER atbalstu atjaunoja Padures muizas parka estradi, bet 2021. gada piedalijamies Sabiedribas integracijas fonda programma "NVO fonds" ar projektu senioru atbalstam.'],
}, {
    "C3.1": "Abandoned: the 2022 cooperative – \"no sis idejas atteicamies\".",
    "C3.3": "Only wished: \"Butu labi ierikot ... bezvadu internetu un macit senioriem\" – \"tam pagaidam nav ne lidzeklu, ne cilveku\".",
    "C4.2": "\"Musu kopiena apzinas savu identitati un vertibas.\" restates the criterion with no fact.",
    "C5.1": "About the neighbour (Kuldiga museum masterclasses) and denied for the applicant: \"bet Padure sadas tradicijas nav\".",
    "C5.3": "Denied: \"Pagasta parvalde un skola musu aktivitates pagaidam netiek iesaistitas.\"; parking in the administration's garage is only planned.",
    "C6.1": "Non-answer: \"Nav apkopoti.\"",
    "C6.2": "No identified resources (needs C6.1).",
    "C6.4": "Denied and planned only: \"Sponsoru lidz sim nav bijis. ... planojam piesaistit sponsorus\"; the resident drivers are internal volunteers.",
})

# ---------------------------------------------------------------- V08 newsletter
sub("V08", 'Biedrība "Laidu ļaudis" (Laidi) – village newsletter "Laidu Lapa" + support letter from a Sabile association', "V08.zip", {
    "C1": ['Biedrībā šogad iestājās septiņi jauni biedri, tāpēc mūsu pulkā tagad ir 46 Laidu pagasta iedzīvotāji, un katrai darba jomai – vides sakopšanai, pasākumiem un avīzei – ir savs vadītājs.'],
    "C2": ['Mūsu mērķis nemainās: lai Laidi būtu vieta, kur ir labi dzīvot visās dzīves gadskārtās – lai bērniem ir kur spēlēties, strādājošajiem ir darbs tuvumā un vecajiem ļaudīm ir kompānija.'],
    "C4.1": ['Biedrībā šogad iestājās septiņi jauni biedri, tāpēc mūsu pulkā tagad ir 46 Laidu pagasta iedzīvotāji, un katrai darba jomai – vides sakopšanai, pasākumiem un avīzei – ir savs vadītājs.'],
    "C4.2": ['Laidu raksts – sarkani un zaļi zigzagi uz balta pamata – ir mūsu pagasta lepnums, un to var redzēt arī uz biedrības karoga.'],
    "C4.3": ['Maijā jau sesto gadu piedalījāmies Lielajā talkā, bet septembrī sapulcējāmies paši, bez jebkādas kampaņas, lai izzāģētu krūmus un salabotu soliņus vecās skolas parkā; atnāca 37 cilvēki, un darbu pabeidzām vienā dienā.'],
    "C5.1": ['Novembrī vecās skolas ēkā trīs sestdienas pēc kārtas Austra Liepiņa mācīja 11 sievām adīt Kurzemes cimdus ar Laidu rakstu, ko viņa pati savulaik iemācījās no savas vecmāmiņas.'],
    "C5.4": ['"Laidu Lapu" izdodam četras reizes gadā 250 eksemplāros un iznēsājam pa visām pagasta mājām, bet operatīvās ziņas lasāmas mūsu Facebook grupā "Laidu ļaudis", kurai tagad ir 410 dalībnieku.',
             'Pēc pērnā gada aptaujas zinām, ka drukāto lapu izlasa gandrīz katrā mājā, bet Facebook grupā ziņas visātrāk sasniedz jaunās ģimenes.'],
    "C6.3": ['Estrādi uzcēlām ar LEADER projekta atbalstu, bet jumta segumam pietrūka naudas, un to palīdzēja segt Zviedrijā dzīvojošo laidenieku Bērziņu ģimenes ziedojums 1500 eiro apmērā.',
             'Maijā jau sesto gadu piedalījāmies Lielajā talkā, bet septembrī sapulcējāmies paši, bez jebkādas kampaņas, lai izzāģētu krūmus un salabotu soliņus vecās skolas parkā; atnāca 37 cilvēki, un darbu pabeidzām vienā dienā.'],
    "C6.4": ['Estrādi uzcēlām ar LEADER projekta atbalstu, bet jumta segumam pietrūka naudas, un to palīdzēja segt Zviedrijā dzīvojošo laidenieku Bērziņu ģimenes ziedojums 1500 eiro apmērā.'],
}, {
    "C3.1": "Only an advert (Z/S \"Ābeļdārzs\" e-shop); nothing introduced by the community.",
    "C3.2": "Coworking space is in Kuldīga (neighbour); the expert quote and the \"Viedajos ciemos bieži darbojas ...\" text are general; a community centre in Laidi is only wished (\"Būtu labi ... vajadzētu parunāt\").",
    "C3.3": "Digital classes are in Snēpele (neighbour) and only planned for Laidi (\"plānojam ... ja atradīsim pasniedzēju\"); smart sensors are in a newspaper quote about Rīga/Liepāja; solar panels only in an advert.",
    "C4.4": "The survey did not decide: \"Tomēr valde, izvērtējot izmaksas, nolēma ...\" (board decided against the majority).",
    "C5.2": "No integration of groups described (11 women knitting; \"jaunās ģimenes\" only as readers of a channel).",
    "C5.3": "No cooperation with other sectors: the letter to the parish administration is unanswered; \"vecās skolas ēka\" is a building, not a school; the support letter speaks about Sabile's own centre and future help.",
    "C6.1": "No resources identified.",
    "C6.2": "No identified resources (needs C6.1).",
})

# ---------------------------------------------------------------- V09 Facebook page
sub("V09", 'Biedrība "Rumbas krasts" (Rumba) – saved Facebook page + assembly minutes', "V09.zip", {
    "C1": ['Biedrība "Rumbas krasts" apvieno Rumbas ciema un pagasta iedzīvotājus, kam rūp mūsu mājvieta pie Ventas.'],
    "C2": ['Vasaras domnīcā 41 rumbenieks vienojās par mūsu kopīgo vīziju: Rumba 2030. gadā ir zaļš un drošs ciems pie Ventas, kur satiekas visas paaudzes un kur kopienas māja "Zīles" ir atvērta katru dienu.'],
    "C3.3": ['Uz kopienas mājas jumta nu ir 24 saules paneļi!',
             'Sistēma jau strādā, un lietotnē var redzēt, cik elektrības "Zīles" saražo katru dienu – pirmajā nedēļā 96 kWh.'],
    "C4.1": ['Kopš 2018. gada kopā rīkojam talkas un svētkus un saimniekojam kopienas mājā "Zīles".',
             'Piedalās 34 biedri no 52, kvorums ir.',
             'Uz nākamajiem diviem gadiem valdē izvirzīti U. Ziediņš, I. Strautiņa un V. Kalns.'],
    "C4.3": ['Tos uzstādījām ar mūsu pašu vīru rokām divās dienās, bet paneļus un invertoru iegādājāmies ar Kuldīgas novada pašvaldības NVO projektu konkursa atbalstu.',
             '26 rumbenieki savāca 40 maisus atkritumu, nopļāva peldvietu un salaboja laipu, kuras dēļus pavasarī aizskaloja palos.'],
    "C4.4": ['Ar 30 balsīm par, 2 pret un 2 atturoties nolēmām pieteikties Ventas krasta partnerības konkursā ar projektu "Zīles – silta māja visām paaudzēm": siltināsim bēniņus, nomainīsim logus un iekārtosim mazu virtuvi.',
             'Nolēma: sagatavot projektu "Zīles – silta māja visām paaudzēm".'],
    "C5.2": ['Šogad senioru ansamblis "Rudens" un jauniešu deju grupa "Krasts" pirmo reizi uzstājās kopā, bet trīs ukraiņu ģimenes, kas Rumbā dzīvo kopš 2022. gada, vārīja boršču visiem svētku viesiem.'],
    "C5.4": ['WhatsApp grupa "Rumba tuvumā" – ātrās ziņas un palīdzības lūgumi (156 dalībnieki);',
             'Pēc kopsapulces aptaujas zinām, ka WhatsApp grupu lasa gandrīz katrā otrajā Rumbas mājā, bet ziņojumu dēlis joprojām ir galvenais ziņu avots mūsu vecākajiem kaimiņiem.'],
    "C6.3": ['Tos uzstādījām ar mūsu pašu vīru rokām divās dienās, bet paneļus un invertoru iegādājāmies ar Kuldīgas novada pašvaldības NVO projektu konkursa atbalstu.'],
    "C6.4": ['Septiņpadsmit jaunieši no Rīgas un Liepājas, kas pie mums pieteicās caur platformu brivpratigie.lv, divas dienas kopā ar rumbeniekiem krāsoja "Zīļu" fasādi.'],
}, {
    "C3.1": "Only a sponsored advert (\"Ventas Laivas\": e-shop, tourism route).",
    "C3.2": "A time bank is only wished in a comment (\"Varētu taču izveidot arī laika banku, kā Rendā!\") and deferred to next year; the shared article is a general definition.",
    "C4.2": "No values or identity statement.",
    "C5.1": "The masterclass is the county museum's (a shared post), not the community's.",
    "C5.3": "Denied in the minutes: \"līdz šim skola biedrības pasākumos nav piedalījusies\" (involving the school only proposed); the county NGO grant counts as C6.3, not as cooperation.",
    "C6.1": "No list or statement of resources (the community house is only mentioned).",
    "C6.2": "No identified resources (needs C6.1).",
})

# ---------------------------------------------------------------- V10 minutes
sub("V10", 'Biedrība "Gudenieku kopiena" (Gudenieki) – general-meeting minutes + action plan', "V10.tar.gz", {
    "C1": ['L. Dreimane atgādināja, ka biedrība "Gudenieku kopiena" dibināta 2019. gadā, lai apvienotu Gudenieku ciema un pagasta iedzīvotājus, un šobrīd tajā ir 61 biedrs, kas darbojas trīs darba grupās – vides, pasākumu un senioru atbalsta.'],
    "C2": ['Plāna virsmērķis ir, lai Gudenieki būtu ciems, kurā paaudzes dzīvo kopā un rūpējas cita par citu, un lai 2030. gadā pagastā dzīvotu vairāk jauno ģimeņu nekā šodien.',
           'Gudenieki – ciems, kurā paaudzes dzīvo kopā un rūpējas cita par citu.'],
    "C4.1": ['L. Dreimane atgādināja, ka biedrība "Gudenieku kopiena" dibināta 2019. gadā, lai apvienotu Gudenieku ciema un pagasta iedzīvotājus, un šobrīd tajā ir 61 biedrs, kas darbojas trīs darba grupās – vides, pasākumu un senioru atbalsta.'],
    "C4.3": ['aprīlī biedri talkā sakopa Gudenieku kapsētu un izcirta krūmus gar ceļu uz Dzirnavezeru, piedalījās 42 cilvēki;',
             'oktobrī, kad tautas namā pārplīsa apkures caurule, biedri A. Pūce un J. Kalējs to nomainīja paši jau nākamajā dienā, lai nebūtu jāatceļ senioru pēcpusdiena;'],
    "C4.4": ['Nolēma: apstiprināt biedrības "Gudenieku kopiena" rīcības plānu 2025.–2027. gadam ar diskusijā izteiktajiem papildinājumiem.',
             'Balsojums: par – 35, pret – 1, atturas – 2.',
             'Nolēma: sagatavot un iesniegt projekta iesniegumu biedrības "Ventas krasta partnerība" izsludinātajā konkursā; par projekta vadītāju apstiprināt A. Pūci.'],
    "C5.2": ['katru otro ceturtdienu tautas namā notiek senioru un bērnu kopīgās pēcpusdienas, kurās seniori kopā ar mazajiem gudeniekiem cep pīrāgus, spēlē galda spēles un lasa pasakas, un šogad notikušas 18 šādas pēcpusdienas;'],
    "C5.3": ['sadarbībā ar pagasta pārvaldi un Gudenieku bibliotēku noorganizēti pagasta svētki, kurus apmeklēja ap 250 cilvēku.',
             'N. Bite pateicās biedrībai par ieguldījumu pagasta dzīvē un informēja, ka pārvalde arī 2025. gadā segs tautas nama apkures izmaksas.'],
    "C5.4": ['Par sapulci biedri tika informēti divas nedēļas iepriekš biedrības WhatsApp grupā un ar paziņojumu uz ziņojumu dēļiem pie pagastmājas un veikala, bet senioriem, kas nelieto telefonu, ielūgumus mājās iznēsāja valdes locekļi.'],
    "C6.1": ['Gudenieku tautas nama lielā zāle (150 vietas) ar jaunu grīdu un 60 krēsliem, biedrības telts un saliekamie galdi',
             'tautas nama dārzs, Dzirnavezera peldvieta, sporta laukums',
             'biedru naudas (ap 600 eiro gadā) un ieņēmumi no pasākumiem',
             'divas pensionētas skolotājas, pavāre, grāmatvede, santehniķis',
             '61 biedrs, no tiem ap 15 aktīvu'],
    "C6.2": ['Tautas nama lielo zāli jau tagad izmantojam mūsu galvenajam mērķim – lai paaudzes satiktos: tur divreiz mēnesī notiek senioru un bērnu kopīgās pēcpusdienas.'],
    "C6.3": ['jūnijā ar LEADER projekta atbalstu tautas nama zālē nomainīta grīda un iegādāti 60 krēsli, projekts noslēgts un noslēguma atskaite iesniegta Lauku atbalsta dienestā;'],
}, {
    "C3.1": "Only conditional: \"biedrība varētu izveidot kooperatīvu ogu audzētājiem\" – no decision; in the plan only as a 2026 study.",
    "C3.2": "About the neighbour: \"Kabilē jau darbojas kopstrādes telpa ..., bet Gudeniekos tādas nav\"; in the plan only a study.",
    "C3.3": "Only \"vajadzētu apmācīt seniorus lietot viedtālruņus\" and a 2025 plan row.",
    "C4.2": "No values or identity statement.",
    "C5.1": "Only a plan row (story evenings with the oldest residents, 2026).",
    "C6.4": "Denied: \"sponsorus un ziedotājus biedrība līdz šim nav meklējusi\"; approaching businesses only planned. The LAG manager explaining call conditions is not an attracted resource.",
})

# ---------------------------------------------------------------- V11 definitions / neighbour
sub("V11", 'Biedrība "Raņķu pagasta attīstības biedrība" (Raņķi) – application form full of general text', "V11.zip", {
    "C1": ['Biedrība "Raņķu pagasta attīstības biedrība" apvieno Raņķu ciema un pagasta iedzīvotājus – raņķeniekus, kuriem rūp, lai pagasts nepaliktu tukšs un lai šeit joprojām skanētu mūsu dziesmas.'],
    "C2": ['Mūsu vīzija – Raņķi kā pagasts, kurā cilvēki jūtas piederīgi un kurā jaunās ģimenes grib palikt.',
           'Mūsu mērķis ir, lai līdz 2030. gadam Raņķu muižas klēts kļūtu par vietu, kur satiekas visa pagasta ļaudis, un lai Raņķos atkal būtu dzīvs kultūras centrs.'],
    "C4.1": ['Biedrībā ir 29 biedri un trīs cilvēku valde, un tajā darbojas folkloras kopa "Raņķu dziesmas" un jauniešu grupa.'],
    "C4.2": ['Mēs lepojamies ar Raņķu muižas parku un ar to, ka mūsu pagastā joprojām dzied senās dziesmas, ko citur jau sen aizmirsuši.'],
    "C4.4": ['Projekta ideju izvēlējāmies iedzīvotāju sapulcē 2024. gada 5. oktobrī, kur 27 klātesošie ar balsojumu izšķīrās starp klēts pielāgošanu un sporta laukuma atjaunošanu; par klēti nobalsoja 21 cilvēks.'],
    "C5.1": ['Folkloras kopa "Raņķu dziesmas" jau 30 gadus krāj vietējās dziesmas un dančus, un kopas vecākās dziedātājas katru ziemu māca pamatskolas bērniem dziesmas, kas pierakstītas no viņu pašu vecvecākiem.'],
    "C5.3": ['Biedrības pasākumus rīkojam kopā ar Raņķu pamatskolu un pagasta pārvaldi: skola dod telpas folkloras kopas mēģinājumiem, bet pārvalde palīdz ar transportu uz koncertiem.'],
    "C6.3": ['Biedrība 2022. gadā ar LEADER atbalstu iegādājās tautas tērpus folkloras kopai, un kopš 2021. gada katru pavasari piedalāmies Lielajā talkā.',
             'Katru gadu piedalāmies arī Lielajā talkā.'],
}, {
    "C3.1": "The cooperative is in Skrunda (neighbour); the rest is general text about innovations in rural communities.",
    "C3.2": "General definition/text, Skrunda's coworking space (neighbour), and a coworking place in the barn only conditional (\"varētu iekārtot\").",
    "C3.3": "Denied across the contrast: \"Skrundā ir ierīkots arī optiskais internets, bet Raņķos tāda vēl nav\"; digital platforms are general text about Europe.",
    "C4.3": "Talkas only planned (\"plānojam rīkot talkas\"); taking part in the national Lielā talka alone is C6.3, not self-organisation.",
    "C5.2": "Only a general statement restating the criterion (\"Viedā ciemā ir svarīga ... grupu integrācija\").",
    "C5.4": "Non-answer: \"Vēl tiek veidota.\"",
    "C6.1": "Restates the criterion (\"Resursi ir apzināti, ieskaitot tehniskos, ...\") without naming any resource.",
    "C6.2": "Restates the criterion (\"Resursi tiek izmantoti mērķtiecīgi ...\"); no identified resource.",
    "C6.4": "Denied: \"Ārējus sponsorus vai sadarbības partnerus ārpus pagasta līdz šim neesam piesaistījuši.\"",
})

# ---------------------------------------------------------------- V12 form + agreement
sub("V12", 'Biedrība "Vilgāles kopiena" (Vilgāle, Kurmāles pag.) – application form + partnership agreement', "V12.zip", {
    "C1": ['Vilgāle ir neliels ciems Kurmāles pagastā, 15 km no Kuldīgas, kur dzīvo ap 60 mājsaimniecību.',
           'Mūsu kopienu veido vilgālnieki, kurus vieno kopīgs dārzs, kopīgi iepirkumi un vēlme dzīvot tuvāk zemei.'],
    "C2": ['Mūsu kopīgais mērķis ir, lai līdz 2030. gadam lielāko daļu pārtikas Vilgāles ģimenes iegādātos no pašu pagasta saimniecībām un lai ciemā būtu vieta, kur kopā strādāt un svinēt.'],
    "C3.1": ['Kopš 2024. gada pavasara Vilgālē darbojas mūsu tiešās pirkšanas pulciņš: 26 ģimenes katru otro piektdienu saņem dārzeņus, pienu un gaļu tieši no četrām Kurmāles pagasta saimniecībām, bet pasūtījumus apkopo pulciņa koordinatore.'],
    "C4.1": ['Biedrību "Vilgāles kopiena" 2021. gadā nodibināja 12 ciema iedzīvotāji, šobrīd tajā ir 34 biedri, valde un divas darba grupas – dārza un pulciņa.'],
    "C4.3": ['Dārza žogu un siltumnīcas pamatus 2024. gada pavasarī izbūvējām paši – septiņās talkās piedalījās 23 iedzīvotāji.',
             'Kad 2024. gada maijā pulciņa pirmā piegāde aizkavējās, jo saimniecības auto salūza, trīs biedri ar savām automašīnām paši izbrauca pa saimniecībām, un visas kastes tovakar tika izdalītas.'],
    "C5.3": ['Saskaņā ar 2024. gada martā noslēgto sadarbības līgumu zemnieku saimniecība "Vilgāles pļavas" bez maksas dod mums 0,5 ha zemes kopienas dārzam, bet Kurmāles pamatskolas skolēni dārzā kopj savu dobi.',
             'Puses vienojas sadarboties kopienas dārza izveidē un uzturēšanā Vilgāles ciemā.'],
    "C6.1": ['Mūsu resursi: 0,5 ha zeme un siltumnīca (teritoriālie un tehniskie), biedru naudas ap 800 eiro gadā (finanšu), trīs pieredzējuši dārznieki un agronome (zināšanas un kompetences), 34 biedri (cilvēkresursi).'],
    "C6.2": ['Šo zemi un mūsu dārznieku zināšanas izmantojam tieši kopīgajam mērķim – lai vilgālnieki ēstu vietēju pārtiku un lai nauda, ko tērējam pārtikai, paliktu pašu pagasta saimniekiem.'],
    "C6.4": ['Dārza siltumnīcu mums uzdāvināja Kuldīgas uzņēmums SIA "Agro Serviss", un dārza plānošanā bez maksas palīdzēja ainavu arhitekte no Rīgas.',
             'Saskaņā ar 2024. gada martā noslēgto sadarbības līgumu zemnieku saimniecība "Vilgāles pļavas" bez maksas dod mums 0,5 ha zemes kopienas dārzam, bet Kurmāles pamatskolas skolēni dārzā kopj savu dobi.'],
}, {
    "C3.2": "Only conditional: \"Nākotnē dārzs varētu kļūt arī par kopienas centru\".",
    "C3.3": "Only planned: \"Projektā plānojam uzstādīt laistīšanas sistēmu ar mitruma sensoriem\" (also a budget row).",
    "C4.2": "No values or identity statement.",
    "C4.4": "The board decided alone: \"Lēmumu par projekta iesniegšanu pieņēma biedrības valde\".",
    "C5.1": "Table cell is only \"—\".",
    "C5.2": "\"Dārzs ir atvērts visiem.\" – generic, no groups named or integrated.",
    "C5.4": "\"Skatīt pielikumā.\" – no such annex in the submission or the annex list.",
    "C6.3": "Denied: \"Valsts vai Eiropas Savienības programmās līdz šim neesam piedalījušies, šis ir mūsu pirmais LEADER projekts.\"",
})

# ---------------------------------------------------------------- V13 self-assessment
sub("V13", 'Biedrība "Pelču kopiena" (Pelči) – self-assessment table + cover letter', "V13.zip", {
    "C1": ['Biedrība "Pelču kopiena" apvieno Pelču ciema un Pelču pagasta iedzīvotājus; mūsu 41 biedrs dzīvo Pelčos vai tuvējās mājās ap Pelču muižu.'],
    "C2": ['Mūsu kopīgais mērķis, par kuru vienojāmies 2023. gada iedzīvotāju forumā, ir līdz 2030. gadam atjaunot Pelču muižas parku kā visu iedzīvotāju atpūtas vietu un panākt, ka Pelčos atkal ir sava bērnudārza grupa.'],
    "C4.1": ['Biedrībai ir piecu cilvēku valde, un 2024. gadā biedrības rīkotajos pasākumos regulāri iesaistījās 60 iedzīvotāju; biedri darbojas trīs darba grupās – parka, svētku un informācijas.'],
    "C4.3": ['Pelču muižas parka celiņus, kurus 2023. gada vasaras lietusgāzes bija izskalojušas, mūsu biedri paši atjaunoja astoņās sestdienās, pievedot granti ar savām piekabēm.'],
    "C5.1": ['Kopš 2022. gada Pelču muižas kalpu mājā darbojas "Vecmāmiņu skola", kurā vietējās saimnieces reizi mēnesī māca jaunajām māmiņām cept rupjmaizi, siet slotas un gatavot sieru pēc vecajām receptēm.'],
    "C5.2": ['Biedrības pasākumos kopā darbojas seniori, jaunās ģimenes un trīs cilvēki ar invaliditāti, kuri ir mūsu biedri, un vasaras pikniku programmu vienmēr pielāgojam ratiņkrēslu lietotājiem.'],
    "C5.4": ['Informāciju biedriem izsūtām e-pastā un WhatsApp grupā "Pelču kopiena", bet pārējiem pagasta iedzīvotājiem – caur Facebook lapu un pagasta avīzi "Pelču Ziņas", kurā mums ir sava rubrika; pēc mūsu uzskaites ar šiem kanāliem sasniedzam ap 300 cilvēku.'],
    "C6.3": ['Biedrība 2021. gadā īstenoja LEADER projektu "Pelču parka laipas", bet 2023. un 2024. gadā piedalījās Lielajā talkā.'],
}, {
    "C3.1": "Points claimed, but the justification restates the criterion (\"Ciemā tiek ieviestas inovācijas uzņēmējdarbībā – procesu uzlabošana ...\") with no fact.",
    "C3.2": "Points claimed, but the justification restates the criterion (\"Kopienā tiek ieviesta sociālā inovācija ...\").",
    "C3.3": "\"Tehnoloģiskās inovācijas ir plānotas\"; \"Pelčos joprojām nav publiska bezvadu interneta\"; the QR-code route is only planned.",
    "C4.2": "Restates the criterion (\"Kopiena apzinās savu identitāti, spēj formulēt savas vērtības ...\") with no fact.",
    "C4.4": "Restates the criterion (\"Lēmumi ... tiek pieņemti no apakšas uz augšu.\"); the self-assessment itself was prepared and discussed by the board only.",
    "C5.3": "Restates the criterion; with the parish administration they have \"tikai saskaņojuši pasākumu laikus\"; involving the special school is only wished (\"Vajadzētu\").",
    "C6.1": "\"Resursi ir apzināti – skatīt pielikumu Nr. 3.\" – no such annex in the submission.",
    "C6.2": "Restates the criterion (\"Resursi tiek izmantoti mērķtiecīgi ...\"); no identified resource.",
    "C6.4": "Restates the criterion (\"Kopiena piesaista ārējos resursus ...\") and is denied in the summary: \"Sponsorus mums vēl nav izdevies piesaistīt\".",
})

# ---------------------------------------------------------------- V14 action plan
sub("V14", 'Biedrība "Īvandes ciema biedrība" (Īvande, Kurmāles pag.) – action plan with budget + minutes', "V14.tar.gz", {
    "C1": ['Biedrība "Īvandes ciema biedrība" dibināta 2022. gadā, un tajā apvienojušies 23 Īvandes ciema iedzīvotāji no kopumā ap 140 cilvēkiem, kas dzīvo ciemā un tā apkārtnē Kurmāles pagastā.'],
    "C2": ['Mūsu vīzija: 2030. gadā Īvande ir ciems, kurā dzīvo ģimenes ar bērniem, kur ūdenskritums un muižas parks ir sakopti un kur katram ir kaimiņš, uz kuru paļauties.'],
    "C4.1": ['Biedrību vada trīs cilvēku valde, un katrai šī plāna rīcībai ir noteikts atbildīgais biedrs.'],
    "C4.2": ['Mēs lepojamies ar Īvandes ūdenskritumu un muižas parku, kurā aug simtgadīgi ozoli, un mūsu vērtības ir klusums, daba un kaimiņu palīdzība.'],
    "C4.4": ['Plāna rīcības izvēlējāmies divās iedzīvotāju sanāksmēs 2024. gada oktobrī un novembrī, kur katrs varēja ierosināt idejas un pēc tam ar uzlīmēm nobalsot par trim svarīgākajām; plānā iekļautas tās septiņas idejas, kas saņēma visvairāk balsu.',
             'Nolēma: apstiprināt rīcības plānu ar R. Siliņa labojumu un sagatavot LEADER projekta iesniegumu kalpu mājas telpu remontam.'],
    "C6.1": ['kalpu mājas divas telpas (60 m²), biedrības zāles pļāvējs un divi trimmeri',
             'muižas parks (5 ha), ūdenskritums un upītes krasti',
             'biedru naudas – ap 350 eiro gadā',
             'divi biedri ar tūrisma gida pieredzi, elektriķis, galdnieks',
             '23 biedri, no tiem 8 aktīvi',
             'Īvandes ūdenskritums un simtgadīgie ozoli muižas parkā'],
    "C6.2": ['Kalpu mājas telpas jau tagad izmantojam otrajam mērķim – tās ir vienīgā vieta ciemā, kur satikties, un tajās notika abas iedzīvotāju sanāksmes, kurās tapa šis plāns.'],
}, {
    "C3.1": "Tourism route and brand \"Īvandes ozoli\" only an action-plan row for 2026 (\"izveidosim\").",
    "C3.2": "Nothing introduced; only planned room renovation.",
    "C3.3": "Solar panels only a plan row and conditional (\"būtu vērts uzstādīt\").",
    "C4.3": "Talkas only planned (\"Plānojam divas talkas gadā\").",
    "C5.1": "Handicraft evenings only conditional/planned (\"varētu mācīt\", \"vēl jāvienojas\").",
    "C5.2": "Only planned rows and goal M2; no integration of groups described as happening.",
    "C5.3": "Partners only as \"iespējamie partneri\" in plan rows; the premises are rented.",
    "C5.4": "WhatsApp group and notice board only planned (\"Izveidosim\").",
    "C6.3": "LEADER/VKKF only as planned funding sources; \"Šo rīcību vēl neesam sākuši\".",
    "C6.4": "Sponsors only planned (\"uzrunāsim\").",
})

# ---------------------------------------------------------------- V15 word senses
sub("V15", 'Biedrība "Rudbāržu muižas ciems" (Rudbārži) – application form with other word senses', "V15.zip", {
    "C1": ['Biedrība "Rudbāržu muižas ciems" apvieno Rudbāržu ciema iedzīvotājus, kas dzīvo bijušās muižas ēkās un to apkārtnē, – kopumā ap 70 mājsaimniecību Rudbāržu pagastā.'],
    "C3.2": ['Kopš 2023. gada rudens muižas kalpu mājas pirmajā stāvā darbojas mūsu kopienas telpa, kuru pārvalda paši iedzīvotāji pēc "atslēgu kalendāra": katrs biedrs var rezervēt telpu savam pulciņam, dzimšanas dienai vai darbam un par to maksā ar darba stundām telpas uzturēšanā.'],
    "C4.1": ['Biedrībā ir 31 biedrs, to vada trīs cilvēku valde, bet telpas kalendāru un saimniecību pārzina divi brīvprātīgie pārvaldnieki.'],
    "C4.3": ['Kad 2024. gada februārī vētra no kalpu mājas jumta norāva skārda loksnes, biedri jau tajā pašā vakarā tās pagaidu kārtā piestiprināja, bet nākamajā nedēļā paši izklāja bēniņos plēvi, lai telpa neapplūstu.'],
    "C4.4": ['Telpas lietošanas noteikumus un šo projektu apsprieda un pieņēma biedru kopsapulce; par jumta nomaiņu kā pirmo darbu 2024. gada 19. oktobrī nobalsoja 24 no 26 klātesošajiem biedriem.'],
    "C5.2": ['Telpā satiekas visdažādākie cilvēki: pirmdienās tur vingro seniores, trešdienās notiek jauno māmiņu rīti, bet piektdienu vakaros pusaudži spēlē galda spēles, un vairākas reizes gadā visas grupas sanāk uz kopīgu vakaru.'],
    "C5.4": ['Telpas rezervācijas un jaunumus publicējam biedrības WhatsApp grupā un Facebook lapā, bet kalpu mājas durvīs vienmēr ir izlikts nedēļas plāns tiem, kam nav viedtālruņa.'],
    "C6.1": ['Mūsu rīcībā ir kalpu mājas pirmais stāvs (90 m²) ar krāsni un virtuvi, muižas parka pļava pasākumiem, biedru naudas un telpu īres ieņēmumi (ap 1200 eiro gadā), kā arī 31 biedrs, starp kuriem ir divi jumiķi un elektriķis.'],
}, {
    "C2": "Denied/non-answer: \"Kopīgu vīziju vēl neesam formulējuši\"; \"Projekta mērķis ir nomainīt ... jumta segumu\" is a technical project aim; \"ceļojuma mērķiem\" = travel destinations (other sense).",
    "C3.1": "Nothing of the community's own; the Venta cycle route only passes through the village.",
    "C3.3": "Solar panels only conditional and ruled out: \"varētu likt saules paneļus, taču ... nestspēja to neļauj\".",
    "C4.2": "No identity or values; \"vērtība\" / \"materiālās vērtības\" used as money and property (other sense).",
    "C5.1": "Table cell is only \"—\".",
    "C5.3": "Denied: \"Ar pašvaldību un citām organizācijām formālas sadarbības mums nav.\"; \"Skolas iela\" is a street and the school closed in 2010; \"sēklu bibliotēka\" is a seed exchange, not a library.",
    "C6.2": "No community goal to tie resources to (C2 absent).",
    "C6.3": "Denied: \"LEADER vai citos valsts atbalsta projektos līdz šim neesam piedalījušies\"; \"tehniskais projekts\" = building design, \"svētku programma\" = event programme, the garden contest is a local village event.",
    "C6.4": "Denied: \"Sponsorus vai ziedotājus ārpus ciema neesam piesaistījuši\"; \"elektrotīkls\" / AS \"Sadales tīkls\" = the power grid (other sense).",
})

# ---------------------------------------------------------------- V16 e-mail thread
sub("V16", 'Biedrība "Turlavas kopiena" (Turlava) – printed e-mail thread with the LAG (HTML) + parish support letter', "V16.zip", {
    "C1": ['Mēs esam biedrība "Turlavas kopiena" – 44 Turlavas ciema un pagasta iedzīvotāji, kurus vieno kopīgas rūpes par mūsu ciemu un tā ļaudīm.'],
    "C2": ['Mūsu mērķis ir, lai Turlava arī pēc desmit gadiem būtu dzīvs ciems, kur vecie cilvēki var saņemt palīdzību uz vietas un jaunas ģimenes atrod mājvietu.'],
    "C3.3": ['Kopš 2023. gada pavasara bijušajā pasta telpā darbojas mūsu e-pakalpojumu punkts ar diviem datoriem un printeri, kur brīvprātīgie katru otrdienu palīdz iedzīvotājiem pieteikties pie ārsta, iesniegt deklarācijas un maksāt rēķinus internetā, un pa šo laiku 40 seniori iemācījušies to darīt paši.'],
    "C4.1": ['Biedrību vada trīs cilvēku valde, un mums ir divas darba grupas – "Palīdzība" un "Svētki".'],
    "C4.3": ['Kad pērn ziemā pasta telpā plīsa apkures radiators, mūsu vīri to nomainīja paši, un punkts nebija slēgts nevienu dienu.'],
    "C4.4": ['Projekta ideju izvēlējāmies 19. oktobra biedru kopsapulcē, kur no trim idejām ar 31 balsi par uzvarēja e-punkta paplašināšana.'],
    "C5.2": ['Punktā kopā darbojas seniori un jaunieši – palīgi lielākoties ir vidusskolēni, kas tā krāj brīvprātīgā darba stundas.'],
    "C5.3": ['Sadarbojamies ar Turlavas pamatskolu, kas mums iedeva divus vecākus datorus, ar pagasta pārvaldi, kas sedz telpas apkuri, un ar Turlavas evaņģēliski luterisko draudzi, kas ļauj rīkot pasākumus mācītājmuižā.'],
    "C6.3": ['2023. gadā ar LEADER atbalstu iegādājāmies punkta datorus, bet šogad piedalījāmies E-prasmju nedēļā ar trim atvērto durvju dienām.'],
    "C6.4": ['Printeri un papīru mums ziedoja Kuldīgas uzņēmums SIA "Biroja Serviss", bet divi programmētāji no Rīgas, kuru vecāki dzīvo Turlavā, attālināti uztur punkta datorus.'],
}, {
    "C3.1": "Abandoned: the e-shop for home producers was tried in 2022, then \"no tā atteicāmies\".",
    "C3.2": "About the neighbour and denied: \"Kopienas mājas ar kopstrādes telpu, kā Ēdolē, mums nav.\" (the LAG consultant's Ēdole example).",
    "C4.2": "No values or identity of the applicant; the pride in the church is the parish's own \"we\" in its support letter.",
    "C5.1": "Denied and abandoned (\"mums taču nekā tāda nav\", hat ball \"no tās atteicāmies\"); restarting only conditional (\"Varētu\"); the consultant's \"Vajadzētu aprakstīt\" is a hint; the Sunday-school traditions belong to the parish (letter writer).",
    "C5.4": "Non-answer: \"Par informāciju uzrakstīšu vēlāk\"; the channels in the support letter are the parish's own.",
    "C6.1": "Not yet done: \"Resursus vēl neesam apkopojuši\", \"Resursu sarakstu vēl gatavojam\".",
    "C6.2": "No identified resources (needs C6.1).",
})

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(S, f, ensure_ascii=False, indent=2)
    print(out, len(S))
