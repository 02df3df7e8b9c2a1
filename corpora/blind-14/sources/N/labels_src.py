#!/usr/bin/env python3
"""Hand-written labels for blind set N (decided from criteria.md 'What counts as evidence').
Writes ../labels.json."""
import json, os
IDS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
S = {}

def sub(sid, name, archive, evidence, notes):
    for k in list(evidence) + list(notes):
        assert k in IDS, (sid, k)
    S[sid] = {'name': name, 'archive': archive,
              'indicators': {i: ('present' if i in evidence else 'absent') for i in IDS},
              'evidence': evidence, 'notes': notes}

sub('N01', 'Biedrība „Vietalvas ļaudis” (Vietalva) — strong: LEADER form with header/footer, minutes, school letter', 'N01.zip', {
 'C1': ['Mēs esam Vietalvas pagasta kopiena, ko vieno kopīga vieta starp muižas parku un Vietalvas ezeru, un daudzi no mums šeit dzīvo jau trešajā vai ceturtajā paaudzē.'],
 'C2': ['Mūsu kopējā vīzija 2030. gadam: Vietalva ir ciems, kurā jaunām ģimenēm gribas palikt, senioriem nav jābrauc uz Aizkraukli pēc katras izziņas un visiem ir vieta, kur satikties visu gadu.'],
 'C3.1': ['Kopš 2024. gada pavasara darbojas mājražotāju kooperatīvs „Vietalvas labumi”: septiņas saimniecības kopā pārdod sieru, medu un maizi savā interneta veikalā un sestdienās pie kopienas mājas.'],
 'C3.2': ['Pirmdienās un ceturtdienās tur ir kopstrādes telpa ar ātru internetu tiem, kas strādā attālināti, bet trešdienās notiek „Laika banka”, kur kaimiņi apmainās ar palīdzību, skaitot stundas, nevis naudu.'],
 'C3.3': ['Kopienas mājas jumtā uzstādījām 10 kW saules paneļu sistēmu, kas sedz lielāko daļu ēkas elektrības patēriņa.',
          'Pagājušajā ziemā trīsdesmit senioru mūsu jauniešu vadītās nodarbībās apguva viedtālruņa lietošanu, e-pakalpojumus un internetbanku.'],
 'C4.1': ['Biedrību vada piecu cilvēku valde, ko kopsapulce ievēl uz diviem gadiem, bet ikdienas darbus esam sadalījuši trīs darba grupās — „Saimniecība”, „Kultūra” un „Jaunieši”.'],
 'C4.2': ['Vietalvieši lepojas ar savu muižas ansambli, ar baznīcu kalnā un ar to, ka šeit joprojām runājam savā izloksnē un svētkos dziedam vecās Vietalvas dziesmas.'],
 'C4.3': ['Ēku izremontējām paši — 2022. un 2023. gadā kopā notika 14 talkas, kurās piedalījās vairāk nekā 60 cilvēku, un jumtu pārklājām divās nedēļas nogalēs, kad meistars no firmas atteicās braukt.'],
 'C4.4': ['Kopsapulce ar balsojumu nolēma, ka projekta līdzekļi tiks novirzīti kopienas mājas piebūvei jauniešiem, nevis estrādes remontam, kā bija piedāvājusi valde.'],
 'C5.1': ['Vasarās rīkojam meistarklases, kurās vecākās audējas un koka meistari māca bērniem un jauniešiem aust prievītes un darināt koka karotes.'],
 'C5.2': ['Katru otro mēnesi notiek paaudžu vakari, kuros pie viena galda sēž seniori, jaunieši un trīs Ukrainas ģimenes, kas pagastā dzīvo kopš 2022. gada.'],
 'C5.3': ['Sadarbojamies ar Vietalvas pamatskolu, kas ļauj izmantot sporta zāli, ar pagasta bibliotēku, kurā kopā rīkojam digitālo prasmju nodarbības, ar draudzi un vietējiem uzņēmējiem — z/s „Lejasbrūveri” katru pavasari ar savu tehniku piedalās parka talkā.'],
 'C5.4': ['Ziņas izplatām vairākos veidos: biedriem ir WhatsApp grupa ar 112 dalībniekiem operatīvām ziņām, biedrības Facebook lapai ir ap 900 sekotāju, bet tiem, kas internetu nelieto, sludinājumus izliekam uz ziņojumu dēļa pie veikala un pasta nodaļā.'],
 'C6.1': ['Kopienas māja (180 m²) ar saules paneļiem', 'Muižas parks un ezera krasts', 'Biedrības uzkrājums 3 200 EUR'],
 'C6.2': ['Kopienas mājas telpas un saules paneļi tieši kalpo mūsu pirmajam mērķim — lai seniori un jaunās ģimenes pakalpojumus saņemtu turpat Vietalvā, nevis brauktu uz Aizkraukli.'],
 'C6.3': ['2021. gadā ar LEADER atbalstu iegādājāmies skaņas aparatūru un teltis, bet 2023. gadā no Valsts kultūrkapitāla fonda saņēmām finansējumu atmiņu grāmatas „Vietalva stāsta” izdošanai.'],
 'C6.4': ['Saules paneļiem 4 000 EUR saziedoja vietalvieši, kas tagad dzīvo Rīgā un Īrijā, bet mūsu sadraudzības kopiena Vigalā Igaunijā atsūtīja divus brīvprātīgos elektriķus, kas palīdzēja sistēmu uzstādīt.'],
}, {
 'C4.4': 'trap: the board proposed the estrade; the assembly overruled it by vote (residents decide)',
 'C6.3': 'trap: header/footer LEADER/"Eiropa investē lauku apvidos" boilerplate is not the evidence; past LEADER/VKKF use is',
 'C3.2': 'trap: the action-plan rows (future extension) are not evidence; the running coworking room and time bank are',
})

sub('N02', 'Biedrība „Secei būt!” (Sece) — saved Facebook page', 'N02.zip', {
 'C1': ['Šī ir Seces pagasta iedzīvotāju biedrības „Secei būt!” lapa — mēs esam vietējie secieši, kas grib, lai Secē dzīve rit arī tad, kad pilsētnieki aizbrauc.'],
 'C3.2': ['Kopš janvāra bijušajā pasta telpā darbojas mūsu kopienas istaba — tur ir grāmatu apmaiņas plaukts, tējas virtuvīte, galda spēles un dators, un to pārvalda paši biedri pēc dežūru grafika, bez neviena algota darbinieka.'],
 'C4.1': ['Biedrībā šobrīd ir 37 biedri, valdē — pieci cilvēki, bet darbus dalām pa trim komandām: saimnieki, kultūras ļaudis un istabas dežuranti.'],
 'C4.2': ['Mēs, secieši, lepojamies ar savu Daugavas krastu, ar simtgadīgo ozolu pie pagasta vecās skolas un ar to, ka pie mums katrs zina katru un nevienu nepamet nelaimē.'],
 'C4.3': ['Mūsu vīri ar motorzāģiem jau septiņos bija klāt, un līdz deviņiem skolas autobuss varēja izbraukt.', 'Negaidījām nevienu, paši sazāģējām un novācām.'],
 'C5.1': ['Paldies Ārijai Kalniņai, kura svētdien kopienas istabā piecpadsmit bērniem un vairākām mammām rādīja, kā pēc viņas vecmāmiņas receptes raudzē un cep rupjmaizi!'],
 'C5.2': ['Ceturtdienās istabā tiekas mūsu seniori un jaunieši: kopā spēlē novusu, cep pankūkas un gatavo Lieldienu rotājumus, un pēdējā reizē atnāca arī abas ukraiņu mammas ar bērniem.'],
 'C5.4': ['Visas ziņas liekam šeit Facebook lapā un mūsu WhatsApp grupā „Sece ziņo” (jau 210 cilvēku!), bet vecākiem kaimiņiem afišas izkarinām pie veikala un pagasta pārvaldes durvīm.'],
 'C6.3': ['Arī šogad piedalījāmies Lielajā talkā — 34 secieši sakopa estrādes apkārtni un parku pie veikala, savāca 26 maisus atkritumu un iestādīja 12 jaunas liepas izkritušo alejas koku vietā.'],
 'C6.4': ['Īpašs paldies secieša Jura Ozola draugiem no Rīgas, kas divas nedēļas nogales brīvprātīgi palīdzēja atjaunot estrādes soliņus, un bijušajiem seciešiem Īrijā, kuri saziedoja 640 eiro krāsai un dēļiem!'],
}, {
 'C2': 'no goal or vision stated; "Ekskursijas mērķi bija Rundāles pils…" uses mērķi as travel destinations',
 'C3.1': 'only a sponsored shop advert (building materials, solar panels) in the sidebar',
 'C3.3': 'newspaper quote about the Aizkraukle smart bus stop/app (another place), solar-panel advert, a commenter\'s wish for faster internet',
 'C4.4': '"Valde nolēma…" — the board deciding alone; no assembly, vote or survey',
 'C5.3': 'school involvement denied ("skola šogad atteicās"); pagasta pārvalde only as a place to hang posters',
 'C6.1': 'no resources identified anywhere',
 'C6.2': 'no identified resources and no goal',
 'C6.3': 'trap: Lielā talka is a national campaign (C6.3), not the residents\' own self-organisation',
 'C4.3': 'trap: the storm-tree clearing told in everyday words, no "talka"/"pašorganizēšanās" wording',
})

sub('N03', 'Biedrība „Klintaines attīstībai” (Klintaine) — printed e-mail thread + idea description', 'N03.tar.gz', {
 'C1': ['Mēs esam Klintaines ciema iedzīvotāji no Aizkraukles novada Klintaines pagasta, kas 2019. gadā apvienojās biedrībā „Klintaines attīstībai”, lai ciemā būtu vairāk dzīvības.'],
 'C2': ['Mūsu mērķis ir, lai tautas nams būtu silts un atvērts visu gadu un lai Klintaines cilvēkiem nebūtu jābrauc uz Pļaviņām katra sīkuma dēļ.'],
 'C3.3': ['Kopš pagājušā gada rudens biedrības garāžas jumtā strādā pirmie 12 saules paneļi, kurus biedri uzstādīja paši, un garāžas elektrības rēķins samazinājās gandrīz uz pusi.',
          'Pagājušajā rudenī Klintaines pamatskolas datorklasē notika četras nodarbības, kurās 18 vietējie iedzīvotāji mācījās lietot Latvija.gov.lv, e-veselību un internetbanku; nodarbības vadīja skolotāja Dace Liepiņa.'],
 'C4.1': ['Biedrībā šobrīd ir 31 biedrs, to vada trīs cilvēku valde, un svarīgākos jautājumus izlemjam biedru kopsapulcēs, kas notiek vismaz divas reizes gadā.'],
 'C4.3': ['Kad pagājušajā ziemā divas nedēļas nedarbojās ielu apgaismojums, biedri paši salika dežūru grafiku un vakaros pavadīja bērnus no autobusa pieturas līdz mājām, kamēr elektriķi atrada bojājumu.'],
 'C4.4': ['Balsojumā, kas notika 3. marta kopsapulcē, 27 no 31 klātesošajiem nobalsoja par saules paneļiem uz tautas nama jumta, tāpēc pieteikumā rakstām tieši to, nevis par rotaļu laukumu.'],
 'C5.3': ['Pagājušajā rudenī Klintaines pamatskolas datorklasē notika četras nodarbības, kurās 18 vietējie iedzīvotāji mācījās lietot Latvija.gov.lv, e-veselību un internetbanku; nodarbības vadīja skolotāja Dace Liepiņa.',
          'Direktore arī turpmāk atļauj datorklasi izmantot ceturtdienu vakaros, un nodarbības vadu es pati.'],
 'C5.4': ['Protokolu, kā parasti, esmu izlikusi uz ziņojumu dēļa pie veikala un aizsūtījusi uz biedrības WhatsApp grupu, lai arī tie, kas sapulcē nebija, zina, kas nolemts.'],
 'C6.1': ['Biedrības garāža ar 12 saules paneļiem', 'Divi biedri ar elektriķa kvalifikāciju', 'Biedru ikgadējās iemaksas un uzkrājums 1 900 EUR'],
 'C6.2': ['Biedrības garāža ar jau uzstādītajiem paneļiem un mūsu abi elektriķi ir tas, uz ko balstām mērķi — lētāku elektrību tautas namam, lai tas varētu būt atvērts arī ziemā.'],
}, {
 'C3.1': 'abandoned idea: "no tās idejas atteicāmies" (the e-shop); Estonian Kolkja e-shop is another place',
 'C3.2': 'nothing running; winter opening of the culture house is only planned (action plan)',
 'C4.2': 'no values, traditions or uniqueness stated',
 'C5.1': 'denied: museum masterclasses "mēs tajās līdz šim neesam piedalījušies"; digital lessons count as C3.3',
 'C5.2': 'no integration of groups described',
 'C6.3': 'denied: "neesam piedalījušies nevienā LEADER vai citā programmā"; "Jāņu svētku programmu" = event programme; Lielā talka only a wish ("Būtu labi…")',
 'C6.4': 'partner only sought ("atbildi vēl neesam saņēmuši"); "sadales tīkls" = electricity network; the local school is C5.3, not an outside resource',
})

sub('N04', 'Student essay on smart villages in general (no applicant community)', 'N04.zip', {}, {
 'C1': 'no own place or community; only general text',
 'C2': '"Mērķis"/vision only in general terms; no community\'s own goal',
 'C3.1': 'general lists and examples abroad (Estonian islands\' e-shops)',
 'C3.2': 'general definition/list (kopienas centrs, kopstrādes telpa)',
 'C3.3': 'general lists; Finnish/Austrian examples; conditionals ("varētu… uzstādīt saules paneļus")',
 'C4.1': 'the criteria list restated as a general description',
 'C4.2': 'restated criterion only',
 'C4.3': 'general statements ("Bieži tiek rīkotas talkas")',
 'C4.4': 'Rīga Čiekurkalns example (another place); "Būtu labi, ja pašvaldības… ieviestu līdzdalības budžetu"',
 'C5.1': 'general ("vecākā paaudze nodod prasmes jauniešiem" in a list of what smart villages usually have)',
 'C5.2': 'no applicant',
 'C5.3': 'no applicant; "pašvaldības ir pārāk tālu" is general',
 'C5.4': 'general ("iedzīvotāju WhatsApp grupa" in a typical list)',
 'C6.1': 'no resources of anyone',
 'C6.2': 'no resources, no own goal',
 'C6.3': 'newspaper and ministry official quoted about LEADER in general',
 'C6.4': 'only a suggestion ("Varētu arī rīkot… pieredzes apmaiņas braucienus")',
})

sub('N05', 'Biedrība „Odzienas muižas draugi” (Odziena) — village newsletter + farmer\'s support letter', 'N05.zip', {
 'C1': ['Mēs, odzienieši, esam neliels ciems Vietalvas pagastā, bet ar lielu sirdi.'],
 'C2': ['Gribam, lai pēc desmit gadiem Odzienā atkal skan bērnu balsis, muiža ir dzīva visu gadu un jauniešiem ir iemesls atgriezties — tas ir mūsu kopējais mērķis, un uz to ejam soli pa solim.'],
 'C3.1': ['Kopš pagājušā gada oktobra vienpadsmit Odzienas un apkārtnes mājražotāju ir apvienojušies kooperatīvā „Odzienas groziņš” un katru piektdienu piegādā iepriekš pasūtītos produktu grozus uz Rīgu un Aizkraukli.'],
 'C4.1': ['Biedrībā „Odzienas muižas draugi” patlaban ir 29 biedri.'],
 'C4.2': ['Odzienieši vienmēr ir lepojušies ar savu muižu — vienu no skaistākajām neogotikas pilīm Latvijā — un ar to, ka šeit pat grūtākajos laikos ļaudis turējās kopā.'],
 'C4.3': ['Kad februārī aizsala ūdensvads divpadsmit dzīvokļu mājā „Muižnieki”, kaimiņi paši sarunāja, kurš ved ūdeni ar piekabi, un nedēļu trīs reizes dienā apbraukāja visus dzīvokļus, līdz atbrauca santehniķis.'],
 'C5.1': ['Martā muižas kalpu mājā audēja Velta Krūmiņa trīs sestdienas mācīja sešām jaunām sievietēm aust villaines pēc 19. gadsimta Odzienas rakstiem, kurus viņa savulaik pierakstīja no savas mātes.'],
 'C5.2': ['Paaudžu pēcpusdienās pie viena galda sēž gan muižas mājas seniori, gan skolēni, gan tās trīs ģimenes no Ukrainas, kas Odzienā dzīvo kopš 2022. gada.'],
 'C5.3': ['Pavasara talkā kopā ar biedriem strādāja Vietalvas pamatskolas skolēni, muižas apsaimniekotāja SIA „Odzienas muiža” darbinieki un pagasta komunālā dienesta traktors, tāpēc parka dīķa krastu iztīrījām vienā dienā.'],
 'C5.4': ['„Odzienas Vēstis” iznāk četras reizes gadā 200 eksemplāros, tās iznēsā pa pastkastītēm, bet ātrākās ziņas liekam biedrības Facebook lapā.'],
 'C6.3': ['Ar LEADER atbalstu pērn iegādājāmies pārvietojamu skatuvi, ko tagad izmantojam visos ciema svētkos, un septembrī piedalījāmies Aizkraukles novada rīkotajā akcijā „Atvērtās muižas”, kurā Odzienu apmeklēja vairāk nekā 400 viesu.'],
 'C6.4': ['Draugi no Kangasalas ciema Somijā, ar kuriem sadarbojamies kopš 2019. gada, atsūtīja 1 200 eiro jauniem parka soliem.',
          'Kooperatīvam palīdz divi Latvijas Biozinātņu un tehnoloģiju universitātes studenti, kas prakses laikā bez maksas izstrādāja produktu etiķetes un grozu pasūtīšanas kārtību.'],
}, {
 'C3.2': 'denial across a contrast: "Aizkrauklē tāda ir, bet mums tādas nav" (coworking room)',
 'C3.3': 'only the advert of SIA „Lauku optika” (optical internet)',
 'C4.4': 'survey that changed nothing ("rezultāti tā arī palika mapē"); "valde pagaidām lemj pati"',
 'C6.1': 'denied: "Kādi resursi mums vispār ir, līdz galam vēl neesam apzinājuši"; only incidental mentions of a stage/tractor',
 'C6.2': 'no identified resources to tie to the goal',
})

sub('N06', 'Biedrība "Bebru kopiena" (Bebri) — application form typed without diacritics', 'N06.zip', {
 'C1': ['Biedriba "Bebru kopiena" apvieno Bebru ciema un pagasta iedzivotajus, kuri grib, lai sava ciema dzive butu labaka.'],
 'C2': ['Musu merkis ir, lai neviens Bebros nepaliek viens un needis - lai seniori, jaunas gimenes un cilveki ar invaliditati justos vajadzigi un paedushi.'],
 'C3.2': ['Kops 2024. gada janvara Bebros darbojas laika banka: 46 dalibnieki viens otram palidz ar malkas skaldishanu, bernu pieskatishanu un braucieniem uz Aizkraukli, un katru nostradato stundu ierakstam kopeja burtnica, lai to varetu "atprasit" atpakal.'],
 'C4.1': ['Biedribai ir 52 biedri un valde, ko ik pec diviem gadiem ievel kopsapulce.'],
 'C4.2': ['Musu vertibas ir uzticeshanas kaiminiem un palidziba tam, kuram gruti - tapec ari laika banka pie mums iedzivojas tik atri.'],
 'C4.3': ['Laika banku izveidojam pashi pec tam, kad 2023. gada ziema vairakiem senioriem pietruka malkas un nebija, kas to saskalda.'],
 'C4.4': ['Par to, kam teret projekta lidzeklus, lema iedzivotaju sapulce 2025. gada 8. februari: no trim idejam visvairak balsu (38 no 57) ieguva kopienas virtuve, tapec pieteikums ir par to.'],
 'C5.2': ['Laika banka kopa darbojas pensionari, jaunas gimenes un tris cilveki ar invaliditati, kuri pashi ari piedava savas stundas - piemeram, Janis, kurs parvietojas ratinkresla, palidz kaiminu berniem ar matematikas majasdarbiem.'],
 'C6.1': ['Virtuves telpa 64 m2 un ednica 40 vietam', 'Biedribas kase 2 100 EUR'],
 'C6.2': ['Bijusas skolas virtuve ar plitim un trauku mazgajamo masinu ir galvenais resurss musu merkim - lai vientulie seniori vismaz trisreiz nedela dabutu siltas pusdienas.'],
}, {
 'C3.1': 'denial across a contrast: "Kaiminu Koknese ir majrazotaju tirdzins… bet mums tada nav"',
 'C3.3': 'plans only ("Planojam uzstadit viedos skaititajus… 2026. gada apmacit")',
 'C5.1': 'no knowledge/heritage transfer described',
 'C5.3': 'municipality/pārvalde doing its own job (road, potholes), not involved in community work; "Skolas iela 4" is an address',
 'C5.4': 'non-answer: "Vel tiek izstradata."',
 'C6.3': 'denied ("ne LEADER, ne citas programmas lidz sim neesam izmantojushi"); "tehniskais projekts" = building design; ELFLA only in footer',
 'C6.4': 'non-answer "Skatit pielikuma." (no such annex) and a wish ("Cerams, ka… atradisim ari sponsorus")',
})

sub('N07', 'Biedrība „Mazzalves sēļu kopa” (Mazzalve) — strong: annual report, self-assessment, partnership agreement with a Lithuanian community', 'N07.tar.gz', {
 'C1': ['„Mazzalves sēļu kopa” ir Mazzalves ciema un pagasta cilvēku biedrība, kas dibināta 2014. gadā.'],
 'C2': ['Tajā ierakstīts: „2030. gadā Mazzalve ir apdzīvots, drošs un draudzīgs ciems, kurā ir darbs uz vietas, bērniem ir skola un senioriem — palīdzība, un kurā cilvēki lepojas ar savu sēlisko mantojumu.”'],
 'C3.1': ['2024. gada aprīlī biedrība nodibināja sociālo uzņēmumu SIA „Mazzalves darbnīca”, kurā šobrīd strādā četri cilvēki ar invaliditāti un divi ilgstošie bezdarbnieki.'],
 'C3.2': ['Kopš 2024. gada marta darbojas „Ciema taksis”: astoņi brīvprātīgie šoferi ar savām mašīnām ved kaimiņus pie ārsta, uz veikalu un staciju, bet brauciena izmaksas sedz no kopējā degvielas maka, kurā katrs iemet, cik var.'],
 'C3.3': ['Pie pagastmājas uzstādījām ar saules bateriju darbināmu elektronisko ziņojumu ekrānu, kuru biedri atjauno no telefona.',
          'Digitālā komanda rudenī novadīja sešu nodarbību kursu, kurā 14 seniori apguva, kā lietot e-pastu, kā pieteikties pie ārsta e-veselībā un kā ielikt savu sludinājumu ekrānā.'],
 'C4.1': ['Biedrību vada piecu cilvēku valde, bet darbojas arī četras nozaru komandas: „Ceļi un saimniecība”, „Kultūra un atmiņas”, „Bērni un jaunieši” un „Digitālā komanda”.'],
 'C4.2': ['Par savu lielāko vērtību uzskatām to, ka Mazzalvē cilvēki cits citu pazīst un palīdz — mēs sevi saucam par „sēļu kopu” tieši tāpēc, ka vienam te neizdzīvot.'],
 'C4.3': ['Kad martā pali izskaloja ceļu uz Zalves tiltu un pašvaldība remontu solīja tikai vasarā, biedri paši sarunāja ar vietējo zemnieku par granti, divās sestdienās aizbēra izskalojumu un uzlika brīdinājuma zīmes.'],
 'C4.4': ['2024. gada septembrī ciema sapulcē 48 dalībnieki aizklātā balsojumā izvēlējās, ka nākamais LEADER projekts būs darbnīcas paplašināšana, nevis jauns bērnu laukums; valde šo lēmumu izpilda.'],
 'C5.1': ['Komanda „Kultūra un atmiņas” ierakstīja 19 vecāko mazzalviešu atmiņu stāstus par dzīvi pierobežā, un pagasta skolas bērni tos pārrakstīja un ilustrēja — gada beigās iznāca grāmatiņa „Mazzalves ļaudis stāsta” 300 eksemplāros.'],
 'C5.2': ['Vasaras nometnē „Sēļu bērni” kopā darbojās 22 bērni, no tiem seši no ģimenēm, kas Mazzalvē ieradušās pēdējo trīs gadu laikā, un astoņi seniori bija nometnes „vecvecāki”, kas mācīja spēles un dziesmas.'],
 'C5.3': ['Skola un bibliotēka piedalās atmiņu projektā, bet pagasta pārvalde ar savu tehniku palīdz ziemā attīrīt ceļu uz darbnīcu.'],
 'C5.4': ['Iekšējai saziņai izmantojam biedru WhatsApp grupu un elektronisko ekrānu pie pagastmājas, bet ārējai — Facebook lapu „Mazzalve” (1 150 sekotāju) un rakstus novada laikrakstā „Staburags”.'],
 'C6.1': ['Bijusī pagastmājas ēka (darbnīca, zāle)', 'Zalves upes ieleja un pierobežas mežu takas'],
 'C6.2': ['Pagastmājas ēka un tajā iekārtotā darbnīca ir resurss, kas tieši kalpo mūsu vīzijai par darbu uz vietas — tajā jau tagad strādā seši mazzalvieši, kuriem citādi darba nebūtu.'],
 'C6.3': ['Ar LEADER (ELFLA) atbalstu iegādājāmies darbnīcas kokapstrādes iekārtas (14 900 EUR), bet nometni „Sēļu bērni” finansēja Sabiedrības integrācijas fonda NVO programma.'],
 'C6.4': ['Kopš 2023. gada mums ir sadarbības līgums ar Suvainišķu kopienu Lietuvā: 2024. gada jūnijā pie mums viesojās 25 lietuvieši, un viņu kokamatnieki divas dienas mācīja darbnīcas darbiniekus.',
          'Darbnīcas iekārtām 2 800 EUR saziedoja mazzalvieši, kuri dzīvo Anglijā un Norvēģijā.'],
}, {
 'C6.1': 'trap: the self-assessment row "Skatīt pārskata 7. sadaļu" is a pointer; the real evidence is the table in the report',
 'C4.2': 'trap: self-assessment rows restate criteria with points; evidence comes from the report text',
})

sub('N08', 'Biedrība „Iršu kolonisti” (Irši) — general-meeting minutes + application with action plan', 'N08.zip', {
 'C1': ['Biedrība „Iršu kolonisti” ir Iršu pagasta cilvēku apvienība, kas dibināta 2011. gadā, lai uzlabotu dzīvi mūsu ciemā.'],
 'C2': ['Mūsu mērķis — lai Iršos būtu vieta, kur visu gadu pulcēties un kustēties, un lai jaunieši pēc skolas neaizbrauktu.'],
 'C4.1': ['K. Bauers informēja, ka biedrībā „Iršu kolonisti” ir 45 biedri un to vada trīs cilvēku valde, kas ievēlēta 2024. gada kopsapulcē.'],
 'C4.3': ['K. Bauers informēja, ka rudens lietavās applūdušo caurteku pie Vecās muižas ceļa biedri paši iztīrīja un nostiprināja ar akmeņiem, nesagaidot pagasta pārvaldi, jo pa šo ceļu brauc skolas autobuss.'],
 'C4.4': ['Kopsapulce ar 34 balsīm no 38 nolēma, ka projekta pieteikumā galvenā būs brīvdabas sporta un atpūtas laukuma izbūve pie tautas nama.'],
 'C5.1': ['Novadpētnieces L. Bērziņa un A. Kalve informēja, ka ziemā ierakstīti vēl 22 vecāko iršenieku stāsti par kolonistu laikiem un tie sakārtoti vēstures istabā tautas nama otrajā stāvā; marta meistarklasē A. Kalve piecām biedrēm rādīja, kā cept kolonistu miežu plāceņus pēc vecmāmiņas receptes.'],
 'C5.3': ['Iršu pamatskolas direktore apstiprināja, ka laukumu varēs izmantot arī skolēni sporta stundās, un skola jau šopavasar ar saviem darbiniekiem piedalījās zemes gabala sakopšanā.'],
 'C6.1': ['Tautas nama zemes gabals', 'Biedrības inventārs (teltis, galdi, soli)', 'Biedrības uzkrājums'],
 'C6.3': ['K. Bauers atgādināja, ka 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu biedrība izdeva grāmatu „Iršu kolonistu pēcteči”, un biedrība katru gadu piedalās Aizkraukles novada svētku gadatirgū ar savu stendu.'],
}, {
 'C3.1': 'only an action-plan row (zīmols 2027) and a conditional ("varētu izveidot arī e-veikalu")',
 'C3.2': 'only an action-plan row (kopstrādes telpa 2026) and the restated criterion in 3.4',
 'C3.3': 'only an action-plan row (QR/mobile app trenažieri 2026)',
 'C4.2': 'only the restated criterion "Kopiena apzinās savu identitāti un spēj formulēt savas vērtības un unikalitāti."',
 'C5.2': 'heading followed by "—"; "visām paaudzēm" only in the wished future',
 'C5.4': 'planned only ("plānojam izplatīt Facebook…")',
 'C6.2': 'resources table has "—" in the purpose column; no resource tied to the goal',
 'C6.4': 'partners only sought ("atbildes vēl nav"), sponsors conditional; "elektrības tīkls" = power network',
 'C6.3': 'trap: "Svētku programmā" is an event programme; the VKKF grant and county fair are the evidence',
})

sub('N09', 'Idea letter by one resident of Daudzese (no organisation)', 'N09.zip', {
 'C1': ['Mēs Daudzeses ciemā esam kādi divsimt cilvēku, un, lai cik dažādi būtu, jūtamies kā viena kopiena — esam daudzesieši, nevis kaut kādi „Jaunjelgavas novada iedzīvotāji”.'],
 'C2': ['Mēs, daudzesieši, gribam, lai pēc desmit gadiem Daudzesē atkal dzīvotu jaunas ģimenes un lai vecajā pienotavā būtu kopīga vieta visiem — tā, kur satikties ne tikai bērēs.'],
 'C4.2': ['Lepojamies ar to, ka Daudzesē joprojām katru vasaru Zaķu kalnā kurina Jāņu ugunskuru, ka pie mums dzimis dzejnieks, kura vārdā nosaukta iela, un ka šeit neviens neaizslēdz durvis.'],
 'C4.3': ['Kad pagājušajā ziemā iebruka laipa pār Dienvidsusējas strautu, pa kuru bērni iet uz autobusu, kaimiņi sanesa dēļus no saviem šķūņiem, un divās sestdienās vīri uzlika jaunu klāju, bet sievas vārīja zupu.'],
 'C5.1': ['Mana kaimiņiene Biruta, kurai ir 84 gadi, katru ziemu māca ciema meitenēm adīt cimdus ar Sēlijas rakstiem, kurus viņa iemācījās no savas vecmāmiņas, un pagājušajā ziemā viņai bija jau septiņas skolnieces.'],
 'C5.2': ['Pie Birutas nāk gan skolnieces, gan divas jaunās māmiņas, gan kāda kundze no Baltkrievijas, kas šeit apprecējās, un visas sēž pie viena galda.'],
 'C5.4': ['Visi ciema jaunumi iet caur WhatsApp grupu „Daudzese”, kurā ir 140 cilvēku, bet vecākajiem kaimiņiem ziņas aiznes pastniece Anita, kad nes pensiju.'],
}, {
 'C3.1': 'conditional only ("Varētu uztaisīt arī Daudzeses zīmolu")',
 'C3.2': 'conditional only ("Tur varētu būt kopienas centrs")',
 'C3.3': 'wish only ("Būtu labi, ja tur būtu arī ātrs internets")',
 'C4.1': 'denied: "Biedrības mums nav un valdes arī ne"; no organised body (self-help shown as C4.3)',
 'C4.4': 'denied: "Neviens vēl nav prasījis visu ciema cilvēku domas"',
 'C5.3': '"sēklu bibliotēka" is a seed exchange, not a library; school closed in 2009',
 'C6.1': 'denied: "Kādi mums resursi, vēl neesmu saskaitījusi."',
 'C6.2': 'no identified resources',
 'C6.3': 'denied: "paši neesam nekur pieteikušies"; LEADER known only from the newspaper',
 'C6.4': 'wish only ("Varbūt kāds no Rīgas arī gribētu palīdzēt")',
})

sub('N10', 'Half-filled application form with its hints left in (unnamed applicant)', 'N10.zip', {
 'C2': ['Mūsu mērķis ir, lai ciemā būtu patīkami dzīvot visām paaudzēm un lai jaunieši pēc studijām atgrieztos mājās, nevis paliktu Rīgā vai ārzemēs.'],
 'C6.3': ['2022. gadā mūsu biedrība ar Sabiedrības integrācijas fonda atbalstu sarīkoja piecu dienu vasaras nometni 24 bērniem.'],
}, {
 'C1': 'village field left as hint "[norādiet ciema, pagasta un novada nosaukumu]"; answer restates the criterion',
 'C3.1': 'only the hint "Piemēram, kooperatīvs, e-veikals…"',
 'C3.2': 'only the hint list',
 'C3.3': 'only the hint list; self-assessment "Tiek ieviesti inovatīvi risinājumi" restates the criterion',
 'C4.1': 'hint "[Piemēram, biedrība ar valdi…]" only',
 'C4.2': 'hint "[Aprakstiet kopienas vērtības…]" only',
 'C4.3': 'italic hint "Piemēram, biedrība rīko talkas…" is form text',
 'C4.4': 'restated criterion "Lēmumi tiek pieņemti „no apakšas uz augšu”."',
 'C5.1': 'heading followed by "—"',
 'C5.2': 'hint only',
 'C5.3': 'empty answer',
 'C5.4': 'hint naming Facebook/WhatsApp is form text',
 'C6.1': 'empty resource table (type labels only)',
 'C6.2': 'no resources',
 'C6.4': 'hint only; self-assessment "Skatīt pielikumā." with no annex; footer ELFLA boilerplate',
})

sub('N11', 'Biedrība „Pilskalnes sēļi” (Pilskalne) — saved Facebook page + monthly newsletter', 'N11.tar.gz', {
 'C1': ['Mēs esam Pilskalnes pagasta ļaudis no Aizkraukles novada Sēlijas malas, un šī lapa ir par mums un mūsu pagastu.'],
 'C3.1': ['Mūsu biedrības seši biškopji kopš pagājušā gada medu pārdod ar kopīgu zīmolu „Pilskalnes kalnu medus” — vienādas burciņas, viena etiķete, kopīgs stends — un tagad to var nopirkt arī mūsu e-veikalā un sestdienās Neretas tirgū.'],
 'C3.3': ['Šoziem 24 pilskalnieši vecumā no 60 līdz 86 gadiem pabeidza mūsu digitālo prasmju kursu — tagad viņi paši piesakās pie ārsta e-veselībā, lieto internetbanku un zvana mazbērniem videozvanā.'],
 'C4.1': ['Biedrībā „Pilskalnes sēļi” ir jau 63 biedri, un valdē strādā četri cilvēki; darbus dalām pa darba grupām — biškopji, kultūra, digitālā grupa.'],
 'C4.2': ['Esam sēļi, un to neslēpjam — lepojamies ar savu izloksni, ar Pilskalnes Siguldiņu un ar to, ka te neviens nepaliek viens.'],
 'C4.4': ['Februāra iedzīvotāju sapulcē 41 pilskalnietis nobalsoja, ka šā gada līdzdalības budžeta 3 000 eiro ejam nevis estrādes krāsošanai, bet bērnu rotaļu laukumam pie bibliotēkas — un tā arī darām, laukumu pasūtījām jau nākamajā dienā.'],
 'C5.1': ['Februārī pie mums divas dienas viesojās Kamaju kopienas biškopji no Lietuvas, kas jau desmit gadus tirgo medu ar savu zīmolu, un dalījās ar savu pieredzi par to, kā atrast pircējus Viļņā; ceļa izdevumus viņi sedza paši.'],
 'C5.2': ['Kursus vadīja mūsu vidusskolēni Elīza, Markuss un Paula, un daudzi kursanti teica, ka pats labākais bijis tas, ka beidzot varēja pa īstam parunāties ar jauniešiem.'],
 'C5.3': ['Paldies Neretas Jāņa Jaunsudrabiņa vidusskolai par datorklasi un Pilskalnes bibliotēkai par planšetēm, ko drīkstējām izmantot visu ziemu!',
          'Sapulcē piedalījās arī pagasta pārvaldes vadītājs Aivars Dzenis un bibliotekāre Sandra Priede, kas apsolīja laukumu uzraudzīt bibliotēkas darba laikā.'],
 'C5.4': ['Ziņas liekam šeit, Facebook, un biedrības Telegram kanālā „Pilskalne šodien”, bet „Pilskalnes Lapiņa” iznāk reizi mēnesī un ir pieejama bibliotēkā un veikalā.'],
 'C6.3': ['Ar LEADER projekta atbalstu pērn iegādājāmies kopīgu medus sviedi un etiķešu printeri, ko biškopji lieto pēc kārtas.',
          'Pērn Lielajā talkā piedalījās 52 pilskalnieši, kas sakopa kapsētu un Siguldiņas takas.'],
 'C6.4': ['Biškopjiem šogad ir jauns sadarbības partneris — Kamaju kopiena Lietuvā, ar kuru februārī parakstījām vienošanos par pieredzes apmaiņu un kopīgu dalību gadatirgos.'],
}, {
 'C2': 'no own goal/vision; the shared news quotes Nereta\'s strategy (another place); "Ekskursijas mērķi" = destinations',
 'C3.2': 'only the neighbours\' coworking room in Nereta (another place)',
 'C4.3': 'only joining Lielā talka (national campaign = C6.3); road graded by the municipality, roof fixed by the pārvalde',
 'C5.1': 'trap: the weaving masterclass is a Rīga studio advert (not evidence); the Lithuanian beekeepers\' know-how visit is',
 'C6.1': 'no identification of resources; only an incidental mention of equipment bought',
 'C6.2': 'no identified resources and no goal',
})

sub('N12', 'Biedrība „Zaļā sēta” (community garden) — application with self-assessment; place only in header', 'N12.zip', {
 'C2': ['Mūsu mērķis ir, lai pēc pieciem gadiem mūsu ciemā visu gadu būtu pieejami pašu audzēti dārzeņi un lai kopienas dārzs kļūtu par vietu, kur cilvēki satiekas ne tikai vasarā, bet arī ziemā.'],
 'C3.2': ['Kopš 2023. gada biedrība apsaimnieko kopienas dārzu bijušajā kolhoza ābeļdārzā Skolas ielā 2, kurā 22 ģimenes dobes kopj pēc kopīgi sastādīta grafika un ražu dala pēc nostrādātajām stundām.'],
 'C4.1': ['Biedrībā „Zaļā sēta” ir 19 biedri un trīs valdes locekļi; biedri tiekas katru otro svētdienu dārza mājiņā, un katram ir savs pienākumu loks — sēklas, laistīšana, kompostēšana, grāmatvedība.'],
 'C4.3': ['Kad 2024. gada vasarā sausums apdraudēja ražu, dārznieki paši salika laistīšanas dežūras un ar mucām veda ūdeni no savām akām, tāpēc ražu izglābām.'],
 'C5.3': ['Pamatskolas skolēni kopš pērnā gada kopj divas dobes dārzā kā dabaszinību stundu daļu, un vietējā kokzāģētava SIA „Sērenes koks” uzdāvināja dēļus dobju malām.'],
 'C6.1': ['Kopienas dārza teritorija 0,6 ha', 'Siltumnīcas karkass 12 × 6 m', 'Dārzniece ar agronomes izglītību (I. Lapsiņa)'],
 'C6.2': ['Siltumnīcas karkass un dārza teritorija kalpo tieši mūsu mērķim — lai dārzeņi būtu pieejami visu gadu un dārzā varētu satikties arī ziemā.'],
 'C6.4': ['Siltumnīcas karkasu mums bez maksas atdeva draudzības biedrība no Hjo pilsētas Zviedrijā, un divi tās dārznieki pagājušā gada oktobrī nedēļu palīdzēja to salikt.'],
}, {
 'C1': 'the place appears only in the page-header address ("Sērenes pag.") and a company name; "Īstenošanas vieta: Skatīt adresi galvenē"; body says only "mūsu ciems"',
 'C3.1': 'denial across a contrast ("Skrīveros ir… kooperatīvs, bet mums tāda nav") and a conditional e-shop',
 'C3.3': 'wish only ("Būtu labi siltumnīcā uzstādīt viedos mitruma sensorus")',
 'C4.2': 'restated criterion ("Mūsu kopiena apzinās savu identitāti un vērtības."); "materiālās vērtības" = money value',
 'C4.4': 'board decided; a survey for a sports ground was overridden (changed nothing)',
 'C5.1': 'only Jaunjelgava\'s masterclasses (another place), which members do not attend',
 'C5.2': 'heading followed by "—"; school pupils\' beds are C5.3',
 'C5.4': 'non-answer "Vēl tiek izstrādāta."; self-assessment "Nav apkopoti."',
 'C6.3': 'denied ("Iepriekš neesam saņēmuši atbalstu ne no LEADER…"); "tehniskais projekts" = building design; self-assessment restates criterion',
})

sub('N13', 'Biedrība „Zalvei augt” (Zalve) — strong: application, residents\' meeting minutes, e-mail with IT volunteers', 'N13.zip', {
 'C1': ['Mūsu biedrība „Zalvei augt” dibināta 2017. gadā, kad Zalves ciema ļaudis sapulcējās, lai glābtu vecās skolas ēku no nojaukšanas.'],
 'C2': ['Ciema attīstības vīzija, ko iedzīvotāji apstiprināja 2022. gada sapulcē: „Zalve 2035 — dzīvs sēļu ciems, kur vecie var novecot mājās, jaunie atrast darbu un bērni augt drošā vidē.”'],
 'C3.1': ['Kopš 2023. gada vasaras septiņi vietējie saimnieki tirgo savus produktus ar kopīgu zīmolu „Zalves garša” — sestdienās centra pagalmā un pa telefonu pasūtot.',
          'Izveidojām arī 34 km garu velomaršrutu „Sēļu loks” ar QR kodiem, kas ved tūristus caur mūsu saimniecībām.'],
 'C3.2': ['Vecajā skolā kopš 2021. gada darbojas kopienas centrs „Zalves sēta”, ko pārvalda paši iedzīvotāji: ciema padome sastāda telpu grafiku, un katra interešu grupa — vecmāmiņu klubs, jauniešu istaba, pirts brālība — atbild par savu telpu un tās uzkopšanu.'],
 'C3.3': ['2023. gadā 46 mājsaimniecības vienojās un kopā pasūtīja optiskā interneta pievadu līdz ciemam, kas vienai mājai nebūtu pa kabatai; tagad pat attālākās viensētas strādā no mājām.',
          'Kopienas centrā katru otrdienu notiek „digitālā stunda”, kurā jaunieši seniorus māca lietot e-pakalpojumus, un 2024. gadā tajā piedalījās 37 cilvēki.'],
 'C4.1': ['Biedrību vada valde (5 cilvēki), bet pie tās darbojas „ciema padome” — deviņi cilvēki no dažādiem Zalves ciemata galiem un viensētām, kurus ik pēc diviem gadiem izvirza savi kaimiņi.'],
 'C4.2': ['Mūsu vērtības ir godīgums, kaimiņu izpalīdzība un prieks par darbu — tā tās ierakstījām biedrības statūtu preambulā.'],
 'C4.3': ['Kad 2024. gada janvārī salā pārsprāga centra apkures caurules, vienā dienā sanāca 11 vīru, izlaida ūdeni, nomainīja bojātos posmus un līdz vakaram katls atkal kurināja.'],
 'C4.4': ['Par kopienas naudu lemjam paši: kopš 2022. gada biedrība katru gadu 20% no saviem ienākumiem atvēl „ciema kabatai”, un par to, kuru iedzīvotāju ideju atbalstīt, balso ciema sapulce.',
          'Sapulce nolēma: LEADER projektā iekļaut centra otrā stāva izbūvi, paredzot arī kopstrādes stūri, kā ierosināja jaunieši.'],
 'C5.1': ['Vecmāmiņu klubs katru ziemu šuj sēļu tautastērpus pēc muzeja paraugiem un māca to darīt meitenēm; jau ir uzšūti 12 tērpi, ko valkā mūsu deju kopa.'],
 'C5.2': ['Mūsu pasākumos iesaistām arī cilvēkus ar īpašām vajadzībām no Zalves sociālās aprūpes mājas, un ikgadējā „Ģimeņu dienā” kopā sacenšas trīs paaudzes.'],
 'C5.3': ['Centra darbā iesaistās Zalves pamatskola (jaunieši vada digitālās stundas kā skolas projektu), pagasta bibliotēka, Zalves luterāņu draudze un zemnieku saimniecība „Kalna Grāveri”, kas ziemā tīra sniegu līdz centram.'],
 'C5.4': ['Iekšēji mēs sazināmies trīs veidos: ciema padomes locekļi katrs uztur sava ciema gala WhatsApp grupu, centra durvīs ir ziņojumu dēlis, un reizi ceturksnī iznāk papīra „Zalves Ziņotājs”.'],
 'C6.1': ['Vecās skolas ēka (kopienas centrs), 620 m²', 'Zalves ozols, muižas parks'],
 'C6.2': ['Vecās skolas ēka ir mūsu galvenais resurss pirmā mērķa sasniegšanai: otrajā stāvā iekārtosim telpas ģimenes ārsta izbraukuma pieņemšanām un frizierei, lai senioriem nebūtu jābrauc uz Neretu.'],
 'C6.3': ['2019. gadā ar LEADER (ELFLA) atbalstu nomainījām centra jumtu, 2022. gadā no Sabiedrības integrācijas fonda NVO fonda saņēmām atbalstu jauniešu istabai, bet 2024. gadā „Sēļu loks” tika iekļauts Sēlijas reģiona tūrisma kampaņā „Sēlija zaļā”.'],
 'C6.4': ['2024. gadā IT uzņēmuma SIA „Baltic Data” darbinieki no Rīgas brīvprātīgi uzstādīja centra datortīklu un uzdāvināja sešus lietotus portatīvos datorus.',
          'Zalves izcelsmes ģimenes no Kanādas un Īrijas ik gadu ziedo centra uzturēšanai — 2024. gadā kopā 2 300 EUR.'],
}, {
 'C6.4': 'trap: "datortīkls" here is a computer network, the evidence is the outside volunteers and diaspora donations',
 'C3.2': 'trap: the coworking corner is only planned (minutes); the resident-run centre is the evidence',
})

sub('N14', 'Biedrība „Valles saime” (Valle) — annual report + support letters', 'N14.zip', {
 'C1': ['Biedrība „Valles saime” apvieno Valles pagasta iedzīvotājus, kuriem rūp sava pagasta dzīve.'],
 'C3.2': ['Valles kopienas mājas pagalmā kopš 2024. gada maija darbojas „Dalīšanās šķūnis” — instrumentu un dārza tehnikas koplietošanas punkts, kur 35 mājsaimniecības paņem un atnes atpakaļ zāles pļāvējus, kāpnes un urbjmašīnas pēc kopīgas rezervācijas tabulas.'],
 'C3.3': ['Kopš oktobra kopienas mājā darbojas publisks bezvadu internets un videozvanu istaba, un 16 iedzīvotāji apguva, kā sazināties ar ārstu un pagasta pārvaldi videozvanā.'],
 'C4.1': ['Biedrībā 2024. gada beigās bija 41 biedrs; valde (trīs cilvēki — priekšsēdētājs Guntars Ābele, Sarmīte Jansone, Oskars Liepa) gada laikā sanāca deviņas reizes, un valdes sēdes ir atklātas ikvienam biedram.'],
 'C4.2': ['Valles ļaudis sevi joprojām sauc par „valliešiem” un lepojas ar savu baznīcu kalnā, Valles muižas parku un to, ka pagastā nevienu nepamet nelaimē.'],
 'C4.3': ['Pēc jūlija vētras, kas norāva jumtu Ozoliņu ģimenes šķūnim, kaimiņi jau nākamajā dienā sanāca kopā, savāca dēļus no savām kūtīm un līdz vakaram šķūni pārsedza.'],
 'C4.4': ['Gada kopsapulcē 2024. gada 16. martā biedri ar balsojumu (29 par, 2 pret) izvēlējās, ka gada galvenais darbs būs instrumentu koplietošanas šķūnis, nevis svētku skatuve.'],
 'C5.1': ['Novembrī vecmeistars Arvīds Kalējs kopienas mājā trīs vakarus rādīja, kā pīt grozus no lazdu skaliem, kā to savulaik darīja viņa tēvs, un pieci viņa mācekļi nu pin paši.'],
 'C5.3': ['Instrumentu šķūni iekārtojām kopā ar Valles pagasta pārvaldi, kas iedeva šķūņa ēku, un vietējo kokzāģētavu SIA „Valles koks”, kas sagādāja plauktus.'],
 'C6.1': ['Biedrības rīcībā ir: kopienas māja (bijušais feldšerpunkts, 96 m²), 23 koplietošanas instrumenti, 1 850 EUR kasē un aptuveni 15 aktīvi brīvprātīgie, tostarp divi elektriķi un grāmatvede.'],
 'C6.3': ['Videozvanu istabas aprīkojums iegādāts LEADER projekta „Valle tiešsaistē” ietvaros (ELFLA finansējums 6 400 EUR).'],
 'C6.4': ['Pirmos 12 instrumentus saziedoja Bauskas būvfirma SIA „Mūrnieks” un vallieši, kas dzīvo Norvēģijā; savukārt Rīgas Stradiņa universitātes studenti septembrī brīvprātīgi vadīja kopienas mājā veselības dienu.'],
}, {
 'C2': 'only a project\'s technical aim ("Projekta mērķis bija nomainīt… jumta segumu") and "ekskursijas mērķi" (destinations); no community vision',
 'C3.1': 'abandoned idea: the market by the church ("no šīs idejas atteicāmies")',
 'C5.2': 'denied: "Jauniešu iesaiste: 2024. gadā netika īstenota."',
 'C5.4': 'non-answer "Skatīt pielikumu Nr. 4." — the annex list has only Nr. 1 and Nr. 2',
 'C6.2': 'resources listed but no community goal to tie them to',
})

sub('N15', 'Pļaviņu apvienības pārvalde / Aiviekstes pagasta pārvalde — application from a municipal institution', 'N15.zip', {
 'C5.3': ['Projekta sagatavošanā piedalījās Aiviekstes bibliotēka, Pļaviņu novada ģimnāzija un divi vietējie uzņēmēji, kas sanāksmē 2025. gada 12. februārī sniedza savus priekšlikumus telpu plānojumam; bibliotēkas ieteikums paredzēt atsevišķu datorvietu senioriem ir iekļauts projektā.'],
 'C6.1': ['Pārvaldes rīcībā ir pārvaldes ēka (420 m², no tiem otrais stāvs — 160 m² neizmantoti), divi datori, dienesta automašīna un trīs darbinieki — lietvede, grāmatvede un saimniecības pārzinis.'],
 'C6.3': ['Pārvalde 2022. gadā īstenoja ELFLA LEADER projektu „Aiviekstes estrādes atjaunošana” (21 000 EUR), bet 2023. gadā — Sabiedrības integrācijas fonda programmas projektu „Seniori kustībā”.'],
}, {
 'C1': 'applicant is a municipal institution, not the place\'s community; pagasts named only as administrative territory',
 'C2': 'only a technical project aim (modernise the 2nd floor); the council chairman\'s quote is reported speech',
 'C3.1': 'nothing introduced',
 'C3.2': 'general statement about what smart villages usually have',
 'C3.3': 'plan rows only (terminal, smart sensors, trainings 2026)',
 'C4.1': 'denied: "Pagastā nav aktīvas biedrības vai iedzīvotāju iniciatīvas grupas"',
 'C4.2': 'nothing',
 'C4.3': 'institution does everything',
 'C4.4': 'denied: "Iedzīvotāju viedoklis… netika aptaujāts"; decided by council decision',
 'C5.1': 'nothing',
 'C5.2': 'future only ("tiks nodrošināta vides pieejamība")',
 'C5.4': 'planned row ("Informēšana… pēc atklāšanas")',
 'C6.2': 'no community goal',
 'C6.4': 'future only ("plāno meklēt sadarbības partnerus")',
})

sub('N16', 'SIA „Daugavas laivas” (Koknese) — company-led tourism route: partnership agreement + application', 'N16.zip', {
 'C3.1': ['Kopš 2024. gada sezonas darbojas ūdens tūrisma maršruts „Daugavas lokiem” ar sešām pieturvietām, ko partneri kopīgi reklamē ar vienotu zīmolu un karti.'],
 'C5.3': ['Maršrutu kopā veido uzņēmums, Kokneses tūrisma informācijas centrs un Kokneses vidusskolas jauniešu klubs „Plosts”, kura jaunieši vasarā dežurē pieturvietās.'],
 'C6.1': ['14 kanoe laivas, piekabe', 'Laivu bāze „Krasta Laivnīca” ar 0,4 ha zemi pie Daugavas'],
 'C6.3': ['2023. gadā uzņēmums ar LEADER (ELFLA) atbalstu iegādājās četras kanoe laivas, un 2024. gadā maršruts tika iekļauts Aizkraukles novada tūrisma kampaņā „Atklāj Daugavu”.'],
 'C6.4': ['Maršruta kartes dizainu bez maksas izstrādāja Latvijas Mākslas akadēmijas studenti, un Lietuvas partneris UAB „Nemuno baidarės” katru sezonu aizdod mums sešus kajakus un sūta pie mums savus klientus.'],
}, {
 'C1': 'applicant is a company; Koknese only in its legal address; no community presented',
 'C2': 'only a technical project aim (boats, pier); "Tūristu galvenie mērķi" = destinations',
 'C3.2': 'nothing',
 'C3.3': 'nothing digital introduced; booking website only in an advert',
 'C4.1': 'denied: "Vietējiem iedzīvotājiem sava biedrība nav"; activities run by the company',
 'C4.2': '"inventāra vērtības" = money value',
 'C4.3': 'company staff clean the bank',
 'C4.4': 'company board decided',
 'C5.1': 'only a general remark that Koknese has a rich history',
 'C5.2': 'conditional ("Būtu labi pielāgot vienu laivu cilvēkiem ar invaliditāti")',
 'C5.4': 'planned advertising; the boat-hire advert itself',
 'C6.2': 'no community goal to tie resources to',
})

assert sorted(S) == [f'N{i:02d}' for i in range(1, 17)]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'labels.json')
json.dump(S, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('wrote', os.path.normpath(out))
