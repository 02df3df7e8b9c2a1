#!/usr/bin/env python3
"""Source of ../labels.json (hand-written labels). Run: python3 labels_src.py"""
import json, os

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

S = {}

# ---------------------------------------------------------------- W01 strong
S["W01"] = dict(name="Biedrība „Kalvenes kopiena” (Kalvene, Kalvenes pagasts)", archive="W01.zip", ev={
    "C1": ["Biedrība „Kalvenes kopiena” apvieno Kalvenes ciema un apkārtējo viensētu iedzīvotājus – kopā ap 420 cilvēku Kalvenes pagastā, Dienvidkurzemes novadā."],
    "C2": ["Mūsu vīzija ir, ka 2030. gadā Kalvene ir ciems, kurā jaunas ģimenes grib palikt, jo te ir darbs, pakalpojumi un draudzīgi kaimiņi.",
           "Mūsu mērķis ir uzlabot dzīves kvalitāti visām paaudzēm, saglabājot ciema raksturu un dabu."],
    "C3.1": ["Kopš 2023. gada darbojas mūsu izveidotais mājražotāju kooperatīvs „Kalvenes labumi”, kas ar kopīgu zīmolu un e-veikalu pārdod 11 vietējo saimniecību produkciju."],
    "C3.2": ["Bijušās pasta ēkas otrajā stāvā 2024. gadā atvērām kopstrādes telpu, ko biedrība pārvalda kopā ar pagasta pārvaldi pēc rakstiskas vienošanās."],
    "C3.3": ["Bibliotēkā katru otrdienu notiek digitālo prasmju nodarbības senioriem, kurās pērn 38 iedzīvotāji iemācījās lietot e-pakalpojumus un internetbanku.",
             "Uz saieta nama jumta 2024. gadā uzstādījām saules paneļus, kas nodrošina ap 60 % telpu elektroenerģijas."],
    "C4.1": ["Biedrībā ir 46 biedri, piecu cilvēku valde un trīs darba grupas – uzņēmējdarbības, kultūras un vides."],
    "C4.2": ["Kalvenieši lepojas ar savas dzelzceļa stacijas vēsturi un ar to, ka ciemā joprojām katru vasaru notiek Stacijas svētki – tradīcija, kas aizsākās 1928. gadā.",
             "Mēs sevi raksturojam kā ciemu, kurā neviens nepaliek viens: tā ir mūsu galvenā vērtība."],
    "C4.3": ["2023. gada oktobra vētra nopostīja koka laipu pār strautu pie kapiem; iedzīvotāji divās nedēļas nogalēs to paši atjaunoja no ziedotiem kokmateriāliem, negaidot pašvaldības finansējumu.",
             "Ziemā, kad vairākas dienas nebija elektrības, brīvprātīgie apbraukāja vientuļos seniorus un sadalīja ģeneratoru dežūras."],
    "C4.4": ["Projekta ideju 2025. gada 15. februāra biedrības kopsapulcē apstiprināja ar balsojumu: par – 34, pret – 0, atturas – 2.",
             "Pirms tam decembrī aptaujājām 112 mājsaimniecības, un projekta aktivitātes izvēlējāmies pēc aptaujā visbiežāk nosauktajām vajadzībām."],
    "C5.1": ["Vecākie biedri vada meistarklases koka karošu darināšanā un Kalvenes rakstu aušanā, bet novadpētniecības darba grupa apkopo stacijas vēstures liecības un izmanto tās ekskursijās skolēniem."],
    "C5.2": ["Digitālo nodarbību pasniedzēji ir vidusskolēni, tāpēc nodarbības kļuvušas par vietu, kur satiekas paaudzes.",
             "Divas ukraiņu ģimenes, kas kopš 2022. gada dzīvo ciemā, piedalās visās talkās, un viņu bērni apmeklē mūsu pulciņus."],
    "C5.3": ["Sadarbojamies ar Kalvenes pagasta pārvaldi, bibliotēku, Kalvenes pamatskolu, evaņģēliski luterisko draudzi un zemnieku saimniecību „Lejnieki”, kas kooperatīvam dod noliktavas telpas."],
    "C5.4": ["Iekšējā informācijas aprite notiek biedrības WhatsApp grupā, kurā ir 112 dalībnieki, un uz ziņojumu dēļa pie veikala, bet senioriem bez viedtālruņa jaunumus reizi nedēļā piezvana darba grupu vadītāji.",
             "Ārējai saziņai izmantojam Facebook lapu (1350 sekotāju) un rakstus pagasta avīzē; ziņu par 2024. gada Stacijas svētkiem Facebook sasniedza 9800 cilvēku."],
    "C6.1": ["saieta nama zāle ar 80 vietām, skaņas aparatūra, 4 portatīvie datori, saules paneļu sistēma",
             "grāmatvede, divi IT speciālisti, amatnieki, pieredze projektu vadībā",
             "vēsturiskā stacijas ēka un dzelzceļa mantojums, Kalvenes rakstu audumu kolekcija"],
    "C6.2": ["Saieta nama zāli un kopstrādes telpu izmantojam tieši mūsu mērķim – lai jaunās ģimenes ciemā varētu strādāt un bērniem būtu pulciņi tuvu mājām.",
             "Ieņēmumu daļu no kooperatīva katru gadu novirzām digitālo nodarbību uzturēšanai, jo tās tieši kalpo mērķim uzlabot senioru dzīves kvalitāti."],
    "C6.3": ["2022. gadā ar LEADER atbalstu iegādājāmies skaņas aparatūru, bet 2024. gadā Sabiedrības integrācijas fonda programmā „NVO fonds” saņēmām finansējumu kopstrādes telpas iekārtošanai.",
             "Katru gadu piedalāmies arī Lielajā talkā."],
    "C6.4": ["Kooperatīva e-veikala izveidē mums bez maksas palīdzēja trīs IT speciālisti no Liepājas, bet kopš 2023. gada sadarbojamies ar Lietuvas ciema Lenkimai kopienu, no kuras pie mums jau divreiz viesojušies amatnieki.",
             "Saules paneļiem daļu līdzekļu – 1800 eiro – saziedoja bijušie kalvenieši, kas tagad dzīvo Rīgā un Īrijā."],
}, notes={})

# ---------------------------------------------------------------- W02 mixed
S["W02"] = dict(name="Biedrība „Gramzdas ciema attīstībai” (Gramzda)", archive="W02.zip", ev={
    "C1": ["Mēs, Gramzdas ciema un pagasta iedzīvotāji, 2019. gadā apvienojāmies biedrībā, jo pēc skolas internāta slēgšanas ciemā vairs nebija vietas, kur satikties."],
    "C2": ["Mēs gribam, lai pēc desmit gadiem Gramzda būtu ciems, kurā cilvēki paliek dzīvot nevis tāpēc, ka nav kur aizbraukt, bet tāpēc, ka te ir labi.",
           "Mūsu mērķis ir uzturēt ciemā kopā būšanas vietu, kur ikviens – no zīdaiņa līdz vecmāmiņai – var atrast sev nodarbi un sabiedrību."],
    "C3.2": ["Kopš 2024. gada septembra bijušajā skolas internātā darbojas kopienas centrs „Gramzdas māja”, ko pārvalda biedrības brīvprātīgo padome un kur vienuviet ir bērnu pēcpusdienas, senioru klubs un mantu apmaiņas plaukts."],
    "C4.1": ["Biedrībā ir 23 biedri un trīs cilvēku valde, un katru mēnesi notiek atklātas biedru tikšanās, uz kurām nāk arī citi ciema ļaudis."],
    "C4.2": ["Gramzdnieki lepojas ar savu dziedāšanas tradīciju – pagasta koris dzied jau kopš 1957. gada – un ar to, ka ciemā visi viens otru pazīst vārdā.",
             "Mūsu vērtības ir kaimiņu izpalīdzība un uzticēšanās."],
    "C4.3": ["Kad pagājušā gada martā sasala ciema ūdenstornis un vairākās mājās nebija ūdens, biedrība trīs dienas pati organizēja ūdens piegādi ar traktoru un mucām.",
             "Centra telpas pirms atvēršanas izremontējām paši: divos mēnešos 19 cilvēki nokrāsoja sienas, salaboja grīdas un sanesa mēbeles."],
    "C5.1": ["Katru ziemu senioru klubā notiek adīšanas vakari, kuros vecākās sievas māca jaunajām mammām Gramzdas cimdu rakstus."],
    "C5.2": ["Pēcpusdienās bērni un seniori kopā spēlē galda spēles un gatavo ēst, un tās ir vienīgās reizes, kad dažādu paaudžu cilvēki ciemā regulāri satiekas."],
    "C5.3": ["Centru biedrība nomā no Dienvidkurzemes novada pašvaldības, un ar Gramzdas pamatskolu kopā rīkojam bērnu pēcpusdienas.",
             "Pagasta bibliotekāre reizi mēnesī centrā vada lasīšanas stundu."],
    "C5.4": ["Par jaunumiem iedzīvotāji uzzina biedrības Facebook grupā un no afišām pie veikala un pasta, bet senioru klubā jaunumus izstāsta klātienē."],
    "C6.3": ["2023. gadā ar Valsts kultūrkapitāla fonda Kurzemes kultūras programmas atbalstu atjaunojām pagasta kora tautastērpus."],
}, notes={
    "C3.1": "only planned: 'Plānojam izveidot vietējo produktu e-veikalu …, taču pagaidām tam vēl nav ne cilvēku, ne līdzekļu.'",
    "C3.3": "denied ('Tehnoloģiskos risinājumus pagaidām neesam ieviesuši', optical internet 'vēl nav ievilkts'); the solar panels and digital class in the support letter are the school's (partner's own 'we'), not the applicant's",
    "C4.4": "the board decided ('Lēmumu iesniegt šo projektu pieņēma biedrības valde'); the survey got 7 answers and 'tās rezultātus neizmantojām'",
    "C6.1": "non-answers only: 'Vēl tiek izstrādāti.' and 'skatīt pielikumā Nr. 4' (no such annex in the archive); the passing mention that membership fees cover upkeep is not an identification of resources",
    "C6.2": "no identified resources (C6.1 absent), so none is tied to the goal",
    "C6.4": "denied: 'Sponsorus un ziedotājus līdz šim neesam piesaistījuši, un sadarbības partneru ārpus novada mums nav.'; cooperation with the local school/library is C5.3",
})

# ---------------------------------------------------------------- W03 mixed (minutes)
S["W03"] = dict(name="Biedrība „Embūtes mantojums” (Embūte) – kopsapulces protokols", archive="W03.tar.gz", ev={
    "C1": ["E. Vanags atgādināja, ka biedrība „Embūtes mantojums” dibināta 2020. gadā un apvieno Embūtes pagasta iedzīvotājus, kuriem rūp pilskalna, pilsdrupu un vecā ciema centra saglabāšana."],
    "C2": ["Diskusijā vienojās par kopīgu mērķi: līdz 2030. gadam padarīt Embūti par vietu, kur cilvēki brauc atpūsties un iepazīt vēsturi, bet vietējie var no tā nopelnīt un palikt dzīvot laukos."],
    "C4.1": ["Sapulcē piedalās 29 Embūtes ciema un pagasta iedzīvotāji, no tiem 24 biedrības biedri (kopā biedrībā ir 31 biedrs, kvorums ir).",
             "Sapulci vada valdes priekšsēdētājs Edgars Vanags."],
    "C4.2": ["S. Krūmiņa uzsvēra, ka embūtnieki lepojas ar savu pilskalnu un ar teikām par to, un tieši šī vēsture mūs atšķir no citiem ciemiem."],
    "C4.3": ["Biedrības talkā pagājušā gada oktobrī iedzīvotāji paši izcirta krūmus pilsdrupu teritorijā un ar J. Sproģa traktoru izveda vairāk nekā 30 kubikmetrus zaru."],
    "C4.4": ["Balsojums par mērķa formulējumu: par – 27, pret – 0, atturas – 2.",
             "Balsojums par rīcības plānu 2025–2027: par – 25, pret – 2, atturas – 2.",
             "Nolēma: apstiprināt rīcības plānu 2025–2027 un uzdot valdei sagatavot projekta iesniegumu."],
    "C5.1": ["Vēstures skolotāja Velta Kalēja informēja, ka novadpētniecības darba grupa pagājušajā gadā pierakstīja 17 vecāko iedzīvotāju atmiņas par Embūti un izmantoja tās izstādē tautas namā."],
    "C5.3": ["Sapulcē piedalās arī Embūtes pagasta pārvaldes vadītāja Dace Liepiņa un zemnieku saimniecības „Kalnmuiža” īpašnieks, biedrības biedrs Juris Sproģis.",
             "D. Liepiņa apliecināja, ka pagasta pārvalde arī turpmāk izvedīs atkritumus pēc pilsdrupu talkām un dos tautas nama telpas sapulcēm bez maksas, kā tas notiek jau trešo gadu."],
    "C5.4": ["Par sapulci iedzīvotāji tika informēti biedrības WhatsApp grupā, ar afišām pie veikala un pagasta pārvaldes, kā arī pagasta avīzē „Embūtes Ziņas”."],
    "C6.1": ["Dalībnieki grupās uzskaitīja kopienas resursus.",
             "teritoriālie – Embūtes pilskalns un pilsdrupu teritorija, tautas nama parks, ceļš gar Embūtes ezeriņu;",
             "cilvēkresursi – ap 20 cilvēku, kas regulāri nāk talkās, divi pensionēti skolotāji;"],
    "C6.2": ["E. Vanags norādīja, ka pilskalnu un pilsdrupas, kas ir mūsu unikālākais resurss, jau tagad apsaimniekojam tā, lai tuvinātos kopīgajam mērķim – tūristiem ērti pieejama teritorija ar sakoptām takām un informatīvām zīmēm."],
}, notes={
    "C3.1": "the QR-code tourism route was only adopted into the action plan ('Maršrutu izstrādāt paredzēts 2026. gadā') – planned",
    "C3.2": "the time-bank idea was discussed and dropped ('pēc diskusijas tika atmesta')",
    "C3.3": "smart sensors only suggested ('tas būtu labi, bet šobrīd tam nav līdzekļu'); solar lighting is an action-plan row",
    "C5.2": "denied: young people do not take part and 'līdz šim viņus iesaistīt nav izdevies'; a youth room is only an idea/plan row",
    "C6.3": "denied ('nav piedalījusies nevienā LEADER vai citā valsts finansētā projektā'); VKKF/LEADER applications only intended ('ir iecerēts')",
    "C6.4": "sponsors only proposed ('vajadzētu uzticēt kādam'); Lithuanian cooperation abandoned ('no tās atteicāmies'); the tractor belongs to a member's farm (own resource); the local pārvalde's help is C5.3",
})

# ---------------------------------------------------------------- W04 very weak
S["W04"] = dict(name="Biedrība „Bunkas ciema iniciatīva” (Bunka)", archive="W04.zip", ev={
    "C1": ["Mēs esam Bunkas ciema iedzīvotāji, kas 2025. gada janvārī nodibināja biedrību, lai ciemā atkal kaut kas notiktu."],
    "C2": ["Mūsu mērķis ir, lai Bunkas ciemā atkal būtu vieta, kur cilvēki satiekas, un lai jaunieši pēc skolas neaizbrauktu prom."],
}, notes={
    "C3.1": "heading followed by '—'",
    "C3.2": "criterion wording restated as the answer; Priekule's community centre is the neighbour's ('bet Bunkā nekā tāda nav'); the EC definition is general text",
    "C3.3": "wish only ('Būtu labi ciemā ierīkot …')",
    "C4.1": "only three founders and 'kopīgus pasākumus vēl neesam rīkojuši'; the row 'Kopienai ir skaidra pārvaldības struktūra…' restates the criterion",
    "C4.2": "criterion restated without a fact ('Kopiena apzinās savas vērtības un unikalitāti.')",
    "C4.3": "conditional ('Varētu rīkot talkas')",
    "C4.4": "criterion restated ('Lēmumi tiek pieņemti no apakšas uz augšu.'); first residents' meeting only planned",
    "C5.1": "heading followed by '—'",
    "C5.2": "wish ('Vajadzētu vairāk iesaistīt …')",
    "C5.3": "criterion restated ('Tiek iesaistītas dažādas kategorijas un sektori.'); 'kopienu sadarbības tīkls' is LAG header boilerplate",
    "C5.4": "future only ('Informāciju izplatīsim …')",
    "C6.1": "denied: 'Resursi vēl nav apzināti.'",
    "C6.2": "heading followed by '—'; no resources identified",
    "C6.3": "denied ('Projektos vēl neesam piedalījušies'); LEADER only in the page header and the SWOT 'Iespējas' cell",
    "C6.4": "intention only ('Ir iecerēts meklēt sadarbības partnerus')",
})

# ---------------------------------------------------------------- W05 Facebook page
S["W05"] = dict(name="Biedrība „Otaņķu ļaudis” (Otaņķi, Nīcas pagasts) – Facebook lapa", archive="W05.zip", ev={
    "C1": ["Biedrība „Otaņķu ļaudis” apvieno Otaņķu ciema un apkārtnes iedzīvotājus Nīcas pagastā, Dienvidkurzemes novadā."],
    "C2": ["Mūsu mērķis – lai Otaņķos arī pēc desmit gadiem būtu dzīvs ciems, kurā bērni aug, seniori nejūtas vieni un katram ir kur satikties."],
    "C4.1": ["Biedrībā tagad ir jau 31 biedrs!",
             "Vakar kopsapulcē ievēlējām jaunu valdi – Rita Kļaviņa, Armands Roze un Ieva Siliņa."],
    "C4.2": ["Mēs lepojamies ar Nīcas tautastērpu un savām dziesmām – tas ir tas, kas mūs padara par otaņķniekiem."],
    "C4.3": ["Sestdien 23 otaņķnieki paši nomainīja saieta nama notekcaurules, izzāģēja krūmus parkā un salaboja žogu pie bērnu laukumiņa.",
             "Materiālus nopirkām par biedru naudām, darbu izdarījām paši."],
    "C4.4": ["Kopā nobalsoja 58 otaņķnieki.",
             "Ar 27 balsīm uzvarēja vieta pie dīķa, otrā bija autobusa pietura (19), trešā – kapu ceļš (12).",
             "Soliņš pie dīķa jau stāv – to sestdien uzstādīja Armands un Jānis."],
    "C5.1": ["Sestdien saieta namā atkal notika „Vecmāmiņu skola”: Velta un Zenta mācīja 9 bērniem un trim mammām aust Nīcas jostas un stāstīja, kā to darīja viņu mātes."],
    "C5.2": ["Sestdien saieta namā atkal notika „Vecmāmiņu skola”: Velta un Zenta mācīja 9 bērniem un trim mammām aust Nīcas jostas un stāstīja, kā to darīja viņu mātes."],
    "C5.4": ["Kā jūs zināt, visas ziņas ciema ļaudīm liekam šeit un WhatsApp grupā „Otaņķi kopā”, bet vecākajiem kaimiņiem, kam nav viedtālruņa, jaunumus katru piektdienu pa telefonu izstāsta mūsu Rita."],
    "C6.3": ["Arī šogad piedalījāmies Lielajā talkā – sakopām ceļmalas no Otaņķiem līdz Bārtas tiltam un savācām 40 maisus atkritumu."],
    "C6.4": ["Liels paldies bijušajam otaņķniekam Jānim Bērtulim, kurš no Īrijas saziedoja 600 eiro saieta nama krāsns pārmūrēšanai!",
             "Palīgā atbrauca arī seši brīvprātīgie no Liepājas, kas par talku uzzināja no mūsu lapas."],
}, notes={
    "C3.1": "the e-shop is in a paid advert of 'Nīcas veikals „Laima”', not the applicant's",
    "C3.2": "co-working space only a wish ('būtu forši, ja kādreiz … varētu ierīkot'; 'Pagaidām tā ir tikai ideja')",
    "C3.3": "smart sensors only in a shared LSM article about Rīga; optical internet only promised by the operator ('varbūt nākamgad')",
    "C5.3": "no other sector (school, municipality, business, church) involved; adverts are not involvement; the donor and volunteers are private persons (C6.4)",
    "C6.1": "no list or explicit statement of resources (only 'par biedru naudām' in passing)",
    "C6.2": "no identified resource tied to the goal",
})

# ---------------------------------------------------------------- W06 strong
S["W06"] = dict(name="Biedrība „Vecpils sēta” (Vecpils)", archive="W06.zip", ev={
    "C1": ["Biedrība „Vecpils sēta” ir Vecpils ciema un pagasta iedzīvotāju apvienība, kas darbojas kopš 2016. gada."],
    "C2": ["Redzam Vecpili 2035. gadā kā ciemu, kurā var dzīvot, strādāt un audzināt bērnus, nebraucot katru dienu uz Liepāju vai Aizputi.",
           "Mūsu kopīgie mērķi ir: vietējās uzņēmējdarbības stiprināšana, drošs un sakopts ciems un kopiena, kurā neviens nejūtas lieks."],
    "C3.1": ["Kopš 2022. gada dzirnavu pagalmā katru otro sestdienu darbojas „Vecpils tirgus” ar vienotu zīmolu, un tā 16 tirgotāji kopā uztur arī pasūtījumu sistēmu internetā, no kuras preces piegādā līdz Aizputei."],
    "C3.2": ["2023. gadā biedrība kopā ar pagasta pārvaldi izveidoja „Kopienas padomi”, kurā ciema lēmumus pirms iesniegšanas pašvaldībā apspriež iedzīvotāju, uzņēmēju un skolas pārstāvji."],
    "C3.3": ["Jauniešu darbnīcā ir 3D printeris un lāzergriezējs, un pērn 27 iedzīvotāji – no skolēniem līdz pensionāriem – apguva to lietošanu mūsu rīkotajos kursos."],
    "C4.1": ["Biedrībā ir 58 biedri, septiņu cilvēku valde un revidents.",
             "Biedru kopsapulce notiek divreiz gadā, bet starp tām darbojas četras brīvprātīgo komandas: „Dzirnavas”, „Tirgus”, „Bērni” un „Talkas”."],
    "C4.2": ["Vecpilnieki sevi sauc par „dzirnavu ļaudīm” – ūdensdzirnavas pie Lankas upes ir ciema sirds kopš 19. gadsimta, un tieši ap tām mūsu kopiena ir saaugusi.",
             "Mēs augstu vērtējam darba tikumu, pašu rokām darīto un spēju vienoties arī tad, ja domas atšķiras."],
    "C4.3": ["Kad 2024. gada pavasara palos aizsprostā izskaloja zemes valni, ciema vīri nākamajā rītā paši sagādāja smilšu maisus un divās dienās valni atjaunoja, vēl pirms ieradās pašvaldības tehnika."],
    "C4.4": ["Par projekta ideju 2025. gada janvārī balsoja visi iedzīvotāji, kas piedalījās ciema sapulcē: no četrām idejām dzirnavu otrais stāvs ieguva 71 balsi no 104.",
             "Arī „Vecpils tirgus” darbības noteikumus 2022. gadā apstiprināja tirgotāji un pircēji kopīgā balsojumā."],
    "C5.1": ["Darbnīcā senie amatnieki – kalējs un mucinieks – nodod savas prasmes jauniešiem, un kopš 2024. gada ar mums kopā darbojas arī trīs cilvēki ar invaliditāti no Aizputes dienas centra."],
    "C5.2": ["Darbnīcā senie amatnieki – kalējs un mucinieks – nodod savas prasmes jauniešiem, un kopš 2024. gada ar mums kopā darbojas arī trīs cilvēki ar invaliditāti no Aizputes dienas centra."],
    "C5.3": ["Vecpils pamatskolas skolēni divreiz nedēļā strādā jauniešu darbnīcā, pagasta pārvalde sedz dzirnavu elektrības izmaksas, bet SIA „Lankas koks” nodrošina kokmateriālus darbnīcas nodarbībām."],
    "C5.4": ["Biedrības iekšējā saziņa notiek komandu WhatsApp grupās un ikmēneša e-pasta vēstulē visiem biedriem.",
             "Katru gadu apkopojam sasniedzamību: 2024. gadā Facebook ziņas vidēji sasniedza 3500 lietotāju, un 40 % tirgus apmeklētāju atzina, ka par tirgu uzzinājuši tieši tur."],
    "C6.1": ["dzirnavu ēka un 1,4 ha pagalms pie Lankas upes",
             "instrumenti, 3D printeris, lāzergriezējs, tirgus nojumes",
             "19. gadsimta ūdensdzirnavas ar darbojošos mehānismu"],
    "C6.2": ["Tirgus vietu maksu pilnībā novirzām dzirnavu ēkas uzturēšanai, jo dzirnavas ir pamats mūsu mērķim stiprināt vietējo uzņēmējdarbību."],
    "C6.3": ["2021. gadā biedrība ar LEADER projekta atbalstu atjaunoja dzirnavu pirmā stāva telpas un iekārtoja tajās saieta zāli.",
             "Katru gadu piedalāmies Lielajā talkā un Dienvidkurzemes novada „Kopienu dienās”."],
    "C6.4": ["Pagājušajā vasarā pie mums divas nedēļas dzīvoja un strādāja seši studenti no Vācijas, kas kopā ar vietējiem atjaunoja dzirnavu koka vārtus un aizsprosta margas.",
             "Dzirnavu jumta nomaiņai 2022. gadā vietējais kokzāģētavas īpašnieks ziedoja visus kokmateriālus, bet bijušo vecpilnieku apvienība Rīgā savāca 2300 eiro."],
}, notes={})

# ---------------------------------------------------------------- W07 company
S["W07"] = dict(name="SIA „Sakas krasti” (viesu nams, Sakas pagasts) – uzņēmums, ne kopiena", archive="W07.tar.gz", ev={
    "C3.1": ["2023. gadā izveidojām 14 km garu kajaku un pārgājienu maršrutu „Sakas upes loks”, kuram viesi var pieteikties un samaksāt tiešsaistē."],
    "C3.3": ["2024. gadā viesu namā ierīkojām elektroauto uzlādes staciju, kas ir pirmā Sakas pagastā un pieejama arī vietējiem iedzīvotājiem."],
    "C5.1": ["Viesiem rīkojam maizes cepšanas meistarklases, kuras vada vietējā saimniece Dzintra Kalēja, izmantojot savas vecmāmiņas receptes."],
    "C5.3": ["Kopā ar Sakas pagasta bibliotēku un pagasta pārvaldi esam izveidojuši maršrutam sešus informācijas stendus par zvejniecības vēsturi."],
    "C5.4": ["Par piedāvājumiem informējam uzņēmuma mājaslapā un Facebook un Instagram kontos, kuriem kopā ir 4100 sekotāju, un 2024. gadā ziņas sasniedza vidēji 6000 cilvēku mēnesī."],
    "C6.1": ["12 kajaki, 4 kanoe laivas, laivu piekabe, mikroautobuss, uzlādes stacija",
             "3 ha zemes pie Sakas upes grīvas, laivu piestātne",
             "5 pastāvīgie darbinieki, gidi ar vācu un angļu valodas zināšanām"],
    "C6.3": ["2021. gadā ar LEADER programmas atbalstu iegādājāmies 12 kajakus un laivu piekabi, bet 2023. gadā piedalījāmies Latvijas Investīciju un attīstības aģentūras kampaņā „Atklāj Kurzemi”."],
}, notes={
    "C1": "applicant is a company (SIA); Sakas pagasts is named only as its location and the applicant is not presented as that place's community (the footer address is not relied on)",
    "C2": "only the company's business aim ('Uzņēmuma mērķis ir … palielināt viesu skaitu …'), not a community goal or vision",
    "C3.2": "nothing shown",
    "C4.1": "no organised body of residents: 'Sakas pagastā pašlaik nav aktīvas iedzīvotāju biedrības'",
    "C4.2": "no community identity or values stated",
    "C4.3": "the beach clean-up is organised by the company's staff ('organizē mūsu darbinieki'), not by the community",
    "C4.4": "the SIA board decided ('Lēmumu … pieņēma SIA valde')",
    "C5.2": "no integration of groups shown",
    "C6.2": "resources serve only business aims; no community goal (C2 absent)",
    "C6.4": "denied: 'Ārvalstu partneru vai sponsoru mums nav.'",
})

# ---------------------------------------------------------------- W08 newsletter
S["W08"] = dict(name="Biedrība „Vērgales kopiena” (Vērgale, Ziemupe) – izdevums „Vērgales kopienas vēstis”", archive="W08.zip", ev={
    "C1": ["Biedrība „Vērgales kopiena” tās izdod četras reizes gadā, lai ikviens Vērgales pagasta iedzīvotājs – arī tas, kuram nav interneta, – zinātu, kas notiek mūsu ciemos.",
           "Mēs esam vērgalnieki un ziemupnieki, un mums kopā ir viena liela māja – Vērgales pagasts."],
    "C2": ["Pagājušā gada nogalē biedrības valde vienojās par to, uz ko ejam: mēs vēlamies, lai 2030. gadā Vērgalē būtu pieejami pamatpakalpojumi, droši ceļi skolēniem un vieta, kur satikties visām paaudzēm."],
    "C3.3": ["Kopš novembra katru ceturtdienu Vērgales bibliotēkā biedrības brīvprātīgie – pārsvarā vidusskolēni – māca senioriem lietot viedtālruņus, e-pastu un latvija.gov.lv.",
             "Kursu līdz šim apmeklējuši 22 seniori, un 15 no viņiem jau paši piesakās pie ārsta internetā."],
    "C4.1": ["Biedrībā „Vērgales kopiena” šobrīd ir 39 biedri.",
             "Valdē darbojas Baiba Āboliņa (priekšsēdētāja), Gatis Liepa un Anna Strautiņa."],
    "C4.2": ["Mūsu lepnums ir Ziemupes zvejnieku sētas un jūras krasts, un mēs gribam, lai ciems saglabā savu zvejniecības dzīvesziņu, nevis pārvēršas par vasarnīcu rajonu."],
    "C4.3": ["Februāra sestdienā 14 ziemupnieki paši nojauca sapuvušo Ziemupes autobusa pieturu un divās dienās uzcēla jaunu – ar jumtu, soliņu un gaismu."],
    "C5.1": ["Vērgales grozu pinējs Valdis Kalniņš, kurš šo amatu mācījies no sava tēva, 12 dalībniekiem rādīja, kā sagatavot klūgas un nopīt pirmo grozu."],
    "C5.2": ["Kopš novembra katru ceturtdienu Vērgales bibliotēkā biedrības brīvprātīgie – pārsvarā vidusskolēni – māca senioriem lietot viedtālruņus, e-pastu un latvija.gov.lv."],
    "C5.3": ["Kopā ar Vērgales skolu un bibliotēku rīkojam senioru kursus un Sveču vakaru, un skolēni ir mūsu galvenie brīvprātīgie."],
    "C5.4": ["Biedrības jaunumi vispirms nonāk WhatsApp grupā „Vērgale kopā”, kurā ir 186 dalībnieki, pēc tam – Facebook lapā un uz ziņojumu dēļiem pie veikala Vērgalē un pie Ziemupes pieturas.",
             "Šīs vēstis izplatām papīrā veikalā, bibliotēkā un pastkastītēs, un tās saņem ap 250 mājsaimniecību."],
    "C6.3": ["2024. gadā ar LEADER projekta atbalstu saieta namā nomainījām logus, un jau piekto gadu piedalāmies Lielajā talkā, sakopjot Ziemupes pludmali."],
    "C6.4": ["Biedrība pateicas Ziemupes vasarniekiem, kas pērn saziedoja 1450 eiro senioru kursu datoriem, un Liepājas Universitātes studentiem, kas rudenī brīvprātīgi pierakstīja zvejnieku atmiņas."],
}, notes={
    "C3.1": "the e-shop is only in the classified advert of z/s „Ozolkalni”; cooperatives appear only in the expert quote",
    "C3.2": "the co-working space is in neighbouring Sakas pagasts ('Vērgalē tādas pagaidām nav'); the time bank is Rucava's (consultant's e-mail); the expert quote is general",
    "C4.4": "the goal was set by the board; the road survey is a non-answer ('Aptaujas rezultāti vēl tiek apkopoti.')",
    "C6.1": "denied in the e-mail: 'Resursu tabulu vēl neesam sagatavojuši'; no resource list anywhere",
    "C6.2": "no identified resources (C6.1 absent)",
})

# ---------------------------------------------------------------- W09 no diacritics
S["W09"] = dict(name='Biedriba "Kopa Medze" (Medze) – bez diakritiskajām zīmēm', archive="W09.zip", ev={
    "C1": ['Biedriba "Kopa Medze" ir Medzes ciema iedzivotaju biedriba, kas dibinata 2021. gada.',
           "Medze atrodas Dienvidkurzemes novada Medzes pagasta, 12 km no Liepajas, un ciema dzivo ap 650 cilveku."],
    "C2": ["Musu vizija ir Medze, kur jaunas gimenes izvelas dzivot nevis tapec, ka tuvu Liepajai, bet tapec, ka seit ir draudziga un aktiva kopiena.",
           "Musu merkis ir lidz 2028. gadam izveidot ciema centra vietu, kur satikties, un uzturet kaiminu palidzibu, lai neviens nepaliktu viens."],
    "C3.2": ['Kops 2024. gada rudens darbojas musu "Kaiminu stundu banka": iedzivotaji pieraksta, ar ko var palidzet citiem (aizvest uz arstu, noplaut zali, salabot zogu), un par palidzibu sanem stundas, ko var izmantot, kad palidziba vajadziga pasiem.',
             "Banka pasreiz ir 41 dalibnieks, un pagajusaja gada tika nostradatas 260 stundas."],
    "C4.1": ["Biedriba ir 27 biedri, valde - tris cilveki.",
             "Biedru sapulces notiek reizi divos menesos ciema bibliotekas zale, un uz tam nak ari iedzivotaji, kas nav biedri."],
    "C4.3": ["Kad 2023. gada rudeni ciema bernu laukuma sabruka supoles, tevi pasi savaca naudu, nopirka detalas un nedelas nogale uzstadija jaunas supoles.",
             "Ari ziema, kad ciema ielas netiek tiritas, iedzivotaji sniegu no trotuariem tira pec pasu sastadita grafika."],
    "C4.4": ['Projekta ideju izveleja iedzivotaju sapulce 2025. gada 8. februari: no tris idejam ar balsojumu (19 balsis no 31) uzvareja "Kaiminu maja".',
             "Pirms tam janvari veicam aptauju, kura 64 iedzivotaji nosauca, ka ciema visvairak trukst vietas, kur satikties, un so rezultatu izmantojam ideju atlase."],
    "C5.3": ['Sadarbojamies ar Medzes pagasta parvaldi, kas dod biedribai bibliotekas zali sapulcem, un ar Medzes pamatskolu, kuras sporta zali izmantojam ziemas pasakumiem.'],
    "C5.4": ['Informacija kopiena iet caur WhatsApp grupu "Medze kopa" (203 dalibnieki) un Facebook lapu, bet svarigakos pazinojumus izliekam ari uz zinojumu delis pie veikala.',
             "Pec musu aprekina WhatsApp grupa sasniedz apmeram pusi ciema majsaimniecibu."],
    "C6.1": ['cilvekresursi - 41 "Kaiminu stundu bankas" dalibnieks un ap 15 cilveku, kas regulari nak uz talkam;',
             "zinasanas un kompetences - biedru vidu ir medmasa, elektrikis, gramatvede un IT specialists;",
             "finansu - biedru naudas (ap 400 eiro gada)."],
    "C6.2": ["Kaiminu stundu bankas dalibniekus un vinu prasmes izmantojam tiesi musu merkim - lai neviens ciema nepaliktu bez palidzibas."],
}, notes={
    "C3.1": "only planned and not started ('Planojam ari izveidot … bet to vel neesam sakusi')",
    "C3.3": "contrast denial: optical internet and public WiFi are in neighbouring Grobina, 'bet mums tada nav'; the 3D printer in the e-mail is Grobina youth centre's",
    "C4.2": "criterion wording restated without a fact ('Kopiena apzinas savu identitati un var noradit savas vertibas un unikalitati.'); the e-mail itself calls section 5.2 too general",
    "C5.1": "denied: 'Novadpetniecibas darbu vel neesam uzsakusi'",
    "C5.2": "denied for seniors ('pagaidam netiek iesaistiti'); the pavilion's target group is a plan, not integration",
    "C6.3": "denied: 'Lidz sim neesam piedalijusies neviena valsts vai regionala projekta vai programma.'",
    "C6.4": "denied ('Sponsoru un arejo partneru mums nav'); sponsors only a wish in the e-mails ('vajadzetu meklet', 'varetu parunat'); the municipal hall is local cooperation (C5.3)",
})

# ---------------------------------------------------------------- W10 self-assessment
S["W10"] = dict(name="Biedrība „Dunalkas dzirnavnieki” (Dunalka) – pašvērtējums", archive="W10.tar.gz", ev={
    "C1": ["Biedrība „Dunalkas dzirnavnieki” ir Dunalkas ciema un Dunalkas pagasta iedzīvotāju biedrība, kas darbojas kopš 2018. gada un apsaimnieko vecās Dunalkas ūdensdzirnavas un to pagalmu.",
           "Mēs esam Dunalkas ciema iedzīvotāji, un mūs vieno dzirnavas, pie kurām ciems izaudzis."],
    "C2": ["Mūsu mērķis ir līdz 2030. gadam pārvērst dzirnavu pagalmu par ciema centru, kur notiek tirgus, svētki un ikdienas satikšanās, lai Dunalkā būtu vērts dzīvot arī jaunām ģimenēm."],
    "C3.1": ["Dzirnavās kopš 2024. gada maija darbojas biedru vadīts tiešās tirdzniecības punkts „Dzirnavu klēts”, kurā 9 biedru mājsaimniecības pārdod savus dārzeņus, olas un maizi bez starpniekiem, un pircēji preces var iepriekš pasūtīt pa telefonu vai e-pastu."],
    "C4.1": ["Mūsu biedri ir 24 ciema iedzīvotāji, un biedrību vada trīs cilvēku valde, ko ievēl kopsapulce uz diviem gadiem.",
             "Biedrībā ir 24 biedri, valde un trīs atbildīgie – par dzirnavām, tirdzniecības punktu un pasākumiem."],
    "C4.2": ["Dunalcnieki lepojas ar dzirnavām kā ciema simbolu un ar Dunalkas maizes tradīciju – rudzu maizi joprojām cep no dzirnavās maltiem miltiem."],
    "C4.3": ["Kad 2023. gada pavasara palos izskaloja dzirnavu dambi, biedri paši saveda akmeņus un nedēļas laikā dambi atjaunoja."],
    "C4.4": ["Projekta virzienu – dzirnavu pagalma labiekārtošanu – izvēlējās 2024. gada novembra iedzīvotāju sapulcē, kurā no piecām idejām ar balsojumu uzvarēja šī.",
             "Nolēma: apstiprināt projekta iesniegumu un uzdot valdes priekšsēdētājai to iesniegt."],
    "C5.1": ["Katru rudeni Maizes dienā saimnieces rāda ciema ļaudīm un viesiem, kā no dzirnavās maltiem miltiem cept rudzu maizi pēc vecajām Dunalkas receptēm."],
    "C6.3": ["2020. gadā ar LEADER atbalstu atjaunojām dzirnavu jumtu, bet 2023. gadā ar Valsts kultūrkapitāla fonda Kurzemes kultūras programmas finansējumu sarīkojām pirmo Maizes dienu."],
}, notes={
    "C3.2": "self-assessment row restates the criterion ('Kopiena īsteno sociālo inovāciju …') and claims 3 points without a fact",
    "C3.3": "row is '—'; denied in the summary ('digitālās apmācības ciemā līdz šim nav notikušas')",
    "C5.2": "row restates the criterion ('Tiek integrētas dažādas sociālās un vecuma grupas.'), points without a fact",
    "C5.3": "non-answer 'Vēl tiek izstrādāts.'; cooperation with Durbe school only wished",
    "C5.4": "non-answer 'Nav apkopots.'; website only planned",
    "C6.1": "non-answer 'Skatīt pielikumā Nr. 2.' – the resource list is not in the archive; a full list is only planned",
    "C6.2": "row restates the criterion; no identified resources (C6.1 absent)",
    "C6.4": "row restates the criterion; a foreign partner only wished ('Būtu labi arī atrast …')",
})

# ---------------------------------------------------------------- W11 mixed (ODT form)
S["W11"] = dict(name="Biedrība „Kazdangas parka draugi” (Kazdanga)", archive="W11.zip", ev={
    "C1": ["Biedrība „Kazdangas parka draugi” apvieno Kazdangas ciema iedzīvotājus, kuriem rūp Kazdangas muižas parks un ciema nākotne."],
    "C2": ["Mūsu vīzija ir Kazdanga, kuru pazīst visā Latvijā kā parka ciemu un kur parks dod darbu un ienākumus vietējiem cilvēkiem.",
           "Mūsu mērķis līdz 2030. gadam ir padarīt parku par ciema ekonomikas dzinēju: ekskursijas, vietējo ražotāju produkcija un pasākumi visu gadu, nevis tikai vasarā."],
    "C3.1": ["Kopš 2024. gada maija biedrība piedāvā gida pavadītas parka ekskursijas ar vienotu zīmolu „Kazdangas parka stāsti”, un biļetes tirgojam tiešsaistē."],
    "C3.3": ["Parkā 2024. gadā izvietojām 25 QR kodu plāksnītes ar audiogidu latviešu, angļu un vācu valodā, un ar tām iepazinušies jau vairāk nekā 3000 apmeklētāju.",
             "Gidus – septiņus vietējos iedzīvotājus – apmācījām lietot tiešsaistes rezervāciju sistēmu un planšetdatorus."],
    "C4.1": ["Biedrībā ir 34 biedri un piecu cilvēku valde.",
             "Biedri darbojas trīs grupās – parka kopšanas, ekskursiju un saimnieciskajā –, un katrai grupai ir savs koordinators."],
    "C4.2": ["Mēs lepojamies ar to, ka Kazdangas parkā aug vairāk nekā 350 koku un krūmu sugu un ka ciemā ir sena dārzkopības un mežkopības izglītības tradīcija.",
             "Kazdandznieki uzskata sevi par parka saimniekiem, nevis tikai kaimiņiem."],
    "C4.3": ["Biedrība tajā pašā vakarā sasauca cilvēkus, un nākamajās trīs dienās 60 iedzīvotāji ar pašu motorzāģiem un piekabēm atbrīvoja celiņus, vēl pirms pašvaldība paspēja izsludināt darbus."],
    "C5.1": ["Ekskursiju gidi ir vietējie novadpētnieki, kas stāsta par muižas vēsturi un parka veidotājiem, un katru pavasari viņi apmāca jaunos gidus, nododot savus pierakstus un stāstus.",
             "Ik gadu parka svētkos amatnieki rāda, kā darina koka skaidu jumtus, kādi kādreiz bija muižas saimniecības ēkām."],
    "C5.3": ["Ekskursijas rīkojam kopā ar Kazdangas pagasta pārvaldi un Kazdangas pamatskolu, kas sliktos laikapstākļos ekskursantiem dod savas telpas.",
             "Vietējā kafejnīca „Muižas kalte” ekskursantiem piedāvā maltīti ar vietējo ražotāju produkciju."],
    "C5.4": ["Ekskursiju grafiku un jaunumus biedri saņem kopīgā WhatsApp grupā, bet ciema iedzīvotājus informējam ar Facebook lapu un plakātiem pie veikala.",
             "Apmeklētājus uzrunājam ar Instagram kontu, un 2024. gadā 23 % ekskursantu norādīja, ka par mums uzzinājuši tieši no sociālajiem tīkliem."],
    "C6.1": ["Kazdangas muižas parks (87 ha), kas ir valsts nozīmes dendroloģisks objekts",
             "7 gidi, 2 dendrologi, novadpētnieki, angļu un vācu valodas zinātāji",
             "vairāk nekā 350 koku un krūmu sugu kolekcija, muižas ansamblis"],
    "C6.2": ["Parku kā mūsu unikālāko resursu izmantojam tieši tam, lai sasniegtu mērķi – ar ekskursijām radīt vietējiem cilvēkiem ienākumus."],
    "C6.4": ["Audiogida tekstus bez atlīdzības sagatavoja Latvijas Universitātes dendrologi, un vācu tulkojumu ziedoja biedrība „Freundeskreis Katzdangen” no Vācijas, kas mūs atbalsta kopš 2022. gada."],
}, notes={
    "C3.2": "contrast denial: the co-working space is in Aizpute, 'bet mums tādas nav'",
    "C4.4": "a survey that changed nothing ('aptaujas rezultāti projekta izvēli neietekmēja') – the board set the direction",
    "C5.2": "not shown for the applicant; the inclusive education of pupils with special needs is the school's own (support letter, writer's 'we')",
    "C6.3": "denied ('Valsts vai reģionālas programmas līdz šim neesam izmantojuši') and only planned for next year; 'Latvijas skolas soma' is the school's programme",
})

# ---------------------------------------------------------------- W12 strong
S["W12"] = dict(name="Biedrība „Apriķu kopiena” (Apriķi, Lažas pagasts)", archive="W12.zip", ev={
    "C1": ["Mēs – ap 350 Apriķu ciema ļaužu Lažas pagastā, Dienvidkurzemes novadā – 2017. gadā apvienojāmies biedrībā „Apriķu kopiena”, jo sapratām, ka ciema problēmas neviens cits mūsu vietā neatrisinās."],
    "C2": ["Mēs gribam, lai 2035. gadā Apriķi būtu vieta, kur vecumdienas var pavadīt savās mājās, nevis pansionātā, un kur jaunai ģimenei nav vajadzīgas divas mašīnas.",
           "Mūsu kopīgais mērķis ir pieejami pakalpojumi un transports ikvienam ciema iedzīvotājam."],
    "C3.1": ["2023. gadā biedrība nodibināja sociālo uzņēmumu SIA „Apriķu darbnīca”, kurā pastāvīgu darbu atraduši četri cilvēki ar invaliditāti; viņi auž un šuj linu izstrādājumus, ko pārdod ar zīmolu „Apriķu lini” muižas veikaliņā un internetā."],
    "C3.2": ["Kopš 2024. gada marta ciemā darbojas koplietošanas automašīna, ko iedzīvotāji rezervē pēc kopīga grafika un kas senioriem nodrošina braucienus pie ārsta uz Aizputi."],
    "C3.3": ["Ciema ūdensapgādes sūkņu stacijā 2024. gadā uzstādījām attālinātās uzraudzības sensorus, kas par bojājumu nosūta īsziņu trim dežurantiem.",
             "Pērn 19 senioriem iemācījām rezervēt koplietošanas auto ar viedtālruni, bet tiem, kam viedtālruņa nav, braucienu piesaka ielas kontaktcilvēks."],
    "C4.1": ["Biedrībā ir 52 biedri.",
             "Valdi ievēlam uz trim gadiem, bet ikdienas darbus dala piecas ielu komandas – katrai ielai un viensētu grupai ir savs kontaktcilvēks, kas zina, kam kaimiņos vajadzīga palīdzība."],
    "C4.2": ["Apriķu ļaudīm svarīgākā vērtība ir kaimiņu uzticēšanās – ciemā joprojām daudzi nemaz neaizslēdz durvis.",
             "Lepojamies ar Apriķu muižas un baznīcas vēsturi un ar linu audēju tradīciju, kas te nav pārtrūkusi kopš 19. gadsimta."],
    "C4.3": ["Kad 2024. gada janvārī sala dēļ pārplīsa ciema ūdensvads, ielu komandas vienā vakarā apzvanīja visas mājas, saveda ūdeni senioriem un līdz pašvaldības brigādes ierašanās brīdim paši ietina caurules pagaidu siltumizolācijā."],
    "C4.4": ["Kopš 2022. gada pašvaldības piešķirto ciema naudu – 5000 eiro gadā – sadalām līdzdalības budžeta kārtībā: idejas iesniedz iedzīvotāji, un par tām balso visi ciema pilngadīgie iedzīvotāji.",
             "2024. gadā balsojumā piedalījās 171 cilvēks, un uzvarēja koplietošanas auto iegāde."],
    "C5.1": ["Muižas vēstures istabā novadpētniece Aija Lāce kopā ar skolēniem apkopo ciema ļaužu atmiņas, bet vecās audējas „Apriķu darbnīcas” strādniekiem un ikvienam interesentam māca linu aušanas rakstus."],
    "C5.2": ["Darbnīcā kopā strādā dažādu paaudžu cilvēki ar un bez invaliditātes."],
    "C5.3": ["Sadarbojamies ar Lažas pagasta pārvaldi, kas sedz koplietošanas auto apdrošināšanu, ar Apriķu evaņģēliski luterisko draudzi, kuras namā notiek senioru tikšanās, un ar Aizputes vidusskolu, kuras jaunieši vada mūsu digitālās nodarbības."],
    "C5.4": ["Iekšēji informācija plūst caur ielu kontaktcilvēkiem un WhatsApp grupu, kurā ir 140 dalībnieku, bet ārpasaulei par sevi stāstām mājaslapā aprikukopiena.lv un Facebook.",
             "Reizi gadā sekojam, cik cilvēku sasniedzam: 2024. gadā mājaslapu apmeklēja 6200 lietotāju, un Facebook ziņas par līdzdalības budžetu redzēja 4100 cilvēku."],
    "C6.1": ["Esam apzinājuši savus resursus.",
             "Tehniskie resursi ir koplietošanas automašīna, darbnīcas stelles un šujmašīnas, sūkņu stacijas sensori.",
             "Unikāls resurss ir linu aušanas prasme, kas Kurzemē saglabājusies tikai dažos ciemos."],
    "C6.2": ["Koplietošanas auto un brīvprātīgos šoferus izmantojam tieši mūsu galvenajam mērķim – lai ikviens ciema iedzīvotājs varētu tikt pie ārsta un pakalpojumiem bez savas mašīnas."],
    "C6.3": ["2020. gadā ar LEADER atbalstu iekārtojām muižas vēstures istabu, bet 2023. gadā sociālā uzņēmuma stellēm saņēmām Altum programmas grantu.",
             "2024. gadā piedalījāmies Latvijas Lauku foruma rīkotajā Vietējo kopienu sarunu festivālā."],
    "C6.4": ["Pirmo koplietošanas auto mums uzdāvināja Aizputes autoservisa īpašnieks, kurš bērnībā dzīvoja Apriķos.",
             "Pagājušajā vasarā trīs Rīgas Tehniskās universitātes studenti brīvprātīgi izstrādāja sūkņu stacijas uzraudzības sistēmu, un kopš 2023. gada mūsu audējas sadarbojas ar Igaunijas Kihnu salas amatnieku biedrību."],
}, notes={})

# ---------------------------------------------------------------- W13 action plan
S["W13"] = dict(name="Biedrība „Bārtas krasts” (Bārta) – rīcības plāns ar budžetu", archive="W13.zip", ev={
    "C1": ["Biedrība „Bārtas krasts” apvieno Bārtas ciema iedzīvotājus Bārtas pagastā, Dienvidkurzemes novadā, kuriem rūp Bārtas upe un tās krasti."],
    "C2": ["Mūsu vīzija: 2035. gadā Bārtas upe atkal ir ciema dzīves centrs – ar sakoptiem krastiem, laivu braucieniem, makšķerniekiem un vietu, kur satikties visām paaudzēm.",
           "Mūsu mērķis 2025.–2027. gadam ir padarīt upi pieejamu ikvienam ciema iedzīvotājam un viesim."],
    "C4.1": ["Biedrība dibināta 2022. gadā; tajā ir 19 biedri un trīs cilvēku valde, un biedri tiekas katra mēneša pirmajā svētdienā Bārtas bibliotēkā."],
    "C4.2": ["Bārtnieki sevi vienmēr ir saistījuši ar upi: ciema nosaukums, dziesmas un senākie arodi – plostniecība un zveja – nāk no Bārtas.",
             "Upe ir tas, kas mūs atšķir no citiem Dienvidkurzemes ciemiem, un to mēs gribam saglabāt."],
    "C5.1": ["Vecākais biedrs Arvīds Kūla, pēdējais Bārtas upes plostnieks, biedriem un viesiem māca siet zvejas tīklus un stāsta par plostniecību, un viņa stāstus biedrības sekretāre pieraksta grāmatai."],
    "C5.3": ["Bārtas pagasta pārvalde biedrībai bez maksas nodod lietošanā laivu piestātnes zemi, bet Bārtas pamatskolas direktore ir biedrības valdes locekle."],
    "C6.1": ["Biedrības rīcībā ir šādi resursi:",
             "tehniskie – laivu nojume, sešas airu laivas, piekabe;",
             "unikālie – Bārtas upes lejtece ar vecajām plostu vietām."],
    "C6.2": ["Laivu nojumi un sešas laivas jau izmantojam mūsu galvenajam mērķim – lai Bārtas upe atkal kļūtu par ciema dzīves centru: vasaras vakaros laivas par ziedojumu saņem ikviens ciema iedzīvotājs."],
    "C6.4": ["Laivu nojumi 2024. gadā uzbūvēja z/s „Priednieki” no Nīcas pagasta no saviem kokmateriāliem, bet sešas laivas mums uzdāvināja Liepājas airēšanas klubs.",
             "2024. gadā mēs no saviem kokmateriāliem un ar saviem darbiniekiem biedrībai uzbūvējām laivu nojumi Bārtas krastā, jo uzskatām, ka upe ir visu apkārtējo pagastu bagātība."],
}, notes={
    "C3.1": "the boat route with online booking is an action-plan row (planned for 2026)",
    "C3.2": "the community room and time bank are an action-plan row (planned)",
    "C3.3": "the online booking system is only planned (action plan, budget 'pieteiksimies')",
    "C4.3": "river-bank clean-ups planned and explicitly 'šo rīcību vēl neesam sākuši'",
    "C4.4": "plan drafted by the board; discussion in the general meeting only planned ('plānots apspriest')",
    "C5.2": "joint youth–senior boat trips are only an action-plan row; 'visām paaudzēm' is part of the vision",
    "C5.4": "denied ('Pagaidām vienota informācijas kanāla ciemā mums nav.'); WhatsApp group and notice board only planned",
    "C6.3": "only planned applications ('pieteiksimies'); the ELFLA grant and ministry programme in the support letter are the farm's own",
})

# ---------------------------------------------------------------- W14 very weak
S["W14"] = dict(name="Biedrība „Tadaiķu nākotne” (Tadaiķi, Durbes pagasts)", archive="W14.tar.gz", ev={
    "C1": ["Mēs esam Tadaiķu ciema iedzīvotāji Durbes pagastā, un biedrību nodibinājām šā gada februārī, kad uzzinājām par iespēju pieteikties „Viedo ciemu” rīcībā."],
    "C2": ["Mūsu mērķis ir atdzīvināt Tadaiķus, lai bijušās skolas ēkā atkal būtu dzīvība un lai cilvēkiem būtu iemesls šeit palikt.",
           "Nākotnē redzam Tadaiķus kā ciemu, kur var strādāt attālināti, audzināt bērnus un satikt kaimiņus."],
    "C6.1": ["Mūsu resursi ir bijušās Tadaiķu skolas ēka, kas pieder pašvaldībai, trīs hektāri pļavas pie Durbes ezera, divi traktori, kas pieder biedriem, un vairāki cilvēki ar celtnieka prasmēm."],
}, notes={
    "C3.1": "wish ('Nākotnē vajadzētu domāt arī par vietējo produktu e-veikalu.')",
    "C3.2": "wish ('būtu labi ierīkot kopstrādes telpu'); Durbe's community centre is the neighbour's ('bet mums tāda nav')",
    "C3.3": "conditional ('Varētu arī uzstādīt saules paneļus … un izveidot ciema mobilo lietotni'); the smart-village definition is general text",
    "C4.1": "no joint activity and no members' meetings yet ('biedru sapulces vēl nav bijušas'); 'tikai trīs aktīvi cilvēki'",
    "C4.2": "denied: 'Savu identitāti un vērtības vēl neesam apzinājuši.'",
    "C4.3": "conditional ('Pavasarī varētu sarīkot talku'); joint activity denied",
    "C4.4": "first meeting and vote only planned ('Plānojam … kurā varētu ar balsojumu')",
    "C5.1": "conditional ('vecie ļaudis varētu mācīt jauniešiem amatus')",
    "C5.2": "wish ('Vajadzētu iesaistīt seniorus un jauniešus')",
    "C5.3": "denied ('Ar pašvaldību un uzņēmējiem sadarbība vēl nav uzsākta')",
    "C5.4": "planned only ('plānojam izveidot Facebook lapu un WhatsApp grupu')",
    "C6.2": "hypothetical use only ('Šos resursus varētu izmantot …')",
    "C6.3": "denied ('Valsts un reģionālās programmās neesam piedalījušies'); LEADER only in the header boilerplate and wishes",
    "C6.4": "intention only ('ir iecerēts meklēt pēc projekta apstiprināšanas')",
})

# ---------------------------------------------------------------- W15 institution
S["W15"] = dict(name="Dienvidkurzemes novada pašvaldība (Kalētu pagasta pārvalde) – iestāde, ne kopiena", archive="W15.zip", ev={
    "C3.3": ["2024. gadā pārvaldē ierīkojām valsts un pašvaldības vienoto klientu apkalpošanas centru, un bibliotēkā 52 iedzīvotāji apguva e-paraksta un portāla latvija.gov.lv lietošanu."],
    "C4.4": ["2024. gada oktobrī pārvalde sasauca iedzīvotāju sapulci, kurā 57 klātesošie ar balsojumu izvēlējās šo projektu no trim pārvaldes piedāvātajām idejām."],
    "C5.1": ["Kalētu bibliotēka glabā novadpētniecības krājumu, un kopš 2023. gada bibliotekāre kopā ar vietējām adītājām rīko Kalētu cimdu rakstu meistarklases, kurās piedalījušies 70 cilvēki."],
    "C5.2": ["Tautas namā kopš 2023. gada darbojas senioru un jauniešu kopīgs teātra pulciņš, kurā spēlē 11 dalībnieki vecumā no 14 līdz 78 gadiem, un izrādēs piedalās arī divi jaunieši ar kustību traucējumiem."],
    "C5.3": ["Pārvalde sadarbojas ar Kalētu pamatskolu, Kalētu evaņģēliski luterisko draudzi un z/s „Ozoliņi”, kas ziemā bez maksas tīra sniegu pie tautas nama un bibliotēkas."],
    "C5.4": ["Pagasta informatīvais izdevums „Kalētu Avīze” iznāk reizi mēnesī 400 eksemplāros, un jaunumus publicējam arī pārvaldes Facebook lapā, kurai seko 900 lietotāju.",
             "Avīzi nogādā visās pagasta pastkastītēs, un pēc 2024. gada aptaujas datiem to lasa 8 no 10 mājsaimniecībām."],
    "C6.1": ["tautas nama ēka (420 m²), bibliotēkas datori, pārvaldes mikroautobuss",
             "bibliotekāre, kultūras darba organizatore, sociālā darbiniece",
             "Kalētu cimdu rakstu kolekcija (120 pāri)"],
    "C6.3": ["2021. gadā ar ELFLA LEADER atbalstu pārvalde atjaunoja estrādi, bet 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdeva grāmatu „Kalētu cimdi”."],
    "C6.4": ["Kopš 2022. gada pārvalde sadarbojas ar Lietuvas Skuodas rajona pašvaldību: lietuviešu kolēģi pērn uzdāvināja bibliotēkai 200 grāmatu, un abu pušu amatnieki divreiz gadā rīko kopīgus tirdziņus."],
}, notes={
    "C1": "applicant is a municipal institution; Kalētu pagasts is named as its service area, but the applicant is not presented as a community of residents (letterhead address not relied on)",
    "C2": "only the municipality's development-programme vision and the project's aim ('Pārvaldes darbības mērķi ir noteikti … attīstības programmā'), not the community's own goal",
    "C3.1": "nothing shown",
    "C3.2": "a traditional culture house (choir, dance group) is not social innovation",
    "C4.1": "denied: 'Pagastā pašlaik nav nevienas aktīvas biedrības, un iedzīvotāji nav apvienojušies kādā organizācijā'",
    "C4.2": "no community identity or values stated",
    "C4.3": "clean-ups organised by the institution ('Talkas pagastā organizē pārvalde'), not by residents",
    "C6.2": "no community goal (C2 absent); resources tied only to the institution's project",
})

# ---------------------------------------------------------------- W16 mixed + Facebook
S["W16"] = dict(name="Biedrība „Virgas muižas ļaudis” (Virga)", archive="W16.zip", ev={
    "C1": ["Biedrība „Virgas muižas ļaudis” ir Virgas ciema iedzīvotāju apvienība Virgas pagastā, Dienvidkurzemes novadā."],
    "C2": ["Mēs vēlamies, lai Virga 2030. gadā būtu ciems, kurā ir kur satikties, kur nopirkt vietējo pārtiku un kur ģimenes ar bērniem jūtas gaidītas.",
           "Mūsu galvenais mērķis ir izveidot ciemā pastāvīgu satikšanās un tirdzniecības vietu pie muižas klēts."],
    "C3.1": ["Kopš 2024. gada pavasara biedrība ik sestdienu rīko Virgas tirdziņu, kur ciema ļaudis pārdod pašu audzēto un gatavoto tieši pircējiem, un tirdziņam esam izveidojuši savu zīmolu „Virgas vasara”."],
    "C4.1": ["Tagad biedrībā ir 28 biedri un trīs cilvēku valde, un biedri dalās divās grupās – tirdziņa un saimnieciskajā."],
    "C4.3": ["2023. gada pavasarī biedri paši nojauca klēts sapuvušo jumta daļu un ar pašu sagādātiem dakstiņiem to pārklāja no jauna.",
             "Kad tirdziņa pirmajā vasarā vējš apgāza teltis, nākamajā sestdienā vīri bija sametinājuši stabilus rāmjus no veca metāla."],
    "C4.4": ["Tirdziņa vietu – pie muižas klēts – 2024. gada martā izvēlējās ciema iedzīvotāji balsojumā, kurā piedalījās 86 cilvēki."],
    "C5.2": ["Tirdziņā blakus stāv seniori un jaunās ģimenes, un vienā stendā tirgojas divas ukraiņu ģimenes, kas Virgā dzīvo kopš 2022. gada un pārdod pašu ceptas kūkas."],
    "C5.4": ["Jaunumus biedri un pircēji uzzina tirdziņa WhatsApp grupā (210 dalībnieku) un biedrības Facebook lapā, bet uz ziņojumu dēļa pie veikala katru piektdienu izliekam nākamās sestdienas piedāvājumu."],
    "C6.1": ["Esam apzinājuši šādus resursus:",
             "6 tirdziņa teltis ar metāla rāmjiem, galdi, elektrības pagarinātāji",
             "muižas klēts un laukums pie tās (nomā no pašvaldības)"],
    "C6.2": ["Klēts laukumu un teltis izmantojam tieši mūsu galvenajam mērķim – pastāvīgai satikšanās un tirdzniecības vietai ciemā."],
}, notes={
    "C3.2": "contrast denial: the community centre is in Priekule, 'bet mums tāda nav'; the one-day seed swap ('sēklu bibliotēka') is an event, not a new form of cooperation",
    "C3.3": "contrast denial: smart meters are in Priekule, 'bet Virgā tādu nav'; the optical network 'vēl nav ievilkts'; the 'Sadales tīkls' post is about the power grid",
    "C4.2": "not shown; 'vērtība' appears only as asset value ('Biedrības pamatlīdzekļu vērtība … 3200 eiro')",
    "C5.1": "not shown ('Koncerta programma' is an event programme)",
    "C5.3": "denied: 'Pagasta pārvalde un skola mūsu aktivitātēs līdz šim nav iesaistījušās'; 'sēklu bibliotēka' is a seed swap, 'Skolas iela' a street name, the barn is leased from the municipality",
    "C6.3": "no national or regional measure: 'tehniskais projekts' is a building design, 'Virgas dziesmu konkurss' is the society's own event, 'programma' an event programme",
    "C6.4": "denied: 'Ārēju finansējumu vai sponsorus līdz šim neesam piesaistījuši.'; 'tīkls' is the electricity network",
})


def build():
    out = {}
    for wid in sorted(S):
        d = S[wid]
        ind = {i: ("present" if i in d["ev"] else "absent") for i in IDS}
        unknown = set(d["ev"]) | set(d["notes"])
        assert unknown <= set(IDS), (wid, unknown - set(IDS))
        assert not (set(d["ev"]) & set(d["notes"])), wid
        out[wid] = {"name": d["name"], "archive": d["archive"], "indicators": ind,
                    "evidence": {i: d["ev"][i] for i in IDS if i in d["ev"]},
                    "notes": {i: d["notes"][i] for i in IDS if i in d["notes"]}}
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("wrote", path)


if __name__ == "__main__":
    build()
