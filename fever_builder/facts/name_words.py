"""The words that type a run of capitalised words: countries, demonyms, the first and last
words of units, organisations, events and places, titles and person cues, and the infobox
keys that give a field's type (see :mod:`fever_builder.facts.entities`)."""

from __future__ import annotations

import re

from ._words import MONTHS, WEEKDAYS, word_set
from .spans import ENTITY_TYPES

# Countries and de facto states named in the seeds.
COUNTRIES: frozenset[str] = frozenset(
    {
        "Afghanistan",
        "Armenia",
        "Artsakh",
        "Azerbaijan",
        "Belarus",
        "France",
        "Georgia",
        "Hungary",
        "Iran",
        "Iraq",
        "Israel",
        "Kazakhstan",
        "Moldova",
        "Nagorno-Karabakh Republic",
        "Pakistan",
        "Republic of Armenia",
        "Republic of Artsakh",
        "Republic of Azerbaijan",
        "Russia",
        "Russian Federation",
        "Soviet Union",
        "Turkey",
        "USSR",
        "Ukraine",
        "United States",
    }
)
DEMONYMS: frozenset[str] = word_set(
    """Afghan Afghans American Americans Arab Arabs Armenian Armenians Azerbaijani Azerbaijanis
    Azeri Azeris British Caucasian Chechen Chechens French Georgian Georgians Iranian
    Iranians Israeli Kazakh Kurd Kurdish Kurds Moldovan Ossetian Ottoman Pakistani Persian
    Russian Russians Soviet Soviets Turk Turkish Turks Ukrainian"""
)

UNIT_LAST = word_set(
    """Brigade Brigades Battalion Battalions Regiment Regiments Division Divisions Army Armies
    Forces Force Corps Company Platoon Squadron Detachment Guards Militia Police Fleet
    Detachments Troops Unit"""
)
ORG_LAST = word_set(
    """Council Front Party Group Organization Organisation Committee Assembly Watch Nations
    Movement Union Government Ministry Parliament Bureau Agency Service Commission
    Conference Court Institute University Association Society Foundation Bank Church
    Alliance League Congress Press Times News Agency Memorial Staff Directorate Secretariat"""
)
ORG_FIRST = word_set(
    """Ministry Office Department Council Committee Government Bureau Organization Union"""
)
EVENT_LAST = word_set(
    """War Wars Battle Offensive Massacre Pogrom Pogroms Protocol Agreement Treaty Accords
    Accord Ceasefire Conflict Revolution Crisis Uprising Siege Campaign Referendum Clash
    Shootdown Operation Declaration"""
)
EVENT_FIRST = word_set("Operation Battle Siege Treaty")
COUNTRY_LAST = word_set("SSR SFSR ASSR Republic Empire Federation Khanate")
PLACE_LAST = word_set(
    """District Province Oblast Region Raion Rayon Mountains Mountain Range Pass Valley River
    Lake Corridor Plain Plateau Gorge Hill Heights City Village Square Street Airport Bridge
    Sea Caucasus Highway Road Enclave Governorate Krai Okrug Uyezd"""
)
PLACE_FIRST = word_set("Mount Lake River Cape Fort Port")
GEO_AFTER = word_set(
    """range mountains mountain corridor river region district province pass valley village
    villages town city enclave raion rayon plain highway road airport gorge heights"""
)
PLACE_BEFORE = word_set(
    """city town village villages district districts region regions province provinces capital
    enclave oblast raion rayon settlement settlements"""
)
# "from" and "at" are left out: "support from Gorbachev", "at Stepanakert's request".
PLACE_PREPOSITIONS = word_set("in near towards toward into outside")
TITLES = word_set(
    """President Vice-President Premier Minister General Colonel Lieutenant Lieutenant-Colonel
    Lieutenant-General Major Major-General Captain Commander Marshal Admiral Sergeant
    Secretary Secretary-General Chairman Speaker Vice-Speaker Deputy Chief Mayor Governor
    Ambassador Procurator Prosecutor Commissar Dr Mr Mrs Ms Sir Lt Col Gen Maj Capt Brig
    Head Senator MP King Queen Prince Emperor Shah Sultan Pope Patriarch"""
)
# Words that are titles only in front of another title: "Defence Minister".
TITLE_MODIFIERS = word_set("Prime Acting Defence Defense Foreign Interior First Vice")
PERSON_CUES = word_set(
    """commander president minister leader journalist general colonel officer chief secretary
    spokesman spokeswoman historian poet writer author analyst deputy governor mayor
    ambassador envoy dissident statesman politician activist correspondent reporter adviser
    advisor chairman commissar ruler procurator prosecutor lieutenant major captain sergeant
    scholar researcher diplomat"""
)
CONNECTORS = word_set("of de da del van von bey al ibn bin la le du der")
# Connectors that may sit inside a person's name ("Thomas de Waal").
NAME_PARTICLES = CONNECTORS - {"of"}
SURNAME_ENDINGS = (
    "yan",
    "ian",
    "ov",
    "ova",
    "ev",
    "eva",
    "yev",
    "sky",
    "ski",
    "enko",
    "shvili",
    "dze",
    "ogly",
    "zade",
)
HYPHEN_PREFIXES = word_set("ex pro anti non pre post pan neo")
STOP_CAPS = word_set(
    """The A An In On At By After During Before Following According As While When Although
    Though However Despite Since Until Under Over With Without Within For From To This That
    These Those It Its He She They We I His Her Their Our There Here Many Most Some Several
    Other Others Both Each All Any No Not Only Also Thus Then Further Furthermore Moreover
    Meanwhile Afterwards Later Earlier Soon Eventually Finally Initially Officially
    Historically Simultaneously Nevertheless Instead Because If Unlike Like Among Between
    Through Throughout Around Near Upon Against Towards Toward Along Besides Due Per
    Including Except Shortly Subsequently Previously Consequently Accordingly Overall Today
    Now Once Yet Still So But And Or Nor Who What Which Where Why How Whether Such One
    Another Every Neither Either Whereas Whilst Having Being Part See Main Is Was Were Are"""
)
ALWAYS_DROP = frozenset(MONTHS) | WEEKDAYS | frozenset({"I"})
# Sentence-initial single words with these endings are common words ("Facing").
COMMON_ENDINGS = ("ly", "ing", "ed", "ion", "ment", "ness", "ity")
# Capitalised words that are not names on their own.
NOT_NAMES = word_set("Western Eastern Northern Southern Central Background")
ROMAN = word_set("I II III IV V VI")

# Infobox/table keys (lower case, digits and spaces removed) -> entity type.
KEY_TYPES: dict[str, str] = {
    "commander": "person",
    "commanders": "person",
    "commandersandleaders": "person",
    "leader": "person",
    "leaders": "person",
    "place": "place",
    "location": "place",
    "site": "place",
    "units": "unit",
    "unit": "unit",
    "unitsinvolved": "unit",
    "combatant": "belligerent",
    "combatants": "belligerent",
    "belligerent": "belligerent",
    "belligerents": "belligerent",
    "side": "belligerent",
    "conflict": "event",
    "partof": "event",
}
TYPE_PRIORITY = {t: i for i, t in enumerate(ENTITY_TYPES)}

TOKEN = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
