# -*- coding: utf-8 -*-
"""Which files make up each submission and how they are built."""

LAG_FOOTER = ["Biedrība „Aizkraukles rajona partnerība” · LEADER",
              "Eiropas Lauksaimniecības fonds lauku attīstībai: Eiropa investē lauku apvidos"]
LAG_FOOTER_2 = ["Projektu līdzfinansē Eiropas Savienība · ELFLA · LEADER pieeja · Eiropa investē lauku apvidos"]
SVVA_HEADER = ["Biedrība „Aizkraukles rajona partnerība” – Sabiedrības virzītas vietējās attīstības stratēģija 2023–2027",
               "Projekta iesnieguma veidlapa (rīcība 2.1 „Viedie ciemi un kopienu iniciatīvas”)"]


def docx(name, src, header=None, footer=None):
    return {"kind": "docx", "name": name, "src": src, "header": header, "footer": footer}


def odt(name, src, header=None, footer=None):
    return {"kind": "odt", "name": name, "src": src, "header": header, "footer": footer}


def copy(name, src):
    return {"kind": "copy", "name": name, "src": src}


def png(name, w, h, rgb, stripe=None):
    return {"kind": "png", "name": name, "args": (w, h, rgb, stripe)}


SUBMISSIONS = {
    "E01": {"archive": "E01.zip", "files": [
        docx("Projekta_iesniegums_Kalnavotu_kopiga_maja.docx", "projekta_iesniegums.md", SVVA_HEADER, LAG_FOOTER),
        odt("Kopsapulces_protokols_Nr1_2024.odt", "kopsapulces_protokols.md",
            ["Biedrība „Kalnavoti kopā” · reģ. Nr. 40008274419"], None),
    ]},
    "E02": {"archive": "E02.zip", "files": [
        docx("Pielikums_3_pasnovertejums_Rita_rasa.docx", "pasnovertejums.md",
             ["Biedrība „Rīta rasa” · „Skolas māja”, Daudzeses pag., Aizkraukles nov., LV-5111 · reģ. Nr. 40008300127"],
             LAG_FOOTER),
        docx("Pavadvestule.docx", "pavadvestule.md",
             ["Biedrība „Rīta rasa” · „Skolas māja”, Daudzeses pag., Aizkraukles nov., LV-5111"], None),
    ]},
    "E03": {"archive": "E03.zip", "files": [
        odt("Mezvidu_kopiena_pieteikums.odt", "pieteikums.md",
            ['Biedriba "Mezvidu kopiena" | Mezvidi, Vietalvas pag., Aizkraukles nov.'],
            ["LEADER | Eiropas Lauksaimniecibas fonds lauku attistibai: Eiropa investe lauku apvidos"]),
        odt("Sapulces_protokols_2023-11-18.odt", "protokols.md"),
    ]},
    "E04": {"archive": "E04.zip", "files": [
        docx("Iesniegums_SIA_Dzirnavkalna_darbnica.docx", "iesniegums.md",
             ["Biedrība „Aizkraukles rajona partnerība” – SVVA 2023–2027 · Projekta iesnieguma veidlapa (rīcība 1.2)"],
             LAG_FOOTER),
        docx("Skriveru_vsk_apliecinajums.docx", "vestule_skola.md"),
    ]},
    "E05": {"archive": "E05.zip", "files": [
        odt("Gada_parskats_2023_Daugavmalas_Ozoli.odt", "gada_parskats.md",
            ["Biedrība „Daugavmalas Ozoli” · Ozolkalni, Klintaines pag., Aizkraukles nov."],
            ["Darbības pārskats 2023"]),
        copy("Ozolkalnu_Vestis_2024_03.html", "avize.html"),
        docx("Atbalsta_vestule_Klintaines_pag_parvalde.docx", "atbalsta_vestule.md"),
    ]},
    "E06": {"archive": "E06.zip", "files": [
        copy("Vārenes_Vēstis_Nr14.html", "varenes_vestis.html"),
        copy("Foto_tirdziņš_2024-06-08/index.html", "foto/index.html"),
        png("Foto_tirdziņš_2024-06-08/atteli/01_atklasana.png", 60, 40, (120, 160, 90)),
        png("Foto_tirdziņš_2024-06-08/atteli/02_vainagi.png", 60, 40, (200, 180, 60)),
        png("Foto_tirdziņš_2024-06-08/atteli/03_medus.png", 60, 40, (220, 170, 40)),
        png("Foto_tirdziņš_2024-06-08/atteli/04_skolas_galds.png", 60, 40, (90, 140, 70)),
        png("Foto_tirdziņš_2024-06-08/atteli/05_nojume.png", 60, 40, (140, 110, 80)),
        png("Foto_tirdziņš_2024-06-08/atteli/06_dziedataji.png", 60, 40, (80, 80, 120)),
    ]},
    "E07": {"archive": "E07.zip", "files": [
        docx("Pavadvēstule.docx", "pavadvestule.md"),
        copy("Facebook_lapa/Lapa.html", "Lapa.html"),
        copy("Facebook_lapa/Lapa_files/fb_styles.css", "Lapa_files/fb_styles.css"),
        copy("Facebook_lapa/Lapa_files/rsrc_bundle.js", "Lapa_files/rsrc_bundle.js"),
        png("Facebook_lapa/Lapa_files/profila_bilde.png", 48, 48, (60, 120, 60), (30, 48, (40, 90, 160))),
    ]},
    "E08": {"archive": "E08.zip", "files": [
        docx("Projekta_iesniegums_Jaunbebri.docx", "iesniegums.md", SVVA_HEADER, LAG_FOOTER_2),
        docx("Partnerības_līgums_2024-3.docx", "partneribas_ligums.md", None, ["Partnerības līgums Nr. 2024/3"]),
    ]},
    "E09": {"archive": "E09.zip", "files": [
        docx("LEADER_iesniegums_Zīļu_kopa.docx", "iesniegums.md", SVVA_HEADER, LAG_FOOTER),
        odt("Kopsapulces_protokols_Nr2.odt", "protokols.md"),
        copy("Foto_atskaite/talkas.html", "foto/talkas.html"),
        png("Foto_atskaite/bildes/talka1.png", 60, 40, (100, 150, 90)),
        png("Foto_atskaite/bildes/talka2.png", 60, 40, (150, 120, 80)),
        png("Foto_atskaite/bildes/talka3.png", 60, 40, (90, 110, 150)),
        png("Foto_atskaite/bildes/talka4.png", 60, 40, (110, 170, 110)),
    ]},
    "E10": {"archive": "E10.zip", "files": [
        odt("Pasnovertejums_Ozolu_loks.odt", "pasnovertejums.md",
            ["Biedrība „Ozolu loks” · Viedā ciema pazīmju pašnovērtējums"], LAG_FOOTER),
    ]},
    "E11": {"archive": "E11.zip", "files": [
        docx("Projekta_iesniegums_Krastmalas_ciema_centrs.docx", "iesniegums.md", SVVA_HEADER, LAG_FOOTER),
        docx("Aiviekstes_pag_parvaldes_vestule.docx", "atbalsta_vestule.md"),
    ]},
    "E12": {"archive": "E12.tar.gz", "files": [
        odt("Sprogu_saime/Darbibas_parskats_2023.odt", "darbibas_parskats.md",
            ["Biedrība „Sproģu saime” · darbības pārskats 2023"], None),
        docx("Sprogu_saime/Kopsapulces_lemums_2024-01-27.docx", "kopsapulces_lemums.md"),
    ]},
    "E13": {"archive": "E13.tar.gz", "files": [
        copy("Lapa.html", "Lapa.html"),
        copy("Lapa_files/saved_resource.css", "Lapa_files/saved_resource.css"),
        copy("Lapa_files/hsts_bundle.js", "Lapa_files/hsts_bundle.js"),
        png("Lapa_files/vaka_bilde.png", 85, 20, (70, 110, 150), (14, 20, (60, 90, 50))),
        docx("Protokols_Nr4_2024-01-20.docx", "protokols.md"),
    ]},
    "E14": {"archive": "E14.zip", "files": [
        docx("Valles_Avoti_iesniegums.docx", "pieteikums.md", SVVA_HEADER, LAG_FOOTER_2),
        odt("Valles_Avoti_pasnovertejums.odt", "pasnovertejums.md", None, LAG_FOOTER),
    ]},
    "E15": {"archive": "E15.tar.gz", "files": [
        docx("Pavadvestule_Irsu_saime.docx", "pavadvestule.md", None,
             ["Biedrība „Iršu saime” · Irši, Iršu pag., Aizkraukles nov. · irsu.saime@inbox.lv"]),
        odt("Atbalsta_vestule_Irsu_pag_parvalde.odt", "atbalsta_vestule.md"),
        copy("Fotoreportaza_kolonistu_svetki_2023/index.html", "fotoreportaza/index.html"),
        png("Fotoreportaza_kolonistu_svetki_2023/atteli/01_gajiens.png", 52, 30, (160, 120, 70)),
        png("Fotoreportaza_kolonistu_svetki_2023/atteli/02_kuka.png", 52, 30, (190, 150, 90)),
        png("Fotoreportaza_kolonistu_svetki_2023/atteli/03_ansamblis.png", 52, 30, (110, 90, 130)),
        png("Fotoreportaza_kolonistu_svetki_2023/atteli/04_saimes_nams.png", 52, 30, (90, 70, 50)),
        png("Fotoreportaza_kolonistu_svetki_2023/atteli/05_balle.png", 52, 30, (40, 40, 80)),
    ]},
    "E16": {"archive": "E16.zip", "files": [
        docx("Saules_stars_pasnovertejums.docx", "pasnovertejums.md",
             ["Biedrība „Saules stars” · „Kalnāji”, Odziena, Vietalvas pag., Aizkraukles nov., LV-5116"],
             LAG_FOOTER),
        docx("Biedru_sapulces_protokols_2024-02-10.docx", "protokols.md"),
    ]},
}
