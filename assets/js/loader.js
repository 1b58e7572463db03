// Loads an element's code and style once per browser tab from app/static/. Each
// element sends only a stub that imports this module and calls mount() with the
// paths of its files (ui/served.py): inline code and style would go out again
// with every script run. The paths carry a hash of the content, so a new version
// is fetched. The files of one element share one module scope: they are joined
// in order, as one module.
const loaded = (window.__triggermapModules = window.__triggermapModules || {});

function once(key, load) {
  if (!loaded[key]) {
    loaded[key] = load().catch((error) => {
      delete loaded[key];  // the next run tries again
      throw error;
    });
  }
  return loaded[key];
}

function joined(base, paths) {
  const texts = paths.map((path) => fetch(base + "app/static/" + path)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(path + " " + r.status)))));
  return Promise.all(texts).then((parts) => {
    const code = new Blob([parts.join("\n")], { type: "text/javascript" });
    return import(URL.createObjectURL(code));
  });
}

function styled(parent, href) {
  // The element's own style sheet, in its own (isolated) part of the page.
  let link = parent.querySelector(`link[href="${href}"]`);
  if (!link) {
    link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    parent.prepend(link);
  }
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });  // unstyled beats nothing
  });
}

// Files an element's code will fetch, fetched alongside the code: the code takes its
// response from here, once (early(), used by map.js for the chart's geometry).
const fetches = (window.__triggermapEarly = window.__triggermapEarly || {});

export function mount(component, base, paths, style, early = []) {
  for (const path of early) {
    const url = base + "app/static/" + path;
    if (!(url in fetches)) fetches[url] = fetch(url);  // once a tab: mount() runs every rerun
  }
  const code = once(paths.join(" "), () => (paths.length === 1
    ? import(base + "app/static/" + paths[0]) : joined(base, paths)));
  const styling = styled(component.parentElement, base + "app/static/" + style);
  let cleanup = null;
  let gone = false;
  Promise.all([code, styling]).then(
    ([module]) => { if (!gone) cleanup = module.default(component) || null; },
    () => {
      component.parentElement.textContent =
        "This part of the page could not be loaded. Reload the page to try again.";
    },
  );
  return () => {
    gone = true;
    if (cleanup) cleanup();
  };
}
