"""Provenance (issue 12): how each trigger point's pattern is known and where it is published."""

import shutil

from tests.conftest import FIXTURES
from triggermap.atlas.checks import run_checks
from triggermap.atlas.checks_provenance import chapter_key
from triggermap.atlas.raw import read_raw
from triggermap.schema import EVIDENCE


def _tiny_with_chapters(tmp_path, chapters: str):
    target = tmp_path / "atlas"
    shutil.copytree(FIXTURES / "tiny", target)
    (target / "sources.toml").write_text(
        f'[[source]]\nid = "test-book"\ncitation = "A test reference."\nchapters = {chapters}\n',
        encoding="utf-8",
    )
    return target


def test_a_chapter_spelt_two_ways_in_one_book_is_named(tmp_path, geometry):
    atlas_dir = _tiny_with_chapters(tmp_path, '["Calf", "Head", "Calf Muscles"]')
    messages = run_checks(read_raw(atlas_dir), geometry)
    assert messages == [
        "sources.toml: entry 'test-book': field 'chapters': 'Calf Muscles' is 'Calf' spelt again"
    ]


def test_a_chapter_listed_twice_is_named(tmp_path, geometry):
    atlas_dir = _tiny_with_chapters(tmp_path, '["Calf", "Head", "Head"]')
    messages = run_checks(read_raw(atlas_dir), geometry)
    assert messages == ["sources.toml: entry 'test-book': field 'chapters': 'Head' is listed twice"]


def test_a_trigger_point_citing_a_source_without_chapters_is_named(tmp_path, geometry):
    atlas_dir = _tiny_with_chapters(tmp_path, "[]")
    (atlas_dir / "sources.toml").write_text(
        '[[source]]\nid = "test-book"\ncitation = "A test reference."\n', encoding="utf-8"
    )
    messages = run_checks(read_raw(atlas_dir), geometry)
    assert len(messages) == 2  # one per trigger point of the tiny atlas
    assert all("source 'test-book' lists no chapters in sources.toml" in m for m in messages)


def test_chapter_titles_compare_without_case_punctuation_or_the_word_muscle():
    assert chapter_key("Tensor Fasciae Latae Muscle") == chapter_key("tensor fasciae latae")
    assert chapter_key("Adductor and Opponens Pollicis Muscles") == chapter_key(
        "Adductor & Opponens Pollicis"
    )
    assert chapter_key("Tensor Fasciae Latae and Sartorius") != chapter_key(
        "Tensor Fasciae Latae Muscle"
    )


def test_every_trigger_point_of_the_real_atlas_cites_a_chapter_of_its_source(atlas):
    for muscle in atlas.muscles.values():
        for tp in muscle.trigger_points:
            assert tp.evidence in EVIDENCE
            assert tp.source.chapter in atlas.sources[tp.source.ref].chapters, (muscle.id, tp.id)


def test_each_muscle_cites_its_book_chapter_under_one_spelling(atlas):
    sections = {
        (s.ref, s.section)
        for m in atlas.muscles.values()
        for s in m.sources
        if atlas.sources[s.ref].chapters
    }
    keys = {}
    for ref, section in sections:
        keys.setdefault((ref, chapter_key(section)), set()).add(section)
    assert all(len(spellings) == 1 for spellings in keys.values()), keys


def test_borrowed_and_derived_patterns_are_marked_derived(atlas):
    def evidence(mid, tp):
        return next(t.evidence for t in atlas.muscles[mid].trigger_points if t.id == tp)

    assert evidence("gemelli", "gemelli-tps") == "derived"
    assert evidence("quadratus-femoris", "quadratus-femoris-tps") == "derived"
    assert evidence("hand-interossei", "second-dorsal") == "derived"
    assert evidence("foot-interossei", "second-plantar") == "derived"
    assert evidence("foot-interossei", "first-dorsal") == "figure"
    assert evidence("piriformis", "tp1") == "figure"


def test_the_tiny_atlas_reads_page_and_chapter_into_the_model(tiny):
    tp = tiny.muscles["calf-tester"].trigger_points[0]
    assert (tp.evidence, tp.source.ref, tp.source.chapter, tp.source.page) == (
        "figure",
        "test-book",
        "Calf",
        12,
    )
    assert tp.source.figure is None
    assert tiny.sources["test-book"].chapters == ("Calf", "Head")
