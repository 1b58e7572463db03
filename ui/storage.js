// Study progress in this browser's local storage (issue 14): nothing is stored on the server.
// On mounting, the element reports what the browser holds; when the server sends a new
// copy (after an answer, an import or a reset) it writes it. It draws nothing.
const KEY = "triggermap.study.progress";

export default function (component) {
  const { parentElement, setStateValue } = component;
  const data = JSON.parse(component.data.json);
  if (!parentElement.__reported) {
    parentElement.__reported = true;
    let stored = "";
    try { stored = window.localStorage.getItem(KEY) || ""; } catch (e) { stored = ""; }
    // A counter makes every report a change, so the server's callback always runs.
    setStateValue("stored", { text: stored, n: Date.now() });
  }
  if (typeof data.save === "string" && data.version !== parentElement.__saved) {
    try {
      if (data.save) window.localStorage.setItem(KEY, data.save);
      else window.localStorage.removeItem(KEY);
      parentElement.__saved = data.version;
    } catch (e) { /* storage full or blocked: the session keeps its copy */ }
  }
}
