"""Word lists for reading question lists in English, Spanish, Portuguese, French and German.

Text is compared folded (`fold`): lowercase, Latin accents dropped, curly apostrophes made
straight, so "Cuéntame", "cuentame" and "CUÉNTAME" all match one pattern. Japanese is read by
its own endings elsewhere; folding leaves it as it is.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING_LATIN = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """`text` lowercased with Latin accents dropped and apostrophes and hyphens made plain."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Only the Latin combining marks go: Japanese voicing marks (U+3099) must stay.
    folded = unicodedata.normalize("NFC", _COMBINING_LATIN.sub("", decomposed)).casefold()
    return folded.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-")


def _words(text: str) -> str:
    """A regex alternation of the `|`-separated phrases in `text`, spaces matching any run."""
    phrases = [p.strip() for p in text.split("|") if p.strip()]
    phrases.sort(key=len, reverse=True)  # longest first, so "cuentame" wins over "cuenta"
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for p in phrases)


#: Words that may open an invitation without changing it: "Please tell...", "Y ahora cuenta...".
LEADING_FILLER = _words(
    "please|now|so|and|ok|okay|then|let's|let us|por favor|ahora|y|bueno|entonces|agora|e|"
    "entao|maintenant|et|alors|bitte|jetzt|und|also|dann"
)

#: Imperatives that invite a story rather than assign a task, as the first words of a sentence.
INVITATION_VERBS = _words(
    # English ("walk me through", "think back"); "remember" but not "remember to".
    "tell|describe|share|explain|imagine|reflect|recount|talk|walk me through|walk us through|"
    "think about|think of|think back|recall|picture yourself|picture a|picture an|picture the|"
    "picture your|give me|give us|show me|show us|help me understand|help us understand|"
    "name one|name two|name three|name four|name five|name a|name an|name some|"
    "introduce yourself|finish the sentence|finish this sentence|complete the sentence|"
    "complete this sentence|paint a picture|"
    # Spanish
    "cuentame|cuentanos|cuentale|cuentales|cuenta|cuenten|cuentenme|hablame|hablanos|habla de|"
    "hablen de|habla sobre|describe|describan|describeme|comparte|compartan|explica|explicame|"
    "expliquen|imagina|imaginen|imaginate|piensa en|piensen en|recuerda|recuerden|nombra|"
    "nombren|menciona|mencionen|dime|dinos|diganme|completa la frase|termina la frase|"
    # Portuguese
    "me conte|me conta|conte-me|conta-me|conte|conta|contem|me fale|me fala|fale-me|fale sobre|"
    "fala sobre|fale de|falem sobre|descreva|descreve|descrevam|compartilhe|compartilha|"
    "compartilhem|partilhe|partilha|explique|expliquem|imagine|imaginem|pense em|pensa em|"
    "pensem em|lembre|lembre-se|relembre|diga|diz|digam|nomeie|cite|complete a frase|"
    # French
    "parle-moi|parlez-moi|parle-nous|parlez-nous|parle de|parlez de|raconte-moi|racontez-moi|"
    "raconte-nous|racontez-nous|raconte|racontez|decris|decrivez|decris-moi|decrivez-moi|"
    "partage|partagez|explique|expliquez|explique-moi|expliquez-moi|imagine|imaginez|pense a|"
    "pensez a|rappelle-toi|rappelez-vous|souviens-toi|souvenez-vous|cite|citez|dis-moi|"
    "dites-moi|dis-nous|dites-nous|nomme|nommez|complete la phrase|completez la phrase|"
    # German
    "erzahl|erzahle|erzahlt|erzahlen sie|beschreib|beschreibe|beschreibt|beschreiben sie|teile|"
    "teil|teilt|teilen sie|erklar|erklare|erklart|erklaren sie|stell dir vor|stellt euch vor|"
    "stellen sie sich vor|denk an|denke an|denkt an|denken sie an|erinnere dich|erinnert euch|"
    "erinnern sie sich|nenne|nenn|nennt|nennen sie|sag mir|sag uns|sagt mir|sagen sie|berichte|"
    "berichtet|berichten sie|schildere|schildert|schildern sie|vervollstandige den satz|"
    "beende den satz"
)

#: The same invitations after "and"/"then" in a longer sentence: "Take four minutes and tell".
JOINED_INVITATION = _words(
    "tell|share|describe|explain|talk about|say|name|list|cuentale|cuenta|comparte|describe|"
    "habla|di|conte|conta|fale|compartilhe|descreva|diga|raconte|racontez|partage|partagez|"
    "decris|decrivez|dis|dites|erzahl|erzahle|erzahlt|teile|teilt|beschreib|beschreibe|"
    "beschreibt|berichte|sag|sagt"
)
CONJUNCTION = _words("and|then|y|luego|despues|e|depois|et|puis|ensuite|und|dann")

#: Tasks the pair does together ("Make three true 'we' statements each"), not chores.
PAIR_TASK_VERBS = _words(
    "take|make|list|name|say|spend|swap|exchange|agree|compare|discuss|choose|pick|draw|write|"
    "give|try|look|complete|finish|play|find|guess|come up with|close your eyes|"
    "toma|tomen|tomate|haz|hagan|di|digan|enumera|enumeren|elige|elijan|escribe|escriban|"
    "dibuja|intercambia|intercambien|miren|mira|"
    "tire|tirem|faca|facam|liste|listem|escolha|escolham|escreva|escrevam|desenhe|troquem|"
    "olhem|olhe|"
    "prends|prenez|fais|faites|liste|listez|choisis|choisissez|ecris|ecrivez|dessine|"
    "echangez|regardez|regarde|"
    "nimm|nehmt|nehmen sie|mach|macht|machen sie|schreib|schreibt|schreiben sie|wahlt|"
    "wahle|zeichne|tauscht|schaut|schau"
)
PAIR_WORDS = _words(
    "your partner|each other|one another|together|each|both|you two|we|"
    "tu pareja|tu companero|tu companera|el uno al otro|la una a la otra|mutuamente|juntos|"
    "juntas|cada uno|cada una|ambos|ambas|ustedes|nosotros|"
    "seu parceiro|sua parceira|seu par|um ao outro|uma a outra|juntos|juntas|cada um|cada uma|"
    "ambos|voces|nos|"
    "ton partenaire|votre partenaire|ta partenaire|l'un a l'autre|l'une a l'autre|ensemble|"
    "chacun|chacune|tous les deux|toutes les deux|nous|"
    "deinem partner|deiner partnerin|ihrem partner|ihrer partnerin|einander|gemeinsam|zusammen|"
    "jeder|jede|beide|euch|wir"
)

#: Question words that open a question even when its mark was left off.
QUESTION_WORDS = _words(
    "que|cual|cuales|como|cuando|donde|adonde|por que|quien|quienes|cuanto|cuanta|cuantos|"
    "cuantas|o que|qual|quais|onde|porque|quem|quanto|quanta|quantos|quantas|"
    "qu'est-ce que|qu'est-ce qui|quel|quelle|quels|quelles|comment|quand|pourquoi|qui|combien|"
    "lequel|laquelle|"
    "was|wie|warum|wieso|weshalb|weswegen|wann|wo|woher|wohin|wer|wen|wem|wessen|welche|"
    "welcher|welches|welchen|welchem|woran|worauf|woruber|wofur|womit|wovon|wozu|wovor|worum|"
    "worin|wobei|wodurch|wogegen|woraus|inwiefern|inwieweit"
)
#: Questions that start with their verb: "Hast du...", "Gibt es...", "As-tu...", "Est-ce que".
VERB_FIRST_QUESTION = (
    r"(?:est-ce\s+qu|y\s+a-t-il|[a-z]+-(?:t-)?(?:tu|vous|il|elle|on)\b"
    r"|(?:hast|bist|kannst|konntest|wurdest|willst|mochtest|hattest|warst|fuhlst|denkst|magst"
    r"|gibt|gab|haben|sind|konnen|wurden|mochten|hatten|waren|ist|war)\s+(?:du|sie|es|ihr)\b)"
)
#: Someone addressed or speaking, which a question without its mark must have.
ADDRESS_WORDS = _words(
    "you|your|yours|we|our|us|i|me|my|"
    "tu|tus|te|ti|usted|ustedes|nosotros|nos|nuestro|nuestra|mi|mis|me|"
    "voce|voces|seu|sua|seus|suas|nosso|nossa|meu|minha|eu|"
    "toi|ton|ta|tes|vous|votre|vos|nous|notre|je|j'|moi|mon|ma|mes|"
    "du|dich|dir|dein|deine|deinen|deinem|deiner|sie|ihnen|ihr|ihre|wir|uns|unser|unsere|ich|"
    "mich|mir|mein|meine"
)
