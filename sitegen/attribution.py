"""Who said a quotation: the attribution after it, read in the shapes news text uses, and what both sides share.

'"…," kata Blinken', '"…," ujarnya', '"…," kata Manajer Tim, Chairul Basalamah', '"…," ungkap pria
yang disapa Ketjuk ini': each names a speaker, a role, or someone named before (`PRONOUN`, resolved
by `sitegen.quotes`). The words before a quotation ('Blinken mengatakan: "…'), and passive sentences that name a
speaker, are read by `sitegen.said_before`. Every search stays within `WINDOW` characters of its quotation, so
finding quotes stays linear in the article's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.clause_speaker import PERSON, PRONOUN, SENTENCE_END, clause_of, one_name, speaker_in
from sitegen.descriptions import described_as
from sitegen.kin import KIN, KIN_WORD, THE, kin_named, relative_named_only_here, the_kin_named
from sitegen.name_forms import HANDLE, NAME_RUN, NAME_WORD, SOME, without_name_asides
from sitegen.name_words import BODY_WORDS, PERSON_NOUNS, ROLE_WORDS
from sitegen.nicknames import GIVES_NICKNAME
from sitegen.pairs import BOTH, SAID_BY_BOTH, pair_named
from sitegen.speakers import People
from sitegen.speech_verbs import VERBS_AFTER_A_QUOTE, VERBS_BEFORE, VERBS_PASSIVE
from sitegen.statements import DOCUMENT, STATEMENT_BACK, issuer_before, named_whole
from sitegen.word_forms import is_event

OPEN, CLOSE, STRAIGHT = "“", "”", '"'

_AFTER = re.compile(
    # '…," begitu tulis pernyataan Juventus', '…," demikian tulis Messi'
    rf"^[\s,.]*(?:(?:(?:begitu|demikian)[ \t]+)?(?P<verb>{VERBS_AFTER_A_QUOTE})(?P<nya>nya)?\b"
    # '…," demikian pernyataan …', '…," demikian kurang lebih terjemahan cuitan akun resmi Kings',
    # '…," demikian keterangan tertulis Polda Metro Jaya', '…," demikian laporan KCNA'
    r"|demikian(?:\s+(?:kurang\s+lebih|terjemahan|bunyi|isi))*"
    r"(?:\s+(?=(?:keterangan|pernyataan|laporan|rilis|siaran\s+pers)\b)|\s+(?:bunyi|isi|kata|kutipan|cuitan|kicauan|unggahan|tulisan)\b)"
    r"|demikian(?=[ \t]+(?-i:[A-Z]))"  # '…." demikian Andi Amran Sulaiman.
    # '"…" — Budi Santoso, Ketua Serikat Buruh': a quotation signed with a dash and a name alone; not '– Rangga kembali'
    # (a title before it is no quotation: `quotes`)
    r"|[—–](?=[ \t]*(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]*(?:[,.]|$))"
    rf"|(?:begitu|demikian)[ \t]+(?:{VERBS_PASSIVE})(?:[ \t]+oleh)?\b"  # '…," demikian disampaikan Kapolres X'
    rf"|(?P<pronoun>(?:dia|ia|beliau)\s+(?:{VERBS_BEFORE}))\b"
    rf"|(?={HANDLE}\.?\s*$)"  # '…," @melisasarie.': a handle alone after the quotation wrote it
    # chants: 'Pekikan "Hidup Agus" dan "Agus Gubernur" berulang kali diteriakkan sejumlah warga.'
    r"|(?:dan\s+[\"“][^\"”\n]{1,80}[\"”]\s*)?(?:berulang\s+kali\s+)?di(?:teriak|seru|pekik|sorak)(?:kan|i)?\b(?:\s+oleh)?)"
    r"[ \t,]*(?P<rest>[^\n]{0,160})",
    re.IGNORECASE,
)
_RUN = re.compile(NAME_RUN)
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"  # marks of direction, joiners
# An account named after 'akun', with or without its '@' (not a name: 'akun Agus Mulyadi'): 'akun rizkiarraya',
# 'akun bernama @mehtapstefou'; neither the platform nor 'resmi' ('akun instagram resmi TMC Polda Metro Jaya')
_ACCOUNT = re.compile(
    r"akun[ \t]+(?:(?i:Instagram|Twitter|Facebook|TikTok|YouTube)[ \t]+)?(?:resmi[ \t]+)?"
    r"(?:(?:bernama|dengan[ \t]+nama)[ \t]+)?"
    r"(@[\w.]*\w|(?!(?:resmi|instagram|twitter|facebook|tiktok|youtube)\b)[a-z\d_][a-z\d_.]*[a-z\d_])(?=[.,]?(?:\s|$))"
)
# What speaks for whoever issued it, capitalised as part of a title too ('bunyi Komunike Bersama Menlu ASEAN').
_KIN = re.compile(rf"(?:{DOCUMENT}[ \t]+)?{KIN}")  # 'kata istri Atim', 'bunyi keterangan istri Atim'
_BODY = rf"(?:{'|'.join(sorted(BODY_WORDS))})(?:[ \t]+besar)?"  # 'pernyataan pemerintah Spanyol', 'kedutaan besar'
# A statement or an account speaks for the body that issued it, named whole: 'tulis pernyataan resmi Man United',
# 'ujar pernyataan Departemen Kepolisian Auburn' (not 'Auburn'), 'tulis akun Instagram TMC Polda Metro Jaya'.
_STATEMENT = re.compile(
    rf"(?:{DOCUMENT}|akun(?:[ \t]+resmi)?[ \t]+(?i:Instagram|Twitter|Facebook|YouTube))"
    rf"(?:[ \t]+(?:[Rr]esmi|[Tt]ertulis|[Bb]ersama))?[ \t]+(?:dari[ \t]+|milik[ \t]+)?"
    rf"((?:{_BODY}[ \t]+)?{NAME_RUN}(?:[ \t]*-[ \t]*[A-Z]{{2,5}}\b)?)"  # a ministry's hyphenated name: 'Kemenpan - RB'
)
# A body named in lower case before the name of its country or city, which speaks as a whole: 'kata pemerintah
# Spanyol', 'kata armada ketujuh Amerika Serikat', 'kata militer Israel'.
_LOWER_CASE_BODY = re.compile(
    rf"(?:{_BODY}|armada|militer|tentara|pasukan|angkatan[ \t]+(?:darat|laut|udara|bersenjata))"
    rf"(?:[ \t]+ke[a-z]+)?[ \t]+{NAME_RUN}"
)
# Someone's words retold by the one an attribution names: 'ujar Luhut menirukan ucapan Gibran' (not 'menirukan ucapan
# penyerangnya', someone unnamed: then the teller's).
_RETOLD = re.compile(
    rf"{NAME_RUN},?[ \t]+menirukan[ \t]+(?:ucapan|perkataan|kata-kata|omongan|kalimat)[ \t]+(?P<who>{NAME_RUN})"
)
# A body's acronym or short name in brackets ends its name, as a comma would: 'kata Direktur Teknis Asosiasi Wasit
# Prancis (DTA) Pascal Garibian', 'kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Boyamin Saiman', 'kata
# Kabag Penerangan Umum (Penum) Divisi Humas Polri Kombes Martinus Sitompul'.
_BRACKETED_SHORT_FORM = re.compile(r"[ \t]*\([A-Z][A-Za-z&.-]{1,11}\),?")
# One word, a root rather than a derived word ('rap', not 'berarti'), then a name: '…," rap Jaden'.
_UNKNOWN_VERB = re.compile(rf"[ \t]*(?!ber|me|di|ter)[a-z]{{3,}}[ \t]+(?P<who>{NAME_RUN})")
# One root with -nya, then the sentence ends or says where, how or to whom: '…," kelakarnya.', '…," cetusnya seperti
# dilansir Metro'; not an adverb ('akhirnya', 'sebelumnya').
_UNKNOWN_VERB_NYA = re.compile(
    r"[ \t]*(?!(?:akhir|misal|sebelum|sesudah|selanjut|rupa|sesungguh|tentu|biasa|pada|oleh|untuk|bagi)nya)"
    r"[a-z]{3,}nya(?=[ \t]*(?:[.,]|$)"
    r"|[ \t]+(?:di|saat|ketika|kepada|seperti|dalam|usai|seusai|melalui|sambil|seraya)\b)"
)
WINDOW = 400  # characters around a quotation searched for its attribution
# Where a description of the speaker ends and the place or time of speaking, or the source quoted, begins.
_ADJUNCT_START = re.compile(
    r"\s(?:di|saat|ketika|kepada|dalam|usai|seusai|setelah|sesudah|sebelum|melalui|lewat|via|pada|kemarin|sambil"
    r"|seraya|sembari|tanpa|seperti|dikutip|dilansir|mengutip)\s"
)


@dataclass
class Span:
    start: int  # first character inside the marks
    end: int  # the closing mark, or the end of the paragraph when the article forgot it
    closed: bool = True


def attribution_after(text: str, span: Span, people: People):
    """(speaker, role, phrase) from '…," kata X' after the closing mark, or None."""
    doubled = text[span.end : span.end + 2] == STRAIGHT * 2  # '…,"" kata X': a doubled closing mark
    tail = line_after(text, span.end + 1 + doubled)
    match = _AFTER.match(tail)
    if not match:
        return (
            _unknown_verb(text, span, tail, people)
            or _name_then_verb(text, span, tail, people)
            or _role_and_name(tail, people)
        )
    if _subject_of(text, span, tail, match):
        return None
    phrase = match.group(0)
    rest = match.group("rest")
    if match.group("nya") or match.group("pronoun") or re.match(r"(?:dia|ia|beliau|he|she)\b", rest, re.IGNORECASE):
        return PRONOUN, "", phrase
    return _speaker_after(rest, people, span.start) + (phrase,)


def _subject_of(text: str, span: Span, tail: str, match: re.Match[str]) -> bool:
    """Are the words in marks the subject of the meN- verb right after them ('film "Marlina si Pembunuh dalam
    Empat Babak" menceritakan kisah …'), a title or a name rather than a quotation? A quotation ends with its
    punctuation, inside the marks or right after them, before the verb that attributes it."""
    verb = match.group("verb")
    return (
        verb is not None
        and verb[:2].lower() == "me"
        and text[span.end - 1] not in ",.!?…"
        and not re.search(r"[,.]", tail[: match.start("verb")])
    )


def _unknown_verb(text: str, span: Span, tail: str, people: People):
    """'…," lata Dragan', '…," rap Jaden': a quotation that ends with a comma, then one word and
    someone the article names (in full, or by a name it uses alone for them), is theirs whatever
    the word (a rare verb, a loanword, a typo); '…," kelakarnya.': one word with -nya is the
    speaker named before."""
    if text[span.end - 1] != ",":
        return None
    if nya := _UNKNOWN_VERB_NYA.match(tail):
        return PRONOUN, "", nya.group(0)
    match = _UNKNOWN_VERB.match(tail)
    if not match:
        return None
    name, role = people.resolve(match.group("who"))
    if not people.is_person(name) and match.group("who").split()[0].lower() in ROLE_WORDS:
        name, role = speaker_in(clause_of(tail[match.start("who") :]), people)  # '…," sambut CEO 99.co Darius Cheung'
        name = name if len(name.split()) >= 2 else ""
    if not name or not people.is_person(name) or is_event(name):
        return None
    return name, role, match.group(0)


# A name, then a meN- speech verb that ends the sentence or says where or how: '…," Savitri melanjutkan.'
_NAME_THEN_VERB = re.compile(
    rf"[ \t]*(?P<who>{NAME_RUN})[ \t]+(?:{VERBS_BEFORE})\b(?=[ \t]*(?:[.,]|$)|[ \t]+(?:di|saat|ketika|kepada|dalam)\b)"
)


def _name_then_verb(text: str, span: Span, tail: str, people: People):
    """'…," Savitri melanjutkan.': after a quotation that ends with a comma, the subject before its verb."""
    match = _NAME_THEN_VERB.match(tail) if text[span.end - 1] == "," else None
    if not match:
        return None
    name, role = people.resolve(match.group("who"))
    return (name, role, match.group(0)) if name and people.is_person(name) and not is_event(name) else None


# A role, a comma and a name, a sentence of their own with no verb: '…” Ketua Bapilu PSI, Sumardi.'
_ROLE_AND_NAME = re.compile(rf"[ \t]*[A-Z][^.\n\"“”,]{{2,60}},[ \t]+{NAME_RUN}\.?[ \t]*$")


def _role_and_name(tail: str, people: People):
    """'…” Ketua Bapilu PSI, Sumardi.', '…," Dokter asal Chicago, Genaro Roma.': the attribution with its verb left
    out, the role and the name alone."""
    if not _ROLE_AND_NAME.match(tail) or not set(tail.lower().split()) & ROLE_WORDS:
        return None
    name, role = _speaker_after(tail.strip(), people)
    return (name, role, tail) if name and not is_event(name) else None


def _short_form_ends_body(match: re.Match[str]) -> str:
    """A body's short form in brackets ends its name, as a comma would; a role's goes ('Pelaksana Harian (Plh)
    Kepala Biro Humas KPK Yuyuk Andriati' is one role, then the name)."""
    return " " if match.group(0).strip(" \t(),").lower() in ROLE_WORDS else ","


def _speaker_after(rest: str, people: People, quoted_at: int | None = None) -> tuple[str, str]:
    """Who the words after a speech verb name, in the forms news text gives:
    'kata Budi di Jakarta', 'kata Manajer Tim, Chairul Basalamah', 'kata salah satu aktivis
    dari kelompok X yang juga pakar …, Ercan Ayboga', 'ucap pemain asal Bandung tersebut' (someone named before
    the quotation at `quoted_at`, if given)."""
    rest = _BRACKETED_SHORT_FORM.sub(_short_form_ends_body, without_name_asides(rest))
    rest = rest.lstrip(_INVISIBLE)  # 'unggah \u202cakun …'
    if SAID_BY_BOTH.match(rest):  # 'kata keduanya': the two people named together before
        return BOTH, ""
    retold = _RETOLD.match(rest)  # 'ujar Luhut menirukan ucapan Gibran': Gibran's words, as Luhut tells them
    if retold and people.is_person(name := people.resolve(retold.group("who"))[0]):
        return people.resolve(name)
    account = _ACCOUNT.match(rest)
    if account:  # 'kata akun rafly_rahman.h', 'tulis akun Instagram @ErSurnia'
        return account.group(1), ""
    statement = _STATEMENT.match(rest)
    if statement:
        body = statement.group(1)
        if body[0].islower():  # 'pernyataan pemerintah Spanyol': the body 'Pemerintah Spanyol', named whole
            return body[0].upper() + body[1:], ""
        return named_whole(people, body), ""
    if quoted_at is not None and STATEMENT_BACK.match(rest) and (issuer := issuer_before(people, quoted_at)):
        return issuer  # '…," demikian pernyataan tersebut': whoever the article said issued it
    body = _LOWER_CASE_BODY.match(rest)  # 'kata armada ketujuh Amerika Serikat': not a place, but its fleet
    if body:
        return body.group(0)[0].upper() + body.group(0)[1:], ""
    body = _RUN.match(rest)
    if body and people.names_body(body.group(0)):
        return body.group(0), ""  # 'tulis Kemenlu Israel dalam pernyataan resmi': the ministry, named whole
    sentence = SENTENCE_END.split(rest, maxsplit=1)[0]
    first, *others = sentence.split(",")
    words = first.split()
    described = bool(words) and words[0][:1].islower()
    alone = _RUN.fullmatch(first.strip())
    if alone and others and others[0].strip()[:1].islower():  # 'kata Deisti, istri Setya Novanto': Deisti
        name, role = people.resolve(alone.group(0))
        if name and not is_event(name):
            return name, role
    called = _CALLED.search(first) if described else None
    if called:  # 'ujar warga bernama Ahmad itu': Ahmad
        return people.resolve(called.group(1))
    if described and KIN_WORD.match(first) and _POINTS_BACK.search(sentence.rstrip()):
        return PRONOUN, ""  # "tandas cucu mursyid …, KH Muchtar Mu'ti ini": this grandson, not the grandfather named
    # a description, or an office that points back, and the name in apposition: 'kata salah seorang petani, Agus',
    # 'kata penulis sekaligus sutradara film itu, Rian Johnson'
    description = _ADJUNCT_START.split(first.strip(), maxsplit=1)[0]  # 'pria yang disapa Ketjuk ini di kantor BPS'
    placed = description != first.strip() and _POINTS_BACK.search(description)  # '… itu di Kompleks Parlemen, Senayan'
    if described and not placed and (words[0].lower() not in ROLE_WORDS or _POINTS_BACK.search(first)):
        for segment in others[:3]:
            if pair := pair_named(segment, people):  # 'kata pengacaranya, Eric Corngold dan Mary Mulligan'
                return pair, ""
            run = _RUN.match(segment.strip())
            name, role = people.resolve(run.group(0)) if run else ("", "")
            if name and not is_event(name):
                return name, role
    if described and re.match(r"(?:(?:seorang|salah\s+(?:satu|seorang))\s+)?sumber\b", description):
        return "", ""  # 'ujar sumber itu', 'kata seorang sumber': a source the article does not name
    if described and (kin := the_kin_named(description, people)):  # 'ujar sang ibu': the one called so
        return kin
    if described and _KIN.match(description):  # 'kata istri Atim': Atim's wife, named only if the article names her
        return (PRONOUN, "") if relative_named_only_here(description, people) else kin_named(description, people)
    if described and _AGENT_OF.fullmatch(description):  # 'ujar juru bicara Samsung': not Samsung, its spokesperson
        return people.by_role(description)  # named only where the article gives someone that role
    if described and _SPOKESPERSON_BACK.fullmatch(description):  # 'kata juru bicara itu': one named so, if any
        return people.by_role("jubir")  # 'Jubir …' or 'Juru bicara …': the abbreviation stands for both
    if described and _OF_A_TITLE.fullmatch(description):  # "kata bintang '7 Manusia Harimau'": the star named before
        return PRONOUN, ""
    nickname = GIVES_NICKNAME.search(description) if described else None
    nicknamed = people.resolve(nickname.group(1)) if nickname else ("", "")
    someone = len(nicknamed[0].split()) >= 2 or all(nicknamed)  # a full name, or one with a role ('Gelandang Hariono')
    if someone and (nicknamed[0] not in description or people.text.count(nicknamed[0]) > 1):  # not first given here
        return nicknamed  # 'kata sosok yang karib disapa BTM': Benhur Tommy Mano
    # 'kata sang pelatih', 'ujar pria asal … itu', 'ujar pria yang bekerja di pasar itu'; not 'kata anggota DPR
    # Fadli Zon dalam rapat itu', where 'itu' points to the meeting
    named = described and _ends_on_full_name(description, people)
    points_back = _THE.match(description) is not None or any(
        _POINTS_BACK.search(part) for part in ([description] if named else [first.strip(), description, sentence])
    )
    if described and (points_back or (not named and _ONE_PERSON.match(description) and not _SOME.match(description))):
        # 'ujar koreografer asal Inggris ini', 'ujar pria asal Purworejo': the one person called so; else whoever
        # was named last, a person where the words are a person's ('kata pebalap Repsol Honda itu')
        person = _ONE_PERSON.match(description) or words[0].lower() in ROLE_WORDS
        return described_as(description, people, quoted_at) or (PERSON if person else PRONOUN, "")
    epithet = re.match(rf"(?:The|Si)\s+{NAME_RUN}", first.strip())
    if epithet and people.text.count(epithet.group(0)) == 1:
        return PRONOUN, ""  # an epithet used once, for someone named before: 'sambung The Special One'
    owner = re.search(rf"({NAME_RUN})[ \t]*\([ \t]*{HANDLE}[ \t]*\)", first)
    if owner:  # 'kreator Body Guides creator Anna Victoria (@annavictoria)': the account's owner
        name, role = people.resolve(owner.group(1))
        if name:
            return name, role
    clause = clause_of(sentence)
    after_short_form = len(others) == 1 and _POINTS_BACK.fullmatch(others[0].strip())  # '… Rakyat (PKR) tersebut'
    role_points_back = after_short_form or (not others and _POINTS_BACK.search(description))
    if words and words[0].lower() in ROLE_WORDS and role_points_back:
        # 'kata Guru Besar Bidang Sosiolinguistik … Unnes itu': a name it seems to give is part of the role
        name, role = speaker_in(clause, people)
        return (name, role) if name and people.text.count(name) > 1 else (PRONOUN, "")
    if described and _SOME.match(description):  # 'kata seorang pengguna Youtube': someone unnamed, unless named
        name, role = speaker_in(clause, people)
        return (name, role) if name and name != PRONOUN and people.is_person(name) else ("", "")
    role_part, _, named = clause.partition(",")
    if named and any(word.lower() in ROLE_WORDS for word in role_part.split()):
        if pair := pair_named(named, people):  # 'tulis pelatih kebugaran …, Karena dan Katrina (@ToneItUp)'
            return pair, ""
        run = _RUN.match(named.strip())  # 'kata vokalis Java Jive, Dany Spreet'
        name, role = people.resolve(run.group(0)) if run else ("", "")
        last = run is not None and run.group(0) == named.strip(" \t,")  # the clause's last words
        if name and (people.is_person(name) or (last and one_name(name))) and not is_event(name):
            return name, role or role_part.strip()  # 'kata Ketua RT setempat, Mulyadi': an office, then its holder
    return speaker_in(clause, people)


# A description that points back to someone named before: 'pebalap Monako itu lagi', 'pria kelahiran Bogor ini'.
_POINTS_BACK = re.compile(r"\b(?:tersebut|itu|ini)(?:\s+(?:lagi|pula|juga|kembali|menambahkan|melanjutkan))*$")
# One particular person, described: 'pria asal Purworejo', 'pelatih asal Prancis', 'perempuan berusia 40 tahun'.
_ONE_PERSON = re.compile(rf"(?:{'|'.join(sorted(PERSON_NOUNS))})\b|[a-z]+(?:\s+[a-z]+)?\s+(?:asal|kelahiran|berusia)\s")
_SOME = re.compile(rf"{SOME}\s")
# Someone who speaks for one name, and is not them: 'juru bicara Samsung', 'kuasa hukum Setnov'.
_AGENT_OF = re.compile(rf"(?:juru[ \t]+bicara|jubir|kuasa[ \t]+hukum|pengacara|ajudan)[ \t]+{NAME_WORD}")
# A spokesperson the words point back to: 'kata juru bicara itu', 'ujar sang jubir'.
_SPOKESPERSON_BACK = re.compile(rf"(?:{THE})?(?:juru[ \t]+bicara|jubir)(?:[ \t]+(?:itu|tersebut|ini))?")
# Someone described by a title in single marks: "bintang '7 Manusia Harimau New Generation'", "penyanyi 'Hati-Hati'".
_OF_A_TITLE = re.compile(r"[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:'[^'\n]{2,80}'|‘[^’\n]{2,80}’)")
_THE = re.compile(rf"{THE}[a-z]")  # 'kata sang pelatih'; not 'sang ibu'
_CALLED = re.compile(rf"\b(?:bernama|berinisial)[ \t]+({NAME_RUN})")  # 'warga bernama Ahmad'


def _ends_on_full_name(description: str, people: People) -> bool:
    """Does `description` end on a person's full name ('anggota DPR Fadli Zon')?"""
    text = description.rstrip(" \t,")
    runs = list(_RUN.finditer(text))
    name = people.resolve(runs[-1].group(0))[0] if runs and runs[-1].end() == len(text) else ""
    return len(name.split()) >= 2 and people.is_person(name)


def line_after(text: str, start: int) -> str:
    """The rest of the line from `start`, at most WINDOW characters: an attribution is near its quote,
    and looking no further keeps quote finding linear in the article's length."""
    line_end = text.find("\n", start, start + WINDOW)
    return text[start : line_end if line_end != -1 else start + WINDOW]
