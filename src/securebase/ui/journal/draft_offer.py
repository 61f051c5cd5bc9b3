"""Offering drafts back after a crash or a lock: the Journal tab's part that brings
kept drafts (quick capture, an open entry, the narrative) back where they belong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from securebase.ui.journal.list_model import format_when

QUICK_KEY = "quick-capture"
NARRATIVE_KEY = "narrative"


class DraftOffer:
    """Mixed into JournalTab; uses its ctx, draft_bar, keeper, pane and openers."""

    def _offer_drafts(self) -> None:
        drafts = self.ctx.vault.drafts.all() if self.ctx else []
        if not drafts:
            self.draft_bar.dismiss()
            return
        when = format_when(drafts[0].saved_at, self.ctx.clock.now().tzinfo,
                           QCoreApplication.translate("JournalTab", "ddd d MMM, HH:mm",
                                                     "date pattern of the draft offer"))
        self.draft_bar.offer(when, len(drafts))

    def restore_drafts(self) -> None:
        """Open every kept draft where it belongs."""
        self.draft_bar.dismiss()
        if self.ctx is None:
            return
        drafts = self.ctx.vault.drafts.all()
        keys = [d.key for d in drafts]
        pane_key = next((k for k in keys if k.startswith(("trigger:", "experiment:"))), None)
        if NARRATIVE_KEY in keys:
            self.open_narrative()
        if pane_key is not None:
            kind, _, ident = pane_key.partition(":")
            payload = next(d.payload for d in drafts if d.key == pane_key)
            entry_id = None if ident == "new" else int(ident)
            opened = (self.pane.open_trigger(entry_id, draft=payload) if kind == "trigger"
                      and entry_id is not None else
                      self.pane.open_experiment(entry_id, draft=payload) if kind == "experiment"
                      else False)
            if not opened:  # its entry is gone: nothing to bring it back into
                self.keeper.forget(pane_key)
            self._select_open_entry()
        if QUICK_KEY in keys:
            self.open_quick_capture()

    def discard_drafts(self) -> None:
        self.draft_bar.dismiss()
        if self.ctx is not None:
            for draft in self.ctx.vault.drafts.all():
                self.keeper.forget(draft.key)
