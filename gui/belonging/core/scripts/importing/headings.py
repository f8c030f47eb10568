"""What a heading of someone else's question list says: a depth, a topic, and maybe a time.

Question decks name their depths ("Surface", "Medium", "Deep"; "Light" and "Deeper";
"Level 1"; "Nivel 2"; "Tiefer"; "深い質問") or their topics ("Career", "Favourite dessert").
Depth headings become levels, ordered by the depth they name; any other heading is a topic. A
time in a heading ("Warm-up (5 mins)", "5分") becomes the level's minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from belonging.core.scripts.importing.language import fold
from belonging.core.scripts.importing.markup import plain_text

LEVEL_MINUTES = (1, 120)

_UNIT = r"(?:(?:minutes?|minutos?|minuten|mins?)\.?(?![^\W\d_])|分(?:間)?)"
_AMOUNT = (
    r"(?:~|≈|ca\.?|approx\.?|about|around|unos|cerca\s+de|environ|etwa|ungefahr|ungefähr|約)?\s*"
    r"(\d{1,3})(?:\s*(?:-|–|—|~|〜|～|to|a|à|bis)\s*(\d{1,3}))?\s*"
)
_MINUTES = re.compile(_AMOUNT + _UNIT, re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[（【]([^()\[\]（）【】]*)[)\]）】]")
_EDGE_SEPARATORS = re.compile(r"^[\s:：–—\-·|,/]+|[\s:：–—\-·|,/]+$")
_LEADING_NUMBERING = re.compile(r"^(?:[^\w(（]|_)*(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.):]\s+)?")

_NUMBER_WORDS = {
    word: n
    for n, words in enumerate(
        [
            "one uno um un eins",
            "two dos dois deux zwei",
            "three tres trois drei",
            "four cuatro quatro quatre vier",
            "five cinco cinq funf",
        ],
        start=1,
    )
    for word in words.split()
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_NUMBERED = re.compile(
    r"(?:level|lvl|round|stage|tier|depth|layer|phase|set|nivel|ronda|rodada|etapa|fase|"
    r"niveau|manche|tour|stufe|ebene|runde|レベル|段階|ステージ|ラウンド|ステップ)"
    r"\s*[-#:.]?\s*(\d{1,2}(?!\d)|[ivx]{1,4}(?![a-z])|[a-z]+)"
)
_JAPANESE_NUMBERED = re.compile(
    r"第\s*(\d{1,2}|[一二三四五六七八九])\s*(?:段階|レベル|部|ラウンド)"
)
_KANJI_NUMBERS = {kanji: n for n, kanji in enumerate("一二三四五六七八九", start=1)}
#: Ordinals before the word for a round or a level: "Second round", "Erste Runde",
#: "Primera ronda", "Deuxième niveau", "2nd set". Rounds are taken in order, so they are depths.
_ORDINALS = {
    word: n
    for n, words in enumerate(
        [
            "first 1st primer primera primero primeira primeiro premier premiere erste ersten",
            "second 2nd segunda segundo seconde deuxieme zweite zweiten",
            "third 3rd tercer tercera tercero terceira terceiro troisieme dritte dritten",
            "fourth 4th cuarta cuarto quarta quarto quatrieme vierte vierten",
            "fifth 5th quinta quinto cinquieme funfte funften",
        ],
        start=1,
    )
    for word in words.split()
}
_ORDINAL_NUMBERED = re.compile(
    rf"({'|'.join(sorted(_ORDINALS, key=len, reverse=True))})\s+"
    r"(?:level|round|stage|set|tier|nivel|ronda|rodada|etapa|fase|niveau|manche|tour|etape|"
    r"stufe|ebene|runde|phase)(?![a-z])"
)

# (rank, strong, terms). A strong term makes a depth heading whatever follows ("Deeper
# stories"); a weak one only when nothing but depth words and fillers follow ("Easy ones").
_TERMS = [
    (0, True, "warm-up|warm up|warmup|warming up|icebreakers|icebreaker|ice breakers|"
     "ice breaker|ice-breakers|ice-breaker|getting started|calentamiento|rompehielos|"
     "aquecimento|quebra-gelos|quebra-gelo|echauffement|brise-glace|aufwarmen|aufwarmrunde|"
     "eisbrecher|ウォームアップ|アイスブレイク|アイスブレーク"),
    (0, False, "opening|openers|kick-off|para empezar|para comecar|pour commencer|einstieg|"
     "zum einstieg|導入"),
    (1, True, "surface|shallow|small talk|superficiales|superficial|superficiais|superficie|"
     "superficielles|superficielle|superficiels|superficiel|oberflachliche|oberflachlich|"
     "oberflache|表面的な|表面的|表面|浅い|浅め|初級"),
    (1, False, "light|easy|casual|fun|basic|basics|beginner|ligeros|ligeras|ligero|ligera|"
     "faciles|facil|basicos|basico|leves|leve|faceis|legeres|legere|leger|faciles|facile|"
     "leichte|leicht|einfache|einfach|軽い|軽め|気軽な|簡単な"),
    (2, True, "medium|intermediate|intermedias|intermedios|intermedia|intermedio|"
     "intermediarias|intermediarios|intermediaria|intermediario|intermediaires|intermediaire|"
     "mitteltief|中級"),
    (2, False, "middle|moderate|mid-level|mid|medias|medios|media|medio|moderado|moderada|"
     "moyennes|moyens|moyenne|moyen|mittlere|mittleres|mittleren|mittel|中くらい|中程度|普通"),
    (3, True, "deeper|more personal|mas profundas|mas profundos|mas profunda|mas profundo|"
     "mais profundas|mais profundos|mais profunda|mais profundo|plus profondes|plus profonds|"
     "plus profonde|plus profond|tiefergehende|tiefergehend|tiefere|tieferes|tieferen|tiefer|"
     "より深い|もっと深い|深め|深掘り"),
    (4, True, "deep|vulnerable|profundas|profundos|profunda|profundo|profondes|profonds|"
     "profonde|profond|tiefgrundige|tiefgrundig|tiefe|tiefen|tief|深い|上級"),
    (4, False, "intimate|hard|difficult|serious|advanced|dificiles|dificil|dificeis|intimas|"
     "intimos|intima|intimo|difficiles|difficile|intimes|intime|schwierige|schwierig|難しい"),
    (5, True, "deepest|very deep|el mas profundo|la mas profunda|muy profundas|muy profundos|"
     "muy profunda|muy profundo|o mais profundo|a mais profunda|muito profundas|"
     "muito profundos|muito profunda|muito profundo|le plus profond|tres profondes|"
     "tres profonds|tres profonde|tres profond|am tiefsten|tiefsten|tiefste|sehr tief|最も深い|"
     "一番深い|最深"),
    (6, True, "wrap-up|wrap up|wrapping up|cool-down|cool down|クロージング"),
    (6, False, "closing|final|cierre|para cerrar|despedida|encerramento|fechamento|para fechar|"
     "cloture|pour finir|conclusion|abschluss|zum abschluss|ausklang|まとめ|締め"),
]  # fmt: skip
_FILLERS = (
    "questions|question|prompts|prompt|ones|one|levels|level|rounds|round|section|part|set|"
    "topics|stuff|mode|stories|story|preguntas|pregunta|temas|perguntas|pergunta|fragen|frage|"
    "themen|質問|問い|トピック|編|の|な|and|or|the|a|an|bit|little|getting|going|get|go|let's|"
    "even|y|o|e|ou|et|und|oder|el|la|los|las|le|les|die|der|das|os|as|de|du|des|da|do|zum|zur|"
    "noch|etwas|un|una|um|uma|une|ein|eine"
)
_SEPARATOR = re.compile(r"[\s,:;/&+·・、\-–—|()（）\[\].!?！？。'\"*_0-9]+")
#: Where a heading like "Family – Surface" or "Level 1: Work" joins a topic and a depth.
_PARTS = re.compile(r"\s+[-–—|/]\s+|\s*[:：]\s+|\s*：\s*")
#: Phrases that start with a depth word but name a topic.
_NOT_DEPTH = re.compile(r"(?:deep[- ]dives?|deep work|deep learning|light ?bulbs?|surface area)\b")


def _term_pattern(terms: str) -> re.Pattern[str]:
    """A pattern matching any of `terms` at a position, Latin words only as whole words."""
    parts = sorted((t for t in terms.split("|") if t), key=len, reverse=True)
    alternatives = [
        re.escape(t).replace(r"\ ", r"\s+") + ("(?![a-z0-9])" if t.isascii() else "") for t in parts
    ]
    return re.compile("|".join(alternatives))


_TERM_PATTERNS = [(rank, strong, _term_pattern(terms)) for rank, strong, terms in _TERMS]
_FILLER_PATTERN = _term_pattern(_FILLERS)


@dataclass(frozen=True)
class HeadingReading:
    """A heading read: its name without the time, its minutes, and the depth it names.

    `rank` orders depths: ("number", n) for "Level n", ("word", r) for a depth word (warm-up
    0, surface 1, medium 2, deeper 3, deep 4, deepest 5, closing 6); None for a topic.
    """

    name: str
    minutes: int | None = None
    rank: tuple[str, int] | None = None
    #: The topic a heading names beside its depth: "family" in "Family – Surface".
    topic: str | None = None

    @property
    def names_depth(self) -> bool:
        """Whether the heading names a depth, such as "Deep" or "Level 2"."""
        return self.rank is not None


def read_heading(text: str, *, split_topic: bool = True) -> HeadingReading:
    """What a heading (its Markdown text) says: its name, minutes, depth and topic.

    With `split_topic`, a heading joining one depth and a topic ("Family – Surface",
    "Level 1: Work") is named by its depth, and its other words become its topic.
    """
    name, minutes = _split_minutes(text)
    parts = [part for part in _PARTS.split(name) if part.strip()] if split_topic else []
    if len(parts) > 1:
        ranks = [depth_rank(part) for part in parts]
        named = [index for index, rank in enumerate(ranks) if rank is not None]
        if len(named) == 1:
            topic = topic_name(" – ".join(p for i, p in enumerate(parts) if i != named[0]))
            depth = parts[named[0]]
            return HeadingReading(depth, minutes, ranks[named[0]], topic or None)
    return HeadingReading(name, minutes, depth_rank(name))


def topic_name(text: str) -> str:
    """A heading's words as a topic tag: lowercase, without time, numbering, symbols or commas."""
    name = plain_text(_split_minutes(text)[0])
    name = _LEADING_NUMBERING.sub("", name, count=1)
    name = re.sub(r"\s*[,，、]\s*", " / ", name)
    # Lowercased as the parser stores topics, so the preview shows the tag the script will hold.
    return " ".join(_EDGE_SEPARATORS.sub("", name).split()).lower()


def depth_rank(name: str) -> tuple[str, int] | None:
    """The depth a heading's name says, or None when it reads as something else."""
    text = _LEADING_NUMBERING.sub("", fold(plain_text(name)), count=1)
    if _NOT_DEPTH.match(text):
        return None
    ordinal = _ORDINAL_NUMBERED.match(text)
    if ordinal is not None and _only_fillers(text, ordinal.end()):
        return ("number", _ORDINALS[ordinal.group(1)])
    numbered = _NUMBERED.match(text) or _JAPANESE_NUMBERED.match(text)
    if numbered is not None:
        value = numbered.group(1)
        number = (
            int(value)
            if value.isdigit()
            else _KANJI_NUMBERS.get(value) or _ROMAN.get(value, _NUMBER_WORDS.get(value))
        )
        if number is not None:
            return ("number", number)
    position, first = 0, None
    while position < len(text):
        gap = _SEPARATOR.match(text, position)
        if gap is not None:
            position = gap.end()
            continue
        term = _term_at(text, position)
        if term is not None:
            rank, strong, match = term
            if first is None:
                if strong:
                    return ("word", rank)
                first = rank
            position = match.end()
            continue
        filler = _FILLER_PATTERN.match(text, position)
        if filler is None or filler.end() == position:
            return None
        position = filler.end()
    return ("word", first) if first is not None else None


def _only_fillers(text: str, position: int) -> bool:
    """Whether nothing but separators and filler words follow `position` ("round of questions")."""
    while position < len(text):
        gap = _SEPARATOR.match(text, position)
        if gap is not None:
            position = gap.end()
            continue
        filler = _FILLER_PATTERN.match(text, position)
        if filler is None or filler.end() == position:
            return False
        position = filler.end()
    return True


def _term_at(text: str, position: int) -> tuple[int, bool, re.Match[str]] | None:
    """The depth word at `position` in folded text: its rank, strength and match."""
    for rank, strong, pattern in _TERM_PATTERNS:
        match = pattern.match(text, position)
        if match is not None:
            return rank, strong, match
    return None


def _split_minutes(text: str) -> tuple[str, int | None]:
    """A heading's text without its time, and that time in minutes when it is one a level takes."""
    for bracket in _BRACKETED.finditer(text):
        minutes = _minutes_in(bracket.group(1))
        if minutes is not None:
            rest = text[: bracket.start()] + text[bracket.end() :]
            return _EDGE_SEPARATORS.sub("", rest), minutes
    match = _MINUTES.search(text)
    if match is not None:
        minutes = _minutes_in(match.group(0))
        if minutes is not None:
            rest = _EDGE_SEPARATORS.sub("", text[: match.start()]) + " " + text[match.end() :]
            return _EDGE_SEPARATORS.sub("", " ".join(rest.split())), minutes
    return text, None


def _minutes_in(text: str) -> int | None:
    """The minutes of a time like "5 min" or "5–10 minutes" (the longer), within bounds."""
    match = _MINUTES.search(text)
    if match is None:
        return None
    value = int(match.group(2) or match.group(1))
    low, high = LEVEL_MINUTES
    return value if low <= value <= high else None
