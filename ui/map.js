// The body map: builds the SVG once per view from the static geometry (fetched
// once per browser tab), then on every script run only toggles classes and
// redraws the few trigger-point marks. Every string from data goes in through
// textContent or setAttribute, never innerHTML.
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

function patternInSight(root, svg, data, rebuild) {
  // On a phone the chart and the muscle list are far apart: a pattern newly drawn (a
  // muscle picked below the chart) brings the chart into sight if it is wholly out of it.
  const key = JSON.stringify([data.essential, data.spillover]);
  const changed = svg.__pattern !== undefined && svg.__pattern !== key;
  svg.__pattern = key;
  if (rebuild || !changed || !(data.essential || []).length) return;
  if (!window.matchMedia("(max-width: 699px)").matches) return;
  const r = svg.getBoundingClientRect();
  if (r.bottom > 64 && r.top < window.innerHeight) return;
  root.style.scrollMarginTop = "4rem";
  root.scrollIntoView({ block: "start" });
}

function keepInSight(path, covered) {
  if (!path) return;
  const r = path.getBoundingClientRect();
  const top = 64;  // below Streamlit's header
  if (r.top >= top && r.bottom <= window.innerHeight - covered - 24) return;
  // Centred in the space left above the sheet.
  path.style.scrollMarginTop = `${top}px`;
  path.style.scrollMarginBottom = `${covered}px`;
  path.scrollIntoView({ block: "center" });
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

// ---- Keyboard: the whole chart is one Tab stop (the roving-tabindex pattern) ----------
// One area at a time has tabindex 0. The arrow keys move to the nearest area in that
// direction as drawn (so they follow the zoom), Home and End jump to the topmost area
// (the head) and the lowest (the feet); Enter or Space selects (buildView).
// Hook for the trigger-point marks: anything matching ROVING joins this order, so
// marks drawn with role="button" join it by adding ", g.mark[role=button]" here.
const ROVING = "path[data-region]";
const ARROWS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

function centre(node) {
  const r = node.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

function neighbour(items, from, [dx, dy]) {
  // Nearest along the arrow, with sideways distance counting double; an area within
  // about 63 degrees of the arrow wins over one further round, which is the fallback.
  const [x0, y0] = centre(from);
  let best = null;
  let bestScore = Infinity;
  for (const item of items) {
    if (item === from) continue;
    const [x, y] = centre(item);
    const along = (x - x0) * dx + (y - y0) * dy;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    if (along < 1) continue;
    const score = along + 2 * across + (across > 2 * along ? 1e6 : 0);
    if (score < bestScore) { best = item; bestScore = score; }
  }
  return best;
}

function extreme(items, lowest) {
  // Home: the area drawn highest (the top of the head); End: the lowest (a foot).
  const y = (n) => { const r = n.getBoundingClientRect(); return lowest ? -r.bottom : r.top; };
  return items.reduce((a, b) => (y(b) < y(a) ? b : a), items[0]);
}

function rove(svg, target, focus) {
  for (const node of svg.querySelectorAll('[tabindex="0"]')) {
    if (node !== target) node.setAttribute("tabindex", "-1");
  }
  target.setAttribute("tabindex", "0");
  if (focus) {
    target.focus();
    bringIntoZoom(svg, target);
  }
}

function restingStop(svg, selected) {
  // While focus is outside the chart, its Tab stop is the selected area, or the head.
  if (svg.contains(svg.getRootNode().activeElement)) return;
  const chosen = selected && svg.querySelector(`path[data-region="${CSS.escape(selected)}"]`);
  const items = [...svg.querySelectorAll(ROVING)];
  const stop = chosen || svg.querySelector(`${ROVING}[tabindex="0"]`) || extreme(items, false);
  if (stop) rove(svg, stop, false);
}

function keyboard(svg) {
  const hint = el("desc", { id: "tm-keys" }, svg);
  hint.textContent = "Arrow keys move between areas, Home and End jump to the head and the " +
    "feet, Enter selects.";
  svg.addEventListener("keydown", (e) => {
    const from = e.target.closest && e.target.closest(ROVING);
    if (!from || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = [...svg.querySelectorAll(ROVING)];
    let to;
    if (ARROWS[e.key]) to = neighbour(items, from, ARROWS[e.key]);
    else if (e.key === "Home" || e.key === "End") to = extreme(items, e.key === "End");
    else return;
    e.preventDefault();
    if (to) rove(svg, to, true);
  });
  // A click or a tap focuses an area too: it becomes the chart's Tab stop.
  svg.addEventListener("focusin", (e) => {
    const target = e.target.closest && e.target.closest(ROVING);
    if (target) rove(svg, target, false);
  });
}

// ---- Zoom: one step brings every area to at least 24 CSS px (WCAG 2.5.8) -------------
// "Zoom in" asks where: the next tap (or Enter on a focused area) zooms there, by the
// factor that fits a TARGET_PX square into the smallest area around that place. Once
// zoomed, taps select as before, a drag moves the chart, and keyboard focus pans to the
// focused area. The zoom lives in the browser: it costs no script run.
const TARGET_PX = 28;  // 24 px and some room for rounding
const DRAG_PX = 8;  // a move shorter than this is a tap
const REACH_PX = 16;  // how far from the tapped point a finger may have meant

function viewBox(svg) {
  const b = svg.viewBox.baseVal;
  return [b.x, b.y, b.width, b.height];
}

const EDGE_STEP = 1;  // chart units between the edge points squareSide measures from

function squareSide(path) {
  // The side of a square that fits inside the area, in chart units: the square in the
  // largest circle found inside it, whose radius is the distance from the deepest of a
  // grid of inside points to the nearest edge point (less half their spacing, so never
  // too large). Kept on the path: a shape never changes.
  if (path.__side !== undefined) return path.__side;
  const b = path.getBBox();
  const length = path.getTotalLength();
  const n = Math.min(1500, Math.ceil(length / EDGE_STEP));
  const edge = [];
  for (let k = 0; k < n; k++) {
    const q = path.getPointAtLength((length * k) / n);
    edge.push(q.x, q.y);
  }
  const step = Math.max(b.width, b.height) / 20;
  let deepest = 0;
  for (let x = b.x + step / 2; x < b.x + b.width; x += step) {
    for (let y = b.y + step / 2; y < b.y + b.height; y += step) {
      if (!path.isPointInFill(new DOMPoint(x, y))) continue;
      let near = Infinity;
      for (let k = 0; k < edge.length; k += 2) {
        near = Math.min(near, (edge[k] - x) ** 2 + (edge[k + 1] - y) ** 2);
      }
      deepest = Math.max(deepest, near);
    }
  }
  const radius = Math.sqrt(deepest) - (length / n) / 2;
  path.__side = Math.max(radius * Math.SQRT2, 0.5);
  return path.__side;
}

function measureWhenIdle(svg) {
  // Measured ahead, one area per idle moment, so the zoom step itself is quick.
  const paths = [...svg.querySelectorAll("path[data-region]")];
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
  const next = () => {
    const path = paths.pop();
    if (!path || !svg.isConnected) return;
    squareSide(path);
    idle(next);
  };
  idle(next);
}

function zoomFactor(svg, clientX, clientY) {
  // As far as the areas around the tapped place need: a finger-sized square must fit in
  // the smallest of them. So one step is enough wherever it is aimed.
  const [, , w, h] = viewBox(svg);
  const r = svg.getBoundingClientRect();
  const scale = Math.min(r.width / w, r.height / h) / (svg.__zoom || 1);
  let side = Infinity;
  for (const path of svg.querySelectorAll("path[data-region]")) {
    const b = path.getBoundingClientRect();
    if (b.right < clientX - REACH_PX || b.left > clientX + REACH_PX ||
      b.bottom < clientY - REACH_PX || b.top > clientY + REACH_PX) continue;
    side = Math.min(side, squareSide(path));
  }
  return Math.min(16, Math.max(2, TARGET_PX / (side * scale)));
}

function setWindow(svg, cx, cy, zoom) {
  const [W, H] = svg.__full;
  const w = W / zoom;
  const h = H / zoom;
  const x = Math.min(Math.max(cx - w / 2, 0), W - w);
  const y = Math.min(Math.max(cy - h / 2, 0), H - h);
  svg.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  svg.__zoom = zoom;
  svg.style.setProperty("--unzoom", String(1 / zoom));  // marks keep their size (map.css)
}

function toChart(svg, clientX, clientY) {
  return new DOMPoint(clientX, clientY).matrixTransform(svg.getScreenCTM().inverse());
}

function zoomAt(root, svg, clientX, clientY) {
  const p = toChart(svg, clientX, clientY);
  setWindow(svg, p.x, p.y, zoomFactor(svg, clientX, clientY));
  zoomState(root, svg, "zoomed");
}

function zoomOut(root, svg) {
  const [W, H] = svg.__full;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.__zoom = 1;
  svg.style.removeProperty("--unzoom");
  zoomState(root, svg, "whole");
}

function bringIntoZoom(svg, target) {
  if ((svg.__zoom || 1) === 1) return;
  const box = svg.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  if (r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom) {
    return;
  }
  const p = toChart(svg, r.left + r.width / 2, r.top + r.height / 2);
  setWindow(svg, p.x, p.y, svg.__zoom);
}

const HINTS = {
  whole: "",
  aiming: "Tap the place to zoom into (or press Enter on an area; Escape to cancel).",
  zoomed: "Zoomed in: tap an area to choose it, drag to move the chart.",
};

function zoomState(root, svg, state) {
  svg.__zoomState = state;
  svg.classList.toggle("zoomed", state === "zoomed");
  svg.classList.toggle("aiming", state === "aiming");
  const tools = root.querySelector(".tm-tools");
  tools.querySelector(".zoom-in").hidden = state === "zoomed";
  tools.querySelector(".zoom-in").setAttribute("aria-pressed", String(state === "aiming"));
  tools.querySelector(".zoom-out").hidden = state !== "zoomed";
  root.querySelector(".tm-hint").textContent = HINTS[state];
  root.querySelector(".tm-hint").hidden = !HINTS[state];
}

function toolbar(root) {
  const tools = document.createElement("div");
  tools.className = "tm-tools";
  for (const [cls, label, sign] of [["zoom-in", "Zoom in", "+"], ["zoom-out", "Whole chart", "−"]]) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.setAttribute("aria-label", label);
    b.title = label;
    b.textContent = sign;
    tools.appendChild(b);
  }
  const hint = document.createElement("p");
  hint.className = "tm-hint";
  hint.setAttribute("aria-live", "polite");
  hint.hidden = true;
  const chart = document.createElement("div");
  chart.className = "tm-chart";
  // The chart before the buttons: one Tab from the controls above reaches it (the hint
  // is text); the buttons sit over its corner.
  root.replaceChildren(hint, chart, tools);
  tools.querySelector(".zoom-in").addEventListener("click", () => {
    const svg = root.querySelector("svg");
    if (svg) zoomState(root, svg, svg.__zoomState === "aiming" ? "whole" : "aiming");
  });
  tools.querySelector(".zoom-out").addEventListener("click", () => {
    const svg = root.querySelector("svg");
    if (svg) zoomOut(root, svg);
  });
  root.addEventListener("keydown", (e) => {
    const svg = root.querySelector("svg");
    if (e.key === "Escape" && svg && svg.__zoomState === "aiming") zoomState(root, svg, "whole");
  });
}

function zoomable(root, svg) {
  svg.__full = viewBox(svg).slice(2);
  measureWhenIdle(svg);
  zoomState(root, svg, "whole");
  // Capture: while aiming, a tap or Enter zooms there instead of choosing an area,
  // and the click that ends a drag chooses nothing.
  svg.addEventListener("click", (e) => {
    if (svg.__dragged) {
      svg.__dragged = false;
      e.stopPropagation();
    } else if (svg.__zoomState === "aiming") {
      e.stopPropagation();
      zoomAt(root, svg, e.clientX, e.clientY);
    }
  }, true);
  svg.addEventListener("keydown", (e) => {
    const target = e.target.closest && e.target.closest(ROVING);
    if (svg.__zoomState !== "aiming" || !target || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    e.stopPropagation();
    zoomAt(root, svg, ...centre(target));
    bringIntoZoom(svg, target);
  }, true);
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    svg.__dragged = false;
    if (svg.__zoomState !== "zoomed" || !e.isPrimary) return;
    drag = { x: e.clientX, y: e.clientY, box: viewBox(svg), moved: false };
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag || !e.isPrimary) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_PX) return;
    drag.moved = true;
    const r = svg.getBoundingClientRect();
    const scale = Math.min(r.width / drag.box[2], r.height / drag.box[3]);
    const [x, y, w, h] = drag.box;
    setWindow(svg, x + w / 2 - dx / scale, y + h / 2 - dy / scale, svg.__zoom);
  });
  const end = () => {
    if (drag && drag.moved) svg.__dragged = true;
    drag = null;
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", () => { drag = null; });
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
