"""Sentence and paragraph templates for generated wire copy, in English and Russian.

Every paragraph that quotes someone or gives figures names its source in the same paragraph
(an attribution verb outside the quote, or a ``source:`` citation), so generated stories that
reach ``ready`` pass the attribution checker just as a careful reporter's copy would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Topic:
    """One beat: its tags and the headline, deck, lede and body templates in both languages."""

    tags_en: tuple[str, ...]
    tags_ru: tuple[str, ...]
    headlines_en: tuple[str, ...]
    headlines_ru: tuple[str, ...]
    deck_en: str
    deck_ru: str
    lede_en: str
    lede_ru: str
    body_en: tuple[str, ...]
    body_ru: tuple[str, ...]


TOPICS: Final = (
    Topic(
        ("trade", "economy"),
        ("торговля", "экономика"),
        ("{country} trade with neighbours grows {pct}% in {period}",
         "{city} traders look to new markets as border trade picks up"),
        ("Товарооборот {country_gen} с соседями вырос на {pct}%",
         "Торговцы из города {city} ищут новые рынки"),
        "Officials expect the growth to continue, but traders complain about slow customs checks.",
        "Чиновники ожидают продолжения роста, однако торговцы жалуются на медленные проверки.",
        "Trade between {country} and its Central Asian neighbours rose by {pct}% in {period}, "
        "{ministry} said on {weekday}, as new border crossings and simpler customs rules "
        "encouraged small businesses to sell abroad.",
        "Товарооборот {country_gen} с соседними странами Центральной Азии за {period_ru} вырос на "
        "{pct}%, сообщили {ministry_ru_in}. Рост связан с открытием новых пунктов пропуска и "
        "упрощением таможенных правил для малого бизнеса.",
        ("Exports of fruit, vegetables and textiles led the increase, while imports of fuel and "
         "machinery also grew, {ministry_short} said. The total reached about ${big} million, "
         "{wire} reported.",
         "“Five years ago a trader from {city} needed a week and ten signatures to send a truck "
         "across the border. Today it takes a day,” {expert}, {expert_title}, said in an "
         "interview. “The paperwork is no longer the problem. The queues are.”",
         "Traders say that the queues at the busiest crossings still stretch for several "
         "kilometers at harvest time, and that the rules change too often for small firms to "
         "keep up. {expert_cite} said a single electronic declaration for the whole region would "
         "help more than new buildings at the border."),
        ("Основной прирост пришелся на экспорт фруктов, овощей и текстиля, также выросли поставки "
         "топлива и техники, говорится в сообщении ведомства. Как сообщает {wire_ru}, общий объем "
         "торговли составил около {big} млн долларов.",
         "«Пять лет назад торговцу из города {city} нужна была неделя и десять подписей, чтобы "
         "отправить грузовик через границу. Сегодня на это уходит день», — {said_ru} {expert_ru}, "
         "{expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, в сезон урожая очереди на самых загруженных пунктах "
         "пропуска по-прежнему растягиваются на несколько километров, а правила меняются слишком "
         "часто, чтобы малый бизнес успевал за ними."),
    ),
    Topic(
        ("energy", "electricity"),
        ("энергетика", "электроэнергия"),
        ("{country} plans {mw} megawatts of new power capacity by {year}",
         "Power shortages loom for {city} as demand outpaces supply"),
        ("{country} планирует ввести {mw} МВт новых мощностей к {year} году",
         "Энергетики предупреждают о дефиците электроэнергии"),
        "Most of the new capacity will come from solar and wind, but gas and coal still dominate.",
        "Большая часть новых мощностей придется на солнце и ветер, но газ и уголь пока лидируют.",
        "{country} plans to add {mw} megawatts of generating capacity by {year}, {ministry} said "
        "on {weekday}, as electricity demand keeps rising faster than the grid can follow.",
        "{country} планирует к {year} году ввести {mw} МВт новых генерирующих мощностей, сообщили "
        "{ministry_ru_in}. Спрос на электроэнергию растет быстрее, чем развиваются сети.",
        ("Consumption grew by {pct}% last year, driven by new housing, industry and the spread "
         "of electric heating, {ministry_short} said. Peak winter demand now regularly exceeds "
         "what local plants can produce, {wire} reported.",
         "“We are building new plants, but a plant is useless if the line to the city cannot "
         "carry its power,” {expert}, {expert_title}, told The Times of Central Asia. "
         "“The grid is the part nobody likes to pay for.”",
         "{expert_cite} said tariffs that do not cover costs have left distribution companies "
         "unable to invest, and that losses in old networks reach {pct2}% in some regions. "
         "Tariff increases are unpopular, {pronoun} noted, but without them the shortages will "
         "return every winter."),
        ("Потребление за прошлый год выросло на {pct}% из-за нового жилья, промышленности и "
         "распространения электрического отопления, сообщили в ведомстве. Как передает {wire_ru}, "
         "пиковый спрос зимой уже регулярно превышает возможности местных станций.",
         "«Мы строим новые станции, но станция бесполезна, если линия до города не может "
         "передать ее мощность. Сети — это то, за что никто не любит платить», — {said_ru} "
         "{expert_ru}, {expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, тарифы, которые не покрывают затраты, лишают "
         "распределительные компании возможности инвестировать, а потери в старых сетях в "
         "некоторых регионах достигают {pct2}%."),
    ),
    Topic(
        ("water", "agriculture"),
        ("вода", "сельское хозяйство"),
        ("Farmers near {city} brace for a dry summer as reservoirs fall",
         "{country} to line {km} km of canals to save irrigation water"),
        ("Фермеры готовятся к засушливому лету",
         "{country} облицует {km} км каналов, чтобы сберечь воду"),
        "Officials promise new canals and drip irrigation; farmers say the water is needed now.",
        "Власти обещают новые каналы и капельное орошение, фермеры говорят, что вода нужна сейчас.",
        "Reservoirs in {country} hold about {pct}% less water than a year ago, {ministry} said "
        "on {weekday}, and farmers around {city} have been told to expect cuts in irrigation "
        "supplies during the hottest months.",
        "Водохранилища {country_gen} содержат примерно на {pct}% меньше воды, чем год назад, "
        "сообщили {ministry_ru_in}. Фермеров в окрестностях города {city} предупредили о "
        "возможных ограничениях подачи поливной воды в самые жаркие месяцы.",
        ("The government plans to line {km} kilometers of earth canals with concrete and to "
         "subsidise drip irrigation on {ha} hectares, {ministry_short} said. Up to half of the "
         "water in unlined canals is lost before it reaches the fields, {wire} reported.",
         "“We plant less cotton and more vegetables, because vegetables need less water and "
         "sell better,” {expert}, {expert_title}, said. “But every farmer here watches the "
         "mountains in spring and prays for snow.”",
         "{expert_cite} said the cost of drip irrigation was still too high for most small "
         "farms, and that subsidies often reached larger companies first. {pronoun_cap} called "
         "for cheaper loans for cooperatives."),
        ("Правительство намерено облицевать бетоном {km} км земляных каналов и субсидировать "
         "капельное орошение на площади {ha} гектаров, сообщили в ведомстве. Как передает "
         "{wire_ru}, в необлицованных каналах теряется до половины воды.",
         "«Мы сажаем меньше хлопка и больше овощей: овощам нужно меньше воды, и продаются они "
         "лучше. Но каждый фермер здесь весной смотрит на горы и молится о снеге», — {said_ru} "
         "{expert_ru}, {expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, капельное орошение по-прежнему слишком дорого для "
         "большинства небольших хозяйств, а субсидии чаще достаются крупным компаниям."),
    ),
    Topic(
        ("transport", "infrastructure"),
        ("транспорт", "инфраструктура"),
        ("New road to cut travel time between {city} and the border",
         "{country} freight volumes rise {pct}% as rail links expand"),
        ("Новая дорога сократит путь от города {city} до границы",
         "Грузоперевозки {in_country} выросли на {pct}%"),
        "The project is financed with loans from development banks and is due to open in {year}.",
        "Проект финансируется за счет кредитов банков развития и будет завершен в {year} году.",
        "{country} has started building a {km}-kilometer road that will link {city} with the "
        "nearest border crossing, {ministry} said on {weekday}, cutting the journey for trucks "
        "by several hours.",
        "{in_country_cap} началось строительство дороги протяженностью {km} км, которая свяжет "
        "город {city} с ближайшим пунктом пропуска на границе, сообщили {ministry_ru_in}.",
        ("The project will cost about ${big} million, most of it borrowed from international "
         "development banks, {ministry_short} said. Freight carried by road and rail rose by "
         "{pct}% last year, {wire} reported.",
         "“A truck that stands still for six hours costs the same as a truck that drives,” "
         "{expert}, {expert_title}, said. “Every hour we save on the road goes straight into "
         "the price of the goods.”",
         "{expert_cite} said the new road would matter most for farmers who send fruit and "
         "vegetables to markets abroad, since their goods cannot wait at the border. "
         "{pronoun_cap} warned that maintenance budgets were often forgotten once the ribbon "
         "was cut."),
        ("Стоимость проекта составит около {big} млн долларов, большую часть средств "
         "предоставят международные банки развития, сообщили в ведомстве. Как сообщает "
         "{wire_ru}, объем грузоперевозок в прошлом году вырос на {pct}%.",
         "«Грузовик, который стоит шесть часов, обходится так же дорого, как грузовик, который "
         "едет. Каждый сэкономленный час сразу отражается на цене товара», — {said_ru} "
         "{expert_ru}, {expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, новая дорога важнее всего для фермеров, которые "
         "отправляют фрукты и овощи на зарубежные рынки: их товар не может ждать на границе."),
    ),
    Topic(
        ("investment", "technology"),
        ("инвестиции", "технологии"),
        ("{country} courts foreign investors with new tax breaks",
         "Tech firms in {city} hire as IT exports climb {pct}%"),
        ("{country} привлекает инвесторов новыми налоговыми льготами",
         "IT-экспорт {country_gen} вырос на {pct}%"),
        "The government wants to double foreign direct investment within five years.",
        "Правительство хочет удвоить прямые иностранные инвестиции в течение пяти лет.",
        "{country} will exempt new factories and technology companies from profit tax for up "
        "to five years, {ministry} said on {weekday}, in a bid to attract foreign investors "
        "to {city} and other regional centres.",
        "{country} на срок до пяти лет освободит новые предприятия и технологические компании "
        "от налога на прибыль, сообщили {ministry_ru_in}. Власти рассчитывают привлечь "
        "иностранных инвесторов в город {city} и другие региональные центры.",
        ("Foreign direct investment reached about ${big} million last year, {ministry_short} "
         "said, and exports of software and IT services grew by {pct}%, {wire} reported.",
         "“Tax breaks bring the first investor. Courts and predictable rules bring the second "
         "and the third,” {expert}, {expert_title}, said. “Investors talk to each other.”",
         "{expert_cite} said companies were most worried about sudden changes to currency "
         "rules and about the shortage of experienced engineers. {pronoun_cap} added that "
         "universities had begun to expand their computer science programmes."),
        ("Прямые иностранные инвестиции в прошлом году составили около {big} млн долларов, "
         "сообщили в ведомстве. Как передает {wire_ru}, экспорт программного обеспечения и "
         "IT-услуг вырос на {pct}%.",
         "«Налоговые льготы приводят первого инвестора. Суды и предсказуемые правила приводят "
         "второго и третьего. Инвесторы разговаривают друг с другом», — {said_ru} {expert_ru}, "
         "{expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, компании больше всего беспокоят внезапные изменения "
         "валютных правил и нехватка опытных инженеров."),
    ),
    Topic(
        ("tourism", "Silk Road"),
        ("туризм", "Шелковый путь"),
        ("{city} expects more visitors as new flights launch",
         "{country} tourist arrivals up {pct}% on visa-free travel"),
        ("Город {city} ждет больше туристов благодаря новым рейсам",
         "Турпоток {in_country} вырос на {pct}%"),
        "Hotels are full in the high season, but guides say the industry needs trained staff.",
        "В высокий сезон гостиницы заполнены, но гиды говорят о нехватке кадров.",
        "The number of foreign tourists visiting {country} rose by {pct}% in {period}, "
        "{ministry} said on {weekday}, helped by visa-free travel and new direct flights to "
        "{city}.",
        "Число иностранных туристов, посетивших {country}, за {period_ru} выросло на {pct}%, "
        "сообщили {ministry_ru_in}. Росту способствовали безвизовый режим и новые прямые рейсы "
        "в город {city}.",
        ("Visitors spent about ${big} million during their stays, {ministry_short} said. Most "
         "came from neighbouring countries, Russia, Turkey and China, {wire} reported.",
         "“Tourists used to come for two days and see three mosques. Now they stay a week, go "
         "to the mountains and eat in family homes,” {expert}, {expert_title}, said.",
         "{expert_cite} said the shortage of trained guides and hotel staff was now the main "
         "obstacle to growth, and that prices in the high season had risen faster than "
         "service. {pronoun_cap} urged the authorities to fund training colleges."),
        ("По данным ведомства, туристы потратили за время поездок около {big} млн долларов. Как "
         "сообщает {wire_ru}, большинство гостей прибыли из соседних стран, России, Турции и "
         "Китая.",
         "«Раньше туристы приезжали на два дня и смотрели три мечети. Теперь они остаются на "
         "неделю, едут в горы и обедают в семьях», — {said_ru} {expert_ru}, {expert_title_ru}.",
         "По словам {expert_cite_ru_gen}, главным препятствием для роста стала нехватка "
         "подготовленных гидов и персонала гостиниц."),
    ),
)

# Background and analysis that fit any beat; each names its source where it needs one.
GENERIC_EN: Final = (
    "## Background",
    "Central Asia's five former Soviet republics have a combined population of about 80 "
    "million people, {wire} reported, and their economies have grown faster than the world "
    "average over the past decade, helped by remittances, commodity exports and trade with China.",
    "“The region has stopped thinking of itself as five separate markets,” {expert2}, "
    "{expert2_title}, said. “Companies now plan for the whole of Central Asia, and governments "
    "are slowly following them.”",
    "{expert2_cite} said cooperation between the capitals had improved markedly in recent "
    "years, with regular summits of the five presidents and joint projects on water, energy "
    "and transport. Old disputes over borders and water had not disappeared, {pronoun2} added, "
    "but they were now discussed at the negotiating table.",
    "## What officials say",
    "{ministry_short_cap} said the government would publish a detailed plan by the end of "
    "{period_next} and consult business associations before any new rules took effect. "
    "It did not say how the measures would be financed.",
    "An official in {city}, who asked not to be named, told {wire_short} that regional "
    "authorities had not yet received instructions on how to apply the new measures. "
    "Similar programmes in the past had been slowed by paperwork, the official said.",
    "“We welcome every step that makes life easier for business, but we want to see the rules "
    "before we celebrate,” {expert}, {expert_title}, added.",
    "The figures are broadly in line with forecasts published by international lenders, which "
    "expect the region's economy to grow by {pct3}% this year, {wire} reported, though "
    "economists warn that a fall in commodity prices could quickly change the picture.",
    "## The view from {city}",
    "In {city}, opinions were divided. Shopkeepers in the central bazaar said prices for "
    "imported goods had risen this year, while younger residents welcomed the prospect of new "
    "jobs. “My son works in Russia. If there were work here, he would come home tomorrow,” "
    "one trader said, asking that only her first name, {first_name}, be used.",
    "Labour migration remains a lifeline for many families in the region. Remittances from "
    "abroad are equal to a large share of economic output in Kyrgyzstan and Tajikistan, "
    "{wire2} reported, citing central bank data.",
    "## What comes next",
    "{expert2_cite} said the next months would show whether the plans were more than "
    "announcements. “The test is always the same: does a farmer or a shopkeeper notice "
    "any difference?” {pronoun2} said.",
    "The government is expected to discuss the measures at a cabinet meeting in {month}, "
    "{wire} reported. Parliament would need to amend several laws before some of them can "
    "take effect.",
    "Neighbouring governments have announced similar plans in recent months, and business "
    "groups have called for the rules to be aligned across the region so that companies do "
    "not face five different sets of requirements, {expert2_cite} noted.",
)

GENERIC_RU: Final = (
    "## Контекст",
    "Как сообщает {wire_ru}, в пяти бывших советских республиках Центральной Азии живут около "
    "80 млн человек, а их экономики за последнее десятилетие росли быстрее среднемирового "
    "уровня благодаря денежным переводам, сырьевому экспорту и торговле с Китаем.",
    "«Регион перестал воспринимать себя как пять отдельных рынков. Компании теперь планируют "
    "работу сразу во всей Центральной Азии, а правительства постепенно следуют за ними», — "
    "{said2_ru} {expert2_ru}, {expert2_title_ru}.",
    "По словам {expert2_cite_ru_gen}, за последние годы сотрудничество между столицами заметно "
    "улучшилось: регулярно проходят встречи пяти президентов, реализуются совместные проекты в "
    "сфере воды, энергетики и транспорта.",
    "## Позиция властей",
    "В ведомстве сообщили, что подробный план будет опубликован до конца {period_next_ru}, а "
    "до вступления в силу новых правил их обсудят с деловыми ассоциациями. Источники "
    "финансирования не уточняются.",
    "Собеседник в администрации города {city}, попросивший не называть его имени, рассказал, "
    "что местные власти пока не получили инструкций о том, как применять новые меры.",
    "«Мы приветствуем любой шаг, который облегчает жизнь бизнесу, но хотим увидеть правила, "
    "прежде чем радоваться», — {added_ru} {expert_ru}.",
    "Как передает {wire2_ru}, эти данные в целом совпадают с прогнозами международных "
    "финансовых организаций, которые ожидают в этом году роста экономики региона на {pct3}%.",
    "## Мнения горожан",
    "Мнения жителей города {city} разделились. Продавцы на центральном базаре рассказали, что "
    "цены на импортные товары в этом году выросли, а молодежь надеется на новые рабочие места. "
    "«Мой сын работает в России. Если бы здесь была работа, он завтра же вернулся бы домой», — "
    "сказала одна из продавщиц, попросившая назвать только ее имя — {first_name_ru}.",
    "Трудовая миграция остается для многих семей региона источником существования. Как "
    "сообщает {wire2_ru}, денежные переводы из-за рубежа составляют значительную долю экономики "
    "Кыргызстана и Таджикистана.",
    "## Что дальше",
    "«Проверка всегда одна и та же: заметит ли фермер или лавочник хоть какую-то разницу?» — "
    "{said2_ru} {expert2_ru}. По {pronoun2_ru_dat} словам, ближайшие месяцы покажут, являются "
    "ли планы чем-то большим, чем просто заявления.",
    "Как сообщает {wire_ru}, правительство обсудит эти меры на заседании в {month_ru_prep}. "
    "Для вступления части из них в силу парламенту предстоит внести поправки в несколько законов.",
)

EN_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")  # fmt: skip
RU_MONTHS_PREP: Final = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                         "сентябре", "октябре", "ноябре", "декабре")  # fmt: skip
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PERIODS: Final = (("the first quarter", "первый квартал", "the second quarter", "второго квартала"),
                  ("the first half of the year", "первое полугодие", "the year", "года"),
                  ("the first nine months", "девять месяцев", "the year", "года"))  # fmt: skip
