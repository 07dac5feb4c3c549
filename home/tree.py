"""Pages found by their place in the tree, in ways an index serves."""


def children_of(queryset, page):
    """`queryset.child_of(page)`, by a range of paths. Wagtail's child_of tests a
    path prefix (LIKE 'path%'), which SQLite answers by reading every page of
    the site; the range of the children's paths is read from the path index."""
    first, last = page.alphabet[0] * page.steplen, page.alphabet[-1] * page.steplen
    return queryset.filter(depth=page.depth + 1, path__range=(page.path + first, page.path + last))
