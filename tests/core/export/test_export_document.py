"""Which notes an export may hold, and how what stays out is counted."""

import pytest

from belonging.core.export import IncludeOptions, LeftOut, NoteCensus

CENSUS = NoteCensus(shared=5, private=3, confidential=2, private_confidential=1)


@pytest.mark.parametrize(
    ("options", "private", "confidential", "allowed"),
    [
        (IncludeOptions(), False, False, True),
        (IncludeOptions(), True, False, False),
        (IncludeOptions(), False, True, False),
        (IncludeOptions(include_private=True), True, False, True),
        (IncludeOptions(include_private=True), True, True, False),
        (IncludeOptions(include_confidential=True), False, True, True),
        (IncludeOptions(include_confidential=True), True, True, False),
        (IncludeOptions(include_private=True, include_confidential=True), True, True, True),
    ],
)
def test_a_note_goes_out_only_when_every_kind_it_is_was_asked_for(
    options, private, confidential, allowed
):
    """Private and confidential are separate switches; a note that is both needs both."""
    assert options.allows(private=private, confidential=confidential) is allowed


def test_by_default_every_private_and_confidential_note_is_counted_as_left_out():
    """With nothing asked for, the private confidential note counts once, as private."""
    assert CENSUS.left_out(IncludeOptions()) == LeftOut(private_notes=4, confidential_notes=2)


def test_including_private_notes_leaves_the_private_confidential_one_out_as_confidential():
    """Ticking "Include private notes" moves the note that is both to the confidential count."""
    left_out = CENSUS.left_out(IncludeOptions(include_private=True))
    assert left_out == LeftOut(private_notes=0, confidential_notes=3)


def test_including_confidential_notes_still_leaves_every_private_one_out():
    """Confidential is no back door to private notes."""
    left_out = CENSUS.left_out(IncludeOptions(include_confidential=True))
    assert left_out == LeftOut(private_notes=4, confidential_notes=0)


def test_asking_for_both_leaves_nothing_out():
    """With both switches on, the export is complete."""
    left_out = CENSUS.left_out(IncludeOptions(include_private=True, include_confidential=True))
    assert left_out.total == 0


def test_the_left_out_count_always_equals_the_notes_not_allowed():
    """For every choice, the count matches the census notes that `allows` refuses."""
    kinds = {
        (False, False): CENSUS.shared,
        (True, False): CENSUS.private,
        (False, True): CENSUS.confidential,
        (True, True): CENSUS.private_confidential,
    }
    for include_private in (False, True):
        for include_confidential in (False, True):
            options = IncludeOptions(include_private, include_confidential)
            refused = sum(
                n
                for (private, confidential), n in kinds.items()
                if not options.allows(private=private, confidential=confidential)
            )
            assert CENSUS.left_out(options).total == refused
