"""Words for body areas on the screens: the body map's search box and its ``?find=`` link.

The search box offers every single area (its value is the region id, and picking
it is a map tap) and every group word: a body part, a broad word ("arm") or a
condition ("sciatica"). A group's value is ``find:`` and its words, the same
words its link carries (``?find=sciatica``). Anything else a person types goes
through the vocabulary (triggermap.lookup.vocabulary.resolve) as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from triggermap.atlas.model import Atlas, UnknownRegionError
from triggermap.chart.geometry import Geometry
from triggermap.lookup.query import family
from triggermap.lookup.ranking import PainSource, pain_sources
from triggermap.lookup.vocabulary import Resolution, entry_points, resolve
from triggermap.outputs.screens import Explorer
from triggermap.schema import BODY_PARTS, BROAD_WORDS, DETAIL_VIEWS
from triggermap.text import Notice, capital

FIND = "find:"  # the search box's value for a group of areas: FIND + its words
NAMED_AREAS = 4  # a group's label names this many of its areas
BODY_VIEWS = ("front", "back", "head")


@dataclass(frozen=True)
class Found:
    """A group of areas on the body map, and the muscles that can cause pain somewhere in it."""

    resolution: Resolution
    sources: tuple[PainSource, ...]
    elsewhere: tuple[str, ...]  # other body views that draw some of its areas


def one_area(resolution: Resolution) -> str | None:
    """The region id when the words name a single area (shown like a map tap), else None."""
    if resolution.kind == "area" and len(resolution.regions) == 1:
        return resolution.regions[0]
    return None


def area_names(atlas: Atlas, region_ids: Iterable[str], most: int | None = None) -> str:
    """The areas' names without their side, each once: "buttock, back of thigh, calf"."""
    names = list(dict.fromkeys(atlas.regions[r].base_name for r in region_ids))
    # "thumb, palm side" has a comma of its own.
    comma = "; " if any("," in n for n in names) else ", "
    if most is not None and len(names) > most:
        return comma.join(names[:most]) + f" and {len(names) - most} more"
    return comma.join(names)


def _label(atlas: Atlas, res: Resolution) -> str:
    """A group's label: its words, its kind and what it covers, in the words people type."""
    words = capital(res.label)
    if res.kind == "part":
        return f"{words} (body part)"
    if res.kind == "broad":
        return f"{words} (body parts: {', '.join(BODY_PARTS[p] for p in BROAD_WORDS[res.key])})"
    if res.kind == "condition":
        names = atlas.conditions[res.key].synonyms
        also = f" · also called {', '.join(names)}" if names else ""
        return f"{words} · condition: {area_names(atlas, res.regions, NAMED_AREAS)}{also}"
    bases = {atlas.regions[r].base for r in res.regions}
    if len(bases) > 1:
        return f"{words} ({area_names(atlas, res.regions, NAMED_AREAS)})"
    region = atlas.regions[res.regions[0]]
    return f"{words}, both sides" + (f" ({', '.join(region.synonyms)})" if region.synonyms else "")


def _area_label(atlas: Atlas, region_id: str) -> str:
    # The box filters on the label, so it carries the words people type for the area.
    region = atlas.regions[region_id]
    return region.display + (f" ({', '.join(region.synonyms)})" if region.synonyms else "")


@lru_cache(maxsize=4)
def search_options(atlas: Atlas) -> dict[str, str]:
    """Every choice of the body map's search box, value -> label, group words first.

    Streamlit filters the options by their label as the person types, so a label
    holds the words people use: a group's kind and areas, a condition's other
    names, an area's synonyms.
    """
    groups = {
        FIND + link_words(atlas, res): _label(atlas, res)
        for res in entry_points(atlas)
        if res.regions and not one_area(res)
    }
    areas = {rid: _area_label(atlas, rid) for rid in atlas.regions}
    # A label stands for its value in the box, so each must be unique.
    seen: set[str] = set()
    return {v: lab for v, lab in {**groups, **areas}.items() if not (lab in seen or seen.add(lab))}


def option_label(atlas: Atlas, value: str) -> str:
    """The label the box shows for a value, also for words typed in or taken from a link."""
    known = search_options(atlas).get(value)
    if known or not value.startswith(FIND):
        return known or value
    try:
        return _label(atlas, resolve(atlas, value.removeprefix(FIND)))
    except UnknownRegionError:
        return value


def in_words(atlas: Atlas, res: Resolution) -> tuple[str, str]:
    """What words were taken to mean, as a sentence, and a condition's description apart."""
    about = atlas.conditions[res.key].description if res.kind == "condition" else ""
    short = res.note.removesuffix(about).strip().rstrip(".") or f"{res.label}: marked"
    return capital(short) + ".", about


def unknown_words(words: str, suggestions=()) -> Notice:
    """Why typed words changed nothing, with the closest words the atlas knows."""
    hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
    return Notice(
        "Nothing is known by the words {}, so nothing changed. Try an area, a body part or a "
        "complaint, such as heel, shoulder or headache." + hint.replace("{", "(").replace("}", ")"),
        (words,),
    )


def link_words(atlas: Atlas, res: Resolution) -> str:
    """The words a link carries for a group: its label, or a condition's first other name
    when that is shorter and means the same ("sciatica" for "Sciatica-like pain")."""
    names = [res.label]
    if res.kind == "condition":
        first = atlas.conditions[res.key].synonyms[:1]
        names[:0] = [w for w in first if len(w) < len(res.label)]
    for words in names:
        try:
            if resolve(atlas, words).regions == res.regions:
                return words
        except UnknownRegionError:
            continue
    return " ".join(res.query.split())


def parse_find(atlas: Atlas, params: dict) -> tuple[Resolution | None, tuple[Notice, ...]]:
    """The group a link's ``find`` names, or a notice that it was ignored (never raises)."""
    value = params.get("find")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if value is None or not str(value).strip():
        return None, ()
    value = str(value)[:200]
    try:
        return resolve(atlas, value), ()
    except UnknownRegionError:
        return None, (Notice("The link's find {} is not known, so it was ignored.", (value,)),)


def drawn_on(atlas: Atlas, geometry: Geometry, view: str, region_ids: Iterable[str]) -> set[str]:
    """The areas of ``region_ids`` that ``view`` draws (a close-up area shows on its parent)."""
    paths = geometry.views[view].paths
    return {r for r in region_ids if any(f in paths for f in family(atlas, r, down=False))}


def best_view(atlas: Atlas, geometry: Geometry, region_ids, current: str, views=BODY_VIEWS) -> str:
    """The current view if it draws any of the areas (the person chose it), else the one
    that draws most of them."""
    region_ids = tuple(region_ids)
    if drawn_on(atlas, geometry, current, region_ids):
        return current
    return max(views, key=lambda v: len(drawn_on(atlas, geometry, v, region_ids)))


def found(
    atlas: Atlas, geometry: Geometry, screen: Explorer, res: Resolution, limit: int = 10
) -> tuple[Explorer, Found]:
    """The body-map screen with a group of areas marked, and what can cause pain somewhere in it.

    The group counts as one area ("pain somewhere in here"), not as every area at once.
    """
    regions = res.regions
    pain = {f for r in regions for f in family(atlas, r, down=False)}
    view = screen.map.view
    state = replace(screen.map, pain=tuple(sorted(pain)))
    if view in DETAIL_VIEWS:
        zoom = screen.zoom
    else:
        areas = {f for r in regions for f in family(atlas, r, up=False)}
        zoom = tuple(v for v in DETAIL_VIEWS if areas & set(geometry.views[v].paths))
    sources = tuple(pain_sources(atlas, [], groups=[regions], limit=limit))
    elsewhere = tuple(
        v
        for v in BODY_VIEWS
        if v != view
        and drawn_on(atlas, geometry, v, regions) - drawn_on(atlas, geometry, view, regions)
    )
    return replace(screen, map=state, zoom=zoom), Found(res, sources, elsewhere)
