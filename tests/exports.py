"""Reading the admin's CSV exports as a French spreadsheet program does."""

import csv
import io


def admin_csv_rows(response):
    """The rows of a streamed admin CSV export, by heading. It must start with the
    byte order mark and separate columns with semicolons (home/exports.py)."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(content[1:]), delimiter=";"))
