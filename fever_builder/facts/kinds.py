"""What a thing is, in words that exclude each other: nationalities and kinds of work.

A lead that calls its subject "an English actor" or "a 1991 video game" rules
out "a Chilean actor" and "a 1991 film": each list here holds words one thing
has at most one of. Words that contain or overlap one another ("British" and
"English", "Chinese" and "Taiwanese") sit in one group and are never
exchanged; historical nationalities ("Soviet", "Roman") are left out, since a
person may be called by the old and the new.
"""

from __future__ import annotations

# the adjectives of present-day countries, one word each, with the country a claim may
# say one is "from" (none where the word names several: "Dominican", "Guinean");
# "Georgian" is left out, as it is also a US state's
_NATIONALITY_TEXT = """
Afghan: Afghanistan; Albanian: Albania; Algerian: Algeria; American: the United States;
Andorran: Andorra; Angolan: Angola; Argentine: Argentina; Armenian: Armenia; Australian: Australia;
Austrian: Austria; Azerbaijani: Azerbaijan; Bahamian: the Bahamas; Bahraini: Bahrain;
Bangladeshi: Bangladesh; Barbadian: Barbados; Belarusian: Belarus; Belgian: Belgium;
Belizean: Belize; Beninese: Benin; Bhutanese: Bhutan; Bolivian: Bolivia;
Bosnian: Bosnia and Herzegovina; Botswanan: Botswana; Brazilian: Brazil;
British: the United Kingdom; Bruneian: Brunei; Bulgarian: Bulgaria; Burmese: Myanmar;
Burundian: Burundi; Cambodian: Cambodia; Cameroonian: Cameroon; Canadian: Canada; Chadian: Chad;
Chilean: Chile; Chinese: China; Colombian: Colombia; Congolese: ; Croatian: Croatia; Cuban: Cuba;
Cypriot: Cyprus; Czech: the Czech Republic; Danish: Denmark; Djiboutian: Djibouti; Dominican: ;
Dutch: the Netherlands; Ecuadorian: Ecuador; Egyptian: Egypt; English: England; Eritrean: Eritrea;
Estonian: Estonia; Ethiopian: Ethiopia; Fijian: Fiji; Filipino: the Philippines; Finnish: Finland;
French: France; Gabonese: Gabon; Gambian: the Gambia; German: Germany; Ghanaian: Ghana;
Greek: Greece; Grenadian: Grenada; Guatemalan: Guatemala; Guinean: ; Guyanese: Guyana;
Haitian: Haiti; Honduran: Honduras; Hungarian: Hungary; Icelandic: Iceland; Indian: India;
Indonesian: Indonesia; Iranian: Iran; Iraqi: Iraq; Irish: Ireland; Israeli: Israel; Italian: Italy;
Ivorian: Ivory Coast; Jamaican: Jamaica; Japanese: Japan; Jordanian: Jordan; Kazakh: Kazakhstan;
Kenyan: Kenya; Kosovar: Kosovo; Kuwaiti: Kuwait; Kyrgyz: Kyrgyzstan; Laotian: Laos;
Latvian: Latvia; Lebanese: Lebanon; Liberian: Liberia; Libyan: Libya; Lithuanian: Lithuania;
Luxembourgish: Luxembourg; Macedonian: ; Malagasy: Madagascar; Malawian: Malawi;
Malaysian: Malaysia; Maldivian: the Maldives; Malian: Mali; Maltese: Malta;
Mauritanian: Mauritania; Mauritian: Mauritius; Mexican: Mexico; Moldovan: Moldova;
Monégasque: Monaco; Mongolian: Mongolia; Montenegrin: Montenegro; Moroccan: Morocco;
Mozambican: Mozambique; Namibian: Namibia; Nepalese: Nepal; Nicaraguan: Nicaragua;
Nigerian: Nigeria; Nigerien: Niger; Norwegian: Norway; Omani: Oman; Pakistani: Pakistan;
Palestinian: Palestine; Panamanian: Panama; Paraguayan: Paraguay; Peruvian: Peru; Polish: Poland;
Portuguese: Portugal; Qatari: Qatar; Romanian: Romania; Russian: Russia; Rwandan: Rwanda;
Salvadoran: El Salvador; Samoan: Samoa; Saudi: Saudi Arabia; Scottish: Scotland;
Senegalese: Senegal; Serbian: Serbia; Singaporean: Singapore; Slovak: Slovakia;
Slovenian: Slovenia; Somali: Somalia; Spanish: Spain; Sudanese: ; Surinamese: Suriname;
Swedish: Sweden; Swiss: Switzerland; Syrian: Syria; Taiwanese: Taiwan; Tajik: Tajikistan;
Tanzanian: Tanzania; Thai: Thailand; Togolese: Togo; Tongan: Tonga;
Trinidadian: Trinidad and Tobago; Tunisian: Tunisia; Turkish: Turkey; Turkmen: Turkmenistan;
Ugandan: Uganda; Ukrainian: Ukraine; Uruguayan: Uruguay; Uzbek: Uzbekistan;
Venezuelan: Venezuela; Vietnamese: Vietnam; Welsh: Wales; Yemeni: Yemen; Zambian: Zambia;
Zimbabwean: Zimbabwe
"""
COUNTRY_OF: dict[str, str | None] = {
    demonym.strip(): country.strip() or None
    for demonym, _, country in (
        entry.partition(":") for entry in _NATIONALITY_TEXT.split(";") if entry.strip()
    )
}
NATIONALITIES: frozenset[str] = frozenset(COUNTRY_OF)

# demonyms one person or thing may carry together, or that a country's history joins:
# never exchanged for one another
_OVERLAPPING: tuple[frozenset[str], ...] = (
    frozenset({"British", "English", "Scottish", "Welsh", "Irish"}),
    frozenset({"Chinese", "Taiwanese"}),
    frozenset(
        {"Serbian", "Kosovar", "Montenegrin", "Bosnian", "Croatian", "Slovenian", "Macedonian"}
    ),
    frozenset(
        [
            "Russian",
            "Ukrainian",
            "Belarusian",
            "Armenian",
            "Azerbaijani",
            "Kazakh",
            "Uzbek",
            "Kyrgyz",
            "Tajik",
            "Turkmen",
            "Latvian",
            "Lithuanian",
            "Estonian",
            "Moldovan",
        ]
    ),
    frozenset({"Austrian", "German"}),
    frozenset({"Indian", "Pakistani", "Bangladeshi"}),
    frozenset({"Czech", "Slovak"}),
    frozenset({"Malaysian", "Singaporean"}),
    frozenset({"Israeli", "Palestinian"}),
    frozenset({"Cypriot", "Greek"}),
    frozenset({"Cypriot", "Turkish"}),
)


def exclusive(a: str, b: str) -> bool:
    """Whether one thing cannot be both ``a`` and ``b`` (two different, non-overlapping
    demonyms)."""
    if a == b or a not in NATIONALITIES or b not in NATIONALITIES:
        return False
    return not any(a in group and b in group for group in _OVERLAPPING)


# kinds of work, with the kinds a careful annotator would put in their place: each
# rules the others out ("a film" is no novel), and each alternative is of the same
# world (a song for an album, a film for a video game); not "episode", which says
# nothing without its series
WORK_KINDS: dict[str, tuple[str, ...]] = {
    "film": ("novel", "television series", "play"),
    "television series": ("film", "novel"),
    "novel": ("film", "play", "short story"),
    "short story": ("novel", "film"),
    "album": ("song", "film"),
    "song": ("album", "film"),
    "video game": ("film", "television series", "novel"),
    "play": ("film", "novel", "opera"),
    "opera": ("play", "film"),
}

# how a page may name a work of each kind (patterns, lower case; "play" and "book" only as
# nouns): a page that names one may have a work of that kind of the same name
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "film": ("films?", "movies?", "motion pictures?"),
    "television series": ("television series", "tv series", "television shows?", "sitcoms?"),
    "novel": ("novels?", "(?:the|a) book"),
    "short story": ("short stor(?:y|ies)",),
    "album": ("albums?",),
    "song": ("songs?", "singles?"),
    "video game": ("video games?",),
    "play": ("(?:the|a|stage) play",),
    "opera": ("operas?",),
}
# kinds a modifier before them may make another thing ("soap opera", "extended play",
# "graphic novel"): said only after a year or a nationality alone
NEEDS_BARE: frozenset[str] = frozenset({"play", "opera", "novel"})
