"""The toolbox's models, one module per concept."""

from .methods import MethodPage, ToolboxIndexPage

__all__ = ["MethodPage", "ToolboxIndexPage"]
