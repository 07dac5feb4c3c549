"""Where a query matched: a short excerpt of a result with the matched words in
<mark>, computed from the object's own text fields. Words match when their
French stems meet (see search.text), so "cantines" marks "cantine" and
"equipe" marks "Équipe", whatever the search backend."""

import html

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Field
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.search import index

from search import text

EXCERPT_WORDS = 30
WORDS_BEFORE_MATCH = 8


def query_stems(query):
    return set(text.stems(query))


def _matches(word, stems):
    folded = text.fold(word)
    return folded not in text.STOPWORDS and text.stem(folded) in stems


def highlight(value, stems):
    """The whole of `value`, escaped, with matched words in <mark>."""
    return _render(value or "", list(text.WORD_RE.finditer(value or "")), stems, 0, None)


def _render(value, tokens, stems, first, last):
    start = tokens[first].start() if tokens and first > 0 else 0
    end = tokens[last - 1].end() if tokens and last is not None and last < len(tokens) else len(value)
    parts = ["… " if start > 0 else ""]
    position = start
    for token in tokens[first:last]:
        if _matches(token.group(), stems):
            parts.append(escape(value[position : token.start()]))
            parts.append(f"<mark>{escape(token.group())}</mark>")
            position = token.end()
    parts.append(escape(value[position:end]))
    if end < len(value):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def _texts(obj):
    """The plain text of the object's own text search fields, title excepted
    (no relation is followed: excerpts cost no query)."""
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        try:
            model_field = field.get_field(type(obj))
        except FieldDoesNotExist:
            continue
        if not isinstance(model_field, Field) or model_field.is_relation:
            continue
        value = field.get_value(obj)
        if isinstance(value, (list, tuple)):
            value = " ".join(str(item) for item in value)
        value = " ".join(html.unescape(strip_tags(str(value or ""))).split())
        if value:
            yield value


def excerpt(obj, query):
    """About thirty words of the object's text around the first match, or its
    first words when only the title matched."""
    stems = query_stems(query)
    first_text = None
    for value in _texts(obj):
        tokens = list(text.WORD_RE.finditer(value))
        first_text = first_text or (value, tokens)
        for position, token in enumerate(tokens):
            if _matches(token.group(), stems):
                first = max(0, position - WORDS_BEFORE_MATCH)
                return _render(value, tokens, stems, first, first + EXCERPT_WORDS)
    if first_text is None:
        return ""
    value, tokens = first_text
    return _render(value, tokens, stems, 0, EXCERPT_WORDS)
