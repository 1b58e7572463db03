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
    const url = base + "app/static/body_geometry.json";
    // Started by the loader alongside this code (ui/bodymap: early), if it could.
    const started = window.__triggermapEarly && window.__triggermapEarly[url];
    if (started) window.__triggermapEarly[url] = null;  // a body is read once
    window.__triggermapGeometry = (started || fetch(url))
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
    // Where the finger landed, in chart units (study mode scores it); none from a key.
    path.addEventListener("click", (e) => {
      const at = e.detail ? toChart(svg, e.clientX, e.clientY) : null;
      send(id, at && [Math.round(at.x * 10) / 10, Math.round(at.y * 10) / 10]);
    });
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
  // Where the shown muscle lies: outlines drawn over every area, so no neighbour's edge hides them.
  el("g", { class: "belly-lines", "pointer-events": "none" }, svg);
  el("g", { class: "marks" }, svg);
  root.querySelector(".tm-chart").replaceChildren(svg);
  keyboard(svg);
  zoomable(root, svg);
  return svg;
}

const CLASSES = ["selected", "essential", "spillover", "pain", "lies", "belly", "h0", "h1", "h2", "h3", "h4", "h5"];

function wanted(data) {
  // region id -> space-separated classes it should carry
  const out = new Map();
  const add = (id, c) => out.set(id, out.has(id) ? out.get(id) + " " + c : c);
  for (const [c, ids] of [["selected", data.selected], ["essential", data.essential],
    ["spillover", data.spillover], ["pain", data.pain], ["lies", data.lies],
    ["belly", data.belly]]) {
    for (const id of ids || []) add(id, c);
  }
  for (const [id, level] of Object.entries(data.heat || {})) add(id, "h" + level);
  return out;
}

// A muscle's own outline (triggermap/chart/outline.py): the written points are the
// corners of a closed Catmull-Rom curve, drawn here as the same curve in cubic Béziers.
function smoothOutline(d) {
  const r = (v) => Math.round(v * 10) / 10;
  return d.split("Z").filter((ring) => ring.includes("M")).map((ring) => {
    const n = ring.replace("M", " ").trim().split(/\s+/).map(Number);
    const p = [];
    for (let i = 0; i + 1 < n.length; i += 2) p.push([n[i], n[i + 1]]);
    const at = (i) => p[(i + p.length) % p.length];
    let out = `M${p[0][0]} ${p[0][1]}`;
    for (let i = 0; i < p.length; i++) {
      const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
      out += `C${r(p1[0] + (p2[0] - p0[0]) / 6)} ${r(p1[1] + (p2[1] - p0[1]) / 6)} ` +
        `${r(p2[0] - (p3[0] - p1[0]) / 6)} ${r(p2[1] - (p3[1] - p1[1]) / 6)} ${p2[0]} ${p2[1]}`;
    }
    return out + "Z";
  }).join("");
}

function drawBelly(svg, ids, outlines) {
  // Where the shown muscle lies: its own outline where the data gives one, else its areas.
  const key = JSON.stringify([ids, outlines]);
  if (svg.__belly === key) return;
  svg.__belly = key;
  const lines = svg.querySelector("g.belly-lines");
  lines.replaceChildren();
  for (const id of ids) {
    const path = svg.querySelector(`path[data-region="${CSS.escape(id)}"]`);
    if (path) el("path", { d: path.getAttribute("d"), class: "belly-line" }, lines);
  }
  for (const d of outlines) {
    if (typeof d === "string") el("path", { d: smoothOutline(d), class: "belly-line belly-outline" }, lines);
  }
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
  drawBelly(svg, data.belly || [], data.outlines || []);
  const marksKey = JSON.stringify(data.marks || []);
  if (svg.__marks === marksKey) return;
  svg.__marks = marksKey;
  drawMarks(svg, data.marks || []);
}

// ---- Trigger-point marks (issue 11) ---------------------------------------
// Each ✕ is a button: tapping, clicking or focusing it names it in visible text
// beside it (never only in a hover tooltip) and draws that one trigger point's
// own pattern. A mark standing for several coinciding trigger points counts them
// and lists each, to be shown one at a time. Names and zones come from the
// trigger-point records, by the keys each mark carries: the run's own
// (data.trigger_points) or the tap index's table (triggermap/outputs/marks.py).

function markRecord(svg, key) {
  const root = svg.closest(".tm-map");  // the svg sits in the root's .tm-chart
  const own = root && root.__tps;
  const index = window.__triggermapIndex;
  return (own && own[key]) || (index && index.trigger_points && index.trigger_points[key]) || null;
}

function markName(r) {
  // "Soleus TP1", but "Anconeus TP" rather than "Anconeus Anconeus TP".
  const named = r.label.toLowerCase().includes(r.muscle.toLowerCase());
  return named ? r.label : `${r.muscle} ${r.label}`;
}

function markLabel(svg, keys) {
  const records = keys.map((k) => markRecord(svg, k)).filter(Boolean);
  const one = (r) => `${markName(r)}, ${r.side} side: ${r.location}`;
  if (records.length === 1) return one(records[0]);
  return `${records.length} trigger points: ` + records.map(one).join("; ");
}

function drawMarks(svg, marks) {
  closeMarkInfo(svg);
  const layer = svg.querySelector("g.marks");
  layer.replaceChildren();
  // The most likely candidates (ranks 1 to TOP) are drawn larger and numbered as in
  // the panel's list; the rest are plain ✕. Lower ranks are drawn first, so the top
  // three's marks stay on top where they overlap.
  const ranked = [...marks].sort((a, b) => rankOrder(b) - rankOrder(a));
  for (const m of ranked) {
    const top = m.rank > 0 && m.rank <= TOP;
    const count = (m.keys || []).length;
    const label = markLabel(svg, m.keys || []);
    const g = el("g", { class: top ? "mark top" : "mark", role: "button", tabindex: -1,
      "aria-label": m.rank ? `${m.rank}. ${label}` : label,
      transform: `translate(${m.x} ${m.y})${top ? " scale(1.5)" : ""}` }, layer);
    g.__keys = m.keys || [];
    if (m.rank) g.setAttribute("data-rank", m.rank);
    if (count > 1) g.setAttribute("data-count", count);
    el("circle", { r: 7, class: "hit" }, g);  // a finger-sized target around the thin ✕
    el("path", { d: "M-4 -4L4 4M4 -4L-4 4", class: "x-halo" }, g);
    el("path", { d: "M-4 -4L4 4M4 -4L-4 4", class: "x" }, g);
    if (top) el("text", { x: 6, y: -5, class: "rank" }, g).textContent = String(m.rank);
    if (count > 1) {
      // The count sits below-left, clear of the rank number above-right.
      el("text", { x: -6, y: 11, class: "count", "text-anchor": "end" }, g).textContent = `×${count}`;
    }
    el("title", {}, g).textContent = m.rank ? `${m.rank}. ${label}` : label;
    const open = (e) => { e.stopPropagation(); showMark(svg, g, g.__keys[0]); };
    g.addEventListener("click", open);
    g.addEventListener("focus", () => {
      if (svg.__activeMark !== g && !svg.__quietFocus) showMark(svg, g, g.__keys[0]);
    });
    g.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(e); }
      if (e.key === "Escape") closeMarkInfo(svg);
    });
  }
}

function showMarkPattern(svg, record) {
  // Its own zones, over (not instead of) the chart's state, which comes back on close.
  const ess = new Set(record ? record.essential : []);
  const spill = new Set(record ? record.spillover : []);
  for (const path of svg.querySelectorAll("path[data-region]")) {
    const id = path.getAttribute("data-region");
    path.classList.toggle("tp-ess", ess.has(id));
    path.classList.toggle("tp-spill", spill.has(id));
  }
  svg.classList.toggle("tp-focus", Boolean(record));
}

function showMark(svg, g, key) {
  const chart = svg.parentElement;  // .tm-chart: the words sit beside the drawing
  const record = markRecord(svg, key);
  if (!chart || !record) return;
  for (const other of svg.querySelectorAll(".mark.active")) other.classList.remove("active");
  g.classList.add("active");
  svg.__activeMark = g;
  showMarkPattern(svg, record);
  let box = chart.querySelector(".tm-mark-info");
  if (!box) {
    box = document.createElement("div");
    box.className = "tm-mark-info";
    box.setAttribute("role", "status");
    box.setAttribute("aria-live", "polite");
    chart.appendChild(box);
  }
  box.replaceChildren();
  const keys = g.__keys;
  if (keys.length > 1) {
    const head = document.createElement("p");
    head.className = "tm-mark-count";
    head.textContent = `${keys.length} trigger points lie here. Showing one at a time:`;
    box.appendChild(head);
    const list = document.createElement("div");
    list.className = "tm-mark-list";
    for (const k of keys) {
      const r = markRecord(svg, k);
      if (!r) continue;
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = markName(r);
      b.setAttribute("aria-pressed", String(k === key));
      b.addEventListener("click", () => showMark(svg, g, k));
      list.appendChild(b);
    }
    box.appendChild(list);
  }
  const name = document.createElement("p");
  name.className = "tm-mark-name";
  const strong = document.createElement("strong");
  strong.textContent = markName(record);
  name.append(strong, `, ${record.side} side`);
  const where = document.createElement("p");
  where.className = "tm-mark-where";
  where.textContent = record.location;
  const key_ = document.createElement("p");
  key_.className = "tm-mark-key";
  key_.textContent = record.spillover.length
    ? "On the chart: its own pattern, solid red where it usually sends pain, hatched where it may also."
    : "On the chart: its own pattern, in red where it usually sends pain.";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "tm-mark-close";
  close.textContent = "Close";
  close.addEventListener("click", () => {
    closeMarkInfo(svg);
    // Back to the ✕ for a keyboard user, without opening it again (focus runs synchronously).
    svg.__quietFocus = true;
    g.focus({ preventScroll: true });
    svg.__quietFocus = false;
  });
  box.append(name, where, key_, close);
  placeMarkInfo(chart, box, g);
}

function placeMarkInfo(root, box, g) {
  // Beside the drawn figure where the column leaves room (a body view on a wide
  // screen), so the pattern stays uncovered; else next to the tapped ✕, which is on
  // screen: below it, or above it where the screen ends.
  const at = root.getBoundingClientRect();
  const svg = g.ownerSVGElement;
  const frame = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;  // drawn centred in the frame (preserveAspectRatio xMidYMin)
  const drawn = vb.width * Math.min(frame.width / vb.width, frame.height / vb.height);
  const drawnLeft = frame.left + (frame.width - drawn) / 2;
  const mark = g.getBoundingClientRect();
  const room = Math.max(at.right - drawnLeft - drawn, drawnLeft - at.left) - 8;
  if (room >= 160) {  // narrower than below the ✕, but clear of the figure
    const width = Math.min(300, room);
    box.style.width = `${width}px`;
    const right = at.right - drawnLeft - drawn >= drawnLeft - at.left;
    box.style.left = `${right ? drawnLeft + drawn - at.left + 8 : drawnLeft - at.left - 8 - width}px`;
    const height = box.getBoundingClientRect().height;
    const top = Math.min(mark.top - at.top - 12, at.height - height);
    box.style.top = `${Math.max(top, 0)}px`;
    return;
  }
  const width = Math.min(300, at.width - 8);
  box.style.width = `${width}px`;
  const left = Math.min(Math.max(mark.left + mark.width / 2 - at.left - width / 2, 4), at.width - width - 4);
  box.style.left = `${left}px`;
  box.style.top = `${mark.bottom - at.top + 8}px`;
  const height = box.getBoundingClientRect().height;
  if (mark.bottom + 8 + height > window.innerHeight && mark.top - height - 8 > 0) {
    box.style.top = `${mark.top - at.top - height - 8}px`;
  }
}

function closeMarkInfo(svg) {
  const chart = svg.parentElement;
  const box = chart && chart.querySelector(".tm-mark-info");
  if (box) box.remove();
  for (const other of svg.querySelectorAll(".mark.active")) other.classList.remove("active");
  svg.__activeMark = null;
  showMarkPattern(svg, null);
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

// The tap index is not sent with the first run, which would hold up the first
// paint (ui/bodymap.body_map): once the chart is drawn, say that this tab holds it
// already (from an earlier visit or server session), or ask for it. Until it
// comes, a tap is answered by the server's rerun.
function askForIndex(root, answers, setStateValue) {
  if (!answers.id || answers.index || answers.held) return;
  const asked = `${answers.session} ${answers.id}`;
  if (root.__asked === asked) return;  // once per session: the answer is on its way
  root.__asked = asked;
  const index = window.__triggermapIndex;
  if (index && index.id === answers.id) {
    setStateValue("index", answers.id);
    return;
  }
  // Once the chart is painted and the browser idle: a tap made before the
  // index comes is still answered (by the rerun). Taking in 600 KB blocks the page
  // for a moment, which should not come between the user and the first picture.
  const ask = () => setStateValue("want", answers.id);
  const idle = () => (window.requestIdleCallback
    ? window.requestIdleCallback(ask, { timeout: 1500 }) : setTimeout(ask, 50));
  requestAnimationFrame(() => requestAnimationFrame(idle));  // after the chart's first paint
}

// A tapped area's answer the browser holds already comes by reference
// (ui/bodymap._by_reference): [record key, view, region] in the tap index.
function fillFromIndex(data, id) {
  const index = window.__triggermapIndex;
  const [key, view, region] = data.from_index;
  const record = index && index.id === id && index[key] && index[key][view] && index[key][view][region];
  if (record) Object.assign(data, record);
  return Boolean(record);
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
  if (data.from_index && !fillFromIndex(data, answers.id)) {
    // The server sends the index, and this in full, again.
    setStateValue("want", answers.id);
    setStateValue("index", null);
    return undefined;
  }
  root.__answers = answers;
  root.__tps = data.trigger_points || {};  // what this run's marks name (drawMarks)
  root.__view = data.view;
  root.__question = data.question;
  // A state value (not a one-shot trigger) survives a rerun that interrupts the
  // previous one, so a quick second tap is never lost; the counter makes every
  // tap a change, even on the same region, and never reuses a number.
  root.__send = (id, at = null) => {
    const svg = root.querySelector("svg");
    if (svg) closeMarkInfo(svg);  // a tap on an area ends the look at one trigger point
    const tap = ++root.__taps;
    root.__last = id;
    // First, so a failed local answer loses no tap.
    setStateValue("clicked", at ? { id, tap, at } : { id, tap });
    answerLocally(root, id, tap);
  };
  const send = (id, at) => root.__send(id, at);
  const stale = follow(root, answers);
  root.setAttribute("data-session", answers.session);  // which session drew it, for tests
  geometry().then((geo) => {
    let svg = root.querySelector("svg");
    const rebuild = !svg || svg.getAttribute("data-view") !== data.view;
    if (rebuild) svg = buildView(root, geo, data.view, send);
    if (rebuild || !stale) applyState(svg, data);
    patternInSight(root, svg, data, rebuild);
    root.setAttribute("data-ready", data.view);
    askForIndex(root, answers, setStateValue);
  }).catch(() => {
    root.textContent = "The body chart could not be loaded. Use the region list instead.";
  });
  return rerunOnReconnect(root, setStateValue);
}
