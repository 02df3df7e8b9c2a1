S = {}
S["B09"] = dict(name="Jūrkalne — zvejnieku biedrība \"Jūrkalnes zvejnieki\"", fmt="zip", notes={"C3.1":"direct sales only planned","C4.4":"chair decides"}, files=[
("zvejnieki.docx", "docx", """# Jūrkalnes zvejnieku biedrības apraksts

{{C1,C4.1::Jūrkalnes zvejnieku biedrībā apvienojušies četrpadsmit piekrastes zvejnieki un viņu ģimenes no Jūrkalnes pagasta.}}
{{C2::Gribam, lai piekrastes zveja Jūrkalnē nepazūd un mūsu bērni varētu no tās dzīvot.}}
{{C4.2::Jūrkalnes stāvkrasts un zvejnieku sētas ir tas, kas mūs atšķir no jebkuras citas vietas.}}
{{C5.1::Vecie zvejnieki jaunajiem rāda, kā siet tīklus un kūpināt zivis skursteņos.}}

Tiešo tirdzniecību no laivas mēs plānojam sākt nākamajā sezonā.

Lēmumus biedrībā pieņem priekšsēdētājs, citi tikai uzzina.

Zvejai izmantojam tīklus, kas nopirkti Liepājā.

{{C6.1::Biedrības rīcībā ir divas laivas, traktors laivu izvilkšanai un zivju kūpinātava.}}
{{C6.3::Ar Eiropas Jūrlietu un zivsaimniecības fonda atbalstu iegādājāmies ledus ģeneratoru.}}
"""),
("sapulce.html", "html", """# Sapulce 2025. gada 2. februārī

{{C4.3::Kad vētra izpostīja piestātni, zvejnieki paši savāca baļķus un divās nedēļās uzbūvēja jaunu.}}

Nākamā tikšanās — martā.
"""),
])

S["B10"] = dict(name="Mazzalve — iedzīvotājs Pēteris", fmt="zip", notes={"C1":"single resident; no community presented","C4.1":"no organisation","C2":"personal wish"}, files=[
("vestule.odt", "odt", """# Iesniegums

Labdien! Esmu Pēteris no Mazzalves, Neretas pusē.

Es dzīvoju viens, un man gribētos, lai ciemā būtu kāds veikals.

Pie mums nav nekādas biedrības, nav arī kopienas centra.

Varētu kādreiz sarīkot talku, bet neviens negrib.

Projekts — tā ir mana mājas rekonstrukcijas skice, ko pievienoju.

{{C5.4::Par ciema jaunumiem uzzinu no pagasta avīzes "Neretas Novadnieks", kas pienāk pa pastu.}}
"""),
])

S["B11"] = dict(name="Klintaine — biedrība \"Klintaines ozoli\" (bez diakritikas)", fmt="zip", notes={"C3.3":"offer of internet refused"}, files=[
("pieteikums.docx", "docx", """# Pieteikums

Biedriba "Klintaines ozoli", Klintaines pagasts, Aizkraukles novads

{{C1,C4.1::Musu biedriba apvieno Klintaines pagasta iedzivotajus, kam rup sava ciema nakotne, un taja ir 35 biedri.}}
{{C2::Musu merkis ir sakopts un dross ciems, kura gimenes ar berniem grib dzivot.}}
{{C4.3::Pagajusaja vasara pasi uzbuvejam laipu pari strautam, jo pasvaldibai nebija naudas.}}
{{C4.4::Katru gadu iedzivotaju sapulce balsojot izlemj, kuru darbu darisim nakamaja talka.}}
{{C5.3::Sadarbojamies ar Klintaines bibliotēku un zemnieku saimniecibu "Ozoli", kas dod tehniku.}}

Mums piedavaja optisko internetu, bet no ta atteicamies, jo bija par dargu.

{{C6.3::Piedalijamies novada lidzdalibas budzeta konkursa un ieguvam 3000 eiro soliņiem.}}
"""),
])

S["B12"] = dict(name="Ambeļi (Latgale) — bīdreiba \"Ambeļu kūpīna\"", fmt="tar.gz", notes={}, files=[
("pīteikums.docx", "docx", """# Pieteikums "Viedais ciems" — Ambeļi, Ambeļu pagasts, Augšdaugavas novads

## 1. Kopiena

{{C1::Ambeļu ciema latgalīši un krievvalodīgie kaimiņi kopā veido mūsu pagasta kopienu, ko vieno Dubnas upe un kopīga vēsture.}}
{{C4.1::Biedrībā "Ambeļu kūpīna" ir 48 biedri, valdē pieci cilvēki, un katram ciema galam ir savs pārstāvis.}}

## 2. Mērķis

{{C2::Mēs gribam, lai Ambeļi nākotnē būtu latgaliska, dzīva vieta ar savu skolu un darbu vietējiem.}}

## 3. Jaunievedumi

{{C3.1::Mūsu sociālais uzņēmums "Ambeļu kārums" ražo biezpiena sieru un pārdod to caur tiešās tirdzniecības platformu.}}
{{C3.2::Izveidojām kaimiņu palīdzības tīklu: seši brīvprātīgie koordinatori nedēļā apbraukā vientuļos vecos cilvēkus.}}
{{C3.3::Skolas datorklasē jaunieši iemācīja četrdesmit pensionāriem izmantot latvija.lv e-pakalpojumus.}}

## 4. Identitāte

{{C4.2::Latgaliešu valoda, Ambeļu baznīcas svētki un krucifiksi ceļmalās ir mūsu vērtības, par tām mēs rūpējamies.}}
{{C4.3::Kad pagasta pārvaldi apvienoja ar citu, paši izveidojām ciema punktu, kur var nodot vēstules un saņemt medikamentus.}}
{{C4.4::Iedzīvotāju sapulcē ar balsojumu izvēlējāmies, ka vispirms atjaunosim ciema pirti.}}

## 5. Atvērtība

{{C5.1::Keramiķe Ona katru vasaru rāda jaunatnei, kā pēc Latgales tradīcijām virpot podus.}}
{{C5.2::Svētkos kopā dzied latgaliešu, krievu un baltkrievu kori, bet ceļu uz pirti pielāgojām ratiņkrēsliem.}}
{{C5.3::Ambeļu pamatskola, katoļu draudze un pagasta pārvalde kopā ar mums organizē Ūdens dienu.}}
{{C5.4::Informāciju izplatām biedrības Viber grupā un latgaliski rakstītā avīzītē, ko nesam uz katru māju, un katru rudeni saskaitām, cik cilvēku tā sasniedz.}}

## 6. Resursi

| Veids | Resurss | Mērķim |
|---|---|---|
| Zināšanas | {{C6.1::Trīs biedriem ir siera meistara un pārtikas tehnologa izglītība.}} | {{C6.2::Šīs zināšanas izmantojam sociālajā uzņēmumā, kas dod darbu vietējiem, kā paredz mūsu mērķis.}} |
| Finanšu | {{C6.1::Sociālā uzņēmuma peļņa, ap 4000 eiro gadā.}} | Pirts atjaunošanai |

{{C6.3::Ar Latvijas Lauku foruma kampaņas "Kopienu gads" atbalstu sarīkojām pirmos kopienas svētkus.}}
{{C6.4::Ziedojumus pirts atjaunošanai devuši ambeļnieki, kas dzīvo Īrijā un Anglijā.}}
"""),
])

S["B13"] = dict(name="Vietalva — Vietalvas skolotāju un vecāku biedrība", fmt="zip", notes={"C6.1":"denied: not yet identified","C3.3":"tablets in other school"}, files=[
("pasnovertejums.docx", "docx", """# Pašnovērtējuma tabula

| Kritērijs | Punkti | Pamatojums |
|---|---|---|
| Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai | 5 | Atbilst |
| Kopīgi mērķi un nākotnes vīzija | 5 | {{C2::Gribam, lai Vietalvas skola saglabātos un būtu ciema sirds vēl daudzus gadus.}} |
| Inovatīvu risinājumu ieviešana | 3 | Pļaviņu ģimnāzijā visiem bērniem ir planšetes, bet mums tādu nav. |
| Iedzīvotāju kopa | 4 | {{C1,C4.1::Vietalvas pagasta skolotāji un vecāki 2021. gadā izveidoja biedrību, kurā tagad ir 27 biedri.}} |
| Apzināti resursi | 2 | Resursi vēl nav apzināti. |
| Informatīvā telpa | 5 | — |

{{C5.1::Skolotāja Dace ar skolēniem pierakstīja Vietalvas muižas teikas un izdeva tās bukletā.}}
{{C5.3::Skolas pasākumos piedalās pagasta pārvalde, vietējie uzņēmēji un Vietalvas luterāņu draudze.}}
{{C4.2::Vietalvā vērtējam, ka pie mums katru bērnu pazīst vārdā.}}
"""),
("protokols.odt", "odt", """# Valdes sēdes protokols

Valde nolēma iegādāties jaunas galda spēles, vecāki par to netika aptaujāti.

{{C4.3::Kad skolai rudenī izbeidzās malka, vecāki paši sagādāja un sakrāva divdesmit kubikmetrus.}}
{{C6.3::Esam piedalījušies programmā "Skolas soma" un ar to aizvedām bērnus uz teātri.}}
"""),
])

S["B14"] = dict(name="Zalve — zemnieku saimniecība \"Lejasbrieži\"", fmt="zip", notes={"C1":"farm, not a community","C4.1":"no residents' organisation","C4.4":"farmer decides"}, files=[
("saimnieciba.html", "html", """# Zemnieku saimniecība "Lejasbrieži", Zalves pagasts

Esmu zemnieks Andris, un mana saimniecība audzē griķus un turpina gaļas liellopus.

{{C3.1::Kopš pērnā gada gaļu pārdodam pa tiešo ģimenēm caur pašu izveidotu pasūtījumu sistēmu un veidojam zīmolu "Zalves gaļa".}}
{{C3.3::Uz šķūņa jumta esam uzstādījuši saules paneļus, kas nodrošina visu saimniecības elektrību.}}

Kaimiņu saimniecībām šādu paneļu nav, un viņi par tiem nav interesējušies.

Griķu vērtības biržā šogad krita.

{{C5.3::Katru rudeni pie mums ekskursijā brauc Zalves pamatskolas skolēni, un pagasts palīdz ar autobusu.}}
{{C6.3::Paneļus uzstādījām ar Lauku atbalsta dienesta administrētu ELFLA atbalstu.}}

Nākotnē būtu vajadzīgs arī lopu sensoru tīkls, bet tas vēl nav uzsākts.
"""),
])

S["B15"] = dict(name="Odziena — Odzienas muižas draugu kopa", fmt="zip", notes={"C2":"definition only","C4.1":"aspiration only"}, files=[
("bukletinš.odt", "odt", """# Par viedajiem ciemiem

Viedie ciemi ir lauku kopienas, kas izmanto esošās stiprās puses un jaunas iespējas.

Kopīgi mērķi un nākotnes vīzija.

Odzienas muiža ir viena no skaistākajām neogotikas muižām Vidzemē.

Mēs vēlētos kādreiz nodibināt biedrību.

Valkas novadā daudzi ciemi jau strādā kopā, bet pie mums vēl ne.

Vīzija: Vēl tiek izstrādāta.
"""),
])

S["B16"] = dict(name="Aiviekste — biedrība \"Aiviekstes loki\"", fmt="zip", notes={"C3.1":"route only planned","C6.4":"no sponsors, denied"}, files=[
("Lapa.html", "fb", """# Biedrība "Aiviekstes loki" | Facebook

{{C1::Mēs, Aiviekstes ciema iedzīvotāji, kopā rūpējamies par savu vietu pie upes.}}
{{C4.1::Biedrības padomē ir seši cilvēki, un tās sēdes ir atvērtas ikvienam ciema iedzīvotājam.}}
{{C4.3::Sestdien trīsdesmit cilvēku talkā iztīrījām upes krastu un uzstādījām jaunus soliņus.}}

Plānojam izveidot laivu maršrutu pa Aiviekstes lokiem.

Sponsorus vēl neesam atraduši, un ziedojumu nav bijis.

{{C5.4::Šajā lapā un ciema e-pasta sarakstā paziņojam par talkām, un pēc katras talkas uzzinām, ka lielākā daļa dalībnieku to redzēja tieši šeit.}}
{{C5.2::Talkās kopā strādā gan skolēni, gan pensionāri, gan jaunās ģimenes ar bērnu ratiem.}}

Programma: 10:00 reģistrācija, 11:00 darbi, 14:00 zupa.
"""),
("statuti.docx", "docx", """# Biedrības mērķi

{{C2::Biedrības mērķis ir padarīt Aiviekstes ciemu par vietu, kur upe ir dzīves kvalitātes avots visiem iedzīvotājiem.}}
{{C4.4::Par jaunām aktivitātēm lemj biedru kopsapulce ar vienkāršu balsu vairākumu.}}
"""),
])
