"""Search over every note and shown prompt, through storage's own `search`.

The query set (`corpus.SEARCH_QUERIES`) mixes what people type: common and rare words,
names, phrases, words cut short and words found nowhere. Each query is asked once to warm
up, then `rounds` times more, in turn with and without private notes (shared screen) and,
for every third query, within the pair of 1,000 conversations. Times are wall-clock on one
session, as the search page would ask.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from belonging.storage.database import create_database_engine, database_path, new_session
from belonging.storage.search import search

from .corpus import SEARCH_QUERIES


@dataclass
class SearchResult:
    """Milliseconds of every search asked, with the query and how many hits it found, and
    the processor time of each (steadier than wall-clock time on a shared machine)."""

    samples: list[tuple[str, float, int]] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)

    @property
    def times(self) -> list[float]:
        """Every search's time in ms."""
        return [ms for _query, ms, _hits in self.samples]

    @property
    def median_ms(self) -> float:
        """The median time."""
        return statistics.median(self.times)

    @property
    def p95_ms(self) -> float:
        """The 95th percentile time."""
        return statistics.quantiles(self.times, n=20, method="inclusive")[-1]

    @property
    def cpu_median_ms(self) -> float:
        """The median processor time of a search."""
        return statistics.median(self.cpu_ms)

    def slowest(self, count: int = 5) -> list[tuple[str, float, int]]:
        """The slowest searches: query, ms, hits."""
        return sorted(self.samples, key=lambda sample: sample[1], reverse=True)[:count]


def measure_search(
    data_dir: Path, big_pair_id: int, *, queries=SEARCH_QUERIES, rounds: int = 3
) -> SearchResult:
    """Asks every query `rounds` times (after one warm-up) and keeps each time."""
    engine = create_database_engine(database_path(data_dir))
    result = SearchResult()
    try:
        with new_session(engine) as session:
            for query in queries:
                search(session=session, query=query, include_private=True)
            for round_index in range(rounds):
                for index, query in enumerate(queries):
                    include_private = (index + round_index) % 2 == 0
                    pair_id = big_pair_id if index % 3 == 0 else None
                    started, cpu = time.perf_counter(), time.thread_time()
                    hits = search(
                        session=session,
                        query=query,
                        include_private=include_private,
                        pair_id=pair_id,
                    )
                    elapsed = (time.perf_counter() - started) * 1000
                    result.cpu_ms.append((time.thread_time() - cpu) * 1000)
                    result.samples.append((query, elapsed, len(hits)))
    finally:
        engine.dispose()
    return result
