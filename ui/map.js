// The body map: builds the SVG once per view from the static geometry (fetched
// once per browser tab), then on every script run only toggles classes and
// redraws the few trigger-point marks. ui/bodymap.py joins map_keys.js (keyboard)
// and map_zoom.js (zoom, phone) before this file into one module. Every string
// from data goes in through textContent or setAttribute, never innerHTML.
const SVG_NS = "http://www.w3.org/2000/svg";

function geometry() {
  if (!window.__triggermapGeometry) {
    // Pages live one level below the app root (e.g. /body_map), as does a baseUrlPath.
    const base = window.location.origin + window.location.pathname.replace(/[^/]*$/, "");
    window.__triggermapGeometry = fetch(base + "app/static/body_geometry.json")
      .then((r) => { if (!r.ok) throw new Error("geometry " + r.status); return r.json(); })
      .catch((e) => { window.__triggermapGeometry = null; throw e; });
  }
  return window.__triggermapGeometry;
}

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

function buildView(root, geo, viewName, send) {
  const view = geo.views[viewName];
  const svg = el("svg", {
    viewBox: `0 0 ${view.width} ${view.height}`, role: "group",
    "aria-label": `Body chart, ${viewName} view`, "data-view": viewName, "aria-describedby": "tm-keys",
    preserveAspectRatio: "xMidYMin meet",
    tabindex: -1,  // the chart's one Tab stop is an area (roving), not the drawing
  });
  const defs = el("defs", {}, svg);
  const hatch = el("pattern", { id: "tm-hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse",
    patternTransform: "rotate(45)" }, defs);
  el("rect", { width: 6, height: 6, class: "hatch-bg" }, hatch);
  el("line", { x1: 0, y1: 0, x2: 0, y2: 6, class: "hatch-line" }, hatch);
  const regions = el("g", { class: "regions" }, svg);
  for (const [id, d] of Object.entries(view.regions)) {
    const name = geo.names[id] || id;
    // One Tab stop for the whole chart: roving() gives tabindex 0 to one area at a time.
    const path = el("path", { d, "data-region": id, role: "button", tabindex: -1,
      "aria-label": name, "aria-pressed": "false", "fill-rule": "evenodd" }, regions);
    el("title", {}, path).textContent = name;
    path.addEventListener("click", () => send(id));
    path.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); send(id); }
    });
  }
  el("path", { d: view.outline, class: "outline", "pointer-events": "none" }, svg);
  for (const label of view.labels) {
    const t = el("text", { x: label.x, y: label.y, class: "side-label", "text-anchor": "middle",
      "pointer-events": "none" }, svg);
    t.textContent = label.text;
  }
  el("g", { class: "marks", "pointer-events": "none" }, svg);
  root.querySelector(".tm-chart").replaceChildren(svg);
  keyboard(svg);
  zoomable(root, svg);
  return svg;
}

const CLASSES = ["selected", "essential", "spillover", "pain", "lies", "h0", "h1", "h2", "h3", "h4", "h5"];

function wanted(data) {
  // region id -> space-separated classes it should carry
  const out = new Map();
  const add = (id, c) => out.set(id, out.has(id) ? out.get(id) + " " + c : c);
  for (const [c, ids] of [["selected", data.selected], ["essential", data.essential],
    ["spillover", data.spillover], ["pain", data.pain], ["lies", data.lies]]) {
    for (const id of ids || []) add(id, c);
  }
  for (const [id, level] of Object.entries(data.heat || {})) add(id, "h" + level);
  return out;
}

const TOP = 3;  // triggermap.outputs.screens.TOP_RANKED
const rankOrder = (m) => (m.rank > 0 ? m.rank : Infinity);

function applyState(svg, data) {
  // Touch only the regions whose state changed: restyling every path on every
  // click made the browser repaint the whole chart.
  const next = wanted(data);
  const prev = svg.__state || new Map();
  for (const id of new Set([...prev.keys(), ...next.keys()])) {
    if (prev.get(id) === next.get(id)) continue;
    const path = svg.querySelector(`path[data-region="${CSS.escape(id)}"]`);
    if (!path) continue;
    const want = new Set((next.get(id) || "").split(" ").filter(Boolean));
    for (const c of CLASSES) path.classList.toggle(c, want.has(c));
    path.setAttribute("aria-pressed", String(want.has("selected") || want.has("pain")));
  }
  svg.__state = next;
  restingStop(svg, (data.selected || [])[0] || (data.pain || [])[0]);
  const marksKey = JSON.stringify(data.marks || []);
  if (svg.__marks === marksKey) return;
  svg.__marks = marksKey;
  const marks = svg.querySelector("g.marks");
  marks.replaceChildren();
  // The most likely candidates (ranks 1 to TOP) are drawn larger and numbered as in
  // the panel's list; the rest are plain ✕. Lower ranks are drawn first, so the top
  // three's marks stay on top where they overlap.
  const ranked = [...(data.marks || [])].sort((a, b) => rankOrder(b) - rankOrder(a));
  for (const m of ranked) {
    const top = m.rank > 0 && m.rank <= TOP;
    const g = el("g", { class: top ? "mark top" : "mark",
      transform: `translate(${m.x} ${m.y})${top ? " scale(1.5)" : ""}` }, marks);
    if (m.rank) g.setAttribute("data-rank", m.rank);
    el("path", { d: "M-4 -4L4 4M4 -4L-4 4", class: "x-halo" }, g);
    el("path", { d: "M-4 -4L4 4M4 -4L-4 4", class: "x" }, g);
    if (top) {
      const n = el("text", { x: 6, y: -5, class: "rank" }, g);
      n.textContent = String(m.rank);
    }
    el("title", {}, g).textContent = m.rank ? `${m.rank}. ${m.label}` : m.label;
  }
}

// On the body-map page the server sends, once per session, every answer a tap
// can get (triggermap/answers.py). A tap then shows its answer at once, tells the
// region panel (a separate element) to do the same, and the server's rerun
// confirms it with the same records. A rerun that started before the latest
// tap carries an older tap number and is not drawn, so a quick tap never
// flickers back to the one before.
function answerLocally(root, id, tap) {
  const answers = root.__answers;
  const index = window.__triggermapIndex;
  if (!answers || !index || index.id !== answers.id) return;
  // The record for the question the map answers (triggermap/outputs/answers.py).
  const records = index[root.__question === "referral" ? "map" : "sources"] || {};
  const record = records[root.__view] && records[root.__view][id];
  const svg = root.querySelector("svg");
  if (!record || !svg) return;
  applyState(svg, { ...record, selected: [id] });
  const detail = { id, tap, session: root.__session, base: root.__base };
  window.dispatchEvent(new CustomEvent("triggermap:answer", { detail }));
  // On a phone the panel answers in a sheet over the lower screen (panel.js), and says
  // how tall it is: keep the tapped area in sight above it.
  if (detail.sheet) keepInSight(svg.querySelector(`path[data-region="${CSS.escape(id)}"]`), detail.sheet);
}

// Taps are numbered in this tab; the server echoes, with its session's id, the
// number of the last tap it acted on. A server restart starts a new session under
// the open page which knows only the link, so the echo starts again from 0: taps
// up to `base`, the count when this element first heard from the session, are in
// the link already. A tap no server confirmed is not in it, and would be lost
// (a new session's first run calls no callbacks): it is sent again.
// Returns whether this run started before the latest tap.
function follow(root, answers) {
  const echo = answers.tap || 0;
  root.__taps = Math.max(root.__taps || 0, echo);
  if (answers.session !== root.__session) {
    const lost = root.__session !== undefined && root.__taps > Math.max(root.__seen, echo);
    root.__session = answers.session;
    root.__base = root.__taps;
    if (lost && root.__last) root.__send(root.__last);
  }
  root.__seen = Math.max(echo, root.__base);
  return root.__taps > root.__seen;
}

// After a server restart the page reconnects to a new session that has not run:
// the user's first pick or tap would start its first run, which calls no callbacks
// and takes the screen from the link, so that pick would be lost. Start the run at
// once instead. Streamlit posts the page a host message whenever it connects.
function rerunOnReconnect(root, setStateValue) {
  if (root.__reconnect) root.__reconnect.abort();
  root.__reconnect = new AbortController();
  window.addEventListener("message", (event) => {
    if (event.data && event.data.type === "WEBSOCKET_CONNECTED") {
      setStateValue("connected", (root.__connects = (root.__connects || 0) + 1));
    }
  }, { signal: root.__reconnect.signal });
  return () => root.__reconnect.abort();
}

export default function (component) {
  const { parentElement, setStateValue } = component;
  // The server sends JSON strings (ui/bodymap.packed); the tap index comes apart.
  const data = JSON.parse(component.data.json);
  let root = parentElement.querySelector(".tm-map");
  if (!root) {
    root = document.createElement("div");
    root.className = "tm-map";
    parentElement.appendChild(root);
    toolbar(root);
  }
  const answers = data.answers;
  if (component.data.index) answers.index = JSON.parse(component.data.index);
  if (answers.index) {
    window.__triggermapIndex = answers.index;
    setStateValue("index", answers.index.id);  // the server stops sending it
  }
  root.__answers = answers;
  root.__view = data.view;
  root.__question = data.question;
  // A state value (not a one-shot trigger) survives a rerun that interrupts the
  // previous one, so a quick second tap is never lost; the counter makes every
  // tap a change, even on the same region, and never reuses a number.
  root.__send = (id) => {
    const tap = ++root.__taps;
    root.__last = id;
    setStateValue("clicked", { id, tap });  // first, so a failed local answer loses no tap
    answerLocally(root, id, tap);
  };
  const send = (id) => root.__send(id);
  const stale = follow(root, answers);
  root.setAttribute("data-session", answers.session);  // which session drew it, for tests
  geometry().then((geo) => {
    let svg = root.querySelector("svg");
    const rebuild = !svg || svg.getAttribute("data-view") !== data.view;
    if (rebuild) svg = buildView(root, geo, data.view, send);
    if (rebuild || !stale) applyState(svg, data);
    patternInSight(root, svg, data, rebuild);
    root.setAttribute("data-ready", data.view);
  }).catch(() => {
    root.textContent = "The body chart could not be loaded. Use the region list instead.";
  });
  return rerunOnReconnect(root, setStateValue);
}
