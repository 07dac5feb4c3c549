"""A member finds a peer by skill in the directory; the directory's pages are accessible."""


def test_a_member_finds_a_peer_by_skill_and_opens_their_profile(page, log_in, assert_accessible):
    log_in("agent@somme.fr")
    page.goto("/membres/")
    assert_accessible(page)
    page.get_by_label("Nom, compétence, méthode ou mot-clé").fill("marchés publics")
    page.get_by_role("button", name="Rechercher").click()
    results = page.get_by_role("list", name="1 personne")
    results.get_by_role("link", name="Sophie Vandamme").click()
    page.wait_for_url("**/membres/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Sophie Vandamme"
    assert page.get_by_role("link", name="Télécharger la fiche contact (vCard)").is_visible()
    assert_accessible(page)


def test_a_member_narrows_the_directory_with_a_skill_facet_and_reaches_a_team(page, log_in, assert_accessible):
    log_in("agent@somme.fr")
    page.goto("/membres/")
    page.get_by_role("link", name="FALC (1)").click()
    page.wait_for_url("**skill=falc**")
    assert page.get_by_role("heading", name="1 personne").is_visible()
    page.goto("/reseau/labo-innovation-dunkerque/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Laboratoire d'innovation interne")
    assert_accessible(page)
