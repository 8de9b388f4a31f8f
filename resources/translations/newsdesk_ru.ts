<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>New story: type a headline to keep it</source>
        <translation>Новый материал: введите заголовок, чтобы сохранить его</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Not saved — {0}. Your text is still here: keep it as a new draft (Save Mine as a Copy) or take the newer text (Reload Story).</source>
        <translation>Не сохранено — {0}. Ваш текст на месте: сохраните его как новый черновик («Сохранить мой как копию») или возьмите более новый текст («Перезагрузить материал»).</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation>Не сохранено — {0}</translation>
    </message>
    <message>
        <source>It will be saved by itself when the newsroom is back.</source>
        <translation>Текст сохранится сам, когда редакционная база снова станет доступна.</translation>
    </message>
    <message>
        <source>Nothing more is written to this newsroom.</source>
        <translation>В эту редакционную базу больше ничего не записывается.</translation>
    </message>
    <message>
        <source>Your text is kept on this computer.</source>
        <translation>Ваш текст сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>Not saved — {0}. {1} {2}</source>
        <translation>Не сохранено — {0}. {1} {2}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Newsdesk cannot open the database</source>
        <translation>Newsdesk не может открыть базу данных</translation>
    </message>
    <message>
        <source>Newsdesk could not read the newsroom in {0}: {1}. The file may be damaged, or not a Newsdesk database. The log has the details.</source>
        <translation>Newsdesk не удалось прочитать редакционную базу {0}: {1}. Возможно, файл повреждён или это не база Newsdesk. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Deck: one or two sentences under the headline</source>
        <translation>Подзаголовок: одно-два предложения под заголовком</translation>
    </message>
    <message>
        <source>Write the story in Markdown. Cite a source as [text](source:key).</source>
        <translation>Пишите материал в разметке Markdown. Ссылка на источник: [текст](source:ключ).</translation>
    </message>
    <message>
        <source>target </source>
        <translation>цель </translation>
    </message>
    <message>
        <source> words</source>
        <translation> сл.</translation>
    </message>
    <message>
        <source>Planned length of the story (0: none)</source>
        <translation>Плановый объём материала (0 — без ограничения)</translation>
    </message>
    <message>
        <source>Smart quotes</source>
        <translation>Типографские кавычки</translation>
    </message>
    <message>
        <source>from the headline</source>
        <translation>из заголовка</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>С&amp;лаг:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Дейтлайн</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>Готов к публикации?</translation>
    </message>
    <message>
        <source>The story is too long for the live check; it is checked in full when it moves to ready.</source>
        <translation>Материал слишком велик для проверки на лету; он будет проверен полностью при переводе в статус «Готов».</translation>
    </message>
    <message>
        <source>The readiness check did not run ({0}); it runs again with your next edit, and in full when the story moves to ready.</source>
        <translation>Проверка готовности не выполнилась ({0}); она повторится при следующей правке и полностью — при переводе материала в статус «Готов».</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Показать или скрыть предпросмотр</translation>
    </message>
    <message>
        <source>The preview is hidden: the editor is too narrow to show it readably. Widen the window or close a side panel and it comes back.</source>
        <translation>Предпросмотр скрыт: редактор слишком узок, чтобы его можно было прочесть. Расширьте окно или закройте боковую панель — и он вернётся.</translation>
    </message>
    <message>
        <source>Headline length against the house limit</source>
        <translation>Длина заголовка относительно лимита редакции</translation>
    </message>
    <message>
        <source>too long to save: the limit is %1 characters</source>
        <translation>слишком длинно для сохранения: лимит — %1 зн.</translation>
    </message>
    <message>
        <source>%1 over the house limit</source>
        <translation>на %1 больше лимита редакции</translation>
    </message>
    <message>
        <source>Slug: only lowercase latin letters, digits and hyphens</source>
        <translation>Слаг: только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>Derived from the headline until you edit it</source>
        <translation>Берётся из заголовка, пока вы его не измените</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Дейтлайн</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Not ready to publish</source>
        <translation>Не готов к публикации</translation>
    </message>
    <message>
        <source>Not ready to publish:</source>
        <translation>Не готов к публикации:</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Теги: {0}</translation>
    </message>
    <message>
        <source>Also open by {0}</source>
        <translation>Также открыт у: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search headlines, text, tags, authors…</source>
        <translation>Поиск по заголовкам, тексту, тегам, авторам…</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Поиск материалов</translation>
    </message>
    <message>
        <source>Every word must appear; &quot;an exact phrase&quot; keeps its words together;
Tashkent OR Bishkek finds either; -draft leaves out stories with that word.</source>
        <translation>Должно встретиться каждое слово; «точная фраза» в кавычках ищется целиком;
Ташкент OR Бишкек найдёт любое из двух; -черновик исключит материалы с этим словом.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Фильтр по автору</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Фильтр по языку</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Loading stories…</source>
        <translation>Загрузка материалов…</translation>
    </message>
    <message>
        <source>On the desk</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>The filters&apos; authors, languages and tags could not be updated: {0}</source>
        <translation>Не удалось обновить авторов, языки и теги в фильтрах: {0}</translation>
    </message>
    <message>
        <source>Stories could not be read: {0}. The list shows those read before.</source>
        <translation>Не удалось прочитать материалы: {0}. В списке — те, что были прочитаны раньше.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>The story counts could not be updated: {0}</source>
        <translation>Не удалось обновить число материалов: {0}</translation>
    </message>
    <message>
        <source>{0} stories match</source>
        <translation>Найдено материалов: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleSourcesPanel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Ссылок</translation>
    </message>
    <message>
        <source>Cited in this story ({0})</source>
        <translation>Цитируются в материале ({0})</translation>
    </message>
    <message>
        <source>Attached but never cited ({0})</source>
        <translation>Прикреплены, но не цитируются ({0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{0} citation(s) of</source>
        <translation>Ссылок: {0};</translation>
    </message>
    <message>
        <source>{1} source(s)</source>
        <translation>источников: {1}</translation>
    </message>
    <message>
        <source>⚠ {0} — not in the registry</source>
        <translation>⚠ {0} — нет в реестре</translation>
    </message>
    <message>
        <source>Unknown source id: add it in the Sources dock or fix the id.</source>
        <translation>Неизвестный ключ источника: добавьте источник на панели «Источники» или исправьте ключ.</translation>
    </message>
</context>
<context>
    <name>AttributionPanel</name>
    <message>
        <source>The attribution check failed: {0}</source>
        <translation>Проверка атрибуции не удалась: {0}</translation>
    </message>
    <message>
        <source>✓ Every quote is attributed and every citation resolves.</source>
        <translation>✓ У каждой цитаты есть автор, каждая ссылка на источник действительна.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — click one to see it in the text.</source>
        <translation>{0} — щёлкните по строке, чтобы увидеть место в тексте.</translation>
    </message>
</context>
<context>
    <name>AuthorForm</name>
    <message>
        <source>Full name as it appears in bylines</source>
        <translation>Полное имя, как в подписи к материалам</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>адрес@редакция.рф</translation>
    </message>
    <message>
        <source>en, ru, uz</source>
        <translation>en, ru, uz</translation>
    </message>
    <message>
        <source>One link per line (https://…)</source>
        <translation>По одной ссылке в строке (https://…)</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP up to 20 MB;
stored as a 256 px square.</source>
        <translation>PNG, JPEG или WebP до 20 МБ;
хранится квадратом 256 пикс.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Social &amp;links:</source>
        <translation>&amp;Соцсети:</translation>
    </message>
    <message>
        <source>A short bio in Markdown: *what they cover*, since when…</source>
        <translation>Краткая биография в Markdown: *о чём пишет*, с какого года…</translation>
    </message>
    <message>
        <source>Bio — Markdown on the left, as readers see it on the right</source>
        <translation>Биография — слева Markdown, справа так, как её увидят читатели</translation>
    </message>
    <message>
        <source>In the other language</source>
        <translation>На другом языке</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выбор фотографии</translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message>
        <source> — inactive</source>
        <translation> — неактивен</translation>
    </message>
</context>
<context>
    <name>BylinePicker</name>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Add an author — type a name</source>
        <translation>Добавить автора — введите имя</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add to byline</source>
        <translation>Добавить в подпись</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Create a new author profile</source>
        <translation>Создать новый профиль автора</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove from byline</source>
        <translation>Убрать из подписи</translation>
    </message>
    <message>
        <source>No profile named “%1”: create it with New….</source>
        <translation>Профиля «%1» нет: создайте его кнопкой «Новый…».</translation>
    </message>
    <message>
        <source>The author profiles could not be read: %1</source>
        <translation>Не удалось прочитать профили авторов: %1</translation>
    </message>
    <message>
        <source>%1 is already in the byline.</source>
        <translation>%1 уже есть в подписи.</translation>
    </message>
    <message>
        <source>The profile could not be stored: %1</source>
        <translation>Профиль не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>No author yet</source>
        <translation>Автор пока не указан</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>Colleagues&apos; latest changes could not be read: {0}</source>
        <translation>Не удалось прочитать последние изменения коллег: {0}</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Ctrl+R tries again.</source>
        <translation>Ctrl+R — попробовать снова.</translation>
    </message>
</context>
<context>
    <name>CitationMarks</name>
    <message>
        <source>&lt;b&gt;Unknown source&lt;/b&gt; &lt;code&gt;source:{0}&lt;/code&gt;&lt;br&gt;Not in the source registry: add it in the Sources dock or correct the id.</source>
        <translation>&lt;b&gt;Неизвестный источник&lt;/b&gt; &lt;code&gt;source:{0}&lt;/code&gt;&lt;br&gt;Его нет в реестре источников: добавьте его на панели «Источники» или исправьте ключ.</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Cite a source…</source>
        <translation>Сослаться на источник…</translation>
    </message>
</context>
<context>
    <name>CitationPopup</name>
    <message>
        <source>Cite a source: type a name or id…</source>
        <translation>Ссылка на источник: введите имя или ключ…</translation>
    </message>
    <message>
        <source>Enter cites · Esc closes · selected words become the link text</source>
        <translation>Enter — вставить ссылку · Esc — закрыть · выделенные слова станут текстом ссылки</translation>
    </message>
    <message>
        <source>&lt;i&gt;No source matches: add it in the Sources dock.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Подходящего источника нет: добавьте его на панели «Источники».&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ColleagueCompareDialog</name>
    <message>
        <source>Compare with the Stored Story</source>
        <translation>Сравнить с сохранённым материалом</translation>
    </message>
    <message>
        <source>Reload Story</source>
        <translation>Перезагрузить материал</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <source>Saved by a colleague</source>
        <translation>Сохранено коллегой</translation>
    </message>
    <message>
        <source>Yours, not saved yet</source>
        <translation>Ваш текст, ещё не сохранён</translation>
    </message>
</context>
<context>
    <name>ColleagueFollow</name>
    <message>
        <source>“{0}” was updated by a colleague.</source>
        <translation>Коллега обновил материал «{0}».</translation>
    </message>
    <message>
        <source>A newer version of this story was saved by a colleague.</source>
        <translation>Коллега сохранил более новую версию этого материала.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Reload Story</source>
        <translation>Перезагрузить материал</translation>
    </message>
    <message>
        <source>Cannot read the stored story: {0}</source>
        <translation>Не удалось прочитать сохранённый материал: {0}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cannot undo {0}: {1}</source>
        <translation>Не удалось отменить {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot redo {0}: {1}</source>
        <translation>Не удалось повторить {0}: {1}</translation>
    </message>
    <message>
        <source>Spike “{0}”</source>
        <translation>снятие «{0}»</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <source>A word or phrase to find in the memory</source>
        <translation>Слово или фраза для поиска в памяти</translation>
    </message>
    <message>
        <source>Concordance search</source>
        <translation>Поиск по конкордансу</translation>
    </message>
    <message>
        <source>in originals</source>
        <translation>в оригиналах</translation>
    </message>
    <message>
        <source>in translations</source>
        <translation>в переводах</translation>
    </message>
    <message>
        <source>Concordance results</source>
        <translation>Результаты поиска по конкордансу</translation>
    </message>
    <message>
        <source>Select a word or phrase in either column and press Ctrl+K, or type it above.</source>
        <translation>Выделите слово или фразу в любой колонке и нажмите Ctrl+K или введите их выше.</translation>
    </message>
    <message>
        <source>Searching the memory for “{0}”…</source>
        <translation>Поиск «{0}» в памяти…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with “{0}”</source>
        <translation>
            <numerusform>%n пара с «{0}»</numerusform>
            <numerusform>%n пары с «{0}»</numerusform>
            <numerusform>%n пар с «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>No pair in the memory contains “{0}”.</source>
        <translation>В памяти нет пар с «{0}».</translation>
    </message>
    <message>
        <source>The memory could not be searched: {0}</source>
        <translation>Не удалось выполнить поиск в памяти: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Reload (drop my edits)</source>
        <translation>Перезагрузить (отбросить мои правки)</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>{field}: theirs “{theirs}”, yours “{yours}”</source>
        <translation>{field}: у коллеги «{theirs}», у вас «{yours}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>DamagedNewsroomDialog</name>
    <message>
        <source>The newsroom file is damaged</source>
        <translation>Файл редакционной базы повреждён</translation>
    </message>
    <message>
        <source>The newsroom {database} is damaged or incomplete. Newsdesk writes nothing more to it.</source>
        <translation>Редакционная база {database} повреждена или неполна. Newsdesk больше ничего в неё не записывает.</translation>
    </message>
    <message>
        <source>The newest backup beside it is {backup}. Opening it moves the damaged file aside (it is kept, named …damaged-…) and restarts Newsdesk on a copy of the backup; stories written since that backup are not in it.</source>
        <translation>Самая свежая резервная копия рядом с ней — {backup}. При её открытии повреждённый файл будет отложен в сторону (он сохранится под именем …damaged-…), а Newsdesk перезапустится на копии резервной базы; материалов, написанных после этой копии, в ней нет.</translation>
    </message>
    <message>
        <source>No backup was found beside it. Pick another file with --database, or restore one from your own backups.</source>
        <translation>Резервной копии рядом не найдено. Укажите другой файл параметром --database или восстановите базу из своих резервных копий.</translation>
    </message>
    <message>
        <source>You can also keep reading it (to copy text out), without saving.</source>
        <translation>Можно также продолжить работу только на чтение (чтобы скопировать текст), без сохранения.</translation>
    </message>
    <message>
        <source>Open the Newest Backup</source>
        <translation>Открыть свежую резервную копию</translation>
    </message>
    <message>
        <source>Keep Reading Only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>DatelineWidget</name>
    <message>
        <source>City — start typing: Almaty, Bishkek…</source>
        <translation>Город — начните вводить: Алматы, Бишкек…</translation>
    </message>
    <message>
        <source>Credit, e.g. TCA</source>
        <translation>Агентство, например TCA</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>Cre&amp;dit:</source>
        <translation>&amp;Агентство:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Opens as:</source>
        <translation>Начало материала:</translation>
    </message>
    <message>
        <source>City suggestions are unavailable ({0}); type the city and country in full.</source>
        <translation>Подсказки городов недоступны ({0}); введите город и страну полностью.</translation>
    </message>
    <message>
        <source>Dateline template: %1</source>
        <translation>Шаблон дейтлайна: %1</translation>
    </message>
</context>
<context>
    <name>DeskConflict</name>
    <message>
        <source>&amp;Use Mine</source>
        <translation>&amp;Мой вариант</translation>
    </message>
    <message>
        <source>Save your text over the colleague&apos;s version shown here (Alt+U).</source>
        <translation>Сохранить ваш текст поверх показанной здесь версии коллеги (Alt+М).</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Вариант коллеги</translation>
    </message>
    <message>
        <source>Keep the colleague&apos;s text; yours is copied to the clipboard (Alt+K).</source>
        <translation>Оставить текст коллеги; ваш текст копируется в буфер обмена (Alt+В).</translation>
    </message>
    <message>
        <source>A colleague saved a newer version of this translation, so your text was not saved over it. Choose which to keep:</source>
        <translation>Коллега сохранил более новую версию этого перевода, поэтому ваш текст не записан поверх неё. Выберите, какой оставить:</translation>
    </message>
    <message>
        <source>Colleague&apos;s (stored):</source>
        <translation>Вариант коллеги (сохранён):</translation>
    </message>
    <message>
        <source>Yours (not saved):</source>
        <translation>Ваш вариант (не сохранён):</translation>
    </message>
    <message>
        <source>The colleague&apos;s text is kept; yours is on the clipboard.</source>
        <translation>Оставлен текст коллеги; ваш — в буфере обмена.</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>Changed in the original since you translated it</source>
        <translation>Изменено в оригинале после перевода</translation>
    </message>
    <message>
        <source>Added to the original since you translated it</source>
        <translation>Добавлено в оригинал после перевода</translation>
    </message>
    <message>
        <source>Removed from the original since you translated it</source>
        <translation>Удалено из оригинала после перевода</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Not in the translation yet: double-click to type it.</source>
        <translation>В переводе этого пока нет: дважды щёлкните, чтобы ввести текст.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Not set yet: Ctrl+1 untranslated, Ctrl+2 draft, Ctrl+3 translated, Ctrl+4 reviewed; Ctrl+Enter confirms the row.</source>
        <translation>Пока не задано: Ctrl+1 — не переведено, Ctrl+2 — черновик, Ctrl+3 — переведено, Ctrl+4 — проверено; Ctrl+Enter подтверждает строку.</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Not translated yet: this is still the original&apos;s text.</source>
        <translation>Ещё не переведено: здесь пока текст оригинала.</translation>
    </message>
    <message>
        <source>Nothing in the translation renders this paragraph; type it here.</source>
        <translation>В переводе нет ничего, что передаёт этот абзац; введите перевод здесь.</translation>
    </message>
</context>
<context>
    <name>DeskNotices</name>
    <message>
        <source>Retry Now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Your text cannot be kept on this computer as a safeguard ({0}). Saving to the newsroom goes on; free some disk space.</source>
        <translation>Страховую копию вашего текста не удаётся хранить на этом компьютере ({0}). Сохранение в редакционную базу продолжается; освободите место на диске.</translation>
    </message>
    <message>
        <source>This newsroom is damaged ({0}) and open for reading only: nothing is written to it. What you type is kept on this computer; copy out what you need, then open the newest backup.</source>
        <translation>Эта редакционная база повреждена ({0}) и открыта только для чтения: в неё ничего не записывается. Набранный текст сохраняется на этом компьютере; скопируйте нужное, затем откройте свежую резервную копию.</translation>
    </message>
</context>
<context>
    <name>DeskOriginal</name>
    <message>
        <source>The original “{0}” was deleted while its translation was open. Its last text stays on the left, read only; your translation is saved as a story of its own, and nothing can be flagged or marked up to date any more.</source>
        <translation>Оригинал «{0}» удалён, пока был открыт его перевод. Его последний текст остаётся слева, только для чтения; ваш перевод сохраняется как отдельный материал, и отмечать изменения или помечать его актуальным больше нельзя.</translation>
    </message>
    <message>
        <source>The original “{0}” was spiked. The translation is still saved and checked against it; ask the desk before publishing it.</source>
        <translation>Оригинал «{0}» снят. Перевод по-прежнему сохраняется и сверяется с ним; прежде чем публиковать, уточните у редакции.</translation>
    </message>
</context>
<context>
    <name>DeskQa</name>
    <message>
        <source>Next QA problem</source>
        <translation>Следующее замечание</translation>
    </message>
    <message>
        <source>The next row with a QA problem nobody ignored (F9)</source>
        <translation>Следующая строка с замечанием проверки, которое никто не пропустил (F9)</translation>
    </message>
    <message>
        <source>The QA checks could not run: {0}</source>
        <translation>Проверки не удалось выполнить: {0}</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>Абзац {0}</translation>
    </message>
    <message>
        <source>Not ignored yet: the desk is still storing your last change. Try again once the status line says it is done.</source>
        <translation>Пока не пропущено: стол ещё сохраняет ваше последнее изменение. Попробуйте снова, когда строка состояния скажет, что всё готово.</translation>
    </message>
    <message>
        <source>Storing the reason…</source>
        <translation>Сохраняется причина…</translation>
    </message>
    <message>
        <source>Not ignored: {0}</source>
        <translation>Не пропущено: {0}</translation>
    </message>
    <message>
        <source>Ignored: {0}</source>
        <translation>Пропущено: {0}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Сохранить мой как копию</translation>
    </message>
    <message>
        <source>Reload Story</source>
        <translation>Перезагрузить материал</translation>
    </message>
    <message>
        <source>Stayed on this story so nothing is lost: {0}</source>
        <translation>Остаёмся в этом материале, чтобы ничего не пропало: {0}</translation>
    </message>
    <message>
        <source>The story could not be opened: {0}</source>
        <translation>Материал не открылся: {0}</translation>
    </message>
    <message>
        <source>The stored story could not be read: {0}</source>
        <translation>Сохранённый материал не прочитан: {0}</translation>
    </message>
    <message>
        <source>Reloaded the stored story.</source>
        <translation>Сохранённый материал загружен заново.</translation>
    </message>
    <message>
        <source>The copy was not saved either: {0}</source>
        <translation>Копию тоже не удалось сохранить: {0}</translation>
    </message>
    <message>
        <source>Your text is saved as a new draft, “{0}”; the original keeps the version saved elsewhere.</source>
        <translation>Ваш текст сохранён как новый черновик «{0}»; в оригинале осталась версия, сохранённая в другом месте.</translation>
    </message>
    <message>
        <source>Type a headline first: a new story is kept once it has one.</source>
        <translation>Сначала введите заголовок: новый материал сохраняется, как только он у него появится.</translation>
    </message>
    <message>
        <source>Saved; no change since revision {0}, so no new one.</source>
        <translation>Сохранено; с редакции {0} ничего не изменилось, поэтому новая не создана.</translation>
    </message>
    <message>
        <source>Saved as a revision</source>
        <translation>Сохранено как редакция</translation>
    </message>
    <message>
        <source>Revision not recorded: {0}</source>
        <translation>Редакция не записана: {0}</translation>
    </message>
    <message>
        <source>Saved; revision {0} recorded ({1}).</source>
        <translation>Сохранено; записана редакция {0} ({1}).</translation>
    </message>
    <message>
        <source>Type a headline first to keep the story.</source>
        <translation>Сначала введите заголовок, чтобы сохранить материал.</translation>
    </message>
    <message numerus="yes">
        <source>Not moved to {0}: %n thing(s) to fix first — click one under “Ready to publish?” to jump to it.</source>
        <translation>
            <numerusform>Статус «{0}» не присвоен: сначала нужно исправить %n замечание — щёлкните по нему в блоке «Готов к публикации?», чтобы перейти.</numerusform>
            <numerusform>Статус «{0}» не присвоен: сначала нужно исправить %n замечания — щёлкните по любому в блоке «Готов к публикации?», чтобы перейти.</numerusform>
            <numerusform>Статус «{0}» не присвоен: сначала нужно исправить %n замечаний — щёлкните по любому в блоке «Готов к публикации?», чтобы перейти.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: {0}</source>
        <translation>Статус не изменён: {0}</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <translation>Статус изменён: «{0}».</translation>
    </message>
    <message>
        <source>Not duplicated: {0}</source>
        <translation>Дубликат не создан: {0}</translation>
    </message>
    <message>
        <source>Duplicate “{0}”</source>
        <translation>дублирование «{0}»</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <source>Reading the stored story…</source>
        <translation>Читается сохранённый материал…</translation>
    </message>
    <message>
        <source>Saving your text as a copy…</source>
        <translation>Ваш текст сохраняется как копия…</translation>
    </message>
    <message>
        <source>Recording a revision…</source>
        <translation>Записывается редакция…</translation>
    </message>
    <message>
        <source>Moving the story…</source>
        <translation>Статус материала меняется…</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Создаётся дубликат…</translation>
    </message>
    <message>
        <source>Spiking…</source>
        <translation>Материал снимается…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Отменяется…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Повторяется…</translation>
    </message>
    <message>
        <source>Not now: {0} Try again in a moment.</source>
        <translation>Не сейчас: {0} Попробуйте через мгновение.</translation>
    </message>
    <message>
        <source>Spike {0} stories</source>
        <translation>снятие материалов ({0})</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>снятие материала</translation>
    </message>
    <message>
        <source>Not spiked: {0}</source>
        <translation>Не снят: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Отменено: {0}.</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Повторено: {0}.</translation>
    </message>
</context>
<context>
    <name>DeskTools</name>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <source>Search the memory for the selection</source>
        <translation>Найти выделенное в памяти</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Insert glossary rendering {0}</source>
        <translation>Вставить перевод термина {0}</translation>
    </message>
    <message>
        <source>Find in the original</source>
        <translation>Найти в оригинале</translation>
    </message>
    <message>
        <source>The original then and now</source>
        <translation>Оригинал тогда и сейчас</translation>
    </message>
    <message>
        <source>Then / now…</source>
        <translation>Тогда / сейчас…</translation>
    </message>
    <message>
        <source>The original as it was when the row was translated, beside the original now (Ctrl+Shift+H)</source>
        <translation>Оригинал, каким он был при переводе строки, рядом с оригиналом сейчас (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>The original&apos;s history could not be read: {0}</source>
        <translation>Не удалось прочитать историю оригинала: {0}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>S&amp;mart quotes</source>
        <translation>&amp;Типографские кавычки</translation>
    </message>
</context>
<context>
    <name>EditorReferences</name>
    <message>
        <source>Author and tag suggestions could not be read ({0}); opening a story tries again.</source>
        <translation>Не удалось прочитать подсказки авторов и тегов ({0}); при открытии материала попытка повторится.</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>Spelling is off: the dictionaries could not be loaded ({0}). Reopen the story to try again.</source>
        <translation>Проверка орфографии отключена: не удалось загрузить словари ({0}). Откройте материал заново, чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <source>The words ignored in this story could not be read ({0}): they are underlined until you open it again.</source>
        <translation>Не удалось прочитать слова, пропускаемые в этом материале ({0}): они подчёркнуты, пока вы не откроете материал заново.</translation>
    </message>
    <message>
        <source>The ignored word is not kept with the story: {0}</source>
        <translation>Пропущенное слово не сохранено вместе с материалом: {0}</translation>
    </message>
    <message>
        <source>Added “{0}” to the house dictionary.</source>
        <translation>Слово «{0}» добавлено в словарь редакции.</translation>
    </message>
    <message>
        <source>Words colleagues added to the house dictionary could not be read ({0}); they are looked for again as you work.</source>
        <translation>Слова, которые коллеги добавили в словарь редакции, не удалось прочитать ({0}); они будут запрошены снова по ходу работы.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>длина {length} знаков, а предел — {limit}</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be stored</source>
        <translation>содержит символ NUL, который нельзя сохранить</translation>
    </message>
    <message>
        <source>is empty: every story needs a headline</source>
        <translation>пусто, а у каждого материала должен быть заголовок</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; may hold only lowercase latin letters, digits and hyphens</source>
        <translation>«{slug}»: допустимы только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language tag like en, ru or en-GB</source>
        <translation>«{language}» — не код языка вроде en, ru или en-GB</translation>
    </message>
    <message>
        <source>&apos;{tag}…&apos; is longer than 100 characters</source>
        <translation>«{tag}…» длиннее 100 знаков</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; holds a comma, which separates tags; make it two tags or drop the comma</source>
        <translation>в «{tag}» есть запятая, а она разделяет теги: сделайте из него два тега или уберите запятую</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed elsewhere; reopen it first</source>
        <translation>«{headline}» изменили в другом месте; сначала откройте материал заново</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed elsewhere (version {theirs}, yours {yours}); reopen it to see the newer text</source>
        <translation>«{headline}» изменили в другом месте (версия {theirs}, ваша — {yours}); откройте материал заново, чтобы увидеть новый текст</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was saved elsewhere at the same time; reopen it to see the newer text</source>
        <translation>«{headline}» одновременно сохранили в другом месте; откройте материал заново, чтобы увидеть новый текст</translation>
    </message>
    <message>
        <source>the newsroom {where} is busy: another program is writing to it ({reason})</source>
        <translation>редакция {where} занята: в неё пишет другая программа ({reason})</translation>
    </message>
    <message>
        <source>the newsroom {where} can be read but not written ({reason})</source>
        <translation>редакцию {where} можно читать, но нельзя в неё записывать ({reason})</translation>
    </message>
    <message>
        <source>the newsroom {where} is damaged ({reason})</source>
        <translation>редакция {where} повреждена ({reason})</translation>
    </message>
    <message>
        <source>there is no room left to write to the newsroom {where} ({reason})</source>
        <translation>для записи в редакцию {where} не осталось места ({reason})</translation>
    </message>
    <message>
        <source>the newsroom file {where} cannot be reached ({reason})</source>
        <translation>файл редакции {where} недоступен ({reason})</translation>
    </message>
    <message>
        <source>the database server of {where} cannot be reached ({reason})</source>
        <translation>сервер базы данных {where} недоступен ({reason})</translation>
    </message>
    <message>
        <source>{situation}; nothing was written and your text is kept: try again when it has finished</source>
        <translation>{situation}; ничего не записано, ваш текст сохранён: попробуйте снова, когда она закончит</translation>
    </message>
    <message>
        <source>{situation}; ask whoever manages it, or pick another file</source>
        <translation>{situation}; обратитесь к тому, кто её обслуживает, или выберите другой файл</translation>
    </message>
    <message>
        <source>{situation}: restore the newest backup (a {stem}.backup-… file beside it) or pick another file; nothing was written to it</source>
        <translation>{situation}: восстановите последнюю резервную копию (файл {stem}.backup-… рядом с ней) или выберите другой файл; в неё ничего не записано</translation>
    </message>
    <message>
        <source>{situation}; nothing was written and your text is kept: free some disk space, then try again</source>
        <translation>{situation}; ничего не записано, ваш текст сохранён: освободите место на диске и попробуйте снова</translation>
    </message>
    <message>
        <source>{situation}; your text is kept: check that its disk or network share is still there, then try again</source>
        <translation>{situation}; ваш текст сохранён: проверьте, на месте ли диск или сетевая папка, и попробуйте снова</translation>
    </message>
    <message>
        <source>{situation}; your text is kept: check the network or ask whoever runs the server, then try again</source>
        <translation>{situation}; ваш текст сохранён: проверьте сеть или обратитесь к администратору сервера и попробуйте снова</translation>
    </message>
    <message>
        <source>the database {where} could not do what was asked ({reason}); try again, and if it keeps failing, tell whoever manages the newsroom</source>
        <translation>база данных {where} не смогла выполнить запрос ({reason}); попробуйте снова, а если ошибка повторится, сообщите тому, кто обслуживает редакцию</translation>
    </message>
    <message>
        <source>someone else saved the same record in {where} at the same time; reload it to see their change, then try again</source>
        <translation>кто-то другой одновременно сохранил ту же запись в {where}; загрузите её заново, чтобы увидеть изменение, и попробуйте снова</translation>
    </message>
    <message>
        <source>someone else changed the same records in {where} at the same time ({reason}); reload, then try again</source>
        <translation>кто-то другой одновременно изменил те же записи в {where} ({reason}); загрузите заново и попробуйте снова</translation>
    </message>
    <message>
        <source>{database} on {server}</source>
        <translation>{database} на {server}</translation>
    </message>
    <message>
        <source>the newsroom database</source>
        <translation>«база данных редакции»</translation>
    </message>
    <message>
        <source>cannot listen for colleagues&apos; changes: {reason}</source>
        <translation>не удаётся следить за изменениями коллег: {reason}</translation>
    </message>
    <message>
        <source>lost the connection for colleagues&apos; changes: {reason}</source>
        <translation>потеряно соединение, по которому приходят изменения коллег: {reason}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL; use e.g. sqlite:///path/newsroom.db or postgresql://user@host/dbname</source>
        <translation>«{url}» — не адрес базы данных; пример: sqlite:///path/newsroom.db или postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>unsupported database URL {url}: {reason}</source>
        <translation>неподдерживаемый адрес базы данных {url}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a SQLite database ({reason}); pick another file with --database</source>
        <translation>{file} — не база данных SQLite ({reason}); выберите другой файл через --database</translation>
    </message>
    <message>
        <source>cannot open the database {where}: {reason}</source>
        <translation>не удаётся открыть базу данных {where}: {reason}</translation>
    </message>
    <message>
        <source>this database was last opened by a newer Newsdesk (schema {stored}); this release knows schemas up to {head}. Update Newsdesk to open it.</source>
        <translation>эту базу данных в последний раз открывала более новая версия Newsdesk (схема {stored}); эта версия знает схемы до {head}. Обновите Newsdesk, чтобы открыть её.</translation>
    </message>
    <message>
        <source>there is no newsroom at {path}; check the path, or start one with &apos;newsdesk demo&apos; or &apos;newsdesk import&apos;</source>
        <translation>по адресу {path} нет редакции; проверьте путь или создайте её командой «newsdesk demo» или «newsdesk import»</translation>
    </message>
    <message>
        <source>only a newsroom file can be replaced by its backup</source>
        <translation>резервной копией можно заменить только файл редакции</translation>
    </message>
    <message>
        <source>the newsroom {where} is damaged ({reason}). Nothing more is written to it. {advice}</source>
        <translation>редакция {where} повреждена ({reason}). В неё больше ничего не записывается. {advice}</translation>
    </message>
    <message>
        <source>Open the newest backup, {backup}, instead (Newsdesk offers it when the window opens; or quit and copy it over {file}).</source>
        <translation>Откройте вместо неё последнюю резервную копию, {backup} (Newsdesk предложит её при открытии окна; или выйдите и скопируйте её поверх {file}).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файла</translation>
    </message>
    <message>
        <source>No backup was found beside it: pick another file, or restore it from your own backups.</source>
        <translation>Рядом не нашлось резервной копии: выберите другой файл или восстановите его из своих резервных копий.</translation>
    </message>
    <message>
        <source>the newsroom file {path} is empty (0 bytes): it was cut short (a full disk, an interrupted copy). Nothing is written to it. {advice}</source>
        <translation>файл редакции {path} пуст (0 байт): он оборвался (полный диск, прерванное копирование). В него ничего не записывается. {advice}</translation>
    </message>
    <message>
        <source>Open the newest backup, {backup}, instead.</source>
        <translation>Откройте вместо него последнюю резервную копию, {backup}.</translation>
    </message>
    <message>
        <source>If you meant to start a new newsroom there, delete the empty file first; otherwise restore it from your own backups.</source>
        <translation>Если вы хотели создать там новую редакцию, сначала удалите пустой файл; иначе восстановите его из своих резервных копий.</translation>
    </message>
    <message>
        <source>front matter opened with &apos;---&apos; on line 1 is never closed</source>
        <translation>шапка, открытая строкой «---» в строке 1, нигде не закрыта</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>должно быть текстом, а не {kind}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>contains a NUL byte; the file is probably not text</source>
        <translation>содержит байт NUL; вероятно, это не текстовый файл</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x{byte}); save the file as UTF-8</source>
        <translation>недопустимый UTF-8 (байт 0x{byte}); сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>«{value}» — не дата; пишите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date or time</source>
        <translation>«{value}» — не дата и не время</translation>
    </message>
    <message>
        <source>front matter must be a mapping of &apos;key: value&apos; lines</source>
        <translation>шапка должна состоять из строк вида «ключ: значение»</translation>
    </message>
    <message>
        <source>malformed front matter: {problem}</source>
        <translation>ошибка в шапке: {problem}</translation>
    </message>
    <message>
        <source>is missing: every story needs a headline</source>
        <translation>отсутствует, а у каждого материала должен быть заголовок</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is not a valid slug: lowercase latin letters, digits and hyphens</source>
        <translation>«{slug}» — недопустимый слаг: только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a BCP 47 language tag like en, ru or en-GB</source>
        <translation>«{language}» — не код языка BCP 47 вроде en, ru или en-GB</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>lists or quotes nested {depth} levels deep; the limit is {limit}: flatten the list or quote on this line</source>
        <translation>списки или цитаты вложены на {depth} уровней, а предел — {limit}: упростите список или цитату в этой строке</translation>
    </message>
    <message>
        <source>names the story itself (&apos;{slug}&apos;); a translation names the slug of its original</source>
        <translation>указывает на сам материал («{slug}»); перевод указывает слаг своего оригинала</translation>
    </message>
    <message>
        <source>appears twice (first on line {line}); keep one of them</source>
        <translation>встречается дважды (впервые в строке {line}); оставьте одно</translation>
    </message>
    <message>
        <source>unknown role &apos;{value}&apos;; use one of {choices}</source>
        <translation>неизвестная роль «{value}»; используйте одну из: {choices}</translation>
    </message>
    <message>
        <source>each author is a name or a mapping with &apos;name&apos;</source>
        <translation>каждый автор — это имя или словарь с ключом «name»</translation>
    </message>
    <message>
        <source>must be a mapping with id, name and kind</source>
        <translation>должно быть словарём с ключами id, name и kind</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a valid source id: use lowercase latin letters, digits, - and _</source>
        <translation>«{key}» — недопустимый id источника: используйте строчные латинские буквы, цифры, - и _</translation>
    </message>
    <message>
        <source>source id &apos;{key}&apos; is defined twice</source>
        <translation>id источника «{key}» задан дважды</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;; use one of {choices}</source>
        <translation>неизвестный вид «{kind}»; используйте один из: {choices}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>is {size} MB; a story file may be at most {limit} MB (is it really a story?)</source>
        <translation>размер {size} МБ, а файл материала может быть не больше {limit} МБ (это точно материал?)</translation>
    </message>
    <message>
        <source>slug &apos;{slug}&apos; is taken by another story, &apos;{headline}&apos;; give this file its own slug: in the front matter (slug: {free}, say); only if it is a new version of that story, import it with --update</source>
        <translation>слаг «{slug}» уже занят другим материалом, «{headline}»; дайте этому файлу свой слаг в шапке (например, slug: {free}); только если это новая версия того материала, импортируйте его с --update</translation>
    </message>
    <message>
        <source>a story with slug &apos;{slug}&apos; already exists; if this file is a new version of that story, import it with update (newsdesk import --update; the current text is kept as a revision); otherwise give it its own slug: in the front matter</source>
        <translation>материал со слагом «{slug}» уже есть; если этот файл — его новая версия, импортируйте его с обновлением (newsdesk import --update; нынешний текст сохранится как редакция); иначе дайте файлу свой слаг в шапке</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a house setting; the keys are: {keys}</source>
        <translation>«{name}» — не настройка редакции; есть такие ключи: {keys}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a query, fragment or login in it; give only the site&apos;s address</source>
        <translation>в «{text}» есть запрос, фрагмент или логин; укажите только адрес сайта</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a space in it; {advice}</source>
        <translation>в «{text}» есть пробел; {advice}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a placeholder address that reaches no site; give the outlet&apos;s own address, or leave it empty and exports link only to their own files</source>
        <translation>«{text}» — адрес-заглушка, он не ведёт ни на какой сайт; укажите адрес своего издания или оставьте поле пустым, и экспорт будет ссылаться только на свои файлы</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a dateline style; choose one of: {styles}</source>
        <translation>«{text}» — не стиль дейтлайна; выберите один из: {styles}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language tag Newsdesk knows; use one like en, ru or en-GB</source>
        <translation>«{text}» — код языка, которого Newsdesk не знает; укажите код вроде en, ru или en-GB</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web address; {advice}</source>
        <translation>«{text}» — не веб-адрес; {advice}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an http or https address; {advice}</source>
        <translation>«{text}» — не адрес http или https; {advice}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>«{text}» — не «да» и не «нет» (yes или no)</translation>
    </message>
    <message>
        <source>The custom dateline template is empty; for example: {example}</source>
        <translation>Свой шаблон дейтлайна пуст; например: {example}</translation>
    </message>
    <message>
        <source>The dateline field {field} has a format suffix; write it as {field}.</source>
        <translation>У поля дейтлайна {field} есть суффикс формата; пишите просто {field}.</translation>
    </message>
    <message>
        <source>The dateline template has an empty field {empty}; name it, e.g. {example}.</source>
        <translation>В шаблоне дейтлайна пустое поле {empty}; назовите его, например {example}.</translation>
    </message>
    <message>
        <source>The dateline template makes the first paragraph Markdown of its own: for {dateline} it gives {text}, which opens a list, heading, quote or table instead of the story&apos;s first sentence. Start the template with the city or a word, e.g. {example}.</source>
        <translation>Шаблон дейтлайна превращает первый абзац в разметку Markdown: для {dateline} он даёт {text}, и вместо первой фразы материала начинается список, заголовок, цитата или таблица. Начните шаблон с города или слова, например {example}.</translation>
    </message>
    <message>
        <source>The dateline template {template} has unbalanced braces ({problem}); write fields as {field} and a literal brace as {brace}.</source>
        <translation>В шаблоне дейтлайна {template} непарные фигурные скобки ({problem}); пишите поля как {field}, а саму скобку — как {brace}.</translation>
    </message>
    <message>
        <source>Unknown field {field} in the dateline template; known fields: {known}.</source>
        <translation>Неизвестное поле {field} в шаблоне дейтлайна; известные поля: {known}.</translation>
    </message>
    <message>
        <source>Unknown time zone {zone} in the dateline&apos;s time zone field; use an IANA name such as Asia/Almaty.</source>
        <translation>Неизвестный часовой пояс {zone} в поле часового пояса дейтлайна; укажите имя IANA, например Asia/Almaty.</translation>
    </message>
    <message>
        <source>a dateline of {city}, {day}</source>
        <translation>дейтлайна {city}, {day}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>должно быть целым числом, а не {value}</translation>
    </message>
    <message>
        <source>must be between 0 (no target) and {high} words, not {value}</source>
        <translation>должно быть от 0 (без цели) до {high} слов, а не {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} characters, not {value}</source>
        <translation>должно быть от {low} до {high} знаков, а не {value}</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>должно быть одной строкой без управляющих символов</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>должно быть текстом, а не {value}</translation>
    </message>
    <message>
        <source>must be yes or no, not {value}</source>
        <translation>должно быть «да» или «нет», а не {value}</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>без города</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>write the outlet&apos;s address like https://your-outlet.kg, or leave it empty</source>
        <translation>укажите адрес издания вроде https://your-outlet.kg или оставьте поле пустым</translation>
    </message>
    <message>
        <source>is empty: a profile needs a name</source>
        <translation>пусто, а у профиля должно быть имя</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>содержит символ NUL</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>«{email}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; photos are not accepted; use PNG, JPEG or WebP</source>
        <translation>фотографии в формате «{kind}» не принимаются; используйте PNG, JPEG или WebP</translation>
    </message>
    <message>
        <source>is {size} MB after scaling; the limit is 2 MB</source>
        <translation>после уменьшения весит {size} МБ, а предел — 2 МБ</translation>
    </message>
    <message>
        <source>pick at least one role</source>
        <translation>выберите хотя бы одну роль</translation>
    </message>
    <message>
        <source>author #{id} does not exist</source>
        <translation>профиля автора №{id} не существует</translation>
    </message>
    <message>
        <source>no author named &apos;{name}&apos;</source>
        <translation>автора с именем «{name}» нет</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is another author&apos;s</source>
        <translation>«{slug}» уже принадлежит другому автору</translation>
    </message>
    <message>
        <source>{name} is in the byline of 1 story; merge the profile into another or deactivate it instead</source>
        <translation>профиль {name} стоит в подписи 1 материала; вместо удаления объедините его с другим профилем или деактивируйте</translation>
    </message>
    <message>
        <source>{name} is in the byline of {count} stories; merge the profile into another or deactivate it instead</source>
        <translation>профиль {name} стоит в подписи материалов: {count}; вместо удаления объедините его с другим профилем или деактивируйте</translation>
    </message>
    <message>
        <source>cannot merge a profile into itself</source>
        <translation>нельзя объединить профиль с самим собой</translation>
    </message>
    <message>
        <source>one of the profiles to merge no longer exists</source>
        <translation>одного из объединяемых профилей больше нет</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was changed elsewhere (version {stored}, yours {yours}); reload it to see the newer text</source>
        <translation>«{name}» изменили в другом месте (версия {stored}, ваша — {yours}); загрузите запись заново, чтобы увидеть новый текст</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved elsewhere at the same time; reload it to see the newer text</source>
        <translation>«{name}» одновременно сохранили в другом месте; загрузите запись заново, чтобы увидеть новый текст</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already has a profile ({slug}); open that one, or tell the two people apart, e.g. with a middle initial</source>
        <translation>«{name}» уже есть среди профилей ({slug}); откройте этот профиль или различите двух людей, например добавив инициал</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a valid id: lowercase latin letters, digits, - and _, no spaces</source>
        <translation>«{key}» — недопустимый ключ: только строчные латинские буквы, цифры, - и _, без пробелов</translation>
    </message>
    <message>
        <source>is empty: a source needs a name</source>
        <translation>пусто, а у источника должно быть имя</translation>
    </message>
    <message>
        <source>an anonymous source needs the reason anonymity was granted</source>
        <translation>для анонимного источника нужна причина, по которой ему обещана анонимность</translation>
    </message>
    <message>
        <source>is empty: an anonymous source must carry the reason anonymity was granted</source>
        <translation>пусто, а у анонимного источника должна быть указана причина, по которой ему обещана анонимность</translation>
    </message>
    <message>
        <source>no source with id &apos;{key}&apos;</source>
        <translation>источника с ключом «{key}» нет</translation>
    </message>
    <message>
        <source>the id &apos;{key}&apos; is already in the registry</source>
        <translation>ключ «{key}» уже есть в реестре</translation>
    </message>
    <message>
        <source>source #{id} does not exist</source>
        <translation>источника №{id} не существует</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is cited in 1 story; it cannot be deleted</source>
        <translation>«{name}» цитируется в 1 материале, поэтому удалить его нельзя</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is cited in {count} stories; it cannot be deleted</source>
        <translation>«{name}» цитируется в материалах ({count}), поэтому удалить его нельзя</translation>
    </message>
    <message>
        <source>is empty: give the source a short id such as &apos;kazinform&apos;</source>
        <translation>пусто: дайте источнику короткий ключ, например «kazinform»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; contains a space; use &apos;-&apos; instead, e.g. &apos;{suggestion}&apos;</source>
        <translation>в «{key}» есть пробел; используйте вместо него «-», например «{suggestion}»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; contains Cyrillic letters; ids use latin letters only, e.g. &apos;{suggestion}&apos;</source>
        <translation>«{key}» содержит кириллицу; ключи пишутся только латиницей, например «{suggestion}»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has capital letters; ids are lowercase, e.g. &apos;{suggestion}&apos;</source>
        <translation>в «{key}» есть заглавные буквы; ключи пишутся строчными, например «{suggestion}»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; may hold only lowercase latin letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit</source>
        <translation>«{key}»: допустимы только строчные латинские буквы, цифры, «-» и «_», и начинаться ключ должен с буквы или цифры</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is already in the registry; choose another id</source>
        <translation>«{key}» уже есть в реестре; выберите другой ключ</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a language code; use a two- or three-letter one like en or ru</source>
        <translation>«{tag}» — не код языка; укажите двух- или трёхбуквенный код вроде en или ru</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is given twice</source>
        <translation>«{language}» указан дважды</translation>
    </message>
    <message>
        <source>{what} already has the {language} {label} &apos;{stored}&apos;, and this file gives &apos;{given}&apos;; write the registry&apos;s {label} in the file, or change the registry first</source>
        <translation>{what}: {label} ({language}) в реестре — «{stored}», а в файле — «{given}»; впишите в файл то же, что в реестре (поле «{label}»), или сначала измените реестр</translation>
    </message>
    <message>
        <source>source &apos;{key}&apos;</source>
        <translation>источник «{key}»</translation>
    </message>
    <message>
        <source>the profile &apos;{name}&apos;</source>
        <translation>профиль «{name}»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>биография</translation>
    </message>
    <message>
        <source>title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>must be a mapping like {{ru: {{name: …, {second}: …}}}}</source>
        <translation>должно быть словарём вида {{ru: {{name: …, {second}: …}}}}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a language code; use one like en or ru</source>
        <translation>«{tag}» — не код языка; укажите код вроде en или ru</translation>
    </message>
    <message>
        <source>language &apos;{language}&apos; is given twice</source>
        <translation>язык «{language}» указан дважды</translation>
    </message>
    <message>
        <source>unknown keys {keys}; use name and {second}</source>
        <translation>неизвестные ключи {keys}; используйте name и {second}</translation>
    </message>
    <message>
        <source>no story with slug &apos;{slug}&apos;</source>
        <translation>нет материала со слагом «{slug}»</translation>
    </message>
    <message>
        <source>story #{id} does not exist (was it deleted?)</source>
        <translation>материала №{id} нет (его удалили?)</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is used by another story</source>
        <translation>слаг «{slug}» занят другим материалом</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed since (version {theirs}, expected {yours})</source>
        <translation>«{headline}» с тех пор изменили (версия {theirs}, ожидалась {yours})</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed since (version {theirs}, expected {yours}); spike it instead if it should go</source>
        <translation>«{headline}» с тех пор изменили (версия {theirs}, ожидалась {yours}); если материал не нужен, снимите его</translation>
    </message>
    <message>
        <source>no story with slug &apos;{slug}&apos; to be a translation of</source>
        <translation>нет материала со слагом «{slug}», переводом которого мог бы быть этот</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; cannot be this story&apos;s original: that would make a loop of translations ({loop}); name the story it was translated from</source>
        <translation>«{slug}» не может быть оригиналом этого материала: получился бы круг переводов ({loop}); укажите материал, с которого его перевели</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no author profile</source>
        <translation>у «{name}» нет профиля автора</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no author profile (story &apos;{slug}&apos;)</source>
        <translation>у «{name}» нет профиля автора (материал «{slug}»)</translation>
    </message>
    <message>
        <source>author #{id} no longer exists</source>
        <translation>автора №{id} больше нет</translation>
    </message>
    <message>
        <source>cites source &apos;{key}&apos;, which is neither in &apos;sources&apos; nor in the registry</source>
        <translation>ссылается на источник «{key}», которого нет ни в «sources», ни в реестре</translation>
    </message>
    <message>
        <source>is {kind}, not a story file; import Markdown files only</source>
        <translation>это {kind}, а не файл материала; импортируйте только файлы Markdown</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a revision: give its number (as listed) or &apos;{current}&apos;</source>
        <translation>«{text}» — не версия: укажите её номер (как в списке) или «{current}»</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; has no revision {which} ({known})</source>
        <translation>у «{slug}» нет версии {which} ({known})</translation>
    </message>
    <message>
        <source>it has revisions 1 to {latest}</source>
        <translation>есть версии с 1 по {latest}</translation>
    </message>
    <message>
        <source>it has no revisions yet</source>
        <translation>версий пока нет</translation>
    </message>
    <message>
        <source>{revision} holds {kind} instead of text</source>
        <translation>{revision}: вместо текста там {kind}</translation>
    </message>
    <message>
        <source>{revision} has a malformed dateline</source>
        <translation>{revision}: дейтлайн записан с ошибкой</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>версия {number}</translation>
    </message>
    <message>
        <source>the revision</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed elsewhere (version {theirs}, yours {yours}); reopen it to see the newer text before restoring</source>
        <translation>«{headline}» изменили в другом месте (версия {theirs}, ваша — {yours}); откройте материал заново и посмотрите новый текст, прежде чем восстанавливать</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was saved elsewhere at the same time; reopen it to see the newer text before restoring</source>
        <translation>«{headline}» одновременно сохранили в другом месте; откройте материал заново и посмотрите новый текст, прежде чем восстанавливать</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; is already in &apos;{language}&apos;; pick another language</source>
        <translation>«{headline}» уже на языке «{language}»; выберите другой язык</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; already has a &apos;{language}&apos; translation: &apos;{slug}&apos;</source>
        <translation>у «{headline}» уже есть перевод на «{language}»: «{slug}»</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was changed elsewhere (version {theirs}, yours {yours}); reopen the desk to see the newer text</source>
        <translation>«{headline}» изменили в другом месте (версия {theirs}, ваша — {yours}); откройте стол переводчика заново, чтобы увидеть новый текст</translation>
    </message>
    <message>
        <source>the original of &apos;{headline}&apos; is no longer in the newsroom (it was deleted); the translation is kept as a story of its own</source>
        <translation>оригинала «{headline}» больше нет в редакции (его удалили); перевод сохранён как самостоятельный материал</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; is not a translation: it has no original to compare with</source>
        <translation>«{headline}» — не перевод: у него нет оригинала для сравнения</translation>
    </message>
    <message>
        <source>&apos;{headline}&apos; was saved elsewhere meanwhile (version {theirs}, the desk has {yours}); the desk shows the newer text again, then confirm the rows once more</source>
        <translation>«{headline}» тем временем сохранили в другом месте (версия {theirs}, на столе — {yours}); стол снова показывает новый текст, подтвердите строки ещё раз</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a row of the desk</source>
        <translation>«{key}» — не строка стола переводчика</translation>
    </message>
    <message>
        <source>a row of &apos;{headline}&apos; was changed{by} at the same time (now {state}); nothing of this step was stored: look at the row again, then confirm it</source>
        <translation>строку «{headline}» одновременно изменили{by} (теперь: {state}); ничего из этого шага не сохранено: посмотрите на строку ещё раз и подтвердите её</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> ({who})</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>не переведена</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>переведена</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>сброшена</translation>
    </message>
    <message>
        <source>say why this problem may be ignored</source>
        <translation>напишите, почему эту проблему можно пропустить</translation>
    </message>
    <message>
        <source>the token is longer than {limit} characters; fix the row instead</source>
        <translation>фрагмент длиннее {limit} знаков; лучше исправьте строку</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a known language code; use one like en, ru or en-US</source>
        <translation>«{tag}» — неизвестный код языка; используйте код вроде en, ru или en-US</translation>
    </message>
    <message>
        <source>source and target are both &apos;{language}&apos;</source>
        <translation>исходный и целевой язык совпадают: «{language}»</translation>
    </message>
    <message>
        <source>&apos;{side}&apos; is neither &apos;source&apos; nor &apos;target&apos;</source>
        <translation>«{side}» — ни «source», ни «target»</translation>
    </message>
    <message>
        <source>is empty: give a word or phrase to look for</source>
        <translation>пусто: введите слово или фразу для поиска</translation>
    </message>
    <message>
        <source>is not a TMX file: it starts with &lt;{name}&gt;, not &lt;tmx&gt;</source>
        <translation>не файл TMX: он начинается с &lt;{name}&gt;, а не с &lt;tmx&gt;</translation>
    </message>
    <message>
        <source>a &lt;tuv&gt; has no xml:lang</source>
        <translation>у элемента &lt;tuv&gt; нет атрибута языка (xml:lang)</translation>
    </message>
    <message>
        <source>this &lt;tu&gt; needs segments in two languages, it has {found}</source>
        <translation>в этой единице &lt;tu&gt; нужны сегменты на двух языках, а есть {found}</translation>
    </message>
    <message>
        <source>only &apos;{language}&apos;</source>
        <translation>только «{language}»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ни одного</translation>
    </message>
    <message>
        <source>this &lt;tu&gt; has no segment in its source language &apos;{language}&apos;</source>
        <translation>в этой единице &lt;tu&gt; нет сегмента на её исходном языке «{language}»</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>is empty, not a TMX file</source>
        <translation>пуст, это не файл TMX</translation>
    </message>
    <message>
        <source>the import of {file} was cancelled; nothing of it was kept</source>
        <translation>импорт {file} отменён; из него ничего не сохранено</translation>
    </message>
    <message>
        <source>declares the entity &apos;{name}&apos;; entities are refused in files from outside (they can expand without end or read other files)</source>
        <translation>объявляет сущность «{name}»; в файлах извне сущности не принимаются (они могут разрастаться без конца или читать другие файлы)</translation>
    </message>
    <message>
        <source>refers to an external entity; it is not read</source>
        <translation>ссылается на внешнюю сущность; она не читается</translation>
    </message>
    <message>
        <source>is not well-formed XML: {reason}{hint}</source>
        <translation>ошибка в разметке XML: {reason}{hint}</translation>
    </message>
    <message>
        <source> (the file ends too early: was it cut off?)</source>
        <translation> (файл кончается слишком рано — не обрезан ли он?)</translation>
    </message>
    <message>
        <source>the {language} {kind} is empty; type the term or leave that language out</source>
        <translation>{kind} ({language}) пуст; введите термин или уберите этот язык</translation>
    </message>
    <message>
        <source>the {language} {kind} &apos;{text}…&apos; is too long for a term</source>
        <translation>{kind} ({language}) «{text}…» слишком длинный для термина</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>forbidden variant</source>
        <translation>запрещённый вариант</translation>
    </message>
    <message>
        <source>a term needs at least one rendering that is not forbidden</source>
        <translation>у термина должен быть хотя бы один незапрещённый перевод</translation>
    </message>
    <message>
        <source>there is no glossary term #{id}</source>
        <translation>в глоссарии нет термина №{id}</translation>
    </message>
    <message>
        <source>is neither a .csv nor a .tbx file</source>
        <translation>не файл .csv и не файл .tbx</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({reason})</source>
        <translation>не текст в UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>is empty; the first line names the columns, e.g. en,ru,note</source>
        <translation>пуст; в первой строке перечисляются столбцы, например en,ru,note</translation>
    </message>
    <message>
        <source>is not CSV: {reason}</source>
        <translation>не CSV: {reason}</translation>
    </message>
    <message>
        <source>a column has no name; name each column by a language code (en, ru), forbidden_&lt;code&gt; or note</source>
        <translation>у столбца нет названия; назовите каждый столбец кодом языка (en, ru), forbidden_&lt;код&gt; или note</translation>
    </message>
    <message>
        <source>has {cells} cells for {columns} columns</source>
        <translation>ячеек: {cells}, а столбцов: {columns}</translation>
    </message>
    <message>
        <source>is not a TBX file: it starts with &lt;{name}&gt;</source>
        <translation>не файл TBX: он начинается с &lt;{name}&gt;</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; has no xml:lang</source>
        <translation>у &lt;{name}&gt; нет атрибута языка (xml:lang)</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; has no &lt;term&gt;</source>
        <translation>в &lt;{name}&gt; нет элемента &lt;term&gt;</translation>
    </message>
    <message>
        <source>is empty, not a TBX file</source>
        <translation>пуст, это не файл TBX</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a single word</source>
        <translation>«{word}» — не одно слово</translation>
    </message>
    <message>
        <source>Spelling: {tag} ({provider})</source>
        <translation>Орфография: {tag} ({provider})</translation>
    </message>
    <message>
        <source>Spelling is off: the enchant library is not installed. Install it with: sudo apt-get install {packages}</source>
        <translation>Проверка орфографии отключена: не установлена библиотека enchant. Установите её командой: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Spelling is off: no Hunspell dictionary for {tag} is installed. Install it with: sudo apt-get install {packages}</source>
        <translation>Проверка орфографии отключена: не установлен словарь Hunspell для {tag}. Установите его командой: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>уже есть, и это не папка</translation>
    </message>
    <message>
        <source>exists and is not a folder; the author pages go there: move it away</source>
        <translation>уже есть, и это не папка; туда пишутся страницы авторов: уберите его</translation>
    </message>
    <message>
        <source>is a symbolic link, and an export never writes through one (it may lead out of the export folder); remove it or export to another folder</source>
        <translation>это символическая ссылка, а экспорт никогда не пишет через ссылки (она может вести за пределы папки экспорта); удалите её или экспортируйте в другую папку</translation>
    </message>
    <message>
        <source>is a symbolic link, and an export never writes through one; remove it or export to another folder</source>
        <translation>это символическая ссылка, а экспорт никогда не пишет через ссылки; удалите её или экспортируйте в другую папку</translation>
    </message>
    <message>
        <source>cannot open the file: {reason}</source>
        <translation>не удаётся открыть файл: {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>is empty, not an image</source>
        <translation>пуст, это не изображение</translation>
    </message>
    <message>
        <source>is {size} MB; photos up to {limit} MB are accepted</source>
        <translation>размер {size} МБ, а фото принимаются до {limit} МБ</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or WebP image</source>
        <translation>не изображение PNG, JPEG или WebP</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; use a smaller picture</source>
        <translation>размер {width}×{height} пикселей; возьмите изображение поменьше</translation>
    </message>
    <message>
        <source>is damaged or not a picture ({reason})</source>
        <translation>повреждено или не является изображением ({reason})</translation>
    </message>
    <message>
        <source>could not be converted to a thumbnail</source>
        <translation>не удалось превратить в миниатюру</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>слаг</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>дейтлайн</translation>
    </message>
    <message>
        <source>dateline city</source>
        <translation>город дейтлайна</translation>
    </message>
    <message>
        <source>dateline country</source>
        <translation>страна дейтлайна</translation>
    </message>
    <message>
        <source>dateline credit</source>
        <translation>агентство в дейтлайне</translation>
    </message>
    <message>
        <source>dateline state</source>
        <translation>штат в дейтлайне</translation>
    </message>
    <message>
        <source>dateline time zone</source>
        <translation>часовой пояс дейтлайна</translation>
    </message>
    <message>
        <source>outlet name</source>
        <translation>название издания</translation>
    </message>
    <message>
        <source>agency credit</source>
        <translation>пометка агентства</translation>
    </message>
    <message>
        <source>dateline style</source>
        <translation>стиль дейтлайна</translation>
    </message>
    <message>
        <source>dateline template</source>
        <translation>шаблон дейтлайна</translation>
    </message>
    <message>
        <source>site address</source>
        <translation>адрес сайта</translation>
    </message>
    <message>
        <source>default language</source>
        <translation>язык по умолчанию</translation>
    </message>
    <message>
        <source>headline limit</source>
        <translation>лимит заголовка</translation>
    </message>
    <message>
        <source>word target</source>
        <translation>цель по словам</translation>
    </message>
    <message>
        <source>sources list</source>
        <translation>список источников</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>anonymity reason</source>
        <translation>причина анонимности</translation>
    </message>
    <message>
        <source>names in other languages</source>
        <translation>имена на других языках</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>имя по-английски</translation>
    </message>
    <message>
        <source>name in Russian</source>
        <translation>имя по-русски</translation>
    </message>
    <message>
        <source>bio in English</source>
        <translation>биография по-английски</translation>
    </message>
    <message>
        <source>bio in Russian</source>
        <translation>биография по-русски</translation>
    </message>
    <message>
        <source>title in English</source>
        <translation>должность по-английски</translation>
    </message>
    <message>
        <source>title in Russian</source>
        <translation>должность по-русски</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>ignored text</source>
        <translation>пропускаемый фрагмент</translation>
    </message>
    <message>
        <source>source language</source>
        <translation>исходный язык</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>язык перевода</translation>
    </message>
    <message>
        <source>side</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>фраза</translation>
    </message>
    <message>
        <source>word</source>
        <translation>слово</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>такого файла или папки нет</translation>
    </message>
    <message>
        <source>a table is locked</source>
        <translation>таблица заблокирована</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation>база данных заблокирована</translation>
    </message>
    <message>
        <source>the database&apos;s structure changed meanwhile</source>
        <translation>структура базы данных тем временем изменилась</translation>
    </message>
    <message>
        <source>the file could not be locked</source>
        <translation>файл не удалось заблокировать</translation>
    </message>
    <message>
        <source>the database can only be read</source>
        <translation>базу данных можно только читать</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>в доступе отказано</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>файл базы данных повреждён</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>файл — не база данных</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>файл базы данных не открывается</translation>
    </message>
    <message>
        <source>there is no table {name}</source>
        <translation>нет таблицы {name}</translation>
    </message>
    <message>
        <source>there is no column {name}</source>
        <translation>нет столбца {name}</translation>
    </message>
    <message>
        <source>a record with the same key exists already</source>
        <translation>запись с тем же ключом уже есть</translation>
    </message>
    <message>
        <source>a record it refers to is missing</source>
        <translation>записи, на которую она ссылается, нет</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>сервер отказал в соединении</translation>
    </message>
    <message>
        <source>the server closed the connection unexpectedly</source>
        <translation>сервер неожиданно закрыл соединение</translation>
    </message>
    <message>
        <source>the server&apos;s administrator ended the connection</source>
        <translation>администратор сервера прервал соединение</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>соединение закрыто</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>время ожидания соединения истекло</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be found</source>
        <translation>имя сервера не удаётся найти</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down</source>
        <translation>сервер запускается или останавливается</translation>
    </message>
    <message>
        <source>the server has too many connections</source>
        <translation>у сервера слишком много соединений</translation>
    </message>
    <message>
        <source>another transaction changed the same records</source>
        <translation>другая транзакция изменила те же записи</translation>
    </message>
    <message>
        <source>two transactions were waiting for each other</source>
        <translation>две транзакции ждали друг друга</translation>
    </message>
    <message>
        <source>a lock could not be taken in time</source>
        <translation>блокировку не удалось получить вовремя</translation>
    </message>
    <message>
        <source>the request took too long</source>
        <translation>запрос выполнялся слишком долго</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>пароль не принят</translation>
    </message>
    <message>
        <source>there is no database {name}</source>
        <translation>нет базы данных {name}</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>the details are in the log</source>
        <translation>подробности — в журнале</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>он уже существует</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>не удалось прочитать диск или записать на него</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>field “{field}”: </source>
        <translation>поле «{field}»: </translation>
    </message>
    <message>
        <source>Not ready: {problems}</source>
        <translation>Не готово: {problems}</translation>
    </message>
    <message>
        <source>And {count} more.</source>
        <translation>И ещё {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML page per story (with index)</source>
        <translation>HTML: страница на материал (с оглавлением)</translation>
    </message>
    <message>
        <source>Markdown (Newsdesk interchange, re-importable)</source>
        <translation>Markdown (формат обмена Newsdesk, можно импортировать обратно)</translation>
    </message>
    <message>
        <source>Clean Markdown (static-site generators)</source>
        <translation>Чистый Markdown (для генераторов статических сайтов)</translation>
    </message>
    <message>
        <source>IPTC ninjs 3.1 JSON</source>
        <translation>IPTC ninjs 3.1 JSON</translation>
    </message>
    <message>
        <source>Export stories</source>
        <translation>Экспорт материалов</translation>
    </message>
    <message>
        <source>PDF per story (A4, for the legal desk)</source>
        <translation>PDF на материал (A4, для юристов)</translation>
    </message>
    <message>
        <source>The &amp;open story</source>
        <translation>&amp;Открытый материал</translation>
    </message>
    <message>
        <source>The s&amp;elected stories ({0})</source>
        <translation>&amp;Выделенные материалы ({0})</translation>
    </message>
    <message>
        <source>The &amp;stories the list shows ({0})</source>
        <translation>&amp;Материалы из списка ({0})</translation>
    </message>
    <message>
        <source>Every story with s&amp;tatus</source>
        <translation>Все материалы со с&amp;татусом</translation>
    </message>
    <message>
        <source>&amp;All stories</source>
        <translation>В&amp;се материалы</translation>
    </message>
    <message>
        <source>Folder to write the files into</source>
        <translation>Папка, в которую записать файлы</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Also write one page per a&amp;uthor</source>
        <translation>Также создать страницу для каждого &amp;автора</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Материалы:</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>The stories the list shows could not be counted: {0}</source>
        <translation>Не удалось подсчитать материалы из списка: {0}</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Папка для экспорта</translation>
    </message>
    <message>
        <source>Choose a folder to export into (Browse…).</source>
        <translation>Выберите папку для экспорта («Обзор…»).</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder: choose another.</source>
        <translation>{0} — это файл, а не папка: выберите другую.</translation>
    </message>
    <message>
        <source>No stories match: nothing to export.</source>
        <translation>Подходящих материалов нет: экспортировать нечего.</translation>
    </message>
    <message>
        <source>Exporting stories…</source>
        <translation>Экспорт материалов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n story(s) to {0}…</source>
        <translation>
            <numerusform>Экспорт %n материала в {0}…</numerusform>
            <numerusform>Экспорт %n материалов в {0}…</numerusform>
            <numerusform>Экспорт %n материалов в {0}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {0} of {1} stories…</source>
        <translation>Экспортировано материалов: {0} из {1}…</translation>
    </message>
    <message>
        <source>Cancelled: {0} whole stories were written to {1}.</source>
        <translation>Отменено: в {1} полностью записано материалов: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(s) to {0}.</source>
        <translation>
            <numerusform>В {0} экспортирован %n материал.</numerusform>
            <numerusform>В {0} экспортировано %n материала.</numerusform>
            <numerusform>В {0} экспортировано %n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>Пропущено {0}: {1}</translation>
    </message>
    <message>
        <source>Export stopped: {0}</source>
        <translation>Экспорт остановлен: {0}</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Слово целиком</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Заменить:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Name Your Newsroom</source>
        <translation>Назовите свою редакцию</translation>
    </message>
    <message>
        <source>This newsroom is new. Its name goes on every exported page, and its credit opens every dateline (ALMATY (TCA) —); new stories start in its language. All can be changed later in Tools ▸ House Settings.</source>
        <translation>Это новая редакционная база. Название редакции появится на каждой экспортированной странице, а пометка агентства — в начале каждого дейтлайна (АЛМАТЫ (TCA) —); новые материалы будут начинаться на её языке. Всё это можно изменить позже в меню «Сервис ▸ Настройки редакции».</translation>
    </message>
    <message>
        <source>e.g. The Times of Central Asia</source>
        <translation>например, «Таймс Центральной Азии»</translation>
    </message>
    <message>
        <source>e.g. TCA</source>
        <translation>например, TCA</translation>
    </message>
    <message>
        <source>&amp;Outlet name:</source>
        <translation>&amp;Название издания:</translation>
    </message>
    <message>
        <source>Agency &amp;credit:</source>
        <translation>&amp;Пометка агентства:</translation>
    </message>
    <message>
        <source>&amp;Language of new stories:</source>
        <translation>&amp;Язык новых материалов:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Skip for Now</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Type the outlet&apos;s name, or skip for now.</source>
        <translation>Введите название издания или пропустите этот шаг.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Renderings</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Запрещённые</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Variants not to use, separated by {0}</source>
        <translation>Варианты, которые нельзя использовать, через {0}</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Добавить термин</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Удалить термин</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add the terms of a CSV file (columns named en, ru, forbidden_ru, note) or a TBX file; a file with an error adds nothing</source>
        <translation>Добавить термины из файла CSV (столбцы en, ru, forbidden_ru, note) или TBX; из файла с ошибкой ничего не добавляется</translation>
    </message>
    <message>
        <source>Term (language, text):</source>
        <translation>Термин (язык, текст):</translation>
    </message>
    <message>
        <source>Rendering (language, text):</source>
        <translation>Перевод (язык, текст):</translation>
    </message>
    <message>
        <source>Forbidden variants:</source>
        <translation>Запрещённые варианты:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>The glossary could not be read: {0}</source>
        <translation>Не удалось прочитать глоссарий: {0}</translation>
    </message>
    <message>
        <source>Type the term in {0} first.</source>
        <translation>Сначала введите термин на языке «{0}».</translation>
    </message>
    <message>
        <source>The rendering is empty: type how the term is written in {0}; a term without its rendering is not added.</source>
        <translation>Перевод пуст: введите, как термин пишется на языке «{0}»; термин без перевода не добавляется.</translation>
    </message>
    <message>
        <source>The term was not added: {0}</source>
        <translation>Термин не добавлен: {0}</translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation>Термин «{0}» добавлен.</translation>
    </message>
    <message>
        <source>The term was not removed: {0}</source>
        <translation>Термин не удалён: {0}</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>Термин «{0}» удалён.</translation>
    </message>
    <message>
        <source>Import glossary terms</source>
        <translation>Импорт терминов глоссария</translation>
    </message>
    <message>
        <source>Glossary files (*.csv *.tbx);;All files (*)</source>
        <translation>Файлы глоссария (*.csv *.tbx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing imported: {0}</source>
        <translation>Ничего не импортировано: {0}</translation>
    </message>
    <message>
        <source>Imported from {0}: {1} new terms, {2} updated.</source>
        <translation>Импортировано из {0}: новых терминов — {1}, обновлено — {2}.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary terms in the row</source>
        <translation>Термины глоссария в строке</translation>
    </message>
    <message>
        <source>Glossary terms in the selected row&apos;s original appear here.</source>
        <translation>Здесь появятся термины глоссария из оригинала выбранной строки.</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Глоссарий…</translation>
    </message>
    <message>
        <source>List, add and remove the newsroom&apos;s terms</source>
        <translation>Просмотр, добавление и удаление терминов редакции</translation>
    </message>
    <message>
        <source>The glossary could not be read: {0}</source>
        <translation>Не удалось прочитать глоссарий: {0}</translation>
    </message>
    <message>
        <source>no rendering in {0}</source>
        <translation>нет перевода на язык «{0}»</translation>
    </message>
    <message>
        <source>not: {0}</source>
        <translation>не так: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>
&lt;h2&gt;Newsdesk in one minute&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Stories&lt;/b&gt; are listed on the left; type in the search box to find any story by its words,
tags or authors (Ctrl+Shift+F), or narrow the list with the status, author, language and tag
filters. &lt;b&gt;Ctrl+N&lt;/b&gt; starts a new story; it is kept as soon as it has a headline.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Writing&lt;/b&gt;: the body is Markdown. The &lt;b&gt;dateline&lt;/b&gt; city completes from a list of cities
(type “Alm”), and the line under it shows exactly how the story will open in the house style.
Add authors under &lt;b&gt;Byline&lt;/b&gt;, each with a role. Cite a source with &lt;b&gt;Ctrl+Shift+K&lt;/b&gt;; a
citation is written &lt;code&gt;[text](source:key)&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Saving&lt;/b&gt; is automatic, two seconds after you stop typing and whenever you switch
stories or close. &lt;b&gt;Ctrl+S&lt;/b&gt; records a named revision you can go back to. If a colleague saved
the same story in the meantime, nothing is overwritten: you are told, and can reload.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Workflow&lt;/b&gt;: draft → editing → ready → published (Ctrl+1 … Ctrl+4). Moving to ready
checks the story (headline, dateline, author, body, every quote attributed, every citation
known) and lists what is missing; click a line to jump to it. &lt;b&gt;Delete&lt;/b&gt; in the story list
spikes a story; Ctrl+Z brings it back.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Spelling&lt;/b&gt; follows the story’s language; right-click a word for suggestions or to add it
to the &lt;b&gt;house dictionary&lt;/b&gt; that everyone on this database shares (Tools menu). F7 walks
through every misspelling.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Translations&lt;/b&gt;: Story ▸ Translate… starts one; Story ▸ Translators’ Desk shows original
and translation side by side and flags paragraphs changed in the original since.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Publishing&lt;/b&gt;: File ▸ Export writes HTML pages (with an index and author pages),
Markdown or IPTC ninjs; File ▸ Export PDF prints the open story for the legal desk.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Newsdesk за одну минуту&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Материалы&lt;/b&gt; перечислены слева; введите слова в строку поиска, чтобы найти любой материал
по тексту, тегам или авторам (Ctrl+Shift+F), или сузьте список фильтрами по статусу, автору,
языку и тегу. &lt;b&gt;Ctrl+N&lt;/b&gt; начинает новый материал; он сохраняется, как только у него появляется
заголовок.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Письмо&lt;/b&gt;: текст пишется в разметке Markdown. Город в &lt;b&gt;дейтлайне&lt;/b&gt; подсказывается из
списка городов (введите «Алм»), а строка под ним показывает, как именно начнётся материал в стиле
редакции. Авторов добавляйте в &lt;b&gt;подписи&lt;/b&gt;, каждому — свою роль. Ссылка на источник —
&lt;b&gt;Ctrl+Shift+K&lt;/b&gt;; она записывается как &lt;code&gt;[текст](source:ключ)&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Сохранение&lt;/b&gt; автоматическое: через две секунды после того, как вы перестали печатать, а
также при переходе к другому материалу и при закрытии. &lt;b&gt;Ctrl+S&lt;/b&gt; записывает именованную
редакцию, к которой можно вернуться. Если коллега тем временем сохранил тот же материал, ничего
не перезаписывается: вам сообщат, и вы сможете перезагрузить материал.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Этапы работы&lt;/b&gt;: черновик → на правке → готов → опубликован (Ctrl+1 … Ctrl+4). При переводе
в статус «Готов» материал проверяется (заголовок, дейтлайн, автор, текст, у каждой цитаты есть
автор, каждая ссылка ведёт на известный источник), и всё недостающее выводится списком; щёлкните
по строке, чтобы перейти к месту. Клавиша &lt;b&gt;Delete&lt;/b&gt; в списке материалов снимает материал;
Ctrl+Z возвращает его.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Орфография&lt;/b&gt; проверяется на языке материала; щёлкните по слову правой кнопкой, чтобы
увидеть варианты или добавить его в &lt;b&gt;словарь редакции&lt;/b&gt;, общий для всех, кто работает с этой
базой (меню «Сервис»). F7 проходит по всем ошибкам по очереди.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Переводы&lt;/b&gt;: «Материал ▸ Перевести…» начинает перевод; «Материал ▸ Стол переводчика»
показывает оригинал и перевод рядом и отмечает абзацы, изменившиеся в оригинале с тех пор.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Публикация&lt;/b&gt;: «Файл ▸ Экспорт» создаёт страницы HTML (с оглавлением и страницами авторов),
файлы Markdown или IPTC ninjs; «Файл ▸ Экспорт в PDF» печатает открытый материал для юристов.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Newsdesk Help</source>
        <translation>Справка Newsdesk</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>HouseDictionaryDialog</name>
    <message>
        <source>House Dictionary</source>
        <translation>Словарь редакции</translation>
    </message>
    <message>
        <source>Filter words…</source>
        <translation>Фильтр слов…</translation>
    </message>
    <message>
        <source>A name or spelling the newsroom uses, e.g. Mirziyoyev</source>
        <translation>Имя или написание, например Мирзиёев</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Loading the {0} house dictionary…</source>
        <translation>Загрузка словаря редакции ({0})…</translation>
    </message>
    <message>
        <source>The {0} house dictionary could not be read: {1}</source>
        <translation>Не удалось прочитать словарь редакции ({0}): {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in the {0} house dictionary</source>
        <translation>
            <numerusform>%n слово в словаре редакции ({0})</numerusform>
            <numerusform>%n слова в словаре редакции ({0})</numerusform>
            <numerusform>%n слов в словаре редакции ({0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the word to add first.</source>
        <translation>Сначала введите слово, которое нужно добавить.</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>Не добавлено: {0}</translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation>Слово «{0}» добавлено.</translation>
    </message>
    <message>
        <source>Nothing imported: {0} is not UTF-8 text (byte {1} is not UTF-8); save it as UTF-8 and import it again.</source>
        <translation>Ничего не импортировано: {0} — не текст UTF-8 (байт {1} — не UTF-8); сохраните его в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>Nothing imported: cannot read {0}: {1}.</source>
        <translation>Ничего не импортировано: не удалось прочитать {0}: {1}.</translation>
    </message>
    <message>
        <source>“{0}” was already there.</source>
        <translation>Слово «{0}» уже есть в словаре.</translation>
    </message>
    <message>
        <source>Adding “{0}”…</source>
        <translation>Добавление слова «{0}»…</translation>
    </message>
    <message>
        <source>Select the words to remove first.</source>
        <translation>Сначала выделите слова, которые нужно удалить.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n word(s).</source>
        <translation>
            <numerusform>Удалено %n слово.</numerusform>
            <numerusform>Удалено %n слова.</numerusform>
            <numerusform>Удалено %n слов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing removed: {0}</source>
        <translation>Ничего не удалено: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n word(s)…</source>
        <translation>
            <numerusform>Удаление %n слова…</numerusform>
            <numerusform>Удаление %n слов…</numerusform>
            <numerusform>Удаление %n слов…</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
    <message>
        <source>Nothing imported: {0}: {1}</source>
        <translation>Ничего не импортировано: {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new word(s) from {0}.</source>
        <translation>
            <numerusform>Из {0} импортировано %n новое слово.</numerusform>
            <numerusform>Из {0} импортировано %n новых слова.</numerusform>
            <numerusform>Из {0} импортировано %n новых слов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Не экспортировано: {0}</translation>
    </message>
    <message>
        <source>Exported {0} words to {1}.</source>
        <translation>Экспортировано слов в {1}: {0}.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Импорт из {0}…</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Экспорт в {0}…</translation>
    </message>
    <message>
        <source>Import a word list</source>
        <translation>Импорт списка слов</translation>
    </message>
    <message>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation>Списки слов (*.txt *.dic);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the word list</source>
        <translation>Экспорт списка слов</translation>
    </message>
    <message>
        <source>Word lists (*.txt)</source>
        <translation>Списки слов (*.txt)</translation>
    </message>
</context>
<context>
    <name>HouseSettingsDialog</name>
    <message>
        <source>House Settings</source>
        <translation>Настройки редакции</translation>
    </message>
    <message>
        <source>e.g. Kabar Desk</source>
        <translation>например, «Деск Кабар»</translation>
    </message>
    <message>
        <source>e.g. KD</source>
        <translation>например, KD</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>Reuters</source>
        <translation>Рейтер</translation>
    </message>
    <message>
        <source>AFP</source>
        <translation>AFP</translation>
    </message>
    <message>
        <source>Superdesk</source>
        <translation>Супердеск</translation>
    </message>
    <message>
        <source>TASS</source>
        <translation>ТАСС</translation>
    </message>
    <message>
        <source>RIA Novosti</source>
        <translation>РИА Новости</translation>
    </message>
    <message>
        <source>Custom template</source>
        <translation>Свой шаблон</translation>
    </message>
    <message>
        <source>empty: exports link only to the files they contain</source>
        <translation>пусто: экспорт ссылается только на свои файлы</translation>
    </message>
    <message>
        <source>en, ru, en-GB…</source>
        <translation>en, ru, en-GB…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> зн.</translation>
    </message>
    <message>
        <source> words</source>
        <translation> сл.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без цели</translation>
    </message>
    <message>
        <source>Exported pages end with the cited sources</source>
        <translation>В конце экспортированных страниц — список источников</translation>
    </message>
    <message>
        <source>&amp;Outlet name:</source>
        <translation>&amp;Название издания:</translation>
    </message>
    <message>
        <source>Agency &amp;credit:</source>
        <translation>&amp;Пометка агентства:</translation>
    </message>
    <message>
        <source>&amp;Dateline style:</source>
        <translation>&amp;Стиль дейтлайна:</translation>
    </message>
    <message>
        <source>Custom &amp;template:</source>
        <translation>Сво&amp;й шаблон:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Адрес сайта:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Headline limit:</source>
        <translation>&amp;Лимит заголовка:</translation>
    </message>
    <message>
        <source>&amp;Word target:</source>
        <translation>&amp;Цель по словам:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>Попро&amp;бовать снова</translation>
    </message>
    <message>
        <source>Reading the house settings…</source>
        <translation>Читаем настройки редакции…</translation>
    </message>
    <message>
        <source>The house settings could not be read: %1</source>
        <translation>Не удалось прочитать настройки редакции: %1</translation>
    </message>
    <message>
        <source>Sample: the open story&apos;s dateline with these settings</source>
        <translation>Образец: дейтлайн открытого материала с этими настройками</translation>
    </message>
    <message>
        <source>Sample: a story filed today (no story is open)</source>
        <translation>Образец: материал, сданный сегодня (ни один материал не открыт)</translation>
    </message>
    <message>
        <source>Dateline template: %1</source>
        <translation>Шаблон дейтлайна: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 — %2</source>
        <translation>Не сохранено: %1 — %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>IgnoreDialog</name>
    <message>
        <source>Ignore a QA problem</source>
        <translation>Пропустить замечание проверки</translation>
    </message>
    <message>
        <source>{0}

Why may it stay as it is? The reason is kept with the story.</source>
        <translation>{0}

Почему это можно оставить как есть? Причина сохраняется вместе с материалом.</translation>
    </message>
    <message>
        <source>e.g. the original counts differently</source>
        <translation>например, в оригинале другой счёт</translation>
    </message>
    <message>
        <source>Say why first: an empty reason is not kept.</source>
        <translation>Сначала укажите причину: пустая причина не сохраняется.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>киргизский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>туркменский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Name in Russian:</source>
        <translation>Имя по-русски:</translation>
    </message>
    <message>
        <source>Bio in Russian:</source>
        <translation>Биография по-русски:</translation>
    </message>
    <message>
        <source>Title in Russian:</source>
        <translation>Должность по-русски:</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Имя по-английски:</translation>
    </message>
    <message>
        <source>Bio in English:</source>
        <translation>Биография по-английски:</translation>
    </message>
    <message>
        <source>Title in English:</source>
        <translation>Должность по-английски:</translation>
    </message>
</context>
<context>
    <name>LengthText</name>
    <message>
        <source>{0} word(s)</source>
        <translation>слов: {0}</translation>
    </message>
    <message>
        <source>{0} character(s)</source>
        <translation>знаков: {0}</translation>
    </message>
    <message>
        <source>{0} min read</source>
        <translation>чтение: {0} мин</translation>
    </message>
    <message>
        <source>{0} to go (target {1})</source>
        <translation>осталось {0} (цель {1})</translation>
    </message>
    <message>
        <source>{0} over (target {1})</source>
        <translation>на {0} больше (цель {1})</translation>
    </message>
    <message>
        <source>on target ({0})</source>
        <translation>в цель ({0})</translation>
    </message>
</context>
<context>
    <name>LineTextEdit</name>
    <message>
        <source>Removed a NUL character: it cannot be stored.</source>
        <translation>Удалён символ NUL: его нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsdesk — opening {0}</source>
        <translation>Newsdesk — открывается {0}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Removed %n NUL character(s) from the pasted text.</source>
        <translation>Из вставленного текста удалено символов NUL: %n.</translation>
    </message>
    <message>
        <source>Removed a NUL character: it cannot be stored in a story.</source>
        <translation>Удалён символ NUL: его нельзя хранить в материале.</translation>
    </message>
</context>
<context>
    <name>MemoryImport</name>
    <message>
        <source>Import TMX…</source>
        <translation>Импорт TMX…</translation>
    </message>
    <message>
        <source>Add the pairs of a TMX file (another tool&apos;s or a colleague&apos;s memory) to the translation memory; a file with an error adds nothing</source>
        <translation>Добавить пары из файла TMX (память другой программы или коллеги) в память переводов; из файла с ошибкой ничего не добавляется</translation>
    </message>
    <message>
        <source>Import a translation memory</source>
        <translation>Импорт памяти переводов</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Файлы TMX (*.tmx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing {0} into the memory…</source>
        <translation>Импорт {0} в память…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import TMX</source>
        <translation>Импорт TMX</translation>
    </message>
    <message>
        <source>Importing {0} into the memory: {1} of about {2} units read…</source>
        <translation>Импорт {0} в память: прочитано {1} из примерно {2} единиц…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new pair(s) into the memory from {0} (units read: {1}).</source>
        <translation>
            <numerusform>В память добавлена %n новая пара из {0} (прочитано единиц: {1}).</numerusform>
            <numerusform>В память добавлены %n новые пары из {0} (прочитано единиц: {1}).</numerusform>
            <numerusform>В память добавлено %n новых пар из {0} (прочитано единиц: {1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {0} cancelled: nothing of it was added to the memory.</source>
        <translation>Импорт {0} отменён: в память из него ничего не добавлено.</translation>
    </message>
    <message>
        <source>Nothing imported into the memory: {0}</source>
        <translation>Ничего не добавлено в память: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>Па&amp;нели</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no bio)</source>
        <translation>(нет биографии)</translation>
    </message>
    <message>
        <source>Merge a duplicate into {0}</source>
        <translation>Объединить дубликат с профилем {0}</translation>
    </message>
    <message>
        <source>Every byline of the duplicate moves to &lt;b&gt;{0}&lt;/b&gt;; roles and languages are combined, a missing photo, e-mail or phone is taken from the duplicate, and the duplicate profile is deleted.</source>
        <translation>Все подписи дубликата переходят к профилю &lt;b&gt;{0}&lt;/b&gt;; роли и языки объединяются, недостающие фото, почта или телефон берутся из дубликата, а профиль-дубликат удаляется.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Duplicate:</source>
        <translation>Дубликат:</translation>
    </message>
    <message>
        <source>Keep the bio of:</source>
        <translation>Оставить биографию:</translation>
    </message>
    <message>
        <source>(no duplicate chosen)</source>
        <translation>(дубликат не выбран)</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New author profile</source>
        <translation>Новый профиль автора</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>OpeningPlaceholder</name>
    <message>
        <source>Opening the newsroom…</source>
        <translation>Открываем редакционную базу…</translation>
    </message>
    <message>
        <source>(type the headline)</source>
        <translation>(введите заголовок)</translation>
    </message>
    <message>
        <source>New story: {0}</source>
        <translation>Новый материал: {0}</translation>
    </message>
</context>
<context>
    <name>OriginalFindBar</name>
    <message>
        <source>Find in the original</source>
        <translation>Найти в оригинале</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>ParagraphEdit</name>
    <message>
        <source>Enter keeps the paragraph, Esc drops the change, Shift+Enter breaks the line inside the paragraph (not in a heading)</source>
        <translation>Enter сохраняет абзац, Esc отменяет правку, Shift+Enter переносит строку внутри абзаца (не в заголовке)</translation>
    </message>
    <message>
        <source>The original is read-only: select a word or phrase and press Ctrl+K to find it in the translation memory</source>
        <translation>Оригинал только для чтения: выделите слово или фразу и нажмите Ctrl+K, чтобы найти их в памяти переводов</translation>
    </message>
</context>
<context>
    <name>PeopleTools</name>
    <message>
        <source>The source registry could not be read ({0}): citations are not checked until Refresh Story List (Ctrl+R) reads it.</source>
        <translation>Реестр источников не удалось прочитать ({0}): ссылки на источники не проверяются, пока «Обновить список материалов» (Ctrl+R) не прочитает его.</translation>
    </message>
    <message>
        <source>Story sources</source>
        <translation>Источники материала</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>As the system (its locale)</source>
        <translation>Как в системе (по её языковым настройкам)</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Newsdesk restarts.</source>
        <translation>Новый язык интерфейса вступит в силу после перезапуска Newsdesk.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>a colleague</source>
        <translation>коллеги</translation>
    </message>
    <message>
        <source>{name} since {time}</source>
        <translation>{name} с {time}</translation>
    </message>
    <message>
        <source>Also open by {0}</source>
        <translation>Также открыт у: {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview shows the first {0} characters; {1} more are in the editor and will be published.</source>
        <translation>В предпросмотре — первые {0} зн.; ещё {1} зн. есть в редакторе и будут опубликованы.</translation>
    </message>
    <message>
        <source>The preview failed: {0}. It is drawn again after your next edit.</source>
        <translation>Предпросмотр не построен: {0}. Он будет построен заново после следующей правки.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>{0} story(s):</source>
        <translation>Всего {0}:</translation>
    </message>
    <message>
        <source>Author profiles</source>
        <translation>Профили авторов</translation>
    </message>
    <message>
        <source>Filter profiles…</source>
        <translation>Фильтр профилей…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Saved the profile of {0}.</source>
        <translation>Профиль «{0}» сохранён.</translation>
    </message>
    <message>
        <source>Cannot delete: {0}.</source>
        <translation>Удалить нельзя: {0}.</translation>
    </message>
    <message>
        <source>Deleted the profile of {0}.</source>
        <translation>Профиль «{0}» удалён.</translation>
    </message>
    <message>
        <source>Merged the duplicate into {0}.</source>
        <translation>Дубликат объединён с профилем «{0}».</translation>
    </message>
    <message>
        <source>Showing the profile as {name} was last saved.</source>
        <translation>Показан профиль «{name}» в последней сохранённой версии.</translation>
    </message>
    <message>
        <source>Select the profile to keep first, then choose Merge.</source>
        <translation>Сначала выберите профиль, который нужно оставить, затем нажмите «Объединить».</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Delete the profile of {0}? This cannot be undone.</source>
        <translation>Удалить профиль «{0}»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>Профили загружаются…</translation>
    </message>
    <message>
        <source>Counting stories…</source>
        <translation>Подсчитываем материалы…</translation>
    </message>
    <message>
        <source>The profiles could not be read: {0}. Close the dialog and open it again to retry.</source>
        <translation>Не удалось прочитать профили: {0}. Закройте окно и откройте его снова, чтобы повторить.</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>Профиль «{0}» снова активен.</translation>
    </message>
    <message>
        <source>{0} is inactive (kept for old bylines).</source>
        <translation>Профиль «{0}» неактивен (сохранён для старых подписей).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>their photo</source>
        <translation>их фото</translation>
    </message>
    <message>
        <source>your photo</source>
        <translation>ваше фото</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Другие языки</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>More articles by …</source>
        <translation>Другие материалы автора…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (неактивен)</translation>
    </message>
    <message>
        <source>More articles by {0}</source>
        <translation>Другие материалы: {0}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Активировать снова</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>QA problems: select a row.</source>
        <translation>Замечания проверки: выберите строку.</translation>
    </message>
    <message>
        <source>QA problems — {0}: none.</source>
        <translation>Замечания проверки — {0}: нет.</translation>
    </message>
    <message>
        <source>QA problems — {0}:</source>
        <translation>Замечания проверки — {0}:</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>Пропустить…</translation>
    </message>
    <message>
        <source>Keep this as it is, with a reason kept with the story</source>
        <translation>Оставить как есть, указав причину, которая сохранится с материалом</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The headline is empty.</source>
        <translation>Заголовок пуст.</translation>
    </message>
    <message>
        <source>The dateline has no city.</source>
        <translation>В дейтлайне не указан город.</translation>
    </message>
    <message>
        <source>No author in the byline.</source>
        <translation>В подписи нет автора.</translation>
    </message>
    <message>
        <source>The story has no body text.</source>
        <translation>У материала нет основного текста.</translation>
    </message>
    <message>
        <source>The quote “{quote}” in {where} does not say who said it: add the speaker ({example}) or cite a source.</source>
        <translation>Цитата «{quote}» ({where}) не указывает, кто это сказал: добавьте автора слов ({example}) или сошлитесь на источник.</translation>
    </message>
    <message>
        <source>Paragraph {number} gives figures ({figures}) without saying where they come from: cite a source or attribute them.</source>
        <translation>В абзаце {number} приведены цифры ({figures}) без указания, откуда они: сошлитесь на источник или укажите, чьи это данные.</translation>
    </message>
    <message>
        <source>The citation “{text}” points to source “{key}”, which is not in the source registry: add the source or correct the key.</source>
        <translation>Ссылка «{text}» ведёт на источник «{key}», которого нет в реестре источников: добавьте источник или исправьте ключ.</translation>
    </message>
    <message>
        <source>The citation “{text}” uses “source:{key}”, which is not a valid source key: use lowercase letters, digits, “-” and “_”.</source>
        <translation>В ссылке «{text}» указано «source:{key}» — это недопустимый ключ источника: используйте строчные латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>“{name}” is cited off the record but the registry gives no reason for anonymity: add the reason to the source, or name the source.</source>
        <translation>На «{name}» ссылаются анонимно, но в реестре не указана причина анонимности: добавьте причину к источнику или назовите источник.</translation>
    </message>
    <message>
        <source>{row} of the original changed since it was translated: review the translation.</source>
        <translation>{row}: оригинал изменился после перевода — проверьте перевод.</translation>
    </message>
    <message>
        <source>{row} of the original is new since the translation was made: translate it.</source>
        <translation>{row}: в оригинале появился после перевода — переведите.</translation>
    </message>
    <message>
        <source>{row}: the original&apos;s paragraph it translates has since been removed: remove or review the translation.</source>
        <translation>{row}: переведённый абзац удалён из оригинала — удалите или проверьте перевод.</translation>
    </message>
    <message>
        <source>The original&apos;s {field} changed since it was translated: review the translation.</source>
        <translation>Поле оригинала «{field}» изменилось после перевода: проверьте перевод.</translation>
    </message>
    <message>
        <source>The number “{token}” is not in the translation.</source>
        <translation>Числа «{token}» нет в переводе.</translation>
    </message>
    <message>
        <source>The number “{token}” is not in the original.</source>
        <translation>Числа «{token}» нет в оригинале.</translation>
    </message>
    <message>
        <source>The date “{token}” is not in the translation.</source>
        <translation>Даты «{token}» нет в переводе.</translation>
    </message>
    <message>
        <source>The date “{token}” reads “{other}” in the translation.</source>
        <translation>Дата «{token}» в переводе звучит как «{other}».</translation>
    </message>
    <message>
        <source>The date “{token}” is not in the original.</source>
        <translation>Даты «{token}» нет в оригинале.</translation>
    </message>
    <message>
        <source>The weekday “{token}” is not in the translation.</source>
        <translation>Дня недели «{token}» нет в переводе.</translation>
    </message>
    <message>
        <source>The weekday “{token}” reads “{other}” in the translation.</source>
        <translation>День недели «{token}» в переводе звучит как «{other}».</translation>
    </message>
    <message>
        <source>The citation of “{token}” is missing from the translation.</source>
        <translation>В переводе нет ссылки на «{token}».</translation>
    </message>
    <message>
        <source>The citation of “{token}” became “{other}” in the translation.</source>
        <translation>Ссылка на «{token}» в переводе стала «{other}».</translation>
    </message>
    <message>
        <source>The translation cites “{token}”, which the original row does not.</source>
        <translation>Перевод ссылается на «{token}», а строка оригинала — нет.</translation>
    </message>
    <message>
        <source>The glossary renders “{token}” as “{rendering}”; the translation does not.</source>
        <translation>По глоссарию «{token}» переводится как «{rendering}», а в переводе иначе.</translation>
    </message>
    <message>
        <source>The glossary says to write “{rendering}” instead of “{token}”.</source>
        <translation>По глоссарию нужно писать «{rendering}», а не «{token}».</translation>
    </message>
    <message>
        <source>This row is not translated yet.</source>
        <translation>Эта строка ещё не переведена.</translation>
    </message>
    <message>
        <source>The translation is the same as the original.</source>
        <translation>Перевод совпадает с оригиналом.</translation>
    </message>
    <message>
        <source>The translation is mostly not in the alphabet of its language ({language}).</source>
        <translation>Перевод написан в основном не алфавитом своего языка ({language}).</translation>
    </message>
    <message>
        <source>The words “{token}” look untranslated.</source>
        <translation>Слова «{token}», похоже, не переведены.</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>абзац {number}</translation>
    </message>
    <message>
        <source>paragraphs {first}–{last}</source>
        <translation>абзацы {first}–{last}</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Абзац {number}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <source>“…,” she said</source>
        <translation>«…», — сказала она</translation>
    </message>
    <message>
        <source>{row}: {message}</source>
        <translation>{row}: {message}</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Дейтлайн</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before this story is ready — click to jump:</source>
        <translation>
            <numerusform>Перед сдачей материала нужно исправить %n замечание — щёлкните, чтобы перейти:</numerusform>
            <numerusform>Перед сдачей материала нужно исправить %n замечания — щёлкните, чтобы перейти:</numerusform>
            <numerusform>Перед сдачей материала нужно исправить %n замечаний — щёлкните, чтобы перейти:</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Ready: nothing is missing.</source>
        <translation>✓ Готов: ничего не упущено.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверен.</translation>
    </message>
    <message>
        <source>Not checked since your last edit.</source>
        <translation>Не проверялся после последней правки.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Восстановление несохранённого текста</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>“{0}” was being written when Newsdesk stopped, and was never saved to the newsroom. It is kept on this computer.</source>
        <translation>Материал «{0}» писался, когда Newsdesk остановился, и так и не был сохранён в редакционной базе. Текст хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>“{0}” has unsaved text on this computer, but the story is no longer in the newsroom (it was deleted).</source>
        <translation>У материала «{0}» есть несохранённый текст на этом компьютере, но в редакционной базе материала больше нет (он удалён).</translation>
    </message>
    <message>
        <source>“{0}” has an older copy on this computer: the version stored in the newsroom (version {1}) already holds all of it and more, stored after this copy was kept. Keep Stored loses nothing; Keep Mine would take out what was stored since (kept as a revision).</source>
        <translation>На этом компьютере хранится более старая копия материала «{0}»: версия в редакционной базе (версия {1}) уже содержит весь этот текст и больше — она сохранена после того, как была сделана эта копия. «Оставить сохранённый» ничего не теряет; «Оставить мой» убрал бы то, что сохранено с тех пор (оно останется в редакциях).</translation>
    </message>
    <message>
        <source>“{0}” has text on this computer that was never saved, and the story was changed in the newsroom since (version {1}, yours was made on version {2}).</source>
        <translation>У материала «{0}» на этом компьютере есть несохранённый текст, а в редакционной базе материал с тех пор изменился (версия {1}, ваш текст сделан на версии {2}).</translation>
    </message>
    <message>
        <source>“{0}” has text on this computer that was never saved to the newsroom.</source>
        <translation>У материала «{0}» на этом компьютере есть текст, который так и не был сохранён в редакционной базе.</translation>
    </message>
    <message>
        <source>Your text, kept on this computer ({0})</source>
        <translation>Ваш текст, сохранённый на этом компьютере ({0})</translation>
    </message>
    <message>
        <source>Stored in the newsroom ({0})</source>
        <translation>Сохранено в редакционной базе ({0})</translation>
    </message>
    <message>
        <source>Paragraphs that differ are tinted; within them, words only yours has are underlined, and stored words yours lacks are struck through.</source>
        <translation>Различающиеся абзацы подкрашены; в них слова, которые есть только в вашем тексте, подчёркнуты, а слова сохранённого текста, которых нет в вашем, зачёркнуты.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <source>Your text becomes the story; the stored version is kept as a revision.</source>
        <translation>Ваш текст станет материалом; сохранённая версия останется в редакциях.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Your text becomes a new draft beside the story.</source>
        <translation>Ваш текст станет новым черновиком рядом с материалом.</translation>
    </message>
    <message>
        <source>Keep Stored</source>
        <translation>Оставить сохранённый</translation>
    </message>
    <message>
        <source>The stored story stays; your text is set aside on this computer.</source>
        <translation>Сохранённый материал остаётся; ваш текст откладывается на этом компьютере.</translation>
    </message>
    <message>
        <source>Discard My Text</source>
        <translation>Отбросить мой текст</translation>
    </message>
    <message>
        <source>Your text is set aside on this computer, not stored.</source>
        <translation>Ваш текст откладывается на этом компьютере и не сохраняется в базе.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Решить позже</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <source>Text kept on this computer could not be compared with the newsroom ({0}); it stays there for the next start.</source>
        <translation>Текст, сохранённый на этом компьютере, не удалось сравнить с редакционной базой ({0}); он останется до следующего запуска.</translation>
    </message>
    <message>
        <source>{0} file(s) of the recovery journal could not be used and were set aside in {1}: {2}</source>
        <translation>Файлы журнала восстановления ({0}) использовать не удалось; они отложены в {1}: {2}</translation>
    </message>
    <message>
        <source>Your recovered text is stored in “{0}”.</source>
        <translation>Восстановленный текст сохранён в «{0}».</translation>
    </message>
    <message>
        <source>Your recovered text is stored as a new draft, “{0}”.</source>
        <translation>Восстановленный текст сохранён как новый черновик «{0}».</translation>
    </message>
    <message>
        <source>The stored story was kept; your text is set aside in {0}.</source>
        <translation>Сохранённый материал оставлен; ваш текст отложен в {0}.</translation>
    </message>
    <message>
        <source>Your unsaved text stays on this computer and will be offered again at the next start.</source>
        <translation>Несохранённый текст остаётся на этом компьютере и будет предложен снова при следующем запуске.</translation>
    </message>
    <message>
        <source>Not stored — {0}. Your text stays on this computer and will be offered again at the next start.</source>
        <translation>Не сохранено — {0}. Ваш текст остаётся на этом компьютере и будет предложен снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Current text (as stored)</source>
        <translation>Текущий текст (как сохранён)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>без примечания</translation>
    </message>
    <message>
        <source>Revision {number} · {when} · {who}
{note}</source>
        <translation>Редакция {number} · {when} · {who}
{note}</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Pick one revision to compare it with the current text, or two to compare them</source>
        <translation>Выберите одну редакцию, чтобы сравнить её с текущим текстом, или две — чтобы сравнить их между собой</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision…</source>
        <translation>&amp;Восстановить эту редакцию…</translation>
    </message>
    <message>
        <source>Put this revision&apos;s text back as a new revision; the current text is kept too</source>
        <translation>Вернуть текст этой редакции как новую редакцию; текущий текст тоже сохранится</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Не удалось прочитать историю: {error}</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Текущий текст</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Редакция {number}</translation>
    </message>
    <message>
        <source>Pick one or two revisions to compare.</source>
        <translation>Выберите одну или две редакции для сравнения.</translation>
    </message>
    <message>
        <source>No difference in headline, deck or body.</source>
        <translation>Заголовок, подзаголовок и текст не различаются.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed: deleted words struck out in red, new words in green.</source>
        <translation>
            <numerusform>Изменена %n часть: удалённые слова зачёркнуты красным, новые выделены зелёным.</numerusform>
            <numerusform>Изменены %n части: удалённые слова зачёркнуты красным, новые выделены зелёным.</numerusform>
            <numerusform>Изменено %n частей: удалённые слова зачёркнуты красным, новые выделены зелёным.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Восстановление редакции</translation>
    </message>
    <message>
        <source>Restore revision {number}? Its text becomes a new revision; the current text is kept in the history first.</source>
        <translation>Восстановить редакцию {number}? Её текст станет новой редакцией; текущий текст сначала сохранится в истории.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Not restored: the story&apos;s unsaved edits could not be saved first. Save them (Ctrl+S) and try again.</source>
        <translation>Не восстановлено: не удалось сначала сохранить несохранённые правки материала. Сохраните их (Ctrl+S) и повторите попытку.</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Не восстановлено: {error}</translation>
    </message>
    <message>
        <source>Restored revision {number} as revision {new}.</source>
        <translation>Редакция {number} восстановлена как редакция {new}.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reporter</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>“{name}” was changed elsewhere while you edited it (version {stored}, yours {yours}). Reload to see their text, or keep editing and save yours over it.</source>
        <translation>Пока вы редактировали «{name}», запись изменили в другом месте (версия {stored}, ваша — {yours}). Перезагрузите, чтобы увидеть их текст, или продолжайте правку и сохраните свой поверх.</translation>
    </message>
    <message>
        <source>Your edits are kept. Saving now stores them over the colleague&apos;s version.</source>
        <translation>Ваши правки сохранены в форме. Если сохранить сейчас, они заменят версию коллеги.</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Сохранено</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>✗ Not saved</source>
        <translation>✗ Не сохранено</translation>
    </message>
    <message>
        <source>✗ Not saved: conflict</source>
        <translation>✗ Не сохранено: конфликт</translation>
    </message>
    <message>
        <source>⚠ Kept on this computer</source>
        <translation>⚠ Сохранено на этом компьютере</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <source>Contact: {0}</source>
        <translation>Контакт: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the record&lt;/i&gt;</source>
        <translation>&lt;i&gt;Под своим именем&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>&lt;i&gt;Anonymous&lt;/i&gt;: {0}</source>
        <translation>&lt;i&gt;Анонимно&lt;/i&gt;: {0}</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>kazinform, minenergy-kz …</source>
        <translation>kazinform, minenergy-kz …</translation>
    </message>
    <message>
        <source>Job title or affiliation</source>
        <translation>Должность или организация</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Под своим именем</translation>
    </message>
    <message>
        <source>Why anonymity was granted (required)</source>
        <translation>Почему источнику обещана анонимность (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>&amp;Адрес (URL):</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>News agency</source>
        <translation>Информагентство</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title / affiliation</source>
        <translation>Должность / организация</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>on record</source>
        <translation>под своим именем</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Anonymous: {0}</source>
        <translation>Анонимно: {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Filter sources…</source>
        <translation>Фильтр источников…</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Сохранить источник</translation>
    </message>
    <message>
        <source>Double-click a story to open it</source>
        <translation>Дважды щёлкните по материалу, чтобы открыть его</translation>
    </message>
    <message>
        <source>Saved “{0}” as source:{1}.</source>
        <translation>Источник «{0}» сохранён как source:{1}.</translation>
    </message>
    <message>
        <source>Cannot delete: {0}.</source>
        <translation>Удалить нельзя: {0}.</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>Источник «{0}» удалён.</translation>
    </message>
    <message>
        <source>Showing “{name}” as it was last saved.</source>
        <translation>Показан «{name}» в последней сохранённой версии.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <source>The source registry could not be read: {0}. The list shows the sources as they were read before; Refresh Story List (Ctrl+R) tries again.</source>
        <translation>Реестр источников не удалось прочитать: {0}. В списке источники, прочитанные раньше; «Обновить список материалов» (Ctrl+R) попробует ещё раз.</translation>
    </message>
    <message>
        <source>Delete “{0}” from the registry?</source>
        <translation>Удалить «{0}» из реестра?</translation>
    </message>
    <message>
        <source>“{0}” is no longer in the registry: a colleague deleted it. Your edits are dropped; create it again if it is still needed.</source>
        <translation>«{0}» больше нет в реестре: коллега удалил источник. Ваши правки отброшены; создайте его заново, если он ещё нужен.</translation>
    </message>
    <message>
        <source>The stored source could not be read, so your edits are kept: {0}</source>
        <translation>Сохранённый источник не удалось прочитать, поэтому ваши правки оставлены: {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Под своим именем</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reason for anonymity</source>
        <translation>Причина анонимности</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Другие языки</translation>
    </message>
    <message>
        <source>Cited in: —</source>
        <translation>Цитируется в: —</translation>
    </message>
    <message>
        <source>Looking for stories that cite it…</source>
        <translation>Ищем материалы, где он цитируется…</translation>
    </message>
    <message numerus="yes">
        <source>Cited %n time(s)</source>
        <translation>
            <numerusform>Цитируется %n раз</numerusform>
            <numerusform>Цитируется %n раза</numerusform>
            <numerusform>Цитируется %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n story(s)</source>
        <translation>
            <numerusform>в %n материале</numerusform>
            <numerusform>в %n материалах</numerusform>
            <numerusform>в %n материалах</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited in: no story yet</source>
        <translation>Цитируется в: пока ни в одном материале</translation>
    </message>
    <message>
        <source>Where it is cited could not be read: {0}</source>
        <translation>Не удалось узнать, где он цитируется: {0}</translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message>
        <source>Check spelling</source>
        <translation>Проверка орфографии</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>A&amp;dd to house dictionary</source>
        <translation>&amp;Добавить в словарь редакции</translation>
    </message>
    <message>
        <source>&amp;Ignore in this article</source>
        <translation>&amp;Пропускать в этом материале</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Not in the dictionary: %s</source>
        <translation>Нет в словаре: %s</translation>
    </message>
    <message>
        <source>The spelling check is complete.</source>
        <translation>Проверка орфографии завершена.</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add to house dictionary</source>
        <translation>Добавить в словарь редакции</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>Пропускать в этом материале</translation>
    </message>
</context>
<context>
    <name>SpikeNotice</name>
    <message numerus="yes">
        <source>Spiked %n story(s) (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>Снят %n материал (Ctrl+Z вернёт его).</numerusform>
            <numerusform>Снято %n материала (Ctrl+Z вернёт его).</numerusform>
            <numerusform>Снято %n материалов (Ctrl+Z вернёт его).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spiked %n story(s) (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>Снят %n материал (Ctrl+Z вернёт их).</numerusform>
            <numerusform>Снято %n материала (Ctrl+Z вернёт их).</numerusform>
            <numerusform>Снято %n материалов (Ctrl+Z вернёт их).</numerusform>
        </translation>
    </message>
    <message>
        <source>The editor now shows “{0}”.</source>
        <translation>В редакторе теперь «{0}».</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>На правке</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Снят</translation>
    </message>
</context>
<context>
    <name>StoryTransfer</name>
    <message>
        <source>Replace Existing</source>
        <translation>Заменить существующие</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written: {0}</source>
        <translation>PDF не записан: {0}</translation>
    </message>
    <message>
        <source>PDF written to {0}</source>
        <translation>PDF записан: {0}</translation>
    </message>
    <message>
        <source>Import stories</source>
        <translation>Импорт материалов</translation>
    </message>
    <message>
        <source>Markdown stories (*.md *.markdown);;All (*)</source>
        <translation>Материалы Markdown (*.md *.markdown);;Все (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: {0}. Each file is imported whole or not at all; try again, or import the files one by one to find the one at fault.</source>
        <translation>Импорт не удался: {0}. Каждый файл импортируется целиком или не импортируется вовсе; повторите попытку или импортируйте файлы по одному, чтобы найти проблемный.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n story(s).</source>
        <translation>
            <numerusform>Импортирован %n материал.</numerusform>
            <numerusform>Импортировано %n материала.</numerusform>
            <numerusform>Импортировано %n материалов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) already said the same.</source>
        <translation>
            <numerusform>%n материал уже содержал то же самое.</numerusform>
            <numerusform>%n материала уже содержали то же самое.</numerusform>
            <numerusform>%n материалов уже содержали то же самое.</numerusform>
        </translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ({0}{1}) hold stories that already exist: replace them? The current text of each is kept as a revision.</source>
        <translation>
            <numerusform>В %n файле ({0}{1}) — материалы, которые уже есть: заменить их? Текущий текст каждого сохранится как редакция.</numerusform>
            <numerusform>В %n файлах ({0}{1}) — материалы, которые уже есть: заменить их? Текущий текст каждого сохранится как редакция.</numerusform>
            <numerusform>В %n файлах ({0}{1}) — материалы, которые уже есть: заменить их? Текущий текст каждого сохранится как редакция.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>Отклонён %n файл:</numerusform>
            <numerusform>Отклонены %n файла:</numerusform>
            <numerusform>Отклонено %n файлов:</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {0} more (hover here for the full list).</source>
        <translation>…и ещё {0} (наведите указатель, чтобы увидеть весь список).</translation>
    </message>
    <message>
        <source>Nothing exported: the open story could not be saved first. {0}</source>
        <translation>Ничего не экспортировано: открытый материал не удалось сначала сохранить. {0}</translation>
    </message>
    <message>
        <source>PDF not written: the open story could not be saved first. {0}</source>
        <translation>PDF не записан: открытый материал не удалось сначала сохранить. {0}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Comma-separated, e.g. economy, Kazakhstan</source>
        <translation>Через запятую, например: экономика, Казахстан</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something Newsdesk was doing in the background failed. The log has the details.</source>
        <translation>Фоновая операция Newsdesk не удалась. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>Something Newsdesk was doing in the background failed: {0}. The log has the details.</source>
        <translation>Фоновая операция Newsdesk не удалась: {0}. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>ThenNowDialog</name>
    <message>
        <source>The original then and now</source>
        <translation>Оригинал тогда и сейчас</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Выбранная строка</translation>
    </message>
    <message>
        <source>Whole story</source>
        <translation>Весь материал</translation>
    </message>
    <message>
        <source>The original then</source>
        <translation>Оригинал тогда</translation>
    </message>
    <message>
        <source>The original now</source>
        <translation>Оригинал сейчас</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Row {0}: changed since it was translated.</source>
        <translation>Строка {0}: изменилась после перевода.</translation>
    </message>
    <message>
        <source>Row {0}: the same as when it was translated.</source>
        <translation>Строка {0}: такая же, как при переводе.</translation>
    </message>
    <message>
        <source>Rows changed since they were translated: {0} of {1}.</source>
        <translation>Строк, изменившихся после перевода: {0} из {1}.</translation>
    </message>
    <message>
        <source>Then: the original as translated (revision {0})</source>
        <translation>Тогда: оригинал при переводе (редакция {0})</translation>
    </message>
    <message>
        <source>Then: the original&apos;s text when translated is not known; shown as now</source>
        <translation>Тогда: текст оригинала при переводе неизвестен, показан нынешний</translation>
    </message>
    <message>
        <source>Now: the original as stored (revision {0})</source>
        <translation>Сейчас: оригинал в базе (редакция {0})</translation>
    </message>
</context>
<context>
    <name>TranslationDeskDialog</name>
    <message>
        <source>Translators&apos; desk</source>
        <translation>Стол переводчика</translation>
    </message>
</context>
<context>
    <name>TranslationDeskWidget</name>
    <message>
        <source>Pre-translate from memory</source>
        <translation>Предперевод из памяти</translation>
    </message>
    <message>
        <source>Fill every untranslated row whose original is in the translation memory word for word; the rows become drafts to review, never translated</source>
        <translation>Заполнить каждую непереведённую строку, оригинал которой дословно есть в памяти переводов; строки станут черновиками для проверки, а не переведёнными</translation>
    </message>
    <message>
        <source>Nothing to pre-translate: every row has a translation.</source>
        <translation>Заполнять нечего: у каждой строки есть перевод.</translation>
    </message>
    <message>
        <source>Looking up the untranslated rows in the memory…</source>
        <translation>Поиск непереведённых строк в памяти…</translation>
    </message>
    <message>
        <source>No untranslated row has an exact match in the memory.</source>
        <translation>Ни для одной непереведённой строки нет точного совпадения в памяти.</translation>
    </message>
    <message>
        <source>Storing the row…</source>
        <translation>Строка сохраняется…</translation>
    </message>
    <message>
        <source>Rows pre-translated from the memory as drafts: {0}. Review and confirm each.</source>
        <translation>Строк заполнено из памяти как черновики: {0}. Проверьте и подтвердите каждую.</translation>
    </message>
    <message>
        <source>Next flagged</source>
        <translation>Следующая отмеченная</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <translation>Ещё не переведено.</translation>
    </message>
    <message>
        <source>No change in the original since it was translated.</source>
        <translation>Оригинал не менялся с тех пор, как его перевели.</translation>
    </message>
    <message>
        <source>Type its translation in the empty cell.</source>
        <translation>Введите его перевод в пустую ячейку.</translation>
    </message>
    <message>
        <source>Remove or rewrite the translation paragraph beside it.</source>
        <translation>Удалите или перепишите абзац перевода рядом с ним.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>The next row whose original changed (F8)</source>
        <translation>Следующая строка, оригинал которой изменился (F8)</translation>
    </message>
    <message>
        <source>Next untranslated</source>
        <translation>Следующая непереведённая</translation>
    </message>
    <message>
        <source>The next row still untranslated (F7)</source>
        <translation>Следующая ещё не переведённая строка (F7)</translation>
    </message>
    <message>
        <source>Confirm row</source>
        <translation>Подтвердить строку</translation>
    </message>
    <message>
        <source>The row&apos;s translation is done and renders the original as it is now: mark it translated, clear its flag and go on to the next row to confirm (Ctrl+Enter)</source>
        <translation>Перевод строки готов и соответствует текущему оригиналу: отметить её переведённой, снять флажок и перейти к следующей неподтверждённой строке (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark row {0}</source>
        <translation>Отметить строку: {0}</translation>
    </message>
    <message>
        <source>Translation memory matches</source>
        <translation>Совпадения из памяти переводов</translation>
    </message>
    <message>
        <source>Matches from the translation memory for the selected row appear here.</source>
        <translation>Здесь появятся совпадения из памяти переводов для выбранной строки.</translation>
    </message>
    <message>
        <source>Insert memory match {0}</source>
        <translation>Вставить совпадение {0} из памяти</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Start a translation of the original into another language</source>
        <translation>Начать перевод оригинала на другой язык</translation>
    </message>
    <message>
        <source>What changed in the original</source>
        <translation>Что изменилось в оригинале</translation>
    </message>
    <message>
        <source>Select a row to see what changed in the original.</source>
        <translation>Выберите строку, чтобы увидеть, что изменилось в оригинале.</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Перевод:</translation>
    </message>
    <message>
        <source>Opening the story…</source>
        <translation>Материал открывается…</translation>
    </message>
    <message>
        <source>No translation of this story yet. Use “Translate…” to start one from its {0} text.</source>
        <translation>У этого материала пока нет переводов. Нажмите «Перевести…», чтобы начать перевод с языка оригинала ({0}).</translation>
    </message>
    <message>
        <source>Aligning the translation with the original…</source>
        <translation>Сопоставляем перевод с оригиналом…</translation>
    </message>
    <message>
        <source>Could not open the desk: {0}</source>
        <translation>Не удалось открыть стол переводчика: {0}</translation>
    </message>
    <message>
        <source>Original ({0})</source>
        <translation>Оригинал ({0})</translation>
    </message>
    <message>
        <source>Translation ({0})</source>
        <translation>Перевод ({0})</translation>
    </message>
    <message>
        <source>Saving the translation…</source>
        <translation>Перевод сохраняется…</translation>
    </message>
    <message>
        <source>Not tracked yet: nothing records which text of the original this translation renders. Mark it as up to date to flag the original&apos;s next changes.</source>
        <translation>Пока не отслеживается: не записано, какой текст оригинала передаёт этот перевод. Отметьте перевод актуальным, чтобы следующие изменения оригинала отмечались.</translation>
    </message>
    <message>
        <source>Up to date with revision {0} of the original.</source>
        <translation>Соответствует редакции оригинала {0}.</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>добавлено: {0}</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>изменено: {0}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>удалено: {0}</translation>
    </message>
    <message>
        <source>The original changed since revision {0} that you translated: {1}. Review the highlighted rows, then mark as up to date.</source>
        <translation>Оригинал изменился после переведённой вами редакции {0}: {1}. Проверьте выделенные строки, затем отметьте перевод актуальным.</translation>
    </message>
    <message>
        <source>No match of 70 % or more in the memory.</source>
        <translation>В памяти нет совпадений от 70 % и выше.</translation>
    </message>
    <message>
        <source>The memory could not be searched: {0}</source>
        <translation>Не удалось выполнить поиск в памяти переводов: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}/{2} translated</source>
        <translation>{0}: переведено {1}/{2}</translation>
    </message>
    <message>
        <source>, {0} flagged</source>
        <translation>, отмечено: {0}</translation>
    </message>
    <message numerus="yes">
        <source>, %n QA error(s)</source>
        <translation>
            <numerusform>, %n ошибка проверки</numerusform>
            <numerusform>, %n ошибки проверки</numerusform>
            <numerusform>, %n ошибок проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {0} confirmed on the desk</source>
        <translation>Строка {0} подтверждена на столе переводчика</translation>
    </message>
    <message>
        <source>{0} confirmed on the desk</source>
        <translation>{0}: подтверждено на столе переводчика</translation>
    </message>
    <message>
        <source>{0} confirmed.</source>
        <translation>{0}: подтверждено.</translation>
    </message>
    <message>
        <source>Saved the translation (version {0}).</source>
        <translation>Перевод сохранён (версия {0}).</translation>
    </message>
    <message>
        <source>Not marked as up to date yet: the desk is still storing your last change. Try again once the status line says it is done.</source>
        <translation>Пока не отмечено как актуальное: стол ещё сохраняет ваше последнее изменение. Попробуйте снова, когда строка состояния скажет, что всё готово.</translation>
    </message>
    <message>
        <source>Marking the translation as up to date…</source>
        <translation>Перевод отмечается как актуальный…</translation>
    </message>
    <message>
        <source>Not marked as up to date: {0}</source>
        <translation>Не отмечено как актуальное: {0}</translation>
    </message>
    <message>
        <source>Translate story</source>
        <translation>Перевод материала</translation>
    </message>
    <message>
        <source>Translate “{0}” into:</source>
        <translation>Перевести «{0}» на язык:</translation>
    </message>
    <message>
        <source>No translation started yet: the desk is still busy. Try again once the status line says it is done.</source>
        <translation>Перевод пока не начат: стол ещё занят. Попробуйте снова, когда строка состояния скажет, что всё готово.</translation>
    </message>
    <message>
        <source>Starting the translation…</source>
        <translation>Начинается перевод…</translation>
    </message>
    <message>
        <source>No translation started: {0}</source>
        <translation>Перевод не начат: {0}</translation>
    </message>
    <message>
        <source>Not stored: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;This paragraph is only in the translation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Этот абзац есть только в переводе.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Отметить актуальным</translation>
    </message>
    <message>
        <source>The translation now renders the original as it is: clear the flags</source>
        <translation>Перевод теперь соответствует оригиналу: снять отметки</translation>
    </message>
    <message>
        <source>Row {0} confirmed.</source>
        <translation>Строка {0} подтверждена.</translation>
    </message>
    <message>
        <source>{0} All rows are confirmed.</source>
        <translation>{0} Все строки подтверждены.</translation>
    </message>
    <message>
        <source>The row is confirmed, but the translation memory did not take it: {0}</source>
        <translation>Строка подтверждена, но в память переводов не попала: {0}</translation>
    </message>
    <message>
        <source> Your text is kept on this computer.</source>
        <translation> Ваш текст сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>{0}. The desk shows the stored text again.{1} Choose Use Mine or Keep Theirs above the rows; if you do not, it is offered back when Newsdesk next starts.</source>
        <translation>{0}. Стол переводчика снова показывает сохранённый текст.{1} Выберите «Мой вариант» или «Вариант коллеги» над строками; иначе ваш вариант будет предложен при следующем запуске Newsdesk.</translation>
    </message>
    <message>
        <source>The translation was not saved: {0}.{1} It is saved with your next edit, or offered back when Newsdesk next starts.</source>
        <translation>Перевод не сохранён: {0}.{1} Он сохранится при следующей правке или будет предложен при следующем запуске Newsdesk.</translation>
    </message>
    <message>
        <source>The translation was not saved: {0}.{1}</source>
        <translation>Перевод не сохранён: {0}.{1}</translation>
    </message>
    <message>
        <source>A newer version of this story was saved by a colleague. It shows once you leave this cell (your typing is kept and saved first).</source>
        <translation>Коллега сохранил более новую версию этого материала. Она появится, когда вы выйдете из этой ячейки (набранный текст сохранится и будет записан первым).</translation>
    </message>
    <message>
        <source>A colleague changed the original: the rows it changed are flagged.</source>
        <translation>Коллега изменил оригинал: изменённые строки отмечены.</translation>
    </message>
    <message>
        <source>A colleague&apos;s newer translation is shown.</source>
        <translation>Показан более новый перевод, сохранённый коллегой.</translation>
    </message>
    <message>
        <source>Saving… your typing is kept.</source>
        <translation>Сохраняется… набранное не потеряется.</translation>
    </message>
</context>
<context>
    <name>TranslationProgressLabel</name>
    <message>
        <source>How far the translations are, as the translators&apos; desk counts rows (Story ▸ Translators&apos; Desk…)</source>
        <translation>Насколько готовы переводы — по строкам, как их считает стол переводчика (Материал ▸ Стол переводчика…)</translation>
    </message>
</context>
<context>
    <name>TranslationTools</name>
    <message>
        <source>Translators&apos; &amp;Desk…</source>
        <translation>&amp;Стол переводчика…</translation>
    </message>
    <message>
        <source>Original and translation side by side, with the original&apos;s changes since it was translated</source>
        <translation>Оригинал и перевод рядом, с изменениями оригинала после перевода</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <source>Start a translation of the open story into another language</source>
        <translation>Начать перевод открытого материала на другой язык</translation>
    </message>
    <message>
        <source>Open a saved story first: the desk works on stories in the database.</source>
        <translation>Сначала откройте сохранённый материал: стол переводчика работает с материалами из базы.</translation>
    </message>
    <message>
        <source>The open story could not be saved, so the desk stays closed: {0}</source>
        <translation>Открытый материал не удалось сохранить, поэтому стол переводчика не открыт: {0}</translation>
    </message>
    <message>
        <source>Search the Translation &amp;Memory…</source>
        <translation>Поиск в па&amp;мяти переводов…</translation>
    </message>
    <message>
        <source>Find the selected words in the translation memory, with the stories they come from</source>
        <translation>Найти выделенные слова в памяти переводов, с материалами, откуда они взяты</translation>
    </message>
    <message>
        <source>T&amp;hen / Now…</source>
        <translation>&amp;Тогда / сейчас…</translation>
    </message>
    <message>
        <source>The original as it was when it was translated, beside the original now, on the translators&apos; desk</source>
        <translation>Оригинал, каким он был при переводе, рядом с оригиналом сейчас — на столе переводчика</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Newsroom upgraded</source>
        <translation>Редакционная база обновлена</translation>
    </message>
    <message>
        <source>Newsdesk upgraded the newsroom {database} from schema {old} to {new}.</source>
        <translation>Newsdesk обновил редакционную базу {database} со схемы {old} до {new}.</translation>
    </message>
    <message>
        <source>A copy of it as it was before is at {backup}.</source>
        <translation>Копия базы до обновления: {backup}.</translation>
    </message>
    <message>
        <source>The upgrade ran in one transaction on the server. Newsdesk keeps no copy of a database on a server: keep your own backups (pg_dump).</source>
        <translation>Обновление выполнено на сервере одной транзакцией. Newsdesk не хранит копий серверных баз: делайте резервные копии сами (pg_dump).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Новый материал</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Начать новый материал</translation>
    </message>
    <message>
        <source>&amp;Duplicate Story</source>
        <translation>&amp;Дублировать материал</translation>
    </message>
    <message>
        <source>Copy the story as a new draft</source>
        <translation>Скопировать материал в новый черновик</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Сохранить редакцию</translation>
    </message>
    <message>
        <source>Save now and record a revision you can go back to</source>
        <translation>Сохранить сейчас и записать редакцию, к которой можно вернуться</translation>
    </message>
    <message>
        <source>Save Revision with &amp;Note…</source>
        <translation>Сохранить редакцию с &amp;примечанием…</translation>
    </message>
    <message>
        <source>&amp;Reload Story</source>
        <translation>П&amp;ерезагрузить материал</translation>
    </message>
    <message>
        <source>Drop unsaved changes and show the stored story</source>
        <translation>Отбросить несохранённые изменения и показать сохранённый материал</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import Markdown story files</source>
        <translation>Импортировать материалы из файлов Markdown</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export stories to HTML, Markdown, ninjs</source>
        <translation>Экспортировать материалы в HTML, Markdown, ninjs</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>The open story as a PDF for the legal desk</source>
        <translation>Открытый материал в PDF для юристов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Search Stories</source>
        <translation>По&amp;иск материалов</translation>
    </message>
    <message>
        <source>Search every story in the database</source>
        <translation>Искать по всем материалам в базе</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;сё</translation>
    </message>
    <message>
        <source>Refresh Story &amp;List</source>
        <translation>&amp;Обновить список материалов</translation>
    </message>
    <message>
        <source>Show stories others saved or imported since</source>
        <translation>Показать материалы, которые с тех пор сохранили или импортировали коллеги</translation>
    </message>
    <message>
        <source>Story &amp;List</source>
        <translation>&amp;Список материалов</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>Move to &amp;{0}</source>
        <translation>Перевести в статус &amp;{0}</translation>
    </message>
    <message>
        <source>S&amp;pike Story</source>
        <translation>Сн&amp;ять материал</translation>
    </message>
    <message>
        <source>Archive the story (Delete in the story list; undo brings it)</source>
        <translation>Снять материал в архив (Delete в списке материалов; отмена возвращает его)</translation>
    </message>
    <message>
        <source>Spike Story</source>
        <translation>Снять материал</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>&amp;Редакции…</translation>
    </message>
    <message>
        <source>Browse, compare and restore the open story&apos;s revisions</source>
        <translation>Просмотр, сравнение и восстановление редакций открытого материала</translation>
    </message>
    <message>
        <source>&amp;Spelling…</source>
        <translation>&amp;Орфография…</translation>
    </message>
    <message>
        <source>Author &amp;Profiles…</source>
        <translation>&amp;Профили авторов…</translation>
    </message>
    <message>
        <source>&amp;House Dictionary…</source>
        <translation>С&amp;ловарь редакции…</translation>
    </message>
    <message>
        <source>House &amp;Settings…</source>
        <translation>&amp;Настройки редакции…</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;О программе Newsdesk</translation>
    </message>
    <message>
        <source>Newsdesk &amp;Help</source>
        <translation>&amp;Справка Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Отменить ввод</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Повторить ввод</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторить: {0}</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Save Mine as a Copy and Close</source>
        <translation>Сохранить мой как копию и закрыть</translation>
    </message>
    <message>
        <source>Keep My Text and Close</source>
        <translation>Оставить мой текст и закрыть</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>Отбросить и закрыть</translation>
    </message>
    <message>
        <source>Saving before closing…</source>
        <translation>Сохранение перед закрытием…</translation>
    </message>
    <message>
        <source>The window stayed open so your text is not lost: “{0}” was changed elsewhere and your last changes are not saved. “{1}” keeps your text as a new draft beside the newer version; “{2}” keeps it on this computer for the next start.</source>
        <translation>Окно осталось открытым, чтобы ваш текст не пропал: «{0}» изменили в другом месте, и ваши последние правки не сохранены. «{1}» сохранит ваш текст новым черновиком рядом с более новой версией; «{2}» оставит его на этом компьютере до следующего запуска.</translation>
    </message>
    <message>
        <source>The window stayed open so your text is not lost. {0}</source>
        <translation>Окно осталось открытым, чтобы ваш текст не пропал. {0}</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Open a story to see its revisions.</source>
        <translation>Откройте материал, чтобы увидеть его редакции.</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>О программе Newsdesk</translation>
    </message>
    <message>
        <source>Newsdesk {0}
A desktop newsroom editor.

Database: {1}</source>
        <translation>Newsdesk {0}
Настольный редактор для редакций.

База данных: {1}</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Сохранение редакции</translation>
    </message>
    <message>
        <source>Note for this revision (optional):</source>
        <translation>Примечание к редакции (необязательно):</translation>
    </message>
    <message>
        <source>Text Kept on This Computer</source>
        <translation>Текст сохранён на этом компьютере</translation>
    </message>
    <message>
        <source>The newsroom could not be reached, so the latest changes to “{0}” are kept on this computer. They will be offered back the next time Newsdesk opens this newsroom.

{1}</source>
        <translation>Редакционная база недоступна, поэтому последние изменения в «{0}» сохранены на этом компьютере. Они будут предложены снова, когда Newsdesk в следующий раз откроет эту базу.

{1}</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>New story</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>{0} (read only)</source>
        <translation>{0} (только чтение)</translation>
    </message>
</context>
</TS>
