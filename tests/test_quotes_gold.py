"""Quote extraction against hand-annotated IndoSum dev articles (CC BY-SA 4.0, see fixtures/README.md).

Two samples, annotated by reading each article: every direct quotation's exact span and
its speaker as the article names them most fully ("" where it names nobody). Titles,
nicknames, scare quotes and a website's motto are not quotations.

- quotes_gold.json: 25 articles (dev rows 301-328 with quotation marks), 84 quotes; the
  extractor was developed against these.
- quotes_heldout.json: the next 10 such articles (rows 329-342), 33 quotes; annotated
  before the extractor had seen them (it scored recall 0.85, precision 1.00, speaker
  accuracy 0.68 there), then used for a last round of general fixes.
- quotes_random.json: 24 articles drawn at random (see fixtures/README.md), 66 quotes, each
  with the reason for its label; annotated before the rules of issue 18, then tuned on.
- quotes_random_unseen.json: 12 more drawn the same way, 36 quotes; reported untuned until
  session 13 (speaker accuracy 0.667), tuned on since.
- quotes_random_fresh.json: 12 more (a `random.Random(1818)` draw), 37 quotes, annotated in
  session 13 before that session's rules; reported untuned then (0.730, then 0.811), tuned on
  since session 14.
- quotes_random_fresh2.json: 12 more (a `random.Random(2222)` draw), 37 quotes, annotated in
  session 14 before that session's rules; reported untuned then (0.743, then 0.829), tuned on
  since session 15.
- quotes_random_fresh3.json: 12 more (a `random.Random(3333)` draw), 25 quotes, annotated in
  session 15 before that session's rules; reported untuned then (0.88 before and after the rules
  tuned on fresh2), tuned on since.
- quotes_random_fresh4.json: 12 more (a `random.Random(4444)` draw), 35 quotes, annotated in
  session 15 before the rules tuned on fresh3; reported untuned then (0.47, then 0.53), tuned on
  since.
- quotes_random_fresh5.json: 12 more (a `random.Random(5555)` draw), 31 quotes, annotated in
  session 15 before the rules tuned on fresh4; reported untuned then (0.84), tuned on since session 17.
- quotes_random_fresh6.json: 16 more (a `random.Random(6666)` draw), 58 quotes, annotated in
  session 17 before that session's rules; reported untuned then (0.76), tuned on since.
- quotes_random_fresh7.json: 12 more (a `random.Random(7777)` draw), 33 quotes, annotated in
  session 17 after the rules tuned on fresh5 and fresh6; reported untuned then (0.64, the same as
  before those rules), tuned on since.
- quotes_random_fresh8.json: 12 more (a `random.Random(8888)` draw), 41 quotes, annotated in
  session 18 before that session's rules; reported untuned then (0.67), tuned on since.
- quotes_random_fresh9.json: 12 more (a `random.Random(9999)` draw), 36 quotes, annotated in
  session 19 before that session's rules; reported untuned then (0.81), tuned on since.
- quotes_random_fresh10.json: 12 more (a `random.Random(10101)` draw), 29 quotes, annotated in
  session 19 after the rules tuned on fresh9; reported untuned then (0.79), tuned on since.
- quotes_random_fresh11.json: 12 more (a `random.Random(11111)` draw), 31 quotes, annotated in
  session 20 before any rule of that session (0.81 then, and after the rules that session found on
  other dev articles); kept unseen until session 22, tuned on since. Session 56 reads a statement pointed back to as
  its issuer's words, and a quotation as no one's it speaks of ('aturan Ibu Menteri'): 1.00 since.
- quotes_random_fresh12.json: 12 more (a `random.Random(12121)` draw), 27 quotes, annotated in
  session 22 before any rule of that session (recall 0.89, speaker accuracy 0.75 then), tuned on since.
- quotes_random_fresh13.json: 12 more (a `random.Random(13131)` draw), 31 quotes, annotated in
  session 22 after that session's rules were written (speaker accuracy 0.77, the same as before those
  rules); kept unseen until session 23, tuned on since.
- quotes_random_fresh14.json: 12 more (a `random.Random(14141)` draw), 35 quotes, annotated at the start
  of session 23 before any change to the code (recall 1.00, precision 0.92, speaker accuracy 0.85 then);
  1.00, 0.94 and 0.85 with session 23's rules, still unread; its misses read in session 24, tuned on since
  (one quotation the annotation had left out, Richard Mitchell's, added then).
- quotes_random_fresh15.json: 12 more (a `random.Random(15151)` draw), 34 quotes, annotated at the start
  of session 24 before any change to the code (recall 1.00, precision 1.00, speaker accuracy 0.91 then, and
  0.91 after that session's first rules); its misses read later in session 24, tuned on since.
- quotes_random_fresh16.json: 12 more (a `random.Random(16161)` draw), 25 quotes, annotated in session 24 after
  its first rules (recall 1.00, precision 1.00, speaker accuracy 0.88 then, as with session 23's code); its
  misses read in session 25, tuned on since.
- quotes_random_fresh17.json: 12 more (a `random.Random(17171)` draw), 38 quotes, annotated at the start of
  session 25 before any change to the code (recall 0.97, precision 1.00, speaker accuracy 1.00 then); untuned,
  its misses not read. The one quote missed then is marked with doubled single marks (’’ … ’’), seen while
  annotating; with them read, 1.00 / 1.00 / 1.00.
- quotes_random_fresh18.json: 12 more (a `random.Random(18181)` draw), 35 quotes, annotated late in session 25, after
  that session's rules (recall 0.91, precision 0.94, speaker accuracy 0.66, the same as with session 24's code);
  its misses read in session 26, tuned on since (the span test caught one slip of the annotation, put right before
  these figures). Two of its quotes are marked with mojibake (â€œ … â€\x9d, UTF-8 read as cp1252), which the
  cleaning stage repairs; every set is scored on its text as read so (`as_read`).
- quotes_random_fresh19.json: 12 more (a `random.Random(19191)` draw), 42 quotes, annotated at the start of
  session 26 before any change to the code (recall 0.976, precision 1.00, speaker accuracy 0.927 then, and the same
  after the rules read from fresh18); its misses read later in session 26, tuned on since.
- quotes_random_fresh20.json: 12 more (a `random.Random(20202)` draw), 31 quotes, annotated in session 26 after the
  rules read from fresh18 and before any other (recall 0.935, precision 1.00, speaker accuracy 0.69 then, the same as
  with session 25's code); its misses read in session 27, tuned on since. Four of its quotes were wrong by the label until session
  57: Larson, the mother, 'Larson sang ibu', was taken for her daughter Scout Penelope Larson, and 'ujar sang ibu'
  for no one; a single name the article gives kin with 'sang' is that person's own (1.00 since).
- quotes_random_fresh21.json: 12 more (a `random.Random(21212)` draw), 38 quotes, annotated at the start of session 27
  before any change to the code (recall 1.00, precision 1.00, speaker accuracy 1.00 then); untuned.
- quotes_random_fresh22.json: 12 more (a `random.Random(22222)` draw), 44 quotes, annotated in session 27 after the rules
  read from fresh20 (recall 1.00, precision 0.957, speaker accuracy 0.75 then, the same as with the code before those
  rules); its misses read in session 28, tuned on since. Its five quotes of RM, 'RM (yang sebelumnya dikenal dengan
  nama Rap Monster)', were read as the name his initials spell until session 56, which drops a former name (1.00 since).
- quotes_random_fresh23.json: 12 more (a `random.Random(23232)` draw), 33 quotes, annotated at the start of session 28
  before any change to the code (recall 1.00, precision 1.00, speaker accuracy 0.909 then, and after that session's
  rules); its misses read in session 29, tuned on since.
- quotes_random_fresh24.json: 12 more (a `random.Random(24242)` draw), 44 quotes, annotated at the start of session 29
  before any change to the code (recall 1.00, precision 1.00, speaker accuracy 0.841 then, and after the rule read from
  fresh23); its misses read later in session 29, tuned on since.
- quotes_random_fresh25.json: 12 more (a `random.Random(25252)` draw), 34 quotes, annotated in session 29 after the rule
  read from fresh23 and before any other (recall 1.00, precision 0.943, speaker accuracy 0.848 then, and after the rules
  read from fresh24); its misses read later in session 29, tuned on since. One label was corrected then: a two-word
  partial quotation ('prioritas tertinggi') counts, as in fresh5 and fresh6 (with it, 0.971 and 0.853 then).
- quotes_random_fresh26.json: 12 more (a `random.Random(26262)` draw), 36 quotes, annotated in session 29 after the rules
  read from fresh24 (recall 1.00, precision 1.00, speaker accuracy 0.778 then, the same after the rules read from
  fresh25); its misses read in session 30 (0.889 since), tuned on since. Four of its quotes were wrong by the label
  until session 56: Indro, 'Indrodjojo Kusumonegoro atau Indro', resolved to the full name that his short name begins;
  a short name the article gives after 'atau' is now whole (1.00 since).
- quotes_random_fresh27.json: 12 more (a `random.Random(27272)` draw), 26 quotes, annotated at the start of session 30
  before any change to the code (recall 1.00, precision 1.00, speaker accuracy 0.885 then, and after the rules read from
  fresh26); its misses read later in session 30, tuned on since.
- quotes_random_fresh28.json: 12 more (a `random.Random(28282)` draw), 30 quotes, annotated in session 30 after the rules
  read from fresh26 (recall 1.00, precision 0.938, speaker accuracy 0.833 then, the same as with the code before those
  rules, and after the rules read from fresh27); its misses read later in session 30 (1.00, 1.00 and 0.967 since),
  tuned on since.
- quotes_random_fresh29.json: 12 more (a `random.Random(29292)` draw), 30 quotes, annotated in session 30 after the rules
  read from fresh27 (recall 1.00, precision 0.833, speaker accuracy 0.600 then, the same as with the code before that
  session's rules; precision 0.909 after the rules read from fresh28, which no longer take the slogans of two of its
  posters for quotations); its misses read later in session 30 (1.00, 1.00 and 0.967 since), tuned on since.
- quotes_random_fresh30.json: 12 more (a `random.Random(30303)` draw), 31 quotes, annotated in session 30 after the rules
  read from fresh28 (recall 1.00, precision 1.00, speaker accuracy 0.871 then, the same as with the code before that
  session's rules, and after the rules read from fresh29); its misses read later in session 30 (1.00 since), tuned on
  since.
- quotes_random_fresh31.json: 12 more (a `random.Random(31313)` draw), 34 quotes, annotated in session 30 after the rules
  read from fresh29 (recall 1.00, precision 1.00, speaker accuracy 0.971 then, the same as with the code before that
  session's rules, and after the rules read from fresh30); its misses read later in session 30 (1.00 since), tuned on
  since.
- quotes_random_fresh32.json: 12 more (a `random.Random(32323)` draw), 39 quotes, annotated in session 30 after the rules
  read from fresh30 (recall 0.974, precision 0.974, speaker accuracy 0.737 then, the same as with the code before that
  session's rules); its misses read in session 31 (1.00, 1.00 and 0.974 since), tuned on since.
- quotes_random_fresh33.json: 12 more (a `random.Random(33333)` draw), 40 quotes, annotated in session 31 before any
  rule of that session (recall 1.00, precision 1.00, speaker accuracy 0.875 then, and after fresh32's rules); its
  misses read later in session 31 (1.00 since), tuned on since.
- quotes_random_fresh34.json: 12 more (a `random.Random(34343)` draw from the articles the briefing, extraction and
  benchmark fixtures hold, once no other article with a quotation mark but one was left), 23 quotes, annotated in
  session 31 after fresh32's rules (recall 1.00, precision 1.00, speaker accuracy 0.826 then, the same as with the code
  before that session's rules, and after fresh33's); its misses read later in session 31 (0.913 since), tuned on since.
  Session 56 reads a statement pointed back to ('ungkap pernyataan tersebut') as its issuer's words (0.957 since).
- quotes_random_fresh35.json: 12 more (a `random.Random(35353)` draw from the same articles as fresh34), 49 quotes,
  annotated in session 31 after fresh33's rules (recall 0.898, precision 0.880, speaker accuracy 0.864 then, the same
  as with the code before that session's rules and before fresh33's, and after fresh34's); its misses read later in
  session 31 (speaker accuracy 0.932 since; recall and precision as before), tuned on since. Session 57 reads a head's
  office in one word ('jelas Kadiskes') past a navy corps in brackets ('Letkol Laut (K)'): speaker accuracy 0.955 since.
- quotes_random_fresh36.json: 12 more (a `random.Random(36363)` draw from the same articles as fresh34), 34 quotes,
  annotated in session 31 after fresh34's rules (recall 0.971, precision 1.00, speaker accuracy 0.818 then; 0.697
  with the code before fresh33's rules, the whole difference in one article, Gus Syaf's, whose change that session's
  diff over the 750 articles had shown); its misses read in session 32 (1.00, 1.00 and 1.00 since), tuned on since.
- quotes_random_fresh37.json: 12 more (a `random.Random(37373)` draw from the same articles as fresh34), 29 quotes,
  annotated in session 32 before any rule of that session (recall 0.897, precision 1.00, speaker accuracy 0.769 then,
  and after fresh36's rules, which change none of its articles); its misses read later in session 32 (speaker accuracy
  0.923 since; recall and precision as before), tuned on since. Session 57 keeps the partial quotation of a state
  that is its sentence's subject ('Namun China, …, mengatakan') and those in a sentence that goes on with what the one
  before reported ('Florence Parly mengatakan …. Selain itu, … "motif dan keadaan"'): recall 1.00 since.
- quotes_random_fresh38.json: 12 more (a `random.Random(38383)` draw from the same articles as fresh34), 35 quotes,
  annotated in session 32 after fresh36's rules (recall 0.971, precision 0.971, speaker accuracy 0.794 then, the same
  as with the code before that session's rules and after fresh37's); its misses read later in session 32, when two
  labels were corrected to name a club whole, as 'Manchester United' is in fresh8 (0.765 then with them; 1.00, 1.00
  and 0.886 since), tuned on since.
- quotes_random_fresh39.json: 12 more (a `random.Random(39393)` draw from the same articles as fresh34), 28 quotes,
  annotated in session 32 after fresh37's rules (recall 1.00, precision 0.966, speaker accuracy 0.893 then, the same
  as with the code before that session's rules, and after fresh38's); its misses read at the end of session 32 and
  left as known misses, tuned on since. One of its articles (Adidas) had been seen in a diff of that session before
  it was drawn. Until session 57 a term in marks in a sentence that reports Sharapova's words ('memberikan "wild card"
  kepadanya') was read as her partial quotation; a short term the article marks each time it uses it is a term now
  (precision 1.00 since).
- quotes_random_fresh40.json: 12 more (a `random.Random(40404)` draw from the same articles as fresh34), 37 quotes,
  annotated in session 32 after fresh38's rules (recall 1.00, precision 1.00, speaker accuracy 0.946 then; 0.919 with
  the code before that session's rules, the whole difference in one of two articles that session's diff had shown
  before they were drawn, Ramayana's and Suzuki's; on the other ten articles 0.967 with either code); its misses read
  in session 33 (1.00, 1.00 and 1.00 since), tuned on since.
- quotes_random_fresh41.json: 12 more (a `random.Random(41414)` draw from the same articles as fresh34), 37 quotes,
  annotated in session 33 before any rule of that session (recall 1.00, precision 1.00, speaker accuracy 0.892 then);
  its misses read in session 33 (1.00, 1.00 and 1.00 since), tuned on since.
- quotes_random_fresh42.json: 12 more (a `random.Random(42424)` draw from the same articles as fresh34), 32 quotes,
  annotated in session 33 before that session's rules were checked on the dev articles, and hidden from its diffs
  over them (recall 1.00, precision 1.00, speaker accuracy 0.938 with the code before those rules and after them);
  its misses read later in session 33 (1.00, 1.00 and 1.00 since), tuned on since.
- quotes_random_fresh43.json: 10 more (a `random.Random(43434)` draw from the same articles as fresh34: the last ten
  with a quotation mark that no quote set held), 28 quotes, annotated in session 33 before fresh42's misses were read
  and hidden from the diffs of the rules read from them (recall 1.00, precision 1.00, speaker accuracy 0.679 then,
  the same with the code before that session's rules); untuned until session 34, when a scan of the roles the
  finder gives over all 750 dev articles showed two of its misses (a party's name and a rank read into a name), and
  its misses were read (1.00, 1.00 and 1.00 since), tuned on since.

Run `python tests/test_quotes_gold.py` for the numbers and every miss of the tuned sets; an untuned set's
misses are printed only with `--untuned-misses`, so that reading them is a choice.
"""

import json
import re
from pathlib import Path

import ftfy
import pytest

from sitegen.quotes import extract_quotes
from sitegen.speech_verbs import VERBS_AFTER

FIXTURES = Path(__file__).parent / "fixtures"
TUNED = (
    "quotes_gold.json",
    "quotes_heldout.json",
    "quotes_random.json",
    "quotes_random_unseen.json",
    "quotes_random_fresh.json",
    "quotes_random_fresh2.json",
    "quotes_random_fresh3.json",
    "quotes_random_fresh4.json",
    "quotes_random_fresh5.json",
    "quotes_random_fresh6.json",
    "quotes_random_fresh7.json",
    "quotes_random_fresh8.json",
    "quotes_random_fresh9.json",
    "quotes_random_fresh10.json",
    "quotes_random_fresh11.json",
    "quotes_random_fresh12.json",
    "quotes_random_fresh13.json",
    "quotes_random_fresh14.json",
    "quotes_random_fresh15.json",
    "quotes_random_fresh16.json",
    "quotes_random_fresh18.json",
    "quotes_random_fresh19.json",
    "quotes_random_fresh20.json",
    "quotes_random_fresh22.json",
    "quotes_random_fresh23.json",
    "quotes_random_fresh24.json",
    "quotes_random_fresh25.json",
    "quotes_random_fresh26.json",
    "quotes_random_fresh27.json",
    "quotes_random_fresh28.json",
    "quotes_random_fresh29.json",
    "quotes_random_fresh30.json",
    "quotes_random_fresh31.json",
    "quotes_random_fresh32.json",
    "quotes_random_fresh33.json",
    "quotes_random_fresh34.json",
    "quotes_random_fresh35.json",
    "quotes_random_fresh36.json",
    "quotes_random_fresh37.json",
    "quotes_random_fresh38.json",
    "quotes_random_fresh39.json",
    "quotes_random_fresh40.json",
    "quotes_random_fresh41.json",
    "quotes_random_fresh42.json",
    "quotes_random_fresh43.json",
)
# Annotated before the rules saw them: fresh17 (recall 0.97, speaker accuracy 1.00 then; 1.00 and 1.00 since doubled
# single marks are read, which annotating it showed) and fresh21 (1.00 and 1.00): reported, guarded only against
# falling.
UNTUNED = ("quotes_random_fresh17.json", "quotes_random_fresh21.json")


def load(name):
    return [as_read(record) for record in json.loads((FIXTURES / name).read_text(encoding="utf-8"))]


def as_read(record):
    """`record` as the pipeline reads it: its text with mojibake repaired (sitegen.cleaning, â€œ read as “), each
    annotated span moved to where it stands there."""
    text = ftfy.fix_encoding(record["text"])
    if text == record["text"]:
        return record
    quotes = []
    for quote in record["quotes"]:
        start, end = (len(ftfy.fix_encoding(record["text"][:offset])) for offset in (quote["start"], quote["end"]))
        assert text[start:end] == ftfy.fix_encoding(quote["text"]), quote["text"]
        quotes.append({**quote, "start": start, "end": end, "text": text[start:end]})
    return {**record, "text": text, "quotes": quotes}


GOLD = [record for name in TUNED for record in load(name)]

# Known misses, each a limit of the rules rather than a slip: (article id prefix, quote number) -> why.
GARBLED = "a paragraph whose marks stand on the wrong side of their spaces, one of them stray: the marks pair one off"
KNOWN = {
    ("1501352100", 1): "'ujarnya melanjutkan' after a witness nobody names, with Carey named in between",
    ("1491530431", 2): "the words of a letter ('AISGOC hanya mencantumkan pernyataan') after 'Menurut dia'",
    ("1507876067", 0): "a book quoted over seven paragraphs, each reopening with a mark, after 'dalam bukunya'",
    ("1506567110", 2): "'ucap pria berusia 46 tahun itu' means the defendant named last, not the judge who spoke last",
    ("1473986756", 1): "words of state media the article describes ('Media pemerintah di Pyongyang memperingatkan')",
    ("1516319100", 1): "'ujar pemimpin sidang' means the 'pimpinan sidang' named before: a role, not a name",
    ("1519360200", 5): "a host named only in his show's name ('Jimmy Kimmel Live'): the show is taken for the name",
    ("1498258500", 3): "misplaced marks, then 'begitu yang tertulis dalam akun instagram miliknya, @andritany'",
    ("1508885340", 0): "'tulis mereka' (they): a plural pronoun, for a band, is left unnamed",
    ("1479521457", 0): "a misspelt full name ('ujar Lee Min Hoo') is taken as written, not as the name it misspells",
    ("1513136983", 1): "a misspelt name with spaced syllables ('tutur Jun - Jin') is taken as written",
    ("1516597200", 0): "a hyphenated given name with spaces ('Hans - Joachim Watzke') is cut at the hyphen",
    (
        "1497568500",
        0,
    ): "a verse as it should go ('bait yang seharusnya berbunyi'), its singer the sentence's subject after it",
    ("1507749300", 2): "a misspelt name of four letters ('saran Romo' for Genaro Roma) is taken as written",
    ("1511469900", 1): "'kata mereka' (they) after a fleet's statement: a plural pronoun, for a body, is unnamed",
    ("1501898700", 0): "'kata pemilik nama asli Marshall Bruce Mathers III': a description by the real name of the one "
    "the article calls Eminem",
    ("1504682857", 0): GARBLED,
    ("1504682857", 1): GARBLED,
    ("1504682857", 2): GARBLED,
    ("1504682857", 3): GARBLED,
    ("1504682857", 4): GARBLED,
    ("1503890100", 6): "'katanya' after a sentence that names Miu Shimoda only as its object ('menarik penggemar "
    "seperti Miu Shimoda'): the one who spoke last is taken",
    (
        "1504827000",
        3,
    ): "'Ia juga mengatakan' after a spokesperson nobody names: the pronoun is read as the last one named",
    (
        "1503738468",
        1,
    ): "'kata Kim kepada Guterres', an envoy the sentence before describes ('wakil duta besar Pyongyang "
    "untuk PBB mengatakan kepada … Guterres'), is read as the one Kim named in full (Kim Jong Un)",
    ("1503738468", 3): "the same envoy, 'kata Kim kepada Guterres' again",
    ("1503738468", 4): "the same envoy: 'Kim mengatakan kepada Guterres bahwa …'",
    ("1480677338", 0): "a club's nickname ('pernyataan resmi pihak Sixers') for the name the article gives it once "
    "('Philadelphia 76ers'), which it does not spell: taken as written",
}
# Quotations the annotation does not count, each a judgement the rules cannot see.
KNOWN_EXTRA = {
    ("1479173413", "Orang-orang bilang"): "a website's motto ('demikian motto dari situs tersebut')",
    ("1479173413", "Kita akan membuat"): "the motto's second paragraph",
    (
        "1506904200",
        "error in persona",
    ): "a legal term in Latin that the sentence goes on to explain ('atau terdapat …')",
    ("1513576584", "tidak menggambarkan dirinya"): "words in marks in the third person: the reporter's paraphrase",
    ("1504682857", "kata Landis. Hal berbeda"): GARBLED,
    ("1504682857", "pada 1991."): GARBLED,
    ("1504682857", "dan cepat menjadi teman"): GARBLED,
    ("1504682857", "dan keduanya, bersama"): GARBLED,
    ("1504682857", "kata John Landis kepada"): GARBLED,
    ("1504682857", "Jackson dengan senang hati"): GARBLED,
}


def score(sample=GOLD):
    gold_n = found_n = matched = speakers_right = 0
    misses = []
    for record in sample:
        predicted = {(q.start, q.end): q.speaker for q in extract_quotes(record["text"])}
        gold = {(q["start"], q["end"]): q["speaker"] for q in record["quotes"]}
        gold_n += len(gold)
        found_n += len(predicted)
        for span, speaker in gold.items():
            if span in predicted:
                matched += 1
                speakers_right += predicted[span] == speaker
                if predicted[span] != speaker:
                    misses.append((record["id"], "speaker", speaker, predicted[span]))
            else:
                misses.append((record["id"], "missed", speaker, record["text"][span[0] : span[0] + 50]))
        for span in set(predicted) - set(gold):
            misses.append((record["id"], "extra", predicted[span], record["text"][span[0] : span[0] + 50]))
    return {
        "articles": len(sample),
        "quotes": gold_n,
        "recall": matched / gold_n,
        "precision": matched / found_n if found_n else 0.0,
        "speaker_accuracy": speakers_right / matched if matched else 0.0,
    }, misses


def _cases():
    for record in GOLD:
        for number, quote in enumerate(record["quotes"]):
            why = KNOWN.get((record["id"][:10], number))
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            yield pytest.param(record, quote, id=f"{record['id'][:40]}-{number}", marks=marks)


@pytest.mark.parametrize("record, quote", list(_cases()))
def test_each_annotated_quote(record, quote):
    assert record["text"][quote["start"] : quote["end"]] == quote["text"]
    found = {(q.start, q.end): q.speaker for q in extract_quotes(record["text"])}
    assert found.get((quote["start"], quote["end"])) == quote["speaker"]


def test_nothing_else_is_taken_for_a_quote():
    for record in GOLD:
        gold = {(q["start"], q["end"]) for q in record["quotes"]}
        extra = [
            q.text[:50]
            for q in extract_quotes(record["text"])
            if (q.start, q.end) not in gold
            and not any(record["id"].startswith(prefix) and q.text.startswith(start) for prefix, start in KNOWN_EXTRA)
        ]
        assert extra == [], record["id"]


# A paragraph may open a quotation with a closing mark; some outlets double a single one ('’’ Jadi, …, ’’ katanya').
_OPENING = ('"', "“", "”", "’’")
_AFTER_CLOSE = re.compile(r"[,.!?…]*[ \t]*(?:[\"”“]|’’|\n|$)")
_FORGOTTEN_CLOSE = re.compile(rf"[,.]?\s*(?:{VERBS_AFTER})\b")  # '… menyebar, kata Jennifer Balch'


@pytest.mark.parametrize("name", TUNED + UNTUNED)
def test_each_annotated_span_runs_from_mark_to_mark(name):
    """A slip of the annotation ('siap panen' found where it first occurs, inside the quotation) is not a quote."""
    for record in load(name):
        text = record["text"]
        for quote in record["quotes"]:
            start, end = quote["start"], quote["end"]
            before = text[: start - 1] if text[start - 1] == " " else text[:start]
            assert before.endswith(_OPENING), (record["id"], start)
            assert _AFTER_CLOSE.match(text, end) or _FORGOTTEN_CLOSE.match(text, end), (record["id"], end)


def test_the_annotated_sets_are_as_large_as_issue_18_asks():
    scores, _misses = score(GOLD)
    assert scores["articles"] >= 60 and scores["quotes"] >= 200


# The goals of issue 18 are 0.97 / 0.97 / 0.95. The tuned sets meet them but for speaker accuracy on fresh38 (0.886)
# and recall and precision on fresh35 (0.898 and 0.880: one article's marks pair one off); the floors guard what is
# reached.
GOAL = {"recall": 0.97, "precision": 0.97, "speaker_accuracy": 0.95}
# What a set below the goal, and an untuned one, has reached: guarded against falling.
REACHED = {
    "quotes_random_fresh17.json": {"recall": 0.99, "precision": 0.99, "speaker_accuracy": 0.99},
    "quotes_random_fresh21.json": {"recall": 0.99, "precision": 0.99, "speaker_accuracy": 0.99},
    "quotes_random_fresh35.json": {"recall": 0.89, "precision": 0.87},
    "quotes_random_fresh38.json": {"speaker_accuracy": 0.88},
}
FLOORS = {name: GOAL | REACHED.get(name, {}) for name in TUNED} | {name: REACHED[name] for name in UNTUNED}


@pytest.mark.parametrize(
    "sample, metric, floor",
    [(name, metric, floor) for name, floors in FLOORS.items() for metric, floor in floors.items()],
)
def test_extraction_quality(sample, metric, floor):
    scores, misses = score(load(sample))
    assert scores[metric] >= floor, (scores, misses)


if __name__ == "__main__":
    import sys

    for name in TUNED + UNTUNED:
        scores, misses = score(load(name))
        print(name, json.dumps({k: round(v, 3) for k, v in scores.items()}))
        if name in TUNED or "--untuned-misses" in sys.argv:
            for miss in misses:
                print("  ", *miss, sep=" | ")
