"""The byline picker: people in order with their roles, and profiles made on the spot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.people import Author, AuthorName
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor

LEFT = Qt.MouseButton.LeftButton


def test_a_name_typed_before_the_profiles_arrive_is_looked_up_and_added(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot
) -> None:
    colleague = newsroom.authors.create(Author(name="Zarina Testova"))  # made after the editor
    picker = editor.byline_picker
    picker.name_edit.setText("zarina testova")
    qtbot.mouseClick(picker.add_button, LEFT)
    qtbot.waitUntil(lambda: bool(picker.entries()))
    assert [entry.author_id for entry in picker.entries()] == [colleague.id]
    assert picker.name_edit.text() == "" and not picker.message_label.isVisible()


def test_roles_and_order_give_the_printed_byline(
    editor: ArticleEditor, qtbot: QtBot, aigerim: Author, nilufar: Author
) -> None:
    picker = editor.byline_picker
    with qtbot.waitSignal(picker.authors_read) as read:
        picker.reload_authors()
    assert read.args == [True]
    qtbot.keyClicks(picker.name_edit, "Aigerim Sarsenbayeva")
    with qtbot.waitSignal(editor.edited):
        qtbot.mouseClick(picker.add_button, LEFT)
    picker.role_combo.setCurrentIndex(picker.role_combo.findData(Role.TRANSLATOR))
    qtbot.keyClicks(picker.name_edit, "nilufar rakhimova")  # case does not matter
    qtbot.mouseClick(picker.add_button, LEFT)
    assert picker.byline_label.text() == (
        "Reported by Aigerim Sarsenbayeva and translated by Nilufar Rakhimova")
    assert editor.current_article().byline == (
        BylineEntry(aigerim.name, Role.REPORTER, aigerim.id, aigerim.slug),
        BylineEntry(nilufar.name, Role.TRANSLATOR, nilufar.id, nilufar.slug),
    )
    picker.move_entry(1, -1)
    assert picker.byline_label.text() == (
        "Translated by Nilufar Rakhimova and reported by Aigerim Sarsenbayeva")
    picker.set_role(0, Role.REPORTER)
    assert picker.byline_label.text() == "By Nilufar Rakhimova and Aigerim Sarsenbayeva"
    picker.table.setCurrentCell(0, 0)
    qtbot.mouseClick(picker.remove_button, LEFT)
    assert picker.byline_label.text() == "By Aigerim Sarsenbayeva"
    assert [p.bio for p in picker.profiles()] == ["Reports from Almaty."]


def test_completion_offers_only_active_profiles(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, aigerim: Author, nilufar: Author
) -> None:
    assert nilufar.id is not None
    newsroom.authors.set_active(nilufar.id, False)
    with qtbot.waitSignal(editor.byline_picker.authors_read):
        editor.byline_picker.reload_authors()
    offered = editor.byline_picker.completer.model().stringList()  # type: ignore[attr-defined]
    assert offered == ["Aigerim Sarsenbayeva"]


def test_an_unknown_name_is_explained_not_added(editor: ArticleEditor, qtbot: QtBot) -> None:
    picker = editor.byline_picker
    qtbot.keyClicks(picker.name_edit, "Nobody Known")
    qtbot.mouseClick(picker.add_button, LEFT)
    # Not among the profiles known here: looked up on the task runner before saying no.
    qtbot.waitUntil(lambda: "New…" in picker.message_label.text())
    assert picker.entries() == ()


def test_a_profile_created_on_the_fly_joins_the_byline(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom
) -> None:
    picker = editor.byline_picker
    qtbot.keyClicks(picker.name_edit, "Daniyar Tokhtarov")
    picker.role_combo.setCurrentIndex(picker.role_combo.findData(Role.PHOTOGRAPHER))
    dialog = picker.open_new_profile_dialog()
    assert dialog.name_edit.text() == "Daniyar Tokhtarov"
    assert dialog.role is Role.PHOTOGRAPHER
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = newsroom.authors.find("Daniyar Tokhtarov")
    assert stored.roles == (Role.PHOTOGRAPHER,)
    assert editor.current_article().byline == (
        BylineEntry("Daniyar Tokhtarov", Role.PHOTOGRAPHER, stored.id, stored.slug),)
    assert picker.byline_label.text() == "Photos by Daniyar Tokhtarov"


def test_the_profile_dialog_explains_a_refused_name(editor: ArticleEditor, qtbot: QtBot) -> None:
    dialog = editor.byline_picker.open_new_profile_dialog()
    dialog.name_edit.setText("   ")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert not ok.isEnabled()  # stored on the task runner: one click, one profile
    qtbot.waitUntil(lambda: "name" in dialog.error_label.text())  # the field it names
    assert dialog.isVisible() and ok.isEnabled()  # the user corrects it here
    dialog.reject()


def test_a_second_profile_of_the_same_name_is_refused_and_nothing_joins_the_byline(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, aigerim: Author
) -> None:
    picker = editor.byline_picker
    created: list[object] = []
    picker.author_created.connect(created.append)
    dialog = picker.open_new_profile_dialog()
    dialog.name_edit.setText(aigerim.name)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # Found in the newsroom on the task runner: the dialog says whose profile it is.
    qtbot.waitUntil(lambda: aigerim.slug in dialog.error_label.text())
    assert dialog.isVisible()
    assert picker.entries() == () and created == []
    assert [a.name for a in newsroom.authors.all()].count(aigerim.name) == 1
    dialog.reject()


def test_a_russian_story_prints_russian_labels(
    editor: ArticleEditor, aigerim: Author, nilufar: Author
) -> None:
    editor.load(Article(headline="Вода", language="ru", byline=(
        BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),
        BylineEntry(nilufar.name, Role.TRANSLATOR, nilufar.id))))
    assert editor.byline_picker.byline_label.text() == (
        "Текст: Aigerim Sarsenbayeva, перевод: Nilufar Rakhimova")


def test_a_name_picked_from_the_completion_list_joins_and_leaves_the_box_empty(
    editor: ArticleEditor, qtbot: QtBot, aigerim: Author
) -> None:
    picker = editor.byline_picker
    with qtbot.waitSignal(picker.authors_read):
        picker.reload_authors()
    picker.name_edit.setFocus()
    qtbot.keyClicks(picker.name_edit, "Aig")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.name_edit.text() == "")
    assert [entry.name for entry in picker.entries()] == ["Aigerim Sarsenbayeva"]
    qtbot.wait(50)
    assert picker.name_edit.text() == ""  # and it stays empty: Enter again adds nothing twice


def test_tab_leaves_the_byline_table_for_the_buttons_beside_it(
    editor: ArticleEditor, qtbot: QtBot, aigerim: Author
) -> None:
    picker = editor.byline_picker
    picker.add_author(aigerim)
    editor.window().activateWindow()
    picker.table.setFocus()
    qtbot.waitUntil(picker.table.hasFocus)
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not picker.table and not picker.table.isAncestorOf(now):
            break
    else:
        raise AssertionError("Tab never left the byline table")


def test_a_row_s_tooltip_names_the_profile_in_its_other_language(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot
) -> None:
    """A Russian story's rows show the Russian names (as its byline line does); the tooltip
    gives the profile's own name, the one typed to add someone, and its other names."""
    picker = editor.byline_picker
    kwan = newsroom.authors.create(Author(name="Sergey Kwan", names=(
        AuthorName("ru", "Сергей Кван", "Пишет об энергетике."),)))
    aida = newsroom.authors.create(Author(name="Аида Бекова", roles=(Role.TRANSLATOR,),
                                          names=(AuthorName("en", "Aida Bekova"),)))
    plain = newsroom.authors.create(Author(name="Nilufar Rakhimova"))
    editor.load(Article(headline="Вода", language="ru", byline=tuple(
        BylineEntry(author.name, Role.REPORTER, author.id) for author in (kwan, aida, plain))))
    # Profiles made since the editor read its lists are read on the task runner, then named.
    def tips() -> list[str]:
        return [picker.table.item(row, 0).toolTip() for row in range(3)]

    def rows() -> list[str]:
        return [picker.table.item(row, 0).text() for row in range(picker.table.rowCount())]

    qtbot.waitUntil(lambda: tips() == ["Profile: Sergey Kwan", "English: Aida Bekova", ""])
    assert rows() == ["Сергей Кван", "Аида Бекова", "Nilufar Rakhimova"]
    # A colleague gives her a Russian name: the profiles read afresh (on a worker, as a
    # catch-up does) update the rows already shown.
    newsroom.authors.update(Author(**{**plain.__dict__, "names": (
        AuthorName("ru", "Нилуфар Рахимова"),)}))
    picker.take_authors(newsroom.authors.all(include_inactive=False))
    assert picker.table.item(2, 0).text() == "Нилуфар Рахимова"
    assert picker.table.item(2, 0).toolTip() == "Profile: Nilufar Rakhimova"
    picker.remove(0)
    picker.add_author(kwan)  # a row added later has it at once
    assert picker.table.item(2, 0).text() == "Сергей Кван"
    assert picker.table.item(2, 0).toolTip() == "Profile: Sergey Kwan"
    # In an English story the rows are the profiles' names, the tooltips the Russian ones.
    picker.set_language("en")
    assert rows() == ["Aida Bekova", "Nilufar Rakhimova", "Sergey Kwan"]
    assert picker.table.item(2, 0).toolTip() == "Russian: Сергей Кван"
    assert picker.table.item(0, 0).toolTip() == "Profile: Аида Бекова"
