from django import template

register = template.Library()


@register.inclusion_tag("ideas/wall/wall.html", takes_context=True)
def idea_wall(context, call):
    """`{% idea_wall page %}`: the call's idea wall, filtered by the request's GET."""
    from ideas import jury, rules
    from ideas.wall_views import wall_context

    request = context["request"]
    jury_link = rules.is_coordinator(request.user) or jury.is_juror(request.user, call)
    return {**wall_context(request, call), "csrf_token": context.get("csrf_token"), "jury_link": jury_link}


@register.inclusion_tag("ideas/admin/convergence.html")
def idea_convergence(idea):
    """`{% idea_convergence idea %}`: the closest ideas from other départements."""
    from ideas.similarity import convergence

    return {"idea": idea, "neighbours": convergence(idea)}


@register.simple_tag
def criterion_value(mapping, key):
    return mapping.get(key)
