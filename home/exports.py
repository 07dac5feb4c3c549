"""The admin's spreadsheet exports, read as the listings are. For the index view
of any viewset with `list_export`:
    class MyIndexView(ReadableExportMixin, IndexView): ...
    index_view_class = MyIndexView
`local_datetime` alone gives a datetime as the admin shows it."""

import csv
import datetime
import decimal

from django.core.exceptions import FieldDoesNotExist
from django.utils import formats, timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.admin.views.mixins import Echo
from wagtail.snippets.views.snippets import IndexView

from home.admin_filters import BoundedFilters

# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# What a French spreadsheet program opens as columns with their accents: the
# byte order mark says UTF-8, and the semicolon is its list separator. The
# directory's and the case studies' exports write the same.
CSV_BYTE_ORDER_MARK = "\ufeff"
CSV_DELIMITER = ";"


def local_datetime(value):
    """`value` as the admin shows it: in the current time zone (the site's,
    Europe/Paris, or the one a user chose in their Wagtail account), and without
    a time zone, which spreadsheets do not know. Anything else passes unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def safe_cell(value):
    """A spreadsheet cell's text that no spreadsheet program runs as a formula."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def yes_no(value):
    return gettext("Oui") if value else gettext("Non")


def readable(value):
    """A value as the admin's listings show it, where Wagtail would write it raw:
    a dash for nothing recorded (not « None »), « Oui » / « Non », a time in the
    current time zone. Anything else comes back unchanged (the same object)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime.datetime):
        return date_format(local_datetime(value), "DATETIME_FORMAT")
    return value


class ReadableExportMixin:
    """An admin index view whose CSV and XLSX exports show what its listing
    shows, not what the database stores: choices by their labels, booleans as
    « Oui » / « Non », dates and times in local time (Wagtail exports them in
    UTC). A CSV cell that a spreadsheet would run as a formula (a name typed as
    =HYPERLINK(…), a search query) is prefixed with an apostrophe; Wagtail
    already keeps XLSX cells as text. `custom_field_preprocess` still wins.
    The CSV is written as the portal's other exports (CSV_DELIMITER)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Wagtail's admin works in the user's language and time zone and restores
        # the site's when the view returns, before the CSV (streamed) is written.
        self.export_language = translation.get_language()
        self.export_time_zone = timezone.get_current_timezone()

    @cached_property
    def export_choice_labels(self):
        """{exported field: {stored value: label}}, built once per export:
        get_FOO_display() rebuilds its mapping on every row."""
        labels = {}
        for name in self.list_export:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue  # a method, a property or a dotted path
            if field.choices and not field.is_relation:
                labels[name] = {value: str(label) for value, label in field.flatchoices}
        return labels

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for name, labels in self.export_choice_labels.items():
            row[name] = labels.get(row[name], row[name])
        return row

    def preprocess_field_value(self, field, value, export_format):
        if export_format in self.custom_field_preprocess.get(field, {}):
            return super().preprocess_field_value(field, value, export_format)
        if isinstance(value, bool):
            value = yes_no(value)
        elif isinstance(value, datetime.datetime):
            value = local_datetime(value)
            if export_format == self.FORMAT_CSV:
                value = value.isoformat(sep=" ", timespec="minutes")
        elif isinstance(value, (decimal.Decimal, float)) and export_format == self.FORMAT_CSV:
            # « 5000,00 » in French: a spreadsheet reads « 5000.00 » as text.
            value = formats.number_format(value, use_l10n=True)
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            value = safe_cell(value)
        return value

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def stream_csv(self, queryset):
        rows = self.csv_rows(queryset)
        yield CSV_BYTE_ORDER_MARK.encode()
        while True:
            with translation.override(self.export_language), timezone.override(self.export_time_zone):
                row = next(rows, None)
            if row is None:
                return
            yield row

    def csv_rows(self, queryset):
        """Wagtail's stream_csv, with the portal's delimiter."""
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))


class ReadableSnippetIndexView(ReadableExportMixin, BoundedFilters, IndexView):
    """The portal's snippet listing (`index_view_class`): exports that read as
    the listing, filters that no typed id breaks (home/admin_filters.py)."""
