"""The patients' dry-needling page: the explainer's sections, each line with its source numbers."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.explainer import Explainer, Section, load_explainer
from triggermap.atlas.model import Atlas, AtlasError
from triggermap.atlas.raw import DATA_DIR
from triggermap.outputs.checklist import checklist_html
from triggermap.text import escape as esc

_LINKS = {
    "body_map": ("pages/body_map.py", "See trigger points and their pain on the body map"),
    "conditions": ("pages/conditions.py", "See these conditions on the body chart"),
}
# Printing the page prints the words only: no menu, header, buttons or links bar.
_PRINT_CSS = """<style>
@media print {
  header, nav, [data-testid="stSidebar"], [data-testid="stToolbar"], .stDownloadButton,
  .stPageLink, .tm-skip { display: none !important; }
  [data-testid="stMainBlockContainer"] { padding-top: 0 !important; }
  body { font-size: 12pt; }
}
</style>"""


@st.cache_resource(show_spinner=False)
def explainer() -> tuple[Explainer | None, tuple[str, ...]]:
    """The checked explainer (None when the atlas has none) and any validation messages."""
    try:
        return load_explainer(DATA_DIR), ()
    except AtlasError as exc:
        return None, tuple(exc.messages)


def _refs(numbers: dict[str, int], sources: tuple[str, ...]) -> str:
    shown = ", ".join(str(n) for n in sorted(numbers[s] for s in sources))
    return f" :gray[\\[{shown}\\]]" if sources else ""


def _section(atlas: Atlas, section: Section, numbers: dict[str, int]) -> None:
    st.subheader(esc(section.title), anchor=section.id)
    lines = [esc(line.text) + _refs(numbers, line.sources) for line in section.lines]
    if section.kind == "warning":
        st.warning("\n\n".join(lines), icon=":material/emergency:")
    elif section.kind == "text":
        for line in lines:
            st.markdown(line)
    elif section.kind == "checklist":
        st.markdown("  \n".join("☐ " + line for line in lines))
    else:
        st.markdown("\n".join("- " + line for line in lines))
    if section.conditions:
        names = (atlas.conditions[c].name for c in section.conditions)
        st.markdown("**Conditions in this app:** " + esc(", ".join(names)) + ".")
    if section.link:
        page, label = _LINKS[section.link]
        st.page_link(page, label=label, icon=":material/arrow_forward:")


def show_explainer(atlas: Atlas, content: Explainer) -> None:
    """Every section in order, the checklist as a download, then the numbered references."""
    st.html(_PRINT_CSS)
    numbers = {sid: i + 1 for i, sid in enumerate(content.cited())}
    st.markdown(esc(content.intro))
    for section in content.sections:
        _section(atlas, section, numbers)
        if section.kind == "checklist":
            st.download_button(
                "Download the checklist to print",
                checklist_html(content, atlas.sources),
                file_name="before-your-first-session.html",
                mime="text/html",
                icon=":material/print:",
                on_click="ignore",
            )
    st.subheader("Sources", anchor="sources")
    st.markdown("\n".join(f"{n}. {esc(atlas.sources[sid].citation)}" for sid, n in numbers.items()))
