"""Uploaded documents never run in the portal's origin: only harmless types
open in the browser, under a policy that blocks scripts; the rest download."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model


@pytest.fixture
def upload(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    def make(name, content):
        return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))

    return make


def test_an_office_document_is_downloaded_as_an_attachment(agent_client, upload):
    document = upload("budget.csv", b'ligne;montant\n1;=HYPERLINK("x")\n')

    response = agent_client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_pdf_opens_inline_under_a_policy_that_blocks_everything(agent_client, upload):
    document = upload("rapport.pdf", b"%PDF-1.4\n%%EOF\n")

    response = agent_client.get(document.url)

    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_need_a_login(client, upload):
    document = upload("interne.txt", b"confidentiel")

    response = client.get(document.url)

    assert response.status_code == 302
    assert "/comptes/login/" in response["Location"]
