// Remembers the reader's language: a click on the switch stores it, and any page
// opened later in the other language moves to its alternate. Pages work without this.
(function () {
  var KEY = "sitegen-lang";
  var here = document.documentElement.lang;
  var wanted = null;
  try { wanted = localStorage.getItem(KEY); } catch (e) { /* storage blocked */ }
  if (wanted && wanted !== here) {
    var alt = document.querySelector('link[rel="alternate"][hreflang="' + wanted + '"]');
    if (alt) { location.replace(alt.href + location.hash); return; }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".lang-switch");
    if (!link) return;
    try { localStorage.setItem(KEY, link.dataset.lang); } catch (e) { /* fine: the link still works */ }
  });
}());
