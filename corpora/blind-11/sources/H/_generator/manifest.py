"""Which source becomes which file in which archive."""

LAG_HDR = "Biedrība „Aizkraukles rajona partnerība” · Sabiedrības virzītas vietējās attīstības stratēģija 2023–2027"
EU_FTR = "Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos · LEADER"

MANIFEST = {
    "H01": {"archive": "zip", "files": [
        {"src": "Projekta_iesniegums.md", "out": "Projekta_iesniegums_Dzervenaji_2024.docx",
         "header": [LAG_HDR, "Projektu konkurss 2024, 1. kārta · Rīcība 2.1."],
         "footer": [EU_FTR, "Biedrība „Dzērvenāju kopa”, Dzērvenāji, Sērenes pagasts"]},
        {"src": "Aptaujas_kopsavilkums.html", "out": "Pielikums_2_Iedzivotaju_aptaujas_kopsavilkums.html"},
    ]},
    "H02": {"archive": "zip", "files": [
        {"src": "blogs.html", "out": "Bites_un_plavas_bloga_ieraksts.html"},
        {"src": "Atbalsta_vestule.md", "out": "Atbalsta_vestule_Vietalvas_pamatskola.docx"},
    ]},
    "H03": {"archive": "zip", "root": "Zalves_Kalniesi_pieteikums/", "files": [
        {"src": "Pieteikums.md", "out": "Pieteikums_Aptieka_kopstrade.odt"},
        {"src": "Lapa.html", "out": "Lapa.html"},
        {"src": "Lapa_files", "out": "Lapa_files"},
    ]},
    "H04": {"archive": "zip", "files": [
        {"src": "Veidlapa.md", "out": "Iesnieguma_veidlapa_Rozlejas.docx",
         "header": [LAG_HDR, "Projekta iesnieguma veidlapa · 1. pielikums konkursa nolikumam"],
         "footer": [EU_FTR]},
    ]},
    "H05": {"archive": "zip", "files": [
        {"src": "Strategija.md", "out": "Erglupes_attistibas_strategija_2024-2030_izvilkums.odt"},
    ]},
    "H06": {"archive": "zip", "files": [
        {"src": "Vestule.md", "out": "Pavadvestule_vertesanas_komisijai.docx"},
        {"src": "Protokols.md", "out": "Sapulces_protokols_Nr2_2024-02-18.docx"},
    ]},
    "H07": {"archive": "tar.gz", "root": "Vitolu_laudis/", "files": [
        {"src": "Pieteikums.md", "out": "Pieteikums_Pienotava_visam_gadam.odt"},
        {"src": "Blogs.html", "out": "Marieke_raksta_Septini_gadi_Vitolos.html"},
        {"src": "Memorands.md", "out": "Pielikums_Sadarbibas_memorands_Ter_Weide.docx"},
    ]},
    "H08": {"archive": "zip", "files": [
        {"src": "pieteikums.md", "out": "pieteikums_laucienas_kalte.odt"},
        {"src": "protokols.md", "out": "kopsapulces_protokols_2024_02_10.docx"},
    ]},
    "H09": {"archive": "zip", "files": [
        {"src": "Pavadvestule.md", "out": "Pavadvestule_Jaunberzu_biblioteka.docx"},
        {"src": "Jaunberzu_Vestis.html", "out": "Jaunberzu_Vestis_2024_03.html"},
    ]},
    "H10": {"archive": "zip", "files": [
        {"src": "Motivacijas_vestule.md", "out": "Motivacijas_vestule_EGrava.docx"},
        {"src": "Koncepcija.html", "out": "Vieda_ciema_koncepcija.html"},
    ]},
    "H11": {"archive": "zip", "files": [
        {"src": "Pasnovertejums.md", "out": "Pasnovertejuma_tabula_Zala_seta.odt"},
        {"src": "Resursu_inventarizacija.md", "out": "Resursu_inventarizacija_2024.docx",
         "header": ["Biedrība „Zaļā sēta” · Strautu iela 4, Sunākste, Sunākstes pag., Aizkraukles nov."],
         "footer": ["Pielikums projekta iesniegumam · LEADER 2023–2027"]},
    ]},
    "H12": {"archive": "zip", "files": [
        {"src": "Iesniegums.md", "out": "Projekta_iesniegums_Mazgravju_stelles.docx",
         "header": [LAG_HDR, "Projekta iesniegums · Rīcība 2.1."],
         "footer": [EU_FTR]},
        {"src": "Memorands.md", "out": "Sadarbibas_memorands_Linu_nams.docx"},
    ]},
    "H13": {"archive": "tar.gz", "files": [
        {"src": "Iesniegums.md", "out": "Iesniegums_Upmalu_kopienas_centrs.docx",
         "header": [LAG_HDR, "LEADER projektu konkurss 2024"],
         "footer": ["Projektu līdzfinansē Eiropas Savienība. Eiropa investē lauku apvidos.",
                    "Biedrība „Upmalnieki” · Pasta iela 2, Upmalas · upmalnieki@inbox.lv"]},
        {"src": "Protokols.md", "out": "Pielikums_1_Kopsapulces_protokols_2024-01-27.odt"},
        {"src": "Upmalu_Vestis.html", "out": "Pielikums_2_Upmalu_Vestis_2024_Nr1.html"},
    ]},
    "H14": {"archive": "zip", "files": [
        {"src": "Lapa.html", "out": "Lapa.html"},
        {"src": "Lapa_files", "out": "Lapa_files"},
        {"src": "Protokols.md", "out": "Sapulces_protokols_2024-03-16.odt"},
    ]},
    "H15": {"archive": "tar.gz", "files": [
        {"src": "Pieteikums.html", "out": "E-pieteikums_EP-2024-0117.html"},
        {"src": "Publikacijas.md", "out": "Publikacijas_prese.docx",
         "header": ["Iniciatīvas grupa „Mūsu mājas” · Akmeņkalni"],
         "footer": [EU_FTR]},
    ]},
    "H16": {"archive": "zip", "files": [
        {"src": "Vestule.md", "out": "Vestule_komisijai_Rasa.odt"},
        {"src": "Aptaujas_rezultati.md", "out": "Aptaujas_rezultati_2024.docx"},
    ]},
}
