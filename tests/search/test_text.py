import sys
import threading

from search import text


def test_fold_removes_accents_ligatures_and_case():
    assert text.fold("Équipe Cœur à l'Œuvre") == "equipe coeur a l'oeuvre"
    assert text.fold("Forum INNOVATION") == "forum innovation"
    assert text.fold("ﬁnancement") == "financement"  # a compatibility ligature is not ASCII


def test_plural_and_accent_variants_share_one_stem():
    assert text.stems("cantines équipes") == text.stems("Cantine equipe")


def test_stop_words_and_elided_articles_are_not_indexed():
    assert text.index_text("L'équipe de la Somme") == "equip somm"


def test_autocomplete_text_folds_without_stemming():
    assert text.autocomplete_text("Équipes d'innovation") == "equipes d innovation"


def test_singular_and_plural_meet_even_where_snowball_splits_them():
    assert text.stems("usager") == text.stems("usagers") == ["usag"]
    assert text.number_variant("usager") == "usagers"
    assert text.number_variant("usagers") == "usager"


def test_words_are_stemmed_right_by_many_threads_at_once():
    # gunicorn's threads stem at the same time: a stemmer shared by the threads
    # mixed their words up (IndexError, a 500 under load). Uncached, and with
    # threads switching very often, to make the race show.
    stem = text.stem.__wrapped__
    words = [
        f"{base}{suffix}" for base in ("départements", "innovations", "équipes", "cantines") for suffix in "abcdefgh"
    ]
    expected = {word: stem(word) for word in words}
    failures = []
    start = threading.Barrier(8)

    def stem_all():
        start.wait()
        for _ in range(100):
            for word in words:
                try:
                    if stem(word) != expected[word]:
                        failures.append(word)
                except IndexError as error:
                    failures.append(repr(error))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=stem_all) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
