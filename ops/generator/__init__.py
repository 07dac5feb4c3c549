"""`manage.py generate_network --scale N`: a realistic network, fast.

The network is built by STEPS, run in order, each a function `step(context)`
that bulk-inserts its objects and returns how many it created. A step reads
what earlier steps made from `context.created` (lists of ids) and adds its own.
To generate a new kind of object, write a step (in the app that owns the
model, e.g. `ideas/generate.py`) and add it here: a step whose module does not
exist yet is skipped, as in load_demo. Search is re-indexed once, at the end."""

import importlib
import importlib.util
import random
import time
from dataclasses import dataclass, field

# (module, function), in dependency order.
STEPS = [
    ("ops.generator.network", "departements"),
    ("ops.generator.network", "organisations"),
    ("ops.generator.network", "people"),
    ("ops.generator.news", "news_pages"),
    ("toolbox.generate", "methods"),
    ("network.generate", "teams"),
    ("ideas.generate", "calls"),
    ("ideas.generate", "ideas"),
    ("network.generate", "case_studies"),
]

BATCH_SIZE = 1000


@dataclass
class Context:
    scale: float
    seed: int = 2019
    created: dict = field(default_factory=dict)
    rng: random.Random = field(init=False)

    def __post_init__(self):
        self.rng = random.Random(self.seed)  # noqa: S311 — fake data, not secrets

    def count(self, per_scale_1):
        """How many objects of a kind at this scale, from the count at scale 1."""
        return max(1, round(per_scale_1 * self.scale))


def available_steps():
    for module_name, function_name in STEPS:
        if importlib.util.find_spec(module_name) is not None:
            yield f"{module_name}.{function_name}", getattr(importlib.import_module(module_name), function_name)


def generate(scale, seed=2019, report=print):
    """Run every step; return {step name: (objects created, seconds)}."""
    context = Context(scale=scale, seed=seed)
    timings = {}
    for name, step in available_steps():
        started = time.perf_counter()
        created = step(context)
        timings[name] = (created, time.perf_counter() - started)
        report(f"{name} : {created} objets en {timings[name][1]:.1f} s")
    return timings
