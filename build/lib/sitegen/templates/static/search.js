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
    id: { none: "Tidak ada hasil.", one: "1 hasil", many: " hasil", failed: "Pencarian tidak dapat dimuat." },
    en: { none: "No results.", one: "1 result", many: " results", failed: "Search could not be loaded." }
  }[lang] || {};
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
        Object.keys(available[select.dataset.filter] || {}).sort().reverse().forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value;
          select.appendChild(option);
        });
      });
      filterBox.hidden = false;
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
    var excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
    item.appendChild(heading);
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
      return;
    }
    load().then(function (pf) {
      return pf.search(term || null, { filters: filters });
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 30).map(function (result) { return result.data(); }));
    }).then(function (results) {
      if (mine !== serial) return;
      list.replaceChildren.apply(list, results.map(render));
      status.textContent = !results.length ? words.none : results.length === 1 ? words.one : results.length + words.many;
      history.replaceState(null, "", "?q=" + encodeURIComponent(term));
    }).catch(function () {
      status.textContent = words.failed;
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  var query = new URLSearchParams(location.search).get("q");
  if (query) { input.value = query; run(); }
}());
