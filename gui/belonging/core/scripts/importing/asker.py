"""Whether a question is asked by one person of the other, rather than answered by both.

"Are there any obstacles I can remove for you?" or "What can I do to support you?" make sense
only one way: the leader (the manager, the mentor) asks them and the partner answers. What
gives them away is the asker speaking of themselves ("I", "me", "my") to the other ("you"),
outside an invitation like "Tell me about your week", which both can answer in turn.
"""

from __future__ import annotations

import re

from belonging.core.scripts.importing.language import fold
from belonging.core.scripts.importing.markup import words_of
from belonging.core.scripts.model import Asker

#: "Tell me", "Can you tell me": the "me" of an invitation, which works both ways.
_INVITING_ME = re.compile(
    r"\b(?:tell|show|give|walk|talk|let|help|remind)\s+me\b"
    r"|\bcuentame\b|\bdime\b|\bhablame\b|\bexplicame\b|\bdescribeme\b"
    r"|\bme\s+(?:conte|conta|fale|fala|diga|explique)\b|\b(?:conte|fale|conta)-me\b"
    r"|\b(?:parle|parlez|raconte|racontez|dis|dites|explique|expliquez|decris|decrivez)-moi\b"
    r"|\b(?:erzahl|erzahle|erzahlt|sag|sagt|beschreib|beschreibe|erklar|erklare)\s+mir\b"
)
#: "You and I", "between us": the pair speaking as one, so both answer.
_TOGETHER = re.compile(
    r"\byou\s+and\s+(?:i|me)\b|\b(?:i|me)\s+and\s+you\b|\btu\s+y\s+yo\b|\bvoce\s+e\s+eu\b"
    r"|\btoi\s+et\s+moi\b|\bdu\s+und\s+ich\b"
)
#: Getting to know each other ("What's something I might not know about you?", "What would
#: you like me to know about how you work?"): each can ask it of the other, so both answer.
_KNOWING_EACH_OTHER = re.compile(
    r"\b(?:i|me)\s+(?:\w+\s+){0,3}know\s+about\s+(?:you|how\s+you)\b"
    r"|\blike\s+me\s+to\s+know\b"
    r"|\bque\s+(?:yo\s+)?(?:no\s+)?(?:sepa|conozca)\s+(?:de|sobre)\s+ti\b"
    r"|\bque\s+eu\s+(?:nao\s+)?(?:saiba|conheca)\s+sobre\s+voce\b"
    r"|\bque\s+je\s+(?:ne\s+)?(?:sache|sais|connaisse|connais)\s+(?:pas\s+)?(?:sur|de)\s+toi\b"
    r"|\buber\s+dich\s+(?:noch\s+)?(?:nicht\s+)?(?:weiss|wissen|kenne)\b"
)
# Each language's speaker ("I") and listener ("you"): a question with both is one-way.
_SPEAKER_AND_LISTENER = [
    (r"\b(?:i|me|my|mine|myself)\b|\bi'", r"\b(?:you|your|yours|yourself)\b"),
    (
        r"\b(?:yo|mi|mis|puedo|pueda|podria|pudiera|deberia|hago|hice|haga)\b",
        # Spanish leaves "tú" out: the verbs of such questions say who is asked, or the
        # "te" joined to a verb ("quitarte", "ofrecerte", "decirte").
        r"\b(?:tu|tus|te|ti|usted|\w+(?:ar|er|ir)te"
        r"|tienes|opinas|piensas|crees|necesitas|quieres|esperas|sientes|ves|sabes)\b",
    ),
    (
        r"\b(?:eu|mim|meu|minha|posso|poderia|devo|faco|fiz)\b",
        r"\b(?:voce|te|ti|seu|sua|seus|suas)\b",
    ),
    (
        r"\b(?:je|moi|mon|ma|mes|puis-je)\b|\bj'|\bm'",
        r"\b(?:tu|te|toi|ton|ta|tes|vous|votre|vos)\b|\bt'|-(?:tu|vous)\b",
    ),
    (r"\b(?:ich|mich|mir|mein\w*)\b", r"\b(?:du|dich|dir|dein\w*|ihnen|ihr\w*)\b"),
]
_SPEAKERS = [
    (re.compile(speaker), re.compile(listener)) for speaker, listener in _SPEAKER_AND_LISTENER
]
#: An offer of help, which only the leader makes: "How can I help?", "¿Qué puedo hacer?".
_OFFER = re.compile(
    r"\b(?:can|could|should|might|may)\s+i\s+(?:do|help|support|remove|provide|make|ask|"
    r"improve|change|be|offer)\b|\bi\s+should\s+know\b"
    r"|\bpued[oa]\s+(?:hacer|ayudar|apoyar|mejorar|cambiar)\b"
    r"|\bposso\s+(?:fazer|ajudar|apoiar|melhorar|mudar)\b"
    r"|\bpuis-je\b|\bje\s+(?:peux|pourrais)\s+(?:faire|aider|soutenir|ameliorer)\b"
    r"|\b(?:kann|konnte|sollte)\s+ich\b"
)
#: Japanese: the asker speaking of themselves (私, 僕) or as the manager.
#: 私たち and 私達 are "we", which both can answer for.
_JAPANESE_SPEAKER = re.compile(
    r"(?:私|僕|わたし|ぼく)(?!たち|達|ども|共|ら)|マネージャ(?:ー)?として"
    # Offers of help, whose speaker Japanese leaves unsaid: 手伝えること, 力になれる.
    r"|(?:手伝え|手助けでき|サポートでき|支援でき|力になれ)"
)


def one_way_asker(markdown: str) -> Asker | None:
    """`Asker.LEADER` for a question the leader asks the partner, None when both answer."""
    words = words_of(markdown)
    if _JAPANESE_SPEAKER.search(words):
        return Asker.LEADER
    text = fold(words)
    if _TOGETHER.search(text) or _KNOWING_EACH_OTHER.search(text):
        return None
    text = _INVITING_ME.sub(" ", text)
    if _OFFER.search(text):
        return Asker.LEADER
    for speaker, listener in _SPEAKERS:
        if speaker.search(text) and listener.search(text):
            return Asker.LEADER
    return None
