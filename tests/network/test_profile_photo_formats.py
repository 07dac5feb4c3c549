"""A profile photo is kept only in a format the site can render: JPEG, PNG or WebP."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

from tests.factories.network import PersonProfileFactory

pytestmark = pytest.mark.django_db

REFUSED = "La photo doit être une image JPEG, PNG ou WebP"


def image_file(pillow_format, name):
    buffer = io.BytesIO()
    image = Image.new("RGB", (120, 120), "#1f4e8c")
    # A phone camera's MPO holds a second picture.
    extra = {"save_all": True, "append_images": [image.copy()]} if pillow_format == "MPO" else {}
    image.save(buffer, pillow_format, **extra)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize(
    ("pillow_format", "name"),
    [("TIFF", "moi.tiff"), ("PPM", "moi.ppm"), ("BMP", "moi.bmp"), ("GIF", "moi.gif"), ("TIFF", "deguisee.png")],
)
def test_a_photo_in_another_format_is_refused_and_what_was_typed_is_kept(client, pillow_format, name):
    profile = PersonProfileFactory(display_name="Nom d'origine", job_title="Chargée de mission")
    client.force_login(profile.user)
    images_before = get_image_model().objects.count()
    response = client.post(
        reverse("network:my_profile"),
        {
            "display_name": "Nom saisi",
            "job_title": "Fonction saisie",
            "bio": "Bio saisie",
            "listed": "on",
            "photo_upload": image_file(pillow_format, name),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    for typed in ("Nom saisi", "Fonction saisie", "Bio saisie"):
        assert typed in html
    assert response.context["form"].errors["photo_upload"][0].startswith(REFUSED)
    profile.refresh_from_db()
    assert profile.display_name == "Nom d'origine"
    assert profile.photo is None
    assert get_image_model().objects.count() == images_before


@pytest.mark.parametrize(
    ("pillow_format", "name"),
    [("JPEG", "moi.jpg"), ("MPO", "telephone.jpg"), ("PNG", "moi.png"), ("WEBP", "moi.webp")],
)
def test_a_jpeg_png_or_webp_photo_is_kept_and_shown_on_the_profile_and_in_the_directory(
    client, departement, pillow_format, name
):
    profile = PersonProfileFactory(organisation=departement("987", "Département photo"))
    client.force_login(profile.user)
    response = client.post(
        reverse("network:my_profile"),
        {
            "display_name": profile.display_name,
            "organisation": profile.organisation_id,
            "listed": "on",
            "photo_upload": image_file(pillow_format, name),
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.photo is not None
    assert "profile-header__photo" in client.get(profile.get_absolute_url()).content.decode()
    listing = client.get(reverse("network:departement", args=["987"]))
    assert listing.status_code == 200
    assert "person-card__photo" in listing.content.decode()
