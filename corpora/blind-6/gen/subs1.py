S = {}
S["B01"] = dict(name="Bebri — biedrība \"Bebru Pūce\"", arch="zip", files=[
("pieteikums.docx", """# LEADER projekta iesniegums: Viedais ciems

*Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos*

## 1. Pretendents

Biedrība "Bebru Pūce", Bebru pagasts, Aizkraukles novads. ⟦C1§Mēs esam Bebru pagasta iedzīvotāju kopiena, kas apvieno ap trīssimt cilvēku no Bebriem, Vīganteļiem un apkārtējām viensētām.⟧ ⟦C4.1§Biedrībā ir 46 biedri, piecu cilvēku valde un trīs darba grupas: jauniešu, senioru un saimnieciskā.⟧

## 2. Kopienas mērķis un vīzija

⟦C2§Mūsu mērķis ir, lai līdz 2030. gadam Bebros jaunas ģimenes varētu dzīvot, strādāt attālināti un saņemt pakalpojumus uz vietas.⟧ ⟦C4.2§Lepojamies ar Bebru muižas parku un ar to, ka šeit joprojām dzied Bebru dziesmas, ko citur vairs nezina.⟧

## 3. Jau ieviestie risinājumi

⟦C3.2§Kopš 2024. gada pavasara bijušajā pasta ēkā darbojas kopienas centrs ar kopstrādes telpu, ko biedri pārvalda paši pēc maiņu grafika.⟧ ⟦C3.3§Kopienas centrā uzstādījām optisko internetu un saules paneļus, un divas reizes mēnesī jaunieši māca senioriem lietot e-pakalpojumus un internetbanku.⟧ ⟦C3.1§Septiņas saimniecības izveidoja kopīgu zīmolu "Bebru labumi" un ar to tirgo produkciju e-veikalā un tiešās tirdzniecības punktā pie centra.⟧

## 4. Resursi

| Resurss | Veids | Kam izmantojam |
|---|---|---|
| Bijusī pasta ēka (120 m²) | teritoriālais | ⟦C6.1,C6.2§Pasta ēku izmantojam kopienas centram, jo tas tieši kalpo mūsu mērķim noturēt ģimenes pagastā.⟧ |
| Traktors ar sniega lāpstu | tehniskais | ceļu tīrīšana ziemā |
| Biedru naudas un ziedojumi, 2300 EUR gadā | finanšu | līdzfinansējums |
| ⟦C6.1§Divi biedri ir IT speciālisti, trīs ir amatnieki, un skolotāja vada novadpētniecības pulciņu.⟧ | zināšanas | apmācības |

## 5. Sadarbība

⟦C5.3§Bebru pamatskola, pagasta bibliotēka, zemnieku saimniecība "Lejasozoli" un Kokneses apvienības pārvalde ir mūsu pastāvīgie partneri, un katrs no viņiem piedalās centra darbā.⟧ ⟦C6.4§Sadarbības partneri no Igaunijas ciema Kärstna divreiz gadā atsūta brīvprātīgos, un vietējais uzņēmējs ziedoja datorus.⟧ ⟦C6.3§Centra aprīkojums tika iegādāts ar LEADER projekta atbalstu, un 2025. gadā piedalījāmies kampaņā "Lielā talka".⟧
"""),
("kopsapulces_protokols.odt", """# Biedrības "Bebru Pūce" kopsapulces protokols

Bebros, 2026. gada 14. martā. Piedalās 38 biedri un 12 iedzīvotāji.

⟦C4.4§Kopsapulce ar balsojumu (41 par, 3 pret) nolēma, ka nākamā gada līdzdalības budžetu novirzīs rotaļu laukumam pie centra, jo par to nobalsoja lielākā daļa iedzīvotāju.⟧

⟦C4.3§Kad janvāra vētrā trīs dienas nebija elektrības, biedri paši noorganizēja ģeneratoru, siltu telpu centrā un pārtikas piegādi vientuļajiem senioriem.⟧ Valdes priekšsēdētāja pateicās visiem.

⟦C5.1§Rudenī vecmeistars Jānis Kalniņš vadīja trīs meistarklases par koka laivu darināšanu, un tajās piedalījās pieci jaunieši.⟧ ⟦C5.2§Senioru un jauniešu grupas kopā rīko vakarus, un centrā pulcējas arī divas ukraiņu ģimenes, kas pagastā dzīvo kopš 2022. gada.⟧

⟦C5.4§Informācija par sapulcēm nonāk pie visiem caur WhatsApp grupu, ziņojumu dēli pie veikala un pagasta avīzi, bet Facebook lapai esam saskaitījuši 640 sekotājus.⟧
"""),
])

S["B02"] = dict(name="Sece — Seces pagasta bibliotēka", arch="zip", files=[
("Lapa.html", """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Seces bibliotēka | Facebook</title><link rel="stylesheet" href="Lapa_files/style.css"></head><body>
<img src="Lapa_files/logo.png" alt="logo"><h1>Seces pagasta bibliotēka</h1>
<div class="post"><p>Sveiki, lasītāji! ⟦C1§Mūsu Seces pagasta kopiena ir neliela, bet ļoti dzīva, un bibliotēka ir vieta, kur satiekas gan sēlieši no Seces, gan no Sproģu puses.⟧</p></div>
<div class="post"><p>⟦C5.1§Pagājušajā sestdienā novadpētniece Ilze Ozola lasītājiem stāstīja par Seces muižas vēsturi, un bērni pēc tam zīmēja muižas plānu.⟧ ⟦C5.2§Uz stāstījumu atnāca gan pirmklasnieki, gan pensionāri no sociālās mājas.⟧</p></div>
<div class="post"><p>⟦C5.4§Par visiem pasākumiem ziņojam šeit Facebook lapā, bibliotēkas logā un pagasta izdevumā "Seces Vēstis", kas iznāk reizi mēnesī.⟧</p></div>
<div class="post"><p>Sludinājums: SIA "Sēlijas Dators" piedāvā datoru remontu un optiskā interneta pieslēgumu ar 20% atlaidi. Zvaniet!</p></div>
<div class="post"><p>⟦C3.3§Otrdienās bibliotēkā notiek digitālo prasmju nodarbības, kurās jau vairāk nekā divdesmit seniori iemācījušies pieteikties e-veselībā.⟧ Nodarbības vada bibliotekāre Dace.</p></div>
<div class="post"><p>Mums bieži jautā par kopienas centru. Jaunjelgavā tāds ir jau trīs gadus, bet mums tāda nav, un bibliotēka ir vienīgā publiskā telpa.</p></div>
<div class="post"><p>⟦C6.3§Digitālo prasmju nodarbības notiek Latvijas Nacionālās bibliotēkas programmas "Bibliotēka — digitālo prasmju centrs" ietvaros.⟧ ⟦C5.3§Nodarbībām telpas dod bibliotēka, datorus aizdod Seces pamatskola, bet pagasta pārvalde sedz transportu senioriem.⟧</p></div>
</body></html>"""),
], notes={"C3.2":"community centre exists only in Jaunjelgava, denied for Sece over contrast","C3.3":"advert for internet is not evidence; training seniors in e-health is","C4.1":"library (institution) runs activities; no resident organisation described"})

S["B03"] = dict(name="Staburags — jauniešu iniciatīvas grupa \"Staburaga Krasts\"", arch="zip", files=[
("ricibas_plans.docx", """# Staburaga jauniešu rīcības plāns 2027–2028

⟦C1,C4.1§Esam 14 Staburaga pagasta jaunieši vecumā no 15 līdz 24 gadiem, kas pirms gada izveidoja iniciatīvas grupu "Staburaga Krasts" un ievēlēja koordinatoru.⟧ ⟦C2§Mēs gribam, lai Staburagā jauniešiem būtu iemesls palikt, un redzam nākotnes pagastu kā vietu ar darbu, kopīgu telpu un regulāriem pasākumiem.⟧

Mēs plānojam izveidot kopstrādes telpu bijušajā skolas bibliotēkā. Būtu labi arī uzlikt saules paneļus uz estrādes jumta. Vēlāk varētu izstrādāt mobilo lietotni pagasta pasākumiem.

| Rīcība | Termiņš | Atbildīgais |
|---|---|---|
| Laivu noma jauniešu sociālā uzņēmuma formā | 2027. gada maijs | Roberts |
| Iedzīvotāju aptauja par telpu | 2027. gada aprīlis | Elīza |
| WhatsApp grupas izveide visiem jauniešiem | 2027. gada februāris | Kārlis |
| Pieteikšanās Erasmus+ jauniešu apmaiņai | 2028. gada janvāris | Anete |

⟦C4.3§Pagājušajā vasarā paši sakopām Daugavas krastu pie Staburaga pieminekļa un savācām 60 maisus atkritumu, neviens mūs pie tā nespieda.⟧ ⟦C4.2§Mums ir svarīgi, ka esam no vietas, kuras vārds ir katrā latviešu dziesmu grāmatā, un par Staburagu stāstām ar lepnumu.⟧

Šo rīcību vēl neesam sākuši, jo gaidām finansējumu.
"""),
], notes={"C3.1":"social enterprise only as an action-plan row","C3.2":"co-working space only planned","C3.3":"solar panels/app only wished","C4.4":"survey is a future plan row","C5.4":"WhatsApp group only planned","C6.3":"Erasmus+ only planned"})

S["B04"] = dict(name="Daudzese — pensionāres iesniegums", arch="zip", files=[
("vestule.odt", """# Iesniegums Aizkraukles rajona partnerībai

Es, Zenta Priedīte, 78 gadus veca, dzīvoju Daudzesē viena un rakstu savā vārdā, ne kādas grupas vārdā.

Mums Daudzesē vajadzētu kopienas centru, jo ziemā nav kur satikties. Būtu labi, ja kāds uzliktu saules paneļus uz kultūras nama. Varētu arī sarīkot talku kapos, bet neviens to neorganizē.

Biedrības mums nav, un iedzīvotāju sapulces pēdējos gados nav notikušas. Resursi vēl nav apzināti. Kopīgas vīzijas mums nav, katrs dzīvo savu dzīvi.

Jautājums par sadarbības partneriem: Nav.

Jautājums par informācijas apriti: Vēl tiek izstrādāts.

Lūdzu izskatīt manu vēstuli.
"""),
], notes={"C1":"single resident writing as herself; no community of residents presented","C2":"vision explicitly denied","C4.1":"association explicitly denied","C6.1":"resources not identified (denied)"})

S["B05"] = dict(name="Klintaine — lauksaimniecības kooperatīvs \"Klintaines Druva\"", arch="tar.gz", files=[
("pasvertejums.docx", """# Pašvērtējuma tabula

| Kritērijs | Punkti | Pamatojums |
|---|---|---|
| C3.1 Inovācija uzņēmējdarbībā | 5 | ⟦C3.1§Deviņas Klintaines pagasta saimniecības 2023. gadā nodibināja kooperatīvu, kas kopīgi žāvē un fasē graudus un pārdod tos ar zīmolu "Klintaines Druva".⟧ |
| C3.3 Tehnoloģiskā inovācija | 5 | ⟦C3.3§Kooperatīva graudu kaltē darbojas viedie mitruma sensori, un visi biedri ir apmācīti sekot datiem telefonā.⟧ |
| C4.2 Identitāte | 5 | Kopiena apzinās savu identitāti un vērtības. |
| C4.4 Lēmumi no apakšas | 5 | Lēmumi tiek pieņemti no apakšas uz augšu. |
| C6.1 Resursi | 5 | Skatīt pielikumā Nr. 3. |
| C2 Vīzija | 5 | ⟦C2§Mūsu mērķis ir, lai lauku darbs Klintainē atkal dotu iztiku jaunām ģimenēm, un nākotnē gribam pagastā atvērt arī pārstrādes cehu.⟧ |
"""),
("valdes_sede.odt", """# Kooperatīva valdes sēdes protokols

⟦C1§Klintaines pagasta zemnieki, kas apvienojušies kooperatīvā, ir ne tikai uzņēmēji, bet arī kaimiņi, kas kopā uztur ceļus un rīko Jāņus.⟧ ⟦C4.1§Kooperatīvā ir 9 biedri, katrs ar vienu balsi, un valde tiek ievēlēta uz diviem gadiem.⟧

Valde vienpersoniski nolēma iegādāties jaunu svaru, iedzīvotāji netika aptaujāti.

⟦C6.3§Kaltes modernizācija 2024. gadā tika līdzfinansēta no ELFLA pasākuma "Ieguldījumi materiālajos aktīvos".⟧ ⟦C6.4§Graudu analīzēs mums palīdz Latvijas Biozinātņu un tehnoloģiju universitātes pētnieki, kas brauc pie mums bez maksas.⟧

Kooperatīvs "Vidzemes Graudi" Cēsu pusē jau eksportē uz Skandināviju, bet mēs eksportā neesam piedalījušies.
"""),
], notes={"C4.2":"self-assessment restates criterion only","C4.4":"board decided alone; self-assessment claim only","C6.1":"'see annex' with no such annex"})

S["B06"] = dict(name="Mazzalve — Mazzalves pamatskolas projekts", arch="zip", files=[
("skolas_pieteikums.docx", """# Mazzalves pamatskolas pieteikums

## 1. Iesniedzējs

Mazzalves pamatskola, Neretas apvienība, Aizkraukles novads. Pieteikumu sagatavoja skolotāja Līga Bērziņa.

## 2. Situācijas apraksts

⟦C1§Mēs, Mazzalves pagasta skolotāji, vecāki un skolēni, esam lielākā pagasta kopiena, un mazzalvieši paši sevi sauc par "skolas ciemu".⟧ Visas aktivitātes organizē skolas administrācija; iedzīvotājiem sava biedrība nav.

⟦C5.1§Skolas muzejā skolēni kopā ar vecvecākiem pieraksta Mazzalves teikas un sēļu izloksnes vārdus.⟧ ⟦C5.2§Skolas pēcpusdienās pie mums nāk arī bērni ar īpašām vajadzībām no kaimiņu internātskolas, un viņi darbojas kopā ar mūsu skolēniem.⟧ ⟦C5.3§Pasākumos piedalās skola, Neretas apvienības pārvalde, vietējā luterāņu draudze un divas zemnieku saimniecības, kas dāvina produktus.⟧

## 3. Vīzija

Vīzija: —

## 4. Inovācijas

⟦C3.3§Kopš 2025. gada skolā ir robotikas pulciņš, un skolēni vakaros māca vecākiem lietot Latvija.lv e-pakalpojumus.⟧ Projekta tehniskais mērķis ir nomainīt sporta zāles grīdu.

## 5. Finansējums

Grīdas projekts (būvprojekts) jau ir saskaņots ar būvvaldi. ⟦C6.3§Skola ar pagasta bērniem piedalās Valsts izglītības satura centra programmā "Skolas soma".⟧
"""),
], notes={"C2":"heading with dash; technical aim is not vision","C4.1":"institution runs activities; residents have no organisation","C6.1":"no resources identified"})

S["B07"] = dict(name="Aiviekste — SIA \"Aiviekstes Koks\" (uzņēmums)", arch="zip", files=[
("uznemuma_pieteikums.docx", """# SIA "Aiviekstes Koks" pieteikums

SIA "Aiviekstes Koks" ir kokapstrādes uzņēmums ar 23 darbiniekiem, reģistrēts Aiviekstes pagastā.

Viedais ciems ir kopiena, kas izmanto inovatīvus risinājumus, lai uzlabotu dzīves kvalitāti. Viedais ciems apvieno iedzīvotājus, uzņēmējus un pašvaldību.

⟦C3.1§Uzņēmums 2024. gadā atvēra e-veikalu, kurā pārdod koka rotaļlietas ar zīmolu "Aiviekstes Rotaļa".⟧ ⟦C3.3§Cehā uzstādījām saules paneļus, kas nodrošina 40% elektroenerģijas.⟧

Uzņēmuma vērtības bilancē ir 1,2 miljoni eiro. Mūsu eksporta mērķi ir Vācija un Nīderlande.

Uzņēmumam ir sadarbības tīkls ar elektroapgādes uzņēmumu, kas nodrošina stabilu tīklu. Darbinieki netiek iesaistīti lēmumu pieņemšanā. ⟦C6.3§E-veikala izveidei saņēmām ELFLA atbalstu LEADER programmā 2023. gadā.⟧

⟦C6.4§Dizainu rotaļlietām izstrādāja dizaineri no Rīgas Mākslas akadēmijas, un uzņēmums piesaistīja investoru no Somijas.⟧

Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos.
"""),
], notes={"C1":"a company, not a community; address only","C2":"company goals / export destinations (other sense)","C4.1":"company, no resident organisation","C4.2":"'vērtības' as money","C6.4":"partly: 'tīkls' as electricity network not evidence; designers+investor are"})

S["B08"] = dict(name="Vietalva — biedrība \"Vietalvas Avots\"", arch="tar.gz", files=[
("pieteikums.odt", """# Projekta pieteikums "Vietalva — viedais ciems"

## 1. Par kopienu

⟦C1,C4.1§Biedrība "Vietalvas Avots" apvieno Vietalvas pagasta iedzīvotājus kopš 2011. gada, un tās valdē ir pieci ievēlēti ciema cilvēki.⟧ ⟦C4.2§Vietalvieši lepojas ar muižas pili, ar savu kori un ar to, ka pie mums svešinieku sveicina kā savējo — tā ir mūsu vērtība.⟧

## 2. Vīzija

⟦C2§Nākotnē vēlamies, lai Vietalva būtu zaļš un drošs ciems, kur katrs vecs cilvēks saņem palīdzību un katrs bērns var mācīties tuvu mājām.⟧

## 3. Paveiktais

⟦C3.2§Pirms diviem gadiem izveidojām laika banku, kurā iedzīvotāji apmainās ar stundām — kāds pļauj zālienu, cits māca angļu valodu.⟧ ⟦C3.1§Pilī iekārtojām tūrisma maršrutu ar vietējo saimnieku degustācijām, un tā ieņēmumi paliek biedrībai.⟧ ⟦C3.3§Ciema centrā darbojas viedie ielu lukturi ar kustības sensoriem, un gaisa kvalitātes dati redzami biedrības mājaslapā.⟧

⟦C4.3§Kad slēdza ciema veikalu, biedri paši noorganizēja pārtikas busiņu, kas divreiz nedēļā apbrauc viensētas.⟧ ⟦C4.4§Par to, kurus trīs darbus veikt šogad, iedzīvotāji balsoja kopsapulcē, un uzvarēja tieši busiņš.⟧
"""),
("resursi_un_partneri.docx", """# Resursu tabula

| Resurss | Veids | Mērķis |
|---|---|---|
| ⟦C6.1§Biedrībai pieder busiņš un pārvietojama skatuve.⟧ | tehniskais | pasākumi |
| ⟦C6.1,C6.2§Pils parku, ko nomājam no pagasta, izmantojam tūrisma maršrutam, lai dotu darbu vietējiem un sasniegtu mūsu mērķi par dzīvotspējīgu ciemu.⟧ | teritoriālais | viedais ciems |
| ⟦C6.1§Mūsu unikālais resurss ir 19. gadsimta ērģeles baznīcā, kuras spēlē tikai vietējā ērģelniece.⟧ | unikālais | kultūra |

⟦C5.1§Ērģelniece reizi mēnesī māca bērniem ērģeļu spēli, un kora vadītāja pārraksta vecās Vietalvas dziesmas.⟧ ⟦C5.2§Laika bankā vienlīdz aktīvi ir seniori, jaunieši un cilvēki ar invaliditāti.⟧ ⟦C5.3§Kopā ar mums strādā Vietalvas pamatskola, evaņģēliski luteriskā draudze, pagasta pārvalde un trīs uzņēmēji.⟧

⟦C5.4§Iekšējai informācijai izmantojam WhatsApp grupu un ziņojumu dēli pie pagastmājas, bet ārējai — mājaslapu un Facebook; pagājušajā gadā mājaslapai bija ap 9000 apmeklējumu.⟧

⟦C6.3§Laika banku izveidojām ar Sabiedrības integrācijas fonda NVO programmas atbalstu.⟧ ⟦C6.4§Ērģeļu restaurācijai ziedoja vietalvieši no Īrijas un Anglijas, un somu sadraudzības ciems atsūtīja meistarus.⟧
"""),
])
