#!/usr/bin/env python3
"""Source of labels.json for Y01–Y16 (writes ../labels.json)."""
import json, os

IND = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
L = {}


def sub(sid, name, archive, present, absent):
    ind, ev, notes = {}, {}, {}
    for c in IND:
        if c in present:
            ind[c] = 'present'
            ev[c] = present[c]
        else:
            ind[c] = 'absent'
            notes[c] = absent[c]
    extra = (set(present) | set(absent)) - set(IND)
    assert not extra, (sid, extra)
    assert not (set(present) & set(absent)), sid
    L[sid] = {'name': name, 'archive': archive, 'indicators': ind, 'evidence': ev, 'notes': notes}


# ---------------------------------------------------------------- Y01 strong
sub('Y01', 'Biedrība “Zaubes kopiena” (Zaube, Zaubes pagasts)', 'Y01.zip', {
    'C1': ['Biedrība “Zaubes kopiena” apvieno Zaubes ciema un apkārtējo viensētu iedzīvotājus, kuri vēlas dzīvot sakoptā, draudzīgā un modernā vidē.'],
    'C2': ['2024. gada kopsapulcē pieņēmām Zaubes attīstības vīziju līdz 2030. gadam: “Zaube — ciems, kurā jaunas ģimenes grib palikt, seniori nejūtas vieni un ikviens var strādāt no mājām.”',
           'Mūsu galvenais mērķis ir uzlabot dzīves kvalitāti ciemā, lai iedzīvotāju skaits vairs nesamazinātos.'],
    'C3.1': ['Biedrības izveidotais vietējo ražotāju tirdziņš “Zaubes groziņš” kopš 2022. gada darbojas arī kā e-veikals: pasūtījumus pieņemam internetā, un piektdienās tos izvadā brīvprātīgie.'],
    'C3.2': ['Kopš 2023. gada bijušās pasta ēkas otrajā stāvā darbojas kopienas māja ar kopstrādes telpu, kurā ir četras darba vietas ar ātru internetu; tās izmanto attālināti strādājošie un studenti.'],
    'C3.3': ['Kopienas mājas jumtā 2024. gadā uzstādījām saules paneļus (10 kW), un digitālā darba grupa rīkoja piecas nodarbības, kurās 31 seniors apguva internetbankas, e-veselības un videozvanu lietošanu.'],
    'C4.1': ['Biedrību vada piecu cilvēku valde, ko ievēl kopsapulce uz diviem gadiem; darbojas arī trīs darba grupas — vides, kultūras un digitālā.'],
    'C4.2': ['Mūsu vērtības ir kaimiņu izpalīdzība, darbīgums un cieņa pret zemi; lepojamies, ka ciemā joprojām dzīvo dzimtas, kuru senči šeit saimniekojuši vairāk nekā 200 gadu.'],
    'C4.3': ['Kad 2023. gada augusta vētra nogāza vairākus kokus pāri ceļam uz kapiem, iedzīvotāji tajā pašā dienā sazvanījās, sagādāja motorzāģus un ceļu atbrīvoja, negaidot pašvaldības palīdzību.',
             'Katru pavasari un rudeni rīkojam talkas, kurās piedalās 40–60 cilvēku.'],
    'C4.4': ['Par šī projekta ideju lēma biedru kopsapulce 2025. gada 15. februārī: par kopienas mājas pagalma labiekārtošanu nobalsoja 37 no 41 klātesošā, un jau pirms tam iedzīvotāju aptaujā (89 respondenti) pagalms tika ierindots pirmajā vietā.',
             'Balsojums par pagalma labiekārtošanas projekta iesniegšanu: par — 37, pret — 1, atturas — 3.'],
    'C5.1': ['Ziemas mēnešos kopienas mājā notiek meistarklases — vietējie galdnieki māca jauniešiem darināt koka karotes, bet rokdarbnieces nodod tālāk jostu aušanas prasmes.',
             'Vecāko iedzīvotāju atmiņas esam pierakstījuši un apkopojuši novadpētniecības mapē, kas pieejama bibliotēkā.'],
    'C5.2': ['Pasākumos apzināti aicinām kopā seniorus, jaunās ģimenes un jauniešus, un divas ciemā dzīvojošās ukraiņu ģimenes ir iesaistījušās “Zaubes groziņa” darbā.'],
    'C5.3': ['Cieši sadarbojamies ar Zaubes pagasta pārvaldi, bibliotēku, draudzi un trim vietējiem uzņēmumiem: zemnieku saimniecība “Lejas” bez maksas nodrošina tehniku talkām, bet bibliotēka dod telpas digitālajām nodarbībām.'],
    'C5.4': ['Iekšējā informācijas aprite notiek WhatsApp grupā “Zaube kopā” (212 dalībnieki) un uz ziņojumu dēļa pie veikala; ārējai komunikācijai izmantojam Facebook lapu ar 1100 sekotājiem un rakstām pagasta avīzē.',
             'Pēc ierakstu statistikas redzam, ka Facebook sasniedzamība ir vislielākā, bet vecākā paaudze ziņas joprojām uzzina no ziņojumu dēļa.'],
    'C6.1': ['Resursus apzinājām 2024. gada rudenī vides un digitālās darba grupas kopīgā sanāksmē, un tie apkopoti tabulā.',
             'Kopienas māja (bijušās pasta ēkas 2. stāvs, 140 m²), 10 kW saules paneļi, četri datori, projektors',
             '48 biedri, ap 25 regulāri brīvprātīgie'],
    'C6.2': ['Kopienas māju un tās saules paneļus izmantojam tieši mūsu vīzijas īstenošanai — kopstrādes telpa ļauj jaunām ģimenēm strādāt attālināti un palikt Zaubē.'],
    'C6.3': ['2020. gadā ar LEADER programmas atbalstu iegādājāmies aprīkojumu kopienas mājai, bet 2023. gadā piedalījāmies Valsts kultūrkapitāla fonda konkursā un saņēmām finansējumu atmiņu grāmatas izdošanai.'],
    'C6.4': ['Kopienas mājas remontā palīdzēja 14 brīvprātīgie no Rīgas, bet bijušie zaubēnieši ziedoja 3200 EUR datoru iegādei.',
             'Kopš 2022. gada mūsu sadarbības partneris ir Igaunijas Mõniste ciema kopiena, ar kuru apmaināmies pieredzē.'],
}, {})

# ---------------------------------------------------------------- Y02 mixed
sub('Y02', 'Biedrība “Nītaures nākotne” (Nītaure)', 'Y02.zip', {
    'C1': ['Biedrība “Nītaures nākotne” apvieno Nītaures ciema iedzīvotājus, kuriem rūp, lai ciemā būtu ko darīt gan bērniem, gan pieaugušajiem.'],
    'C2': ['Mūsu vīzija ir, lai 2030. gadā Nītaure būtu ciems, kurā jaunas ģimenes izvēlas palikt, jo šeit ir droša vide bērniem, darbīgi kaimiņi un vieta, kur satikties visos gadalaikos.'],
    'C3.2': ['Kopš 2023. gada rudens bijušās Nītaures skolas ēkas vienā spārnā darbojas mūsu kopienas centrs, kuru pārvalda pati biedrība un kurā notiek gan pulciņi, gan iedzīvotāju tikšanās.'],
    'C4.1': ['Biedrībā ir 12 biedri un trīs valdes locekļi, bet kopienas centra pasākumos regulāri piedalās vēl ap 50 iedzīvotāju.'],
    'C4.2': ['Nītaurieši lepojas ar savu muižas parku un baznīcu, bet vēl vairāk — ar to, ka ciemā neviens netiek atstāts viens.',
             'Mūsu vērtības ir atbildība, uzticēšanās un prieks darīt kopā.'],
    'C4.3': ['Pagājušā gada maijā, kad pašvaldībai nebija līdzekļu, iedzīvotāji paši nomainīja sapuvušos dēļus gājēju tiltiņā pie dzirnavu dīķa un to nokrāsoja.'],
    'C4.4': ['Kopienas centra nodarbību sarakstu katru septembri nosaka paši iedzīvotāji: 2024. gadā aptaujā piedalījās 74 cilvēki, un pēc viņu izvēles atvērām jogas grupu un angļu valodas kursus pieaugušajiem.',
             'Par šo projektu iedzīvotāji vienojās sapulcē 2025. gada 8. februārī, kurā piedalījās 36 cilvēki, un par rotaļu laukuma ierīkošanu nobalsoja 29 no viņiem.'],
    'C5.2': ['Kopienas centrā katru otrdienu notiek senioru kafejnīca, uz kuru nāk arī jaunās māmiņas ar bērniem, un jaunieši pēc skolas tur spēlē galda spēles ar vecākajiem ciema iedzīvotājiem.'],
    'C5.4': ['Par notikumiem kopienas centrā iedzīvotāji uzzina no Facebook grupas “Nītaure šodien” un no afišām veikalā un autobusa pieturā.',
             'Pēc mūsu novērojumiem afišas joprojām sasniedz vairāk cilvēku nekā internets, tāpēc tās liekam vienmēr.'],
    'C6.1': ['Biedrības rīcībā ir kopienas centra telpas bijušajā skolas ēkā (trīs telpas, kopā 95 m²), 12 biedri ar dažādām prasmēm, zāles pļāvējs un 1500 EUR uzkrājumi.'],
    'C6.2': ['Kopienas centra telpas ir mūsu svarīgākais resurss, lai sasniegtu galveno mērķi — noturēt ciemā jaunās ģimenes —, jo tieši tur notiek bērnu pulciņi un vecāku tikšanās.'],
    'C6.3': ['2022. gadā ar LEADER programmas atbalstu iegādājāmies mēbeles un virtuves aprīkojumu kopienas centram.'],
}, {
    'C3.1': 'only planned/conditional (“Nākotnē plānojam izveidot kopīgu e-veikalu … ja tam izdosies atrast finansējumu”); producers trade separately; the form hint listing “kooperatīvs, e-veikals …” is form text',
    'C3.3': 'heading “5.3. Tehnoloģiskā inovācija” answered only with “—”; the form hint is form text; smart street-light sensors only wished (“Būtu labi …”)',
    'C5.1': 'denied (“Zināšanu nodošanā līdz šim neesam daudz darījuši”) and master classes only planned/conditional (“plānojam”, “varētu mācīt”); hint is form text',
    'C5.3': 'denied across the contrast: “Nītaurē ir vairāki uzņēmumi un zemnieku saimniecības, bet līdz šim tie mūsu darbā netiek iesaistīti”; no other sector involved',
    'C6.4': 'denied (“Sponsorus vai citus atbalstītājus ārpus pagasta piesaistīt līdz šim nav izdevies”)',
})

# ---------------------------------------------------------------- Y03 company
sub('Y03', 'SIA “Piebalgas medus darbnīca” (company, Vecpiebalgas pagasts)', 'Y03.tar.gz', {
    'C3.1': ['Kopš 2022. gada mūsu produkciju var iegādāties e-veikalā medusdarbnica.lv, un tagad ap 40 % pārdošanas notiek tiešsaistē.',
             '2023. gadā reģistrējām preču zīmi “Piebalgas Zelts”, ar kuru medus tiek piedāvāts arī Rīgas un Cēsu veikalos.'],
    'C5.1': ['Mūsu darbnīcā rīkojam meistarklases vaska sveču liešanā un bišu stropu darināšanā, kurās J. Bērziņš nodod 40 gadu laikā tēva saimniecībā uzkrātās biškopības zināšanas.'],
    'C5.3': ['Sadarbībā ar Vecpiebalgas vidusskolu katru rudeni mūsu darbnīcā notiek praktiskās nodarbības 5.–7. klases skolēniem, un skolotāji tās iekļauj dabaszinību stundās.'],
    'C6.1': ['Uzņēmuma rīcībā ir 120 bišu saimes, ražošanas ēka ar medus sviešanas līniju, 6 ha ziedošu pļavu un divi pastāvīgi darbinieki.'],
    'C6.3': ['2021. gadā ar LEADER programmas atbalstu iegādājāmies medus sviešanas līniju, kas trīskāršoja ražošanas jaudu.'],
    'C6.4': ['Kopš 2023. gada sadarbojamies ar Valgas biškopju kooperatīvu Igaunijā, ar kuru kopīgi iepērkam iepakojumu un apmaināmies pieredzē par bišu slimību ierobežošanu.'],
}, {
    'C1': 'applicant is a company (one owner); Vecpiebalgas pagasts is only its location (“ģimenes uzņēmums Vecpiebalgas pagastā”), the applicant is not presented as the place’s community; Piebalga paragraph is general tourist description',
    'C2': 'only a business aim (“Uzņēmuma mērķis ir … palielināt apgrozījumu par 30 %”) and the project aim; “Uzņēmums atbalsta kopīgus mērķus un nākotnes vīziju …” restates the criterion',
    'C3.2': 'nothing shown',
    'C3.3': 'only planned (“Nākamajā gadā plānojam uzstādīt saules paneļus”)',
    'C4.1': 'company, not an organised body of residents (“Uzņēmumā ir viens īpašnieks”)',
    'C4.2': 'only a general description of Piebalga’s fame (Kaudzītes, weavers) for tourists, no community stating its own identity',
    'C4.3': 'nothing shown',
    'C4.4': 'board member decided alone (“visus lēmumus pieņem valdes loceklis”; decision after consulting the accountant)',
    'C5.2': 'nothing shown',
    'C5.4': 'no information flow or channels described',
    'C6.2': 'no community goal (C2 absent); resources serve the business aim only',
})

# ---------------------------------------------------------------- Y04 very weak
sub('Y04', 'Biedrība “Skujenes ciems” (Skujene)', 'Y04.zip', {
    'C1': ['Biedrība “Skujenes ciems” ir Skujenes pagasta iedzīvotāju apvienība, kuru 2024. gada novembrī nodibināja septiņi Skujenes ciema iedzīvotāji.'],
    'C4.1': ['Biedrībai ir trīs cilvēku valde, un biedri tiekas reizi mēnesī pie valdes priekšsēdētāja.'],
}, {
    'C2': 'criterion wording restated as the answer (“Kopienai ir kopīgi mērķi un nākotnes vīzija …”) plus non-answer “Attīstības stratēģija vēl tiek izstrādāta”; header boilerplate; project aim is technical (buy a stage); self-assessment points without facts',
    'C3.1': 'restated criterion (“Inovatīvi risinājumi tiek ieviesti vairākās dzīves jomās …”) without any fact',
    'C3.2': 'time bank only conditional (“nākotnē varētu ieviest arī laika banku”)',
    'C3.3': 'restated criterion only; EU definition is general text',
    'C4.2': 'restated claim “Kopiena apzinās savu identitāti.” without facts',
    'C4.3': 'only planned (“Talkas plānojam sākt rīkot 2025. gada pavasarī”)',
    'C4.4': 'board decides (“Lēmumus pieņem valde.”)',
    'C5.1': 'answered with “—”',
    'C5.2': 'answered “Nav.”',
    'C5.3': 'denied across contrast (“… ir svarīgas iestādes, bet sadarbība ar tām vēl nav uzsākta”)',
    'C5.4': 'non-answer “Skatīt pielikumā Nr. 3.” – no such annex (only annexes 1–2 listed/submitted)',
    'C6.1': 'denied (“Resursi vēl nav apzināti.”)',
    'C6.2': 'non-answer (“nav apkopoti dati”)',
    'C6.3': 'denied (“Neesam piedalījušies nevienā valsts vai reģionāla līmeņa projektā”); future LEADER sticker is publicity plan',
    'C6.4': 'only planned (“Plānojam piesaistīt sponsorus un sadarbības partnerus”)',
})

# ---------------------------------------------------------------- Y05 newsletter
sub('Y05', 'Biedrība “Taurenes kopa” (Taurene) — newsletter + support letter', 'Y05.zip', {
    'C1': ['Biedrība “Taurenes kopa” jau piekto gadu apvieno Taurenes pagasta iedzīvotājus, kam rūp mūsu pagasta nākotne.'],
    'C2': ['Mēs gribam, lai Taurene pēc desmit gadiem būtu vieta, kur bērni grib atgriezties pēc studijām, kur gados vecāki cilvēki var droši nodzīvot mūžu savās mājās un kur ikvienam ir kāds, pie kā vērsties.'],
    'C4.1': ['Šobrīd biedrībā ir 31 biedrs, un pērn decembrī valdē ievēlējām divus jaunus cilvēkus — Lieni un Kasparu, kuri uzņēmušies rūpes par jauniešiem.'],
    'C4.2': ['Visbiežāk minētas trīs lietas: muižas parks ar simtgadīgajiem ozoliem, mūsu jauktais koris, kas dzied jau 60 gadus, un tas, ka kaimiņi šeit viens otram palīdz bez lielas runāšanas.',
             'To mēs arī uzskatām par Taurenes būtību.'],
    'C4.3': ['Izzāģējām krūmus gar dīķi, savācām 40 maisus atkritumu un salabojām veco laipu, kuru pirms tam pagasts gadiem ilgi nebija paguvis salabot.'],
    'C4.4': ['Februāra kopsapulcē 44 taurenieši balsoja par to, kuru no piecām iedzīvotāju iesniegtajām idejām biedrība īstenos pirmo.',
             'Ar 27 balsīm uzvarēja muižas parka takas atjaunošana, otrajā vietā palika bērnu rotaļu laukums, trešajā — soliņi pie autobusa pieturas.'],
    'C5.1': ['Janvārī un februārī kultūras namā notika piecas “Vecmāmiņu skolas” nodarbības, kurās Taurenes rokdarbnieces mācīja jaunajām māmiņām un skolēniem adīt cimdus ar Vidzemes rakstiem.'],
    'C5.2': ['Nodarbības apmeklēja 23 dalībnieki vecumā no 9 līdz 81 gadam.'],
    'C5.3': ['Nodarbības rīkojām kopā ar Taurenes bibliotēku un pagasta pārvaldi, kas sedza telpu apkures izmaksas.'],
    'C5.4': ['“Taurenes Ziņas” iznāk reizi ceturksnī 150 eksemplāros; tās var paņemt veikalā, bibliotēkā un pagasta pārvaldē, bet elektroniski tās izsūtām WhatsApp grupā “Taurenieši”, kurā ir 180 dalībnieku.'],
    'C6.4': ['Talkā piedalījās arī 12 brīvprātīgie no Rīgas un Cēsīm, kuri par to uzzināja no draugiem un palika līdz pašam vakaram.'],
}, {
    'C3.1': 'only the support letter mentions co-operatives, in the writer’s (pārvalde’s) voice about the pagasts, not the community’s own innovation',
    'C3.2': 'newspaper quote about Cēsis co-working space; “pie mums šādas telpas nav”; time bank only wished (“būtu labi izveidot laika banku”)',
    'C3.3': 'only an advert (SIA “Saules enerģija Vidzemē” solar panels) and the pārvalde’s own e-services in the support letter',
    'C6.1': 'no resources identified',
    'C6.2': 'no identified resource (C6.1 absent)',
    'C6.3': 'LEADER application only being prepared/future (“iesniegsim līdz marta beigām”); “Lielā talka” is a future calendar item; ELFLA façade is the pārvalde’s own in the support letter',
})

# ---------------------------------------------------------------- Y06 Facebook page
sub('Y06', 'Ieriķu ciema biedrība (Ieriķi, Amatas pagasts) — saved Facebook page', 'Y06.zip', {
    'C1': ['Mēs esam Ieriķu ciema iedzīvotāji, kas 2021. gadā apvienojāmies biedrībā, lai paši rūpētos par savu ciemu Amatas pagastā.'],
    'C2': ['Mūsu mērķis — dzīvs un sakopts ciems, kurā gribas palikt un uz kuru gribas atgriezties.'],
    'C3.3': ['Mūsu jaunieši Elza un Roberts deviņiem senioriem rādīja, kā viedtālrunī lietot e-veselību, pieteikties pie ārsta un samaksāt rēķinus internetbankā.'],
    'C4.1': ['Šobrīd mūsu biedrībā ir 29 biedri.',
             'Valdē: Anda Krūmiņa, Guntis Lapsa, Elīna Vītola'],
    'C4.2': ['Mēs lepojamies ar savu staciju, kurai šogad apritēja 135 gadi, un ar to, ka daudzi ieriķieši joprojām strādā dzelzceļā.'],
    'C4.3': ['Sestdien 14 ciema iedzīvotāji paši nomainīja jumta loksnes, notīrīja un nokrāsoja pieturu.'],
    'C4.4': ['Ciema sapulcē 1. martā 26 iedzīvotāji nobalsoja par to, ko šogad darīsim vispirms.'],
    'C5.2': ['Rotājumus šogad kopā gatavoja ciema bērni un mūsu senioru rokdarbu pulciņš, bet piparkūkas dalīja Vītolu ģimene.'],
    'C5.4': ['Ziņas par ciema dzīvi liekam šeit un WhatsApp grupā “Ieriķi kopā”, bet svarīgākos paziņojumus arī uz ziņojumu dēļa pie stacijas.'],
    'C6.3': ['Lielās talkas dienā piedalījāmies arī mēs — 22 ieriķieši sakopa meža malu aiz stacijas un savāca divas piekabes atkritumu.'],
}, {
    'C3.1': 'sponsored advert for an e-shop builder; local-produce pick-up only a wish (“Ideja nākotnei: būtu lieliski …”)',
    'C3.2': 'shared post about the neighbour (Amatas kopienas centrs in Ģikši); “Mums Ieriķos kaut kā tāda vēl nav”',
    'C5.1': 'nothing shown',
    'C5.3': 'no school, municipality, company or other sector involved (shared municipal post is about Ģikši)',
    'C6.1': 'no resources identified (only “par biedrības līdzekļiem”)',
    'C6.2': 'no identified resource (C6.1 absent)',
    'C6.4': 'only a commenter’s wish (“Vajadzētu uzrunāt kādu sponsoru …”); sponsored ads are adverts',
})

# ---------------------------------------------------------------- Y07 no diacritics
sub('Y07', 'Biedriba “Ramulu kopiena” (Rāmuļi, Vaives pagasts) — e-mail thread, typed without diacritics', 'Y07.tar.gz', {
    'C1': ['Musu biedriba "Ramulu kopiena" apvieno Ramulu ciema un apkartnes iedzivotajus Vaives pagasta.'],
    'C2': ['Musu merkis ir, lai Ramulos atkal dzivotu jaunas gimenes un lai ciema centrs butu sakopts un dzivs.'],
    'C4.1': ['Biedriba dibinata 2018. gada, tai ir 34 biedri un 5 cilveku valde, un valdi parvelam ik pec diviem gadiem.'],
    'C4.3': ['Pagajusaja vasara pasi atjaunojam veco estradi parka: nomainijam gridu, uzlikam jaunu jumtu un izvedam tris konteinerus ar gruzi.'],
    'C4.4': ['Par to, ko darit ar estradi, lema biedru kopsapulce pagajusa gada marta — 21 balss par, 2 pret.',
             'Vel viena zina: sestdien, 8. februari, biedribas kopsapulce nolema, ka projekta nauda jaiegulda estrades apgaismojuma un skanas aparatura, nevis jaunos galdos.'],
    'C5.3': ['Vaives pagasta parvalde un Ramulu biblioteka ir musu pastavigi partneri: ciema svetkus rikojam kopa — parvalde nodrosina skatuvi un transportu, bet biblioteka vada bernu radosas darbnicas.'],
    'C5.4': ['Zinas izplatam WhatsApp grupa "Ramuli", kura ir ap 80 cilveku, un uz zinojumu dela pie veikala.'],
    'C6.1': ['Musu resursi ir estrade ar 150 sedvietam, 2 ha liela parka plava, zemnieks Liepins mums aizdod traktoru ar piekabi, un biedru vidu ir divi elektriki un galdnieks.'],
    'C6.2': ['Estradi jau tagad izmantojam ka galveno vietu, kur satikties visam ciemam, un tas ir tiesi musu merka del — lai jaunas gimenes redzetu, ka Ramulos notiek dzive.'],
    'C6.3': ['2021. gada sanemam Cesu novada pasvaldibas iedzivotaju iniciativu projektu konkursa finansejumu — 1500 EUR —, un par to parka uzstadijam piecus solus.'],
}, {
    'C3.1': 'abandoned idea (“domajam ari par kooperativu … bet no tas idejas atteicamies”)',
    'C3.2': 'only the consultant’s example about another place (Kaives pagasta laika banka) and her suggestion (“varbut varetu padomat …”)',
    'C3.3': 'denied (“Optiska interneta Ramulos vel nav … par digitaliem risinajumiem pagaidam gruti runat”); draft answers “Vel jadoma.”',
    'C4.2': 'nothing shown',
    'C5.1': 'nothing shown',
    'C5.2': 'denied (“Jauniesi musu pasakumos gandriz nepiedalas, un ari seniori nak arvien retak”)',
    'C6.4': 'denied (“No arpuses palidzibu lidz sim neesam piesaistijusi”); the municipal grant is C6.3, the local farmer’s tractor is an own (local) resource',
})

# ---------------------------------------------------------------- Y08 strong
sub('Y08', 'Biedrība “Straupes ļaudis” (Straupe, Straupes pagasts)', 'Y08.zip', {
    'C1': ['Biedrība “Straupes ļaudis” ir Straupes pagasta iedzīvotāju kopiena, kas apvieno Straupes un Lielstraupes ciemu un apkārtējo māju ļaudis.'],
    'C2': ['Mūsu kopīgā vīzija, kas pieņemta 2023. gada kopsapulcē: “Straupe 2035 — dzīvs Hanzas ciems, kurā prasmes kļūst par darbu, ikviens jūtas piederīgs un jaunieši redz savu nākotni.”'],
    'C3.1': ['2023. gadā kopā ar 14 vietējiem saimniekiem izveidojām zīmolu “Straupes Hanza”, ar kuru marķējam vietējo produkciju, un 27 km garu velomaršrutu “Hanzas ceļš”, kas iezīmēts gan kartēs, gan dabā.'],
    'C3.2': ['Kopš 2022. gada darbojas kaimiņu palīdzības kopa “Straupes rokas”, kas veidota pēc laika bankas principa: palīdzības stundas tiek uzskaitītas, un tās var “iztērēt”, lūdzot palīdzību citiem; līdz šim 46 dalībnieki ir apmainījušies ar vairāk nekā 900 stundām.'],
    'C3.3': ['Vietējais programmētājs bez maksas izstrādāja tīmekļa lietotni “Straupe” ar pasākumu kalendāru, autobusu sarakstu un pieteikšanos kaimiņu palīdzībai; 2024. gadā tās lietošanu iemācījām 58 iedzīvotājiem, galvenokārt senioriem.'],
    'C4.1': ['Biedrībā ir 63 biedri; to vada septiņu cilvēku valde, kurā ir pārstāvji no abiem ciemiem un no jauniešiem, un katrai darbības jomai ir savs koordinators.'],
    'C4.2': ['Straupe ir vienīgā Hanzas pilsēta Latvijā, kas mūsdienās ir lauku ciems, — to uzskatām par savu īpašo pazīmi, un tirgošanās, viesmīlība un amatniecība ir mūsu identitātes pamatā.'],
    'C4.3': ['Kad 2023. gada rudenī ciema veikals slēdzās, biedrība divu nedēļu laikā panāca, ka divreiz nedēļā pie tautas nama pietur autoveikals, bet senioriem, kuri nevar atnākt, pirkumus piegādā “Straupes roku” dalībnieki.'],
    'C4.4': ['Kopš 2022. gada biedrība katru gadu atvēl 1500 EUR līdzdalības budžetam: iedzīvotāji iesniedz idejas, un par tām balso visi pagasta iedzīvotāji no 14 gadu vecuma.',
             '2024. gadā balsojumā piedalījās 211 cilvēki, un uzvarēja suņu pastaigu laukums, kuru jau esam ierīkojuši.'],
    'C5.1': ['Zirgu pasta stacijas Amatu mājā katru mēnesi notiek meistarklases — podnieks, kalējs un pinēja māca savas prasmes, bet skolēni kopā ar vecvecākiem vāc un pieraksta Straupes vietvārdu stāstus.'],
    'C5.2': ['Valdē ir jauniešu pārstāvis, senioru klubs “Sidrabs” darbojas biedrības paspārnē, un 2024. gadā meistarklasēs regulāri piedalījās arī četri cilvēki ar invaliditāti, kuriem nodrošinām transportu.'],
    'C5.3': ['Hanzas svētkus ik gadu rīkojam kopā ar Straupes pamatskolu, pagasta pārvaldi, luterāņu draudzi un 14 uzņēmumiem: skola sagatavo bērnu koncertu, draudze atver baznīcu apmeklētājiem, bet uzņēmēji nodrošina tirdziņu.'],
    'C5.4': ['Iekšējai saziņai izmantojam lietotni “Straupe” un WhatsApp grupas katram ciemam, ārējai — Facebook un Instagram kontus.',
             '2024. gadā Facebook ierakstu kopējā sasniedzamība bija 58 000, bet lietotnes paziņojumus atver ap 70 % lietotāju, tāpēc svarīgāko informāciju sūtām tieši tur.'],
    'C6.1': ['Resursi apzināti 2024. gada stratēģiskajā seminārā:',
             'Seši amatnieki, programmētājs, divi gidi, projektu vadītāja',
             'Hanzas pilsētas vēsture, 19. gadsimta zirgu pasta stacijas ēka'],
    'C6.2': ['Zirgu pasta stacijas telpas, ko nomājam no pašvaldības, izmantojam tieši vīzijas īstenošanai — tur darbojas Amatu māja, kas dod darbu un ienākumus vietējiem amatniekiem.'],
    'C6.3': ['Biedrība ir īstenojusi divus LEADER projektus (2019. un 2022. gadā), bet 2024. gadā ar Sabiedrības integrācijas fonda NVO fonda atbalstu apmācīja 20 brīvprātīgos darbam ar senioriem.'],
    'C6.4': ['Mūsu sadarbības partneris ir Vācijas Hanzas pilsēta Līneburga — 2024. gadā Straupē viesojās 30 tās amatnieku, kas vadīja meistarklases —, bet Rīgā dzīvojošie straupieši ik gadu saziedo ap 2000 EUR Hanzas svētkiem.'],
}, {})

# ---------------------------------------------------------------- Y09 institution
sub('Y09', 'Kaives pagasta tautas nams (Cēsu novada pašvaldības iestāde) — institution', 'Y09.tar.gz', {
    'C5.1': ['Tautas namā kopš 2019. gada darbojas aušanas darbnīca, kurā trīs pieredzējušas audējas māca jaunākām sievietēm aust segas pēc vecajiem Kaives rakstu paraugiem, kas glabājas tautas nama krājumā.'],
    'C5.2': ['Kopš 2022. gada reizi mēnesī notiek “Paaudžu pēcpusdienas”, kurās bērnu deju kolektīvs un senioru ansamblis gatavo kopīgu priekšnesumu un pēc tam kopā dzer tēju.'],
    'C5.3': ['Pagasta svētkus rīkojam kopā ar Kaives bibliotēku, luterāņu draudzi un vietējiem uzņēmējiem: zemnieku saimniecība “Kalnieši” nodrošina tehniku un skatuves transportu, bet kafejnīca “Pie ceļa” — ēdināšanu.'],
    'C5.4': ['Informāciju par pasākumiem ievietojam tautas nama Facebook lapā (640 sekotāji), pašvaldības mājaslapā un novada avīzē, kā arī izliekam afišas veikalā un pagasta pārvaldē.'],
    'C6.1': ['Lielā zāle (220 vietas), mazā zāle (60 vietas), skatuve, daļēji darbīga skaņas aparatūra',
             'Kaives rakstu segu paraugu krājums (42 paraugi), 1930. gados celta ēka'],
    'C6.3': ['2023. gadā ar Valsts kultūrkapitāla fonda atbalstu vidējās paaudzes deju kolektīvam iegādājāmies jaunus tautastērpus, bet 2024. gadā ar Cēsu novada kultūras projektu konkursa atbalstu izdevām Kaives rakstu albumu.'],
}, {
    'C1': 'applicant is a municipal institution (culture house); it names Kaives pagasts but speaks as the institution serving “pagasta iedzīvotāji”, not as the place’s community (residents explicitly have no organisation)',
    'C2': 'only the institution’s own aim and plan targets (“Tautas nama mērķis …”, “palielināt apmeklētāju skaitu par 20 %”), not a community vision',
    'C3.1': 'nothing shown',
    'C3.2': 'a traditional culture house with amateur collectives is not social innovation',
    'C3.3': 'only planned (projector, digital screen) or conditional (“Nākotnē būtu vērtīgi piedāvāt …”)',
    'C4.1': 'denied (“Kaivē nav nevienas biedrības, un iedzīvotāji nav apvienojušies savā organizācijā”); activities run by the institution',
    'C4.2': 'nothing stated by a community about its values/identity',
    'C4.3': 'nothing shown',
    'C4.4': 'institution head decides (“Lēmumu … pieņēma tautas nama vadītāja”; plan approved by the culture department)',
    'C6.2': 'no community goal (C2 absent)',
    'C6.4': 'sponsors only wished, “līdz šim to neesam meklējuši”',
})

# ---------------------------------------------------------------- Y10 very weak
sub('Y10', 'Biedrība “Mārsnēnu ciemam” (Mārsnēni)', 'Y10.zip', {
    'C1': ['Projektu iesniedzam Mārsnēnu ciema iedzīvotāju vārdā, jo ciema centrs ir nolaists un cilvēkiem nav, kur satikties.'],
    'C2': ['Mēs vēlamies, lai pēc desmit gadiem Mārsnēni būtu ciems ar sakoptu centru, kur ģimenes ar bērniem var droši pastaigāties un satikties.'],
}, {
    'C3.1': 'only about the neighbour (Veselava tourism route) and conditional e-shop (“varētu izveidot”)',
    'C3.2': 'denied across contrast (“Kaimiņu Priekuļos ir kopienas centrs un jauniešu istaba, bet mums tādu nav”); time bank conditional',
    'C3.3': 'wish (“Būtu labi, ja ciemā būtu optiskais internets”); expert quote is general',
    'C4.1': 'association exists only formally: two founders, “citi iedzīvotāji tās darbā vēl nav iesaistījušies”, “šāda grupa vēl veidojas”',
    'C4.2': 'only a newspaper quote about other villages (Druva)',
    'C4.3': 'denied (“Talkas ciemā līdz šim nav rīkotas”); Druva quote is about others',
    'C4.4': 'survey by the pārvalde whose results “netika izmantoti”; participatory budget quote is about Rīga',
    'C5.1': 'only a general statement about heritage for “ikvienam ciemam”',
    'C5.2': 'denied (“kopīgu pasākumu nav”)',
    'C5.3': 'denied (“Ar skolu un pagasta pārvaldi pagaidām nesadarbojamies”)',
    'C5.4': 'denied and planned (“informācijas aprite vēl nav izveidota; plānojam izveidot Facebook grupu”)',
    'C6.1': 'heading followed by “—”',
    'C6.2': 'non-answer (“nav apkopoti”)',
    'C6.3': 'denied (“vēl nav piedalījusies nevienā projektā vai konkursā”); LEADER support was the Priekuļi association’s',
    'C6.4': 'conditional (“Ideālā gadījumā piesaistītu arī sponsorus”)',
})

# ---------------------------------------------------------------- Y11 strong (self-assessment)
sub('Y11', 'Biedrība “Stalbes ciema kopiena” (Stalbe) — self-assessment table + forum minutes', 'Y11.zip', {
    'C1': ['Biedrība apvieno Stalbes ciema un Stalbes pagasta iedzīvotājus — ap 120 mājsaimniecību, kuras vieno kopīga vieta un vēlme šeit dzīvot arī nākotnē.'],
    'C2': ['Kopsapulcē 2023. gada novembrī apstiprinātajā Stalbes attīstības plānā 2024–2030 mūsu vīzija ir “Stalbe — ciems, kur ir darbs, satikšanās vieta un mājas trim paaudzēm”; galvenie mērķi — noturēt skolu, radīt darba vietas uz vietas un uzlabot satiksmi ar Cēsīm.'],
    'C3.1': ['2024. gada pavasarī 11 vietējie dārzeņu audzētāji ar biedrības atbalstu nodibināja kooperatīvu “Stalbes dārzi”, kas piegādā dārzeņus skolas virtuvei un divām Cēsu kafejnīcām.'],
    'C3.2': ['Kopš 2021. gada bijušajā pagastmājā darbojas Stalbes kopienas centrs ar kopstrādes telpu sešām darba vietām, ko apsaimnieko biedrība; pērn to izmantoja 14 attālināti strādājošie.'],
    'C3.3': ['2023. gadā ieviesām koplietošanas elektroauto: to rezervē mobilajā lietotnē, un to izmanto 37 iedzīvotāji braucieniem uz Cēsīm.',
             'Visi lietotāji izgāja biedrības rīkotu apmācību, kā auto rezervēt lietotnē un uzlādēt.'],
    'C4.1': ['Biedrībā ir 54 biedri, piecu cilvēku valde un četras darba grupas; kopienas centra darbu koordinē koordinatore uz pusslodzi.'],
    'C4.2': ['Mūsu vērtības — atklātība, kopā darīšana un rūpes par vājākajiem — ir ierakstītas biedrības statūtos.',
             'Lepojamies ar Stalbes Jāņu kalnu, kur Līgo vakaru svin jau vairāk nekā 80 gadus.'],
    'C4.3': ['2024. gada februārī, kad novada budžeta diskusijās parādījās ziņa par iespējamu skolas slēgšanu, iedzīvotāji paši savāca 640 parakstus, sagatavoja skolēnu skaita prognozi līdz 2030. gadam un panāca, ka skola tiek saglabāta.'],
    'C4.4': ['Katru gadu janvārī kopienas centrā notiek “Stalbes forums”, kurā iedzīvotāji balso par nākamā gada darbiem; 2025. gada forumā piedalījās 73 cilvēki (skatīt pielikumā pievienoto protokolu).',
             '2025. gadā prioritāri īstenot kopienas centra paplašināšanu un šim nolūkam iesniegt projektu biedrības “Cēsu rajona lauku partnerība” konkursā; par otro elektroauto lemt 2026. gada forumā.'],
    'C5.1': ['Novadpētniecības pulciņš kopā ar skolēniem izveidoja atmiņu karti ar 48 stāstiem par Stalbes mājām, un vecākās stalbietes vada pīrāgu cepšanas un rakstaino cimdu adīšanas darbnīcas.'],
    'C5.2': ['Kopienas centrā darbojas senioru klubs un jauniešu istaba, reizi mēnesī notiek kopīgas “paaudžu vakariņas”, bet kopš 2023. gada — latviešu valodas sarunu klubs krievvalodīgajiem pagasta iedzīvotājiem.'],
    'C5.3': ['Kopienas centru uzturam kopā ar pagasta pārvaldi, kas apmaksā apkuri, skolu, kas vada bērnu pulciņus, un trim uzņēmumiem, kas atbalsta pasākumus; skolas direktore ir biedrības valdes locekle.'],
    'C5.4': ['Informācija aprit caur biedrības mājaslapu, Facebook lapu (1400 sekotāju), WhatsApp grupu un ikmēneša lapiņu “Stalbes Vēstis”, ko brīvprātīgie ienes katrā pastkastītē.',
             '2024. gada aptaujā 81 % iedzīvotāju atzina, ka par notikumiem uzzina laikus, tāpēc drukāto lapiņu saglabājam.'],
    'C6.1': ['Resursu karte sastādīta 2024. gadā: tehniskie — kopienas centra ēka (320 m²), elektroauto ar uzlādes staciju; teritoriālie — Jāņu kalns un skolas sporta laukums; finanšu — biedru nauda un kopstrādes telpas īre (ap 3000 EUR gadā); zināšanas — novadpētnieki, divi IT speciālisti; cilvēkresursi — 54 biedri un ap 30 brīvprātīgo; unikālie — Jāņu kalna tradīcija.'],
    'C6.2': ['Elektroauto, ko iegādājāmies par biedrības un ziedotāju līdzekļiem, kalpo tieši attīstības plāna mērķim uzlabot satiksmi ar Cēsīm, bet kopstrādes telpa — mērķim radīt darba iespējas uz vietas.'],
    'C6.3': ['Biedrība īstenojusi trīs LEADER projektus (2018, 2020, 2022), 2023. gadā piedalījās Latvijas Lauku foruma rīkotajā Lauku kopienu parlamentā, bet 2024. gadā saņēma Sabiedrības integrācijas fonda atbalstu latviešu valodas sarunu klubam.'],
    'C6.4': ['Elektroauto iegādei piesaistījām 6000 EUR ziedojumos no bijušajiem stalbiešiem un Cēsu uzņēmējiem.',
             'Kopš 2022. gada mūsu partneris ir Somijas Hauho ciema kopiena, no kuras pārņēmām koplietošanas auto ideju.'],
}, {})

# ---------------------------------------------------------------- Y12 minutes
sub('Y12', 'Biedrība “Inešu kopiena” (Ineši) — general-meeting minutes + partner letter', 'Y12.zip', {
    'C1': ['G. Skujiņa atklāj sapulci, atgādinot, ka biedrība dibināta 2019. gadā, lai apvienotu Inešu ciema un apkārtnes iedzīvotājus un kopā rūpētos par ciema vidi.'],
    'C2': ['apstiprināt biedrības vīziju: “Ineši 2030 — tīra ezera krastā dzīvs ciems, kurā ģimenēm ir iemesls palikt, jauniešiem — atgriezties, bet senioriem — nejusties vientuļiem.”'],
    'C4.1': ['Kopsapulcē piedalās 19 biedri no 26 un 8 Inešu pagasta iedzīvotāji, kas nav biedri (ar padomdevēja tiesībām).',
             'Valdes priekšsēdētāja ziņo arī, ka 2024. gadā notikušas četras valdes sēdes un divas kopsapulces, biedrībā iestājušies pieci jauni biedri, bet izstājies viens.'],
    'C4.3': ['Pērn septembrī, kad bērnu laukuma žogs bija sagāzies un pašvaldība remontu atlika uz nākamo gadu, seši iedzīvotāji divos vakaros paši izraka vecos stabus, iebetonēja jaunus un uzstādīja jaunu sētu; materiālus samaksāja biedrība.'],
    'C4.4': ['Klātesošie iedzīvotāji izsaka viedokli, un vairākums atbalsta piestātni, jo to var izmantot visu vasaru.',
             'iesniegt projektu “Laivu piestātne Inešu ezera krastā” biedrības “Cēsu rajona lauku partnerība” konkursā. Balsojums: par — 16, pret — 1, atturas — 2.'],
    'C5.2': ['Pēc J. Rudzīša ierosinājuma nolemts, ka valdē jābūt pārstāvētiem gan jauniešiem, gan senioriem.',
             'ievēlēt valdē Guntu Skujiņu, Arni Liepu, Jāni Rudzīti, Saniju Kalnu (jauniešu pārstāve, 19 gadi) un Emīliju Vanagu (senioru pārstāve, 74 gadi).'],
    'C5.4': ['Viņa atgādina, ka informācija par kopsapulci tika izsūtīta WhatsApp grupā “Ineši” un izlikta uz ziņojumu dēļa pie veikala divas nedēļas iepriekš.'],
    'C6.3': ['G. Skujiņa ziņo, ka 2024. gadā biedrība ar Valsts kultūrkapitāla fonda mērķprogrammas “Vidzemes kultūras programma” atbalstu sarīkoja pirmos Inešu ezera svētkus, kurus apmeklēja ap 400 cilvēku.'],
}, {
    'C3.1': 'co-operative idea postponed/abandoned (“kooperatīva ideju pagaidām atlikt”)',
    'C3.2': 'community centre only planned (“Tajā plānots ierīkot kopienas centru”), building needs a roof first',
    'C3.3': 'nothing shown',
    'C4.2': '“vērtība” only as asset value (“pamatlīdzekļu vērtība … 2 340 EUR”); no identity statement',
    'C5.1': 'master classes belong to the partner (“Mūsu biedrība jau piekto gadu rīko meistarklases” — the letter writer)',
    'C5.3': 'no sector involved in a joint activity: the pārvalde only offered a building, the partner NGO only plans joint events; J. Rudzītis will talk to the pārvalde (future)',
    'C6.1': 'denied (“Resursu apzināšanu vēl neesam veikuši.”); the auditor’s asset value is bookkeeping',
    'C6.2': 'no identified resources (C6.1 absent)',
    'C6.4': 'denied (“netika saņemts neviens ziedojums”); partner letter only promises future cooperation; its Estonian partners are the partner’s own',
})

# ---------------------------------------------------------------- Y13 action plan
sub('Y13', 'Biedrība “Mēs Dzērbenei” (Dzērbene) — action plan with budget', 'Y13.tar.gz', {
    'C1': ['Biedrība “Mēs Dzērbenei” apvieno Dzērbenes ciema un pagasta iedzīvotājus, kuri grib, lai Dzērbenē būtu labi dzīvot.'],
    'C2': ['Dzērbene 2030. gadā ir zaļš un viesmīlīgs ciems pie muižas parka, kurā cilvēki paši veido savu ikdienu un kurā ir vērts atbraukt.',
           'Atdzīvināt Dzērbenes muižas parku un piesaistīt apmeklētājus.'],
    'C4.1': ['Biedrība dibināta 2017. gadā, tajā ir 27 biedri, un to vada trīs cilvēku valde.'],
    'C4.4': ['Rīcības tika izvēlētas iedzīvotāju aptaujā, uz kuru atbildēja 64 dzērbenieši, un galīgo sarakstu 2025. gada 18. janvārī apstiprināja kopsapulce ar 23 balsīm par un 2 pret.'],
    'C5.3': ['Plānu sagatavojām divās darba grupās, kurās kopā ar biedriem piedalījās pagasta pārvaldes vadītājs, Dzērbenes skolas direktore un četri vietējie uzņēmēji.'],
    'C6.1': ['Darba grupās apzinājām kopienas resursus:',
             'Dzērbenes muižas parks (11 ha) ar dīķu sistēmu; pils pagalms',
             'Ainavu arhitekte, divi galdnieki, pensionēta vēstures skolotāja'],
    'C6.2': ['Muižas parks ir mūsu galvenais resurss pirmā mērķa — apmeklētāju piesaistes — sasniegšanai, jo jau tagad tajā notiek pagasta svētki, uz kuriem brauc cilvēki no visa novada.'],
}, {
    'C3.1': 'only an action-plan row (e-veikals 2027, tūrisma maršruts 2026)',
    'C3.2': 'only an action-plan row (kopstrādes telpa 2027)',
    'C3.3': 'only an action-plan row (digitālo prasmju nodarbības)',
    'C4.2': 'only an action-plan row (“Apzināt un aprakstīt Dzērbenes tradīcijas un vērtības”, 2026)',
    'C4.3': 'only planned talkas; “Šīs rīcības vēl neesam sākuši”; helping with the pagasts festival is not self-organised problem solving',
    'C5.1': 'only an action-plan row (meistarklases)',
    'C5.2': 'only an action-plan row (paaudžu pikniki)',
    'C5.4': 'channels only planned (Facebook lapa, e-vēstule, ziņojumu dēļi; “informēsim jaunajā Facebook lapā”); survey says people learn news late — no channel in use described',
    'C6.3': 'LEADER/VKKF only as planned funding sources in plan and budget tables',
    'C6.4': 'only an action-plan row (“Piesaistīt sponsorus un partnerus”)',
})

# ---------------------------------------------------------------- Y14 application + e-mails
sub('Y14', 'Biedrība “Veselavas muižas ļaudis” (Veselava)', 'Y14.zip', {
    'C1': ['Mēs esam Veselavas ciema iedzīvotāji, kuri 2020. gadā apvienojās biedrībā, lai saglabātu muižas vēsturi un atdzīvinātu ciemu.'],
    'C2': ['Mūsu mērķis ir, lai Veselava kļūtu par zināmu vietu Vidzemes tūrisma kartē un lai vietējiem cilvēkiem te būtu darbs un iemesls palikt.'],
    'C3.1': ['Kopš 2024. gada jūnija darbojas mūsu pašu veidotā tūrisma taka “Veselavas muižas stāsti” (4,5 km) ar 12 informācijas stendiem; to iekļāva Cēsu tūrisma informācijas centra piedāvājumā, un pirmajā sezonā to izstaigāja ap 1500 cilvēku.'],
    'C4.1': ['Biedrībā “Veselavas muižas ļaudis” ir 22 biedri un trīs valdes locekļi; biedri darbojas trīs darba grupās — vēstures, takas un saimnieciskajā.'],
    'C4.2': ['Veselavieši sevi sauc par “muižas ļaudīm” — muiža, tās parks un ūdensdzirnavas ir mūsu kopīgās atmiņas un lepnums.'],
    'C4.3': ['Kad 2023. gada pavasarī muižas parka tiltiņš pār dzirnavu grāvi iebruka, biedri paši sagādāja baļķus no saviem mežiem un trīs nedēļu laikā uzcēla jaunu tiltu.'],
    'C5.1': ['Stāstus takai savāca un pierakstīja biedrības vēstures darba grupa, izjautājot 23 vecākos ciema iedzīvotājus, un tagad šos stāstus stāstām ekskursijās un uz stendiem.'],
    'C6.1': ['Biedrības resursi ir muižas parks (pašvaldības zeme, kuru lietojam saskaņā ar līgumu līdz 2032. gadam), 12 takas stendi, divi sertificēti gidi no biedru vidus, 22 biedri un ap 900 EUR gadā no ekskursijām.'],
    'C6.2': ['Abus gidus un taku izmantojam tieši mūsu mērķim — ekskursiju ienākumi jau tagad dod piepelnīšanos diviem vietējiem cilvēkiem.'],
    'C6.3': ['2022. gadā takas vēstures izpētei saņēmām Valsts kultūrkapitāla fonda finansējumu (1800 EUR).'],
    'C6.4': ['Takas stendu tekstus bez maksas uzrakstīja un maketēja divi Rīgā dzīvojoši novadpētnieki, kuru vecvecāki nāk no Veselavas, bet stendu izgatavošanai 1200 EUR saziedoja bijušie veselavieši.'],
}, {
    'C3.2': 'denied across contrast (“Priekuļos un Cēsīs ir kopstrādes telpas, bet mums tādas nav.”)',
    'C3.3': 'wish (“Būtu labi ierīkot muižas parkā publisku Wi-Fi …”); bike-rental app idea abandoned in the e-mail (“no šīs idejas atteicāmies”)',
    'C4.4': 'board decided alone (“Lēmumu iesniegt šo projektu pieņēma valde”; e-mail: “projekta ideju izvēlējās valde, jo kopsapulci šoziem nesanāca sarīkot”)',
    'C5.2': 'nothing shown',
    'C5.3': 'denied (“Ar pagasta pārvaldi un uzņēmējiem kopīgu aktivitāšu pagaidām nav.”); the café owner’s lunch offer is a suggestion (“varbūt”), TIC listing is marketing only',
    'C5.4': 'denied (“Mums nav ne savas mājaslapas, ne Facebook lapas, un informācijas aprite kopienā nav sakārtota”)',
})

# ---------------------------------------------------------------- Y15 other word senses
sub('Y15', 'Biedrība “Liepas kopiena” (Liepa)', 'Y15.zip', {
    'C1': ['Biedrība “Liepas kopiena” apvieno Liepas ciema iedzīvotājus, galvenokārt no daudzdzīvokļu mājām Skolas ielā un Rūpnīcas ielā.'],
    'C4.1': ['Biedrībā ir 17 biedri, valdē — trīs, un katrai daudzdzīvokļu mājai ir savs pārstāvis, kas piedalās valdes sēdēs.'],
    'C4.3': ['2024. gada rudenī, kad pasta nodaļa tika slēgta, iedzīvotāji paši izremontēja vienu no tās telpām: nokrāsoja sienas, nomainīja grīdas segumu un iznesa nevajadzīgās mēbeles.'],
    'C5.2': ['Mūsu pasākumos piedalās gan seniori no daudzdzīvokļu mājām, gan jaunās ģimenes no jaunajiem privātmāju rajoniem, un pērn vasarā rīkojām pirmo kaimiņu dienu, kurā bērni un gados vecāki cilvēki kopā spēlēja petanku.'],
    'C5.4': ['Ziņas iedzīvotājiem nododam ar paziņojumiem katras mājas kāpņu telpā un Facebook grupā “Liepa kopā”, kurā ir 430 dalībnieku; mājās, kur dzīvo daudz senioru, mājas pārstāvis ziņas izstāsta arī personīgi.'],
    'C6.1': ['Biedrības rīcībā ir bijušās pasta telpas (52 m²), kuras nomājam uz pieciem gadiem, galdi un krēsli 40 cilvēkiem, kafijas automāts, un biedru vidū ir elektriķis, celtnieks un grāmatvede.'],
}, {
    'C2': 'only the project’s technical aim (windows and heat pump); “tūristu mērķi” are travel destinations',
    'C3.1': 'nothing shown',
    'C3.2': 'nothing shown; the seed swap (“sēklu bibliotēka”) is a simple exchange, not presented as a new form of cooperation',
    'C3.3': 'nothing shown (heat pump only to be bought in the project)',
    'C4.2': '“vērtība” only as balance-sheet value (“Telpu bilances vērtība ir 12 400 EUR”)',
    'C4.4': 'board decided (“Lēmumu par projektu pieņēma valde.”)',
    'C5.1': 'nothing shown',
    'C5.3': '“Skolas iela” is a street address and “sēklu bibliotēka” a seed swap; school/library only listed as existing in the village',
    'C6.2': 'no community goal (C2 absent)',
    'C6.3': '“projekts” is a building design (“tehniskais projekts”), “programma” an event programme (“Kaimiņu dienas programmā”)',
    'C6.4': '“tīkls” is the electricity network (“pieslēgums elektrības tīklam”)',
})

# ---------------------------------------------------------------- Y16 youth association
sub('Y16', 'Biedrība “Raiskuma jaunieši” (Raiskums)', 'Y16.zip', {
    'C1': ['Biedrība “Raiskuma jaunieši” apvieno Raiskuma pagasta jauniešus vecumā no 13 līdz 30 gadiem un viņu atbalstītājus.'],
    'C2': ['Mūsu vīzija ir Raiskums, no kura jaunieši neaizbrauc tāpēc, ka te nav ko darīt, un uz kuru viņi atgriežas pēc studijām.'],
    'C3.2': ['Kopš 2024. gada februāra darbojas mūsu izveidotā Raiskuma laika banka: jaunieši palīdz senioriem ar iepirkšanos, malkas sanešanu un sniega tīrīšanu, un par katru nostrādāto stundu saņem laika kredītu, ko var izmantot citu pakalpojumu saņemšanai, piemēram, velosipēda remontam vai braucienam uz Cēsīm.'],
    'C4.1': ['Biedrībā ir 26 biedri, to vada četru jauniešu valde, un katru mēnesi notiek biedru sapulce.'],
    'C4.3': ['Kad 2024. gada vasarā vandaļi izpostīja basketbola laukuma grozus, jaunieši vēl tajā pašā nedēļā savāca naudu savā starpā, nopirka jaunus grozus un paši tos uzstādīja.'],
    'C4.4': ['Projekta ideju izvēlējāmies jauniešu aptaujā, kurā piedalījās 46 pagasta jaunieši: 29 no viņiem kā svarīgāko vajadzību minēja telpu, kur pulcēties ziemā, tāpēc projekts ir tieši par to.'],
    'C5.2': ['Laika bankā darbojas 23 jaunieši un 31 seniors, un daudzi no viņiem pirms tam nebija pat sveicinājušies.'],
    'C5.4': ['Jaunieši informāciju saņem mūsu Instagram kontā (520 sekotāju) un Discord serverī, bet laika bankas pieteikumi no senioriem nāk pa tālruni, kuru pēc kārtas uztur dežurants.'],
    'C6.3': ['2023. gadā ar Jaunatnes starptautisko programmu aģentūras finansējumu īstenojām jauniešu iniciatīvu projektu “Raiskums runā”, kurā sarīkojām sešas diskusijas par jauniešu iespējām pagastā.'],
    'C6.4': ['2024. gada augustā pie mums viesojās 18 jaunieši no Igaunijas Põlvas, ar kuriem kopā nedēļas laikā nokrāsojām trīs laika bankas senioru māju žogus, un šī sadarbība turpinās.'],
}, {
    'C3.1': 'wish only (“Gribētu izveidot arī jauniešu mini uzņēmumu, bet vēl nezinām …”)',
    'C3.3': 'conditional (“Nākotnē varētu uzstādīt saules paneļus”) and an advert on the flyer (SIA “Cēsu saules enerģija”)',
    'C4.2': 'nothing shown',
    'C5.1': 'nothing shown',
    'C5.3': 'denied (“Ar skolu mums pagaidām nav oficiālas sadarbības.”); Druva quote is about the Cēsis youth centre',
    'C6.1': 'non-answer (“Resursu saraksts: skatīt pielikumā Nr. 4.” — annexes list has only 1–3)',
    'C6.2': 'no identified resources (C6.1 absent)',
})

if __name__ == '__main__':
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'labels.json')
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
    for sid, s in L.items():
        print(sid, sum(v == 'present' for v in s['indicators'].values()))
