"""Show on the Scripts page: one script to read, as the pair would meet it, level by level.

Every piece of it is the parser's safe HTML (raw HTML escaped, nothing loaded); the words
around it are the window's own.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from belonging.core.markdown_render import render_markdown
from belonging.core.scripts.model import Asker, Script
from belonging.ui.widgets.styled import make_reading_view


class ScriptReader(QDialog):
    """A read-only view of one script: introduction, then each level with its guidance and
    prompts (lighter alternatives and follow-up ideas beneath). `show_script(script)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("script_reader")
        self.resize(760, 620)
        self.text = make_reading_view()
        self.text.setObjectName("script_text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def show_script(self, script: Script) -> None:
        """Fills the view with `script` and puts the keyboard in it, at the top."""
        self.setWindowTitle(script.title)
        self.text.setAccessibleName(script.title)
        self.text.setHtml(self._html(script))
        self.text.verticalScrollBar().setValue(0)
        self.text.setFocus()

    def _html(self, script: Script) -> str:
        parts = [f"<h1>{html.escape(script.title)}</h1>"]
        if script.summary:
            parts.append(f"<p><i>{html.escape(script.summary)}</i></p>")
        parts.append(script.introduction_html)
        for level in script.levels:
            heading = self.tr("Level {depth}: {title}").format(depth=level.depth, title=level.title)
            if level.minutes:
                heading += " " + self.tr("(about {minutes} min)").format(minutes=level.minutes)
            parts.append(f"<h2>{html.escape(heading)}</h2>")
            if level.guidance_html:
                parts.append(f"<blockquote>{level.guidance_html}</blockquote>")
            parts.append("<ol>")
            for prompt in level.prompts:
                extra = []
                if prompt.asked_by is Asker.LEADER:
                    extra.append(html.escape(self.tr("Asked by the leader; the other answers.")))
                elif prompt.asked_by is Asker.PARTNER:
                    extra.append(html.escape(self.tr("Asked by the partner; the leader answers.")))
                if prompt.lighter_html:
                    lighter = html.escape(self.tr("Lighter:"))
                    extra.append(f"{lighter} {prompt.lighter_html}")
                for follow_up in prompt.follow_ups:
                    idea = html.escape(self.tr("Follow-up idea:"))
                    extra.append(f"{idea} {render_markdown(follow_up, inline=True)}")
                details = "".join(f"<br><small>{line}</small>" for line in extra)
                parts.append(f"<li>{prompt.html}{details}</li>")
            parts.append("</ol>")
        if script.closing_html:
            closing = html.escape(self.tr("To close:"))
            parts.append(f"<p><b>{closing}</b> {script.closing_html}</p>")
        return "".join(parts)

    def shown_text(self) -> str:
        """What the view shows, as plain text."""
        return self.text.toPlainText()
