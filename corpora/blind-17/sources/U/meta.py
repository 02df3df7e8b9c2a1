# Per-submission metadata: files, genre, traps and notes for absent indicators.
# Evidence comes from ⟦IDs|sentence⟧ markers inside the source files (build.py strips them).
HF = ("Aizkraukles rajona partnerība · LEADER 2023–2027", "Eiropa investē lauku apvidos")

ALL_GENERIC = "general essay / consultant's sample with no real applicant"

S = {}

S["U01"] = dict(name='Biedrība "Liepkalnu kopiena" (Liepkalni, Sērenes pagasts)', fmt="zip",
    genre="LEADER application form (DOCX, header/footer) + pagasts letter of support (ODT)",
    files=[("Pieteikums.md", "Pieteikums.docx", True), ("Atbalsta_vestule.md", "Atbalsta_vestule.odt", False)],
    main="Pieteikums.docx", quality="strong",
    traps="header/footer boilerplate; neighbour's EV station '…, bet mums tādas nav'; planned solar panels; municipality letter",
    notes={})

S["U02"] = dict(name='Senioru klubs "Rudzupuķe" (Ozolmuiža, Kokneses pagasts)', fmt="zip",
    genre="general-meeting minutes with votes (DOCX) + village newsletter with adverts (HTML)",
    files=[("Kopsapulces_protokols.md", "Kopsapulces_protokols.docx", False), ("Ozolmuizas_Vestis.html", "Ozolmuizas_Vestis.html", False)],
    main="Kopsapulces_protokols.docx", quality="mixed",
    traps="advert (e-veikals of a farm); newspaper quote about Bebri time bank; wish 'būtu labi'; denial 'resursi vēl nav apzināti'; denial list for school/pārvalde; abandoned SIF idea; conditional sponsors",
    notes={
      "C3.1": "Only a newsletter advert of ZS 'Kalnavoti' e-shop (an advert, not the applicant).",
      "C3.2": "Time bank is reported by the newspaper 'Staburags' about neighbouring Bebri (other place); the club meeting in the tautas nams is a traditional culture house, not C3.2.",
      "C3.3": "Wish only: 'būtu labi, ja kāds pasniedzējs varētu…' and 'tādas apmācības pagaidām nav notikušas' (denied).",
      "C5.3": "Denied: 'ne skola, ne pagasta pārvalde, ne vietējie uzņēmēji kluba darbā pagaidām netiek iesaistīti'.",
      "C6.1": "Denied: 'resursi vēl nav apzināti'.",
      "C6.2": "No identified resources (C6.1 absent) to tie to the goal.",
      "C6.4": "Conditional only: 'varētu meklēt sponsorus vai sadraudzības klubu…', 'neviens konkrēts kontakts nav zināms'.",
    })

S["U03"] = dict(name='LPKS "Neretas ogas" (Neretas pagasts), cooperative', fmt="tar.gz",
    genre="self-assessment table (criterion / points / justification) + resources, budget (DOCX)",
    files=[("Pasnovertejums.md", "Pasnovertejums.docx", False)],
    main="Pasnovertejums.docx", quality="mixed",
    traps="criteria wording restated as answers; points with '—'; 'Skatīt pielikumā Nr. 3' without annex; board decided alone; 'Vēl tiek izstrādāti.'; conditional partners",
    notes={
      "C3.2": "Justification only restates the criterion ('Tiek ieviestas jaunas sadarbības formas…'), no fact.",
      "C4.1": "Non-answer 'Skatīt pielikumā Nr. 3.' — no such annex in the archive.",
      "C4.2": "Points claimed with an empty justification '—'.",
      "C4.4": "Board decided alone ('Valde 2021. gadā nolēma…'); members only supported afterwards.",
      "C5.1": "Denied: 'Šobrīd šajā jomā aktivitāšu nav.'",
      "C5.2": "Denied: 'jaunieši kooperatīva dzīvē pagaidām netiek iesaistīti'; seasonal pupils' work is employment.",
      "C5.4": "Non-answer: 'Vēl tiek izstrādāti.'",
      "C6.4": "Conditional only: 'Nākotnē varētu piesaistīt partnerus no Lietuvas…'.",
    })

g4 = "Consultant's sample with placeholders; no real applicant; "
S["U04"] = dict(name='SIA "Lauku projektu birojs" — consultant\'s sample application', fmt="zip",
    genre="consultant's sample / template with no real applicant (DOCX)",
    files=[("Paraugs_pieteikums.md", "Paraugs_pieteikums.docx", False)],
    main="Paraugs_pieteikums.docx", quality="very weak",
    traps="no real applicant; placeholders [ciems]; EC definition; expert quote; invented examples 'ciemā A'; consultancy advert",
    notes={
      "C1": g4 + "'[ciems], [pagasts], [novads]' placeholders only.",
      "C2": g4 + "vision is a fill-in example '[ko vēlaties sasniegt]'.",
      "C3.1": g4 + "'ciemā C… kooperatīvā… e-veikalā' is an invented example.",
      "C3.2": g4 + "time bank / co-working appear only as invented examples 'ciemā A/B'.",
      "C3.3": g4 + "'ciemā D jaunieši māca senioriem' is an invented example.",
      "C4.1": g4 + "example sentence with '[skaits]' placeholders.",
      "C4.2": g4 + "no community identity stated.",
      "C4.3": g4 + "only advice what a self-organisation story should contain.",
      "C4.4": g4 + "only advice ('Lēmumus pieņemam [kopsapulcē…]').",
      "C5.1": g4 + "placeholder '[kas] māca [ko] [kam]'.",
      "C5.2": g4 + "no groups of a real community.",
      "C5.3": g4 + "placeholder '[skolu, pašvaldību, uzņēmējiem]'.",
      "C5.4": g4 + "advice on information space only.",
      "C6.1": g4 + "resource table filled with '[…]' placeholders.",
      "C6.2": g4 + "advice only.",
      "C6.3": g4 + "list of programmes as advice ('Latvijā ir daudz iespēju…'), sample '[gadā]'.",
      "C6.4": g4 + "advice 'Neaizmirstiet arī sadraudzības ciemus'.",
    })

S["U05"] = dict(name='Biškopju klubs "Medus ceļš" (Vietalvas pagasts)', fmt="zip",
    genre="action plan and budget table (ODT) + cover letter (DOCX)",
    files=[("Ricibas_plans_un_budzets.md", "Ricibas_plans_un_budzets.odt", False), ("Pavadvestule.md", "Pavadvestule.docx", False)],
    main="Ricibas_plans_un_budzets.odt", quality="mixed",
    traps="action-plan rows for brand/e-shop, smart hive scales, tourism route, talka, LAD measures, intergenerational day; denial 'nav piedalījies nevienā projektu konkursā'",
    notes={
      "C3.1": "Brand, e-shop and honey tourism route exist only as action-plan rows 2 and 4 (planned).",
      "C3.2": "No new form of cooperation or management described.",
      "C3.3": "Smart hive scales only as action-plan row 3 (planned).",
      "C4.3": "Talka only as action-plan row 5; no own problem-solving described.",
      "C5.2": "Seniors and youth only in planned row 7 ('Medus diena'); no integration of groups shown.",
      "C6.3": "Denied: 'Līdz šim klubs nav piedalījies nevienā projektu konkursā…'; LAD measures only as plan row 6.",
    })

S["U06"] = dict(name='SIA "Staburaga viesu nams" — guest house (Staburaga pagasts)', fmt="zip",
    genre="application form of a company (DOCX) + saved website page Lapa.html with Lapa_files/",
    files=[("Pieteikums.md", "Pieteikums.docx", False), ("Lapa.html", "Lapa.html", False)],
    lapa=("style.css", "main.js", "logo.png"),
    main="Pieteikums.docx", quality="mixed (weak)",
    traps="applicant is a company, not a community; adverts on website; 'Skatīt pielikumā Nr. 2' without annex; criterion restated; 'Informatīvā telpa: —'; board decision; 'projekts' as building design; wish for a residents' association",
    notes={
      "C1": "Applicant is a company; the pagasts is named but the applicant is not presented as its community ('iedzīvotāju biedrības nav').",
      "C2": "Business vision of the company (nakšņojumu skaits +40 %), not a community's shared goal.",
      "C3.2": "Non-answer 'skatīt pielikumā Nr. 2' — no annex in the archive.",
      "C3.3": "Criterion wording restated as answer; 3D screen only planned.",
      "C4.1": "Denied: 'Staburaga ciemā iedzīvotāju biedrības nav'; activities run by the company.",
      "C4.2": "No identity or values of a community stated.",
      "C4.3": "Denied: 'iedzīvotāji kopīgus pasākumus līdz šim nav rīkojuši'.",
      "C4.4": "Decision by the company board ('pieņēma uzņēmuma valde').",
      "C5.2": "No integration of social/age groups described.",
      "C5.4": "Heading followed by '—'; website Facebook/Instagram links are navigation, not a statement.",
      "C6.1": "Non-answer 'skatīt pielikumā Nr. 2'.",
      "C6.2": "No identified resources and no community goal.",
    })

S["U07"] = dict(name='Biedrība "Dzirnaviņu skolas vecāki" (Dzirnaviņas, Daudzeses pagasts)', fmt="zip",
    genre="project final report (DOCX) + school's letter of support (ODT)",
    files=[("Gala_parskats.md", "Gala_parskats.docx", False), ("Skolas_vestule.md", "Skolas_vestule.odt", False)],
    main="Gala_parskats.docx", quality="strong",
    traps="abandoned time bank; planned outdoor gym; school letter in its own 'we' (its own programmes); ELFLA/LEADER plaque; 'Skolas iela'",
    notes={})

S["U08"] = dict(name='Ģimenes saimniecību tīkls "Zalves sētas" (Zalves pagasts)', fmt="tar.gz",
    genre="cooperation agreement with numbered clauses (ODT)",
    files=[("Sadarbibas_ligums.md", "Sadarbibas_ligums.odt", False)],
    main="Sadarbibas_ligums.odt", quality="mixed",
    traps="obligation clauses (apņemas…, sagatavos) as plans; 'tīkls' as electricity network; conditional solar panels",
    notes={
      "C3.1": "Online direct-sales platform and brand only as obligations (clauses 4.2, 4.5).",
      "C3.3": "Solar panels only planned 'ja tiks iegūts atbalsts' (5.3).",
      "C4.2": "No identity or values stated.",
      "C4.3": "Joint talkas only as an obligation (4.1), nothing done.",
      "C5.1": "Knowledge exchange only as an obligation (4.3).",
      "C5.2": "No integration of groups.",
      "C5.3": "Only family farms involved; no school, municipality or other sector.",
      "C6.3": "LEADER application is a future obligation (4.4).",
      "C6.4": "'Sadales tīkla elektrības tīklam' is the electricity network (homograph); no external partners.",
    })

S["U09"] = dict(name='Biedriba "Perses makskernieki" (Koknese) — typed without diacritics', fmt="zip",
    genre="application form typed entirely without Latvian diacritics (DOCX)",
    files=[("Pieteikums.md", "Pieteikums.docx", False)],
    main="Pieteikums.docx", quality="mixed",
    traps="no diacritics; neighbour's route '…, bet mums tada nav'; conditional cameras; denial of cooperation; 'Nav apkopoti.'",
    notes={
      "C3.1": "Denied across a contrast: 'Kaimini Aiviekste ir izveidojusi … marsrutu …, bet mums tada nav.'",
      "C3.2": "Denied: 'Jaunu sadarbibas formu vai digitalu risinajumu biedribai pagaidam nav.'",
      "C3.3": "Conditional wish: 'Butu labi uzstadit videokameras…'; denial of digital solutions.",
      "C5.3": "Denied: 'Ar skolu un pasvaldibu tiesi nesadarbojamies' (only coordinating talkas).",
      "C6.1": "Non-answer: 'Nav apkopoti.'",
      "C6.2": "No identified resources (C6.1 absent).",
    })

S["U10"] = dict(name='Sunākstes ev. lut. draudze — printed e-mail thread', fmt="zip",
    genre="printed e-mail thread with the LAG consultant (HTML)",
    files=[("Epasta_sarakste.html", "Epasta_sarakste.html", False)],
    main="Epasta_sarakste.html", quality="very weak",
    traps="council decided alone; 'vajadzētu aptauju'; 'projekts' as building design; 'vērtības' as money; 'programma' as concert programme; 'mērķi' as travel destinations; criteria restated; ended partnership; 'skatīt pielikumā'; consultant's statements",
    notes={
      "C2": "Non-answer 'Vīzija un mērķi vēl tiek izstrādāti.'; 'ekskursijas mērķi' are travel destinations.",
      "C3.1": "Nothing on business innovation.",
      "C3.2": "Restated criterion 'tiek ieviesti inovatīvi risinājumi, kas integrēti vairākās dzīves jomās' without fact.",
      "C3.3": "Wish only: 'Gribētu arī translēt dievkalpojumus internetā, būtu labi, bet nav, kas to dara.'",
      "C4.2": "No values or uniqueness stated (Stenders mentioned only as a historical fact).",
      "C4.3": "No self-organised problem solving described.",
      "C4.4": "Council decided alone ('Draudzes padome … nolēma', 'to izlēma padome'); survey only suggested 'vajadzētu'.",
      "C5.2": "No integration of groups.",
      "C5.3": "Denied: 'Ar skolu mums sadarbības nav, pagasts mūs pagaidām neiesaista'.",
      "C5.4": "Non-answer 'to vēl neesam apkopojuši'; Facebook page only planned.",
      "C6.1": "Non-answer 'Resursi – skatīt pielikumā Nr. 3.' with no annex; 'mantas vērtības' is money value.",
      "C6.2": "No identified resources, no goal.",
      "C6.3": "'projekts' is the architect's building design; 'programma' is a concert programme.",
      "C6.4": "Partnership with Ansbach ended in 2015: 'citu ārēju atbalstītāju mums nav'.",
    })

S["U11"] = dict(name='Pilskalnes kultūras centrs (municipal institution)', fmt="tar.gz",
    genre="saved Facebook page Lapa.html with Lapa_files/ + application summary (DOCX)",
    files=[("Lapa.html", "Lapa.html", False), ("Pieteikuma_kopsavilkums.md", "Pieteikuma_kopsavilkums.docx", False)],
    lapa=("fb_saved.css", "rsrc_bundle.js", "profile.png"),
    main="Lapa.html", quality="mixed",
    traps="institution, not a community of residents; newspaper quote about Nereta; sponsored advert; resident comment; traditional culture house; director decided; 'skatīt pielikumā'",
    notes={
      "C1": "Applicant is a municipal institution; it is not presented as the place's community of residents.",
      "C2": "Only the project's technical aim (replace sound and light equipment).",
      "C3.1": "Only a sponsored advert of 'Sēlijas mājražotāji' e-shop.",
      "C3.2": "Traditional culture house; the self-managed community centre is Nereta's (newspaper quote) — other place.",
      "C4.1": "Denied: 'Pagastā iedzīvotāju biedrības vai iniciatīvas grupas nav; pasākumus … rīko kultūras centra darbinieki.'",
      "C4.2": "No community identity or values stated.",
      "C4.3": "A comment says residents organise nothing themselves; robotics club only planned.",
      "C4.4": "Director decided; the assembly vote is about Nereta (quote); the plan was approved by the council.",
      "C6.1": "Non-answer 'Skatīt pielikumā Nr. 5.' with no annex.",
      "C6.2": "No identified resources or community goal.",
    })

S["U12"] = dict(name='Biedrība "Ābeļkalna kopiena" (Ābeļkalns, Bebru pagasts)', fmt="zip",
    genre="LEADER application form with self-assessment table (DOCX, header/footer) + foreign partner's letter (ODT)",
    files=[("Pieteikums.md", "Pieteikums.docx", True), ("Partnera_vestule.md", "Partnera_vestule.odt", False)],
    main="Pieteikums.docx", quality="strong",
    traps="Estonian partner's 'we' (their own time bank, e-shop, optical internet); self-assessment points referring to sections; header/footer; 'elektrības vadi'",
    notes={})

S["U13"] = dict(name='Biedrība "Kalnsētu apkaime" (Skrīveri) — neighbourhood association', fmt="zip",
    genre="board meeting minutes with board votes (ODT)",
    files=[("Valdes_sedes_protokols.md", "Valdes_sedes_protokols.odt", False)],
    main="Valdes_sedes_protokols.odt", quality="mixed",
    traps="survey ignored, board vote overrides residents; wish for an app; abandoned Estonian partnership; denial on identity and cooperation",
    notes={
      "C3.1": "No business innovation.",
      "C3.3": "Wish only: moving the time bank to an app 'būtu labi, taču … nav neviena'.",
      "C4.2": "Denied: 'valdei vēl nav skaidrs, ar ko Kalnsētas atšķiras no citām apkaimēm'.",
      "C4.4": "Survey ignored: the board (4:1) chose the premises 'neskatoties uz aptaujas rezultātiem'.",
      "C5.1": "No knowledge or heritage transfer.",
      "C5.3": "Denied: 'nav sadarbojusies ne ar skolu, ne ar pagasta pārvaldi'.",
      "C6.4": "Abandoned: 'no šīs idejas atteicāmies… ārējus partnerus vai sponsorus … nepiesaista'.",
    })

S["U14"] = dict(name='Valles pagasta pārvalde (parish administration)', fmt="tar.gz",
    genre="project final report of a parish administration (DOCX)",
    files=[("Nobeiguma_parskats.md", "Nobeiguma_parskats.docx", False)],
    main="Nobeiguma_parskats.docx", quality="mixed",
    traps="applicant is an administration, not a community; head decided; technical project aim; denial of residents' groups and partners; wish for an initiative group",
    notes={
      "C1": "Administration, not a community of residents; pagasts named only as its territory.",
      "C2": "Only the project's technical aim (6 workstations); 'būtu vēlams' wish is not a community vision.",
      "C3.1": "No business innovation.",
      "C3.2": "No new cooperation/management form.",
      "C4.1": "Denied: 'Pagastā iedzīvotāju biedrības vai iniciatīvas grupas nav'.",
      "C4.2": "No identity or values stated.",
      "C4.3": "Problems solved by the administration, not by residents.",
      "C4.4": "Decided by the head of the administration ('Lēmumu … pieņēma pārvaldes vadītājs').",
      "C5.1": "No knowledge/heritage transfer (digital training counted as C3.3).",
      "C6.2": "No community goal (C2 absent) to tie resources to.",
      "C6.4": "Denied: 'Ārēji partneri vai sponsori projektā netika piesaistīti'.",
    })

g15 = "General essay with no applicant; "
S["U15"] = dict(name='Eseja "Viedais ciems – moderns vārds…" (student, no applicant)', fmt="zip",
    genre="general essay (ODT)",
    files=[("Eseja.md", "Eseja.odt", False)],
    main="Eseja.odt", quality="very weak",
    traps="EC definition; criteria list restated; Finland/Estonia/Bavaria examples; expert quotes; 'Mēs, latvieši'; wishes 'vajadzētu', 'būtu labi'",
    notes={i: g15 + t for i, t in {
      "C1": "no place or community of its own.",
      "C2": "'vajadzētu' recommendations for Latvia in general, not a community's vision.",
      "C3.1": "energy cooperatives in Bavaria — other place.",
      "C3.2": "time banks and co-working in Estonia — other place.",
      "C3.3": "Austrian apps — other place; general definition.",
      "C4.1": "Finnish village associations — other place.",
      "C4.2": "'Mēs, latvieši' is the nation, not an applicant.",
      "C4.3": "talkas as a general historical remark.",
      "C4.4": "general remark that boards often decide.",
      "C5.1": "nothing of an applicant.",
      "C5.2": "nothing of an applicant.",
      "C5.3": "nothing of an applicant.",
      "C5.4": "nothing of an applicant.",
      "C6.1": "advice 'mācīt biedrībām apzināt resursus'.",
      "C6.2": "nothing of an applicant.",
      "C6.3": "LEADER mentioned only in general; bibliography.",
      "C6.4": "'veicināt sadarbību' as a recommendation; expert quoted.",
    }.items()})

S["U16"] = dict(name='Biedrība "Vītoli kopā" (Vītoli, Iršu pagasts)', fmt="zip",
    genre="LEADER application form (DOCX, header/footer)",
    files=[("Pieteikums.md", "Pieteikums.docx", True)],
    main="Pieteikums.docx", quality="mixed",
    traps="planned route; abandoned co-working; 'sēklu bibliotēka'; 'Skolas iela'; 'mērķi' as destinations; criterion restated; 'Vēl tiek izstrādāti.'; conditional partners; 'elektrības tīkls'",
    notes={
      "C3.1": "Tourism route and direct-sales stand only planned ('Plānojam…').",
      "C3.2": "Co-working idea abandoned ('no tās atteicāmies'); 'sēklu bibliotēka' is a seed exchange.",
      "C3.3": "Criterion wording restated as the answer.",
      "C5.2": "Denied: 'Jaunieši … gandrīz nepiedalās… citas grupas mēs pagaidām neiesaistām'.",
      "C5.3": "Denied: 'pagasta pārvalde un skola mūsu darbā netiek iesaistītas'; 'Skolas iela' is a street; 'sēklu bibliotēka' not a library.",
      "C5.4": "Non-answer: 'Informatīvā telpa: Vēl tiek izstrādāti.'",
      "C6.4": "Conditional only ('būtu labi', 'varētu'), 'līdz šim to neesam darījuši'; 'elektrības tīkls' is a homograph.",
    })
