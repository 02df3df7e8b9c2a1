#!/usr/bin/env python3
"""Write labels.json from the hand-decided labels below (decided as an evaluator, not by a tool)."""
import json
import os

IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

L = {}

L["F01"] = dict(
    name="Biedrība „Vītolu krasts” (Vītoliņi, Sērenes pagasts)", archive="F01.zip",
    evidence={
        "C1": ["Šodien biedrībā ir 47 biedri – no vidusskolēniem līdz pensionāriem –, un mēs pārstāvam apmēram 320 cilvēku lielo Vītoliņu ciema kopienu Sērenes pagastā."],
        "C2": ["Mēs gribam, lai pēc desmit gadiem Vītoliņi būtu vieta, kur jaunas ģimenes izvēlas palikt, jo šeit ir darbs, ātrs internets un kopā būšana, un kur vecie ļaudis nejūtas vientuļi."],
        "C3.1": ["2021. gadā kopā ar vietējiem mājražotājiem izveidojām kopīgu zīmolu „Vītolu labumi” un e-veikalu, kurā šobrīd savu medu, sierus, ievārījumus un pītus grozus pārdod deviņi ciema ražotāji."],
        "C3.2": ["Trīs dienas nedēļā tur atvērta kopstrādes telpa ar četrām darba vietām, bet otrdienās darbojas laika banka, kurā kaimiņi savā starpā maksā ar stundām, nevis ar naudu."],
        "C3.3": ["Kopienas centra jumtā 2022. gadā uzstādījām 10 kW saules paneļus, un elektrības rēķini samazinājās gandrīz uz pusi.",
                 "Pagājušajā ziemā biedrības jaunieši astoņās nodarbībās iemācīja 23 senioriem lietot internetbanku, e-veselību un video zvanus."],
        "C4.1": ["Biedrību vada piecu cilvēku valde, kurā katram loceklim ir savs atbildības lauks: saimniecība, kultūra, jaunieši, finanses un komunikācija.",
                 "Valdi ik pēc diviem gadiem ievēl biedru kopsapulce, un katram biedram ir viena balss."],
        "C4.2": ["Vītoliņi ir plostnieku ciems – vēl 20. gadsimta sākumā pa Daugavu šeit pludināja kokus, un šo stāstu mēs glabājam un ar lepnumu stāstām katram viesim.",
                 "Mūsu vērtības ir atbildība par savu vietu, kaimiņu izpalīdzība un prieks darīt kopā."],
        "C4.3": ["2023. gadā ar 60 talciniekiem pašu spēkiem sakopām Daugavas krastu un atjaunojām laivu piestātni.",
                 "Kad 2023. gada jūlija vētra uz piecām dienām atstāja ciemu bez elektrības, biedrība divu stundu laikā sastādīja dežūru grafiku, un kopienas centrs ar ģeneratoru kļuva par telefonu uzlādes punktu un siltas zupas virtuvi visam ciemam."],
        "C4.4": ["2023. gadā ciema līdzdalības budžetā 3000 eiro sadalījām, balsojot par sešām iedzīvotāju iesniegtām idejām, un uzvarēja bērnu rotaļu laukums un soliņi krastmalā.",
                 "Arī šī projekta ideju izvēlējās 2024. gada janvāra kopsapulce, kurā piedalījās 64 ciema iedzīvotāji."],
        "C5.1": ["Katru augustu Plostnieku svētkos vecākā paaudze jauniešiem rāda, kā sasiet plostu un izdrāzt airi, un pagājušajā vasarā pirmo reizi plostu pa upi vadīja pieci skolēni."],
        "C5.2": ["Kopš 2022. gada centrā notiek latviešu valodas sarunu klubs, kurā kopā ar vietējām saimniecēm runāt mācās četras ukraiņu ģimenes, kas apmetušās Vītoliņos.",
                 "Pagājušajā ziemā biedrības jaunieši astoņās nodarbībās iemācīja 23 senioriem lietot internetbanku, e-veselību un video zvanus."],
        "C5.3": ["Kopienas centra darbā jau tagad piedalās Sērenes pamatskola, kas tur vada robotikas pulciņu, pagasta bibliotēka, luterāņu draudze un trīs vietējie uzņēmēji, kuri ziemā bez maksas tīra ceļu līdz centram."],
        "C5.4": ["Ciema ziņas iedzīvotāji uzzina no biedrības Facebook lapas (ap 900 sekotāju), WhatsApp grupas „Vītoliņi kopā” un ziņojumu dēļa pie autobusa pieturas; senioriem, kuri nelieto viedtālruņus, valdes locekļi svarīgāko pastāsta pa telefonu.",
                 "Pēc mūsu novērojumiem Facebook ierakstus lasa arī bijušie vītoliņieši Rīgā un ārzemēs, un tieši no viņiem 2023. gadā saņēmām lielāko daļu ziedojumu."],
        "C6.1": ["Kopienas centrs (180 m²), 10 kW saules paneļi, ģenerators, 4 datori",
                 "1,2 ha biedrības nomāta zeme Daugavas krastā, laivu piestātne",
                 "Biedru naudas (ap 600 EUR gadā), ziedojumi, e-veikala komisija 5 %",
                 "Grāmatvede, divi IT speciālisti, grozu pinēja, kalējs",
                 "47 biedri, ap 60 talcinieku",
                 "Plostnieku vēstures kolekcija, 300 gadus vecais ozols pie piestātnes"],
        "C6.2": ["Kopstrādes telpu kopienas centrā iekārtojām tieši tāpēc, lai jaunās ģimenes varētu strādāt attālināti un palikt ciemā – šobrīd to regulāri izmanto sešu ģimeņu vecāki."],
        "C6.3": ["Kopienas centra jumta atjaunošanu 2019. gadā līdzfinansēja LEADER programma, bet 2022. gadā no Sabiedrības integrācijas fonda NVO fonda saņēmām finansējumu jauniešu iniciatīvām.",
                 "2023. gada novembrī trīs biedrības pārstāvji piedalījās Latvijas Lauku foruma rīkotajā Lauku kopienu parlamentā."],
        "C6.4": ["Kopš 2020. gada mums ir sadraudzības līgums ar Kamaju ciemu Lietuvā: ik vasaru apmaināmies ar jauniešu grupām, un lietuviešu draugi palīdzēja mums iekārtot e-veikalu.",
                 "Pēc mūsu novērojumiem Facebook ierakstus lasa arī bijušie vītoliņieši Rīgā un ārzemēs, un tieši no viņiem 2023. gadā saņēmām lielāko daļu ziedojumu."],
    },
    notes={})

L["F02"] = dict(
    name="Biedrība „Ozolāju ļaudis” (Ozolāji, Mētrienas pagasts)", archive="F02.zip",
    evidence={
        "C1": ["Biedrība „Ozolāju ļaudis” apvieno Ozolāju ciema iedzīvotājus Mētrienas pagastā – 73 biedrus no 112 ciema mājsaimniecībām."],
        "C2": ["Pirms diviem gadiem kopsapulcē vienojāmies, kāds būs mūsu ciems 2035. gadā: apdzīvots, sakopts, ar savu skolu un ar darbu tepat uz vietas."],
        "C3.1": ["Kooperatīvs „Ozolāju piens”, ko 2021. gadā izveidoja septiņas ciema piena saimniecības, tagad pats pārstrādā savu pienu un ar zīmolu „Ozolāju siers” pārdod to Madonas tirgū un trijos Rīgas ekoveikalos."],
        "C3.2": ["Mūsu laika bankā pērn reģistrēja 412 stundas kaimiņu palīdzības – no malkas skaldīšanas līdz matu griešanai."],
        "C3.3": ["Kopš pagājušā rudens skolas lasītavā darbojas „Digitālā darbnīca”, kur mūsu vidusskolēni katru trešdienu ierāda vecākiem ļaudīm, kā lietot e-parakstu, internetbanku un „Latvija.lv”."],
        "C4.1": ["Biedrību vada piecu cilvēku valde, darbojas četras darba grupas, kopsapulce notiek divreiz gadā, un tajā vidēji piedalās 60 cilvēku."],
        "C4.2": ["Ozolāji ir vienīgais ciems Madonas novadā, kur joprojām aug 400 gadus vecais Ozolāju ozols; katru gadu Jāņu vakarā zem tā dziedam līgo dziesmas, un šo tradīciju uzskatām par savu lielāko vērtību."],
        "C4.3": ["Kad marta sākumā bebri aizsprostoja grāvi un applūda ceļš uz kapiem, biedrības vīri to paši iztīrīja vienā sestdienā, un jau svētdien bēru mašīna varēja izbraukt."],
        "C4.4": ["Februāra iedzīvotāju sapulcē ar 48 balsīm no 61 tika izlemts, ka šī gada līdzdalības budžeta naudu liksim ielu apgaismojumam ar saules baterijām, nevis jaunam žogam ap stadionu."],
        "C5.1": ["Skolas novadpētnieki kopā ar bijušo bibliotekāri Annu Krūmiņu pierakstījuši jau 37 vecāko ozolājiešu atmiņu stāstus par kolhoza laikiem, izsūtījumiem un Ozolāju muižu.",
                 "Kopš 2022. gada siera meistare Baiba Ziediņa katru mēnesi vada siera siešanas meistarklasi, kurā vietējās saimnieces apgūst vecmāmiņu receptes."],
        "C5.2": ["2023. gadā kopā ar Madonas ukraiņu kopienu ciemā uzņēmām divas ģimenes; viņu bērni mācās mūsu skolā, bet mammas strādā siera kooperatīvā."],
        "C5.3": ["Mētrienas pamatskola, pagasta pārvalde, luterāņu draudze un z/s „Liepas” ir pārstāvētas ciema padomē, un skola dod telpas digitālajai darbnīcai."],
        "C5.4": ["„Ozolāju Vēstis” iznāk reizi mēnesī un ir pieejamas veikalā, bibliotēkā un mājaslapā ozolaji.lv, bet ātrās ziņas nāk WhatsApp grupā, kurā jau ir 186 cilvēki.",
                 "Rudens aptaujā noskaidrojām, ka avīzīti izlasa gandrīz katrs otrais ciema iedzīvotājs, bet jaunieši ziņas gandrīz tikai ķer no WhatsApp."],
        "C6.1": ["Resursi apzināti 2023. gada inventarizācijā: tehniskie (bijusī pasta ēka, siera katls, 2 datori), teritoriālie (ezera pludmale 0,8 ha, stadions), finanšu (biedru naudas, līdzdalības budžets 2000 EUR), zināšanas (siera meistare, 2 IT studenti), cilvēkresursi (73 biedri) un unikālie (Ozolāju ozols, muižas parks)."],
        "C6.2": ["Bijušo pasta ēku izmantojam tieši mērķim „darbs tepat uz vietas” – tajā darbojas siera kooperatīva ražotne un laika bankas birojs."],
        "C6.3": ["2022. gadā ar LEADER (ELFLA) atbalstu kooperatīvam iegādājāmies siera katlu un pasterizatoru."],
        "C6.4": ["Siera siešanu mums ierādīja Šveices siera meistars Urs Keller, kurš 2022. gadā divas nedēļas brīvprātīgi dzīvoja Ozolājos; kopš 2019. gada mums ir sadraudzība ar Igaunijas ciemu Kuusiku."],
    },
    notes={})

L["F03"] = dict(
    name="Biedrība „Aizupieši” (Aizupes, Neretas pagasts)", archive="F03.zip",
    evidence={
        "C1": ["Aizupes ir apmēram 260 iedzīvotāju ciems Neretas pagastā pie Mēmeles upes, un biedrība „Aizupieši” kopš 2017. gada apvieno tos ļaudis, kuri šeit dzīvo, strādā vai katru vasaru atgriežas savās dzimtajās mājās."],
        "C2": ["Mūsu kopīgā vīzija, ko 2023. gada pavasarī izstrādājām trīs darbnīcās ar iedzīvotājiem, skan tā: Aizupes 2030. gadā ir ciems, kurā var strādāt attālināti, izaudzināt bērnus un novecot ar cieņu."],
        "C3.1": ["Kopš 2022. gada biedrība uztur tūrisma maršrutu „Sēlijas upju taka” ar 14 pieturvietām, kur vietējās saimniecības piedāvā degustācijas, un pērn to izstaigāja vairāk nekā 1600 tūristu."],
        "C3.2": ["Bijušajā dzirnavnieka mājā iekārtojām kopienas māju „Upes māja”; tur darbojas kopstrādes telpa ar sešām darba vietām un optiskā interneta pieslēgumu.",
                 "Mūsu kopstrādes telpā Upes mājā šonedēļ strādāja jau 11 cilvēki – paldies visiem, kas izvēlas strādāt tepat Aizupēs, nevis braukt katru dienu uz Jēkabpili!"],
        "C3.3": ["2023. gadā Upes mājā ierīkojām arī e-pakalpojumu stūrīti, kur mūsu brīvprātīgie jau 40 reizes palīdzējuši senioriem iesniegt deklarācijas un pierakstīties pie ārsta, un pa ceļam iemācījuši viņiem to darīt pašiem."],
        "C4.1": ["Biedrībā ir 61 biedrs, septiņu cilvēku valde un četras darba grupas – vides, kultūras, tūrisma un digitālā –, kurās var darboties jebkurš aizupietis, arī bez biedra statusa."],
        "C4.2": ["Aizupiešu identitāte balstās sēļu kultūrā – esam viens no retajiem ciemiem, kur vēl runā sēliskajās izloksnēs, un to uzskatām par savu lielāko bagātību."],
        "C4.3": ["Šodien talkā pie vecā dzirnavu dambja sanāca 34 aizupieši – jaunākajam 4, vecākajam 86 gadi!",
                 "Paši izdomājām, paši izdarījām: izcirtām krūmus, salikām jaunas laipas un izvārījām putru visiem."],
        "C4.4": ["No 97 balsotājiem 52 atbalstīja āra trenažierus pie skolas, tāpēc kopienas fonda naudu liekam tieši tur, un trenažieri būs uzstādīti līdz Jāņiem.",
                 "Trīs visbiežāk minētās vērtības biedrības kopsapulce ierakstīja ciema vīzijā, un aptaujā visvairāk prasīto – internetu un darbavietas tepat – likām pamatā Upes mājas kopstrādes telpai, kas tika atvērta tā paša gada rudenī."],
        "C5.1": ["Vecā dzirnavnieka mazmeita Rita katru ziemu vada audēju darbnīcu, kurā jaunās aizupietes mācās aust sēļu brunčus pēc vecmāmiņu rakstiem."],
        "C5.2": ["Darba grupās līdzās senioriem un jauniešiem darbojas arī vasarnieki un trīs ukraiņu ģimenes, kuras ciemā dzīvo kopš 2022. gada."],
        "C5.3": ["Neretas Jāņa Jaunsudrabiņa vidusskola pie mums rīko vides nometnes, pagasta bibliotēka ir e-pakalpojumu stūrīša partneris, bet Aizkraukles novada pašvaldība sedz Upes mājas apkures izmaksas."],
        "C5.4": ["Atgādinām: visus jaunumus liekam šeit, Instagram un WhatsApp grupā „Aizupes ziņas”."],
        "C6.1": ["Upes māja (140 m²), 6 darba vietas, optiskais internets, projektors, laivu piekabe",
                 "Dzirnavu dambis un pļava pie Mēmeles (2 ha), 14 maršruta pieturvietas",
                 "Kopienas fonds (biedru naudas un ziedojumi, 2023. gadā 2 850 EUR)",
                 "Gide, divi programmētāji, audēja, grāmatvede",
                 "61 biedrs, ap 40 regulāru talcinieku",
                 "Sēliskās izloksnes, 19. gs. dzirnavu dambis, vecmāmiņu brunču raksti"],
        "C6.2": ["Upes māju – mūsu lielāko tehnisko resursu – esam pielāgojuši tieši mērķim, lai Aizupēs varētu strādāt attālināti, un tagad tajā regulāri strādā 11 cilvēki."],
        "C6.3": ["Upes māja tika atjaunota 2019. gadā ar LEADER atbalstu, bet maršruta norādes 2022. gadā izgatavojām ar Sabiedrības integrācijas fonda programmas „NVO fonds” finansējumu."],
        "C6.4": ["Maršrutu palīdzēja izveidot partneri no Rokišķu rajona Lietuvā, ar kuriem sadarbojamies kopš 2021. gada, bet vasarās mums palīdz brīvprātīgie no Vācijas un Francijas, kas ierodas caur Eiropas Solidaritātes korpusu."],
    },
    notes={})

L["F04"] = dict(
    name="Biedrība „Pie ezera” (half-filled form)", archive="F04.zip",
    evidence={
        "C2": ["Mūsu mērķis ir, lai ciemā atkal būtu veikals un bērniem nebūtu katru dienu jābrauc uz skolu trīsdesmit kilometrus."],
    },
    notes={
        "C1": "Place named only in the page-header address line; the 2.1 answer copies the seed wording of the characteristic.",
        "C3.3": "Solar panels only planned, conditional on funding; the smart-village sentence is a general definition.",
        "C4.1": "Only a restated claim that the community is cohesive, self-organising and bottom-up; no fact.",
        "C4.3": "Same restated claim; nothing organised is described.",
        "C4.4": "Same restated claim; no assembly, vote or survey.",
        "C5.1": "'Skatīt pielikumā.' with no such annex.",
        "C5.2": "Conditional wish ('Būtu labi ...').",
        "C5.4": "Table row with a dash only.",
        "C6.1": "'vēl tiek izstrādāti' is a non-answer.",
        "C6.3": "Denied ('neesam piedalījušies').",
        "C6.4": "Only the form hint is left in.",
    })

L["F05"] = dict(
    name="Facebook lapa „Kaimiņi kopā” (unnamed village)", archive="F05.zip",
    evidence={
        "C4.3": ["Sestdien paši sakopām autobusa pieturu un izcirtām krūmus gar strautu – sanāca 14 kaimiņi, un līdz pusdienām viss bija gatavs."],
        "C5.4": ["Atgādinām, ka visas ciema ziņas liekam šeit lapā un WhatsApp grupā „Kaimiņi”, bet tiem, kam nav viedtālruņa, lapiņu ieliekam pastkastītē."],
    },
    notes={
        "C1": "The page never names its village, pagasts or novads.",
        "C2": "Only a general definition of a smart village; no own goal.",
        "C3.1": "Berry cooperative idea abandoned ('no idejas atteicāmies').",
        "C3.2": "Community house is a wish, contrasted with Priedaine ('telpu mums nav').",
        "C3.3": "Smart-city sensors are quoted press about Rīga; fast internet is a shop advert.",
        "C4.1": "Neighbours act together, but no organised body of residents is described.",
        "C6.3": "LEADER application only considered ('varbūt šogad pamēģināsim').",
    })

L["F06"] = dict(
    name="Zvejnieku ciema vēstule (V. Grīnbergs)", archive="F06.tar.gz",
    evidence={
        "C5.1": ["Vienīgais, ko darām kopā, ir tas, ka ziemās vecie zvejnieki puikām ierāda, kā siet un lāpīt tīklus un kā kūpināt butes pa vecam, ar alkšņa malku.",
                 "To mēs paši no tēviem iemācījāmies un tagad dodam tālāk."],
        "C6.3": ["Pagājušā gada aprīlī pieteicāmies Lielajai talkai, un ar Lielās talkas maisiem savācām atkritumus gar krastu – sanāca divas piekabes."],
    },
    notes={
        "C1": "The village is never named; the only place name is in the closing date-and-place line.",
        "C2": "Denied ('kopīgas vīzijas mums nav').",
        "C3.1": "Cooperative belongs to the neighbouring village ('bet mums tāda nav'); own fish market idea abandoned.",
        "C3.3": "Camera and solar panel only wished; optical cable denied.",
        "C4.1": "Denied ('Biedrības mums arī nav, un valdi neviens nav vēlējis').",
        "C4.3": "Joining the national Lielā talka campaign counts as C6.3 only.",
        "C4.4": "The meeting at the harbour only listed wishes; nothing was decided.",
        "C5.4": "Own website or Facebook only a wish in the idea list.",
        "C6.1": "Denied ('Resursi vēl nav apzināti').",
        "C6.4": "'tīkls' here is a fishing net and an electricity network, not networking.",
    })

L["F07"] = dict(
    name="Biedrība „Brieži” (Lejasbrieži, Vietalvas pagasts) – tables", archive="F07.zip",
    evidence={
        "C1": ["Biedrību „Brieži” veido Lejasbriežu ciema iedzīvotāji Vietalvas pagastā – 38 biedri no 41 ciema mājsaimniecības."],
        "C2": ["Līdz 2030. gadam gribam, lai Lejasbriežos ir darbavietas uz vietas un neviena māja nestāv tukša."],
        "C3.1": ["Kopš 2022. gada darbojas kooperatīvs „Briežu dārzs”, kas kopīgā aukstuma kamerā uzglabā un kopā pārdod 11 saimniecību ābolus un sulu."],
        "C4.1": ["Biedrībai ir valde (3 personas) un revidents; biedru sapulces notiek reizi ceturksnī.",
                 "Biedrību „Brieži” veido Lejasbriežu ciema iedzīvotāji Vietalvas pagastā – 38 biedri no 41 ciema mājsaimniecības."],
        "C4.4": ["Kooperatīva dibināšanu un šī projekta ideju apstiprināja biedru kopsapulce 2024. gada 10. februārī ar 29 balsīm „par” un 2 „pret”."],
        "C5.3": ["Kooperatīva ābolus pārstrādā Vietalvas pamatskolas mācību virtuvē, un pagasta pārvalde bez maksas nodrošina transportu uz tirdziņiem."],
        "C6.1": ["Sulu spiede ar pasterizatoru", "Bijušās muižas parks", "Kooperatīva peļņas daļa attīstībai",
                 "Dārzkopības speciāliste, grāmatvede, pārtikas tehnologs", "Biedri, kas piedalās darbos",
                 "Muižas laika ābeļšķirņu kolekcija"],
        "C6.2": ["Kopīgā aukstuma kamera kalpo tieši mūsu mērķim – darbavietām uz vietas: tajā pastāvīgi strādā divi ciema iedzīvotāji."],
        "C6.3": ["Aukstuma kamera iegādāta 2022. gadā ar LEADER (ELFLA) atbalstu, projekts Nr. 22-01-AL21-A019.2202-000014."],
    },
    notes={
        "C3.2": "'Tiek plānota.' only.",
        "C3.3": "Optical internet planned for 2025; digital training is an action-plan row 'Nav sākts'.",
        "C4.2": "'Atbilst.' – claim without a fact.",
        "C4.3": "'Atbilst pilnībā – 5 punkti.' – points claimed, no fact.",
        "C5.1": "Village history research only in the action plan; the apple-variety collection appears only as a listed resource.",
        "C5.2": "Empty cell (dash).",
        "C5.4": "Empty cell (dash); Facebook page only planned.",
        "C6.4": "Denied ('Sponsoru un ārēju partneru mums pagaidām nav'); partner search planned.",
    })

L["F08"] = dict(
    name="Biedrība „Kalnamuizas kopiena” (Kalnamuiža, Kokneses pagasts) – no diacritics", archive="F08.zip",
    evidence={
        "C1": ["Kalnamuiza ir neliels ciems Kokneses pagasta, kura dzivo ap 150 cilveku, un musu biedriba \"Kalnamuizas kopiena\" apvieno tos, kas te dzivo un grib te dzivot."],
        "C2": ["Musu merkis ir, lai Kalnamuiza butu vieta, kur var dzivot lauku miera un stradat pasaules limeni, un lai jaunie cilveki nebrauktu prom uz Rigu vai arzemem."],
        "C3.2": ["Kops 2022. gada vecaja pasta eka darbojas kopstrades telpa ar astonam darba vietam, kur regulari strada septini attalinatie darbinieki no ciema."],
        "C3.3": ["Pagajusaja ziema es ar vienu kolegi novadiju piecas nodarbibas, kuras macijam kaiminiem lietot e-paraksta mobilo lietotni un Latvija.lv e-pakalpojumus; pieteicas 17 cilveki, un lielaka dala tagad deklaracijas iesniedz pasi."],
        "C4.1": ["2022. gada rudeni nodibinajam biedribu, valde ir tris cilveki, un sobrid biedriba ir 27 biedri, kas maksa biedra naudu un nak uz sapulcem."],
        "C4.4": ["Kopstrades telpas darba laiku un to, ka tur iekartojam ari bernu sturiti, izlema iedzivotaju aptauja: 52 no 70 respondentiem to atbalstija, un mes ta ari izdarijam.",
                 "Kopstrades telpu darbdienas tagad atveram no 8 lidz 20, un bernu sturiti iekartojam novembri, jo to atbalstija 52 no 70 respondentiem."],
        "C5.4": ["Informacija ciema aprit caur WhatsApp grupu \"Kalnamuiza\" (112 dalibnieki) un musu majaslapu kalnamuiza.lv; pec statistikas majaslapu menesi apmekle ap 400 cilveku, bet WhatsApp zinas izlasa gandriz visi."],
        "C6.4": ["Divi Rigas IT uznemumi ziedoja kopstrades telpai 12 lietotus monitorus un datorus, bet Rigas Tehniskas universitates studenti brivpratigi ierikoja telpa Wi-Fi un serveri."],
    },
    notes={
        "C3.1": "E-shop idea abandoned ('no tas idejas atteicamies').",
        "C4.3": "No self-organised collective action or problem solving is described.",
        "C5.2": "Denied ('vecaka paaudze netiek iesaistita').",
        "C5.3": "Denied ('Ar skolu un pagasta parvaldi sadarbibas pagaidam nav'); donating IT firms and students are external resources (C6.4).",
        "C6.1": "Denied ('Resursus sistematiski vel neesam apzinajusi').",
        "C6.3": "Denied ('lidz sim neesam piedalijusies'); this application itself does not count.",
    })

L["F09"] = dict(
    name="Biedrība „Saulgrieži” (Bērzkalni) – interview and minutes", archive="F09.zip",
    evidence={
        "C1": ["Mēs esam Bērzkalnu ciema biedrība – tā dzimām 2018. gadā, kad slēdza skolu un likās, ka ciems vienkārši izmirs."],
        "C2": ["Gribam, lai Bērzkalni pēc desmit gadiem joprojām būtu dzīvs ciems, kur bērni paliek vai atgriežas, jo šeit ir labi dzīvot."],
        "C3.2": ["Pirms diviem gadiem vecajā skolā iekārtojām kopienas centru, ko pārvaldām paši pēc kopienas pārvaldības principa: katru mēnesi cits brīvprātīgais ir „mājas saimnieks”, un telpas var izmantot ikviens, kurš ieraksta savu nodarbību kopīgajā kalendārā."],
        "C4.1": ["Šobrīd biedrībā ir 34 biedri, valdē – pieci cilvēki, un katrai darba grupai ir savs vadītājs, tā ka man nav jāatbild par visu."],
        "C4.2": ["Bērzkalnieši vienmēr lepojušies ar saviem kokļu spēlmaņiem un Jāņu ugunskuru kalnā – tas mūs vieno vairāk par jebkuriem dokumentiem."],
        "C4.3": ["Un vēl – kad pērn rudenī reiso autobusu uz Vecumniekiem atcēla, mēs nedēļas laikā sarunājām kopbraukšanas grafiku.",
                 "M. Liepa ziņo, ka kopš oktobra kopbraukšanas grafikā piedalās septiņi autovadītāji un ik dienu tiek nodrošināti divi reisi uz Vecumniekiem."],
        "C4.4": ["NOLEMJ: balsojot (23 „par”, 1 „pret”, 0 „atturas”), kopienas centra virtuvi iekārtot pirms bibliotēkas stūrīša, jo to aptaujā atbalstīja lielākā daļa mājsaimniecību.",
                 "Pērn rudenī taujājām visām mājām, ko iekārtot vispirms – virtuvi vai bibliotēkas stūrīti –, un kopsapulce nobalsoja par virtuvi, jo to gribēja vairums."],
        "C5.1": ["Ziemā vecmāmiņas kopienas centrā māca meitenēm un arī pāris puišiem spēlēt kokli un dziedāt vecās Bērzkalnu dziesmas, ko savulaik pierakstīja mans vectēvs."],
        "C5.2": ["Pie mums dzīvo arī vairākas ģimenes, kurās aug bērni ar īpašām vajadzībām.",
                 "Kopienas centrā ierīkojām uzbrauktuvi ratiņkrēslam un kluso istabu, un tagad šie bērni ar vecākiem nāk uz visiem pasākumiem kopā ar citiem."],
        "C5.4": ["Par to, kas notiek, visi uzzina mūsu WhatsApp grupā, bet vecākajiem iedzīvotājiem es pati katru piektdienu izlieku afišu veikalā un pie pasta kastītēm.",
                 "Pēc pērnā gada aptaujas zinām, ka astoņdesmit procenti ziņas saņem tieši WhatsApp grupā."],
    },
    notes={
        "C3.1": "Brand and e-shop only talked about ('nākotnes jautājums'); Skaistkalne's e-shop is quoted press about another place.",
        "C3.3": "Denied ('par digitālām lietām pagaidām nedomājam').",
        "C5.3": "Denied ('Ar skolu un pagastu sadarbības mums īsti nav').",
        "C6.1": "No resources identified.",
        "C6.3": "Denied ('neesam saņēmuši nevienu projekta finansējumu'); writing this LEADER application does not count; portal footer is boilerplate.",
        "C6.4": "Denied ('sponsoru mums nav').",
    })

L["F10"] = dict(
    name="Dzērvaines bibliotēka un ciema ļaudis (Ozolmuižas pagasts) – newsletter", archive="F10.tar.gz",
    evidence={
        "C1": ["Dzērvaine ir neliels ciems Ozolmuižas pagastā, kurā dzīvo ap 180 cilvēku, un mēs, dzērvainieši, sevi saucam par latgaļiem un ezera ļaudīm."],
        "C4.2": ["Mūsu lielākā vērtība ir latgaliešu valoda un rakstība – ciemā joprojām runā latgaliski, un ar to mēs lepojamies."],
        "C5.1": ["Ik mēnesi bibliotēkā notiek Latgales keramikas meistarklase, kurā podnieks Jāzeps Bernāns rāda bērniem un viņu vecākiem, kā uz ripas izvirpot bļodu un kā to nokvēpināt pēc vecā Latgales podnieku paraduma."],
        "C5.2": ["Senjoru pēcpusdienās mūsu skolēni lasa priekšā vecajiem ļaudīm, bet vecie ļaudis stāsta, kā Dzērvainē dzīvoja pirms kara, un tā pie viena galda satiekas trīs paaudzes."],
        "C5.3": ["Ziemassvētku koncertu šogad kopā sarīkoja Ozolmuižas pamatskola, katoļu draudze, bibliotēka un vietējais uzņēmējs Pēteris Rimšs, kurš par saviem līdzekļiem uzcēla skatuvi baznīcas dārzā."],
        "C5.4": ["Par visu, kas ciemā notiek, var izlasīt šajā avīzītē, kas iznāk reizi mēnesī 150 eksemplāros, bibliotēkas Facebook lapā un uz ziņojumu dēļa pie veikala, bet jaunieši ziņas vairāk lasa Instagram."],
        "C6.3": ["2023. gadā bibliotēka ar Valsts kultūrkapitāla fonda atbalstu izdeva grāmatiņu „Dzērvainis stuosti” ar vietējo ļaužu atmiņām latgaliski.",
                 "Rudenī piedalījāmies arī Latgales kultūras dienās Rēzeknē, kur grāmatiņu prezentējām novada bibliotēku stendā."],
        "C6.4": ["Rīgas latgaliešu biedrība uzdāvināja bibliotēkai 60 grāmatas latgaliski, un sadraudzības skola Zarasos Lietuvā katru vasaru atsūta savus bērnus uz mūsu nometni pie ezera."],
    },
    notes={
        "C2": "Denied ('Kopīgas ciema attīstības stratēģijas mums vēl nav, un par nākotni kopā neesam runājuši').",
        "C3.2": "Community house and time bank belong to neighbouring Ozolmuiža ('bet mums tādas nav'); a traditional culture house is not C3.2.",
        "C3.3": "Denied ('digitālo prasmju nodarbības senioriem līdz šim nav notikušas').",
        "C4.1": "No residents' organisation ('Sovas biedreibys mums nav'); activities are run by institutions.",
        "C4.3": "The clean-up was organised by the pagasts administration, not by residents.",
        "C4.4": "Decisions by the administration head; the library survey changed nothing.",
        "C6.1": "No own resources identified; 'vērtības' is used for prize money.",
    })

L["F11"] = dict(
    name="Biedrība „Priedaines ģimenes” (Priedaine, Kalsnavas pagasts)", archive="F11.zip",
    evidence={
        "C1": ["Mēs esam Priedaines ciema ģimenes Kalsnavas pagastā – pārsvarā jaunas mammas, dažas vecmāmiņas un, jā, arī trīs tēti."],
        "C2": ["Mēs sapņojam par Priedaini, kurā jaunai ģimenei nav jāizvēlas starp darbu pilsētā un bērnu laukos – kur ir, kas pieskata, kur ir draugi un kur katrs zina, ka nepaliks viens."],
        "C3.2": ["Kopš 2023. gada rudens mums darbojas laika banka: mammas un vecmāmiņas pieraksta stundas, ko pavadījušas, pieskatot citu bērnus, un pēc tam šīs stundas var „iztērēt”, kad pašām vajag palīdzību."],
        "C4.1": ["Biedrību dibinājām 2022. gada pavasarī septiņas mammas pie virtuves galda, tagad mūsu ir jau 26, un valdē esam trīs: es, Dace un Kristīne."],
        "C4.3": ["Kad pagājušajā ziemā bērnudārza grupu uz trim mēnešiem slēdza, jo nebija audzinātājas, mēs paši sastādījām maiņu grafiku un pieskatījām bērnus pa mājām, līdz grupa atkal tika atvērta."],
        "C5.2": ["Laika bankā iesaistījušās arī četras vientuļas senioras, kuras labprāt pieskata mazos, bet mēs viņām pretī sapērkam produktus un aizvedam pie ārsta."],
        "C6.1": ["Bijušā bērnudārza telpa (55 m²), ko nomājam par 30 eiro mēnesī.",
                 "26 biedri, no kuriem divas ir pirmsskolas pedagoģes, viena medmāsa un viena grāmatvede.",
                 "Biedru naudas – 5 eiro mēnesī no ģimenes, gadā ap 1200 eiro."],
        "C6.2": ["Bijušā bērnudārza telpu jau tagad izmantojam tieši mūsu galvenajam mērķim – lai mazu bērnu vecāki varētu strādāt un nebūtu jāaizbrauc no Priedaines: tur divas reizes nedēļā darbojas mūsu pašu pieskatīšanas grupa."],
        "C6.4": ["Rīgas uzņēmums SIA „Zīļuks” pērn mums uzdāvināja rotaļlietas un mēbeles 1800 eiro vērtībā, un divas logopēdes no Madonas reizi mēnesī bez maksas konsultē mūsu bērnus.",
                 "SIA „Zīļuks” apliecina, ka 2023. gada jūnijā uzdāvināja biedrībai „Priedaines ģimenes” bērnu rotaļlietas, divas gultiņas un galdiņu komplektu par kopējo summu 1 800 EUR."],
    },
    notes={
        "C3.1": "The e-shop in the support letter is the donor company's own advert.",
        "C4.4": "The project idea was prepared and approved by the board alone.",
        "C5.3": "Denied ('mūsu pasākumos viņi netiek iesaistīti'); the donor company and visiting speech therapists are external resources (C6.4).",
        "C5.4": "Only a wish ('Vajadzētu savu Facebook lapu ..., bet pagaidām nekā tāda nav').",
        "C6.3": "Denied ('Neesam piedalījušies nevienā projektu konkursā').",
    })

L["F12"] = dict(
    name="Biedrība „Ziemeļraga ļaudis” (Ziemeļrags, Rojas pagasts)", archive="F12.zip",
    evidence={
        "C1": ["Ziemeļrags ir zvejnieku ciems Rojas pagastā, Talsu novadā, starp jūru un mežu.",
               "Biedrība „Ziemeļraga ļaudis” apvieno 52 Ziemeļraga iedzīvotājus; to vada trīs cilvēku valde, bet katrai no trim ciema daļām – Ostmalai, Kāpām un Mežmalai – ir savs pārstāvis biedrības padomē."],
        "C2": ["Vīzija: Ziemeļrags 2030. gadā ir dzīvs zvejnieku ciems, kur jaunieši var pelnīt iztiku no jūras un tūrisma, nevis brauc strādāt uz Īriju.",
               "Radīt vismaz desmit jaunas darba vietas ciemā līdz 2030. gadam."],
        "C3.1": ["2021. gadā sešas zvejnieku saimniecības apvienojās kooperatīvā „Ziemeļraga zivs”, kas kūpinātas zivis tirgo tieši pircējiem – piektdienās pie kūpinātavas, bet pa telefonu pieņem pasūtījumus ar piegādi uz Talsiem un Rīgu."],
        "C4.1": ["Biedrība „Ziemeļraga ļaudis” apvieno 52 Ziemeļraga iedzīvotājus; to vada trīs cilvēku valde, bet katrai no trim ciema daļām – Ostmalai, Kāpām un Mežmalai – ir savs pārstāvis biedrības padomē."],
        "C4.2": ["Ziemeļragu vieno jūra – šeit zvejo jau vairāk nekā trīssimt gadu, un mēs sevi joprojām saucam par jūras ļaudīm, ne tikai par ciema iedzīvotājiem."],
        "C5.3": ["Kooperatīva degustācijas Rojas Jūras zvejniecības muzejs ir iekļāvis savā vasaras ekskursiju maršrutā, bet Rojas vidusskola pie mums rīko jūras dienas saviem skolēniem."],
        "C6.1": ["Kooperatīva kūpinātava (rekonstruēta 2020. gadā), 4 laivas, ledus ģenerators, tīklu būda",
                 "400 m krasta ar laivu vietām, ostas laukums 0,3 ha",
                 "Kooperatīva apgrozījums ap 60 000 EUR gadā, biedru naudas",
                 "Zvejnieku prasmes, kooperatīva grāmatvede, viesu mājas saimniece ar tūrisma izglītību",
                 "52 biedri, no tiem 14 aktīvi zvejnieki",
                 "Vēsturiskā zvejnieku sēta ar 19. gadsimta tīklu būdu, kāpu priežu mežs"],
        "C6.2": ["Kūpinātava ir mūsu galvenais resurss mērķim dot darbu uz vietas – tajā pastāvīgi strādā četri ciema cilvēki, un kooperatīvs tās dēļ var pārdot visu nozveju pats, nevis atdot uzpircējiem."],
        "C6.3": ["Kūpinātavas rekonstrukcija 2020. gadā tika līdzfinansēta no Rīcības programmas zivsaimniecības attīstībai, izmantojot Talsu rajona partnerības sabiedrības virzītas vietējās attīstības stratēģiju."],
        "C6.4": ["Kopš 2021. gada sadarbojamies ar Sāmsalas zvejnieku biedrību MTÜ „Saare Kalurite Selts” – igauņi mums palīdzēja izveidot kooperatīva tiešās tirdzniecības sistēmu, un katru gadu apmaināmies ar pieredzes braucieniem."],
    },
    notes={
        "C3.2": "Community room only an action-plan row ('Nav sākts').",
        "C4.3": "No self-organised action or problem solving described.",
        "C4.4": "The strategy was prepared and approved by the board alone.",
        "C5.1": "Recording fishermen's stories is only planned.",
        "C5.2": "Joint seniors–youth workshop is only planned.",
        "C5.4": "Website and social media accounts only planned ('tīklu' in another sense).",
    })

L["F13"] = dict(
    name="Biedrība „Druvieši” (Druvieši, Bebru pagasts)", archive="F13.zip",
    evidence={
        "C1": ["Druvieši ir lauksaimnieku ciems Bebru pagastā, Aizkraukles novadā, un biedrība „Druvieši” kopš 2014. gada apvieno šī ciema saimniekus un citus iedzīvotājus."],
        "C2": ["Mūsu mērķis ir, lai Druviešos arī pēc divdesmit gadiem zemi apstrādātu vietējie ļaudis un lai lauksaimniecība būtu ienesīga arī mazai saimniecībai, ne tikai lielajām agrofirmām."],
        "C3.1": ["2022. gadā mūsu biedru saimniecības sāka tiešās tirdzniecības pulciņu – ik ceturtdienu pircēji no Aizkraukles un Rīgas pasūtījumus veic vienā kopīgā tīmekļa veidlapā, un produkti tiek aizvesti vienā reisā, kas ietaupa gan degvielu, gan laiku."],
        "C3.3": ["Biedrības uzturētajā graudu kaltē 2023. gadā uzstādījām mitruma un temperatūras sensorus, kuru rādījumus saimnieki redz savā telefonā, un es pats trīs vakaros apmācīju kaimiņus tos lietot."],
        "C4.1": ["Biedrībā „Druvieši” ir 29 biedri, to vada četru cilvēku valde, un biedru sapulces notiek reizi mēnesī bijušajā kolhoza kantorī."],
        "C4.3": ["Kad 2021. gada pavasarī plūdi izskaloja ceļa caurteku un skolas autobuss divas nedēļas nevarēja iebraukt, mēs paši ar trim traktoriem un biedru savāktu naudu to salabojām, negaidot novada tāmi."],
        "C5.1": ["Kopš 2019. gada vadu „lauka skolu” – ik pavasari jaunajiem saimniekiem rādām, kā noteikt augsnes skābumu, kā audzēt vecās rudzu šķirnes un kā kopt vēl muižas laikā stādīto ābeļdārzu."],
        "C6.1": ["Graudu kalte ar jaudu 8 t/dnn, mitruma un temperatūras sensori",
                 "Biedru apstrādātā zeme, kopā ap 340 ha",
                 "Kaltēšanas maksa biedriem un kaimiņiem, ap 4 500 EUR sezonā",
                 "Agronoms, divi mehanizatori, veterinārārste",
                 "Vecās rudzu šķirnes 'Kaupo' sēklas materiāls, muižas ābeļšķirnes"],
        "C6.2": ["Kalti, ko resursu sarakstā esam norādījuši kā galveno tehnisko resursu, izmantojam tieši mūsu mērķim – lai mazie saimnieki varētu paši izkaltēt graudus un pārdot tos dārgāk, nevis atdot uzpircējam par lētu naudu."],
        "C6.3": ["Kalte 2018. gadā tika atjaunota ar ELFLA līdzfinansējumu LEADER projektā „Kopīgā kalte Druviešos”."],
    },
    notes={
        "C3.2": "Only the form placeholder '[aprakstiet]'.",
        "C4.2": "'atbilst' – claim without a fact.",
        "C4.4": "The project idea was prepared by the board alone.",
        "C5.2": "Denied ('Jaunieši mūsu biedrībā gandrīz nav iesaistīti').",
        "C5.3": "Only the form hint is left in.",
        "C5.4": "'Nav apkopoti.' – non-answer.",
        "C6.4": "Denied; the German partnership offer was declined.",
    })

L["F14"] = dict(
    name="Biedrība „Kopā var!” – minutes and survey (place not presented)", archive="F14.tar.gz",
    evidence={
        "C4.1": ["R. Zariņa informē, ka biedrībā šobrīd ir 41 biedrs, no tiem 9 jaunieši, kuri pagājušajā gadā izveidoja savu jauniešu darba grupu ar vadītāju un savu budžetu."],
        "C4.3": ["A. Bērziņš ziņo, ka pēc janvāra sniegputeņa biedrības brīvprātīgie paši sastādīja sniega tīrīšanas dežūras, un 12 vecāko iedzīvotāju pagalmi un celiņi tika iztīrīti divu dienu laikā."],
        "C4.4": ["NOLEMJ: balsojot „par” – 35, „pret” – 2, „atturas” – 1, biedrības 2024. gada līdzekļus vispirms izlietot pieturas nojumei pie skolas, kā to aptaujā ieteica vairākums iedzīvotāju."],
        "C5.2": ["Jauniešu darba grupa kopā ar biedrības senioru kopu rudenī un ziemā sarīkoja sešus galda spēļu vakarus, uz kuriem nāca gan skolēni, gan seniori, un vidēji piedalījās 25 cilvēki."],
        "C5.4": ["Informāciju par biedrības darbu iedzīvotāji saņem WhatsApp grupā „Kopā var”, biedrības e-pasta vēstkopā un uz ziņojumu dēļa pie veikala; aptaujā 64 % atbildēja, ka ziņas visbiežāk uzzina tieši WhatsApp grupā."],
    },
    notes={
        "C1": "Place appears only in the date-and-place line and a street address; the applicants are never presented as a named place's community.",
        "C2": "Denied ('kopīgu nākotnes redzējumu biedrība vēl nav formulējusi'); 'mērķi' in the survey are travel destinations.",
        "C6.3": "Denied ('nevienā projektu konkursā nav piedalījusies').",
        "C6.4": "Denied ('sponsoru tai nav').",
    })

L["F15"] = dict(
    name="Dzirnavnieku kopiena (Aiviekstes pagasts) – Facebook page", archive="F15.zip",
    evidence={
        "C1": ["Mēs esam Dzirnavnieku ciema ļaudis Aiviekstes pagastā – kaimiņi, kas dzīvo ap vecajām dzirnavām un kopā rūpējas par savu ciemu."],
        "C2": ["Mūsu sapnis – lai pēc gadiem dzirnavas atkal maltu un Dzirnavnieki būtu vieta, kur cilvēki brauc ne tikai garām, bet arī apstājas un paliek."],
        "C3.3": ["Novembrī pie dzirnavu slūžām uzstādījām ūdens līmeņa sensoru, kas sūta brīdinājumu uz visiem pieslēgtajiem telefoniem, ja upe sāk strauji kāpt, – ziemas atkušņos tas jau divreiz laikus pabrīdināja lejasgala mājas.",
                 "Visiem, kas gribēja, Jānis uz vietas ierādīja, kā lietotni ielikt telefonā un kā nolasīt grafikus."],
        "C4.2": ["Dzirnavnieki ir dzirnavu ciems – vecās ūdensdzirnavas ir mūsu lepnums un iemesls, kāpēc te vispār kādreiz cēla mājas, un par to, ka esam „dzirnavnieki”, mēs runājam ar lepnumu."],
        "C4.3": ["Kad ledus sastrēgums appludināja ceļu uz Pļaviņām, paši ar divām laivām trīs dienas vedām maizi, zāles un pastu uz lejasgala mājām, kamēr ūdens nokrita.",
                 "Ciema iedzīvotāji pašu spēkiem izbūvēja sensora stiprinājumu un uzņēmās tā uzraudzību."],
        "C5.1": ["Svētdien dzirnavās pēdējā dzirnavnieka mazdēls Kārlis rādīja, kā uz vecajiem dzirnavu akmeņiem maļ rupjmaizes miltus, un pēc tam kopā izcepām maizi pēc viņa vecmāmiņas receptes."],
        "C5.4": ["Visas ziņas par ciemu liekam šajā lapā, bet steidzamās lietas – ūdens līmeni, ceļa stāvokli – sūtām WhatsApp grupā, kurā ir gandrīz katra māja.",
                 "Pērn šīs lapas ierakstus vidēji redzēja ap 600 cilvēku, un palu laikā – pat vairāki tūkstoši."],
        "C6.4": ["Liels paldies Latvijas Universitātes hidroloģijas studentiem, kuri sensoru mums uzdāvināja un brīvprātīgi brauca to uzstādīt, un viņu pasniedzējai Dr. Kristīnei Upītei!",
                 "Apliecinu, ka 2023. gada novembrī mūsu hidroloģijas kursa studenti kursa darba ietvaros izgatavoja un Aiviekstes pietekas krastā pie Dzirnavnieku dzirnavām uzstādīja automātisku ūdens līmeņa sensoru ar brīdinājumu sistēmu."],
    },
    notes={
        "C3.1": "Own brand only being thought about; the Ērgļi e-shop is quoted press and the bakery app an advert.",
        "C4.1": "Denied ('Biedrību vēl neesam nodibinājuši – esam vienkārši kaimiņi').",
        "C4.4": "No assembly, vote or decisive survey.",
        "C5.3": "Denied for local sectors ('ar pagastu, skolu vai vietējiem uzņēmējiem kopā pagaidām neko neesam rīkojuši'); the university students are an external resource (C6.4).",
        "C6.1": "No own resources identified.",
        "C6.3": "Denied ('uz LEADER konkursu pieteikties līdz šim neesam paspējuši').",
    })

L["F16"] = dict(
    name="Biedrība „Silmaļu attīstībai” (Silmaļi, Staburaga pagasts)", archive="F16.zip",
    evidence={
        "C1": ["Silmaļu ciema kopienu veido ap 420 iedzīvotāju Staburaga pagastā, un biedrība „Silmaļu attīstībai” ir viņu pārstāve attiecībās ar pašvaldību un citām institūcijām."],
        "C2": ["Mūsu vīzija: Silmaļi 2030. gadā ir zaļš, drošs un strādīgs ciems, kurā katram ir darbs un vieta kopienā."],
        "C3.1": ["Kopš 2023. gada darbojas biedrības dibināts sociālais uzņēmums SIA „Silmaļu darbnīca”, kurā četri cilvēki ar invaliditāti izgatavo putnu būrus un koka rotaļlietas pārdošanai."],
        "C3.2": ["2023. gadā ieviesām jaunu ciema pārvaldības formu – ciema padomi, kurā ir pa vienam pārstāvim no katras ielas, divi jauniešu pārstāvji un ukraiņu kopienas pārstāve; padome reizi mēnesī tiekas ar pagasta pārvaldes vadītāju un kopā lemj par ciema ikdienas jautājumiem."],
        "C3.3": ["2024. gada janvārī ciema centrā sāka darboties publiskais bezvadu internets un e-pakalpojumu punkts, kurā konsultante divreiz nedēļā māca iedzīvotājus pieteikties e-pakalpojumiem un lietot e-parakstu."],
        "C4.1": ["Biedrībā ir 58 biedri, valde piecu cilvēku sastāvā un trīs darba grupas – uzņēmējdarbības, vides un jauniešu."],
        "C4.2": ["Silmaļi ir vienīgais ciems novadā, kas uzcelts pagājušā gadsimta sešdesmitajos gados kā meža strādnieku ciemats, un mēs joprojām lepojamies ar savu „meža cilvēku” raksturu – strādīgumu un paļaušanos vienam uz otru."],
        "C4.4": ["Stratēģijas prioritātes noteica paši iedzīvotāji: 2023. gada aptaujā piedalījās 143 cilvēki, un trīs visvairāk atbalstītās prioritātes šajā stratēģijā ir iekļautas bez izmaiņām.",
                 "Trīs pirmās prioritātes biedru kopsapulce 2024. gada 27. janvārī iekļāva ciema attīstības stratēģijā 2024–2030, un no tām veidota arī stratēģijas vīzija."],
        "C5.2": ["Kopš 2023. gada darbojas biedrības dibināts sociālais uzņēmums SIA „Silmaļu darbnīca”, kurā četri cilvēki ar invaliditāti izgatavo putnu būrus un koka rotaļlietas pārdošanai.",
                 "2023. gadā ieviesām jaunu ciema pārvaldības formu – ciema padomi, kurā ir pa vienam pārstāvim no katras ielas, divi jauniešu pārstāvji un ukraiņu kopienas pārstāve; padome reizi mēnesī tiekas ar pagasta pārvaldes vadītāju un kopā lemj par ciema ikdienas jautājumiem."],
        "C5.3": ["Staburaga pamatskolas skolotāji vada biedrības jauniešu darba grupu, pagasta pārvalde piedalās ciema padomes sanāksmēs, un vietējais uzņēmējs Arnis Kalējs ir biedrības valdes loceklis."],
        "C6.1": ["Bijusī katlumājas ēka (210 m²), biedrības īpašumā",
                 "Kokapstrādes darbgaldi (5 gab.)",
                 "Ciema centra laukums un mežaparks (6 ha)",
                 "Sociālā uzņēmuma peļņa, biedru naudas (ap 1 700 EUR gadā)",
                 "Galdnieki, ergoterapeite, grāmatvede",
                 "58 biedri, 4 darbinieki sociālajā uzņēmumā",
                 "60. gadu ciemata apbūves ansamblis, meža strādnieku vēstures liecības"],
        "C6.2": ["Bijušo katlumājas ēku 2023. gadā pielāgojām sociālā uzņēmuma darbnīcai, jo tā tieši kalpo mūsu mērķim – darba vietām ciemā arī tiem, kam citur darbu atrast grūti."],
        "C6.3": ["Darbnīcas aprīkojums iegādāts ar ELFLA atbalstu LEADER pieejā 2023. gadā, bet e-pakalpojumu punkts izveidots ar Aizkraukles novada pašvaldības iedzīvotāju iniciatīvu projektu konkursa finansējumu."],
    },
    notes={
        "C4.3": "Denied ('kopīgas talkas Silmaļos līdz šim nav notikušas'); works done by hired contractors; clean-ups only as action-plan rows.",
        "C5.1": "Craft masterclasses and history research are only planned; heritage appears only as a listed resource.",
        "C5.4": "Denied ('Informācijas aprite ciemā pagaidām nav sakārtota'); website and WhatsApp group only planned.",
        "C6.4": "Denied ('Ārējus sponsorus līdz šim piesaistīt nav izdevies'); sponsor search not started.",
    })


def main():
    out = {}
    for sid in sorted(L):
        d = L[sid]
        ind = {i: ("present" if i in d["evidence"] else "absent") for i in IDS}
        out[sid] = {"name": d["name"], "archive": d["archive"], "indicators": ind,
                    "evidence": {i: d["evidence"][i] for i in IDS if i in d["evidence"]},
                    "notes": d["notes"]}
    path = os.path.join(os.path.dirname(__file__), "..", "..", "labels.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.abspath(path))


if __name__ == "__main__":
    main()
