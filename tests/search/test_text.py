from search import text


def test_fold_removes_accents_ligatures_and_case():
    assert text.fold("Équipe Cœur à l'Œuvre") == "equipe coeur a l'oeuvre"


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
