// The body map for fingers: the zoom step, and keeping answers in sight on a phone (see
// map.js, which this file is joined before by ui/bodymap.py: one module scope).

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

// ---- On a phone: answers and patterns in sight ------------------------------------
function patternInSight(root, svg, data, rebuild) {
  // On a phone the chart and the muscle list are far apart: a pattern newly drawn (a
  // muscle picked below the chart) brings the chart into sight if it is wholly out of it.
  const key = JSON.stringify([data.essential, data.spillover]);
  const changed = svg.__pattern !== undefined && svg.__pattern !== key;
  svg.__pattern = key;
  if (rebuild || !changed || !(data.essential || []).length) return;
  // A muscle picked in the panel has brought the chart into sight already (panel.js),
  // and the user may have gone on to its text since.
  if (window.__triggermapPanelPick) {
    window.__triggermapPanelPick = false;
    return;
  }
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
