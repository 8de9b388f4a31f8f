"""Hand-written English/Russian wire-copy rows for the translation QA tests and benchmark.

``CLEAN_ROWS`` are faithful translations in house style: no check may flag any of them (each is
a false alarm waiting to happen: Russian number and date formats, declined names, spelled-out
numbers, COVID-19, G7, phone numbers, URLs). ``GLOSSARY`` is the newsroom's term list they use.
"""

from __future__ import annotations

from newsdesk.domain.translation_qa import GlossaryTerm

GLOSSARY = (
    GlossaryTerm({"en": "Sadyr Japarov", "ru": "Садыр Жапаров"}, {"ru": ("Садыр Джапаров",)},
                 "President of Kyrgyzstan since 2021"),
    GlossaryTerm({"en": "Shavkat Mirziyoyev", "ru": "Шавкат Мирзиёев"},
                 {"ru": ("Шавкат Мирзияев",)}),
    GlossaryTerm({"en": "Kassym-Jomart Tokayev", "ru": "Касым-Жомарт Токаев"}),
    GlossaryTerm({"en": "Serdar Berdimuhamedov", "ru": "Сердар Бердымухамедов"}),
    GlossaryTerm({"en": "Emomali Rahmon", "ru": "Эмомали Рахмон"}, {"ru": ("Эмомали Рахмонов",)}),
    GlossaryTerm({"en": "Sergei Shoigu", "ru": "Сергей Шойгу"}, {"en": ("Sergey Shoigu",)}),
    GlossaryTerm({"en": "SCO", "ru": "ШОС"}, note="Shanghai Cooperation Organisation"),
    GlossaryTerm({"en": "Jogorku Kenesh", "ru": "Жогорку Кенеш"}, note="Kyrgyz parliament"),
    GlossaryTerm({"en": "Kyrgyzstan", "ru": "Кыргызстан"}, {"ru": ("Киргизия",)}),
)

CLEAN_ROWS: tuple[tuple[str, str], ...] = (
    ("Kyrgyz President Sadyr Japarov signed a law on Tuesday raising the minimum pension by "
     "12.5%, the presidential press service said.",
     "Президент Кыргызстана Садыр Жапаров во вторник подписал закон о повышении минимальной "
     "пенсии на 12,5 %, сообщила пресс-служба главы государства."),
    ("The law, adopted by the Jogorku Kenesh on April 24, takes effect on January 1, 2025.",
     "Закон, принятый Жогорку Кенешем 24 апреля, вступает в силу 1 января 2025 года."),
    ("Uzbekistan's economy grew 5.3% in the first half of 2023, to 442.3 trillion soums, the "
     "statistics agency said.",
     "Экономика Узбекистана в первом полугодии 2023 года выросла на 5,3 % и достигла 442,3 трлн "
     "сумов, сообщило статистическое агентство."),
    ("Shavkat Mirziyoyev and Kassym-Jomart Tokayev met in Tashkent on December 22, [the Uzbek "
     "presidential press service reported](source:president-uz).",
     "Шавкат Мирзиёев и Касым-Жомарт Токаев встретились в Ташкенте 22 декабря, [сообщила "
     "пресс-служба президента Узбекистана](source:president-uz)."),
    ("Trade between the two countries reached $4.6 billion in 2023, up from $3.1 billion a year "
     "earlier.",
     "Товарооборот между двумя странами в 2023 году достиг 4,6 млрд долларов против 3,1 млрд "
     "долларов годом ранее."),
    ("The new road, 100 kilometers [62 miles] long, will link Osh and Batken by 2026.",
     "Новая дорога длиной 100 километров [62 миль] свяжет Ош и Баткен к 2026 году."),
    ("About 12,500 people were evacuated after the mudflow, the Emergencies Ministry said.",
     "После схода селя были эвакуированы около 12 500 человек, сообщило МЧС."),
    ("About 12,500 people were evacuated after the mudflow, the Emergencies Ministry said.",
     "После схода селя были эвакуированы около 12\u00a0500 человек, сообщило МЧС."),
    ("Prices for flour rose 5-7% in the first quarter.",
     "В первом квартале цены на муку выросли на 5–7 %."),
    ("Tajikistan's central bank cut its key rate to 9% from 10% on Friday.",
     "Национальный банк Таджикистана в пятницу снизил ключевую ставку с 10 % до 9 %."),
    ("The SCO summit in Astana on July 3-4 brought together leaders of nine member states.",
     "Саммит ШОС в Астане 3–4 июля собрал лидеров девяти государств-членов."),
    ("Turkmen President Serdar Berdimuhamedov arrived in Dushanbe on Wednesday.",
     "Президент Туркменистана Сердар Бердымухамедов в среду прибыл в Душанбе."),
    ("Emomali Rahmon has ruled Tajikistan since 1992.",
     "Эмомали Рахмон руководит Таджикистаном с 1992 года."),
    ("The Toktogul reservoir supplies about 40 percent of the country's electricity.",
     "Токтогульское водохранилище обеспечивает около 40 процентов электроэнергии страны."),
    ("Gas output has not been this low since the 1990s.",
     "Добыча газа не была столь низкой с 1990-х годов."),
    ("Tourist arrivals recovered to pre-COVID-19 levels, the G7 report said.",
     "Турпоток восстановился до уровня, предшествовавшего COVID-19, говорится в докладе G7."),
    ("One of the two reactors will be built by Rosatom.",
     "Один из двух реакторов построит «Росатом»."),
    ("Applications are accepted at +996 312 62 52 00 and https://mfa.gov.kg/ru/2024/05.",
     "Заявки принимаются по телефону +996 312 62 52 00 и на сайте https://mfa.gov.kg/ru/2024/05."),
    ("Kazakhstan will export 1.3 billion cubic meters of gas to China in 2024.",
     "В 2024 году Казахстан экспортирует в Китай 1,3 млрд кубометров газа."),
    ("The plant employs 3,400 people and produces 150,000 tonnes of cement a year.",
     "На заводе работают 3400 человек, он производит 150 тыс. тонн цемента в год."),
    ("The Asian Development Bank lent $250 million to the Kambarata-1 project.",
     "Азиатский банк развития выделил 250 млн долларов на проект Камбаратинской ГЭС-1."),
    ("Two people died and seven were injured when the bus overturned near Naryn.",
     "Два человека погибли, семеро получили травмы, когда автобус перевернулся под Нарыном."),
    ("The presidential election will be held on November 30, 2025.",
     "Президентские выборы пройдут 30 ноября 2025 года."),
    ("In April, the Jogorku Kenesh approved the budget.",
     "В апреле Жогорку Кенеш одобрил бюджет."),
    ("The intergovernmental commission will meet on 24.04.2024.",
     "Межправительственная комиссия соберется 24 апреля 2024 года."),
    ("Inflation slowed to 7.1% in March, according to [the National Bank](source:nbkr).",
     "По данным [Национального банка](source:nbkr), в марте инфляция замедлилась до 7,1 %."),
    ("Kyrgyzstan's first national park of the 21st century opened on Saturday.",
     "В субботу открылся первый национальный парк Кыргызстана в XXI веке."),
    ("Russian Defence Minister Sergei Shoigu visited the Kant air base on Monday.",
     "Министр обороны России Сергей Шойгу в понедельник посетил авиабазу «Кант»."),
    ("Mirziyoyev later met Sergei Shoigu.",
     "Позднее Мирзиёев встретился с Сергеем Шойгу."),
    ("Hundreds of protesters gathered outside the government building in Bishkek.",
     "Сотни протестующих собрались у здания правительства в Бишкеке."),
    ("## Gas exports to China", "## Экспорт газа в Китай"),
    ("1. The first stage of the railway costs $1.5 billion.",
     "1. Первый этап железной дороги стоит 1,5 млрд долларов."),
    ("Kyrgyzstan beat Tajikistan 3-1 on Thursday.",
     "В четверг Кыргызстан обыграл Таджикистан со счетом 3:1."),
    ("Temperatures in Astana dropped to minus 25 degrees Celsius.",
     "Температура в Астане опустилась до –25 °C."),
    ("The ministry plans to build 12 schools in the Batken region.",
     "Министерство планирует построить двенадцать школ в Баткенской области."),
    ("Two new flights to Istanbul will start in June.",
     "В июне начнутся 2 новых рейса в Стамбул."),
    ("The gas transit agreement runs until 2030.",
     "Соглашение о транзите газа действует до 2030 года."),
    ("It was the 3rd such attack on the border this year.",
     "Это уже 3-е подобное нападение на границе в этом году."),
    ("Deposits in the banking system grew 2.5-fold over five years.",
     "Объем депозитов в банковской системе вырос в 2,5 раза за пять лет."),
    ("COVID-19", "COVID-19"),
    ("Gazprom and Lukoil signed the supply agreement in Tashkent.",
     "Gazprom и Lukoil подписали соглашение о поставках в Ташкенте."),
    ("On Tuesday, April 24, 2018, officials said the dam was safe.",
     "Во вторник, 24 апреля 2018 года, чиновники заявили, что плотина безопасна."),
    ("The talks on 24-25 April ended without a statement, [AKIpress reported](source:akipress).",
     "Переговоры 24–25 апреля завершились без заявления, [сообщает AKIpress](source:akipress)."),
    ("Kazakhstan plans to raise oil output to 100 million tonnes by 2030, Tokayev said on "
     "Thursday.",
     "Казахстан планирует увеличить добычу нефти до 100 млн тонн к 2030 году, заявил Токаев в "
     "четверг."),
    ("The country's gold reserves rose to 7.9 million troy ounces in the 2nd quarter.",
     "Золотые резервы страны во II квартале выросли до 7,9 млн тройских унций."),
    ("A 6.1-magnitude earthquake struck 40 km south of Dushanbe at 10:30 local time.",
     "Землетрясение магнитудой 6,1 произошло в 40 км к югу от Душанбе в 10:30 по местному времени."),
    ("The Cabinet allocated 1.2 billion soms ($13.7 million) for the repairs.",
     "Кабинет министров выделил на ремонт 1,2 млрд сомов (13,7 млн долларов)."),
    ("Environmental groups in Almaty welcomed the decision.",
     "Экологические организации Алматы приветствовали решение об охране окружающей среды."),
)
