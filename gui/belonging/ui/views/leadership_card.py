"""Set-up's card about the two people's roles: what kind of one-on-one it is, who leads,
and whether the leader always answers first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QRadioButton, QVBoxLayout

from belonging.application.rows import OWNER, PARTNER
from belonging.ui.accessibility import escape_mnemonic
from belonging.ui.widgets.styled import make_card, make_label

#: The kinds of one-on-one, as storage names them.
RELATIONSHIPS = ("manager_report", "mentor_mentee", "other")


class LeadershipCard:
    """The card's controls, built into a card of the set-up page (`card`).

    Reading: `relationship()`, `leader()` (OWNER or PARTNER), `leader_always_first()`.
    Setters: `set_names(owner, partner)`, `set_relationship(value)`, `reset()`.
    """

    def __init__(self) -> None:
        self.card = make_card()
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(
            make_label(
                QCoreApplication.translate("LeadershipCard", "What kind of one-on-one?"), "heading"
            )
        )
        self.relationship_group = QButtonGroup(self.card)
        self.relationship_radios: dict[str, QRadioButton] = {}
        kinds = QHBoxLayout()
        kinds.setSpacing(24)
        for index, (value, text) in enumerate(
            zip(
                RELATIONSHIPS,
                (
                    QCoreApplication.translate("LeadershipCard", "A manager and a report"),
                    QCoreApplication.translate("LeadershipCard", "A mentor and a mentee"),
                    QCoreApplication.translate("LeadershipCard", "Another kind"),
                ),
                strict=True,
            )
        ):
            radio = QRadioButton(text)
            radio.setAccessibleDescription(
                QCoreApplication.translate("LeadershipCard", "What kind of one-on-one?")
            )
            self.relationship_group.addButton(radio, index)
            self.relationship_radios[value] = radio
            kinds.addWidget(radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        layout.addWidget(
            make_label(
                QCoreApplication.translate(
                    "LeadershipCard",
                    "With a manager and a report, the manager answers first on the deeper "
                    "levels: the one with more power takes the first risk.",
                ),
                "muted",
            )
        )
        layout.addSpacing(8)
        layout.addWidget(
            make_label(QCoreApplication.translate("LeadershipCard", "Who leads?"), "heading")
        )
        layout.addWidget(
            make_label(
                QCoreApplication.translate(
                    "LeadershipCard", "Usually the manager or mentor: going first shows the way."
                ),
                "muted",
            )
        )
        self.leader_group = QButtonGroup(self.card)
        self.owner_leads_radio = QRadioButton()
        self.partner_leads_radio = QRadioButton()
        self.leader_group.addButton(self.owner_leads_radio)
        self.leader_group.addButton(self.partner_leads_radio)
        for radio in (self.owner_leads_radio, self.partner_leads_radio):
            radio.setAccessibleDescription(
                QCoreApplication.translate("LeadershipCard", "Who leads?")
            )
        radios = QHBoxLayout()
        radios.setSpacing(24)
        radios.addWidget(self.owner_leads_radio)
        radios.addWidget(self.partner_leads_radio)
        radios.addStretch(1)
        layout.addLayout(radios)
        self.leader_first_check = QCheckBox(
            QCoreApplication.translate(
                "LeadershipCard", "The leader answers first &every time (otherwise you take turns)"
            )
        )
        layout.addWidget(self.leader_first_check)
        self.reset()

    def reset(self) -> None:
        """The owner leads, taking turns, a manager and a report."""
        self.owner_leads_radio.setChecked(True)
        self.leader_first_check.setChecked(False)
        self.set_relationship("manager_report")

    def set_names(self, owner: str, partner: str) -> None:
        """Names the two "who leads" choices after the people."""
        self.owner_leads_radio.setText(escape_mnemonic(owner))
        self.partner_leads_radio.setText(escape_mnemonic(partner))

    def set_relationship(self, value: str) -> None:
        """Chooses the kind of one-on-one ("other" when `value` is unknown)."""
        self.relationship_radios.get(value, self.relationship_radios["other"]).setChecked(True)

    def relationship(self) -> str:
        """The kind of one-on-one chosen."""
        return RELATIONSHIPS[max(0, self.relationship_group.checkedId())]

    def leader(self) -> str:
        """OWNER or PARTNER."""
        return PARTNER if self.partner_leads_radio.isChecked() else OWNER

    def leader_always_first(self) -> bool:
        """Whether the leader answers first every time."""
        return self.leader_first_check.isChecked()
