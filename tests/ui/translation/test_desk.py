"""The translators' desk as a translator works it: flags, edits, sync, a new translation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from newsdesk.domain.article import Article, Status
from newsdesk.domain.translation_changes import ChangeKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk, translation_service_for
from newsdesk.ui.translation.desk_model import (
    FLAG_COLOURS,
    FLAG_ROLE,
    TRANSLATION_COLUMN,
    UNTRANSLATED_ROLE,
    DeskModel,
)
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"


def _open(qtbot, desk: TranslationDeskWidget, article_id: int) -> TranslationDesk:  # type: ignore[no-untyped-def]
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000) as blocker:
        desk.open_for(article_id)
    loaded = blocker.args[0]
    assert isinstance(loaded, TranslationDesk)
    return loaded


def _reloaded(qtbot, desk: TranslationDeskWidget, action) -> TranslationDesk:  # type: ignore[no-untyped-def]
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000) as blocker:
        action()
    return blocker.args[0]  # type: ignore[no-any-return]


def _edit_original(newsroom: Newsroom, old: str, new: str) -> Article:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    saved = newsroom.articles.save(replace(original, body=original.body.replace(old, new)))
    assert saved.id is not None
    newsroom.articles.record_revision(saved.id, note="corrected figure")
    return saved


@pytest.fixture
def desk(qtbot, newsroom: Newsroom) -> TranslationDeskWidget:  # type: ignore[no-untyped-def]
    widget = TranslationDeskWidget(newsroom)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_model_passes_the_model_tester(qtmodeltester, newsroom: Newsroom) -> None:  # type: ignore[no-untyped-def]
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    assert ru.id is not None
    loaded = translation_service_for(newsroom).desk(ru.id)
    model = DeskModel()
    model.set_rows(loaded.rows, loaded.translation.body)
    qtmodeltester.check(model)
    assert model.rowCount() == 10  # no field rows given: the body alone


def test_demo_pair_side_by_side_then_flagged_and_cleared(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    assert ru.id is not None
    loaded = _open(qtbot, desk, ru.id)
    model = desk.model
    assert model.rowCount() == 12 and not model.flagged_rows()  # headline, deck, 10 paragraphs
    assert model.index(3, 0).data().startswith("Under the protocol")
    assert model.index(3, 1).data().startswith("Согласно протоколу")
    # The demo's translator left it up to date; the editor-in-chief then corrects a figure.
    assert "Up to date with revision 1" in desk.status_label.text()
    assert not desk.mark_synced_button.isEnabled()
    _edit_original(newsroom, "at least 1.1 billion", "at least 1.3 billion")

    loaded = _reloaded(qtbot, desk, lambda: desk.load_translation(ru.id or 0))
    assert model.flagged_rows() == [3]
    flagged = model.index(3, TRANSLATION_COLUMN)
    assert flagged.data(FLAG_ROLE) == "changed"
    assert flagged.data(Qt.ItemDataRole.BackgroundRole) == FLAG_COLOURS[ChangeKind.CHANGED]
    assert "1,1 млрд" in flagged.data()  # the translation that has gone stale
    tooltip = flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert "Changed in the original since you translated it" in tooltip
    assert "1.1 billion" in tooltip and "1.3 billion" in tooltip
    assert model.index(2, TRANSLATION_COLUMN).data(FLAG_ROLE) is None
    assert model.headerData(3, Qt.Orientation.Vertical) == "2 Δ"  # visible even when selected
    assert model.headerData(2, Qt.Orientation.Vertical) == "1"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Headline"
    assert "1 changed" in desk.status_label.text()

    desk.next_change_button.click()
    assert desk.table.currentIndex().row() == 3
    detail = desk.detail.toPlainText()
    assert "Changed in the original since you translated it" in detail and "3" in detail
    assert "<s " in desk.detail.toHtml() or "line-through" in desk.detail.toHtml()

    loaded = _reloaded(qtbot, desk, desk.mark_synced_button.click)
    assert loaded.up_to_date and not model.flagged_rows()
    assert "Up to date with revision 2" in desk.status_label.text()
    assert newsroom.articles.get(ru.id).translation_of_revision == 2


def test_translation_edited_on_the_desk_is_saved_with_its_version(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    assert ru.id is not None
    _open(qtbot, desk, ru.id)
    new_text = "Согласно протоколу, Узбекистан пропустит не менее 1,3 млрд кубометров воды."
    with qtbot.wait_signal(desk.translation_saved) as saved, \
            qtbot.assert_not_emitted(desk.desk_loaded):  # the rows stay put while one types
        assert desk.model.setData(desk.model.index(3, TRANSLATION_COLUMN), new_text)
    stored = newsroom.articles.get(ru.id)
    assert saved.args[0].version == stored.version > ru.version
    assert new_text in stored.body and "1,1 млрд" not in stored.body
    assert stored.body.count("\n\n") == ru.body.count("\n\n")  # paragraphs intact
    assert desk.model.index(3, TRANSLATION_COLUMN).data() == new_text
    assert desk.model.index(4, TRANSLATION_COLUMN).data().startswith("«Впервые фермеры")
    assert ru.id in desk.touched_ids

    # The next paragraph is edited at its new offsets, not the ones before the first edit.
    with qtbot.wait_signal(desk.translation_saved):
        desk.model.setData(desk.model.index(4, TRANSLATION_COLUMN), "«Впервые фермеры узнают всё в марте».")
    stored = newsroom.articles.get(ru.id)
    assert new_text in stored.body and "«Впервые фермеры узнают всё в марте»." in stored.body
    assert stored.body.split("\n\n")[3] == "## Почему это важно"

    # Split into two paragraphs, the row holds both and the rows after it keep theirs.
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        desk.model.setData(desk.model.index(10, TRANSLATION_COLUMN),
                           "Первая часть.\n\nВторая часть.")
    assert desk.model.index(10, TRANSLATION_COLUMN).data() == "Первая часть.\n\nВторая часть."
    assert desk.model.index(11, TRANSLATION_COLUMN).data().startswith("Как [сообщает")

    # A save elsewhere makes the desk's version stale: refused, reported, reloaded.
    stored = newsroom.articles.get(ru.id)
    newsroom.articles.save(replace(stored, deck="Обновлено"))
    with qtbot.wait_signal(desk.failed) as failed, \
            qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.model.setData(desk.model.index(4, TRANSLATION_COLUMN), "Другой текст.")
    assert "changed elsewhere" in failed.args[0]
    assert "Другой текст." not in newsroom.articles.get(ru.id).body


def test_translate_starts_a_draft_shown_as_untranslated(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    en = newsroom.articles.get_by_slug(EN_SLUG)
    assert en.id is not None
    _open(qtbot, desk, en.id)  # an original opens on its first translation
    assert desk.translation_combo.count() == 1
    desk.translate_button.click()
    dialog = desk.findChild(QInputDialog, "translateDialog")
    assert dialog is not None and dialog.isVisible()
    assert "ru — Russian" not in dialog.comboBoxItems()  # it already has one
    assert "en — English" not in dialog.comboBoxItems()
    dialog.setTextValue("kk — Kazakh")
    with qtbot.wait_signal(desk.translation_started) as started, \
            qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        dialog.accept()
    draft = started.args[0]
    assert draft.language == "kk" and draft.status is Status.DRAFT
    assert desk.translation_combo.count() == 2
    assert desk.translation_combo.currentData() == draft.id
    model = desk.model
    assert all(model.index(r, TRANSLATION_COLUMN).data(UNTRANSLATED_ROLE)
               for r in range(model.rowCount()))
    assert "Not translated yet" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Up to date" in desk.status_label.text()


def test_an_original_without_translations_offers_translate(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    story = newsroom.articles.get_by_slug("osh-border-market")
    assert story.id is not None
    with qtbot.wait_signal(desk.opened, timeout=10000):
        desk.open_for(story.id)
    assert desk.desk is None and desk.model.rowCount() == 0
    assert "No translation of this story yet" in desk.status_label.text()
    assert desk.translate_button.isEnabled() and not desk.mark_synced_button.isEnabled()
    with qtbot.wait_signal(desk.failed) as failed:
        desk.start_translation("Russian")
    assert "not a language tag" in failed.args[0]
