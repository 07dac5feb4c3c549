from django import template

register = template.Library()


@register.inclusion_tag("ideas/wall/wall.html", takes_context=True)
def idea_wall(context, call):
    """`{% idea_wall page %}`: the call's idea wall, filtered by the request's GET."""
    from ideas.wall_views import wall_context

    request = context["request"]
    return {**wall_context(request, call), "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("ideas/admin/convergence.html")
def idea_convergence(idea):
    """`{% idea_convergence idea %}`: the closest ideas from other départements."""
    from ideas.similarity import convergence

    return {"idea": idea, "neighbours": convergence(idea)}


@register.simple_tag
def criterion_value(mapping, key):
    return mapping.get(key)
