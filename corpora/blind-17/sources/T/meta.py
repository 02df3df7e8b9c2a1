# Metadata for the blind test set T01-T16. Evidence is NOT listed here: it is taken from
# {{IDS: sentence}} markers in the source files (see build.py); notes explain every absent indicator.
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
HF = ("Aizkraukles rajona partnerība · LEADER 2023–2027", "Eiropa investē lauku apvidos")

S = {}
S["T01"] = dict(name='Biedrība „Sērenes ciema attīstībai” (Sērenes pagasts)', fmt="zip",
    genre="LEADER form (DOCX, header/footer) + general-meeting minutes (ODT) + municipality letter (DOCX)",
    files=[("pieteikums.md", "T01_pieteikums.docx", True), ("protokols.md", "T01_kopsapulces_protokols.odt", False),
           ("vestule.md", "T01_pasvaldibas_vestule.docx", False)],
    traps="neighbour's time bank (Skrīveri); LEADER header/footer boilerplate; municipality letter about itself",
    notes={})
S["T02"] = dict(name='Biedrība „Vietalvas kopiena” (Vietalvas pagasts)', fmt="tar.gz",
    genre="self-assessment table (DOCX) + saved Facebook page (Lapa.html + Lapa_files/)",
    files=[("pasnovertejums.md", "T02_pasnovertejums.docx", False), ("Lapa.html", "Lapa.html", False)],
    traps="criterion names as row headings; sponsored solar-panel advert on the Facebook page; future plans in 'Ko darīsim tālāk'",
    notes={})
S["T03"] = dict(name='Brīvprātīgo ugunsdzēsēju biedrība „Klintaines ugunsdzēsēji”', fmt="zip",
    genre="project application (ODT) + village newsletter with adverts (HTML) + foreign partner letter (DOCX)",
    files=[("pieteikums.md", "T03_pieteikums.odt", False), ("avize.html", "T03_Klintaines_Vestis.html", False),
           ("partneri.md", "T03_Birzu_partneru_vestule.docx", False)],
    traps="newspaper on Koknese time bank; shop adverts; Lithuanian partner describing its own app and base ('we')",
    notes={})
S["T04"] = dict(name='Konsultāciju birojs „Lauku Padoms” – general essay (no applicant)', fmt="zip",
    genre="general essay / seminar material (DOCX)",
    files=[("eseja.md", "T04_viedais_ciems_eseja.docx", False)],
    traps="definitions; expert and newspaper quotes; examples from Finland, Vecpiebalga, Sātiņi, Kalsnava, Bavaria; conditionals ('vajadzētu', 'būtu ieteicams'); criteria wording restated; no applicant community",
    notes={i: "" for i in IDS})
S["T05"] = dict(name='SIA „Daugavkrasta kokapstrāde” (company, Aizkraukles pagasts)', fmt="zip",
    genre="LEADER business application (DOCX) + saved company website (Lapa.html + Lapa_files/)",
    files=[("pieteikums.md", "T05_pieteikums.docx", False), ("Lapa.html", "Lapa.html", False)],
    traps="applicant is a company, not a community; business 'mērķis' (turnover); 'Nav attiecināms' / 'skatīt mājaslapu' non-answers; website adverts (garden-bench offer, solar-panel mounts, vacancies); boilerplate 'Mēs atbalstām vietējo kopienu'; 'vērtības' of a company",
    notes={})
S["T06"] = dict(name='Seces pagasta pārvalde (parish administration)', fmt="zip",
    genre="LEADER form with form hints (DOCX, header/footer)",
    files=[("pieteikums.md", "T06_pieteikums.docx", True)],
    traps="form hints in italics; criteria wording restated as answers; '—'; 'Skatīt pielikumā' without annex; plans and conditionals; denials; decision by head of administration; survey not compiled; 'Tehniskais projekts' = building design",
    notes={})
S["T07"] = dict(name='Biedrība „Mazzalves sieviešu klubs „Dzīpariņš”” (women\'s club)', fmt="tar.gz",
    genre="general-meeting minutes with votes (ODT) + school support letter (DOCX)",
    files=[("protokols.md", "T07_kopsapulces_protokols.odt", False), ("vestule.md", "T07_skolas_vestule.docx", False)],
    traps="abandoned e-shop idea ('no tās atteicāmies'); traditional culture-house room; Zoom as 'vajadzētu'; information flow postponed; sponsors and Estonian partner only planned/'varētu'; resource list not compiled",
    notes={})
S["T08"] = dict(name='Folkloras kopa „Dzērvenīte” (Sunākstes tautas nams)', fmt="zip",
    genre="project final report (DOCX) + foreign partner letter in its own 'we' (HTML)",
    files=[("atskaite.md", "T08_nosleguma_parskats.docx", False), ("partneri.html", "T08_Pasvales_vestule.html", False)],
    traps="partner's mobile app and time bank ('bet mums tādas nav'); partner letter 'Mēs ... biedrību, ... Facebook'; ensemble under culture house without own organisation; leader decides; planned tourism route; newspaper wrote about them",
    notes={})
S["T09"] = dict(name='Neretas jauniesu dome (youth council) – typed WITHOUT diacritics', fmt="zip",
    genre="project application (DOCX) + printed Gmail thread (HTML), all without Latvian diacritics",
    files=[("pieteikums.md", "T09_pieteikums.docx", False), ("epasti.html", "T09_epasti.html", False)],
    traps="no diacritics; newspaper quote on Riga start-ups; definition of social innovation; values denied; talka only planned; school cooperation denied; sponsors denied; 'Resursi: Nav apkopoti.'",
    notes={})
S["T10"] = dict(name='Bebru pagasta bibliotēka (library, municipal institution)', fmt="tar.gz",
    genre="project application (ODT) + school support letter (DOCX)",
    files=[("pieteikums.md", "T10_pieteikums.odt", False), ("vestule.md", "T10_skolas_vestule.docx", False)],
    traps="institution applicant, residents have no organisation ('Pagastā nav aktīvas biedrības'); project's technical aim instead of vision; 'sēklu bibliotēka'; survey ignored, head decides; co-working space and route as wishes; 'skatīt pielikumā Nr. 2' without annex; school's own values; 'Skolas iela' in address",
    notes={})
S["T11"] = dict(name='Zemnieku saimniecība „Lejasmeļķi” (family farm, Rites pagasts)', fmt="zip",
    genre="LEADER business application (DOCX) + support letter of a village association (ODT)",
    files=[("pieteikums.md", "T11_pieteikums.docx", False), ("vestule.md", "T11_biedribas_vestule.odt", False)],
    traps="farm, not a community; 'mērķi' = travel destinations and business target; 'bilances vērtības' = money; 'sadales tīkls' = electricity network; 'Skolas ielā'; village association writing about itself in the letter",
    notes={})
S["T12"] = dict(name='Biedrība „Kopā Skrīveros” (Skrīveri)', fmt="zip",
    genre="cooperation agreement with numbered clauses (DOCX) + action plan and budget table (ODT)",
    files=[("ligums.md", "T12_sadarbibas_ligums.docx", False), ("ricibas_plans.md", "T12_ricibas_plans.odt", False)],
    traps="decision by board alone; identity clause restating criteria; obligations vs. facts in clauses; action-plan rows (time bank, sensors, talka, Facebook, LEADER, masterclasses, tourism route) 'vēl neesam sākuši'; 'būvprojekts' = building design",
    notes={})
S["T13"] = dict(name='Biedrība „Daudzeses ciems” (Daudzese)', fmt="zip",
    genre="project application (DOCX) + saved Facebook page (Lapa.html + Lapa_files/)",
    files=[("pieteikums.md", "T13_pieteikums.docx", False), ("Lapa.html", "Lapa.html", False)],
    traps="shared farm e-shop post; newspaper quote on Valmiera sensors; sponsored ceramics masterclass advert at 'Skolas ielā'; identity denied across a contrast with Sece; cooperation and sponsors denied; 'vēl tiek izstrādāta'",
    notes={})
S["T14"] = dict(name='Biedrība „Mednieku klubs „Zalves mednieki”” (hunters\' club)', fmt="tar.gz",
    genre="LEADER form with form hints (DOCX, header/footer) + extract of general-meeting minutes (ODT)",
    files=[("pieteikums.md", "T14_pieteikums.docx", True), ("izraksts.md", "T14_kopsapulces_izraksts.odt", False)],
    traps="neighbour's e-shop '…, bet mums tāda nav'; community centre planned; cameras 'būtu labi'; '—' + 'Sk. pielikumā'; cooperation and projects denied; 'elektrības tīkls'; header/footer boilerplate",
    notes={})
S["T15"] = dict(name='Aiviekstes ciema iniciatīvas grupa (Aiviekste)', fmt="zip",
    genre="village newsletter with adverts (HTML) + printed e-mail thread (HTML)",
    files=[("avize.html", "T15_Aiviekstes_Zinas.html", False), ("epasti.html", "T15_epasti.html", False)],
    traps="abandoned time bank; café e-shop and solar-panel adverts; survey overruled by the initiative group; municipality not answering; donations postponed; consultant's reply about Koknese; resource table not made",
    notes={})
S["T16"] = dict(name='Biedrība „Pilskalnes ezerzeme” (Pilskalne)', fmt="zip",
    genre="action plan and budget (DOCX) + self-assessment table (ODT) + consultant's sample with placeholders (DOCX)",
    files=[("ricibas_plans.md", "T16_ricibas_plans_budzets.docx", False), ("pasnovertejums.md", "T16_pasnovertejums.odt", False),
           ("paraugs.md", "T16_konsultantes_paraugs.docx", False)],
    traps="action-plan rows only (e-shop, community centre, solar panels, talka, Facebook, LEADER, school) 'vēl neesam sākuši'; self-assessment claims points / restates criteria; consultant's sample with placeholders ('sponsorus', 'iedzīvotāju sapulcē'); plan approved by board",
    notes={})

N = {}
N["T04"] = {
 "C1": "No applicant: a consultants' seminar essay; places named (Vecpiebalga, Sātiņi, Kalsnava, Finland) are examples of others.",
 "C2": "Only general advice ('kopiena varētu…'); no community's own goal or vision.",
 "C3.1": "Tourism route and cooperatives described for Vecpiebalga / Finland – other places.",
 "C3.2": "Community centres, time banks, co-working listed by the Lauku forums / Sātiņi – others; general definition.",
 "C3.3": "Digital lessons in Kalsnava, Bavarian app, Finnish fibre – other places.",
 "C4.1": "Definition restating 'kopdarbība un saliedētība'; advice to create an initiative group.",
 "C4.2": "Criteria wording restated in the definition.",
 "C4.3": "Expert quote (Dr. A. Kalēja) about other villages; reported speech.",
 "C4.4": "Advice ('būtu ieteicams sasaukt iedzīvotāju sapulci') and 'Biežākās kļūdas' – no decision of an applicant.",
 "C5.1": "Amatnieku darbnīcas in Vecpiebalga only – another place.",
 "C5.2": "Only 'jaunieši … senioriem' in Kalsnava – another place.",
 "C5.3": "No involvement of sectors in any applicant's activity.",
 "C5.4": "General recommendation of channels ('ieteicams izmantot'), not the community's own.",
 "C6.1": "Resource types listed as advice (criteria wording), not own resources.",
 "C6.2": "No resources and no goal of an applicant.",
 "C6.3": "LEADER/SIF/VKKF named as possible sources ('varētu … meklēt finansējumu').",
 "C6.4": "Partners only recommended ('Ļoti noderīgi būtu')."}
N["T05"] = {
 "C1": "Company; Aizkraukles pagasts is only its address, no community of residents presented.",
 "C2": "'Mūsu mērķis ir palielināt uzņēmuma apgrozījumu par 20 %' – business/technical aim, not a community vision; 'atbalsta novada stratēģiju' is boilerplate.",
 "C3.2": "Nothing on social innovation; 'viedais ciems ir tāds, kurā ir darbavietas' is a general opinion.",
 "C3.3": "Saules paneļu konstrukcijas appear only as a website advert; CNC frēze is a planned purchase.",
 "C4.1": "Applicant is a company; 'uzņēmuma kolektīvs ir saliedēts' is staff, not an organised body of residents.",
 "C4.2": "'Mūsu vērtības – kvalitāte, godīgums' is company marketing on the website.",
 "C4.3": "No self-organised community action.",
 "C4.4": "'Visus stratēģiskos lēmumus pieņem valde un īpašnieki' – no residents' decision.",
 "C5.1": "'kokapstrāde ir sena amatniecības tradīcija Latvijā' – general statement, no transfer shown.",
 "C5.2": "'Nav attiecināms.'",
 "C5.3": "No other sectors involved.",
 "C5.4": "'skatīt uzņēmuma mājaslapu' – non-answer; the website is an advert page.",
 "C6.2": "No community goal (C2 absent) to tie resources to; equipment serves turnover.",
 "C6.4": "Only a bank loan for co-financing; 'Mēs atbalstām vietējo kopienu' boilerplate."}
N["T06"] = {
 "C3.1": "'Varētu izveidot arī tūrisma maršrutu' – conditional.",
 "C3.2": "Only the heading 'Inovatīvu risinājumu ieviešana.' restated.",
 "C3.3": "'Plānojam nākotnē uzstādīt viedos sensorus' – plan.",
 "C4.1": "'Pagastā biedrību nav, visas aktivitātes organizē pārvalde.' – denial; institution.",
 "C4.2": "Answer restates the criterion text ('apzinās savu identitāti un spēj formulēt…').",
 "C4.3": "'Iedzīvotāji paši neko neorganizē' – denial.",
 "C4.4": "Decision by the head of administration; survey results 'vēl nav apkopoti'.",
 "C5.1": "Empty answer '—'.",
 "C5.2": "'Būtu labi vairāk iesaistīt jauniešus' – wish.",
 "C5.3": "'skatīt pielikumu Nr. 3' – no such annex in the archive.",
 "C5.4": "'Skatīt pielikumā.' – non-answer, no annex.",
 "C6.1": "'Resursi vēl nav apzināti.' – denial.",
 "C6.2": "'Vēl tiek izstrādāta.' – non-answer.",
 "C6.3": "'Neesam piedalījušies LEADER projektos' – denial; 'Tehniskais projekts' is a building design.",
 "C6.4": "'Partneri tiks piesaistīti vēlāk.' – future."}
N["T07"] = {
 "C3.1": "E-shop idea: 'no tās atteicāmies' and rejected again – abandoned.",
 "C3.2": "The room in the culture house is a traditional meeting place, not social innovation.",
 "C3.3": "'vajadzētu apgūt Zoom' – conditional, no decision.",
 "C5.4": "'Par informācijas apriti vienosimies nākamajā sapulcē.' – postponed, no channel named in use.",
 "C6.1": "'Resursu sarakstu projektam vēl neesam sastādījuši' – denial.",
 "C6.2": "Needs C6.1; no identified resource tied to the goal.",
 "C6.4": "Sponsors to be sought next year; Estonian partner only 'varētu' – no external resources attracted."}
N["T08"] = {
 "C3.1": "Tourism route 'plāno izveidot … finansējums vēl nav atrasts' – plan.",
 "C3.2": "Time bank is in Pasvale (partner), not the applicant's.",
 "C3.3": "'Lietuviešu draugiem ir sava mobilā lietotne…, bet mums tādas nav.' – denial across a contrast; partner letter about its own app.",
 "C4.1": "'Kopai nav savas biedrības vai valdes – … tautas nama paspārnē' – run by an institution; the 'biedrība … valde' in the letter is the Lithuanian partner's.",
 "C4.4": "'Repertuāru, koncertus un braucienus nosaka kopas vadītāja.' – no residents' decision.",
 "C5.4": "'neizplatījām sociālajos tīklos, jo kopai nav savas lapas' – denial; newspaper article by others; partner's Facebook is theirs.",
 "C6.1": "No own resources identified (equipment belongs to the culture house; budget only).",
 "C6.2": "Needs C6.1."}
N["T09"] = {
 "C3.1": "Newspaper 'Dienas Bizness' about Riga start-ups; 'Musu pagasta tadu jaunuznemumu nav.'",
 "C3.2": "General definition of social innovation only.",
 "C4.2": "'Musu kopigas vertibas mes vel neesam formulejusi.' – denial.",
 "C4.3": "'Planojam ari sarikot talku … bet tas vel nav izlemts.' – plan.",
 "C5.1": "No knowledge/heritage transfer; seniors' stories only as planned activity ('rikosim … stastis').",
 "C5.3": "'Ar skolu pagaidam vel neesam sadarbojusies' – denial; the partnership is only asked for advice.",
 "C6.1": "'Resursi: Nav apkopoti.'; e-mail: 'Tabulu laikam nepaspesim'.",
 "C6.2": "Needs C6.1.",
 "C6.4": "'Sponsorus neesam piesaistijusi' – denial."}
N["T10"] = {
 "C1": "Applicant is a municipal library; Bebru pagasts is named only as the population it serves, the applicants are not presented as the community.",
 "C2": "'Projekta mērķis ir iegādāties 10 planšetdatorus…' – a project's technical aim, no community vision.",
 "C3.1": "Tourism route 'būtu labi izveidot' – wish.",
 "C3.2": "Co-working 'būtu ļoti vajadzīga' – wish; 'sēklu bibliotēka' is a seed exchange, not a new governance/cooperation form claimed.",
 "C4.1": "'Pagastā nav aktīvas biedrības, tāpēc … pasākumus rīko bibliotēka' – institution, no residents' organisation.",
 "C4.2": "Only the school letter's own values ('Skolas vērtības ir cieņa…').",
 "C4.3": "Events organised by the library, not by residents.",
 "C4.4": "Survey ignored ('to mainīt nevarējām') and content set by the library head.",
 "C6.1": "'skatīt pielikumā Nr. 2' – no such annex; equipment listed is the library's stock, not identified community resources.",
 "C6.2": "Needs C6.1 and C2."}
N["T11"] = {
 "C1": "Family farm; Rites pagasts is its location, no community of residents presented (the letter is by another body).",
 "C2": "'Mūsu mērķi šogad ir Vācija un Polija' – travel destinations; turnover target is a business aim.",
 "C3.2": "No social innovation.",
 "C4.1": "Family farm, not an organised body of residents; 'Rites ļaudis' in the letter is a different organisation describing itself.",
 "C4.2": "'bilances vērtības' = money; identity only in the other association's letter.",
 "C4.3": "No community self-organisation by the applicant.",
 "C4.4": "'Lēmumus … pieņemam ģimenē'; the kopsapulce vote is the letter-writer's.",
 "C5.2": "No integration of social/age groups.",
 "C6.2": "Needs C2; resources are tied only to business growth."}
N["T12"] = {
 "C3.1": "Tourism route only an action-plan row ('vēl neesam sākuši').",
 "C3.2": "Time bank only an action-plan row; evening clubs in the school hall are traditional.",
 "C3.3": "Smart lighting sensors only an action-plan row.",
 "C4.2": "Clause 1.4 restates the criterion text.",
 "C4.4": "'Līgumu slēgt nolēma biedrības valde' and priorities set by the board – board alone.",
 "C5.1": "Ceramics masterclasses only an action-plan row.",
 "C5.2": "Clause 2.2 only lists audiences of joint activities (a contract duty); no statement of groups brought together; 'senioriem un bērniem' is an action-plan row.",
 "C5.4": "Facebook page / mailing list only an action-plan row; school 'informēt' is a contract duty.",
 "C6.3": "LEADER only planned ('Iesniegt LEADER projektu', 'plānots'); 'būvprojekts' = building design."}
N["T13"] = {
 "C3.1": "E-shop post shared from another farm ('Ābelītes') – advert.",
 "C3.3": "Newspaper quote on Valmiera sensors; tracking website only planned in the project.",
 "C4.2": "'Kaimiņu Seces ļaudis lepojas …, bet mums tādas kopīgas identitātes vēl nav' – denial across a contrast.",
 "C5.1": "Ceramics masterclass is a sponsored advert by SIA 'Māls' (Skolas ielā 7 is a street name).",
 "C5.3": "'Ar pašvaldību un skolām vēl neesam sadarbojušies' – denial.",
 "C6.1": "'Resursu apzināšana – vēl tiek izstrādāta.' – non-answer.",
 "C6.2": "Needs C6.1.",
 "C6.4": "'Sponsoru mums nav, un ziedojumus neesam vākuši.' – denial."}
N["T14"] = {
 "C3.1": "'Kaimiņu Seces klubam ir … e-veikals, bet mums tāda nav.' – denial across a contrast.",
 "C3.2": "Community centre 'Plānojam' – plan.",
 "C3.3": "Cameras 'Būtu labi uzstādīt' – conditional.",
 "C5.3": "'Ar skolu un pašvaldību līdz šim nesadarbojāmies' – denial.",
 "C5.4": "Heading followed by '—' and 'Sk. pielikumā.' with no annex.",
 "C6.3": "'neesam piedalījušies nevienā LEADER vai citā projektā' – denial; LEADER in the header is boilerplate.",
 "C6.4": "'Ārējos resursus nepiesaistām'; 'elektrības tīkls' is a power network."}
N["T15"] = {
 "C3.1": "E-shop is the café 'Upmala' advert.",
 "C3.2": "Time bank 'no tās atteicāmies' – abandoned.",
 "C3.3": "Solar panels only in the SIA 'Saules enerģija' advert.",
 "C4.4": "Survey majority overruled – 'iniciatīvas grupa nolēma'; e-mail: 'lēmām iniciatīvas grupā'.",
 "C5.2": "No integration of groups described (children at the heritage evening counted for C5.1 only).",
 "C5.3": "Municipality has not answered letters; no other sector involved; 'Skolas ielā 5' (ambulance advert) is a street name.",
 "C6.1": "No resources identified; e-mail: 'Resursu tabulu mēs vēl neesam taisījuši'.",
 "C6.2": "Needs C6.1.",
 "C6.4": "Donations 'atlikām līdz rudenim'; partners 'vēl neesam domājuši'; Koknese example is another place."}
N["T16"] = {
 "C3.1": "E-shop only an action-plan row ('vēl neesam sākuši'); self-assessment 'plāno'.",
 "C3.2": "Community centre only an action-plan row.",
 "C3.3": "Solar panels and training only an action-plan row.",
 "C4.3": "Talka only planned and 'šogad vēl nav notikusi'; self-assessment restates criterion.",
 "C4.4": "Self-assessment claims points with criterion wording; plan approved by the board; residents' meeting only an action-plan row; sample's 'iedzīvotāju sapulcē' is a placeholder text.",
 "C5.2": "Self-assessment restates the criterion.",
 "C5.3": "School and pārvalde only 'Tiks iesaistīta' / action-plan row 7.",
 "C5.4": "Facebook/WhatsApp only action-plan row 5; self-assessment '–'.",
 "C6.3": "LEADER only 'Tiks iesniegts' / action-plan row 6.",
 "C6.4": "'Nav.' in self-assessment; sponsors/partners only in the consultant's sample with placeholders."}
for k, v in N.items():
    S[k]["notes"] = v
S["T04"]["notes"] = N["T04"]
