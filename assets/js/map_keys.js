// The body map for the keyboard (see map.js, which this file is joined before by
// ui/bodymap.py, so the two share one module scope).

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
