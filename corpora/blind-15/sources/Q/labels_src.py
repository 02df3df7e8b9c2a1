#!/usr/bin/env python3
"""Hand-written labels -> ../labels.json. Labels decided only from /work/shared/criteria.md."""
import json, os
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
L = {}
def sub(qid, name, archive, evidence, notes):
    for k in list(evidence) + list(notes):
        assert k in IDS, (qid, k)
    assert not set(evidence) & set(notes), qid
    L[qid] = {'name': name, 'archive': archive,
              'indicators': {i: ('present' if i in evidence else 'absent') for i in IDS},
              'evidence': {i: evidence[i] for i in IDS if i in evidence},
              'notes': {i: notes[i] for i in IDS if i in notes}}

sub('Q01', 'Biedrība „Līčupes ļaudis” (Līčupe, Sērenes pag.) — LEADER veidlapa + skolas atbalsta vēstule', 'Q01.zip', {
 'C1': ['Līčupē dzīvo ap 230 cilvēku, un mēs, Līčupes ļaudis, sevi saucam par upmalas ciemu, jo visas mājas sastājušās gar Līčupītes krastiem no dzirnavām līdz Daugavai.'],
 'C2': ['Mūsu mērķis ir, lai pēc desmit gadiem Līčupe būtu ciems, kurā jaunas ģimenes grib palikt, veciem cilvēkiem nav jābrauc uz pilsētu pēc katra sīkuma un kaimiņi viens otru pazīst.'],
 'C3.1': ['Kopš 2022. gada darbojas mūsu pašu kooperatīvs „Līčupes labumi”, caur kuru septiņas mājsaimniecības kopā pārdod medu, sierus un kūpinātas zivis ar vienu zīmolu un kopīgā e-veikalā.'],
 'C3.2': ['Bijušajā pasta ēkā 2023. gadā iekārtojām kopienas māju ar kopstrādes istabu, ko pārvalda iedzīvotāju padome, un atslēgas ir pie desmit cilvēkiem, kas paši sastāda dežūru grafiku.'],
 'C3.3': ['2024. gada ziemā uz kopienas mājas jumta uzlikām saules paneļus, un pensionāriem rīkojām sešas nodarbības, kurās mācījāmies lietot e-parakstu un pieteikt ārsta vizīti internetā.'],
 'C4.1': ['Biedrība „Līčupes ļaudis” dibināta 2016. gadā, un tajā šobrīd ir 41 biedrs — gandrīz no katras otrās Līčupes mājas.'],
 'C4.2': ['Lepojamies ar to, ka Līčupē joprojām katru Jāņu vakaru dedzina darvas mucu uz Ozolkalna un dzied pašu ciema līgo dziesmas, kuras citur nedzied.'],
 'C4.3': ['Kad 2023. gada pavasara plūdos Līčupītes laipa tika izskalota, paši sarīkojām talku, saziedojām baļķus un trīs nedēļās uzcēlām jaunu laipu, lai bērni varētu tikt uz autobusu.'],
 'C4.4': ['Pirms šī pieteikuma 2024. gada novembrī rīkojām ciema sapulci, uz kuru atnāca 63 cilvēki, un ar balsojumu izvēlējāmies, ka pirmā vajadzība ir siltināt kopienas māju, nevis bruģēt laukumu.'],
 'C5.1': ['Ziemas vakaros kopienas mājā vecie dzirnavnieki un audējas rāda jauniešiem, kā mala graudus un auž jostas, un skolēni šīs sarunas ieraksta ciema atmiņu grāmatā.'],
 'C5.2': ['Svētdienas pusdienās pie viena galda sēž gan senjori, gan jaunās ģimenes ar bērniem, gan divas ukraiņu ģimenes, kas pie mums dzīvo kopš 2022. gada.'],
 'C5.3': ['Sērenes pamatskola dod mums sporta zāli, pagasta bibliotēka glabā atmiņu grāmatu, bet z/s „Kalnavoti” ziemā par brīvu šķūrē sniegu līdz kopienas mājai.',
          'Skola biedrībai bez maksas ļauj izmantot sporta zāli ciema volejbola vakariem un Ziemassvētku koncertam.'],
 'C5.4': ['Ciema ziņas vispirms ieliekam WhatsApp grupā „Līčupe kopā”, kurā ir 160 cilvēku, bet vecākiem ļaudīm lapiņas pielīmējam uz ziņojumu dēļa pie veikala.',
          'Pārējai pasaulei par sevi stāstām Facebook lapā un pagasta avīzē; pēc mūsu skaitījuma ziņa Facebook lapā sasniedz ap 1200 cilvēku, un uz Jāņiem pērn atbrauca 90 viesu, kas par svētkiem uzzināja tieši tur.'],
 'C6.1': ['Mūsu lielākais resurss ir cilvēki: 41 biedrs un ap divpadsmit brīvprātīgo, kas nāk uz katru talku.',
          'Mūsu ciema dzirnavas, celtas 1898. gadā, ir vienīgās šajā Daugavas krastā, kurās vēl saglabājies viss malšanas mehānisms.'],
 'C6.2': ['Kopienas māju izmantojam tieši tam, lai sasniegtu mūsu mērķi — lai veciem cilvēkiem būtu kur saņemt palīdzību ar datoru un jaunām ģimenēm kur pulcēties.'],
 'C6.3': ['Pasta ēkas remontu 2023. gadā paveicām ar LEADER projekta atbalstu, bet jauniešu vasaras nometni 2024. gadā finansēja Aizkraukles novada iedzīvotāju iniciatīvu konkurss.'],
 'C6.4': ['Mūsu draugi no Zviedrijas ciema Hälleforsnäs divreiz atbrauca uz talkām, bet Rīgas uzņēmējs, kura vecvecāki nāk no Līčupes, ziedoja 2000 eiro jumta remontam.'],
}, {})

sub('Q02', 'Biedrība „Vītolu krasts” (Vīksna, Klintaines pag.) — saglabāta Facebook lapa + kopsapulces protokols', 'Q02.zip', {
 'C1': ['Mēs esam Vīksnas ciema ļaudis Klintaines pagastā — kopā dzīvojam gar Vīksnas upi, kopā strādājam un kopā svinam.'],
 'C2': ['Nolēma: apstiprināt ciema kopīgo mērķi — līdz 2030. gadam panākt, lai Vīksnā ir darbs tuvāk mājām, droša pārvietošanās bez savas mašīnas un vieta, kur satikties visām paaudzēm.'],
 'C3.1': ['Ar kopīgo zīmolu „Vīksnas garšas” septiņi mūsu mājražotāji jau otro sezonu kopā tirgojas Rīgas Kalnciema tirgū un pa ceļam paņem arī kaimiņu burkas.'],
 'C3.2': ['Mūsu laika bankā šobrīd ir 48 dalībnieki: kāds stundu pieskata bērnus, kāds stundu palīdz ar malku, un nopelnītās stundas pierakstām kopīgā burtnīcā.'],
 'C3.3': ['Kopš janvāra Vīksnā kursē autobuss pēc pieprasījuma — to var pieteikt mūsu ciema lietotnē, un mikroautobusa šoferis Aigars savāc visus, kam tajā dienā jābrauc uz Aizkraukli.',
          'Ceturtdien Māris kopienas centrā rādīja senioriem, kā telefonā atvērt ciema lietotni un pieteikt braucienu.'],
 'C4.1': ['K. Ozoliņš ziņoja, ka biedrībā „Vītolu krasts” šobrīd ir 64 biedri, un valdē ir seši cilvēki no dažādām ciema daļām — no upes puses, no centra un no „Mežmaliem”.'],
 'C4.2': ['Runājot par to, kas Vīksnu padara īpašu, klātesošie vienojās, ka mūsu vērtības ir klūgu pīšanas amats, upe un tas, ka te neviens nepaliek viens nelaimē.'],
 'C4.3': ['Kad janvāra vētras dēļ trīs dienas nebija elektrības, kopienas centrā darbinājām ģeneratoru, vārījām zupu un vecākajiem ļaudīm aiznesām ēst uz mājām.'],
 'C4.4': ['Par LEADER projekta ideju balsoja visi klātesošie, un ar 31 balsi tika izvēlēta kopienas centra paplašināšana ar darbnīcu klūgu pīšanai.'],
 'C5.1': ['Sestdienās kopienas centrā notika klūgu pīšanas meistarklases — vecmeistars Arvīds Vītols iemācīja divpadsmit jauniešiem pīt grozus tā, kā Vīksnā pin jau simts gadus.'],
 'C5.2': ['Uz meistarklasēm nāca gan pensionāri, gan pusaudži, gan cilvēki no pagasta invalīdu biedrības, un visi pina pie viena galda.'],
 'C5.3': ['Klintaines pamatskola, pagasta bibliotēka un luterāņu draudze kopā ar mums rīkoja Miķeļdienas tirgu, un skolēni paši vadīja radošās darbnīcas.'],
 'C5.4': ['Valde ziņoja, ka ciema ziņas iet caur WhatsApp grupu, kurā ir 210 dalībnieku, Facebook lapu un ziņojumu dēli pie veikala, un rudens aptaujā 70 % iedzīvotāju atzina, ka par pasākumiem uzzina tieši no WhatsApp.'],
 'C6.1': ['Apzinātie resursi: kopienas centrs bijušajā skolas ēkā, 4 ha parks pie upes, biedrības kasē 3400 eiro, biedru vidū ir divi elektriķi un grāmatvede, bet unikāls ir mūsu klūgu pīšanas amats.'],
 'C6.2': ['Nolēma: parku pie upes izmantot kopīgajam mērķim — tur ierīkot satikšanās vietu visām paaudzēm, un tam novirzīt biedrības uzkrājumus 1500 eiro apmērā.'],
 'C6.3': ['„Vīksnas upes taka” tapa ar LEADER projekta atbalstu, un pavasarī ar visu ciemu piedalījāmies arī Lielajā talkā.',
          'Valde informēja, ka 2024. gadā ar Sabiedrības integrācijas fonda NVO fonda atbalstu nopirkām ģeneratoru kopienas centram.'],
 'C6.4': ['Paldies igauņu draugiem no Kolgas ciema, kas atbrauca ar 14 brīvprātīgajiem un palīdzēja būvēt laipas uz takas!',
          'Igauņu sadraudzības ciema Kolgas kopiena pērn atsūtīja 14 brīvprātīgos, kas palīdzēja būvēt upes taku, un mūsu jaunieši vasarā brauca pie viņiem.'],
}, {})

sub('Q03', 'Biedrība „Dzērvenāju kopiena” (Dzērvenāji, Vietalvas pag.) — pašvērtējuma tabula ar faktiem + ciema plāns', 'Q03.tar.gz', {
 'C1': ['Dzērvenājos, Vietalvas pagastā, dzīvo 180 cilvēku, un mūs vieno purvs un dzērveņu lasīšana — tāpēc kaimiņi mūs sauc par dzērvenājiešiem.'],
 'C2': ['Ciema attīstības plānā, ko 2023. gadā pieņēmām kopsapulcē, ierakstījām, ka gribam, lai 2030. gadā Dzērvenājos ir vismaz desmit darba vietas uz vietas un neviena māja nestāv tukša.',
        'Gribam, lai Dzērvenāji ir ciems, kur jaunai ģimenei ir vērts pārcelties, jo te ir darbs, labs internets un kaimiņi, kas palīdz.'],
 'C3.1': ['Kopš 2021. gada darbojas mūsu sociālais uzņēmums „Purva ogas”, kas iepērk dzērvenes no vietējiem lasītājiem un pārdod tās kaltētas ar savu etiķeti.'],
 'C3.2': ['Esam ieviesuši savu ciema līdzdalības budžetu: katru gadu 2000 eiro no biedrības ieņēmumiem sadala paši iedzīvotāji, balsojot par idejām.'],
 'C3.3': ['Kopienas telpā ir optiskais internets un trīs datori, un 2024. gadā bibliotekāre kopā ar mūsu jauniešiem apmācīja 26 seniorus lietot internetbanku un e-veselību.'],
 'C4.1': ['Biedrībā ir 52 biedri, valdē ir trīs cilvēki, un katram lielākam darbam ir sava darba grupa ar atbildīgo.'],
 'C4.2': ['Mūsu lepnums ir dzērveņu lasīšanas tradīcija un Purva svētki, kurus svinam katru septembri kopš 1990. gada.'],
 'C4.3': ['Kad 2022. gada rudenī aizvērās vienīgais veikals, paši sarunājām ar Vietalvas maizes ceptuvi, ka divreiz nedēļā atved maizi uz kopienas telpu, un pārdošanu brīvprātīgi organizē seši pensionāri.'],
 'C4.4': ['Par to, kam tērēt līdzdalības budžetu, balsojam kopsapulcē; 2024. gadā ar 44 balsīm uzvarēja ideja par apgaismotu ceļu uz autobusa pieturu, un tas jau uzbūvēts.'],
 'C5.1': ['Vecie purva lasītāji ved jauniešus uz purvu un rāda, kur un kā lasa ogas, un novadpētniece Dzidra Kalēja vāc ciema stāstus grāmatai.'],
 'C5.2': ['Purva svētkus kopā rīko pensionāru klubiņš un jauniešu grupa, un pēdējos divos gados tajos darbojas arī cilvēki no dienas centra personām ar garīga rakstura traucējumiem.'],
 'C5.3': ['Vietalvas pamatskola, pagasta bibliotēka un z/s „Lejas” ir mūsu pastāvīgi partneri: skola dod zāli, bibliotēka vada datorkursus, saimniecība dod traktoru talkām.'],
 'C5.4': ['Iekšējās ziņas izplatām WhatsApp grupā un uz ziņojumu dēļa pie pieturas, bet uz āru — Facebook lapā un novada avīzē; pēc Purva svētkiem aptaujājām viesus un redzējām, ka 60 % par svētkiem uzzināja no Facebook.'],
 'C6.1': ['Mūsu resursi: kopienas telpa bijušajā feldšerpunktā, 3 ha liela pļava svētkiem, biedrības uzkrājums 2600 eiro, dzērveņu kaltēšanas iekārta un unikālais Dzērvenāju purvs ar izzinošo laipu.'],
 'C6.2': ['Dzērveņu kaltēšanas iekārtu izmantojam tieši mūsu mērķim radīt darba vietas uz vietas — pie tās strādā trīs ciema sievietes.'],
 'C6.3': ['Purva laipu 2022. gadā izbūvējām ar LEADER (ELFLA) atbalstu, bet Purva svētkus divus gadus pēc kārtas atbalstīja Valsts kultūrkapitāla fonds.'],
 'C6.4': ['Sadarbojamies ar Somijas ciemu Suomusjärvi, no kura pie mums divreiz bija brīvprātīgie, un Rīgas Tehniskās universitātes studenti mums bez maksas izstrādāja ciema karti.'],
}, {})

sub('Q04', 'Konsultantu firmas „viedā ciema stratēģijas” sagatave ar [norādiet …] laukiem (ļoti vāja)', 'Q04.zip', {}, {
 'C1': 'Nav neviena ciema; tikai „[norādiet ciema un pagasta nosaukumu]” un piemērs „Piemēram, „Mūsu ciemā dzīvo ap 300…”” — veidlapas padoms.',
 'C2': 'Tikai kritērija formulējums, „[norādiet 2–3 mērķus]” un „Piemēram: „Mūsu mērķis ir…”” — padoms, nevis pretendenta mērķis.',
 'C3.1': 'Vispārīgs inovāciju veidu uzskaitījums ar „piemēram”; nekas ieviests.',
 'C3.2': 'Igaunijas Vigalas ciema kopstrādes telpa — cita vieta.',
 'C3.3': 'Vigalas saules paneļi — cita vieta; pārējais ir definīcija.',
 'C4.1': 'Tabulā „[jā/nē]”, „[skaits]” — tukšas vietas.',
 'C4.2': 'Tikai kritērija vārdi.',
 'C4.3': 'Tikai kritērija vārdi.',
 'C4.4': 'Tikai ieteikums pievienot protokolu; nav lēmuma.',
 'C5.1': 'Meistarklašu teikums ir „Piemēram, …” paraugs ar „[pielāgojiet savam ciemam]”.',
 'C5.2': 'Tikai paraugteikums par senjoriem/jauniešiem.',
 'C5.3': 'Tikai kritērija vārdi.',
 'C5.4': 'Latvijas Lauku foruma pētījuma citāts par „aktīvākajām kopienām” — cits avots, vispārinājums.',
 'C6.1': 'Resursu tabulā tikai „[norādiet]”.',
 'C6.2': 'Tabulas kolonna „Izmantošanas mērķis” tukša ([norādiet]).',
 'C6.3': 'LEADER/ELFLA/VKKF minēti instrukcijā „uzskaitiet…” — forma; „Mūsu uzņēmums… 40 biedrībām” ir konsultants, ne pretendents.',
 'C6.4': '„[norādiet partnerus, sponsorus, brīvprātīgos]” — tukšs lauks.',
})

sub('Q05', 'Biedrība „Ozolkalna nākotne” — veidlapa, aizpildīta tikai ar kritēriju vārdiem + punktu pašvērtējums (ļoti vāja)', 'Q05.zip', {}, {
 'C1': 'Atbilde atkārto kritērija tekstu; ciems nosaukts tikai lapas galvenē (adrese) — uz to nepaļaujas.',
 'C2': '„Ciemam ir kopīgi mērķi un nākotnes vīzija…” — kritērija pārstāsts; „uzlabos dzīves kvalitāti” ir projekta frāze.',
 'C3.1': 'Kritērija vārdi kā atbilde.', 'C3.2': 'Kritērija vārdi kā atbilde.', 'C3.3': 'Kritērija vārdi kā atbilde.',
 'C4.1': 'Kritērija vārdi kā atbilde; pašvērtējumā „Atbilst pilnībā.”', 'C4.2': 'Kritērija vārdi.', 'C4.3': 'Kritērija vārdi.',
 'C4.4': '„Lēmumi tiek pieņemti „no apakšas uz augšu”” — kritērija pārstāsts.',
 'C5.1': 'Kritērija vārdi.', 'C5.2': 'Kritērija vārdi.', 'C5.3': 'Kritērija vārdi.', 'C5.4': 'Kritērija vārdi; pašvērtējumā „—”.',
 'C6.1': '„Resursi vēl nav apzināti.” — noliegums.', 'C6.2': 'Nav resursu, nav mērķa.',
 'C6.3': '„Vēl tiek izstrādāti.” — neatbilde; LEADER tikai galvenē/kājenē.',
 'C6.4': '„Skatīt pielikumā.” — tāda pielikuma nav.',
})

sub('Q06', 'Mazzalves pagasta pārvalde — pieteikums (iestāde, ne iedzīvotāji) (ļoti vāja)', 'Q06.zip', {
 'C1': ['Mazzalves pagastā dzīvo ap 560 cilvēku, un mēs esam viena kopiena ar kopīgu skolu, baznīcu un tautas namu, kur pagasta ļaudis satiekas jau paaudzēm.'],
 'C6.3': ['Mazzalves pagasta ļaudis 2023. gada aprīlī kopā ar pārvaldi piedalījās Lielajā talkā un sakopa kapsētu un parku pie baznīcas.'],
}, {
 'C2': 'Tikai projekta tehniskais mērķis (5 piekļuves punkti) un pašvaldības attīstības programma.',
 'C3.1': 'Nav.', 'C3.2': '„Kaimiņu Zalves pagastā jau darbojas kopienas centrs…, bet mums tāda nav.”',
 'C3.3': 'Wi-Fi punkti ir tikai plānoti projektā.',
 'C4.1': '„Iedzīvotāju biedrības pagastā nav” — iestāde iesniedz.',
 'C4.2': 'Nav vērtību/unikalitātes apraksta.',
 'C4.3': 'Pasākumus organizē pārvalde, iedzīvotāji ir skatītāji; Lielā talka ir tikai nacionāla kampaņa (C6.3).',
 'C4.4': 'Aptauja netika izmantota; lēma pārvaldes vadītājs.',
 'C5.1': 'Nav.', 'C5.2': '„varētu noderēt… jauniešiem” — nosacījuma izteiksme.',
 'C5.3': 'Pārvalde darbojas viena (konsultējas ar novada nodaļu) — citas puses nav iesaistītas.',
 'C5.4': 'Nav kanālu apraksta.', 'C6.1': 'Pagasta ēku uzskaitījums kā apraksts, nav resursu apzināšanas.',
 'C6.2': 'Nav C6.1 un kopienas mērķa.',
 'C6.4': 'Nav; „projekts” 2019. gadā ir būvprojekts (cita nozīme).',
})

sub('Q07', 'Biedrība „Ābeļziedi” (Ābeļciems, Daudzeses pag.) — ciema avīze „Ābeļciema Vēstis”', 'Q07.zip', {
 'C1': ['Ābeļciems ir mazs ciems Daudzeses pagastā, bet mēs, ābeļcieminieki, esam kā viena liela saime, kas pazīst katru sētu no šosejas līdz upei.'],
 'C2': ['Gribam, lai pēc gadiem desmit Ābeļciemā atkal skan bērnu balsis, lai vecais ābeļdārzs ir sakopts un lai katram, kam vajag palīdzību, ir kam piezvanīt.'],
 'C4.1': ['Mūsu biedrībā „Ābeļziedi” šogad iestājās deviņi jauni biedri, tagad esam 37, un valdē strādājam četratā.'],
 'C4.2': ['Ābeļciemā lepojamies ar veco muižas ābeļdārzu, kur aug vairāk nekā 30 senu šķirņu, un ar Ābolu balli, ko rīkojam katru septembri.'],
 'C4.3': ['Oktobrī divās talkās 28 cilvēki nozāģēja sausos zarus vecajā ābeļdārzā un iestādīja 40 jaunas ābelītes no pašu potētiem stādiem.',
          'Kad novembrī sniegs aizputināja ceļu uz Lejasmājām, kur dzīvo trīs veci cilvēki, kaimiņš Valdis ar traktoru iztīrīja ceļu, bet citi aiznesa maizi un zāles.'],
 'C5.1': ['Potēšanas meistare Aina Liepiņa jau trešo pavasari māca jauniešiem potēt ābeles, tāpat kā viņu savulaik mācīja muižas dārznieka mazdēls.'],
 'C5.2': ['Ābolu ballē dejoja visi — no trīsgadīgās Paulas līdz 91 gadu vecajam Jēkabam, un pirmo reizi atnāca arī jaunās ģimenes no jaunajām mājām pie šosejas.'],
 'C5.4': ['Ciema ziņas joprojām iznēsājam drukātā veidā katrā pastkastītē, jo ne visi lieto internetu, bet steidzamām lietām ir WhatsApp grupa „Ābeļciems”, kurā ir 84 cilvēki.'],
 'C6.3': ['Šovasar ar LEADER projekta atbalstu ābeļdārzā uzstādījām informācijas stendu un sešus soliņus.'],
}, {
 'C3.1': 'Veikala „Pie Ievas” e-veikals ir reklāma; kooperatīva ideja „atlikām”.',
 'C3.2': '„…bibliotēkā iekārtota kopstrādes telpa, bet mums tādas nav.” — cita vieta + noliegums.',
 'C3.3': '„Nākamgad plānojam… saules paneļus” — plāns.',
 'C4.4': '„Valde pati nolēma… sapulci nesasaucām” — valde viena.',
 'C5.3': 'Neviena iestāde/uzņēmums nav iesaistīts (galdnieks — privātpersona).',
 'C6.1': 'Resursi nav apzināti/uzskaitīti.', 'C6.2': 'Nav C6.1.',
 'C6.4': '„Meklējam sponsorus” — tikai meklē. „vērtības” automašīnās = nauda/mantas (cita nozīme); „Programma” = pasākuma programma.',
})

sub('Q08', 'Iniciatīvas grupa „Jaunieši un vecāki kopā” — saglabāta Facebook grupa + uzņēmēja atbalsta vēstule', 'Q08.zip', {
 'C3.1': ['Kopš maija katru otro sestdienu pie veikala notiek mūsu pašu rīkotais zemnieku tirdziņš, kur vietējie saimnieki pārdod savu ražu tieši pircējiem bez starpniekiem, un jaunieši vada tirdziņa kasi un reklāmu.'],
 'C4.1': ['Mūsu iniciatīvas grupā ir 14 jaunieši un 9 vecāki, un reizi mēnesī sanākam, lai sadalītu, kurš ko dara.'],
 'C4.3': ['Kad pavasarī autobuss pārstāja piestāt pie mūsu pieturas, vecāki sastādīja braukšanas grafiku un paši pa kārtai veda bērnus uz skolu, kamēr maršrutu atjaunoja.'],
 'C5.2': ['Uz tirdziņu nāk gan vecmāmiņas ar savām ievārījuma burkām, gan pusaudži, kas pārdod pašu ceptas bulciņas, gan vecāki ar maziem bērniem.'],
 'C5.3': ['SIA „Kalnu kokmāja” mums bez maksas atļauj izmantot savu noliktavas nojumi un iedeva 20 galdus, bet tirdziņu rīkojam paši — jaunieši un vecāki.'],
 'C5.4': ['Par tirdziņu ziņojam šajā grupā un mūsu WhatsApp grupā, kurā ir 96 cilvēki, bet vecmāmiņām, kam nav telefona ar internetu, piezvanām.'],
 'C6.4': ['Rīgas jauniešu organizācijas „Zaļā Bāka” brīvprātīgie pavadīja pie mums nedēļu un palīdzēja uzbūvēt jaunas tirdziņa letes.',
          'Jau no šī gada maija mūsu uzņēmums grupai bez maksas ļauj izmantot noliktavas nojumi tirdziņa dienās.'],
}, {
 'C1': 'Nekur nav nosaukts ne ciems, ne pagasts; uzņēmuma adrese (Aizkraukle) ir sūtītāja rekvizīti.',
 'C2': 'Nav kopīga mērķa; „Būtu labi, ja… skeitparks” — vēlējums, ne vīzija.',
 'C3.2': 'Nav.', 'C3.3': 'Facebook/WhatsApp lietošana ir C5.4; Smiltenes 3D printeri — DELFI ziņa par citu vietu.',
 'C4.2': 'Nav vērtību/identitātes.', 'C4.4': 'Aptauja, pēc kuras „viss palika pa vecam”.',
 'C5.1': 'Nav.', 'C6.1': 'Resursi nav apzināti.', 'C6.2': 'Nav C6.1/C2.',
 'C6.3': '„netikām atbalstīti, tāpēc nevienā programmā vēl neesam piedalījušies” — noliegums.',
})

sub('Q09', 'Biedrība „Lejaskrasti” (Lejaskrasti, Bebru pag.) — kopsapulces protokols + formāls pašnovērtējums', 'Q09.tar.gz', {
 'C1': ['D. Upīte atgādināja, ka biedrība dibināta 2018. gadā, lai Lejaskrastu ciema ļaudis Bebru pagastā paši lemtu par savu ciemu, un pastāstīja, ka šobrīd biedrībā „Lejaskrasti” ir 29 biedri, bet valdē — trīs.'],
 'C2': ['Nolēma: apstiprināt Lejaskrastu ciema vīziju 2030 — „Lejaskrasti — mazs ciems, kur ir labi dzīvot visu gadu, ne tikai vasarā”, un kā galveno mērķi noteikt, lai ciema iedzīvotāju skaits nesamazinās.'],
 'C3.1': ['Biedrības sociālais uzņēmums SIA „Lejas darbnīca” strādā otro gadu — tajā trīs ciema vīri remontē velosipēdus un gatavo putnu būrus, ko pārdodam tūristiem un caur novada amatnieku veikalu.'],
 'C3.2': ['Kopš 2024. gada pavasara kopienas māju pārvalda iedzīvotāju padome, kurā ik ceturksni rotācijas kārtībā darbojas pa vienam pārstāvim no katras no piecām ciema ielām.'],
 'C4.1': ['D. Upīte atgādināja, ka biedrība dibināta 2018. gadā, lai Lejaskrastu ciema ļaudis Bebru pagastā paši lemtu par savu ciemu, un pastāstīja, ka šobrīd biedrībā „Lejaskrasti” ir 29 biedri, bet valdē — trīs.'],
 'C4.4': ['Jautājums par to, kuru no trim idejām iesniegt LEADER konkursā, tika nodots balsošanai, un ar 26 balsīm par tika izvēlēta atpūtas vieta pie dīķa.'],
 'C5.3': ['Bebru pamatskolas direktore I. Ceple informēja, ka skolas saimnieces kopā ar biedrības sievām rudenī jau gatavoja Miķeļdienas zupu skolas virtuvē, un skola arī turpmāk dos virtuvi ciema svētkiem.'],
 'C6.1': ['Darba grupa bija apzinājusi ciema resursus: kopienas māja ar zāli 80 vietām, biedrības darbnīca ar instrumentiem, 1,2 ha zemes pie dīķa, biedrības kontā 4100 eiro un deviņi cilvēki ar celtnieka prasmēm.'],
 'C6.2': ['Nolēma: zemi pie dīķa un biedrības darbnīcu izmantot ciema mērķim — radīt vietu, kur bērni un pieaugušie var pavadīt brīvo laiku tuvu mājām, un tur ar darbnīcas spēkiem uzbūvēt laipu un atpūtas vietu.'],
}, {
 'C3.3': '„Plānojam uzstādīt ūdens līmeņa sensorus” / „ierosināja nākotnē” — plāns.',
 'C4.2': '„Kopienai ir izpratne par savām vērtībām un unikalitāti.” — kritērija pārstāsts pašvērtējumā.',
 'C4.3': 'Laipas būve ir nākotnes nodoms; nav pašu atrisinātas problēmas.',
 'C5.1': 'Pašvērtējumā „Atbilst kritērijam.” — punkti bez fakta.',
 'C5.2': '„Jaunieši pagaidām sapulcēs netiek iesaistīti.” — noliegums.',
 'C5.4': '„Nav apkopoti.” — neatbilde.',
 'C6.3': '„LEADER un citos projektos līdz šim neesam piedalījušies.” — noliegums (LEADER konkurss minēts tikai kā nākotnes pieteikums).',
 'C6.4': '„Sponsorus vēl meklējam.” — tikai meklē.',
})

sub('Q10', 'Biedrība „Saulgriezi” — izdrukāta e-pasta sarakste ar VRG konsultanti un igauņu partneri (bez garumzīmēm)', 'Q10.zip', {
 'C2': ['Musu merkis ir vienkarss - lai vecie cilveki var palikt dzivot savas majas un nav jabrauc uz pansionatu pilseta, un lai jaunajiem butu iemesls atgriezties.'],
 'C3.3': ['Kops pagajusa rudens, kad ciemam pievilka optisko internetu, katru otrdienu bijusas skolas sporta zales blakustelpa macam pensionarus lietot viedtalruni, e-parakstu un video zvanus ar berniem arzemes; kursus jau beigusi 22 cilveki.'],
 'C4.1': ['Biedriba mums ir kops 2019. gada, biedru tagad 33, valde tris cilveki - es, Juris un Marite.'],
 'C4.3': ['Kad pagajusaja ziema nedelu nebrauca autoveikals, Juris ar savu traktoru izbrauca celu un jauniesi sanesa maizi un zales visiem vecajiem cilvekiem pa majam.'],
 'C5.2': ['Datorkursos jauniesi un pensionari sez pari - katram pensionaram ir savs skolotajs no 8. vai 9. klases.'],
 'C6.1': ['Esam saskaitijusi, kas mums pasiem ir: bijusas skolas sporta zale, ko biedriba nopirka 2021. gada, pieci portativie datori, 1200 eiro biedru naudas un divi cilveki, kas prot macit datorus.'],
 'C6.2': ['Bijusas skolas sporta zali, kas ir musu lielakais resurss, jau otro gadu izmantojam tiesi tam, lai vecie cilveki nepaliktu vieni - tur notiek gan datorkursi, gan vingrosana senioriem.'],
 'C6.3': ['Datorus 2023. gada nopirkam ar LEADER projekta atbalstu, un pagajusaja gada piedalijamies ari Digitalas nedelas kampanja.'],
 'C6.4': ['Tiina no Igaunijas ar savu biedribu pie mums jau divreiz atbrauca, un pagajusaja vasara vini atveda 10 lietotus datorus, ko uzdavinaja vinu pasvaldiba.'],
}, {
 'C1': 'Ciems nekur nav nosaukts (konsultante to pat norāda); pagasts tikai paraksta adreses rindā — uz to nepaļaujas.',
 'C3.1': '„Par e-veikalu… no ta atteicamies” — atmesta ideja.',
 'C3.2': 'Kihelkonnas laika banka un kopstrādes telpa — partnera ciems; „varbut jums ari to vajadzetu” — nosacījums.',
 'C4.2': 'Nav.',
 'C4.4': '„Valde nolema pieteikties pati, kopsapulci sasaukt nepaspejam.” — valde viena.',
 'C5.1': 'Nav.', 'C5.3': 'Iestādes/uzņēmumi nav iesaistīti (zāle pieder biedrībai).',
 'C5.4': 'Konsultantes instrukcija par „informacijas aprite” ir kritērija vārdi, ne pretendenta fakts.',
})

sub('Q11', 'Senioru klubiņš „Rudens lapas” — klubiņa hronika 2023–2024', 'Q11.zip', {
 'C3.3': ['Bibliotekāre Inese visu ziemu mūs mācīja lietot viedtālruni un internetbanku, un tagad jau 11 klubiņa dāmas pašas apmaksā rēķinus un zvana mazbērniem ar video.'],
 'C4.1': ['Klubiņā mūs tagad ir 26, vadītāja ir Valda, bet naudu skaita un pieraksta Mirdza, un katru pirmdienu sanākam tautas nama mazajā zālē.'],
 'C4.2': ['Mēs, „Rudens lapas”, lepojamies ar to, ka mūsu pusē vēl prot dziedāt garās dziesmas un cept rupjmaizi uz kļavu lapām, un to mēs turam godā.'],
 'C4.3': ['Kad martā Mirdzai nodega šķūnis, klubiņš sarunāja, kurš ko dod: vīri atveda dēļus, mēs savācām 340 eiro, un līdz Lieldienām jauns šķūnis stāvēja.'],
 'C4.4': ['Janvāra sapulcē visi kopā nobalsojām, ka šogad brauksim ekskursijā uz Latgali, nevis uz jūru — par Latgali bija 17 rokas.'],
 'C5.1': ['Rudenī divas reizes gājām uz skolu un rādījām 5. klases bērniem, kā cep rupjmaizi uz kļavu lapām, un katrs bērns aizgāja mājās ar savu kukulīti.'],
 'C5.2': ['Uz Ziemassvētku eglīti pirmo reizi atnāca arī krievu tautības kundzes no daudzdzīvokļu mājām, un tagad divas no viņām nāk katru pirmdienu.'],
 'C5.3': ['Pagasta bibliotēka kopā ar mums rīkoja dzejas lasījumus skolēniem, un skola iedeva savu autobusu braucienam uz Latgali.'],
 'C6.3': ['Piedalījāmies novada senioru sporta spēlēs Aizkrauklē, un mūsu komanda ieguva trešo vietu šautriņu mešanā.'],
 'C6.4': ['Augustā pie mums divas nedēļas dzīvoja trīs brīvprātīgie jaunieši no Vācijas, kas palīdzēja nokrāsot tautas nama logus un iemācījās no mums dziedāt garās dziesmas.',
          'Rīgas dziju veikala īpašniece, kuras māte nāk no mūsu puses, atsūtīja klubiņam divas kastes dzijas, un visu ziemu adām zeķes skolas bērniem.'],
}, {
 'C1': 'Ne ciems, ne pagasts nav nosaukts („mūsu puse”, „tautas nams”); Aizkraukle, Rīga, Latgale ir citas vietas.',
 'C2': 'Nav kopīga nākotnes mērķa; „Nākamgad gribam atkal uz Latgali” ir ekskursijas vēlme, ne vīzija.',
 'C3.1': 'Nav.', 'C3.2': '„Rīgā senioriem ir sava laika banka…, bet mums tādas nav.” — cita vieta + noliegums.',
 'C5.4': '„Savas lapas internetā mums nav.”; avīzē lasītais ir citāts par novadu.',
 'C6.1': 'Resursi nav apzināti.', 'C6.2': 'Nav C6.1/C2. („vērtības turēt pie sevis” = mantas).',
})

sub('Q12', 'Kalnarāju ciema mājaslapa (Sunākstes pag.) + novada pašvaldības vēstule', 'Q12.zip', {
 'C1': ['Kalnarāji ir neliels ciems Sunākstes pagastā, kur dzīvo ap 140 cilvēku, un mēs, kalnarājieši, šeit saimniekojam jau paaudzēs.'],
 'C2': ['Mēs gribam, lai Kalnarāji 2030. gadā būtu pazīstami kā Sēlijas dziesmu ciems, uz kuru brauc ciemos un kurā jaunieši redz savu nākotni.'],
 'C3.1': ['2023. gadā izveidojām ciema zīmolu „Kalnarāju dziesma” un 18 km garu velo un kājnieku maršrutu „Dziesmu ceļš”, kas ved gar septiņām ciema sētām, kur var nogaršot un nopirkt vietējo.'],
 'C4.2': ['Kalnarāju lepnums ir Sēlijas dziesmas: mūsu teicējas Annas Zemītes 1930. gados pierakstītās 300 dziesmas glabājas Latviešu folkloras krātuvē, un mēs tās dziedam joprojām.'],
 'C5.1': ['Katru ceturtdienu vecajā klētī teicējas mazmeita Laura māca ciema bērniem un viesiem Annas Zemītes dziesmas, un vasarā notiek sēļu jostu aušanas meistarklases.'],
 'C5.4': ['Ziņas par ciema dzīvi ievietojam šeit mājaslapā un Facebook, bet ciema iekšienē viss iet caur ziņojumu dēli pie klēts un SMS sarakstu; pēc mājaslapas statistikas 2024. gadā „Dziesmu ceļa” lapu atvēra 3400 reižu.'],
 'C6.1': ['Mūsu resursi ir vecā klēts ar 60 sēdvietām, 18 km garais „Dziesmu ceļš”, 300 dziesmu krājums, septiņas sētas ar mājražojumiem un ciema kase ar 900 eiro no svētku ieņēmumiem.'],
 'C6.2': ['Veco klēti izmantojam tieši mūsu mērķim — tajā notiek dziesmu vakari un meistarklases, lai viesi brauktu uz Kalnarājiem un jaunieši mācītos dziedāt.'],
 'C6.3': ['„Dziesmu ceļa” norādes un informācijas stendi 2023. gadā tapa ar LEADER projekta atbalstu, bet dziesmu vakarus 2024. gadā atbalstīja Aizkraukles novada kultūras projektu konkurss.'],
}, {
 'C3.2': 'Nav.', 'C3.3': 'Ministrijas pārstāvja citāts par digitāliem risinājumiem — citāts, vispārinājums.',
 'C4.1': '„Biedrības mums nav, un arī iniciatīvas grupa pēc 2019. gada izjuka” — noliegums; lapu uztur viesu nams.',
 'C4.3': 'Nav pašu atrisinātu problēmu.',
 'C4.4': 'Viesu aptauja, pēc kuras „neko mainīt neizdevās”.',
 'C5.2': 'Nav grupu integrācijas.',
 'C5.3': 'Pašvaldība tikai uztur ceļus un sola nākotnē („ir gatava… kad tiks pārizdota”, „varētu izskatīt”) — nosacījums/plāns.',
 'C6.4': '„Sadarbības partnerus ārzemēs vēl meklējam.”; folkloras krātuve glabā 1930. gadu pierakstus — vēsturisks fakts, ne piesaiste. Viesu nama reklāma.',
})

sub('Q13', 'Biedrība „Priežumuižas kopiena” (Seces pag.) — trīspusējs sadarbības līgums + Lietuvas partnera vēstule', 'Q13.zip', {
 'C1': ['1.1. Biedrība apvieno Priežumuižas ciema iedzīvotājus Seces pagastā — šobrīd 47 biedrus no 61 ciema mājsaimniecības, un tās valdē ir četri cilvēki.'],
 'C2': ['1.3. Pušu kopīgais mērķis ir, lai Priežumuiža būtu ciems, kur jaunām ģimenēm gribas palikt un kur skola nākamajos desmit gados netiek slēgta.'],
 'C3.2': ['2.1. Kopš 2023. gada septembra skolas vecajā internāta ēkā darbojas „Paaudžu māja”, ko kopīgi pārvalda padome, kurā ir divi Biedrības, divi Skolas un viens Uzņēmuma pārstāvis.'],
 'C4.1': ['1.1. Biedrība apvieno Priežumuižas ciema iedzīvotājus Seces pagastā — šobrīd 47 biedrus no 61 ciema mājsaimniecības, un tās valdē ir četri cilvēki.'],
 'C4.4': ['1.2. Līgumu apstiprināja Biedrības kopsapulce 2024. gada 23. martā, kurā par to nobalsoja 31 no 34 klātesošajiem biedriem.'],
 'C5.1': ['2.3. Paaudžu mājā vecākie ciema ļaudis jau otro gadu māca skolēniem galdniecību un aušanu, un skolēni pieraksta viņu atmiņas novadpētniecības darbos.'],
 'C5.2': ['2.4. Paaudžu mājas pēcpusdienās kopā darbojas skolēni, seniori un ciema jaunās māmiņas ar mazuļiem, un divi dalībnieki pārvietojas ratiņkrēslā, tāpēc ieeja jau ir pārbūvēta bez sliekšņiem.'],
 'C5.3': ['3.1. Skola dod telpas un apkuri, Uzņēmums dod kokmateriālus un savu galdnieku darbnīcu nodarbībām, bet Biedrības brīvprātīgie vada nodarbības un uztur kārtību.'],
 'C6.1': ['47 biedri, no tiem 9 brīvprātīgie nodarbību vadītāji; četras aušanas stelles; biedrības kase ap 2100 eiro'],
 'C6.4': ['4.1. Kopš 2023. gada Biedrība sadarbojas ar Lietuvas kopienu „Salų kraštas”, kas pie mums atsūtīja divas audēju meistares un 2024. gada vasarā uzņēma 12 mūsu jauniešus.'],
}, {
 'C3.1': 'Nav.',
 'C3.3': 'Viedie apgaismojuma sensori ir partnera ciemā Salos (cita vieta).',
 'C4.2': 'Nav vērtību/identitātes apraksta; lietuviešu teiciens ir partnera citāts.',
 'C4.3': 'Nav pašu atrisinātas problēmas.',
 'C5.4': '4.2. „Puses informēs… mājaslapā un Facebook lapā” — nākotnes apņemšanās.',
 'C6.2': 'Resursi tikai uzskaitīti tabulā, nav sasaistīti ar kopīgo mērķi.',
 'C6.3': '4.3. „Puses kopīgi sagatavos projekta pieteikumu LEADER…” — plāns; LEADER galvenē/kājenē ir šablons.',
})

sub('Q14', 'Biedrība „Ūdrupes attīstībai” (Ūdrupe, Staburaga pag.) — intervija novada avīzē + kopsapulces protokols', 'Q14.tar.gz', {
 'C1': ['– Ūdrupē dzīvo kādi 190 cilvēki, un mēs, ūdrupieši, esam Staburaga pagasta mazākais, bet, manuprāt, visspītīgākais ciems.'],
 'C2': ['– Mēs gribam, lai pēc desmit gadiem Ūdrupē būtu tikpat daudz bērnu kā tagad pensionāru un lai uz pilsētu brauc tikai tad, kad pašam gribas.'],
 'C3.1': ['Kopš pērnā gada septiņi mūsu mājražotāji tirgojas kopīgā e-veikalā „Ūdrupes pūralāde”, un pasūtījumus uz Rīgu reizi nedēļā aizved viens no mums.'],
 'C3.3': ['– Uz kopienas mājas jumta pērnruden uzlikām saules paneļus, un Māris, mūsu IT puisis, ziemā novadīja piecas nodarbības, kurās iemācīja vecākajiem ļaudīm lietot e-veikalu un video zvanus.'],
 'C4.1': ['– Biedrībā esam 38, valdē pieci, un katram ir savs lauciņš — viens atbild par kopienas māju, cits par e-veikalu.'],
 'C4.2': ['Mēs lepojamies ar to, ka Ūdrupē jau simts gadus katru vasaru notiek plostnieku svētki, jo mūsu vectēvi pludināja baļķus pa Daugavu.'],
 'C4.3': ['– Kad pavasarī applūda pagrabs kopienas mājā, nākamajā rītā sanāca divdesmit cilvēki ar sūkņiem un spaiņiem, un līdz vakaram viss bija izsūknēts un izžāvēts.'],
 'C4.4': ['Par visu, kas skar visu ciemu, mēs lemjam kopsapulcē ar balsošanu — arī par to, vai likt saules paneļus, balsojām, un par bija 29 no 32.',
          'Nolēma ar balsojumu (par – 27, pret – 3, atturas – 2) LEADER projektā pieteikt kopienas mājas virtuves iekārtošanu, ko iedzīvotāji bija ierosinājuši visvairāk.'],
 'C5.4': ['– Visas ziņas mums iet pa WhatsApp grupu, kurā ir gandrīz katra ūdrupiešu māja, un pēc tam tās pašas ziņas Māris ieliek mūsu Facebook lapā, kurai ir 600 sekotāju.'],
}, {
 'C3.2': '„Kopstrādes telpu sākumā gribējām, bet no tās atteicāmies” — atmesta ideja.',
 'C5.1': 'Plostnieku tradīcija ir identitāte (C4.2), bet nav zināšanu nodošanas.',
 'C5.2': '„Jaunieši mūsu pasākumos diemžēl gandrīz nepiedalās.” — noliegums; senioru apmācība ir C3.3.',
 'C5.3': '„Ceļu… asfaltēja pašvaldība” — iestāde viena, bez iedzīvotāju līdzdalības.',
 'C6.1': 'Resursi nav apzināti (kopienas māja tikai pieminēta).', 'C6.2': 'Nav C6.1.',
 'C6.3': '„LEADER projektos līdz šim neesam piedalījušies — šis būs pirmais” — noliegums.',
 'C6.4': 'Lauku foruma pārstāves citāts par partneriem ārvalstīs; „sponsorus vēl tikai meklējam”; Rīgas viedās pieturas — cita vieta. Sludinājumi.',
})

sub('Q15', 'Kopienas lapa „Mūsu ciema ziņas” (bez biedrības) — saglabāta Facebook lapa', 'Q15.zip', {
 'C3.2': ['Jau pusgadu darbojas mūsu kaimiņu laika banka: stundu palīdzi tu, stundu palīdz tev, un stundas pierakstām kopīgā tabulā, kuru glabā Lidija.'],
 'C4.3': ['Sestdien paši salabojām tiltiņu pār grāvi pie pieturas — vīri atnesa dēļus, sievas vārīja zupu, un līdz pusdienām pa tiltiņu jau varēja iet.'],
 'C5.2': ['Pie zupas katla stāvēja gan mūsu vecākā kaimiņiene Olga, gan ukraiņu puiši no jaunās mājas, gan bērni no visiem pagalmiem.'],
 'C5.4': ['Visas ziņas vispirms lieku šeit, bet tiem, kam Facebook nav, Lidija tās pašas izkar uz dēļa pie veikala, un laika bankas lūgumi iet pa mūsu WhatsApp grupu.'],
 'C6.3': ['Aprīlī ar visu ielu piedalījāmies Lielajā talkā un savācām 40 maisus atkritumu gar šoseju.'],
 'C6.4': ['Paldies brīvprātīgajiem no Rīgas, kas atbrauca palīgā uz talku, un veikalam „Elvi” Aizkrauklē, kas mums uzdāvināja cimdus un maisus!'],
}, {
 'C1': 'Ciems nekur nav nosaukts; Kokneses pagasts, Rīga, Aizkraukle, Zviedrija ir citas vietas.',
 'C2': 'Nav kopīga mērķa.', 'C3.1': 'Būvmateriālu reklāma.',
 'C3.3': '„Būtu labi, ja arī mums būtu sava mobilā lietotne, kā Kokneses pagastā.” — nosacījums + cita vieta; Zviedrijas elektrība — ziņu citāts.',
 'C4.1': '„biedrības mums nav, šo lapu uzturu es pati” — nav organizētas struktūras.',
 'C4.2': 'Nav.', 'C4.4': '„lēmumus pieņemam, kā nu sanāk” — nav lemšanas kārtības.',
 'C5.1': 'Nav.', 'C5.3': 'Veikala dāvinājums ir ārējs resurss (C6.4), nav iestāžu līdzdalības darbībā.',
 'C6.1': 'Nav.', 'C6.2': 'Nav. („Programma nākamajai sestdienai” = pasākuma programma.)',
})

sub('Q16', 'Rožlejas (Aiviekstes pag.), tautas nama vadītāja iedzīvotāju vārdā — LEADER veidlapa ar atstātiem padomiem', 'Q16.zip', {
 'C1': ['Rožlejās, Aiviekstes pagastā, dzīvo 210 cilvēku, un šis pieteikums ir visa mūsu ciema kopīgs darbs.'],
 'C2': ['Mūsu mērķis ir, lai Rožlejas nepārvēršas par vasarnīcu ciemu, kurā ziemā deg gaisma tikai trīs logos, bet lai te gribētu dzīvot visu gadu.'],
 'C3.3': ['Kopš 2024. gada rudens tautas namā ir optiskais internets, un bibliotekāre katru ceturtdienu māca ciema ļaudīm lietot Latvija.gov.lv, e-parakstu un internetbanku — kursus jau apmeklējuši 19 cilvēki.'],
 'C5.1': ['Vecais zvejnieks Alberts Kurmis kopā ar mazdēlu jau trešo vasaru rāda ciema bērniem, kā sien tīklus un kā agrāk zvejoja ar murdiem.'],
 'C5.3': ['Rožleju tautas nams, Aiviekstes pamatskola un zemnieku saimniecība „Kurmji” kopā ar ciema ļaudīm katru augustu rīko Zvejnieku svētkus, kuros skola dod galdus, saimniecība — laivas, un piedalās ap 300 cilvēku.'],
 'C6.1': ['Mūsu rīcībā ir tautas nama zāle ar 120 vietām, 2 km publiski pieejama Aiviekstes krasta, piecas laivas un vecā zvejnieku māja, kas ir vienīgā šāda ēka pagastā.'],
 'C6.3': ['Zvejnieku svētki 2023. gadā saņēma atbalstu Aizkraukles novada kultūras projektu konkursā.'],
}, {
 'C3.1': '„Nākotnē ir iecerēts izveidot e-veikalu… šo rīcību vēl neesam sākuši” + rīcības plāna rinda.',
 'C3.2': 'Kopstrādes telpa — tikai iecere.',
 'C4.1': '„Biedrību vēl neesam nodibinājuši”; 4.1. ailē atstāts padoms „Piemēram, biedrība, iniciatīvas grupa…”.',
 'C4.2': '„[norādiet, ar ko jūsu ciems ir īpašs]” — neaizpildīts.',
 'C4.3': '„Plānojam sākt rīkot talkas” — plāns; talka arī rīcības plānā.',
 'C4.4': '„Vēl tiek izstrādāti.” — neatbilde.',
 'C5.2': '„…pagaidām netiek iesaistīti.” — noliegums.',
 'C5.4': '„Plānojam izveidot ciema Facebook lapu un WhatsApp grupu” — plāns.',
 'C6.2': 'Resursu tabulā nav izmantošanas mērķa; resursi nav sasaistīti ar mērķi.',
 'C6.4': '„Partnerus Igaunijā meklēsim” — nākotne; „tīklus” = zvejas tīkli (cita nozīme).',
})

for q, e in L.items():
    for i in IDS:
        if e['indicators'][i] == 'absent' and i not in e['notes']:
            e['notes'][i] = 'Nav pierādījuma iesniegumā.'
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'labels.json')
json.dump(L, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('wrote', out)
