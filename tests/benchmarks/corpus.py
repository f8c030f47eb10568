"""Words for the benchmark's data: names, and notes that read like the ones people keep.

Notes are built from sentence patterns with slots, so 200,000 of them share the word
frequencies of real one-on-one notes (a few words in most notes, many in few) without
repeating whole sentences. Everything is drawn from one seeded `random.Random`, so the same
seed always makes the same data folder.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from . import vocabulary as words

FIRST_NAMES = (
    "Alex", "Sam", "Priya", "Jordan", "Mei", "Tomás", "Aisha", "Lukas", "Chloé", "Kwame",
    "Ingrid", "Mateo", "Yuki", "Fatima", "Noah", "Zofia", "Ravi", "Elena", "Omar", "Hannah",
    "Diego", "Sofia", "Kenji", "Amara", "Felix", "Leila", "Oskar", "Nadia", "Tariq", "Grace",
    "Mikael", "Rosa", "Jonas", "Ayumi", "Pedro", "Ines", "Emeka", "Clara", "Viktor", "Lena",
    "Rahul", "Astrid", "Bruno", "Sana", "Marco", "Freya", "Idris", "Julia", "Kofi", "Maren",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "García", "Novak", "Mensah", "Schmidt", "Rossi",
    "Haddad", "Kowalski", "Nakamura", "Fischer", "Silva", "O'Brien", "Petrov", "Dubois",
    "Yilmaz", "Andersen", "Costa", "Müller", "Chen", "Kumar", "Larsen", "Ferreira", "Ivanova",
)  # fmt: skip

_SENTENCES = (
    "Spent most of the time on {topic}; {who} had clearly been saving it up.",
    "{who} mentioned {place} again, and the {work} there.",
    "Asked for more time before the {work}; felt {feeling} about the deadline.",
    "{who} has been {feeling} since {time}, mostly around {topic}.",
    "Good energy today. Talked about {hobby} and a trip to {place}.",
    "We compared notes on {topic}: more in common than either of us expected.",
    "The {work} is going better than last month; {who} sounded {feeling}.",
    "{person} came up twice; there is a story there for another day.",
    "{who} talked about {topic} and how {feeling} it made {them} feel.",
    "The story about {place} {time} came up again; it clearly still matters.",
    "{who} was {feeling} about the {work}, mostly because nobody asked for input.",
    "We both admitted we had felt {feeling} {time}.",
    "Said that {person} was the one who first believed in {them}.",
    "Worried that {topic} would come up in the review before there was a plan.",
    "Laughed about {hobby} — apparently the first attempt {time} was a disaster.",
    "Wants more say in the {work}; agreed to try it for a month.",
    "{who} grew up near {place} and moved away {time}.",
    "Talked about {person} and what it was like to care for them.",
    "It was the first time {who} mentioned {topic} at all.",
    "I shared my own story about {topic}; it seemed to help.",
    "Energy was low at the start, better once we got to {hobby}.",
    "Mentioned feeling {feeling} in meetings with the wider group.",
    "Would like to lead the {work} but is not sure the timing is right.",
    "Remembered {time} in {place}, working long hours and feeling {feeling}.",
    "The lighter prompt worked better; we stayed at this depth.",
    "Skipped the question about {topic} and that was fine.",
    "A turning point: leaving {place} {time} without a job lined up.",
    "{who} said {person} taught them to ask for help early.",
    "We agreed that the {work} is not the real issue; {topic} is.",
    "Felt {feeling} after the last all-hands and did not say so at the time.",
    "Proud of how the {work} went, even if nobody outside the team noticed.",
    "Asked how I handled {topic} when I was new; I was honest that I did not.",
    "Plans to take up {hobby} again now that the evenings are lighter.",
    "{who} is thinking about {topic} over the next year.",
)  # fmt: skip
_PRIVATE = (
    "I noticed I talked too much again; leave more silence next time.",
    "Keep an eye on {topic}. Do not bring it up unless {who} does.",
    "I felt {feeling} myself when {place} came up — worth thinking about why.",
    "Remember: {person} is a sensitive subject.",
    "Note to self: ask about {hobby}, it lights them up.",
    "Possible flight risk if the {work} keeps slipping.",
    "I should share more of my own story about {topic}.",
)  # fmt: skip
_FOLLOW_UPS = (
    "{action}", "{action} before the next one-on-one", "{action} — {who}",
    "Ask how the {work} went", "Look for a course on {topic}", "{action} and report back",
)  # fmt: skip
_WORK_ITEMS = tuple(
    f"{a} {n}" for a, n in itertools.product(words.WORK_ADJECTIVES, words.WORK_NOUNS)
)
_ACTIONS = tuple(f"{v} {o}" for v, o in itertools.product(words.VERBS, words.OBJECTS))


class _Skewed:
    """Draws from a list with a Zipf-like skew (weight 1 / (rank + 3)), the first items most."""

    def __init__(self, items: Sequence[str], rng: random.Random, shuffle_seed: int) -> None:
        order = list(items)
        random.Random(shuffle_seed).shuffle(order)  # which items are common is arbitrary
        self._items = order
        self._cumulative = list(itertools.accumulate(1 / (rank + 3) for rank in range(len(order))))
        self._rng = rng

    def __call__(self) -> str:
        return self._rng.choices(self._items, cum_weights=self._cumulative)[0]


class Corpus:
    """Makes names, notes and follow-ups from a seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        lists = {
            "person": words.PEOPLE,
            "place": words.PLACES,
            "work": _WORK_ITEMS,
            "feeling": words.FEELINGS,
            "topic": words.TOPICS,
            "hobby": words.HOBBIES,
            "time": words.TIMES,
            "action": _ACTIONS,
        }
        self._pickers = {
            slot: _Skewed(items, rng, seed) for seed, (slot, items) in enumerate(lists.items())
        }

    def full_name(self, index: int) -> str:
        """A distinct full name for person number `index`."""
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = SURNAMES[(index * 7 + index // len(FIRST_NAMES)) % len(SURNAMES)]
        return f"{first} {last}"

    def _fill(self, pattern: str, who: str) -> str:
        slots = {slot: pick() for slot, pick in self._pickers.items() if "{" + slot in pattern}
        them = self._rng.choice(("them", "her", "him"))
        text = pattern.format(who=who, them=them, **slots)
        return text[0].upper() + text[1:]

    def _sentences(self, patterns: tuple[str, ...], count: int, who: str) -> list[str]:
        return [self._fill(self._rng.choice(patterns), who) for _ in range(count)]

    def note(self, who: str) -> str:
        """A shared note: mostly a line or a short paragraph, sometimes a long one or a list."""
        roll = self._rng.random()
        if roll < 0.35:
            count = 1
        elif roll < 0.75:
            count = self._rng.randint(2, 4)
        else:
            count = self._rng.randint(5, 14)
        sentences = self._sentences(_SENTENCES, count, who)
        if count >= 3 and self._rng.random() < 0.25:
            return "\n".join(f"- {sentence}" for sentence in sentences)
        if count >= 2 and self._rng.random() < 0.15:
            sentences[0] = f"**{sentences[0]}**"
        return " ".join(sentences)

    def private_note(self, who: str) -> str:
        """The owner's own reflection: one to three sentences."""
        return " ".join(self._sentences(_PRIVATE, self._rng.randint(1, 3), who))

    def summary_note(self, who: str, title: str) -> str:
        """The wrap-up summary of a conversation."""
        body = " ".join(self._sentences(_SENTENCES, self._rng.randint(2, 5), who))
        return f"{title}: {body}"

    def follow_up(self, who: str) -> str:
        """A follow-up, one line."""
        return self._fill(self._rng.choice(_FOLLOW_UPS), who)

    def typing_text(self, length: int) -> str:
        """About `length` characters of plain sentences to type, cut at a word boundary."""
        text = ""
        while len(text) < length:
            text += self._fill(self._rng.choice(_SENTENCES), "Alex") + " "
        return text[:length].rstrip() + "."


#: A realistic set of what people type into search: common and rare words, names, places,
#: phrases, words cut short as they are typed, and words that are nowhere in the notes.
SEARCH_QUERIES = (
    "burnout", "promotion", "feedback", "trust", "sister", "grandmother", "violin", "Lyon",
    "Nairobi", "Hobart", "pottery", "beekeeping", "moving abroad", "career change",
    "imposter syndrome", "parental leave", "first job", "night shift", "said no", "reorg",
    "escalation", "payments rollout", "security audit", "lonely", "proud", "overwhelmed",
    "promot", "confid", "grandm", "mentor", "part-time", "design review", "health scare",
    "learning to say no", "the launch", "budget", "Priya", "Kwame", "childhood",
    "turning point", "public speaking", "xylophone",
)  # fmt: skip
