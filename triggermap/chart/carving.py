"""Cutting prioritised parts into regions that tile their union exactly."""

from __future__ import annotations

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

AREAL = ("Polygon", "MultiPolygon")
Cell = tuple[str, BaseGeometry | None]  # (region base id, cell); None takes the rest


def polygonal(shape: BaseGeometry) -> BaseGeometry:
    """Only the areal part of ``shape``, made valid (drops slivers of lines and points)."""
    shape = shapely.make_valid(shape)
    polys = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type in AREAL]
    out = []
    for g in polys:
        out.extend(getattr(g, "geoms", [g]))
    out = [g for g in out if g.area > 0.05]
    return MultiPolygon(out).buffer(0) if out else Polygon()


def carve(
    parts: list[tuple[BaseGeometry, list[Cell]]], clip: BaseGeometry
) -> dict[str, BaseGeometry]:
    """Cut prioritised parts into regions that tile their union exactly."""
    taken: BaseGeometry = Polygon()
    pieces: dict[str, list[BaseGeometry]] = {}
    for shape, cells in parts:
        remaining = polygonal(shape.intersection(clip).difference(taken))
        taken = polygonal(taken.union(remaining))
        for base, cell in cells:
            piece = remaining if cell is None else polygonal(remaining.intersection(cell))
            remaining = polygonal(remaining.difference(piece))
            if not piece.is_empty:
                pieces.setdefault(base, []).append(piece)
    regions = {base: polygonal(unary_union(p)) for base, p in pieces.items()}
    return _absorb_crumbs(_fill_gaps(regions))


def _fill_gaps(regions: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    """Give each enclosed gap between parts to the neighbour that borders it most."""
    whole = unary_union(list(regions.values()))
    filled = unary_union([Polygon(p.exterior) for p in getattr(whole, "geoms", [whole])])
    gaps = polygonal(filled.difference(whole))
    for gap in getattr(gaps, "geoms", [gaps]):
        if gap.is_empty:
            continue
        rim = gap.buffer(0.6)
        owner = max(regions, key=lambda b: regions[b].intersection(rim).area)
        regions[owner] = polygonal(regions[owner].union(gap.buffer(0.01)))
    return regions


def _absorb_crumbs(
    regions: dict[str, BaseGeometry], max_share: float = 0.1
) -> dict[str, BaseGeometry]:
    """Hand small detached bits of a region to the neighbour they border most.

    A cell can leave a crumb of its region on the far side of another region;
    one click target should be one piece (fingers, drawn apart, are kept).
    """
    for base in list(regions):
        parts = list(getattr(regions[base], "geoms", [regions[base]]))
        if len(parts) < 2:
            continue
        biggest = max(p.area for p in parts)
        keep = []
        for part in parts:
            if part.area >= max_share * biggest:
                keep.append(part)
                continue
            rim = part.buffer(0.05)
            others = [b for b in regions if b != base]
            owner = max(others, key=lambda b: regions[b].intersection(rim).area)
            if regions[owner].intersection(rim).area == 0:
                keep.append(part)
                continue
            regions[owner] = polygonal(regions[owner].union(part.buffer(0.01)))
        regions[base] = polygonal(unary_union(keep))
    return regions
