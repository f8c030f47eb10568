"""People who take part in conversations."""

from __future__ import annotations

from sqlmodel import Session, select

from belonging.storage.models import Person
from belonging.storage.repositories.lookup import get_existing


def add_person(*, session: Session, name: str, role: str = "") -> Person:
    """Add someone by name (surrounding spaces dropped); an empty name is refused."""
    name = name.strip()
    if not name:
        raise ValueError("a person needs a name")
    person = Person(name=name, role=role.strip())
    session.add(person)
    session.flush()
    return person


def get_person(*, session: Session, person_id: int) -> Person:
    """The person with this id; raises NotFoundError."""
    return get_existing(session, Person, person_id)


def list_people(*, session: Session) -> list[Person]:
    """Everyone, by name."""
    return list(session.exec(select(Person).order_by(Person.name, Person.id)))


def rename_person(
    *, session: Session, person_id: int, name: str, role: str | None = None
) -> Person:
    """Change someone's name, and their role unless `role` is None."""
    person = get_existing(session, Person, person_id)
    name = name.strip()
    if not name:
        raise ValueError("a person needs a name")
    person.name = name
    if role is not None:
        person.role = role.strip()
    session.add(person)
    session.flush()
    return person
