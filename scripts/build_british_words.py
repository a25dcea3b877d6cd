"""Build newslint/data/en_gb_variants.tsv: British spellings missing from pyspellchecker's list.

Each line is ``british<TAB>american``. The British form is derived from an
American form that pyspellchecker knows, by the regular correspondences
(-ize/-ise, -yze/-yse, -or/-our, -er/-re, -ense/-ence, -og/-ogue, doubled l)
on curated stems, plus a short list of irregular pairs. Only forms that the
list does not already have are written. Re-run after upgrading pyspellchecker:

    python scripts/build_british_words.py
"""

from __future__ import annotations

import re
from pathlib import Path

from spellchecker import SpellChecker

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "en_gb_variants.tsv"

# -or / -our stems (American stem → any known word starting with it).
OUR = """arbor ardor armor behavior candor clamor color demeanor endeavor favor fervor flavor harbor
honor humor labor misbehavior neighbor odor parlor rancor rigor rumor savior savor splendor tumor
valor vapor vigor""".split()
OUR_KEEP = ("ous", "ific", "ist", "ary", "ize", "ization", "ise")  # humorous, honorific, humorist, honorary: same in both
# -er / -re words (whole words, with their inflections).
RE = """center centered centering centers centerpiece theater theaters fiber fibers liter liters
meter meters kilometer kilometers centimeter centimeters millimeter millimeters caliber saber somber
specter luster meager sepulcher reconnoiter maneuver maneuvers maneuvered maneuvering""".split()
ENSE = "defense defenses defenseless offense offenses pretense pretenses license licenses".split()
OGUE = "catalog catalogs dialog dialogs analog analogs monolog prolog epilog".split()
DOUBLE_L = """travel cancel label model fuel signal level total marvel counsel jewel channel tunnel duel
quarrel rival equal funnel pedal pencil dial trial shovel snorkel swivel grovel yodel initial
panel barrel libel enamel tinsel cudgel bevel chisel kennel marshal pummel refuel remodel revel
unravel ravel spiral trammel""".split()
PREFIXES = ("", "un", "dis", "mis")
# Stems that differ inside the word (ae/oe spellings and a few others), with their derivatives.
STEMS = [("pediatr", "paediatr"), ("pedophil", "paedophil"), ("encycloped", "encyclopaed"),
         ("anesthe", "anaesthe"), ("hemorrhag", "haemorrhag"), ("hemoglobin", "haemoglobin"),
         ("hemophil", "haemophil"), ("leukem", "leukaem"), ("anemi", "anaemi"), ("orthoped", "orthopaed"),
         ("esophag", "oesophag"), ("estrogen", "oestrogen"), ("fetus", "foetus"), ("fetal", "foetal"),
         ("diarrhe", "diarrhoe"), ("gynecolog", "gynaecolog"), ("archeolog", "archaeolog"),
         ("lackluster", "lacklustre"), ("ruble", "rouble"), ("smolder", "smoulder"), ("skeptic", "sceptic"),
         ("sulfur", "sulphur"), ("mold", "mould"), ("plow", "plough")]
IRREGULAR = """aluminium aluminum|programme program|programmes programs|cheque check|cheques checks
kerb curb|plough plow|ploughs plows|mould mold|moulds molds|mouldy moldy|smoulder smolder|
storey story|storeys stories|draught draft|draughts drafts|pyjamas pajamas|sceptic skeptic|
sceptical skeptical|scepticism skepticism|manoeuvre maneuver|manoeuvres maneuvers|manoeuvred maneuvered|
manoeuvring maneuvering|oestrogen estrogen|paediatric pediatric|paediatrician pediatrician|
anaemia anemia|anaemic anemic|haemorrhage hemorrhage|encyclopaedia encyclopedia|foetus fetus|
orthopaedic orthopedic|whilst while|amongst among|learnt learned|spelt spelled|burnt burned|
dreamt dreamed|leapt leaped|jewellery jewelry|jeweller jeweler|jewellers jewelers|enrolment enrollment|
fulfilment fulfillment|instalment installment|instalments installments|skilful skillful|wilful willful|
tonne ton|tonnes tons|gaol jail|gaols jails|cosy cozy|doughnut donut|artefact artifact|artefacts artifacts|
practise practice|practised practiced|practising practicing|ageing aging|judgement judgment|
acknowledgement acknowledgment|arbour arbor|moustache mustache|grey gray|tyre tire|tyres tires|
axe ax|whisky whiskey|speciality specialty|specialities specialties|mum mom|mums moms|
paralyse paralyze|paralysed paralyzed|analyse analyze|analysed analyzed|analysing analyzing|
analyses analyzes|catalyse catalyze|licenced licensed|licencing licensing|offence offense|
offences offenses|defence defense|defences defenses|vice vise|sulphur sulfur|colourful colorful|
neighbourhood neighborhood|neighbourhoods neighborhoods|neighbouring neighboring|favourite favorite|
favourites favorites|favourable favorable|unfavourable unfavorable|honourable honorable|
behavioural behavioral|programmed programmed|programming programming|travelled traveled|
travelling traveling|traveller traveler|travellers travelers|woollen woolen|marvellous marvelous|
counsellor counselor|counsellors counselors|councillor councilor|councillors councilors|
modelling modeling|labelled labeled|cancelled canceled|cancelling canceling|fuelled fueled|
signalled signaled|signalling signaling|levelled leveled|totalled totaled|tranquillity tranquility|
centred centered|centring centering|theatres theaters|titbit tidbit|connexion connection|
storeys stories|sizeable sizable|likeable likable|saleable salable|loveable lovable|
mediaeval medieval|oesophagus esophagus|anaesthetic anesthetic|anaesthetist anesthetist|
archaeology archeology|archaeologist archeologist|haemophilia hemophilia|leukaemia leukemia|
diarrhoea diarrhea|gynaecologist gynecologist|orthopaedics orthopedics|programme's program's"""

ISE = re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations|ational|able)$")
YSE = re.compile(r"yz(e|es|ed|ing|er|ers)$")


def main() -> None:
    words = SpellChecker(language="en").word_frequency.dictionary
    pairs: dict[str, str] = {}

    def add(gb: str, us: str) -> None:
        if gb != us and gb not in words and us in words:
            pairs.setdefault(gb, us)

    for us in words:
        if not us.isalpha():
            continue
        add(ISE.sub(lambda m: "is" + m.group(1), us), us)
        add(YSE.sub(lambda m: "ys" + m.group(1), us), us)
        for stem in OUR:
            at = us.find(stem)
            if at in (0, 2, 3) and us[:at] in PREFIXES and not us[at + len(stem):].startswith(OUR_KEEP):
                add(us[:at] + stem[:-2] + "our" + us[at + len(stem):], us)
        for us_stem, gb_stem in STEMS:
            at = us.find(us_stem)
            if at in (0, 2, 3) and us[:at] in PREFIXES:
                add(us[:at] + gb_stem + us[at + len(us_stem):], us)
        for prefix in PREFIXES:
            base = us[len(prefix):]
            if us.startswith(prefix) and base.startswith(tuple(DOUBLE_L)):
                stem = next(s for s in DOUBLE_L if base.startswith(s))
                if base[len(stem):] in ("ed", "ing", "er", "ers"):
                    add(prefix + stem + "l" + base[len(stem):], us)
    for us in RE:
        if us.startswith("maneuver"):
            continue  # irregular: manoeuvre
        add(re.sub(r"er(s|ed|ing|piece)?$", lambda m: "re" + {"ed": "d", "ing": "ing"}.get(m.group(1) or "", m.group(1) or ""), us), us)
    for us in ENSE:
        add(us.replace("ense", "ence"), us)
    for us in OGUE:
        add(re.sub(r"og(s?)$", r"ogue\1", us), us)
    for pair in filter(None, re.split(r"\s*[|\n]\s*", IRREGULAR)):
        gb, us = pair.split()
        if gb not in words:
            pairs.setdefault(gb, us if us in words else gb)
    # Plurals and inflections of -our/-re/-ence nouns added above
    for gb, us in list(pairs.items()):
        if gb.endswith(("our", "re", "ence", "ogue", "me")) and us + "s" in words:
            add(gb + "s", us + "s")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# British spellings missing from pyspellchecker's English list: british<TAB>american.\n")
        out.write("# Generated by scripts/build_british_words.py; do not edit by hand.\n")
        for gb in sorted(pairs):
            out.write(f"{gb}\t{pairs[gb]}\n")
    print(f"{len(pairs)} British forms written to {OUT}")


if __name__ == "__main__":
    main()
