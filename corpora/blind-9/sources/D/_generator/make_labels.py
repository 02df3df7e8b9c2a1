#!/usr/bin/env python3
"""Write ../../labels.json.  Labels were decided by hand, reading each
submission as a strict evaluator following criteria.md ("What counts as
evidence"); this file only holds them in a form that is easy to edit."""
import json
import os

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

L = {}


def sub(sid, name, archive, evidence, notes):
    L[sid] = {
        "name": name,
        "archive": archive,
        "indicators": {i: ("present" if i in evidence else "absent") for i in IDS},
        "evidence": {i: evidence[i] for i in IDS if i in evidence},
        "notes": {i: notes[i] for i in IDS if i in notes},
    }


# ------------------------------------------------------------------ D01
sub("D01", "Biedrība „Dzērvenāju kopiena“ (Dzērvenāji, Egļupes pagasts)", "D01.zip", {
    "C1": ["Mēs, Dzērvenāju ciema ļaudis, esam neliela, bet cieša kopiena – Egļupes pagasta ziemeļu malā, pašā upes līkumā, dzīvo ap 380 cilvēku, un lielākā daļa cits citu pazīst pēc vārda un sejas."],
    "C2": ["Gribam, lai pēc desmit gadiem Dzērvenāji būtu vieta, kur jaunai ģimenei nav jābrauc uz Aizkraukli pēc katras mazākās vajadzības un kur vecs cilvēks nepaliek viens savās četrās sienās.",
           "Mūsu kopīgais mērķis ir labāka dzīve visiem, kas te dzīvo – no šūpuļa līdz sirmam vecumam."],
    "C3.1": ["Pirms diviem gadiem biedrības paspārnē radām kopīgu zīmolu „Dzērvenāju ogas“, ar kuru piecas vietējās saimniecības kopā pārdod dzērvenes, ievārījumus un kaltētas ogas tiešajā tirdzniecībā un nelielā e-veikalā."],
    "C3.2": ["Kopš 2022. gada ciemā darbojas laika banka: tajā reģistrējušies 29 iedzīvotāji, kuri savā starpā apmainās ar stundām – viens nopļauj zālienu, otrs pieskata bērnus, trešais palīdz aizpildīt deklarāciju.",
             "Laika bankā jauns rekords – janvārī savā starpā apmainījāmies ar 57 stundām!"],
    "C3.3": ["Pagājušajā ziemā biedrības jaunieši novadīja astoņas nodarbības senioriem, kurās 22 cilvēki iemācījās lietot internetbanku, e-veselību un pierakstīties pie ārsta ar telefona palīdzību."],
    "C4.1": ["Šobrīd biedrībā ir 47 biedri – gan pensionāri, kas šeit nodzīvojuši visu mūžu, gan jaunās ģimenes, kas pie mums pārcēlušās pēdējos gados.",
             "Biedrību vada piecu cilvēku valde, ko kopsapulce ievēl uz diviem gadiem; valdes sēdes notiek katra mēneša pirmajā pirmdienā, un uz tām drīkst atnākt ikviens, kam ir kāda doma vai bēda."],
    "C4.2": ["Mēs lepojamies ar Dzērvenāju purvu un ar to, ka jau vairāk nekā simt gadu katru oktobri ciemā svin Dzērveņu dienu – tā ir mūsu lielākā svētku reize, uz kuru atbrauc pat tie, kas sen aizceļojuši uz Rīgu vai Īriju.",
             "Mūsu vērtības ir vienkāršas: kaimiņš palīdz kaimiņam, un neviens netiek atstāts malā."],
    "C4.3": ["Kad 2021. gada februārī sniegputenis uz trim diennaktīm atstāja ciemu bez elektrības, biedri paši sastādīja sarakstu ar vientuļajiem vecajiem cilvēkiem, izvadāja viņiem siltu ēdienu un malku, bet skolas zālē ar Bērziņu saimniecības ģeneratoru lādējām telefonus un sildījām pārtiku.",
             "Katru pavasari rīkojam talkas; pērn 38 cilvēki kopā iztīrīja Egļupes krastu un salaboja laipu pāri upei.",
             "Sestdien pie vecā pasta bija talka! Atnāca 14 cilvēki, iznesām vecās mēbeles, izzāģējām krūmus, un Ritas zupa bija vislabākā."],
    "C4.4": ["Par to, kam tērēt biedrības naudu, lemjam kopsapulcē ar balsojumu.",
             "Pirms šī projekta, 2023. gada rudenī, izdalījām anketas pa mājām, un 118 iedzīvotāji norādīja, ka visvairāk pietrūkst vietas, kur ziemā satikties; tāpēc kopsapulce 2024. gada 12. janvārī ar 41 balsi no 52 nolēma par pirmo darbu izvēlēties tieši kopienas māju."],
    "C5.1": ["Audēja Milda Ozoliņa jau trešo gadu vada meistarklases, kurās jaunās māmiņas un skolēni mācās aust Dzērvenāju jostas pēc viņas vecmāmiņas rakstiem."],
    "C5.2": ["Mūsu pasākumos kopā ir gan senioru klubs „Sudrabmati“, gan jaunieši, gan trīs ukraiņu ģimenes, kas Dzērvenājos dzīvo kopš 2022. gada pavasara."],
    "C5.3": ["Egļupes pamatskola mums bez maksas dod sporta zāli, pagasta pārvalde palīdz ar autobusu, bet kokzāģētava „Egļupes koks“ pērn uzdāvināja dēļus jaunajai skatuvei."],
    "C5.4": ["Par visu, kas ciemā notiek, ziņojam biedrības Facebook lapā (ap 600 sekotāju) un WhatsApp grupā „Dzērvenāji kopā“, bet tiem, kam viedtālruņa nav, sludinājumus izliekam uz ziņojumu dēļa pie veikala.",
             "Esam ievērojuši, ka ziņa WhatsApp grupā dienas laikā sasniedz gandrīz visas ģimenes, bet pie dēļa apstājas galvenokārt vecākie ļaudis."],
    "C6.1": ["Biedrības rīcībā ir pļaujmašīna, skaņas aparatūra, divas teltis un 60 saliekamie krēsli.",
             "Vecā pasta ēka, ko pagasts nodevis biedrības lietošanā uz 15 gadiem, estrāde un divus hektārus liels ciema parks.",
             "Biedru naudas un Dzērveņu dienas ieņēmumi – vidēji 2800 eiro gadā.",
             "Ciemā dzīvo grāmatvede, divi elektriķi, audēja un pensionēta skolotāja, kas savas prasmes liek lietā biedrības labā.",
             "Ap 40 brīvprātīgo, kas regulāri nāk talkās un palīdz pasākumos.",
             "Dzērvenāju purvs ar dabisku dzērveņu audzi un jostu rakstu krājums, kāda nav nevienā citā vietā."],
    "C6.2": ["Dzērveņu dienas ieņēmumus jau trešo gadu liekam malā tieši kopienas mājas iekārtošanai, jo satikšanās vieta visām paaudzēm ir mūsu pirmais mērķis."],
    "C6.3": ["Jau 2019. gadā ar LEADER atbalstu atjaunojām estrādi, bet 2023. gadā no Sabiedrības integrācijas fonda saņēmām finansējumu senioru un jauniešu sarunu vakariem."],
    "C6.4": ["Kopš 2018. gada sadraudzējamies ar Metsaküla ciema biedrību Igaunijā, katru vasaru pie mums brīvprātīgajā darbā atbrauc 10–15 studentu no Rīgas, un pērn privātie ziedotāji kopā saziedoja 3400 eiro jumta remontam."],
}, {})

# ------------------------------------------------------------------ D02
sub("D02", "Ozolsalas pamatskola un ciema ļaudis (Ozolsala, Daugavmalas pagasts)", "D02.zip", {
    "C1": ["Ozolsala ir neliels ciems Daugavmalas pagastā, kurā dzīvo apmēram 340 cilvēku.",
           "Mēs, Ozolsalas ciema ļaudis – skolotāji, vecāki un vecvecāki –, šo pieteikumu rakstījām kopā, vakaros pie skolotāju istabas galda."],
    "C2": ["Mūsu sapnis ir, lai Ozolsala pēc gadiem desmit būtu ciems, no kura jaunieši neaizbrauc, jo šeit var mācīties, strādāt un dzīvot pilnvērtīgu dzīvi.",
           "Vēlamies, lai skola paliktu atvērta un kļūtu par vietu, kur mācās ne tikai bērni, bet visi ciema iedzīvotāji."],
    "C3.3": ["Kopš pagājušā rudens skolas datorklasē divreiz nedēļā notiek „Digitālās pēcpusdienas“, kurās 9. klases skolēni māca ciema senioriem lietot viedtālruni, e-pastu un portāla Latvija.gov.lv e-pakalpojumus; šo kursu jau pabeiguši 17 cilvēki."],
    "C5.1": ["Pensionētā vēstures skolotāja Vija Priedīte kopā ar skolēniem vāc atmiņas par Ozolsalas zvejniekiem, un no šiem stāstiem pērn tapa novadpētniecības izstāde skolas gaitenī, ko apmeklēja arī kaimiņu pagastu ļaudis."],
    "C5.2": ["Skolas svētkos kopā ar bērniem dzied arī vecvecāki, un kopš 2023. gada mūsu skolā mācās divi bērni ar īpašām vajadzībām, kuri piedalās visās ārpusstundu nodarbībās kopā ar klasesbiedriem."],
    "C5.3": ["Pašvaldība apmaksā skolēnu autobusu arī vakara pasākumiem, zemnieku saimniecība „Ābeles“ skolēniem rīko mācību ekskursijas savā fermā, bet pagasta bibliotēka kopā ar skolu rīko lasīšanas vakarus visam ciemam."],
    "C6.3": ["Skola jau trešo gadu piedalās programmā „Latvijas skolas soma“, un 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām grāmatiņu „Ozolsalas zvejnieku stāsti“."],
}, {
    "C3.1": "Direct selling only wished for in the conditional (\"Būtu labi, ja ...\").",
    "C3.2": "The community centre belongs to the neighbouring village (quoted newspaper), denied for the applicant: \"bet mums tāda nav\".",
    "C4.1": "Explicitly no association or initiative group; activities are run by the school (an institution).",
    "C4.2": "No statement of values, identity or uniqueness.",
    "C4.3": "Only a planned clean-up (\"plānojam rīkot talku\"); everything else organised by the school.",
    "C4.4": "Survey results not used in any decision; the content was agreed by the school administration.",
    "C5.4": "No description of information flow or named channels of the community.",
    "C6.1": "Denied: \"Resursu apzināšana mums vēl priekšā\".",
    "C6.2": "No identified resources, so none tied to the goal.",
    "C6.4": "Denied: \"sponsoru līdz šim nav bijis\"; municipal support is C5.3, not an external resource.",
})

# ------------------------------------------------------------------ D03
sub("D03", "Biedrība „Lejasbērzu attīstībai“ (Lejasbērzi, Kalnupes pagasts)", "D03.zip", {
    "C1": ["Lejasbērzi ir lauku ciems Kalnupes pagastā, un mēs, šejienes saimnieki ar ģimenēm, jau sen turamies kopā – citādi te nevar."],
    "C2": ["Mūsu mērķis – lai Lejasbērzos varētu nopelnīt iztiku ar savu zemi un lai jaunie nebēgtu uz pilsētu.",
           "Redzam Lejasbērzus kā ciemu, kur 2030. gadā strādā vismaz desmit ģimeņu saimniecības un vietējais piens, gaļa un graudi nonāk uz galda turpat novadā."],
    "C3.1": ["Pirms diviem gadiem septiņas saimniecības nodibinājām kooperatīvu „Lejasbērzu piens“, un tagad pienu uz pārstrādi vedam kopā, nevis katrs pa savam.",
             "Kopš pagājušā gada pie pagasta mājas darbojas arī tiešās tirdzniecības punkts – piektdienās tur paši pārdodam sieru, gaļu un dārzeņus."],
    "C4.1": ["Biedrībā ir 23 biedri, valdē trīs cilvēki; gandrīz katra ciema saimniecība ir biedrībā."],
    "C4.3": ["Sametāmies degvielai, ar trim traktoriem un savu granti ceļu salabojām divās dienās."],
    "C6.1": ["Biedriem kopā ir četri traktori ar piekabēm, graudu kalte un divi lopu pārvadājamie treileri.",
             "Kopā apsaimniekojam ap 1200 hektāru, un biedrības lietošanā ir bijusī kolhoza darbnīca – 600 kvadrātmetru.",
             "Starp biedriem ir veterinārārste un agronoms ar maģistra grādu.",
             "Biedrības kontā ir 1800 eiro; vairāk nav."],
    "C6.2": ["Veco kolhoza darbnīcu jau pārbūvējam par kopīgu pārstrādes cehu, jo tas ir tiešākais ceļš uz mūsu mērķi – lai vietējais produkts paliktu un tiktu pārdots tepat."],
    "C6.4": ["Zviedru partneri no Smolandes lauksaimnieku biedrības mums pērn uzdāvināja lietotu piena dzesētāju, bet Lietuvas kooperatīvs „Pieno slėnis“ aizdeva piena cisternu, kamēr mums savējās vēl nebija.",
             "Apliecinām, ka kopš 2023. gada esam biedrības „Lejasbērzu attīstībai“ sadarbības partneri."],
}, {
    "C3.2": "Co-working space exists only in the neighbouring village: \"bet mums tādas nav\".",
    "C3.3": "Solar panels are only a wish (\"Gribētu ... tā pagaidām ir tikai doma\").",
    "C4.2": "No values or identity stated.",
    "C4.4": "The board devised and approved the project alone; no assembly.",
    "C5.2": "Denied: young people are not involved yet.",
    "C5.3": "Denied: no joint work with the parish administration or the school; foreign partners count for C6.4.",
    "C6.3": "Denied: \"LEADER projektos līdz šim neesam piedalījušies\".",
})

# ------------------------------------------------------------------ D04
sub("D04", "Biedrība „Kalna sēta“ (Vītoliņi, Dzelmes pagasts) – daļēji aizpildīta veidlapa", "D04.zip", {
    "C6.3": ["2021. gadā ar LEADER projekta atbalstu mūsu ciemā iegādājāmies skaņas aparatūru brīvdabas pasākumiem."],
}, {
    "C1": "Answer copies the criterion's own wording; the place appears only in the address field.",
    "C2": "Non-answer: \"Vēl tiek izstrādāti.\"",
    "C3.1": "Only a general definition of smart villages.",
    "C3.2": "Only a general definition of smart villages.",
    "C3.3": "Only a general definition of smart villages.",
    "C4.1": "Applicant is an association, but no members, board or involvement are described (chair field left blank); the C4 answer restates the criteria.",
    "C4.4": "Assembly only planned; self-assessment claims points without facts.",
    "C5.4": "Facebook page only planned; C5 answered \"Skatīt pielikumā.\" with no annex.",
    "C6.1": "Resource table left empty or \"—\".",
})

# ------------------------------------------------------------------ D05
sub("D05", "Biedrība „Kalnavotu ļaudis“ (Kalnavoti, Sēļu pagasts) – pašnovērtējuma tabula", "D05.tar.gz", {
    "C1": ["Kalnavoti ir ciems Sēļu pagastā, Aizkraukles novadā, kurā dzīvo 214 cilvēki; biedrība „Kalnavotu ļaudis“ apvieno ciema iedzīvotājus."],
    "C2": ["Līdz 2030. gadam vēlamies, lai Kalnavotos atgrieztos vismaz piecas jaunas ģimenes un lai neviens seniors nejustos vientuļš."],
    "C3.2": ["Kopš 2023. gada rudens bijušajā feldšerpunktā darbojas kopienas centrs, ko pārvalda pašu iedzīvotāju ievēlēta centra padome."],
    "C4.1": ["Biedrībā ir 36 biedri, valdē trīs cilvēki, un darbojas trīs darba grupas – centra, pasākumu un saimniecības."],
    "C4.4": ["Centra darba laiku un nodarbību sarakstu 2023. gadā noteica iedzīvotāju balsojums, kurā piedalījās 97 cilvēki."],
    "C5.2": ["Centrā reizi nedēļā notiek senioru un jauniešu kopīgas spēļu pēcpusdienas, un nodarbībās regulāri piedalās arī cilvēki ar invaliditāti."],
    "C5.4": ["Ciema jaunumi nonāk WhatsApp grupā (148 dalībnieki) un uz ziņojumu dēļa centrā; pēc mūsu novērojumiem WhatsApp sasniedz ap 80 % mājsaimniecību."],
    "C6.1": ["Centrā ir divi datori, projektors un pilnībā aprīkota virtuve.",
             "Bijušā feldšerpunkta ēka (120 m²) un sporta laukums aiz tās.",
             "36 biedri, no kuriem ap 15 aktīvi iesaistās centra darbā.",
             "Biedru nauda – 5 EUR gadā no katra biedra, kopā ap 180 EUR."],
    "C6.3": ["Centra remontam 2023. gadā izmantojām LEADER finansējumu (8 700 EUR), un pērn biedri piedalījās Lielajā talkā."],
}, {
    "C3.1": "Cell says only \"Atbilst.\"; a brand appears only as an action-plan row.",
    "C3.3": "\"Skatīt rīcības plānu.\" – e-service training is a not-yet-started plan row.",
    "C4.2": "Cell contains only \"—\".",
    "C4.3": "\"Skatīt pielikumā.\" – the annex has nothing on self-organisation.",
    "C5.1": "Empty cell; story collecting is a plan row.",
    "C5.3": "Cell restates the criterion (\"Tiek iesaistītas dažādas kategorijas un sektori.\").",
    "C6.2": "Cell restates the criterion; no resource is tied explicitly to the stated goal.",
    "C6.4": "Non-answer \"Nav apkopoti.\"; partner search is a plan row.",
})

# ------------------------------------------------------------------ D06
sub("D06", "Bērzkalnes bibliotēka (bibliotēkas pieteikums)", "D06.zip", {
    "C3.3": ["Kopš 2023. gada janvāra bibliotēkā darbojas „Digitālo prasmju darbnīca“: esam novadījuši 26 nodarbības, kurās 41 lasītājs apguva e-pakalpojumu lietošanu, video zvanus un drošu internetbanku."],
    "C4.2": ["Mēs lepojamies, ka šajā pusē dzimis dzejnieks Jēkabs Irbe, un viņa dzejas lasījumi katru novembri ir kļuvuši par mūsu pašu tradīciju – tā ir daļa no tā, kas mēs esam un ar ko atšķiramies no citām vietām."],
    "C5.1": ["Novadpētniecības stūrītī esam savākuši vairāk nekā 300 vecu fotogrāfiju un 40 atmiņu stāstu, un katru mēnesi rīkojam stāstu vakaru, kurā šos stāstus nododam tālāk ikvienam interesentam."],
    "C5.3": ["Bibliotēka strādā roku rokā ar skolu, pagasta pārvaldi un kokapstrādes uzņēmumu SIA „Ziemeļu dēļi“, kas pērn sponsorēja jaunos plauktus bērnu stūrītim."],
    "C5.4": ["Par nodarbībām ziņojam bibliotēkas Facebook lapā un pagasta avīzē, bet vecākajiem lasītājiem zvanām pa telefonu; pēc reģistrācijas lapām redzam, ka vairums uz nodarbībām atnāk tieši pēc telefona zvana."],
    "C6.3": ["Pagājušajā gadā bibliotēka piedalījās Latvijas Nacionālās bibliotēkas rīkotajā Bibliotēku nedēļā, un ar Valsts kultūrkapitāla fonda atbalstu izdevām atmiņu krājumu „Ceļš uz skolu“."],
    "C6.4": ["Šoruden pie mums viesojās trīs bibliotekāres no Somijas, no Kuopio apkaimes, un kopš tā laika ar viņu bibliotēku mainām tulkotas bērnu grāmatas un pieredzi.",
             "Bibliotēka strādā roku rokā ar skolu, pagasta pārvaldi un kokapstrādes uzņēmumu SIA „Ziemeļu dēļi“, kas pērn sponsorēja jaunos plauktus bērnu stūrītim."],
}, {
    "C1": "The place is named only in the letterhead header and the date line; the text speaks of the library and its readers, never presents a village community.",
    "C2": "Denied: \"Kopīgas vīzijas mums ... vēl nav\".",
    "C3.3": None,
    "C4.1": "Denied: all activities are run by the library (an institution); readers have no organisation of their own.",
    "C4.4": "Topics chosen by the librarian herself.",
    "C5.2": "Denied: young people cannot be attracted.",
    "C6.1": "Denied: \"Resursi vēl nav apzināti.\"",
    "C6.2": "No identified resources and no goal.",
})
del L["D06"]["notes"]["C3.3"]

# ------------------------------------------------------------------ D07
sub("D07", "Biedrība „Sūnupes nākotne“ (Sūnupe, Irbītes pagasts)", "D07.zip", {
    "C1": ["Sūnupe ir ciems Irbītes pagastā ar 520 iedzīvotājiem; šo stratēģiju izstrādājām mēs paši – sūnupieši, kuri šeit dzīvo, strādā vai vasarās atgriežas dzimtajās mājās."],
    "C2": ["Sūnupe 2030. gadā – zaļš, drošs un gudrs ciems, kurā katrai paaudzei ir savs darbs, sava vieta un savs iemesls palikt.",
           "Darba vietas tepat ciemā – lai vismaz 30 sūnupieši varētu strādāt, nebraucot uz pilsētu."],
    "C3.1": ["Ciema amatnieki kopš 2021. gada tirgo savus izstrādājumus kopīgā e-veikalā „Sūnupes darbnīca“, un pērn kopā ar diviem tūrisma uzņēmējiem iezīmējām laivu un velo maršrutu „Plostnieku ceļš“."],
    "C3.2": ["Vecajās dzirnavās kopš 2022. gada darbojas kopstrādes telpa ar 12 darba vietām, ko pārvalda paši tās lietotāji pēc kopīgi pieņemtiem noteikumiem."],
    "C3.3": ["Uz tautas nama jumta 2023. gadā uzstādījām saules paneļus, kas sedz apmēram pusi ēkas elektrības patēriņa, un pie upes ierīkojām ūdens līmeņa sensoru, kura rādījumus ikviens var redzēt savā telefonā.",
             "Jauniešu darba grupa novadījusi sešas apmācības senioriem par to, kā lietot sensora lietotni un valsts e-pakalpojumus."],
    "C4.1": ["Biedrība „Sūnupes nākotne“ apvieno 89 biedrus; to vada septiņu cilvēku valde, bet ikdienas darbu dara četras darba grupas – vides, kultūras, uzņēmējdarbības un jauniešu."],
    "C4.2": ["Sūnupes identitāti veido upe un plostnieku vēsture: vēl pirms simt gadiem pa Sūnupi uz Daugavu pludināja kokus, un plostnieku dziesmas te dzied joprojām.",
             "Mūsu vērtības – atbildība, uzticēšanās un prieks darīt kopā."],
    "C4.3": ["Arnis Priede informēja, ka janvāra plūdos brīvprātīgo komanda no 17 cilvēkiem pati organizēja smilšu maisu krāšanu un no applūdušajām mājām Upes ielā izveda divas ģimenes."],
    "C4.4": ["Tieši šie rezultāti noteica stratēģijas trīs prioritātes – apgaismotu gājēju celiņu, kopstrādes telpas paplašināšanu un senioru transportu –, un kopsapulce tās apstiprināja bez izmaiņām.",
             "Kopsapulce nolēma apstiprināt Sūnupes ciema attīstības stratēģiju 2024–2030 (par – 58, pret – 3, atturas – 3)."],
    "C5.1": ["Sandra Liepa ziņoja, ka plostu siešanas meistarklasēs pērn piedalījās 35 jaunieši un ka tajās savas prasmes nodeva trīs vecie plostnieki."],
    "C5.2": ["Jauniešu padome un senioru klubs „Vakarblāzma“ kopš rudens kopā rīko „Paaudžu vakarus“, kuros piedalās arī ciemā dzīvojošās ukraiņu ģimenes."],
    "C5.3": ["Plostnieku svētkus 2023. gadā kopīgi rīkoja biedrība, Irbītes vidusskola, pagasta pārvalde, draudze un trīs vietējie uzņēmumi."],
    "C5.4": ["Secinājām, ka Facebook un WhatsApp sasniedz lielāko daļu ciema, bet vecākos sūnupiešus joprojām labāk sasniedz drukātā „Irbītes Vēstis“, tāpēc visas svarīgās ziņas turpinām dublēt arī avīzē."],
    "C6.1": ["Upes krasts ar laivu piestātni, vecās dzirnavas un 4 ha liels ciema parks.",
             "Saules paneļi, ūdens līmeņa sensors, sešas biedrības laivas un skaņas aparatūra.",
             "Biedru naudas, Plostnieku svētku ieņēmumi un ziedojumi – 2023. gadā kopā 11 300 eiro.",
             "Divi programmētāji, ekskursiju gide, grāmatvede un trīs plostu sējēji, kas vēl prot veco amatu.",
             "Ap 60 aktīvu brīvprātīgo.",
             "Pēdējā saglabātā plostnieku apmetne Daugavas baseinā un plostnieku dziesmu krājums."],
    "C6.2": ["Vecās dzirnavas un upes krastu izmantojam tieši pirmā mērķa labā: dzirnavu kopstrādes telpā pašlaik strādā deviņi sūnupieši, kuriem agrāk katru dienu bija jābrauc uz Rīgu vai Aizkraukli."],
    "C6.3": ["Arnis Priede informēja, ka 2023. gadā īstenots LEADER projekts „Dzirnavu kopstrādes telpa“, ar Valsts kultūrkapitāla fonda atbalstu izdots plostnieku dziesmu krājums un biedrības pārstāvji piedalījušies Latvijas Lauku foruma rīkotajā Lauku kopienu parlamentā."],
    "C6.4": ["Pērn ziedojumos no sūnupiešiem, kas dzīvo ārzemēs, saņemti 5 120 eiro, bet sadarbības partneris – Polijas ciema biedrība no Bieščadu puses – uzdāvināja biedrībai divas airu laivas."],
}, {})

# ------------------------------------------------------------------ D08
sub("D08", "Iniciatīvas grupa „Vīksnu ļaudis“ un Vīksnu draudze (Vīksnas, Vīksnu pagasts)", "D08.zip", {
    "C1": ["Vīksnas ir ciems Vīksnu pagastā, pašā Aizkraukles novada dienvidu malā, un šeit dzīvojošie – gan draudzes locekļi, gan tie, kas baznīcā ienāk tikai Ziemassvētkos, – ir viena kopiena, ko vieno ne tikai ticība, bet arī kopīgi piedzīvotais."],
    "C2": ["Mūsu kopīgā vēlēšanās ir, lai Vīksnas būtu vieta, kur neviens nav vientuļš un kur ikvienam ir kur atnākt, – tādu mēs redzam savu ciemu pēc desmit gadiem."],
    "C4.1": ["Pirms trim gadiem ciema ļaudis izveidoja iniciatīvas grupu „Vīksnu ļaudis“: tajā ir deviņi cilvēki – trīs no draudzes, pārējie no ciema –, grupai ir sava vadītāja, un tā sanāk katru otro ceturtdienu mācītājmājā."],
    "C4.2": ["Vīksnas ir pazīstamas ar savu koka baznīcu, kas celta 1742. gadā, un ar to, ka Jāņu vakarā viss ciems kopā dzied pie baznīcas kalna.",
             "To mēs uzskatām par savu sirdi un par to, kas mūs atšķir no citiem."],
    "C4.3": ["Kad 2022. gada rudenī vētra norāva baznīcas jumta skārdu, ciema vīri paši sarunāja celtni, nāca talkā divas nedēļas nogales pēc kārtas un jumtu salaboja, pirms sākās rudens lietavas."],
    "C5.1": ["Ērģelnieks Pēteris Zālītis jau otro gadu māca trīs ciema bērniem spēlēt ērģeles, bet mūsu vecās dziedātājas kopā ar skolēniem ierakstījušas sešdesmit vietējo dziesmu, lai tās nepazustu līdz ar viņām."],
    "C5.2": ["Ziemā draudzes zālē katru sestdienu notiek kopīgas pusdienas, uz kurām nāk vientuļie seniori, daudzbērnu ģimenes un arī divas baltkrievu ģimenes, kas šeit apmetušās; pie galda neviens nejautā, kurai konfesijai vai tautai tu piederi."],
    "C5.3": ["Pusdienas gatavojam kopā ar pagasta sociālo dienestu, maizi dāvina vietējā maiznīca „Vīksnu klēts“, bet Vīksnu pamatskolas jaunieši palīdz klāt galdus un mazgāt traukus."],
    "C6.4": ["Mūsu sadraudzības draudze Vācijā, netālu no Hildesheimas, kopš 2015. gada katru gadu ziedo pusdienu produktiem, un pagājušajā vasarā atsūtīja astoņus jauniešus, kuri divas nedēļas brīvprātīgi palīdzēja atjaunot kapsētas žogu.",
             "Arī šogad mūsu draudze Pļaujas svētku kolekti – 1 850 eiro – ir nosūtījusi jūsu sestdienas pusdienām."],
}, {
    "C3.2": "Shared Saturday meals are a charitable tradition, not a new form of cooperation or management.",
    "C3.3": "Electronic notice board idea abandoned (\"no šīs idejas atteicāmies\").",
    "C4.4": "Decisions are taken by the parish council, not by residents.",
    "C5.4": "No information channels or flow described (the electronic board was abandoned).",
    "C6.1": "Denied: \"Savus resursus vēl neesam pat uzskaitījuši\".",
    "C6.3": "Denied: \"valsts vai Eiropas programmās līdz šim neesam piedalījušies\".",
})

# ------------------------------------------------------------------ D09
sub("D09", "Biedrība „Pūpolciema kopiena“ (Pūpolciems, Krastmalas pagasts)", "D09.zip", {
    "C1": ["Es esmu Roberts, man ir 24, pa dienu strādāju par programmētāju attālināti, bet dzīvoju Pūpolciemā – mazā ciemā Krastmalas pagastā, kur mēs, kādi 300 cilvēki, viens otru pazīstam jau no bērnības."],
    "C3.2": ["Caur lietotni darbojas mūsu kopbraukšanas sistēma: pērn ar to sarunāti vairāk nekā 400 kopīgu braucienu uz Aizkraukli un atpakaļ, un cilvēki savā starpā norēķinās nevis ar naudu, bet ar pretimnākšanu."],
    "C3.3": ["Pirms gada es un vēl divi čaļi uzrakstījām ciemam mobilo lietotni „Pūpolis“, kurā var pieteikt bedri ceļā, atrast, kurš brauc uz pilsētu un var paņemt līdzi, un redzēt, kad atbrauks autoveikals.",
             "Rudenī vecās skolas zālē novadījām četras apmācības, kurās visiem interesentiem soli pa solim parādījām, kā lietotni uzinstalēt un lietot."],
    "C4.1": ["Oficiāli mēs esam biedrība „Pūpolciema kopiena“ – 31 biedrs, valdē trīs cilvēki, un es tur atbildu par visu, kam ir vadi un ekrāns."],
    "C4.3": ["Īstais tests bija februāris, kad sniegs aizputināja ceļu un šķūrētājs divas dienas neatbrauca – caur lietotni sarunājām, kuram ir traktors un kuram lāpsta, un paši iztīrījām ceļu līdz šosejai."],
    "C4.4": ["To, kādas funkcijas lietotnē būs, izlēma paši ciema cilvēki: sapulcē vecās skolas zālē nobalsojām par piecām svarīgākajām, un tieši tās arī ieprogrammējām."],
    "C5.4": ["Ciema ziņas pašlaik iet pa trim kanāliem – paziņojumi lietotnē, mūsu Facebook lapa un Telegram grupa; no statistikas redzam, ka lietotnes paziņojumus atver ap 70 % saņēmēju, bet Facebook ierakstus – krietni mazāk."],
    "C6.4": ["Servera izmaksas mums sedz Rīgas IT uzņēmums, kurā strādā viens no mūsu vasarniekiem, bet lietotnes dizainu bez maksas uzzīmēja divas dizaina studentes no Rīgas."],
}, {
    "C2": "Only the app's practical (technical) aim is stated; no community goal or vision. \"mērķi\" in the P.S. are cycling destinations.",
    "C3.1": "Mini e-shop abandoned (\"no tā atteicāmies\").",
    "C5.2": "Denied: seniors are not involved.",
    "C5.3": "No school, municipality or local business involved; an outside sponsor counts for C6.4 only.",
    "C6.3": "Denied: \"LEADER projektu līdz šim neesam rakstījuši\".",
})

# ------------------------------------------------------------------ D10
sub("D10", "Priežkalnu ciema iedzīvotāji (Priežkalni, Smiltāju pagasts)", "D10.zip", {
    "C1": ["Mēs, Priežkalnu ciema iedzīvotāji Smiltāju pagastā, vēršamies pie Jums ar lūgumu atbalstīt mūsu pirmo kopīgo ieceri – ciema estrādes atjaunošanu."],
    "C2": ["Mūsu vīzija ir Priežkalni kā ciems, kurā droši un patīkami dzīvot gan jaunām ģimenēm, gan sirmgalvjiem, un kur vasaras vakaros atkal skan mūzika."],
}, {
    "C3.2": "Community centre, time bank and app belong to neighbouring Mežmala: \"bet mums tāda nav\"; newsletter text is a general definition.",
    "C4.1": "Denied: no association yet; founding one is only planned.",
    "C4.3": "Clean-up only planned; conditional wish for a sponsor.",
    "C4.4": "The parish administration's survey results were not used.",
    "C5.4": "Denied: \"ne sava informācijas kanāla\"; the newsletter is the parish administration's.",
    "C6.1": "Denied: \"resursi vēl nav apzināti\".",
    "C6.3": "Denied: \"Nevienā projektā vai programmā līdz šim neesam piedalījušies\"; \"Estrādes projekts\" is a building design.",
})

# ------------------------------------------------------------------ D11
sub("D11", "Biedriba \"Liepsalas attistibai\" (Liepsala, Vecmuizas pagasts) – bez diakritiskajām zīmēm", "D11.tar.gz", {
    "C1": ["Liepsala ir ciems Vecmuizas pagasta, Aizkraukles novada, un musu biedriba apvieno Liepsalas iedzivotajus, kam rup sava ciema nakotne."],
    "C2": ["Musu merkis ir, lai lidz 2030. gadam Liepsala butu ciems ar savu darbu un savu maizi - lai cilveki var nopelnit uz vietas un nav jabrauc uz Rigu."],
    "C3.1": ["Kops 2023. gada pavasara vecas skolas virtuve darbojas ciema maizes ceptuve, kas strada ka socialais uznemums - taja strada cetri cilveki, un pelna paliek biedribas darbam."],
    "C4.1": ["Biedriba ir 28 biedri, to vada valde ar pieciem locekliem, un reizi gada notiek kopsapulce, kura valde atskaitas par paveikto."],
    "C4.2": ["Liepsalnieki vienmer lepojusies ar savu rudzu maizi - maizes cepsana seit ir tradicija jau vairak neka simts gadus, un tas ir tas, kas mus atskir no citiem ciemiem."],
    "C4.4": ["Par ceptuves izveidi 2022. gada novembri balsoja ciema iedzivotaju sapulce: 46 par, 5 pret (protokola izraksts pielikuma).",
             "Nolema: atbalstit ceptuves izveidi. Balsojums: par - 46, pret - 5, atturas - 2."],
    "C5.1": ["Vecakas saimnieces jaunajam maizniecem iemacija raudzet miklu un cept maizi uz klava lapam ta, ka to darija vinu mates un vecmaminas."],
    "C5.2": ["Ceptuve strada divas sievietes pirmspensijas vecuma, viena jauna mamma un jaunietis ar invaliditati, kuram sis ir pirmais darbs muza."],
    "C6.1": ["Musu resursi ir vecas skolas eka ar lielo maizes krasni, ko biedriba 2021. gada nopirka izsole; cetras sievietes, kas prot cept rudzu maizi; 3500 eiro biedribas uzkrajumi; ka ari musu vards - Liepsalas maizi pazist visa novada."],
    "C6.2": ["Vecas skolas krasni un maiznieku prasmes izmantojam tiesi musu merka sasniegsanai - ceptuve dod darbu uz vietas, lai cilvekiem nebutu jabrauc prom."],
    "C6.3": ["Ar LEADER projekta atbalstu 2023. gada iegadajamies miklas micitaju un divus ledusskapjus, bet 2024. gada pavasari piedalijamies novada kampana \"Perc vietejo\"."],
}, {
    "C3.2": "Co-working space only wished for (\"gribetu ... tikai ieceres\").",
    "C3.3": "Denied: solar panels not installed.",
    "C4.3": "Denied: no clean-ups in recent years; nothing else self-organised is described.",
    "C5.3": "Denied: no cooperation with the parish administration or school.",
    "C5.4": "No information channels described.",
    "C6.4": "Denied: sponsors sought but none responded.",
})

# ------------------------------------------------------------------ D12
sub("D12", "Biedrība „Niedre“ (biedru sapulces protokols un aptauja)", "D12.zip", {
    "C4.1": ["Sapulcē piedalās 34 no 51 biedrības biedra; sapulce ir lemttiesīga.",
             "Biedrībā darbojas trīs darba grupas – vides, kultūras un saimnieciskā –, un katras grupas vadītājs sapulcē atskaitījās par paveikto."],
    "C4.3": ["Vides darba grupas vadītāja Ilze Krūmiņa informēja, ka pēc janvāra vētras biedri divās talkās paši izvāca no ciema ceļiem 14 kritušus kokus un sazāģēto malku sadalīja starp biedriem."],
    "C4.4": ["Valde bija ierosinājusi šogad naudu tērēt jaunai skatuvei, taču aptaujā 63 % mājsaimniecību kā svarīgāko norādīja bērnu rotaļu laukumu.",
             "Nolēma: ņemot vērā aptaujas rezultātus, 2024. gada līdzekļus novirzīt bērnu rotaļu laukumam, nevis skatuvei."],
    "C5.4": ["Sapulce vienojās arī turpmāk ziņas biedriem sūtīt e-pastā un ievietot WhatsApp grupā, jo aptaujā 89 % atbildēja, ka jaunumus uzzina tieši tur, bet ziņojumu dēli lasa tikai 11 %."],
    "C6.1": ["Kasiere Sanita Ozola iepazīstināja ar biedrības resursu sarakstu: laiva un divi motorzāģi, nomātā pludmales teritorija 1,2 ha platībā, 4 180 eiro bankas kontā un 19 biedri, kas gatavi strādāt talkās."],
    "C6.3": ["Priekšsēdētājs informēja, ka pērn biedrība piedalījās Lielajā talkā un ar novada pašvaldības NVO projektu konkursa atbalstu pludmalē uzstādīja divas ģērbtuves."],
}, {
    "C1": "The place appears only in the header address and the date-and-place line; the minutes never present the members as a named village community.",
    "C2": "Non-answer: the strategy \"vēl tiek izstrādāta\"; no goal or vision stated.",
    "C3.3": "Solar panel proposal rejected (\"netika atbalstīts\").",
    "C5.2": "No groups named or integrated.",
    "C6.2": "Resources listed but no community goal to tie them to.",
    "C6.4": "Denied: \"Ziedojumi šogad nav saņemti.\"; \"tīkls\" is a volleyball net, \"projekts\" a building design.",
})

# ------------------------------------------------------------------ D13
sub("D13", "Biedrība „Rudzupes kopa“ (Rudzupe, Kraujas pagasts)", "D13.zip", {
    "C1": ["Biedrība „Rudzupes kopa“ pārstāv Rudzupes ciemu Kraujas pagastā – ap 450 iedzīvotāju, kurus vieno upe, kopīga skola un gadiem ilga kaimiņu draudzība."],
    "C2": ["Rudzupe – ciems, kurā jaunas ģimenes izvēlas apmesties, jo te ir darbs, labs internets un kopiena, uz kuru var paļauties.",
           "Lai to sasniegtu, līdz 2028. gadam gribam ciemā radīt vismaz 15 jaunas darba vietas un panākt, ka neviens seniors nepaliek bez palīdzības."],
    "C3.1": ["Kopš 2022. gada darbojas mūsu sociālais uzņēmums „Rudzupes veļas māja“, kas mazgā veļu tūristu mītnēm un ciema senioriem un nodarbina trīs rudzupiešus."],
    "C3.2": ["Kopienas laika bankā šobrīd ir 46 dalībnieki, un kopš janvāra viņi savā starpā apmainījušies ar vairāk nekā 300 stundām palīdzības – no malkas skaldīšanas līdz angļu valodas stundām."],
    "C3.3": ["Optisko internetu 2023. gadā kopā ar pašvaldību ievilkām 140 mājsaimniecībām, un biedrības brīvprātīgie novadīja 12 apmācības, kurās iedzīvotāji mācījās to izmantot e-pakalpojumiem un attālinātam darbam."],
    "C4.1": ["Biedrībā ir 58 biedri, valdē pieci cilvēki, un kopš 2021. gada darbojas arī jauniešu padome, kuras pārstāvim ir balss valdes sēdēs."],
    "C4.2": ["Rudzupieši lepojas ar podnieku tradīciju, kas šeit nepārtraukti turpinās kopš 19. gadsimta, un ar Rudzupes melno keramiku, kādu Latvijā vairs nededzina nekur citur.",
             "Mūsu vērtības ir uzticēšanās, atbildība par vidi un gatavība palīdzēt."],
    "C4.3": ["Martā, kad pali appludināja Lejas ielu, Rudzupes brīvprātīgo vienība pati organizēja diennakts dežūras un divās dienās izvietoja 600 smilšu maisu."],
    "C4.4": ["Līdzdalības budžetā 2023. gadā iedzīvotāji paši izvēlējās, kuras trīs idejas īstenot; balsoja 203 cilvēki."],
    "C5.1": ["Podniece Rasma Kalēja marta meistarklasē 14 skolēniem rādīja, kā melno keramiku gatavo tā, kā to darīja viņas vectēvs.",
             "Somu partneri 2022. gadā iepazīstināja rudzupiešus ar sava ciema laika bankas modeli, ko Rudzupē ieviesa jau nākamajā gadā."],
    "C5.2": ["Paaudžu kafejnīcā pie viena galda sēž seniori, jaunieši un ukraiņu ģimenes, un šopavasar tai pievienojās arī Kraujas dienas centra apmeklētāji – cilvēki ar garīga rakstura traucējumiem."],
    "C5.3": ["Upes svētkus pērn kopā ar biedrību rīkoja Rudzupes pamatskola, pagasta pārvalde, Kraujas draudze un zemnieku saimniecība „Ābeļkalni“."],
    "C5.4": ["Avīze iznāk reizi ceturksnī 300 eksemplāros, bet ikdienas ziņas liekam biedrības Facebook lapā un WhatsApp grupā; pēc pēdējās aptaujas avīzi izlasa ap 70 % mājsaimniecību, bet WhatsApp ziņas – gandrīz visi strādājošie."],
    "C6.1": ["Podnieka ripas, divas keramikas krāsnis, veļas mašīnas sociālajā uzņēmumā un portatīvie datori apmācībām.",
             "Vecās aptiekas ēka ciema centrā un podnieku darbnīca upes krastā.",
             "Sociālā uzņēmuma peļņa (2023. gadā 6 200 eiro) un biedru naudas.",
             "Pieci podnieki, IT speciālists un divi pieredzējuši projektu vadītāji.",
             "58 biedri un ap 30 brīvprātīgo, kas iesaistās regulāri.",
             "Melnās keramikas dedzināšanas prasme, kas saglabājusies tikai Rudzupē."],
    "C6.2": ["Melnās keramikas prasmi un podnieku darbnīcu jau izmantojam tieši mūsu mērķim – darbam uz vietas: darbnīcā notiek maksas meistarklases tūristiem, un tās dod pastāvīgu darbu diviem jauniem ciema podniekiem."],
    "C6.3": ["Esam īstenojuši trīs LEADER projektus – 2017., 2020. un 2023. gadā – un divas reizes saņēmuši atbalstu Sabiedrības integrācijas fonda NVO fonda programmā."],
    "C6.4": ["Puses sadarbojas kopš 2021. gada, kad Savijärvi ciema biedrības delegācija pirmo reizi viesojās Rudzupes Upes svētkos.",
             "Kopš tā laika notikušas piecas pieredzes apmaiņas vizītes, un 2023. gadā Savijärvi biedrība uzdāvināja biedrībai „Rudzupes kopa“ lietotu keramikas cepli, kas tagad darbojas Rudzupes podnieku darbnīcā."],
}, {})

# ------------------------------------------------------------------ D14
sub("D14", "Biedrība „Vilnas ceļš“ (sadarbības memorands ar MTÜ Villatee)", "D14.zip", {
    "C3.1": ["Kopš 2023. gada biedrības „Vilnas ceļš“ biedri savus izstrādājumus pārdod kopīgā e-veikalā ar vienotu zīmolu „Vilnas ceļš“."],
    "C3.2": ["Biedrība pārvalda kopīgu darbnīcu, kuru biedri izmanto pēc kopīgi sastādīta grafika, tā vietā, lai katrs iegādātos savu aprīkojumu."],
    "C4.1": ["Biedrībā „Vilnas ceļš“ apvienojušās 19 amatnieces un amatnieki, un to vada trīs cilvēku valde, ko ievēl biedru kopsapulce."],
    "C5.1": ["Šajās darbnīcās biedrības „Vilnas ceļš“ meistares igauņu kolēģēm iemācīja sēlisko cimdu adīšanas tehniku, bet pašas apguva mulgu jostu aušanu."],
    "C5.3": ["Biedrības nodarbības notiek Dūņu pamatskolas mājturības kabinetā, ko skola biedrībai dod bez maksas.",
             "SIA „Linu darbnīca“ kopš 2022. gada bez maksas nodod biedrībai „Vilnas ceļš“ vilnas un linu atlikumus un ļauj izmantot mūsu veikala skatlogu amatnieču darbu izstādīšanai."],
    "C6.3": ["Biedrība „Vilnas ceļš“ 2023. gadā ar LEADER atbalstu īstenoja starpteritoriālās sadarbības projektu „Vilna vieno“, kura laikā notika pirmās divas kopīgās darbnīcas."],
    "C6.4": ["Kopš 2022. gada Puses kopā sarīkojušas četras vilnas apstrādes darbnīcas – divas Latvijā un divas Igaunijā –, kurās piedalījās 57 amatnieki.",
             "MTÜ Villatee 2023. gadā uzdāvināja biedrībai „Vilnas ceļš“ elektrisku vilnas kāršanas mašīnu."],
}, {
    "C1": "The place is given only in the legal address of the parties; the association is never presented as a village's community.",
    "C2": "Only the memorandum's project aim (buying a loom, preparing a project), not a community goal or vision.",
    "C3.3": "No technology introduced.",
    "C4.4": "The memorandum was approved by the board alone.",
    "C5.4": "Denied: no website or social media account.",
    "C6.1": "No resources identified; commitments in section 4 are future intentions.",
})

# ------------------------------------------------------------------ D15
sub("D15", "Biedrība „Pīlādzītis“ (Facebook lapa)", "D15.tar.gz", {
    "C4.1": ["Mūsu biedrībā tagad jau 22 biedri! Valde sanāk katru otro otrdienu, un jaunie biedri vienmēr laipni gaidīti."],
    "C5.4": ["Visas ziņas par biedrības darbu liekam šeit, Facebook lapā, un dublējam WhatsApp grupā – pēdējā mēnesī mūsu ierakstus redzējuši vairāk nekā 900 cilvēku."],
}, {
    "C1": "No village, pagasts or novads is named; only a street address (\"Skolas iela 2\").",
    "C3.3": "Solar panels only in the neighbouring village (\"bet mums tādu nav\"); smart sensors are a quoted news item about Rīga.",
    "C4.3": "Clean-up only planned; last year's was denied (\"nesarīkojām\").",
    "C6.3": "Denied: \"vēl nevienā projektā neesam piedalījušies\"; the LEADER mention is general.",
})

# ------------------------------------------------------------------ D16
sub("D16", "Silmalas ciema iedzīvotāji – stratēģijas autori (Silmala, Rāceņu pagasts)", "D16.zip", {
    "C1": ["Silmala ir ciems Rāceņu pagastā ar 290 pastāvīgajiem iedzīvotājiem, un silmalieši sevi uzskata par vienu kopienu, kuru vieno priežu sils, Daugavas krasts un kopā pārdzīvotās grūtības."],
    "C2": ["Mūsu nākotnes redzējums: 2030. gadā Silmala ir ciems, kurā ikviens neatkarīgi no vecuma jūtas vajadzīgs un kurā sila daba ir saglabāta nākamajām paaudzēm."],
    "C4.2": ["Mēs lepojamies ar Silmalas priežu silu, kas ir viens no retajiem veco mežu nogabaliem Daugavas krastā, un ar silmalieša raksturu – neatlaidīgu un izpalīdzīgu.",
             "Mūsu vērtības ir cieņa pret dabu un pret kaimiņu."],
    "C5.2": ["Ceturtdienu vakaros pie novusa galda abās pusēs sēž gan seniori, gan jaunieši, gan vairāki ciema cilvēki ar kustību traucējumiem – šīs spēles jau trīs gadus ir Silmalas mīļākais kopā būšanas laiks."],
    "C6.1": ["Priežu sils (46 ha) un Daugavas krasts ar publisku pieeju upei.",
             "Bijušās skolas ēka, kas kopš 2019. gada stāv tukša, un novusa galds tās zālē.",
             "Ciemā dzīvo divi meža speciālisti un pensionēta vēstures skolotāja.",
             "Ap 30 iedzīvotāju, kas gatavi iesaistīties kopīgos darbos.",
             "Vecais sils ar retām ķērpju sugām, kādas Aizkraukles novadā aug tikai šeit."],
    "C6.2": ["Priežu silu jau tagad izmantojam mērķim M1: sila takas ir vieta, kur brīvdienās kopā pastaigājas visu vecumu silmalieši."],
}, {
    "C3.1": "Brand and direct selling are an action-plan row, not started.",
    "C3.2": "Community centre is an action-plan row, not started.",
    "C3.3": "Digital skills training is an action-plan row, not started.",
    "C4.1": "Denied: no association or initiative group yet; founding one is planned.",
    "C4.4": "Resident survey only planned.",
    "C5.4": "Facebook page and WhatsApp group only planned.",
    "C6.3": "LEADER application is a plan row (\"nav sākts\").",
    "C6.4": "Partner search is a plan row; the quoted expert is about rural communities in general.",
})

for sid in L:
    assert sorted(L[sid]["indicators"]) == sorted(IDS)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "labels.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(L, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", os.path.abspath(out), len(L), "submissions")
