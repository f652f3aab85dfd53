// sitegen serve: reload when a rebuild is published; show a failed rebuild over the page.
(function () {
  var script = document.currentScript;
  var since = Number(script.dataset.generation);
  var overlay = null;

  function show(state) {
    if (!state.problems.length) {
      if (overlay) { overlay.remove(); overlay = null; }
      return;
    }
    if (!overlay) {
      overlay = document.createElement("aside");
      overlay.setAttribute("role", "alert");
      overlay.id = "sitegen-overlay";
      overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;" +
        "overflow:auto;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#fff;" +
        "font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;border-top:4px solid #e5484d";
      document.body.appendChild(overlay);
    }
    overlay.textContent = (state.failed ? "Rebuild failed; this is the last good site.\n\n"
                                        : "Built, with problems:\n\n") + state.problems.join("\n");
  }

  function poll(wait) {
    fetch("/__sitegen/wait?since=" + wait, { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.generation !== since && !state.failed) { location.reload(); return; }
        since = state.generation;
        show(state);
        poll(since);
      })
      .catch(function () { setTimeout(function () { poll(since); }, 1000); });  // server restarting
  }

  poll(-1);  // at once: the current problems, if any
}());
