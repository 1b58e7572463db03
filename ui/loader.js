// Loads an element's code and style once per browser tab from app/static/
// (ui/served.py): inline code and style would go out again with every script
// run. MODULE and STYLE are replaced by paths carrying a hash of the content,
// so a new version is fetched.
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

export default function (component) {
  // Pages live one level below the app root (e.g. /body_map), as does a baseUrlPath.
  const base = window.location.origin + window.location.pathname.replace(/[^/]*$/, "");
  const code = once("MODULE", () => import(base + "app/static/MODULE"));
  const style = styled(component.parentElement, base + "app/static/STYLE");
  let cleanup = null;
  let gone = false;
  Promise.all([code, style]).then(
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
