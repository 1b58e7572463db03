// The region panel beside the body map. It draws what the server sends, and on a
// map tap (the "triggermap:answer" event from map.js) it draws that region's
// record from the index at once; the server's rerun then sends the same record.
// Every string from data goes in through textContent, never innerHTML.

function add(parent, tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  parent.appendChild(node);
  return node;
}

function muscleButtons(parent, label, entries, names, pick, firstRank = 0) {
  if (!entries.length) return;
  const row = add(parent, "div", undefined, "pills");
  row.setAttribute("role", "group");
  row.setAttribute("aria-label", label);
  const seen = new Set();
  for (const [muscle, side] of entries) {
    if (seen.has(muscle)) continue;
    // Numbered as the chart numbers their marks (map.js), when it shows them.
    const rank = firstRank ? `${firstRank + seen.size}. ` : "";
    seen.add(muscle);
    const button = add(row, "button", rank + (names[muscle] || muscle), "pill");
    button.type = "button";
    button.addEventListener("click", () => pick(muscle, side));
  }
}

function hereSection(box, panel, muscles, pick, question, points) {
  add(box, "h5", question === "referral" ? "Trigger points here send pain to the red areas"
    : "Trigger points in this area");
  if (question === "referral") {
    add(box, "p", "Red on the chart shows where the trigger points in this area send pain. " +
      "Pick a muscle to see its whole pattern.");
  }
  if (!panel.here.length) {
    add(box, "p", "No trigger points in the atlas lie in this area.");
    return;
  }
  const list = add(box, "ul", undefined, "tps");
  for (const tp of panel.here) {
    // Its location and where its pattern comes from are in the trigger-point records.
    const record = points[tp.key] || {};
    const item = add(list, "li");
    add(item, "span", "✕ ", "x");
    add(item, "strong", muscles[tp.muscle] || tp.muscle);
    add(item, "span", `, ${tp.label}: ${record.location || ""}`);
    add(item, "span", record.provenance || "", record.derived ? "prov derived" : "prov");
  }
  muscleButtons(box, "Show the pattern of", panel.here.map((tp) => [tp.muscle, tp.side]), muscles, pick);
}

function sourcesSection(box, panel, muscles, pick, question) {
  const charted = question !== "referral";
  add(box, "h5", charted ? "Pain felt here can come from" : "Pain felt here can also come from");
  add(box, "p", charted
    ? "The chart marks these muscles' trigger points (✕) and shades where they lie, most " +
      "likely first: the first three are numbered on the chart. Pick a muscle to see its whole pattern."
    : "Switch the question above the chart to see their trigger points on it.");
  const { essential, spillover } = panel.sources;
  if (!essential.length && !spillover.length) add(box, "p", "No muscle in the atlas refers pain here.");
  let rank = 1;
  for (const [zone, title] of [["essential", "Essential zone (usual)"], ["spillover", "Spillover zone (some people)"]]) {
    const ids = panel.sources[zone];
    if (!ids.length) continue;
    add(box, "p", title, "zone-title");
    // Most likely first (the ranking's order); each run says in words why it is there.
    let start = 0;
    for (const [why, count] of panel.why[zone]) {
      add(box, "p", why, "why");
      const run = ids.slice(start, start + count);
      muscleButtons(box, `${title}: ${why.replace(/:$/, "")}`, run.map((m) => [m, panel.side]),
        muscles, pick, charted ? rank : 0);
      start += count;
      rank += count;
    }
  }
}

// Red flags stand first, each saying what to do. An emergency folds the muscles and
// conditions under it (still one tap away), so the message is what the eye meets.
const FLAG_TITLES = {
  emergency: "Emergency: do this first",
  today: "See a doctor today",
  ask: "Check this first",
  soon: "See a doctor first",
  tell: "Tell your therapist",
};

function flagsSection(box, panel) {
  for (const flag of panel.flags) {
    const note = add(box, "div", undefined, `flag flag-${flag.urgency}`);
    note.setAttribute("role", flag.urgency === "emergency" ? "alert" : "note");
    note.dataset.flag = flag.id;
    add(note, "strong", FLAG_TITLES[flag.urgency] || "Safety");
    add(note, "p", flag.text);
  }
  if (!panel.folds) return box;
  const fold = add(box, "details", undefined, "folded");
  add(fold, "summary", "Muscles that can also cause pain here (after the message above)");
  return fold;
}

function render(root, answer, pick) {
  const { panel, muscles, conditions } = answer;
  const question = root.__question;
  // The rerun after a tap sends what the tap already drew: keep the DOM (and a
  // keyboard user's focus on a muscle button) when nothing shown has changed.
  const shown = JSON.stringify([question, panel || answer.intro || null]);
  if (root.__shown === shown) return;
  root.__shown = shown;
  const box = document.createElement("div");
  box.className = "tm-panel";
  if (!panel) {
    root.removeAttribute("data-region");
    if (answer.intro) add(box, "p", answer.intro);
    root.replaceChildren(box);
    dock(root);
    return;
  }
  root.setAttribute("data-region", panel.id);
  root.__names = muscles;
  box.appendChild(sheetClose(root, panel));
  add(box, "h3", panel.name);
  if (panel.synonyms.length) add(box, "p", "Also called: " + panel.synonyms.join(", "), "aside");
  const body = flagsSection(box, panel);
  // The chart's question comes first, under a heading that names it.
  const sections = [hereSection, sourcesSection];
  if (question !== "referral") sections.reverse();
  const points = answer.trigger_points || {};
  for (const section of sections) section(body, panel, muscles, pick, question, points);
  if (panel.conditions.length) {
    add(body, "h5", "Related conditions");
    const list = add(body, "ul");
    for (const id of panel.conditions) {
      const c = conditions[id];
      if (!c) continue;
      const item = add(list, "li");
      add(item, "strong", c.name);
      add(item, "span", `: ${c.description}`);
    }
  }
  root.querySelector(".tm-panel")?.remove();
  root.prepend(box);
  if (panel.folds) showUrgentFlag(box);
}

function showUrgentFlag(box) {
  // An emergency answer must be where the user looks: on a phone the panel sits
  // below the chart that was just tapped, so bring the message into view.
  const flag = box.querySelector(".flag-emergency, .flag-today");
  if (!flag) return;
  requestAnimationFrame(() => {
    const { top, bottom } = flag.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) flag.scrollIntoView({ block: "center" });
  });
}

// ---- On a phone: the answer in a sheet over the lower screen -------------------------
// Stacked on a phone, the panel is far below the chart. A tap's answer slides up over the
// lower part of the screen instead (the map keeps the tapped area in sight above it), and
// closes back into the page. Picking a muscle closes it and brings the chart, now showing
// the muscle's pattern, into sight, with a one-tap way to its text.
const PHONE = "(max-width: 699px)";

function phone() {
  return window.matchMedia(PHONE).matches;
}

function sheetClose(root, panel) {
  const close = document.createElement("button");
  close.type = "button";
  close.className = "sheet-close";
  close.textContent = "✕ Close";
  close.setAttribute("aria-label", `Close the answer for ${panel.name}`);
  close.addEventListener("click", () => dock(root));
  return close;
}

function openSheet(root) {
  root.classList.add("sheet");
  root.querySelector(".tm-bar")?.remove();
  root.scrollTop = 0;
  return root.offsetHeight;  // how much of the screen it covers, for map.js
}

function dock(root) {
  root.classList.remove("sheet");
  root.querySelector(".tm-bar")?.remove();
}

function shadowHost(selector) {
  return [...document.querySelectorAll("*")]
    .find((e) => e.shadowRoot && e.shadowRoot.querySelector(selector));
}

function showChart(root, name) {
  dock(root);
  const host = shadowHost(".tm-map svg");
  if (host) {
    host.style.scrollMarginTop = "4rem";
    host.scrollIntoView({ block: "start" });
  }
  const bar = document.createElement("div");
  bar.className = "tm-bar";
  bar.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = `${name}: its pattern is on the chart.`;
  const read = document.createElement("button");
  read.type = "button";
  read.className = "pill";
  read.textContent = "Read about it";
  read.addEventListener("click", () => { bar.remove(); showColumnTop(root, true); });
  const close = document.createElement("button");
  close.type = "button";
  close.className = "bar-close";
  close.textContent = "✕";
  close.setAttribute("aria-label", "Hide this bar");
  close.addEventListener("click", () => bar.remove());
  bar.append(text, read, close);
  root.appendChild(bar);
}

function showColumnTop(root, always = false) {
  // A picked muscle's facts open at the top of this column, which on a phone is
  // out of sight above the panel: bring it into view (below the app's header).
  const host = root.getRootNode().host || root;
  const column = host.closest('[data-testid="stColumn"]');
  if (!column || (!always && column.getBoundingClientRect().top >= 0)) return;
  column.style.scrollMarginTop = "4rem";
  column.scrollIntoView({ block: "start" });
}

function fromIndex(index, id) {
  const panel = index.panels[id];
  return panel && {
    panel, muscles: index.muscles, conditions: index.conditions, trigger_points: index.trigger_points,
  };
}

export default function (component) {
  const { parentElement, setStateValue } = component;
  const data = JSON.parse(component.data.json);  // see ui/bodymap.packed

  let root = parentElement.querySelector(".tm-answer");
  if (!root) {
    root = document.createElement("div");
    root.className = "tm-answer";
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", "The selected area");
    parentElement.appendChild(root);
  }
  root.__question = data.question;  // which question the chart beside it answers
  root.__picks = root.__picks || 0;
  // Buttons drawn by an earlier run call the newest setStateValue.
  root.__pick = (muscle, side) => {
    setStateValue("muscle", { muscle, side, pick: ++root.__picks });
    window.__triggermapPanelPick = true;  // map.js: this pattern is brought into sight here
    if (phone()) showChart(root, (root.__names && root.__names[muscle]) || muscle);
    else showColumnTop(root);
  };
  const pick = (muscle, side) => root.__pick(muscle, side);
  // Skip a rerun that started before the latest tap this panel has already answered.
  // Tap numbers are counted as in map.js: a new server session (a restart) echoes
  // from 0, and the taps up to `base` are already in its answer.
  root.__tap = root.__tap || 0;
  if (data.session !== root.__session) {
    root.__session = data.session;
    root.__base = root.__tap;
  }
  const tap = Math.max(data.tap || 0, root.__base);
  if (data.from_index !== undefined) {
    // The region's record is in the index the map holds (ui/panels.region_answer).
    const index = window.__triggermapIndex;
    Object.assign(data, (index && index.id === data.index_id && fromIndex(index, data.from_index))
      || { panel: null, muscles: {}, conditions: {} });
  }
  if (tap >= root.__tap) {
    // A tap the page could not answer itself (before the index came) opens the sheet here.
    const fresh = tap > root.__tap && data.panel;
    root.__tap = tap;
    render(root, data, pick);
    if (fresh && phone()) openSheet(root);
  }
  if (root.__abort) root.__abort.abort();
  root.__abort = new AbortController();
  window.addEventListener("triggermap:answer", (event) => {
    const index = window.__triggermapIndex;
    const answer = index && index.id === data.index_id && fromIndex(index, event.detail.id);
    if (!answer) return;
    ({ tap: root.__tap, session: root.__session, base: root.__base } = event.detail);
    render(root, answer, pick);
    if (phone()) event.detail.sheet = openSheet(root);
  }, { signal: root.__abort.signal });
  return () => root.__abort.abort();
}
