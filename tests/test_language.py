"""Language detection: the stopword fast path, and langdetect for everything it leaves."""
from __future__ import annotations

import pytest

from boilerstrip import language

# One short news paragraph per language, written for this test.
SAMPLES = {
    "en": "The city council approved the new budget on Tuesday evening. Schools and parks will get more money, the mayor said after the meeting.",
    "de": "Der Stadtrat hat am Dienstagabend den neuen Haushalt beschlossen. Die Schulen und die Parks sollen mehr Geld bekommen, sagte die Bürgermeisterin nach der Sitzung.",
    "fr": "Le conseil municipal a adopté mardi soir le nouveau budget. Les écoles et les parcs recevront plus d'argent, a déclaré la maire après la séance.",
    "es": "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto. Las escuelas y los parques recibirán más dinero, dijo la alcaldesa después de la sesión.",
    "it": "Il consiglio comunale ha approvato martedì sera il nuovo bilancio. Le scuole e i parchi riceveranno più soldi, ha detto la sindaca dopo la seduta.",
    "pl": "Rada miasta przyjęła we wtorek wieczorem nowy budżet. Szkoły i parki dostaną więcej pieniędzy, powiedziała burmistrz po posiedzeniu.",
    "pt": "A câmara municipal aprovou na terça-feira à noite o novo orçamento. As escolas e os parques vão receber mais dinheiro, disse a presidente depois da sessão.",
    "nl": "De gemeenteraad heeft dinsdagavond de nieuwe begroting goedgekeurd. De scholen en de parken krijgen meer geld, zei de burgemeester na de vergadering.",
    # neighbours of the fast-path languages: never decided by stopwords
    "ca": "L'ajuntament va aprovar dimarts al vespre el nou pressupost. Les escoles i els parcs rebran més diners, va dir l'alcaldessa després de la sessió.",
    "ro": "Consiliul local a aprobat marți seara noul buget. Școlile și parcurile vor primi mai mulți bani, a spus primarul după ședință.",
    "da": "Byrådet vedtog tirsdag aften det nye budget. Skolerne og parkerne får flere penge, sagde borgmesteren efter mødet.",
    "af": "Die stadsraad het Dinsdagaand die nuwe begroting goedgekeur. Die skole en die parke sal meer geld kry, het die burgemeester na die vergadering gesê.",
    "cs": "Městská rada v úterý večer schválila nový rozpočet. Školy a parky dostanou více peněz, řekla starostka po zasedání.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_fast_path_never_contradicts_langdetect(lang: str) -> None:
    fast = language.by_stopwords(SAMPLES[lang])
    assert fast in (None, lang), f"stopwords said {fast!r} for {lang} text"
    assert language.detect(SAMPLES[lang], 20) == lang


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pl"])
def test_plain_text_in_a_big_language_needs_no_profiles(lang: str) -> None:
    language._factory.cache_clear()
    assert language.detect(SAMPLES[lang], 20) == lang
    assert language._factory.cache_info().misses == 0, "langdetect's profiles were loaded"


def test_short_or_mixed_text_goes_to_langdetect() -> None:
    assert language.by_stopwords("Share this article") is None  # too few words to tell
    assert language.by_stopwords("東京で新しい図書館が開館し、多くの市民が訪れた。" * 3) is None


def test_padded_table_rows_do_not_fill_the_sample() -> None:
    # A scraped rating table: each row is padded to a wide fixed width with spaces and stars.
    # Longest first, such rows used to fill the whole sample and leave langdetect no words.
    row = "| Our Score | 7.4" + " " * 70 + ("☆" + " " * 20 + "★" + " " * 60) * 12
    lines = [row] * 6 + [SAMPLES["de"]] * 3
    sample = language.body_sample(lines, 1000)
    assert "★" not in sample and "  " not in sample
    assert language.detect(sample, 20) == "de"


def test_scripts_with_vowel_signs_are_letters_to_the_sample() -> None:
    # Devanagari vowel signs are combining marks, not letters to str.isalpha: counted as
    # letters anyway, or plain Hindi prose would be passed over for the English footer.
    hindi = ["भारत की राजधानी नई दिल्ली में आज सुबह से भारी बारिश हो रही है और कई इलाकों में पानी भर गया है।",
             "मौसम विभाग ने अगले दो दिनों के लिए शहर में येलो अलर्ट जारी किया है और लोगों से घरों में रहने की अपील की है।"]
    footer = ["Download the app for the latest news, live TV and breaking updates from our newsroom",
              "Follow us on Facebook, Twitter, Instagram and YouTube for more stories every day"]
    sample = language.body_sample(hindi + footer, 200)
    assert sample.startswith(hindi[1][:20]) or sample.startswith(hindi[0][:20])
    assert language.detect(sample, 20) == "hi"


def test_chinese_in_traditional_characters_is_not_korean() -> None:
    # langdetect's Korean profile holds the Chinese characters Korean borrows: a story in
    # traditional characters, with no Hangul in it, came out as Korean. The script decides.
    taiwan = ("市政府今日表示，全市屋齡超過三十年、沒有電梯的老公寓約有兩萬棟，許多住戶已是高齡長輩，"
              "每天上下樓梯成為沉重負擔。市府宣布自七月起提高增設電梯補助，並簡化申請文件。")
    cantonese = ("天氣一凍，最想食就係一煲熱辣辣嘅蘿蔔炆牛筋。慢火炆夠時間，普通鑊都做得到，"
                 "送飯一流，小朋友都會食多碗。記得揀啱部位，叫肉檔老闆幫手切件。")
    assert language.detect(taiwan, 20) == "zh"
    assert language.detect(cantonese, 20) == "zh"
    # Korean with its Hangul, and Japanese with its kana, stay what they are
    assert language.detect("서울시는 오늘 노후 아파트의 승강기 설치 지원금을 늘리겠다고 밝혔다. 신청 서류도 간소화된다.", 20) == "ko"
    assert language.detect("市は本日、古い団地にエレベーターを設置する補助金を増やすと発表した。申請の書類も簡単になる。", 20) == "ja"
