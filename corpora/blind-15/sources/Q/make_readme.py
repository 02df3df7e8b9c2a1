#!/usr/bin/env python3
import json, os
Q = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = json.load(open(os.path.join(Q, 'labels.json'), encoding='utf-8'))
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
TRAPS = {
 'Q01': 'LAG header/footer; neighbouring parish EV charger „bet mums tādas nav”; action-plan table (smart water meters planned); strong',
 'Q02': 'paid advert (e-veikals); shared LSM news quote about Cēsis; „kaimiņu pagastā… bet mums tādas nav”; abandoned cooperative shop; strong',
 'Q03': 'self-assessment whose first column restates the criteria (form) but whose justifications carry facts; LAG header/footer; strong',
 'Q04': 'consultant template: [norādiet …], „Piemēram, …”, general definitions, EU/Lauku forums quotes, Vigala (Estonia) example, consultant’s own „mūsu uzņēmums”, empty tables, price advert',
 'Q05': 'every answer restates criteria wording; self-assessment points without facts; „Resursi vēl nav apzināti”, „Vēl tiek izstrādāti.”, „Skatīt pielikumā.” (no annex); place only in page header',
 'Q06': 'parish administration applies; no residents’ organisation; survey not used; head of administration decides; events by institution, residents as spectators; „projekts” = building design; conditionals',
 'Q07': 'board decided alone; neighbouring coworking „bet mums tādas nav”; solar panels planned; sponsors only sought; shop e-veikals advert; „vērtības” = valuables; „Programma” = event programme',
 'Q08': 'no place named; survey that changed nothing; DELFI quote on Smiltene; advert; conditional wish; „neesam piedalījušies”; company involved together with residents (counts C5.3)',
 'Q09': 'formal self-assessment: „Atbilst.”, „—”, „Nav apkopoti.”, „Skatīt protokolu”; planned sensors; denials (youth, LEADER); sponsors sought; LAG header/footer',
 'Q10': 'written without diacritics; place only in signature address; consultant quotes criteria; partner village’s time bank + „vajadzetu”; abandoned e-shop; board decided alone',
 'Q11': 'no place named; Rīga seniors’ time bank „bet mums tādas nav”; newspaper report; „vajadzētu… projektu”; „vērtības” = belongings; excursion wish ≠ vision',
 'Q12': 'village website; no organisation („biedrības mums nav… izjuka”); survey with no effect; ministry official quoted; guest-house advert; municipality letter only conditional/future; partners sought',
 'Q13': 'agreement with future clauses (info channels, LEADER application); resources listed without goal; partner’s smart sensors in Lithuania; LAG header/footer',
 'Q14': 'newspaper interview; expert quote on partners; Rīga smart bus stops; abandoned coworking; youth denial; „neesam piedalījušies” LEADER; municipality acts alone; classified ads',
 'Q15': 'no place named, no organisation, decisions „kā nu sanāk”; Lielā talka = C6.3 only, separate self-made bridge repair = C4.3; conditional app „kā Kokneses pagastā”; news quote; advert; „Programma”',
 'Q16': 'form hints left („Piemēram, …”, „[norādiet …]”); „Vēl tiek izstrādāti.”; plans (talkas, Facebook, e-shop, coworking, „vēl neesam sākuši”); resource table without purpose; „tīklus” = fishing nets; partners sought',
}
rows = ['| ID | Archive | Applicant / genre | Traps | Present |', '|---|---|---|---|---|']
for q in sorted(L):
    e = L[q]
    n = sum(v == 'present' for v in e['indicators'].values())
    rows.append(f"| {q} | {e['archive']} | {e['name']} | {TRAPS[q]} | {n}/17 |")
cnt = {i: sum(L[q]['indicators'][i] == 'present' for q in L) for i in IDS}
txt = f"""# Blind test set Q (16 submissions)

Written **only from `/work/shared/criteria.md`** (in particular its section „What counts as evidence”). No other project file,
earlier round, seed, peer set or tool (`lieciba`) was read, listed or run. All Latvian texts were written by hand for this set;
all places, people, organisations, registration numbers and contacts are fictional (real parish names are used only as settings).

## Submissions

{chr(10).join(rows)}

Quality: strong = Q01, Q02, Q03 (17/17); very weak = Q04, Q05 (0/17), Q06 (2/17); the rest mixed (6–10/17).
Formats: 13 .zip, 3 .tar.gz (Q03, Q09, Q14); DOCX (pandoc; LAG page header „… LEADER 2023–2027” and footer
„Eiropa investē lauku apvidos” injected into Q01, Q03, Q04, Q05, Q09, Q13), ODT (pandoc), hand-written HTML
(saved Facebook pages with `Lapa_files/` in Q02, Q08, Q15; village website in Q12; newspaper page in Q14).
Q10 is written entirely without Latvian diacritics.

## Present counts per indicator (of 16)

| {' | '.join(IDS)} |
|{'---|' * len(IDS)}
| {' | '.join(str(cnt[i]) for i in IDS)} |

Derived (not labelled): C3 present where any C3.x is; C4/C5/C6 present only where all their sub-indicators are.

## Files

- `archives/Q01.zip … Q16.zip|.tar.gz` — the submissions.
- `labels.json` — per submission: name, archive, 17 indicators present/absent, verbatim evidence sentences for every present
  indicator, a one-line note for every absent one (why absent / the trap).
- `check.py` — stdlib-only checker: opens every archive in memory, extracts DOCX (document + headers/footers), ODT, HTML text,
  verifies each evidence sentence (whitespace-normalised, case-insensitive). Run: `python3 check.py`.
- `sources/` — Markdown/HTML sources, `build.py` (pandoc + header/footer injection + packing), `labels_src.py`
  (hand-written labels → labels.json), `make_readme.py`.

Rebuild: `cd sources && python3 build.py && python3 labels_src.py && python3 make_readme.py && cd .. && python3 check.py`.

## Judgement calls worth knowing

- C6.2 is labelled present only where a resource is tied in the same statement to the community's stated goal (Q01, Q02, Q03, Q09, Q10, Q12).
- Training residents to use a technology counts as C3.3 even when a librarian runs it (Q11, Q16); teaching seniors alone is not C5.2 (Q14).
- Q06: the parish administration's own sentence „mēs esam viena kopiena …” is taken as C1; residents joining Lielā talka with the administration as C6.3 (not C4.3).
- Q08: a company lending its shed while residents run the market is C5.3; Q12/Q14: municipality acting alone or promising is not.
- Q13: the agreement's own resource table (Biedrība row) is C6.1; its future clauses (4.2, 4.3) are not C5.4/C6.3.
"""
open(os.path.join(Q, 'README.md'), 'w', encoding='utf-8').write(txt)
print(txt)
