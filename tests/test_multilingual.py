"""Boilerplate of every shipped language, as table rows: REMOVE rows with their rule, KEEP rows.

Each row is checked twice: through its own filter (the rule id is asserted), and
through the whole default `clean`, placed between two paragraphs of article
prose in the same language. Wording of the REMOVE rows is real site wording
(see the comments in ``cleaner/lexicons/<lang>/*.txt``); the prose and the KEEP
rows were written for these tests.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from cleaner import clean, lexicons
from cleaner.pipeline import Pipeline

# Two paragraphs of article prose per language, long enough to read as prose.
PROSE: dict[str, tuple[str, str]] = {
    "en": (
        "The council met on Monday and voted for the new budget, which the mayor had proposed in "
        "the spring.",
        "Work on the new library will start next year and should take about two years to complete.",
    ),
    "de": (
        "Der Gemeinderat hat am Montag über den Haushalt abgestimmt, den die Bürgermeisterin im "
        "Frühjahr vorgelegt hatte.",
        "Die Arbeiten an der neuen Bibliothek sollen im kommenden Jahr beginnen und etwa zwei "
        "Jahre dauern.",
    ),
    "fr": (
        "Le conseil municipal a voté lundi le budget que le maire avait proposé au printemps "
        "dernier.",
        "Les travaux de la nouvelle bibliothèque commenceront l'an prochain et dureront environ "
        "deux ans.",
    ),
    "es": (
        "El pleno del ayuntamiento votó el lunes el presupuesto que la alcaldesa había presentado "
        "en primavera.",
        "Las obras de la nueva biblioteca empezarán el año que viene y durarán unos dos años.",
    ),
    "it": (
        "Il consiglio comunale ha votato lunedì il bilancio che il sindaco aveva presentato in "
        "primavera.",
        "I lavori della nuova biblioteca inizieranno il prossimo anno e dureranno circa due anni.",
    ),
    "pt": (
        "A câmara municipal votou na segunda-feira o orçamento que o prefeito tinha apresentado "
        "na primavera.",
        "As obras da nova biblioteca devem começar no próximo ano e durar cerca de dois anos.",
    ),
    "nl": (
        "De gemeenteraad heeft maandag gestemd over de begroting die de burgemeester in het "
        "voorjaar had voorgesteld.",
        "De bouw van de nieuwe bibliotheek begint volgend jaar en duurt ongeveer twee jaar.",
    ),
    "pl": (
        "Rada miasta głosowała w poniedziałek nad budżetem, który prezydent miasta przedstawił "
        "wiosną.",
        "Budowa nowej biblioteki ma się rozpocząć w przyszłym roku i potrwać około dwóch lat.",
    ),
    "ru": (
        "Городской совет в понедельник проголосовал за бюджет, который мэр предложил ещё весной.",
        "Строительство новой библиотеки начнётся в следующем году и продлится около двух лет.",
    ),
    "zh": (
        "市议会周一就市长今年春天提出的新年度预算进行了表决，并以多数票通过了这一方案。",
        "新图书馆的建设工程将于明年开工，预计需要大约两年时间才能完工并向市民开放。",
    ),
    "ja": (
        "市議会は月曜日、市長が春に提出した新年度の予算案を賛成多数で可決した。",
        "新しい図書館の建設は来年始まり、完成までにおよそ二年かかる見通しだという。",
    ),
    "ko": (
        "시의회는 월요일 시장이 봄에 제출한 새해 예산안을 표결에 부쳐 찬성 다수로 통과시켰다.",
        "새 도서관 공사는 내년에 시작되며 완공까지 약 2년이 걸릴 것으로 예상된다.",
    ),
    "id": (
        "Dewan kota memberikan suara pada hari Senin untuk anggaran yang diusulkan oleh wali kota "
        "pada musim semi.",
        "Pembangunan perpustakaan baru akan dimulai tahun depan dan diperkirakan memakan waktu "
        "sekitar dua tahun.",
    ),
    "tr": (
        "Belediye meclisi pazartesi günü belediye başkanının ilkbaharda önerdiği bütçeyi oy "
        "çokluğuyla kabul etti.",
        "Yeni kütüphanenin inşaatı gelecek yıl başlayacak ve yaklaşık iki yıl sürecek.",
    ),
    "ar": (
        "صوت المجلس البلدي يوم الاثنين على الميزانية التي اقترحها رئيس البلدية في فصل الربيع "
        "الماضي.",
        "ومن المتوقع أن تبدأ أعمال بناء المكتبة الجديدة في العام المقبل وأن تستمر نحو عامين.",
    ),
    "hi": (
        "नगर परिषद ने सोमवार को महापौर द्वारा वसंत में प्रस्तावित नए साल के बजट पर मतदान किया और "
        "उसे पारित कर दिया।",
        "नए पुस्तकालय का निर्माण अगले साल शुरू होगा और इसे पूरा होने में लगभग दो साल लगेंगे।",
    ),
}


class Remove(NamedTuple):
    lang: str
    line: str
    rule: str  # "filter.rule"


class Keep(NamedTuple):
    lang: str
    line: str


REMOVE = [
    # German
    Remove("de", "Anzeige", "ad_markers.label_line"),
    Remove("de", "Werbung", "ad_markers.label_line"),
    Remove("de", "Weiter nach der Anzeige", "ad_markers.label_line"),
    Remove("de", "vor 5 Minuten", "timestamps.relative_time"),
    Remove("de", "25.11.2026, 10:32 Uhr", "timestamps.absolute_date"),
    Remove("de", "Aktualisiert am 25. November 2026 um 10:32 Uhr", "timestamps.absolute_date"),
    Remove("de", "Lesezeit: 4 Min.", "timestamps.reading_time"),
    Remove("de", "Mehr zum Thema", "related_links.heading"),
    Remove("de", "Lesen Sie auch: Wie andere Städte Radwege bauen", "related_links.teaser_line"),
    Remove("de", "Artikel teilen", "widgets.button"),
    Remove("de", "Noch keine Kommentare", "comment_stubs.stub"),
    Remove("de", "Zum Inhalt springen", "navigation.phrase"),
    Remove("de", "Alle Cookies akzeptieren", "cookie_notices.button"),
    Remove(
        "de",
        "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.",
        "cookie_notices.banner",
    ),
    Remove("de", "Alle Rechte vorbehalten", "footers.link"),
    Remove("de", "Foto: dpa", "captions.credit_line"),
    # French
    Remove("fr", "Publicité", "ad_markers.label_line"),
    Remove("fr", "La suite après cette publicité", "ad_markers.label_line"),
    Remove("fr", "il y a 3 heures", "timestamps.relative_time"),
    Remove("fr", "25/11/2026 à 10h32", "timestamps.absolute_date"),
    Remove("fr", "Publié le 25 novembre 2026 à 10h32", "timestamps.absolute_date"),
    Remove("fr", "Temps de lecture : 4 min", "timestamps.reading_time"),
    Remove("fr", "Lire aussi", "related_links.heading"),
    Remove(
        "fr",
        "Lire aussi | Les bibliothèques attirent de nouveaux lecteurs",
        "related_links.teaser_line",
    ),
    Remove("fr", "Partager sur Facebook", "widgets.button"),
    Remove("fr", "Laisser un commentaire", "comment_stubs.stub"),
    Remove("fr", "Aller au contenu principal", "navigation.phrase"),
    Remove("fr", "Accepter les cookies", "cookie_notices.button"),
    Remove(
        "fr", "Nous utilisons des cookies pour améliorer votre expérience.", "cookie_notices.banner"
    ),
    Remove("fr", "Mentions légales", "footers.link"),
    # Spanish
    Remove("es", "Publicidad", "ad_markers.label_line"),
    Remove("es", "hace 2 horas", "timestamps.relative_time"),
    Remove("es", "25 de noviembre de 2026", "timestamps.absolute_date"),
    Remove("es", "miércoles, 25 de noviembre de 2026 a las 10:32", "timestamps.absolute_date"),
    Remove("es", "4 min de lectura", "timestamps.reading_time"),
    Remove("es", "Te puede interesar", "related_links.heading"),
    Remove(
        "es", "Lee también: Los mercados recuperan clientes jóvenes", "related_links.teaser_line"
    ),
    Remove("es", "Compartir en Twitter", "widgets.button"),
    Remove("es", "Deja una respuesta", "comment_stubs.stub"),
    Remove("es", "Saltar al contenido", "navigation.phrase"),
    Remove("es", "Aceptar todas las cookies", "cookie_notices.button"),
    Remove("es", "Política de privacidad", "footers.link"),
    Remove("es", "Foto: EFE", "captions.credit_line"),
    # Italian
    Remove("it", "Pubblicità", "ad_markers.label_line"),
    Remove("it", "3 ore fa", "timestamps.relative_time"),
    Remove("it", "25 novembre 2026 alle 10:32", "timestamps.absolute_date"),
    Remove("it", "02 Ago 2017", "timestamps.absolute_date"),
    Remove("it", "Leggi anche", "related_links.heading"),
    Remove("it", "I più letti", "related_links.heading"),
    Remove("it", "Condividi su Facebook", "widgets.button"),
    Remove("it", "Nessun commento", "comment_stubs.stub"),
    Remove("it", "Vai al contenuto", "navigation.phrase"),
    Remove(
        "it",
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul "
        "nostro sito.",
        "cookie_notices.banner",
    ),
    Remove("it", "Tutti i diritti riservati", "footers.link"),
    Remove("it", "Foto: ANSA", "captions.credit_line"),
    # Portuguese
    Remove("pt", "Publicidade", "ad_markers.label_line"),
    Remove("pt", "Continua após a publicidade", "ad_markers.label_line"),
    Remove("pt", "há 2 horas", "timestamps.relative_time"),
    Remove("pt", "3 dias atrás", "timestamps.relative_time"),
    Remove("pt", "25/11/2026 às 10h32", "timestamps.absolute_date"),
    Remove("pt", "Leia também", "related_links.heading"),
    Remove("pt", "Leia também: Bibliotecas ganham novos leitores", "related_links.teaser_line"),
    Remove("pt", "Compartilhar no WhatsApp", "widgets.button"),
    Remove("pt", "Deixe um comentário", "comment_stubs.stub"),
    Remove("pt", "Pular para o conteúdo", "navigation.phrase"),
    Remove(
        "pt", "Este site utiliza cookies para melhorar a sua experiência.", "cookie_notices.banner"
    ),
    Remove("pt", "Todos os direitos reservados", "footers.link"),
    Remove("pt", "Foto: Divulgação", "captions.credit_line"),
    # Dutch
    Remove("nl", "Advertentie", "ad_markers.label_line"),
    Remove("nl", "5 minuten geleden", "timestamps.relative_time"),
    Remove("nl", "25 november 2026 om 10:32", "timestamps.absolute_date"),
    Remove("nl", "Lees ook", "related_links.heading"),
    Remove("nl", "Meest gelezen", "related_links.heading"),
    Remove("nl", "Deel dit artikel", "widgets.button"),
    Remove("nl", "Geef een reactie", "comment_stubs.stub"),
    Remove("nl", "Ga naar de inhoud", "navigation.phrase"),
    Remove("nl", "Alle cookies accepteren", "cookie_notices.button"),
    Remove("nl", "Alle rechten voorbehouden", "footers.link"),
    # Polish
    Remove("pl", "Reklama", "ad_markers.label_line"),
    Remove("pl", "Dalsza część artykułu pod reklamą", "ad_markers.label_line"),
    Remove("pl", "5 minut temu", "timestamps.relative_time"),
    Remove("pl", "25 listopada 2026 r., godz. 10:32", "timestamps.absolute_date"),
    Remove("pl", "Zobacz także", "related_links.heading"),
    Remove("pl", "Czytaj także: Jak miasta budują kładki", "related_links.teaser_line"),
    Remove("pl", "Udostępnij na Facebooku", "widgets.button"),
    Remove("pl", "Dodaj komentarz", "comment_stubs.stub"),
    Remove("pl", "Przejdź do treści", "navigation.phrase"),
    Remove("pl", "Wszelkie prawa zastrzeżone", "footers.link"),
    # Russian
    Remove("ru", "Реклама", "ad_markers.label_line"),
    Remove("ru", "На правах рекламы", "ad_markers.label_line"),
    Remove("ru", "5 минут назад", "timestamps.relative_time"),
    Remove("ru", "Вчера в 10:32", "timestamps.relative_time"),
    Remove("ru", "25 ноября 2026 года в 10:32", "timestamps.absolute_date"),
    Remove("ru", "Время чтения: 4 мин", "timestamps.reading_time"),
    Remove("ru", "Читайте также", "related_links.heading"),
    Remove("ru", "Материалы по теме", "related_links.heading"),
    Remove("ru", "Читайте также: Как города строят велодорожки", "related_links.teaser_line"),
    Remove("ru", "Поделиться ссылкой", "widgets.button"),
    Remove("ru", "Добавить комментарий", "comment_stubs.stub"),
    Remove("ru", "Перейти к содержимому", "navigation.phrase"),
    Remove("ru", "Мы используем файлы cookie, чтобы сайт работал лучше.", "cookie_notices.banner"),
    Remove("ru", "Все права защищены", "footers.link"),
    Remove("ru", "Фото: ТАСС", "captions.credit_line"),
    # Chinese
    Remove("zh", "广告", "ad_markers.label_line"),
    Remove("zh", "3分钟前", "timestamps.relative_time"),
    Remove("zh", "刚刚", "timestamps.relative_time"),
    Remove("zh", "2026年11月25日 10:32", "timestamps.absolute_date"),
    Remove("zh", "发布时间：2026-11-25 10:32", "timestamps.absolute_date"),
    Remove("zh", "相关阅读", "related_links.heading"),
    Remove("zh", "延伸閱讀", "related_links.heading"),
    Remove("zh", "分享到微信", "widgets.button"),
    Remove("zh", "发表评论", "comment_stubs.stub"),
    Remove("zh", "跳到主要内容", "navigation.phrase"),
    Remove("zh", "责任编辑：王某某", "captions.credit_line"),
    Remove("zh", "（责任编辑：王某某）", "captions.credit_line"),
    # Japanese
    Remove("ja", "広告", "ad_markers.label_line"),
    Remove("ja", "スポンサーリンク", "ad_markers.label_line"),
    Remove("ja", "3分前", "timestamps.relative_time"),
    Remove("ja", "2026年11月25日（水） 10:32", "timestamps.absolute_date"),
    Remove("ja", "この記事は約3分で読めます。", "timestamps.reading_time"),
    Remove("ja", "関連記事", "related_links.heading"),
    Remove("ja", "あわせて読みたい", "related_links.heading"),
    Remove("ja", "はてなブックマーク", "widgets.button"),
    Remove("ja", "コメントを残す", "comment_stubs.stub"),
    Remove("ja", "コンテンツへスキップ", "navigation.phrase"),
    Remove("ja", "写真：共同", "captions.credit_line"),
    # Korean
    Remove("ko", "광고", "ad_markers.label_line"),
    Remove("ko", "3시간 전", "timestamps.relative_time"),
    Remove("ko", "입력 2026.11.25 10:32", "timestamps.absolute_date"),
    Remove("ko", "2026년 11월 25일 (수) 오후 3:20", "timestamps.absolute_date"),
    Remove("ko", "관련기사", "related_links.heading"),
    Remove("ko", "많이 본 뉴스", "related_links.heading"),
    Remove("ko", "카카오톡 공유", "widgets.button"),
    Remove("ko", "댓글 남기기", "comment_stubs.stub"),
    Remove("ko", "본문 바로가기", "navigation.phrase"),
    Remove("ko", "무단전재 및 재배포 금지", "footers.link"),
    Remove("ko", "[사진=연합뉴스]", "captions.credit_line"),
    # Indonesian
    Remove("id", "Iklan", "ad_markers.label_line"),
    Remove("id", "Scroll untuk melanjutkan", "ad_markers.label_line"),
    Remove("id", "5 menit yang lalu", "timestamps.relative_time"),
    Remove("id", "Rabu, 25 November 2026 10:32 WIB", "timestamps.absolute_date"),
    Remove("id", "Baca juga", "related_links.heading"),
    Remove("id", "Baca juga: Kota-kota yang mengurangi kemacetan", "related_links.teaser_line"),
    Remove("id", "Bagikan ke WhatsApp", "widgets.button"),
    Remove("id", "Tinggalkan Balasan", "comment_stubs.stub"),
    Remove("id", "Langsung ke konten", "navigation.phrase"),
    Remove("id", "Pedoman Media Siber", "footers.link"),
    Remove("id", "Foto: Istimewa", "captions.credit_line"),
    # Turkish
    Remove("tr", "Reklam", "ad_markers.label_line"),
    Remove("tr", "2 saat önce", "timestamps.relative_time"),
    Remove("tr", "25 Kasım 2026 Çarşamba", "timestamps.absolute_date"),
    Remove("tr", "Güncelleme: 25.11.2026 10:32", "timestamps.absolute_date"),
    Remove("tr", "İlgili Haberler", "related_links.heading"),
    Remove("tr", "En Çok Okunanlar", "related_links.heading"),
    Remove("tr", "Facebook'ta paylaş", "widgets.button"),
    Remove("tr", "Bir yanıt yazın", "comment_stubs.stub"),
    Remove("tr", "İçeriğe geç", "navigation.phrase"),
    Remove("tr", "Tüm hakları saklıdır", "footers.link"),
    # Arabic
    Remove("ar", "إعلان", "ad_markers.label_line"),
    Remove("ar", "منذ 5 دقائق", "timestamps.relative_time"),
    Remove("ar", "الأربعاء 25 نوفمبر 2026", "timestamps.absolute_date"),
    Remove("ar", "اقرأ أيضا", "related_links.heading"),
    Remove("ar", "الأكثر قراءة", "related_links.heading"),
    Remove("ar", "انسخ الرابط", "widgets.button"),
    Remove("ar", "جميع الحقوق محفوظة", "footers.link"),
    # Hindi
    Remove("hi", "विज्ञापन", "ad_markers.label_line"),
    Remove("hi", "5 मिनट पहले", "timestamps.relative_time"),
    Remove("hi", "25 नवंबर 2026", "timestamps.absolute_date"),
    Remove("hi", "यह भी पढ़ें", "related_links.heading"),
    Remove("hi", "यह भी पढ़ें: इन शहरों में बढ़ रही है साइकिल की सवारी", "related_links.teaser_line"),
    Remove("hi", "शेयर करें", "widgets.button"),
    Remove("hi", "गोपनीयता नीति", "footers.link"),
]

# Sentences that mention a boilerplate word or a time, and stay.
KEEP = [
    Keep(
        "de", "Vor 5 Minuten noch hatte der Rat die Sitzung unterbrochen, weil der Strom ausfiel."
    ),
    Keep("de", "Die Werbung für das Stadtfest übernahm in diesem Jahr ein örtlicher Verein."),
    Keep("de", "Mehr zum Thema erfahren Sie am Donnerstag in der gedruckten Ausgabe."),
    Keep("fr", "Il y a 3 heures, le maire annonçait encore un report du vote."),
    Keep("fr", "La publicité pour le festival a coûté moins cher que prévu cette année."),
    Keep("es", "Hace 2 horas, los vecinos todavía esperaban una respuesta del concejal."),
    Keep("es", "Te puede interesar saber que la biblioteca abrirá también los domingos."),
    Keep("it", "Tre ore fa il sindaco ha ricordato che il progetto è finanziato dall'Europa."),
    Keep("it", "Leggi anche tu il regolamento prima di presentare la domanda in comune."),
    Keep("pt", "Há duas semanas, os moradores fizeram um abaixo-assinado pela reabertura."),
    Keep("pt", "A publicidade da campanha foi paga pela associação de moradores."),
    Keep("nl", "Nog 2 uur geleden stonden er tientallen fietsers te wachten bij de brug."),
    Keep("pl", "Jeszcze 3 godziny temu przed urzędem zbierano podpisy pod petycją."),
    Keep("pl", "Reklama nowego festiwalu pojawiła się na przystankach w całym mieście."),
    Keep("ru", "Ещё 2 часа назад у здания администрации собирали подписи под обращением."),
    Keep("ru", "Реклама нового фестиваля появилась на остановках по всему городу."),
    Keep("zh", "3小时前，不少市民还在社交媒体上讨论这一消息。"),
    Keep("zh", "这则广告引发了网友的热烈讨论，不少人认为创意十足。"),
    Keep("ja", "3時間前には、市民団体が署名を市長に手渡していた。"),
    Keep("ja", "この広告は駅の構内に一週間掲示される予定だという。"),
    Keep("ko", "3시간 전에는 시민 단체가 서명을 시장에게 전달했다."),
    Keep("ko", "이 광고는 역 안에 일주일 동안 걸릴 예정이다."),
    Keep("id", "Dua jam yang lalu, puluhan pesepeda sudah mencoba jalur itu bersama wali kota."),
    Keep("tr", "2 saat önce belediye binası önünde toplanan bir grup imza topladı."),
    Keep("ar", "وقبل 3 ساعات كان السكان ما زالوا ينتظرون قرار المجلس البلدي."),
    Keep("hi", "दो घंटे पहले तक लोग नगर परिषद के फैसले का इंतजार कर रहे थे।"),
]


def document(lang: str, line: str) -> str:
    first, second = PROSE[lang]
    return f"{first}\n{line}\n{second}\n"


def row_id(row: Remove | Keep) -> str:
    return f"{row.lang}:{row.line[:40]}"


def test_every_shipped_language_has_rows() -> None:
    shipped = set(lexicons.languages()) - {"en"}  # English has its own tables in tests/filters
    assert {row.lang for row in REMOVE} == shipped == {row.lang for row in KEEP}


@pytest.mark.parametrize("row", REMOVE, ids=row_id)
def test_remove_row_through_its_filter(row: Remove) -> None:
    filter_name = row.rule.split(".")[0]
    result = Pipeline.from_names([filter_name]).run(document(row.lang, row.line))
    assert [(r.key, r.evidence) for r in result.removals] == [(row.rule, row.line)]


@pytest.mark.parametrize("row", REMOVE, ids=row_id)
def test_remove_row_through_clean(row: Remove) -> None:
    first, second = PROSE[row.lang]
    assert clean(document(row.lang, row.line)) == f"{first}\n\n{second}\n"


@pytest.mark.parametrize("row", KEEP, ids=row_id)
def test_keep_row_through_every_filter(row: Keep) -> None:
    for name in Pipeline.from_config().names:
        result = Pipeline.from_names([name]).run(document(row.lang, row.line))
        assert not [r for r in result.removals if row.line in r.evidence], name


@pytest.mark.parametrize("row", KEEP, ids=row_id)
def test_keep_row_through_clean(row: Keep) -> None:
    assert row.line in clean(document(row.lang, row.line))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Werbung"),
        ("en", "Publicité"),
        ("en", "相关阅读"),
        ("de", "Advertisement"),
        ("ja", "광고"),
    ],
    ids=[
        "werbung-in-english",
        "publicite-in-english",
        "chinese-heading-in-english",
        "english-label-in-german",
        "korean-label-in-japanese",
    ],
)
def test_unambiguous_markers_of_every_language_apply_always(lang: str, line: str) -> None:
    first, second = PROSE[lang]
    assert clean(document(lang, line)) == f"{first}\n\n{second}\n"
