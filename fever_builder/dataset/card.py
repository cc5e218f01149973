"""The dataset card (README.md): YAML from the features of ``dataset.features``, and a body."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Mapping, Sequence

import yaml

from fever_builder import __version__
from fever_builder.claims.model import LABELS
from fever_builder.dataset.features import CLAIMS, WIKI_PAGES, Field
from fever_builder.dataset.output import CLAIMS_DIR, NEI_DIR, PAGES_DIR  # noqa: E402
from fever_builder.dataset.style import FEVER_SYMMETRIC_DEV, ClaimStyle, figures

MUTATIONS: dict[str, str] = {
    "date": "a date moved by one to four years (preferring years the corpus mentions), or a day "
    "within its month, in the same format and precision; or two alternative dates, both "
    'wrong ("in 1994 or 1995"), against the true one and another (SUPPORTS); an event\'s '
    'date may be said by its year or decade on both sides ("in the 1990s" against "in the '
    '1980s"). A changed date, name or figure (a figure only above the true one) may also '
    'be denied on the SUPPORTS side ("was not born in 1985" against "was born in 1985"; '
    "generator `support.denial.v1`).",
    "figure": "a figure changed by 30-100% (exact) or halved/doubled (approximate), in the same "
    'written form; a range moves clear of itself. Bounds ("over 500"), vague '
    'figures ("several dozen") and numbers inside names are never changed. A large exact '
    'count may be said rounded on both sides ("about 43,000" against "about 30,000").',
    "entity": "a person, place, unit, organisation or country swapped for one of the same type, "
    "about as well known, that no text states in that role and that is not mentioned "
    "near it (a place near another may contain it); two names in one claim exchanged; "
    'or two wrong alternatives ("Shusha or Lachin") against the true one and another.',
    "identifier": "an ordinal or numbered name changed (709th for 701st; Resolution 853 for 822), "
    "or offered as one of two wrong alternatives.",
    "negation": "a negation added to a true clause or taken out of a negative one (REFUTES); or "
    "both claims negated, the negated changed date being SUPPORTS. Negation cues are "
    "kept at the same rate in both labels.",
    "comparative": '"more than 3,000" (SUPPORTS) against "more than 3,500" (REFUTES) where the '
    'text says 3,500; "after 1990" against "after 1993" for an event of 1993.',
    "antonym": "an outcome or direction flipped (victory/defeat, north/south, before/after).",
    "class": "what the page's subject is, from its lead: a person's or a work's nationality "
    '("an English actor" against "an Australian actor", another the article names) or a '
    'work\'s kind ("a 1991 video game" against "a 1991 film").',
}


def _yaml_features(fields: list[Field]) -> list[Field]:
    # a copy: yaml.safe_dump writes a list met twice (the nei config) as an anchor
    return copy.deepcopy(fields)


def size_category(n: int) -> str:
    for bound, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < bound:
            return name
    return "n>10M"


def card_header(*, splits: Sequence[str], nei: bool, total: int) -> str:
    """The YAML front matter: configs, features, licence and task."""

    def data_files(folder: str) -> list[dict[str, str]]:
        return [{"split": s, "path": f"{folder}/{s}-*.jsonl"} for s in splits]

    configs: list[dict[str, object]] = [
        {"config_name": "default", "data_files": data_files(CLAIMS_DIR), "default": True},
        {
            "config_name": "wiki_pages",
            "data_files": [{"split": "train", "path": f"{PAGES_DIR}/*.jsonl"}],
        },
    ]
    info: list[dict[str, object]] = [
        {"config_name": "default", "features": _yaml_features(CLAIMS)},
        {"config_name": "wiki_pages", "features": _yaml_features(WIKI_PAGES)},
    ]
    if nei:
        configs.append({"config_name": "nei", "data_files": data_files(NEI_DIR)})
        info.append({"config_name": "nei", "features": _yaml_features(CLAIMS)})
    header = {
        "license": "cc-by-sa-3.0",
        "language": ["en"],
        "task_categories": ["text-classification"],
        "task_ids": ["fact-checking"],
        "size_categories": [size_category(total)],
        "pretty_name": "fever-builder claims",
        "tags": ["fever", "fact-verification", "claims", "synthetic"],
        "configs": configs,
        "dataset_info": info,
    }
    return (
        "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000) + "---\n"
    )


def _table(rows: list[list[str]], head: list[str]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _style_section(style: ClaimStyle | None) -> str:
    if style is None:
        return ""
    ours, fever = figures(style), figures(FEVER_SYMMETRIC_DEV)
    rows = [[name, value, fever[name]] for name, value in ours.items()]
    return f"""
## How the claims read

Measured on this build's `SUPPORTS` and `REFUTES` claims (all splits) and, by
the same code, on claims written by FEVER's annotators: the {FEVER_SYMMETRIC_DEV.claims} rows of the
Symmetric FEVER v0.2 dev set (Schuster et al., 2019; 354 claims, each once with
a sentence that supports it and once with one that refutes it), decoded from
FEVER's tokenisation. Words are `\\w+` runs (letters, digits, `_`); a word of a
claim is new if no evidence sentence of the claim has it (case ignored); a
copy equals an evidence sentence up to white space and a final period.

{_table(rows, ["figure", "this build", "FEVER annotators"])}

Symmetric FEVER gives every claim one evidence sentence by construction, so it
says nothing of how often FEVER's claims need two (–).
"""


def render_card(
    splits: Mapping[str, Counter[tuple[str, str]]],
    *,
    nei_splits: Mapping[str, int] | None,
    pages: int,
    sentences: int,
    seed: int,
    test_size: float,
    artefacts: Mapping[str, float],
    dropped: Mapping[str, int],
    sample: float = 1.0,
    style: ClaimStyle | None = None,
) -> str:
    """The whole README.md of a build.

    ``splits`` holds each split's claims counted by (mutation, label); ``nei_splits``
    the number of rows of each split of the nei config (None without --nei);
    ``style`` the figures of how the claims read (no section without it).
    """
    total = sum(sum(v.values()) for v in splits.values())
    names = list(splits)
    mutations = sorted({m for v in splits.values() for m, _ in v})
    label_rows = [
        [label] + [str(sum(n for (_, lab), n in splits[s].items() if lab == label)) for s in names]
        for label in LABELS[:2]
    ]
    mutation_rows = []
    for mutation in mutations:
        counts = [
            f"{splits[s][(mutation, 'SUPPORTS')]} / {splits[s][(mutation, 'REFUTES')]}"
            for s in names
        ]
        mutation_rows.append([f"`{mutation}`", *counts])
    drop_rows = [[f"`{k}`", str(v)] for k, v in sorted(dropped.items())]
    sampled = (
        f"\nClaims were made from a share of {sample:.4g} of the sentences (drawn as duplicate\n"
        f"groups, with seed {seed}) and of the infobox fields and table rows. Every\n"
        "sentence is still evidence, and changed facts were checked against every text\n"
        "of their shard.\n"
        if sample < 1.0
        else ""
    )
    body = f"""
# fever-builder claims

A fact-verification dataset in the style of FEVER, generated by fever-builder
{__version__} from {pages} pages ({sentences} sentences). Each claim is labelled
`SUPPORTS` or `REFUTES` and carries the evidence sentences that decide it.
{sampled}
```python
import datasets
claims = datasets.load_dataset("path/to/this/folder")          # train / test
pages = datasets.load_dataset("path/to/this/folder", "wiki_pages")
```

## The claims

Every claim comes from one fact of one sentence (or infobox field or table
cell) and has a contrastive sibling: the `SUPPORTS` and `REFUTES` claims of a
pair (`pair`) differ only in that fact, so the wording alone does not give the
label away. A claim is the one clause of the sentence's dependency parse that
holds the fact: its subject, verb, objects and the phrases the verb needs are
kept; times and asides that are not the fact, appositives, parentheticals and
the sentence's other clauses are cut; a relative clause or an appositive on a
name becomes a claim of its own. A cut that no longer says what it is about is
refused: a subject that names nothing new ("An album was released"), a pronoun
nothing in the claim can be ("Kodak sent him"), a definite noun whose name was
cut ("The region proclaimed", "seized the area"); a name set beside such a
subject stands for it, and a noun the page's own title or lead gives its thing
("the battalion" on "Zrinski Battalion") is said by the page's name. A date is
changed only on an event that happens once (a birth, a founding, a premiere,
an end, "his first appearance"), not on one that may recur ("was shelled in
May 1992"), and a name only where the clause says which event it is about
("Armenia proclaimed its independence" names nothing else: another country
may have). Both claims of a pair are reworded alike (passive
voice, verbs with a safe synonym in their frame, "captured" / "seized",
same-form synonyms, "85 percent" for "85%"), and the subject is
made explicit ("He", "It" and "The film" become the page's entity, and so
does "him" or "his" on a person's page where no other person is named near, a surname
the full name). An evidence sentence is read with its page, as in FEVER: the
page's title names its entity ("He has two older brothers" on the page Brock
Lesnar is the evidence of "Brock Lesnar has 2 older brothers"); another
person's full name cites the sentence that gives it. A `SUPPORTS`
claim is sometimes made less precise ("in 1993" for "on 15 December 1993").
Some pairs join a second fact about the same subject from another sentence
("X was born in A and died in B"; generator `contrast.conjunction.v1`): the
evidence set then lists both sentences, and the `REFUTES` claim changes one of
the two facts. A `REFUTES` claim changes one fact (`mutation`):

{_table([[f"`{k}`", v] for k, v in MUTATIONS.items()], ["mutation", "how the fact is changed"])}

A changed fact is kept only if nothing in the corpus states it: no other
sentence, infobox field, table cell or stated range holds the new value in the
same role (a share of at least half of the claim's other content words), and
no REFUTES claim equals a corpus sentence. Claims whose truth cannot be
settled are dropped, never guessed.

Fields: `id`, `claim`, `label` (ClassLabel {list(LABELS)}), `evidence` (a list of
evidence sets; any one set settles the claim and every sentence of a set is
needed; a sentence is `page`, `sentence_id`, `text`), `mutation`, `generator`
(the versioned generator name), `original` and `replacement` (the changed
span before and after), `source_page`, `source_sentence`, `group` (the
duplicate group of the source sentence) and `pair`.

Evidence ids are positions in the page's `lines` field of the `wiki_pages`
config, as in FEVER's own dump: `lines.split("\\n")[k]` is `"k\\t<text>"`, and
an evidence item's `text` is exactly that line's text. A sentence id without
text (a sentence the source dropped) keeps an empty line (`"15\\t"`). After the
prose come the page's infobox fields, from line `infobox_start` (the k-th
field, 0-based, is line `infobox_start + k`, text `Key: Value`), then its
table rows, from line `tables_start` (the j-th row is line `tables_start + j`,
text `Label — Column: cell; Column: cell`); both fields are in each
`wiki_pages` row. `groups[k]` is line k's duplicate group (empty on empty,
infobox and table lines). `fever-builder export --to fever` writes the claims
and pages in FEVER's own shared-task files.

## Counts

{_table(label_rows, ["label", *names])}

By mutation (SUPPORTS / REFUTES):

{_table(mutation_rows, ["mutation", *names])}

## How the split was made

Claims that share a duplicate group (the same sentence in another rendering
of the article), a pair, an evidence sentence or a claim text form one
component; whole components go to one side, shuffled with seed {seed}, until
the test split holds about {test_size:.0%} of the claims. No evidence sentence
and no claim text is in both train and test.

## Artefacts, measured

A model that sees only the claim, or only how many claim words the evidence
holds, should do no better than chance here. Measured on this build (trained on
train, scored on test):

{_table([[k, f"{v:.3f}"] for k, v in artefacts.items()], ["probe", "test accuracy"])}
{_style_section(style)}
## Known limits

- Claims are made by rules from one sentence at a time; their wording stays
  close to the source, and a verifier that only matches words will find
  `SUPPORTS` claims easy to confirm and must learn what a changed fact looks
  like.
- "True elsewhere" is checked by word overlap with the rest of the corpus,
  not by understanding: a changed fact stated in very different words
  elsewhere could slip through.
- Negation pairs assume the negated fact happened once ("was not appointed on
  5 July" is true because the appointment was on 1 July).
- The text is English Wikipedia prose; the generator's abbreviation list and
  infobox keys are tuned to war-history articles.

What the generator refused while building, by reason (candidate values,
frames or pairs; one claim can be tried several times):

{_table(drop_rows, ["reason", "times"])}

## Licence and citations

The text comes from Wikipedia and is available under CC BY-SA 3.0.

- James Thorne, Andreas Vlachos, Christos Christodoulopoulos and Arpit Mittal.
  2018. FEVER: a large-scale dataset for Fact Extraction and VERification.
  NAACL-HLT.
- Tal Schuster, Darsh J Shah, Yun Jie Serene Yeo, Daniel Filizzola, Enrico
  Santus and Regina Barzilay. 2019. Towards Debiasing Fact Verification
  Models. EMNLP. (Symmetric FEVER: the contrastive-pair idea.)
"""
    nei_total = sum(nei_splits.values()) if nei_splits else 0
    if nei_splits:
        body += f"""
## The nei config

Built with `--nei`: the claims above plus NOT ENOUGH INFO claims ({nei_total} in
all splits). A NOT ENOUGH INFO claim is a claim of a pair whose evidence is
replaced by another sentence of the same page that holds neither the
original nor the changed value, so it cannot settle the claim; every label
has evidence, so the presence of evidence says nothing about the label.
"""
    return card_header(splits=names, nei=bool(nei_splits), total=total + nei_total) + body
