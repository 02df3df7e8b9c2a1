# -*- coding: utf-8 -*-
"""Gold labels for blind set H. Evidence is written with diacritics; for submissions typed
without diacritics (STRIP in build.py) it is transliterated when labels.json is written."""

INDICATORS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
              "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

L = {}

# ------------------------------------------------------------------ H01 strong
L["H01"] = dict(name="Biedrība „Ķesterciema krasts“ (Ķesterciems, Engures pagasts)", present={
    "C1": ["Ķesterciems ir neliels zvejniekciems Rīgas jūras līča rietumu krastā starp Engures ciemu un Bērzciemu.",
           "Biedrība „Ķesterciema krasts“ apvieno ciema pastāvīgos iedzīvotājus, vasarniekus un zvejnieku dzimtu pēctečus, kuri jūtas piederīgi šai jūrmalas vietai."],
    "C2": ["Mūsu vīzija: 2030. gadā Ķesterciems ir dzīvs zvejniekciems visu gadu, nevis tikai vasarā – šeit dzīvo jaunas ģimenes, cilvēki var strādāt attālināti, bērni prot jūras amatus un vecie ļaudis garajās ziemās nav vientuļi."],
    "C3.1": ["2023. gadā biedrība kopā ar trim zvejnieku saimniecībām izveidoja kopīgu zīmolu „Ķesterciema zivs“ un tiešās tirdzniecības vietu pie laivu izvilktuves, kur piektdienās svaigas un kūpinātas zivis tiek pārdotas bez starpniekiem.",
             "Pasūtījumus pieņemam arī vienkāršā e-veikalā, un 2024. gadā tā pircēju vidū bija ap 400 ģimeņu no Tukuma, Jūrmalas un Rīgas."],
    "C3.2": ["Kopš 2022. gada rudens ciemā darbojas laika banka: iedzīvotāji apmainās ar stundām – viens palīdz sagādāt malku, cits aizved kaimiņu pie ārsta, trešais māca bērnus peldēt."],
    "C3.3": ["2024. gadā uz biedrības noliktavas jumta uzstādījām 10 kW saules paneļus, kas nodrošina elektrību laivu vinčai un ledus ģeneratoram.",
             "Pagājušajā ziemā Engures bibliotēkā rīkojām digitālo prasmju nodarbības senioriem, kurās 18 ciema iedzīvotāji iemācījās lietot e-veselību, internetbanku un videozvanus ar bērniem ārzemēs."],
    "C4.1": ["Biedrībā šobrīd ir 46 biedri, un to vada piecu cilvēku valde, kuru ik pēc diviem gadiem ievēl kopsapulce."],
    "C4.2": ["Mēs lepojamies ar to, ka Ķesterciemā joprojām strādā trīs piekrastes zvejnieku saimniecības un ka katra jūlija otrajā sestdienā viss ciems kopā svin Zvejnieku svētkus ar laivu braucienu jūrā un aizgājušo zvejnieku piemiņas brīdi.",
             "Mūsu vērtības ir darbs ar jūru, kaimiņu izpalīdzība un cieņa pret vecākās paaudzes zināšanām."],
    "C4.3": ["Kad 2023. gada janvāra vētra izpostīja gājēju laipu pār kāpu, iedzīvotāji to divās talkās atjaunoja no pašu sagādātiem kokmateriāliem, nesagaidot pašvaldības remontu."],
    "C4.4": ["Šī projekta ideju izvēlējāmies 2025. gada 8. marta kopsapulcē, kur no trim iesniegtajām idejām par tīklu būdas pārbūvi nobalsoja 31 no 34 klātesošajiem.",
             "Jau 2024. gada rudenī veicām aptauju, uz kuru atbildēja 97 iedzīvotāji, un pēc tās rezultātiem kopienas mājas plānā iekļāvām kopstrādes galdus un dušas telpu zvejniekiem.",
             "Balsojums par ideju A: „par“ – 31, „pret“ – 1, „atturas“ – 2."],
    "C5.1": ["Vecie zvejnieki ziemas mēnešos vada meistarklases tīklu lāpīšanā un zivju kūpināšanā, un pēdējos divos gados tās apmeklējuši 27 jaunieši un bērni.",
             "Biedrības biedre, novadpētniece Aina Strautiņa, ir savākusi vairāk nekā 200 fotogrāfiju un atmiņu stāstu par ciema zvejnieku dzimtām, un tie ik vasaru tiek izstādīti izstādē „Ķesterciema ļaudis“."],
    "C5.2": ["Mūsu pasākumos kopā piedalās seniori, jaunās ģimenes un vasarnieki, un kopš 2022. gada arī četras ukraiņu ģimenes, kas apmetušās ciemā; viņu bērni kopā ar vietējiem apmeklē peldēšanas nodarbības."],
    "C5.3": ["Regulāri sadarbojamies ar Engures pagasta pārvaldi, kas nodeva mums tīklu būdu bezatlīdzības lietošanā, ar Engures vidusskolu, kuras skolēni palīdz zivju tirgus dienās, un ar Engures ezera dabas parka biedrību."],
    "C5.4": ["Informācija ciemā aprit trijos kanālos: WhatsApp grupā „Ķesterciems“ ir 212 dalībnieku, biedrības Facebook lapai ir ap 1300 sekotāju, bet senioriem, kuri internetu nelieto, paziņojumus izliekam uz ziņojumu dēļa pie veikala.",
             "Pēc pērnā gada pieredzes redzam, ka WhatsApp grupa dažu stundu laikā sasniedz gandrīz visas ciema mājsaimniecības, bet Facebook lapa labāk uzrunā viesus no citurienes."],
    "C6.1": ["traktors laivu izvilkšanai, 10 kW saules paneļi, divas laivas, pārvietojama skatuve, kūpinātava",
             "tīklu būdas ēka (312 m²) un zeme pie laivu izvilktuves, publiska izeja uz pludmali, kāpu mežs",
             "zvejnieku amata prasmes, zivju kūpināšana, novadpētniecības krājums, biedre – būvinženiere",
             "dzīvā piekrastes zvejas tradīcija, tīklu būda – pēdējā šāda veida ēka Engures pagasta piekrastē"],
    "C6.2": ["Tīklu būda ir mūsu svarīgākais resurss pirmā mērķa sasniegšanai: tieši šajā ēkā izveidosim kopienas māju, kurā visu gadu varēs satikties, strādāt attālināti un rīkot meistarklases."],
    "C6.3": ["2021. gadā ar LEADER programmas atbalstu biedrība iegādājās pārvietojamo skatuvi un skaņas aparatūru Zvejnieku svētkiem, bet 2023. gadā ar Valsts kultūrkapitāla fonda atbalstu izdevām atmiņu stāstu krājumu „Ķesterciema ļaudis“."],
    "C6.4": ["Tīklu būdas jumta remontam 2024. gadā saziedoja 3800 eiro, turklāt lielāko daļu – bijušie ciema iedzīvotāji, kuri tagad dzīvo Rīgā un Īrijā.",
             "Kopš 2023. gada sadarbojamies ar zvejnieku kopienu Kihnu salā Igaunijā: viņu meistari pie mums mācīja tradicionālo laivu darvošanu, bet mūsu jaunieši pagājušajā vasarā viesojās Kihnu."],
}, absent={})

# ------------------------------------------------------------------ H02 strong
L["H02"] = dict(name="Biedrība „Pūres dārzu kopiena“ (Pūre, Pūres pagasts)", present={
    "C1": ["Pūre ir ciems Tukuma novada Pūres pagastā, kurā dzīvo ap 760 cilvēku.",
           "Mūsu biedrība ir Pūres ciema iedzīvotāju apvienība, un tajā darbojas gan ciema centra daudzdzīvokļu māju, gan apkārtējo viensētu ļaudis."],
    "C2": ["Mūsu kopīgais mērķis ir, lai līdz 2030. gadam Pūre būtu ciems, kurā neviens ābols nepaliek nesavākts zem koka, vietējie labumi nonāk līdz pircējam un jaunas ģimenes izvēlas šeit palikt."],
    "C3.1": ["2024. gadā biedrības biedri nodibināja kooperatīvo sabiedrību „Pūres ābele“, kas iepērk ābolus no 34 mājsaimniecībām un pārdod sulu ar kopīgu zīmolu Tukuma un Kandavas veikalos."],
    "C3.2": ["Kopš 2023. gada pie biedrības darbojas instrumentu bibliotēka, kur iedzīvotāji bez maksas aizņemas dārza tehniku, kāpnes un potēšanas rīkus; to pārvalda pašu iedzīvotāju ievēlēta trīs cilvēku padome."],
    "C3.3": ["2024. gadā ieviesām digitālu dārzu karti – tiešsaistes karti, kurā iedzīvotāji atzīmē kokus ar ražas pārpalikumu un piesaka ražas novākšanu.",
             "Bibliotēkā notikušas četras apmācības, kurās kartes lietošanu apguva 41 iedzīvotājs, lielākoties seniori."],
    "C4.1": ["Biedrībā ir 58 biedri, valde un trīs darba grupas (dārzi, pasākumi, saimniecība)."],
    "C4.2": ["Pūre ir pazīstama ar dārzkopības izmēģinājumu staciju un ābeļdārziem, un mēs paši sevi saucam par dārznieku ciemu.",
             "Mūsu lielākā vērtība ir zināšanas par augļkopību, kas Pūrē krātas vairāk nekā 60 gadus."],
    "C4.3": ["Kad 2023. gada rudenī tika atcelts vakara autobusa reiss uz Tukumu, iedzīvotāji paši sastādīja kopbraukšanas grafiku WhatsApp grupā, un tas joprojām palīdz 20–25 strādājošajiem nokļūt mājās."],
    "C4.4": ["Par sulu spiestuves ideju lēmām iedzīvotāju sapulcē 2025. gada 15. februārī, kur par to nobalsoja 44 no 49 klātesošajiem.",
             "Iekārtu jaudu izvēlējāmies pēc aptaujas, kurā 112 mājsaimniecības norādīja, cik ābolu tās gadā varētu pārstrādāt."],
    "C5.1": ["Pensionētie izmēģinājumu stacijas selekcionāri katru pavasari vada potēšanas meistarklases, un ciema sētās jau iestādītas 300 veco Latvijas šķirņu ābeles, kas citādi būtu zudušas."],
    "C5.2": ["Ābolu talkās kopā strādā seniori, skolēni un Tukuma dienas centra jaunieši ar invaliditāti, kuriem biedrība katru rudeni nodrošina transportu."],
    "C5.3": ["Sadarbojamies ar Pūres pamatskolu, kuras skolēni kopj skolas dārzu kopā ar biedrības dārzniekiem, ar Pūres pagasta pārvaldi, kas piešķīra telpas, un ar trim vietējiem uzņēmējiem, kas ziedo iepakojumu."],
    "C5.4": ["Iekšējā informācija aprit WhatsApp grupā (180 dalībnieku) un e-pasta sarakstā, ārējai komunikācijai izmantojam Facebook lapu „Pūres dārzu kopiena“ un rakstus novada laikrakstā „Neatkarīgās Tukuma Ziņas“.",
             "Pēc lapas statistikas Ābolu dienas ierakstus 2024. gadā redzēja vairāk nekā 9000 cilvēku."],
    "C6.1": ["mobilais ābolu smalcinātājs, divas presēšanas iekārtas, instrumentu bibliotēkas inventārs",
             "katlumājas palīgēka (86 m²), kopienas dārzs 0,6 ha platībā, ciema ābeļdārzi",
             "selekcionāru un dārznieku zināšanas, biedrs ar pārtikas tehnologa izglītību",
             "vecās ābeļu šķirnes, kuras citur Latvijā vairs neaudzē"],
    "C6.2": ["Ciema ābeļdārzi un vecās šķirnes ir resurss, uz kura balstās mūsu mērķis, lai neviens ābols nepaliktu nesavākts: spiestuvē pārstrādātā sula tiks pārdota ar zīmolu „Pūres ābele“, un ienākumi paliks ciemā."],
    "C6.3": ["2022. gadā ar LEADER atbalstu iegādājāmies mobilo ābolu smalcinātāju, bet 2024. gadā biedrības pārstāves piedalījās „Latvijas Lauku foruma“ rīkotajā Lauku kopienu parlamentā."],
    "C6.4": ["Latvijas Biozinātņu un tehnoloģiju universitātes studenti 2024. gadā brīvprātīgi uzmērīja un aprakstīja ciema vecos dārzus, bet kopš 2023. gada sadarbojamies ar Polli dārzkopju biedrību Igaunijā, ar kuru apmaināmies ar potzariem un pieredzi."],
}, absent={})

# ------------------------------------------------------------------ H03 strong (minutes)
L["H03"] = dict(name="Biedrība „Zantes ciema kopiena“ (Zante, Zantes pagasts)", present={
    "C1": ["G. Eglītis atgādina, ka biedrība apvieno Zantes ciema un apkārtējo viensētu iedzīvotājus un ka pērn biedru skaits pieaudzis no 49 līdz 57."],
    "C2": ["Stratēģijā ierakstīta vīzija: „Zante 2030 – ciems, kurā bērni grib atgriezties, seniori jūtas vajadzīgi un katrs var atrast darbu vai pakalpojumu tepat uz vietas.“",
           "Kopīgie mērķi ir saglabāt skolu un veikalu, radīt vismaz piecas jaunas darba vietas un panākt, ka neviens vecs cilvēks ziemā nepaliek bez palīdzības."],
    "C3.1": ["Biedrības dibinātais sociālais uzņēmums „Zantes maize“ kopš 2023. gada cep rupjmaizi ciema veikalam un Kandavas tirgum un nodarbina divus cilvēkus ar invaliditāti."],
    "C3.2": ["To pārvalda pašu iedzīvotāju veidota centra padome, kurā ir pa vienam pārstāvim no senioriem, jaunajām ģimenēm, jauniešiem un uzņēmējiem, un tā ik mēnesi sastāda centra dienas kārtību."],
    "C3.3": ["Kopienas centrā ierīkots optiskā interneta pieslēgums un e-pakalpojumu punkts, kur brīvprātīgie palīdz iedzīvotājiem iesniegt deklarācijas un pieteikties pakalpojumiem portālā Latvija.gov.lv.",
             "Ziemā notika astoņas digitālo prasmju nodarbības, kuras apmeklēja 23 seniori."],
    "C4.1": ["Biedrību vada trīs cilvēku valde, bet pasākumus, kopienas centru un sociālo uzņēmumu koordinē katram sava darba grupa."],
    "C4.2": ["G. Eglītis uzsver, ka Zantes lielākā bagātība ir cilvēki, kas prot kopā strādāt, un tradīcija, kas ciemā turpinās jau vairāk nekā trīsdesmit gadus – Jāņu ielīgošana uz pilskalna ar pašu sacerētām dziesmām."],
    "C4.3": ["Februārī, kad sala dēļ pārplīsa ciema ūdensvads un ūdens nebija piecas dienas, iedzīvotāji paši sarunāja ūdens vešanu ar divām piekabēm un katru dienu to piegādāja 30 vecākajiem cilvēkiem."],
    "C4.4": ["L. Sproģe iepazīstina ar stratēģijas projektu, kas sagatavots pēc 2024. gada novembra aptaujas (atbildēja 126 iedzīvotāji) un divām domnīcām.",
             "Balsojums par stratēģiju: par – 39, pret – 0, atturas – 2."],
    "C5.1": ["Notikušas sešas cimdu adīšanas un jostu aušanas meistarklases, kurās Zantes rokdarbnieces mācīja jaunietēm vietējos rakstus."],
    "C5.2": ["To pārvalda pašu iedzīvotāju veidota centra padome, kurā ir pa vienam pārstāvim no senioriem, jaunajām ģimenēm, jauniešiem un uzņēmējiem, un tā ik mēnesi sastāda centra dienas kārtību.",
             "Biedrības dibinātais sociālais uzņēmums „Zantes maize“ kopš 2023. gada cep rupjmaizi ciema veikalam un Kandavas tirgum un nodarbina divus cilvēkus ar invaliditāti."],
    "C5.3": ["Kopienas centrā katru otrdienu strādā Zantes bibliotēkas izbraukuma punkts un apmeklētājus pieņem pagasta sociālā darbiniece, bet Zantes pamatskolas skolēni tur kopā ar biedrības brīvprātīgajiem veido skolas avīzi."],
    "C5.4": ["Informācijas aprite: ciema iekšējās ziņas turpinām izplatīt WhatsApp grupā „Zante kopā“, bet ikmēneša izdevumu „Zantes Vēstis“ – gan elektroniski, gan drukātu veikalā.",
             "Sapulce atzīst, ka drukātais izdevums joprojām ir vienīgais kanāls, kas sasniedz gandrīz visus ciema seniorus."],
    "C6.1": ["tehniskie – maizes krāsns, kopienas centra aprīkojums, traktors ar sniega lāpstu;",
             "teritoriālie – kopienas centra ēka (pašvaldības nomā uz 15 gadiem), pilskalns un estrāde;",
             "zināšanas un kompetences – rokdarbnieces, maizes cepēji, biedrs ar grāmatveža izglītību;",
             "unikālie – Zantes rakstainie cimdi un pilskalna Jāņu tradīcija."],
    "C6.2": ["Kopienas centra ēka ir mūsu galvenais teritoriālais resurss, un tās otrā stāva izbūve tieši kalpo stratēģijas mērķim radīt jaunas darba vietas uz vietas."],
    "C6.3": ["Biedrībai jau ir pieredze – 2022. gadā ar LEADER atbalstu atjaunots kopienas centra pirmais stāvs, bet 2024. gadā ar Sabiedrības integrācijas fonda NVO fonda atbalstu iegādāta maizes krāsns."],
    "C6.4": ["Kandavas uzņēmējs R. Šmits pērn ziedoja 2000 eiro kopienas centra jumtam un solījis atbalstu arī šogad.",
             "I. Bērziņa informē, ka sadraudzības ciems Lietuvā, Pakruojas rajona Linkuva, maijā atsūtīs pieredzes apmaiņā 12 cilvēkus, un lūdz brīvprātīgos viesu izmitināšanai."],
}, absent={})

# ------------------------------------------------------------------ H04 mixed
L["H04"] = dict(name="Biedrība „Irlavas ļaudis“ (Irlava, Irlavas pagasts)", present={
    "C1": ["Irlava ir ciems Tukuma novada Irlavas pagastā, kurā dzīvo ap 620 iedzīvotāju.",
           "Biedrība „Irlavas ļaudis“ dibināta 2012. gadā kā Irlavas ciema iedzīvotāju apvienība, un šobrīd tajā ir 38 biedri."],
    "C2": ["Mūsu vīzija ir Irlava kā sakopts un dzīvs izglītības ciems, kurā ģimenes ar bērniem grib dzīvot un kurā semināra mantojums ir nevis muzeja eksponāts, bet ikdienas daļa."],
    "C3.1": ["Kopš 2022. gada biedrība rīko sezonas tirdziņu „Irlavas labumi“, kurā 14 vietējie mājražotāji tirgo savus produktus ar kopīgu zīmolu un vienotu iepakojuma uzlīmi."],
    "C4.1": ["Biedrību vada trīs cilvēku valde, bet lielākās aktivitātes – Semināra svētkus, talkas un rudens tirdziņu – plāno atklātās biedru sanāksmēs, kas notiek reizi mēnesī."],
    "C4.2": ["Irlavnieki ar to lepojas, un mūsu kopienas identitāte balstās uz izglītības un gaišuma tradīciju – gandrīz katrā vecajā ģimenē ir kāds skolotājs.",
             "Mums ir svarīga cieņa pret zināšanām, čaklums un atbildība par savu ciemu."],
    "C4.3": ["Kad 2024. gada pavasarī plūdi izskaloja taku gar upīti pie semināra parka, biedrības biedri divu nedēļas nogaļu laikā to atjaunoja un sabēra granti, ko atveda vietējais zemnieks."],
    "C4.4": ["Par šo projektu lēmām 2025. gada 1. februāra iedzīvotāju sapulcē Irlavas tautas namā.",
             "Tajā piedalījās 52 cilvēki, un no četrām idejām ar 36 balsīm tika izvēlēta semināra dārza atjaunošana."],
    "C5.1": ["Irlavas pamatskolas vēstures skolotāja kopā ar biedrību katru pavasari rīko „Semināra stundu“ – skolēni vecajā semināra zālē vada stundu tā, kā tas notika 19. gadsimtā, un vecvecāki stāsta bērniem par savu skolas laiku.",
             "Biedrības biedres ziemā vada adīšanas un koka karošu grebšanas nodarbības, kurās piedalās gan pensionāri, gan jaunieši."],
    "C5.2": ["Mūsu pasākumos satiekas dažādas paaudzes, un pēdējos gados tajos arvien biežāk iesaistās jaunās ģimenes, kas pārcēlušās uz Irlavu no Rīgas un Tukuma.",
             "Rudens tirdziņā savu stendu gatavo Irlavas sociālās aprūpes centra iemītnieki."],
    "C5.3": ["Sadarbojamies ar Irlavas pagasta pārvaldi, kas bez maksas nodrošina tautas nama zāli sapulcēm, ar Irlavas pamatskolu un ar Irlavas evaņģēliski luterisko draudzi, kuras dārzā notiek Semināra svētku noslēgums."],
    "C6.1": ["zāles pļāvēji, krūmgrieži, pārvietojamās teltis tirdziņam",
             "semināra parks (2,4 ha), upītes krasts, tautas nama zāle",
             "vēstures skolotāji, rokdarbnieces, dārzu ainavu arhitekte",
             "Irlavas skolotāju semināra vēsture un parka vecie ozoli"],
    "C6.2": ["Semināra parks ar tā vēsturi ir resurss, uz kura balstās mūsu vīzija par Irlavu kā izglītības ciemu: atjaunotais dārzs un āra klase ļaus skolai un biedrībai rīkot nodarbības brīvā dabā, un tā semināra mantojums kļūs par ikdienas daļu."],
    "C6.3": ["2019. gadā biedrība ar LEADER atbalstu iegādājās teltis un zāles pļāvējus, bet 2023. gadā ar Tukuma novada pašvaldības NVO projektu konkursa atbalstu izdeva bukletu par semināra vēsturi."],
}, absent={
    "C3.2": "about the neighbour: the community centre with co-working is in Tume ('bet mums tāda nav'); the time bank was abandoned ('no tās atteicāmies')",
    "C3.3": "only planned: solar panels and Wi-Fi point ('Plānojam…', 'Šo rīcību vēl neesam sākuši')",
    "C5.4": "denied ('Informācijas aprite kopienā pagaidām nav sakārtota', no website or Facebook); WhatsApp group and newsletter only wished ('Būtu labi')",
    "C6.4": "denied ('Sponsorus un partnerus ārpus pagasta līdz šim neesam piesaistījuši')",
})

# ------------------------------------------------------------------ H05 mixed (newsletter)
L["H05"] = dict(name="Biedrība „Lestenes kopiena“ – ciema avīze „Lestenes Vēstis“ (Lestene, Lestenes pagasts)", present={
    "C1": ["Biedrība „Lestenes kopiena“ jau sesto gadu apvieno Lestenes ciema un apkārtējo māju iedzīvotājus, un aizvadītais gads tai bija ražīgs: mūsu pulkā tagad ir 31 biedrs, un biedrības valdē strādā divi jauni cilvēki – Elīna Dreimane un Kārlis Auziņš."],
    "C2": ["Mūsu mērķis ir, lai pēc desmit gadiem Lestenē būtu sava maizes ceptuve, atvērts veikals un bērni, kas brauc uz skolu no pašu ciema, nevis no pilsētas."],
    "C4.1": ["Biedrība „Lestenes kopiena“ jau sesto gadu apvieno Lestenes ciema un apkārtējo māju iedzīvotājus, un aizvadītais gads tai bija ražīgs: mūsu pulkā tagad ir 31 biedrs, un biedrības valdē strādā divi jauni cilvēki – Elīna Dreimane un Kārlis Auziņš."],
    "C4.2": ["Lestenes baznīca ir mūsu ciema sirds.",
             "Mums ir svarīgi, ka šeit viens otru sveicinām uz ielas un nepaliekam vienaldzīgi, ja kaimiņam gadās nelaime."],
    "C4.3": ["Janvāra vidū Roberts Ziediņš, Aivars Kļaviņš un Ojārs Liepa sarunāja savā starpā, sagādāja skārdu un vienā sestdienā jumtu uzlika no jauna."],
    "C5.1": ["Vecmāmiņa Velta Siliņa, kurai nu jau 86 gadi, māca adīt Lestenes pusē senāk valkātos cimdu rakstus, un pēdējos mēnešos pie viņas mācās arī četras skolnieces.",
             "Pērn biedrība ar Valsts kultūrkapitāla fonda Kurzemes kultūras programmas atbalstu sarīkoja novadpētniecības izstādi „Lestenes muižas ļaudis“, un to apmeklēja vairāk nekā 600 cilvēku."],
    "C5.4": ["Ātrākās ziņas par talkām, pasākumiem un ceļu stāvokli liekam biedrības WhatsApp grupā „Lestene“ un Facebook lapā „Lestenes kopiena“.",
             "Lestenes Vēstis iznāk reizi mēnesī 120 eksemplāros, un tās bez maksas var paņemt veikalā un biedrības istabā."],
    "C6.3": ["Pērn biedrība ar Valsts kultūrkapitāla fonda Kurzemes kultūras programmas atbalstu sarīkoja novadpētniecības izstādi „Lestenes muižas ļaudis“, un to apmeklēja vairāk nekā 600 cilvēku."],
    "C6.4": ["Biedrība saņēma negaidītu dāvanu – lestenieka Jāņa Bērziņa dēls Andris, kurš jau 30 gadus dzīvo Kanādā, ziedoja 1500 Kanādas dolāru jauniem soliem un galdam pie vecās pasta ēkas."],
}, absent={
    "C3.1": "no business innovation of the community: the bakery is only a goal; SIA solar-panel and firewood items are adverts",
    "C3.2": "about the neighbour: Smārde's community centre/co-working (newspaper report); for Lestene only a wish ('Būtu labi…', 'pie mums tādas vietas nav')",
    "C3.3": "only an advert for solar panels and a quoted regional specialist's general statement",
    "C4.4": "the only decision reported is the board's ('Biedrības valde 10. februāra sēdē nolēma…'); no residents' vote or survey",
    "C5.2": "no integration of groups shown; the youth club stopped ('beidza darbu'); grandmother teaching schoolgirls counted as C5.1 only (cf. criteria example)",
    "C5.3": "no other sector involved in the community's activities; the parish administration appears only in a tax notice, Smārde/newspaper are others",
    "C6.1": "no resources identified",
    "C6.2": "no resources identified, so none tied to the goal",
})

# ------------------------------------------------------------------ H06 mixed (form + self-assessment)
L["H06"] = dict(name="Biedrība „Viesatu kopiena“ (Viesati, Viesatu pagasts)", present={
    "C1": ["Viesati ir neliels ciems Tukuma novada Viesatu pagastā, netālu no Kandavas.",
           "Biedrība „Viesatu kopiena“ dibināta 2021. gadā, kad ciema iedzīvotāji saprata, ka pēc pagasta pārvaldes apvienošanas ar Kandavu pašiem jārūpējas par savu ciemu."],
    "C2": ["Mēs gribam, lai Viesati arī pēc desmit gadiem būtu apdzīvots ciems, kur cilvēki zina cits citu un kur jaunie nepārceļas uz pilsētu tikai tāpēc, ka šeit nav, ko darīt.",
           "Mūsu kopīgais mērķis ir ciema centrā radīt vietu, kur satikties visām paaudzēm."],
    "C3.2": ["Kopš 2023. gada pie bijušās pagastmājas darbojas kopienas ledusskapis un plaukts: iedzīvotāji tajā atstāj lieko pārtiku, dārzeņus un maizi, un tos var paņemt ikviens, kam tie vajadzīgi."],
    "C4.1": ["Biedrībā ir 22 biedri, un to vada trīs cilvēku valde."],
    "C4.3": ["Pēc 2024. gada augusta vētras, kad uz ceļa uz Viesatu kapiem bija sakrituši vairāk nekā 30 koki, ciema vīri ar saviem motorzāģiem un traktoru divās dienās ceļu atbrīvoja, nesagaidot ceļu dienestu."],
    "C4.4": ["Par laukuma ideju nolēmām biedrības kopsapulcē 2025. gada 18. janvārī, kurā piedalījās arī citi ciema iedzīvotāji: par laukumu balsoja 19, pret – 2."],
    "C5.2": ["Pasākumos kopā piedalās seniori, jaunieši un ģimenes ar bērniem; Ziemassvētku pasākumā 2024. gadā bija 70 dalībnieku vecumā no 2 līdz 91 gadam."],
    "C5.3": ["Sadarbojamies ar Viesatu pagasta pārvaldi, kas iznomāja zemi pie pagastmājas, un ar biedra Jura Lejnieka zemnieku saimniecību „Lejasvilki“, kas ziemā tīra ciema ielas."],
    "C6.1": ["Tehniskie – biedru motorzāģi, traktors, zāles pļāvējs; teritoriālie – zeme pie pagastmājas (nomā), ciema parks; cilvēkresursi – 22 biedri un ap 15 aktīvu brīvprātīgo; zināšanas – biedrs ir sertificēts būvdarbu vadītājs."],
}, absent={
    "C3.1": "self-assessment only restates the criterion and claims 4 points ('Kopienā tiek ieviestas inovācijas uzņēmējdarbībā.')",
    "C3.3": "non-answer ('Vēl tiek izstrādāti.'); digital training and solar panels are only action-plan rows",
    "C4.2": "only the criterion restated ('Kopiena apzinās savu identitāti un vērtības.') with points",
    "C5.1": "non-answer 'Skatīt pielikumā.' – no such annex; memory evenings only a planned action-plan row",
    "C5.4": "answer is '—'; WhatsApp group/notice board only a planned action-plan row",
    "C6.2": "only restated ('Resursi tiek izmantoti mērķtiecīgi…'); no resource explicitly tied to the goal",
    "C6.3": "denied ('Līdz šim neesam piedalījušies nevienā valsts vai reģionāla līmeņa programmā…'); SIF application only planned",
    "C6.4": "only planned ('Plānojam piesaistīt sponsorus…'); the farm that clears snow belongs to a member",
})

# ------------------------------------------------------------------ H07 mixed (Facebook page)
L["H07"] = dict(name="Biedrība „Abragciema kaimiņi“ – Facebook lapa (Abragciems, Engures pagasts)", present={
    "C1": ["Biedrība „Abragciema kaimiņi“ – Abragciema un tuvējo māju iedzīvotāju kopiena Engures pagastā, Tukuma novadā."],
    "C2": ["Pēc februāra tikšanās tējas namiņā esam to pierakstījuši: mūsu sapnis ir, lai pēc gadiem desmit Abragciems būtu ciems, kurā dzīvo visu gadu, nevis tikai vasarā, kurā bērniem ir droša vieta rotaļām un kur jūras krasts ir tīrs un pieejams ikvienam."],
    "C4.1": ["Pirmdien biedrības kopsapulcē ievēlējām jaunu valdi: par priekšsēdētāju turpmāk būs Inga Miezīte, bet valdē strādās arī Edgars Tiltiņš un Marta Balode.",
             "Biedrībā šobrīd ir 29 biedri, un jauni vienmēr ir laipni gaidīti – biedru nauda ir 10 eiro gadā."],
    "C4.2": ["Abragciems ir mazākais ciems Engures piekrastē, bet mēs lepojamies ar savu baltās kāpas krastu un to, ka šeit pie jūras joprojām var redzēt zvejnieku laivas.",
             "Mums ir svarīgi, lai ciems nepārvērstos par vasarnīcu rajonu ar aizvērtiem vārtiem."],
    "C4.3": ["Kad pašvaldība atteica šoziem tīrīt mūsu jūras nobrauktuvi, jo tā neesot iekļauta ceļu sarakstā, nolēmām, ka tīrīsim paši.",
             "Edgars ar savu traktoriņu un vēl septiņi kaimiņi ar lāpstām sastādīja dežūru grafiku, un visu decembri ceļš uz jūru bija brīvs arī senioriem ar nūjām."],
    "C4.4": ["Par to, kur ierīkot jauno bērnu rotaļu laukumu, nobalsoja 84 ciema iedzīvotāji.",
             "Tātad laukums būs pie veikala, un tieši šo vietu arī ierakstām LEADER projekta pieteikumā."],
    "C5.1": ["Sestdien zvejnieks Valdis Kārkliņš tējas namiņā rādīja, kā pareizi iesālīt un kūpināt reņģes tā, kā to darīja viņa vectēvs."],
    "C5.3": ["Paldies Engures pagasta pārvaldei par konteineriem un Engures vidusskolas 9. klasei, kas atbrauca mums palīgā."],
    "C5.4": ["Svarīgākās ziņas liekam šeit, Facebook lapā, un ciema WhatsApp grupā „Abragciems“, kurā ir jau 146 dalībnieki.",
             "Ziemā pārbaudījām – ziņa par ūdens atslēgšanu WhatsApp grupā sasniedza gandrīz visus pastāvīgos iedzīvotājus stundas laikā."],
    "C6.3": ["Lielā talka Abragciemā – 48 talcinieki, 63 maisi atkritumu un sakopta kāpa no nobrauktuves līdz strautam!"],
    "C6.4": ["Paldies arī SIA „Kurzemes smiltis“, kas ziedoja piecas kravas smilšu jaunajai smilšu kastei, un mūsu draugiem no Pērnavas pludmales biedrības, kas atsūtīja kāpu stiprināšanas žogus."],
}, absent={
    "C3.1": "nothing of the community's own; only a sponsored camping advert",
    "C3.2": "the time bank is Plieņciems' ('Pagaidām mums tādas nav'); for Abragciems only a conditional question ('varētu sākt')",
    "C3.3": "only a shared municipal post about Engure's e-service centre and the parish administration's letter about its own e-services/app",
    "C5.2": "no integration of groups shown: summer residents only wished for ('Gribētos…'); children at a masterclass (C5.1) and seniors using the cleared road are not integration",
    "C6.1": "no resources identified",
    "C6.2": "no resources identified, so none tied to the goal",
})

# ------------------------------------------------------------------ H08 institution (library)
L["H08"] = dict(name="Tukuma novada pašvaldība / Cēres pagasta bibliotēka (institution, not a residents' community)", present={
    "C3.3": ["Kopš 2023. gada bibliotēkā notiek digitālo prasmju apmācības senioriem.",
             "2024. gadā 34 pagasta iedzīvotāji apmeklēja nodarbības, kurās iemācījās lietot internetbanku, e-veselību, portālu Latvija.gov.lv un videozvanus.",
             "2024. gadā bibliotēka sāka piedāvāt e-grāmatu lasītājus uz mājām; tos var aizņemties trīs nedēļas, un pērn tie tika izsniegti 61 reizi."],
    "C5.1": ["Bibliotēkā glabājas Cēres pagasta novadpētniecības krājums – 48 mapes ar fotogrāfijām, atmiņām un dokumentiem par pagasta mājām un dzimtām.",
             "Ziemā bibliotēkā notiek arī rokdarbu meistarklases, kurās pagasta rokdarbnieces māca pīt grozus un adīt."],
    "C5.2": ["Bibliotēkas pasākumos kopā piedalās seniori un skolēni: skolēni palīdz senioriem apgūt viedtālruņus, bet seniori stāsta par pagasta vēsturi.",
             "Bibliotēkas telpas ir pieejamas cilvēkiem ar kustību traucējumiem, jo 2022. gadā pagastmājā tika uzstādīts pacēlājs, un divreiz mēnesī pie mums nāk Cēres sociālās aprūpes mājas iemītnieki."],
    "C5.3": ["Katru gadu rīkojam novadpētniecības izstādi, un 2024. gadā kopā ar Cēres pamatskolas skolēniem digitalizējām 300 vecās fotogrāfijas.",
             "Bibliotēka sadarbojas ar Cēres pamatskolu, Cēres pagasta pārvaldi un sociālo dienestu, kā arī ar zemnieku saimniecību „Kalnāji“, kas sponsorē bērnu vasaras lasīšanas nometni."],
    "C5.4": ["Informāciju par bibliotēkas pasākumiem izliekam bibliotēkas Facebook lapā (420 sekotāju), pagasta informatīvajā izdevumā „Cēres Ziņas“, kas iznāk reizi mēnesī, un uz ziņojumu dēļa pie pagastmājas.",
             "Pēc pērnā gada pieredzes lielāko daļu jauno apmeklētāju piesaistīja tieši „Cēres Ziņas“."],
    "C6.1": ["2 datori, printeris, projektors, 5 e-grāmatu lasītāji",
             "bibliotēkas telpas (140 m²) un lasītava pagastmājas otrajā stāvā",
             "novadpētniecības krājums, vadītājas sertifikāts digitālo prasmju mācīšanā",
             "2 bibliotēkas darbinieces, 2 brīvprātīgie seniori"],
    "C6.3": ["2023. gadā ar Valsts kultūrkapitāla fonda atbalstu bibliotēka iegādājās e-grāmatu lasītājus, un katru gadu piedalāmies Latvijas Bibliotēku biedrības rīkotajā Bibliotēku nedēļā un lasīšanas veicināšanas programmā „Bērnu, jauniešu un vecāku žūrija“."],
    "C6.4": ["Digitālo prasmju apmācībās 2024. gadā brīvprātīgi palīdzēja trīs Tukuma Raiņa ģimnāzijas jaunieši, bet rakstniece Anda Zeltiņa, kuras bērnība pagāja Cērē, ziedoja bibliotēkai 120 grāmatas.",
             "Bibliotēka sadarbojas ar Cēres pamatskolu, Cēres pagasta pārvaldi un sociālo dienestu, kā arī ar zemnieku saimniecību „Kalnāji“, kas sponsorē bērnu vasaras lasīšanas nometni."],
}, absent={
    "C1": "applicant is the municipality/its library, which serves Cēre's residents but is not presented as the place's community ('Cērē šobrīd nav nevienas aktīvas iedzīvotāju biedrības')",
    "C2": "only the project's technical aim (computers, screen, scanner); no community goal or vision",
    "C3.1": "denied ('Uzņēmējdarbības un sociālās inovācijas jomā bibliotēka līdz šim nav darbojusies')",
    "C3.2": "denied (same sentence)",
    "C4.1": "no organised body of residents: the former association was liquidated; activities are run by an institution",
    "C4.2": "no values or identity of a community stated",
    "C4.3": "no community self-organisation; activities are run by the library",
    "C4.4": "decision taken by the library head with the administration; residents only informed on Facebook",
    "C6.2": "no community goal (C2 absent), so no resource tied to one",
})

# ------------------------------------------------------------------ H09 very weak
L["H09"] = dict(name="Biedrība „Vānes attīstības centrs“ (Vāne, Vānes pagasts) – new association", present={
    "C1": ["Biedrība „Vānes attīstības centrs“ dibināta 2024. gada rudenī, un tā apvieno Vānes ciema iedzīvotājus, kuriem rūp ciema nākotne."],
    "C2": ["Mūsu mērķis ir, lai Vāne atkal būtu dzīvs ciems, kur jaunās ģimenes grib dzīvot un kur pēc darba ir kur satikties, nevis tikai gulēt.",
           "Gribam, lai pēc desmit gadiem ciemā būtu atjaunots parks, sporta laukums un vieta pasākumiem."],
    "C4.1": ["Biedrībā ir septiņi biedri, un to vada divu cilvēku valde."],
}, absent={
    "C3.1": "answer is '—'",
    "C3.2": "non-answer ('Vēl tiek izstrādāti.')",
    "C3.3": "only conditional wishes ('būtu labi ierīkot…', 'Varētu arī izveidot…'); general quote about innovation",
    "C4.2": "only planned ('plānojam noskaidrot iedzīvotāju aptaujā, kuru vēl neesam sākuši')",
    "C4.3": "only the criterion restated ('Kopiena spēj pašorganizēties…')",
    "C4.4": "criterion restated; the board decided; residents' meeting only planned after approval",
    "C5.1": "wish only ('Būtu labi rīkot arī meistarklases…')",
    "C5.2": "wish only ('Vajadzētu vairāk iesaistīt…'); groups hardly meet",
    "C5.3": "denied ('sadarbība nav izveidojusies')",
    "C5.4": "'Skatīt pielikumā.' with no such annex; Facebook/WhatsApp only planned",
    "C6.1": "denied ('Resursi vēl nav apzināti.')",
    "C6.2": "restated criterion in future tense; no resources identified",
    "C6.3": "denied ('nav piedalījusies valsts vai reģionālās programmās'); LEADER/ELFLA only in page footer boilerplate and planned publicity",
    "C6.4": "denied ('Sponsori un partneri pagaidām nav piesaistīti'); the consultant is only planned",
})

# ------------------------------------------------------------------ H10 mixed
L["H10"] = dict(name="Biedrība „Tumes kopiena“ (Tume, Tumes pagasts)", present={
    "C1": ["Tume ir ciems Tukuma novada Tumes pagastā, tikai astoņus kilometrus no Tukuma.",
           "Biedrība „Tumes kopiena“ dibināta 2018. gadā, un tā apvieno gan Tumes „vecos“ iedzīvotājus, gan jaunpienācējus."],
    "C2": ["Mēs vēlamies, lai Tume nekļūtu par Tukuma „guļamrajonu“, bet paliktu ciems ar savu dzīvi – ar vietām, kur satikties, strādāt un atpūsties, neizbraucot uz pilsētu.",
           "Līdz 2030. gadam gribam, lai kopienas centrā būtu pieejami pakalpojumi visām vecuma grupām un lai Tumē darbotos vismaz trīs jauni mazie uzņēmumi."],
    "C3.2": ["Kopš 2022. gada biedrība bijušajā pasta ēkā uztur Tumes kopienas centru.",
             "Centru pārvalda iedzīvotāju ievēlēta centra padome, un tajā darbojas kopstrādes telpa ar sešām darba vietām, kopienas virtuve un telpa pulciņiem."],
    "C3.3": ["2023. gadā kopienas centrā ierīkojām optiskā interneta pieslēgumu un videokonferenču aprīkojumu, un tagad tur senioriem notiek arī attālinātās konsultācijas ar Tukuma ģimenes ārstu."],
    "C4.1": ["Biedrībā ir 63 biedri, to vada piecu cilvēku valde, un katram valdes loceklim ir sava atbildības joma."],
    "C4.3": ["Kad 2024. gada pavasarī pašvaldība paziņoja, ka Tumes publiskā pirts tiks slēgta, jo tās uzturēšana ir nerentabla, biedrība pirti iznomāja.",
             "Tagad to pēc grafika kurina un uzkopj 14 ģimenes, un pirts ir atvērta katru sestdienu."],
    "C5.2": ["Kopienas centrā notiek senioru klubiņš „Sudrabiņš“ un jauniešu spēļu vakari, un reizi mēnesī abas grupas tiekas kopīgā vakarā, kur kopā spēlē galda spēles un vāra zupu.",
             "Kopš 2023. gada centra pasākumos regulāri piedalās arī septiņas ukraiņu ģimenes, kas apmetušās Tumē."],
    "C5.3": ["Sadarbojamies ar Tumes pagasta pārvaldi, kas nodeva pasta ēku biedrībai patapinājumā, ar Tumes vidusskolu, kas centra pasākumiem aizdod galdus un skaņas tehniku, un ar Tumes bibliotēku, kas reizi nedēļā centrā rīko grāmatu maiņu."],
    "C5.4": ["Iekšējā informācija aprit biedrības e-pasta sarakstā un WhatsApp grupā „Tume kopā“ (240 dalībnieku), bet plašākai sabiedrībai par kopienas centra pasākumiem stāstām Facebook lapā un Tumes pagasta mājaslapā.",
             "2024. gadā pēc Facebook statistikas vidējais ieraksts sasniedza ap 1500 cilvēku, bet WhatsApp grupā ziņa parasti nonāk pie gandrīz visām biedru ģimenēm."],
    "C6.1": ["videokonferenču aprīkojums, optiskais internets, kopienas virtuves iekārtas",
             "kopienas centra ēka (patapinājumā), pirts, biedrības dārzs",
             "biedros ir IT speciālisti, skolotāji, galdnieks"],
    "C6.2": ["Kopienas centra ēka ir mūsu galvenais resurss, lai sasniegtu mērķi – pakalpojumi visām paaudzēm tepat Tumē, tāpēc arī šajā projektā paplašinām tieši to."],
    "C6.3": ["2020. gadā ar LEADER atbalstu izremontējām pasta ēkas pirmo stāvu, bet 2023. gadā saņēmām Sabiedrības integrācijas fonda finansējumu ukraiņu ģimeņu iekļaušanas pasākumiem."],
    "C6.4": ["Kopš 2021. gada sadarbojamies ar Kiili ciema biedrību Igaunijā: esam bijuši divos pieredzes apmaiņas braucienos, un viņu biedrība mums uzdāvināja kopienas virtuves plīti.",
             "Uzņēmums SIA „Tumes koks“ katru gadu ziedo kokmateriālus centra remontam."],
}, absent={
    "C3.1": "about the partner: the cooperative is in Kiili, Estonia ('taču mums šāda uzņēmuma nav')",
    "C4.2": "denied ('Par kopienas vērtībām mēs vēl diskutējam… vienota viedokļa pagaidām nav')",
    "C4.4": "the board decides; the survey got 11 answers and its results were not used",
    "C5.1": "only wished ('Nākotnē gribētu rīkot…', 'šo ieceri vēl neesam sākuši īstenot')",
})

# ------------------------------------------------------------------ H11 mixed (action plan)
L["H11"] = dict(name="Biedrība „Sēmes sēta“ – rīcības plāns ar budžetu (Sēme, Sēmes pagasts)", present={
    "C1": ["Biedrība „Sēmes sēta“ ir Sēmes ciema un Sēmes pagasta iedzīvotāju apvienība, kas dibināta 2017. gadā."],
    "C2": ["Mūsu kopīgā vīzija: Sēme 2030. gadā ir sakopts, draudzīgs ciems, kurā ir darbs, kur satikties un ko parādīt ciemiņiem."],
    "C4.1": ["Biedrību vada trīs cilvēku valde, bet katram no šajā plānā minētajiem virzieniem ir sava darba grupa ar atbildīgo personu."],
    "C4.2": ["Ciema sirds ir vecās Sēmes dzirnavas un dzirnavu dīķis – vieta, kur jau vairākās paaudzēs notiek Jāņi, peldes un makšķerēšanas sacensības.",
             "Sēmenieki sevi uzskata par strādīgiem un praktiskiem ļaudīm, un mums ir svarīgi, lai ciemā viss būtu sakopts un lai par kopīgo rūpētos paši, nevis gaidītu, kad atbrauks kāds no malas."],
    "C4.3": ["2024. gada maijā biedri paši atjaunoja sapuvušo laipu pār dzirnavu dīķi: kokmateriālus sagādāja viens no biedriem, bet darbus veica 12 cilvēki trīs sestdienās."],
    "C4.4": ["Plāna projektu apspriedām Sēmes iedzīvotāju sapulcē 1. martā, kurā piedalījās 46 cilvēki.",
             "Sapulcē no plāna tika svītrota iecere par suņu laukumu, bet pēc iedzīvotāju balsojuma (28 balsis) pievienota 6. rīcība – dzirnavu dīķa peldvietas sakārtošana."],
    "C5.3": ["Tā paša gada rudenī kopā ar Sēmes pagasta pārvaldi sakopām kapsētas žogu.",
             "1.1. Puses vienojas sadarboties Sēmes ciema publiskās ārtelpas, īpaši dzirnavu dīķa apkārtnes, uzturēšanā un sakopšanā."],
    "C6.1": ["dzirnavu dīķis un tā krasts (pašvaldības zeme, nomas līgums līdz 2034. gadam)",
             "biedru trimmeri, piekabe, zemnieku saimniecības „Dzirnavnieki“ traktors saskaņā ar sadarbības līgumu",
             "biedre – grāmatvede, biedrs – galdnieks, biedre – skolotāja",
             "vecās dzirnavas un dīķis ar vairāk nekā 150 gadu vēsturi"],
    "C6.2": ["Dzirnavu dīķis ir mūsu svarīgākais resurss, un pirmais mērķis – dīķa apkārtnes sakārtošana par atpūtas vietu – balstās tieši uz to."],
    "C6.4": ["2.1. Saimniecība bez maksas nodrošina traktoru ar vadītāju Biedrības rīkotajām talkām ne retāk kā četras reizes gadā un ziemā tīra sniegu no dīķa laipas pieejām."],
}, absent={
    "C3.1": "only planned (action-plan row 5: market with a joint brand and e-shop, 2026–2027)",
    "C3.2": "nothing shown",
    "C3.3": "only planned (row 3: digital-skills lessons in 2026)",
    "C5.1": "only planned (rows 4 and 7: memory project, carpentry masterclasses)",
    "C5.2": "denied ('jaunieši un seniori pagaidām biedrības pasākumos piedalās reti'); involvement only a goal/plan",
    "C5.4": "denied ('Informācijas aprite ciemā šobrīd ir viena no vājākajām vietām', no Facebook/WhatsApp); channels only planned (row 2)",
    "C6.3": "denied ('Līdz šim neesam saņēmuši finansējumu no valsts vai reģionālajām programmām'); LEADER/VKKF only as planned funding sources",
})

# ------------------------------------------------------------------ H12 mixed
L["H12"] = dict(name="Biedrība „Apšuciema iedzīvotāju biedrība“ (Apšuciems, Engures pagasts)", present={
    "C1": ["Apšuciems ir piekrastes ciems Engures pagastā starp Klapkalnciemu un Plieņciemu, kurā pastāvīgi dzīvo ap 480 cilvēku.",
           "Mūsu biedrība ir Apšuciema iedzīvotāju apvienība, un tajā ir 41 biedrs – gan ģimenes, kas ciemā dzīvo paaudzēm, gan tie, kuri pēdējos gados pārcēlušies šurp no Rīgas."],
    "C2": ["Mūsu vīzija ir Apšuciems kā mierīgs, tīrs un draudzīgs zvejniekciems, kurā ir patīkami dzīvot visu gadu un kur viesi brauc ar velosipēdu, nevis ar autobusu pilnu tūristu."],
    "C3.1": ["2024. gadā biedrība kopā ar četriem vietējiem uzņēmumiem – divām viesu mājām, kafejnīcu un laivu nomu, kuru īpašnieki paši ir biedrības biedri, – izveidoja velomaršrutu „Zvejnieku ciemu loks“ ar 12 apskates vietām un kopīgu karti, kurā katrs uzņēmējs piedāvā atlaidi velobraucējiem."],
    "C4.1": ["Biedrību vada piecu cilvēku valde, un trīs darba grupas rūpējas par pludmali, pasākumiem un velomaršrutu."],
    "C4.2": ["Apšuciemam ir sava seja: šaurās ieliņas starp zvejnieku sētām, jūras smarža un vecā ciema kapsēta kāpā.",
             "Mums ir svarīgi, lai ciems saglabātu savu mazo mērogu un zvejniekciema garu arī tad, kad apkārt aug jaunie ciemati."],
    "C4.3": ["Kad 2024. gada pavasarī vētra aiznesa kāpu nožogojumu un gājēji sāka staigāt pa kāpas nogāzi, biedrības biedri paši sarunāja divas sestdienas, iegādājās mietus un ar savām rokām uzcēla jaunu žogu, kā arī ierīkoja kāpnes."],
    "C4.4": ["2025. gada 25. janvāra kopsapulcē 38 klātesošie balsoja par trim iespējamām vietām velo atpūtas punktam, un vairākums – 29 balsis – izvēlējās vietu pie pludmales nobrauktuves."],
    "C5.2": ["Biedrības pasākumos piedalās visas paaudzes, un īpaši lepojamies ar Ziemassvētku pēcpusdienu, kurā pērn bērni no jaunajām ģimenēm kopā ar ciema senioriem cepa piparkūkas un dziedāja.",
             "Pludmales talkās regulāri piedalās arī vairāki ciema iedzīvotāji ar kustību traucējumiem, kuriem esam ierīkojuši ērtu piekļuvi."],
    "C5.3": ["Sadarbojamies ar Engures pagasta pārvaldi, kas iedeva zemi velo atpūtas vietai, ar Engures vidusskolu, kuras skolēni zīmēja velomaršruta kartes ilustrācijas, un ar vietējiem uzņēmējiem, kuri kopā ar biedrību uztur velomaršrutu."],
    "C6.1": ["divi trimmeri, pārvietojams ugunskura grils, 10 nomas velosipēdi pie kafejnīcas",
             "pašvaldības zeme pie pludmales nobrauktuves (nomā), pludmale, kāpas",
             "biedrs – ainavu arhitekts, biedre – gide ar tūrisma izglītību",
             "zvejniekciema apbūve un kāpu kapsēta"],
    "C6.2": ["Pašvaldības zeme pie pludmales nobrauktuves un velomaršruts ir resursi, uz kuriem balstīts mūsu mērķis kļūt par draudzīgu apstāšanās vietu velotūristiem: tieši šeit ierīkosim atpūtas vietu ar velo statīviem, dzeramā ūdens krānu un informācijas stendu."],
    "C6.3": ["2022. gadā ar LEADER atbalstu iegādājāmies pārvietojamo grilu un trimmerus, bet 2024. gadā Tukuma novada pašvaldības NVO projektu konkursā saņēmām 1500 eiro velomaršruta kartes izdošanai."],
}, absent={
    "C3.2": "answer is '—'",
    "C3.3": "solar panels abandoned ('no šīs ieceres atteicāmies'); 'tīkls' here is the electricity grid",
    "C5.1": "denied across a contrast ('Zvejniecības muzejs ir Engurē, bet mūsu ciemā šādas krātuves nav, un vecie zvejnieku stāsti nav pierakstīti')",
    "C5.4": "denied ('Biedrībai nav savas mājaslapas vai sociālo tīklu konta… informācijas aprite… notiek nejauši')",
    "C6.4": "denied ('kopīgu projektu vai partnerību līdz šim neesam veidojuši, un sponsoru mums nav'); route partners are the association's own members",
})

# ------------------------------------------------------------------ H13 company, very weak
L["H13"] = dict(name="SIA „Engures zivju nams“ (company, not a community; Engure)", present={
    "C3.1": ["Kopš 2021. gada uzņēmumam darbojas e-veikals, kurā var pasūtīt kūpinātas zivis ar piegādi uz pakomātiem visā Latvijā.",
             "2023. gadā reģistrējām preču zīmi „Engures zelts“, ar kuru tagad tiek marķēta visa mūsu produkcija."],
    "C6.1": ["četras kūpināšanas kameras (divas no tām novecojušas), saldētava, piegādes furgons",
             "ražotne un veikals 420 m² platībā Engures centrā",
             "14 gadu pieredze zivju kūpināšanā, pārtikas drošības sertifikāts"],
    "C6.3": ["2018. gadā uzņēmums ar ELFLA atbalstu LEADER pasākumā iegādājās saldētavu un piegādes furgonu."],
}, absent={
    "C1": "applicant is a family company; Engure is named, but the applicant is not presented as the place's community (residents appear only as customers)",
    "C2": "only business and project aims (turnover +30 %, new smoking chambers); no community goal",
    "C3.2": "denied ('Sociālajā jomā uzņēmums nav darbojies.')",
    "C3.3": "only future ('būs aprīkotas ar digitālu… kontroli') and conditional solar panels ('varētu')",
    "C4.1": "a company, no organised body of residents",
    "C4.2": "only advertising copy ('Īsta Engures tradīcijas garša – tikai pie mums!') and a general statement about Engure",
    "C4.3": "nothing shown",
    "C4.4": "decisions by the company board / family",
    "C5.1": "masterclasses only conditional ('Nākotnē varētu piedāvāt…')",
    "C5.2": "nothing shown (hiring pupils for summer work is employment)",
    "C5.3": "only business relations (suppliers, seasonal staff); no other sectors involved in community activity",
    "C5.4": "only an advert call ('Sekojiet mums sociālajos tīklos!') and the company website; no community information flow",
    "C6.2": "no community goal (C2 absent)",
    "C6.4": "denied ('Sadarbības partneru un sponsoru ārpus Latvijas uzņēmumam nav'); buying fish from suppliers is not attracting external resources",
})

# ------------------------------------------------------------------ H14 mixed
L["H14"] = dict(name="Biedrība „Jaunsātu kopiena“ (Jaunsāti, Jaunsātu pagasts)", present={
    "C1": ["Jaunsāti ir neliels ciems Tukuma novada Jaunsātu pagastā, kur dzīvo ap 350 cilvēku.",
           "Tie, kuri palika, 2019. gadā nodibināja biedrību „Jaunsātu kopiena“, lai kopā rūpētos par ciemu."],
    "C2": ["Mēs vēlamies, lai pēc desmit gadiem Jaunsātos atkal būtu dzīvs centrs – atjaunota vecās skolas ēka, kurā notiek pulciņi, svētki un kur bērni no ciema var pavadīt laiku pēc skolas."],
    "C3.2": ["Kopš 2023. gada rudens biedrība kopā ar pagasta pārvaldi pārvalda vecās skolas pirmā stāva telpas pēc līdzpārvaldības līguma: atslēgas ir piecām ģimenēm, telpu izmantošanas laiku katra grupa pati ieraksta kopīgā kalendārā pie zāles durvīm, bet remontdarbus plānojam kopā ar pārvaldi."],
    "C4.1": ["Šobrīd biedrībā ir 27 biedri, tai ir trīs cilvēku valde un revidents."],
    "C4.2": ["Jaunsātnieki lepojas ar savu muižas parku un ar to, ka katru vasaru uz Jaunsātu salidojumu sabrauc vairāki simti bijušo skolēnu no visas Latvijas.",
             "Mūsu vērtība ir kopības sajūta – šeit joprojām visi cits citu pazīst vārdā."],
    "C4.3": ["Kad 2023. gada februārī slēdza ciema vienīgo veikalu, kaimiņiene Valda Dzene sazvanīja Tukuma uzņēmumu, kam ir veikala auto, un vienojās, ka tas divreiz nedēļā pietur pie vecās skolas.",
             "Pasūtījumus vecākiem cilvēkiem, kuri paši nevar atnākt, viņa kopā ar vēl trim kaimiņienēm savāc pa telefonu un pēc tam iepirkumus aiznes uz mājām."],
    "C5.1": ["Vecās skolas zālē katru ziemu notiek aušanas darbnīca, kur Jaunsātu audējas uz skolas laika stellēm māca aust lielos lakatus ar Jaunsātu pusē raksturīgajiem rakstiem.",
             "Pērn aušanu apguva deviņas jaunākās sievietes, un divas no viņām tagad pašas vada nodarbības."],
    "C5.3": ["Sadarbojamies ar Jaunsātu pagasta pārvaldi, kas ir ēkas īpašniece, ar Pūres pamatskolu, kurā mācās mūsu ciema bērni un kuras skolotāji vada pulciņu vecajā skolā, un ar Jaunsātu luterāņu draudzi, kuras dievnamā notiek salidojuma svētbrīdis."],
    "C6.3": ["2021. gadā ar LEADER atbalstu nomainījām vecās skolas pirmā stāva logus, bet 2024. gadā Tukuma novada pašvaldības NVO projektu konkursā saņēmām 2000 eiro muižas parka celiņu apgaismojumam."],
    "C6.4": ["Pagājušajā vasarā divas nedēļas Jaunsātos dzīvoja seši Rīgas Tehniskās universitātes arhitektūras studenti, kuri bez maksas uzmērīja veco skolu un sagatavoja zāles atjaunošanas skices."],
}, absent={
    "C3.1": "abandoned idea ('no šīs idejas atteicāmies')",
    "C3.3": "about the neighbour (Pūre's digital garden map and e-service point), denied across a contrast ('bet mums nekā tāda nav')",
    "C4.4": "the board chose the idea; no residents' meeting was held",
    "C5.2": "wish only ('Būtu labi vairāk iesaistīt…'); events attended mainly by pensioners",
    "C5.4": "denied: the Facebook page not updated since 2022, 'pastāvīga informācijas kanāla mums nav'",
    "C6.1": "non-answer ('Nav apkopoti.')",
    "C6.2": "no resources identified",
})

# ------------------------------------------------------------------ H15 mixed, no diacritics (e-mail thread)
L["H15"] = dict(name="Biedrība „Matkules kopiena“ – izdrukāta e-pasta sarakste, bez diakritiskajām zīmēm (Matkule, Matkules pagasts)", present={
    "C1": ["Mūsu biedrība apvieno Matkules ciema un pagasta iedzīvotājus, mums ir 19 biedri un trīs cilvēku valde, un pirmo reizi gribam pieteikties LEADER rīcībā \"Viedie ciemi\"."],
    "C2": ["Vienojāmies arī par kopīgo mērķi, ko ierakstīsim pieteikumā: lai Matkule būtu ciems, kur vasarā notiek kaut kas katru nedēļu un kur jaunieši grib palikt, nevis bēg uz Tukumu.",
           "Pēc diskusijas vienojamies: Matkule - ciems, kur vasarā notiek kaut kas katru nedēļu un kur jaunieši grib palikt."],
    "C4.1": ["Mūsu biedrība apvieno Matkules ciema un pagasta iedzīvotājus, mums ir 19 biedri un trīs cilvēku valde, un pirmo reizi gribam pieteikties LEADER rīcībā \"Viedie ciemi\"."],
    "C4.3": ["Pērnvasar, kad pagasts teica, ka estrādes jumtam naudas nav, mēs paši ar septiņiem vīriem vienā nedēļas nogalē salikām jaunu jumtu no dēļiem, ko iedeva Pēteris."],
    "C4.4": ["Sapulcē bija 31 cilvēks, un par estrādes atjaunošanu nobalsoja 27, tāpēc to arī liekam pieteikumā.",
             "Balsojums: estrāde - 27, bērnu laukums - 4."],
    "C5.3": ["Ar pagasta pārvaldi un bibliotēku sadarbojamies - bibliotēka dod mums telpu sapulcēm, un pārvalde palīdz ar transportu Jāņiem."],
    "C5.4": ["Pie informācijas aprites var ierakstīt, ka mūsu WhatsApp grupā \"Matkule\" ir 87 cilvēki un ka ziņas par talkām un sapulcēm tur izplatās ātrāk nekā pa telefonu - uz vakardienas sapulci lielākā daļa atnāca tieši pēc ziņas grupā.",
             "Vecajiem cilvēkiem Laila joprojām iemet lapiņas pastkastītēs."],
    "C6.3": ["Katru gadu piedalāmies Lielajā talkā, pērn sakopām Matkules parku, un 2020. gadā ar Kandavas novada pašvaldības NVO konkursa naudu nopirkām skaņas aparatūru."],
}, absent={
    "C3.1": "nothing running; the apple market is only proposed ('atbildīgo vēl nav')",
    "C3.2": "only the LAG consultant's examples about Zante and Tume",
    "C3.3": "solar panels were installed by the parish administration, not the community",
    "C4.2": "denied ('par to vēl neesam runājuši')",
    "C5.1": "only conditional ('Varbūt varētu ierakstīt…'), 'Tās gan vēl nekad neesam rīkojuši'",
    "C5.2": "nothing shown",
    "C6.1": "denied ('Resursus mēs līdz šim neesam apzinājuši'); a table is only offered",
    "C6.2": "no resources identified",
    "C6.4": "denied ('Par sponsoriem - mums tādu nav, un partneru ārpus pagasta arī nav'); the neighbour's free estimate is only promised",
})

# ------------------------------------------------------------------ H16 mixed (self-assessment + agreement)
L["H16"] = dict(name="Biedrība „Džūkstes pasaku ļaudis“ – pašnovērtējums un sadarbības līgums (Džūkste, Džūkstes pagasts)", present={
    "C1": ["Biedrība „Džūkstes pasaku ļaudis“ apvieno Džūkstes ciema un Džūkstes pagasta iedzīvotājus, kurus vieno Džūkstes pasaku tradīcija un vēlme saglabāt ciemu dzīvu."],
    "C2": ["Mūsu vīzija – Džūkste 2030. gadā ir pazīstama kā pasaku ciems, kurā ģimenes ar bērniem grib gan atbraukt, gan dzīvot."],
    "C4.1": ["Biedrībā ir 24 biedri, trīs cilvēku valde un pasaku vakaru darba grupa."],
    "C4.2": ["Mūsu stiprākās puses ir pasaku mantojums un cilvēki, kas to nes tālāk."],
    "C5.1": ["Katra mēneša pēdējā piektdienā biedrības pasaku vakaros vecākie džūkstnieki bērniem stāsta Ansa Lerha-Puškaiša Džūkstē pierakstītās pasakas, un pērn šie vakari notika desmit reizes."],
    "C5.3": ["Ar Džūkstes Pasaku muzeju esam noslēguši sadarbības līgumu (3. pielikums), un muzejs pasaku vakariem nodod savu zāli; pasaku vakaros piedalās arī Džūkstes pamatskolas skolotāji ar skolēniem.",
             "2.1. Muzejs reizi mēnesī bez maksas nodod Biedrībai muzeja zāli pasaku vakaru rīkošanai."],
    "C6.3": ["2024. gada septembrī biedrība Eiropas kultūras mantojuma dienās sarīkoja pasaku maršrutu pa Džūksti, un to izgāja ap 150 dalībnieku."],
}, absent={
    "C3.1": "only the criterion restated with 2 points ('Kopienā tiek ieviestas inovācijas uzņēmējdarbībā.')",
    "C3.2": "only planned ('Plānojam izveidot kopienas centru…')",
    "C3.3": "about others, denied across a contrast ('Cērē un Tukumā… bet mums tādu nav')",
    "C4.3": "only the criterion restated ('Kopiena spēj pašorganizēties un risināt problēmas.')",
    "C4.4": "the board decides; the survey was not summarised",
    "C5.2": "only the criterion restated ('Dažādu grupu integrācija notiek visos biedrības pasākumos.')",
    "C5.4": "answer is '—'; the agreement only promises informing 'savos saziņas kanālos' without naming them",
    "C6.1": "non-answer ('Vēl tiek izstrādāti.')",
    "C6.2": "only restated ('Resursi tiek izmantoti mērķtiecīgi.')",
    "C6.4": "denied ('Sadarbības tīkla mums vēl nav…'); the local museum agreement is counted under C5.3",
})


def build_labels(subs, strip_ids, strip):
    out = {}
    for sid in sorted(L):
        d = L[sid]
        kind, _docs = subs[sid]
        pres, absn = d["present"], d["absent"]
        overlap = set(pres) & set(absn)
        assert not overlap, (sid, overlap)
        missing = [i for i in INDICATORS if i not in pres and i not in absn]
        assert not missing, (sid, missing)
        f = strip if sid in strip_ids else (lambda s: s)
        out[sid] = {
            "name": d["name"],
            "archive": "%s.%s" % (sid, kind),
            "indicators": {i: ("present" if i in pres else "absent") for i in INDICATORS},
            "evidence": {i: [f(e) for e in pres[i]] for i in INDICATORS if i in pres},
            "notes": {i: absn[i] for i in INDICATORS if i in absn},
        }
    return out
