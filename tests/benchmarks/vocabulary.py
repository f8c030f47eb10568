"""The words notes are made of: slot fillers for `corpus`'s sentence patterns.

The lists are long, and `corpus` draws from them with a Zipf-like skew, so that a search
word behaves as in real notes: glue words in most notes, a topic like "burnout" in a few
percent, a city or a hobby in well under one. Work items are made by combining an adjective
and a noun, which gives over a thousand of them.
"""

from __future__ import annotations

PEOPLE = (
    "my sister", "my brother", "her father", "his mother", "an old teacher", "my first manager",
    "a friend from school", "the team lead", "our neighbour", "my grandmother", "a mentor",
    "the new hire", "her partner", "his daughter", "my uncle", "a coach", "the founder",
    "my aunt", "her son", "a cousin", "his best friend", "a former colleague", "the director",
    "a professor", "my stepfather", "her grandfather", "the head nurse", "a landlord",
    "the union rep", "an old flatmate", "his twin", "a choir leader", "the school principal",
)  # fmt: skip
PLACES = (
    "Lyon", "Lagos", "Osaka", "Kraków", "Porto", "Nairobi", "Montreal", "Bergen", "Pune",
    "Valencia", "Accra", "Leipzig", "Seoul", "Dublin", "Lisbon", "Manchester", "Glasgow",
    "Rotterdam", "Gdańsk", "Tallinn", "Riga", "Vilnius", "Bologna", "Naples", "Seville",
    "Bilbao", "Marseille", "Toulouse", "Bordeaux", "Ghent", "Antwerp", "Utrecht", "Aarhus",
    "Malmö", "Tampere", "Trondheim", "Reykjavik", "Cork", "Galway", "Bristol", "Leeds",
    "Cardiff", "Edinburgh", "Belfast", "Halifax", "Winnipeg", "Calgary", "Quebec", "Boston",
    "Denver", "Austin", "Portland", "Chicago", "Detroit", "Atlanta", "Miami", "Havana",
    "Bogotá", "Quito", "Lima", "Santiago", "Montevideo", "Recife", "Curitiba", "Luanda",
    "Kampala", "Kigali", "Addis Ababa", "Dakar", "Abuja", "Ibadan", "Kumasi", "Durban",
    "Harare", "Lusaka", "Cairo", "Tunis", "Casablanca", "Amman", "Beirut", "Izmir", "Tbilisi",
    "Yerevan", "Baku", "Almaty", "Tashkent", "Lahore", "Karachi", "Chennai", "Kolkata",
    "Hyderabad", "Colombo", "Dhaka", "Kathmandu", "Hanoi", "Da Nang", "Cebu", "Manila",
    "Jakarta", "Surabaya", "Penang", "Busan", "Sapporo", "Fukuoka", "Taipei", "Chengdu",
    "Wuhan", "Perth", "Adelaide", "Hobart", "Wellington", "Dunedin", "the old office",
    "the lab", "the warehouse", "a bakery", "the hospital", "a call centre", "the library",
)  # fmt: skip
WORK_ADJECTIVES = (
    "billing", "mobile", "search", "payments", "onboarding", "reporting", "security",
    "migration", "pricing", "checkout", "support", "analytics", "hiring", "data", "platform",
    "design", "release", "accessibility", "partner", "training", "warehouse", "logistics",
    "compliance", "research", "marketing", "infrastructure", "quality", "finance", "legal",
    "localisation",
)  # fmt: skip
WORK_NOUNS = (
    "project", "review", "plan", "rotation", "budget", "escalation", "reorg", "launch",
    "roadmap", "offsite", "dashboard", "backlog", "audit", "contract", "rollout", "pilot",
    "proposal", "handover", "deadline", "incident", "retrospective", "workshop", "survey",
    "demo", "strategy", "redesign", "rewrite", "estimate", "forecast", "target", "deck",
    "process", "tender", "pipeline", "guideline", "checklist", "programme", "experiment",
    "integration", "prototype",
)  # fmt: skip
FEELINGS = (
    "anxious", "relieved", "proud", "stuck", "tired", "excited", "unsure", "overwhelmed",
    "lonely", "hopeful", "frustrated", "calm", "grateful", "restless", "embarrassed", "curious",
    "invisible", "appreciated", "drained", "energised", "torn", "nervous", "content", "bored",
    "ashamed", "confident", "isolated", "hurt", "angry", "optimistic", "guilty", "jealous",
    "homesick", "determined", "flat", "exposed", "trusted", "sidelined", "inspired", "numb",
)  # fmt: skip
TOPICS = (
    "burnout", "promotion", "moving abroad", "a career change", "public speaking", "self-doubt",
    "parental leave", "learning to say no", "feedback", "imposter syndrome", "a side project",
    "going part-time", "a health scare", "losing a parent", "night classes", "a new language",
    "managing former peers", "workload", "trust", "conflict with a colleague", "recognition",
    "a divorce", "caring for a parent", "a first mortgage", "becoming a manager", "a layoff",
    "a sabbatical", "retraining", "a visa", "remote work", "a long commute", "chronic pain",
    "a new baby", "grief", "money worries", "a lost friendship", "coming out", "faith",
    "disability at work", "a bad manager", "being the only woman in the room", "a lawsuit",
    "a failed startup", "the night shift", "shift work", "a second job", "studying again",
    "a mentor who left", "moving house", "an accident", "a wedding", "a pay rise",
    "a hard conversation", "stepping down", "the first year here", "a scholarship",
    "writing a book", "volunteering", "a marathon", "military service", "an apprenticeship",
    "starting over", "asking for help", "perfectionism", "procrastination", "sleep",
)  # fmt: skip
HOBBIES = (
    "the violin", "climbing", "pottery", "running", "chess", "gardening", "sailing", "baking",
    "photography", "choir", "cycling to work", "woodwork", "birdwatching", "improv theatre",
    "the cello", "rowing", "knitting", "fencing", "judo", "salsa", "tango", "painting",
    "calligraphy", "beekeeping", "fishing", "surfing", "skiing", "hiking", "camping",
    "astronomy", "origami", "sewing", "cooking", "brewing", "football", "cricket", "rugby",
    "basketball", "tennis", "badminton", "swimming", "yoga", "boxing", "karate", "the drums",
    "the piano", "the guitar", "the trumpet", "poetry", "podcasts", "board games", "puzzles",
    "model trains", "restoring furniture", "vintage cars", "volunteering at the shelter",
)  # fmt: skip
TIMES = (
    "last week", "in her twenties", "when he was ten", "two years ago", "at university",
    "during the pandemic", "in his first job", "this spring", "before the kids", "last winter",
    "on the night shift", "at eighteen", "in the first month here", "after the layoffs",
    "as a teenager", "in primary school", "a decade ago", "last summer", "over the holidays",
    "during the merger", "in the army", "on a gap year", "in the last job", "at the start",
    "before the move", "after the funeral", "during exams", "on parental leave", "years ago",
    "in the early days", "last autumn", "at thirty", "in her first week", "back home",
)  # fmt: skip
VERBS = (
    "send", "share", "read", "review", "book", "find", "ask about", "follow up on", "look into",
    "write up", "introduce them to", "check in about", "draft", "pair on", "schedule", "revisit",
)  # fmt: skip
OBJECTS = (
    "the article on career changes", "someone in design", "a longer slot", "the workload",
    "the training budget", "the move", "the promotion case", "the draft", "a speaking slot",
    "the architecture doc", "flexible hours", "three things that went well", "the shadowing week",
    "the goals", "the course list", "the mentoring programme", "the conference talk",
    "the salary bands", "the team charter", "the rota", "the reading list", "the job ad",
    "the internal transfer", "a coach", "the feedback from the panel", "the recovery plan",
)  # fmt: skip
