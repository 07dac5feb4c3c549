"""StreamField blocks shared by every app's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from .restrictions import readable


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        description = _("Un titre de section, pour structurer la page.")
        template = "components/blocks/heading.html"
        preview_value = {"text": "Le forum d'Amiens", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citation"))
    attribution = blocks.CharBlock(label=_("Auteur ou autrice"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        description = _("Une parole d'agent ou de partenaire, mise en valeur.")
        template = "components/blocks/quote.html"
        preview_value = {
            "quote": "Il suffit parfois d'identifier le bon interlocuteur pour débloquer une situation.",
            "attribution": "Une équipe lauréate du Nord",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Valeur"), max_length=30)
    label = blocks.CharBlock(label=_("Libellé"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Chiffres"))

    class Meta:
        icon = "table"
        label = _("Chiffres clés")
        description = _("Quelques chiffres, chacun avec sa valeur et son libellé.")
        template = "components/blocks/key_figures.html"
        preview_value = {
            "heading": "Le forum en chiffres",
            "figures": [
                {"value": "125", "label": "propositions d'agents"},
                {"value": "15", "label": "projets présélectionnés"},
                {"value": "8", "label": "lauréats"},
            ],
        }


class LinkCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.TextBlock(label=_("Texte"), required=False)
    page = blocks.PageChooserBlock(label=_("Page liée"), required=False)
    url = blocks.URLBlock(label=_("Ou lien externe"), required=False)

    class Meta:
        icon = "link"
        label = _("Carte")


class CardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), required=False)
    cards = blocks.ListBlock(LinkCardBlock(), label=_("Cartes"))

    class Meta:
        icon = "grip"
        label = _("Cartes")
        description = _("Une grille de cartes qui mènent vers des pages du portail.")
        template = "components/blocks/cards.html"
        preview_value = {
            "heading": "Par où commencer ?",
            "cards": [
                {"title": "La boîte à outils", "text": "World café, personas, pitch…"},
                {"title": "Les appels à idées", "text": "Proposez une idée à votre département."},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.TextBlock(label=_("Texte"), required=False)
    page = blocks.PageChooserBlock(label=_("Page liée"))
    button_label = blocks.CharBlock(label=_("Texte du bouton"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Appel à l'action")
        description = _("Un encadré avec un bouton vers une page.")
        template = "components/blocks/call_to_action.html"


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Horaire"), max_length=30)
    title = blocks.CharBlock(label=_("Séquence"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Séquence du programme")


class ProgrammeBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Programme"))
    items = blocks.ListBlock(ProgrammeItemBlock(), label=_("Séquences"))

    class Meta:
        icon = "date"
        label = _("Programme")
        description = _("Le déroulé d'une journée, séquence par séquence.")
        template = "components/blocks/programme.html"
        preview_value = {
            "heading": "Programme",
            "items": [
                {
                    "time": "9h30",
                    "title": "Coaching des équipes",
                    "description": "Le drame, la solution, la mise en œuvre.",
                },
                {
                    "time": "14h00",
                    "title": "Pitchs devant le jury",
                    "description": "3 minutes de pitch, 5 minutes de questions.",
                },
            ],
        }


class ContentStreamBlock(blocks.StreamBlock):
    """The free content of a page: what editors compose in most page types."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
        template="components/blocks/paragraph.html",
        description=_("Du texte mis en forme."),
    )
    image = ImageBlock(label=_("Image"), template="components/blocks/image.html")
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    cards = CardsBlock()
    call_to_action = CallToActionBlock()
    programme = ProgrammeBlock()


class LatestNewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Actualités et événements"))
    count = blocks.IntegerBlock(label=_("Nombre d'actualités"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "list-ul"
        label = _("Dernières actualités")
        description = _("Les dernières actualités et événements publiés, mis à jour tout seuls.")
        template = "components/blocks/latest_news.html"
        preview_value = {"heading": "Actualités et événements", "count": 3}

    def get_context(self, value, parent_context=None):
        from .models import NewsPage

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["news_items"] = readable(NewsPage.objects.live(), request).order_by("-date")[: value["count"]]
        return context


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Accroche"), max_length=160)
    text = blocks.TextBlock(label=_("Texte"), required=False)
    page = blocks.PageChooserBlock(label=_("Page liée"), required=False)
    button_label = blocks.CharBlock(label=_("Texte du bouton"), required=False, max_length=60)

    class Meta:
        icon = "image"
        label = _("Bandeau d'accueil")
        description = _("Le grand bandeau en haut de l'accueil.")
        template = "components/blocks/hero.html"
        preview_value = {
            "title": "Innover ensemble, entre départements",
            "text": "Des idées d'agents, des méthodes partagées, un réseau qui s'entraide.",
        }


class HomeSectionsBlock(ContentStreamBlock):
    hero = HeroBlock()
    latest_news = LatestNewsBlock()
