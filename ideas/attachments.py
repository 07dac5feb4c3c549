"""Attachments of an idea: PDF, office documents and images only, 10 MB each,
their type read from their content (a renamed executable is refused)."""

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

MAX_SIZE = 10 * 1024 * 1024
# Per idea: a pitch's supporting documents, not a file store.
MAX_PER_IDEA = 10
ALLOWED_TYPES = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
}
ALLOWED_DESCRIPTION = "PDF, Word, Excel, PowerPoint, OpenDocument, JPEG, PNG, GIF, WebP"


def detect_type(uploaded):
    """The MIME type read from the file's first bytes, or None."""
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    if head[:4] == b"PK\x03\x04":
        # Office documents are zip files: filetype reads their inner names,
        # further than the first bytes.
        kind = filetype.guess(uploaded.read(min(uploaded.size, 2 * 1024 * 1024)))
        uploaded.seek(0)
    else:
        kind = filetype.guess(head)
    return kind.mime if kind else None


def validate_attachment(uploaded):
    """Return the detected MIME type, or raise ValidationError with a French message."""
    if uploaded.size > MAX_SIZE:
        raise ValidationError(
            # In the limit's own unit: filesizeformat wrote « 10,5 Mio » beside « 10 Mo ».
            _("« %(name)s » pèse %(size)s Mo : 10 Mo au plus par fichier.")
            % {"name": uploaded.name, "size": floatformat(uploaded.size / (1024 * 1024), 1)}
        )
    mime = detect_type(uploaded)
    if mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("« %(name)s » n'est pas un type de fichier accepté (d'après son contenu). Types acceptés : %(types)s.")
            % {"name": uploaded.name, "types": ALLOWED_DESCRIPTION}
        )
    return mime
