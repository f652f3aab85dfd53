// Search with Pagefind's own index (built per language at the end of every build).
// The page's <html lang> selects the index; results link to article pages.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.querySelector(".search__status");
  var list = document.querySelector(".search__results");
  var filterBox = form.querySelector(".search__filters");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var lang = document.documentElement.lang;
  var words = {
    id: { none: "Tidak ada hasil.", one: "1 hasil", many: " hasil", failed: "Pencarian tidak dapat dimuat.", shown: "ditampilkan" },
    en: { none: "No results.", one: "1 result", many: " results", failed: "Search could not be loaded.", shown: "shown" }
  }[lang] || {};
  var PAGE = 10; // results rendered at a time; "show more" renders the next ten
  var more = document.querySelector(".search__more");
  var found = [];
  var days = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  function dayName(iso) {
    var date = new Date(iso + "T00:00:00Z");
    return isNaN(date) ? iso : days.format(date);
  }
  var pagefind = null;
  var serial = 0;
  var timer = null;

  function load() {
    if (pagefind) return Promise.resolve(pagefind);
    return import(form.dataset.bundle + "pagefind.js").then(function (module) {
      pagefind = module;
      return pagefind.options({ baseUrl: form.dataset.base }).then(function () { return pagefind.filters(); });
    }).then(function (available) {
      selects.forEach(function (select) {
        var name = select.dataset.filter;
        var values = Object.keys(available[name] || {});
        // Days newest first; sources and topics alphabetically, as a reader looks for them.
        values.sort(function (a, b) { return name === "day" ? (a < b ? 1 : -1) : a.localeCompare(b, lang); });
        values.forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = name === "day" ? dayName(value) : value;
          select.appendChild(option);
        });
        select.disabled = false;
      });
      return pagefind;
    });
  }

  function render(data) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    var heading = document.createElement("h2");
    heading.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "search__meta";
    meta.textContent = [data.meta && data.meta.date ? dayName(data.meta.date) : "", (data.meta && data.meta.source) || ""]
      .filter(Boolean).join(" · ");
    var excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
    item.appendChild(heading);
    item.appendChild(meta);
    item.appendChild(excerpt);
    return item;
  }

  function run() {
    var mine = ++serial;
    var term = input.value.trim();
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.dataset.filter] = select.value; });
    if (!term && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    load().then(function (pf) {
      return pf.search(term || null, { filters: filters });
    }).then(function (search) {
      if (mine !== serial) return;
      found = search.results;
      list.replaceChildren();
      history.replaceState(null, "", "?q=" + encodeURIComponent(term));
      return showMore(mine);
    }).catch(function () {
      status.textContent = words.failed;
    });
  }

  // Render the next page of the results found; the status always gives the true total.
  function showMore(mine) {
    var start = list.children.length;
    return Promise.all(found.slice(start, start + PAGE).map(function (result) { return result.data(); }))
      .then(function (results) {
        if (mine !== serial) return;
        results.forEach(function (data) { list.appendChild(render(data)); });
        var total = found.length;
        var text = !total ? words.none : total === 1 ? words.one : total + words.many;
        status.textContent = total > list.children.length ? text + " (" + list.children.length + " " + words.shown + ")" : text;
        more.hidden = list.children.length >= total;
      });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  more.addEventListener("click", function () { showMore(serial); });
  // Fill the filters once the page is idle, so they can be used before any search.
  (window.requestIdleCallback || function (f) { setTimeout(f, 200); })(function () { load().catch(function () {}); });
  var query = new URLSearchParams(location.search).get("q");
  if (query) { input.value = query; run(); }
}());
