"""Elasticsearch 8/9 or OpenSearch 2/3, in French.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.elasticsearch"``
with ``ENGINE`` naming the modelsearch backend (``elasticsearch9`` by default).

The French analyser itself lives in the settings' ``INDEX_SETTINGS``, as the
index's ``default`` analyser: every text field without an explicit analyser
(every ``SearchField`` and the ``_all_text`` catch-all) uses it at index and
query time. The one thing settings cannot change is the mapping of titles typed
as you go: modelsearch analyses them with its ``edgengram_analyzer`` (accents
folded) but searches them with ``standard`` (accents kept), so "équ" would miss
"Equipe". The mapping below searches them with ``autocomplete_search``, declared
in the same settings (standard tokenizer, lower case, accents folded).
"""

from importlib import import_module

ENGINES = {
    "elasticsearch8": "Elasticsearch8",
    "elasticsearch9": "Elasticsearch9",
    "opensearch2": "OpenSearch2",
    "opensearch3": "OpenSearch3",
}
AUTOCOMPLETE_SEARCH_ANALYZER = "autocomplete_search"


def backend_class(engine):
    """The French subclass of one of modelsearch's Elasticsearch/OpenSearch backends."""
    if engine not in ENGINES:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(ENGINES)}, not {engine!r}.")
    module = import_module(f"modelsearch.backends.{engine}")
    prefix = ENGINES[engine]
    base_mapping = getattr(module, f"{prefix}Mapping")
    base_backend = getattr(module, f"{prefix}SearchBackend")

    mapping = type(
        f"French{prefix}Mapping",
        (base_mapping,),
        {
            "edgengram_analyzer_config": {
                "analyzer": "edgengram_analyzer",
                "search_analyzer": AUTOCOMPLETE_SEARCH_ANALYZER,
            }
        },
    )
    return type(f"French{prefix}SearchBackend", (base_backend,), {"mapping_class": mapping})


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    params = dict(params)
    return backend_class(params.pop("ENGINE", "elasticsearch9"))(params)
