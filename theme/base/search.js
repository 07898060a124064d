/* Search: search boxes go to the search page, which asks Pagefind's chunked index.
 * Without this script the boxes lead to the A to Z list of services. */
(function () {
  "use strict";
  document.querySelectorAll("form[data-gp-search]").forEach(function (form) {
    form.action = form.getAttribute("data-gp-search-page");
  });
  var TEXT = JSON.parse((document.currentScript && document.currentScript.getAttribute("data-gp-text")) || "{}").search;
  var results = document.querySelector("[data-gp-search-results]");
  if (!results || !TEXT) return;  // the words come with the search page, in its language
  var form = document.querySelector("form[data-gp-search-form]");
  var input = form.querySelector("input[name=q]");
  var agency = form.querySelector("select[name=agency]");
  var topic = form.querySelector("select[name=topic]");
  var status = document.querySelector("[data-gp-search-status]");
  var params = new URLSearchParams(location.search);
  var pagefind;

  function words(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (all, name) { return values[name]; });
  }

  function plural(forms, n, values) { return words(n === 1 ? forms.one : forms.other, values); }

  function fill(select, values, chosen) {
    Object.keys(values || {}).sort().forEach(function (value) {
      var option = new Option(value, value, false, value === chosen);
      select.appendChild(option);
    });
  }

  /* Results come a few at a time: each one shown costs a request for its excerpt, which on a
   * slow phone network is most of the wait. */
  var BATCH = 5;
  var current = null; // { results, query, shown }
  var moreButton = document.createElement("button");
  moreButton.type = "button";
  moreButton.className = "gp-button gp-search__more";
  moreButton.hidden = true;
  moreButton.textContent = TEXT.more_start;
  results.parentNode.insertBefore(moreButton, results.nextSibling);

  function append(found) {
    var first = null;
    found.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      var excerpt = document.createElement("p");
      excerpt.innerHTML = data.excerpt; // Pagefind's excerpt of our own page, with <mark> around the words found
      item.appendChild(link);
      item.appendChild(excerpt);
      results.appendChild(item);
      first = first || link;
    });
    return first;
  }

  function describe() {
    var total = current.results.length, left = total - current.shown, next = Math.min(left, BATCH);
    status.textContent = total === 0
      ? words(TEXT.none, { query: current.query })
      : plural(TEXT.found, total, { count: total, query: current.query }) +
        (left > 0 ? " " + words(TEXT.first, { shown: current.shown }) : "");
    moreButton.hidden = left <= 0;
    moreButton.textContent = plural(TEXT.more, next, { count: next });
  }

  function more() {
    var mine = current;
    var batch = mine.results.slice(mine.shown, mine.shown + BATCH);
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (found) {
      if (mine !== current) return null; // a newer search started meanwhile
      mine.shown += found.length;
      var first = append(found);
      describe();
      return first;
    });
  }

  function run() {
    var query = input.value.trim();
    if (!query) { results.innerHTML = ""; status.textContent = ""; moreButton.hidden = true; return; }
    var filters = {};
    if (agency.value) filters.agency = agency.value;
    if (topic.value) filters.topic = topic.value;
    status.textContent = TEXT.searching;
    pagefind.search(query, { filters: filters }).then(function (search) {
      current = { results: search.results, query: query, shown: 0 };
      results.innerHTML = "";
      return more();
    });
  }

  moreButton.addEventListener("click", function () {
    more().then(function (first) { if (first) first.focus(); });
  });

  import(new URL(results.getAttribute("data-gp-pagefind"), location.href).href).then(function (module) {
    pagefind = module;
    pagefind.init();
    document.querySelector("[data-gp-search-fallback]").hidden = true;
    return pagefind.filters();
  }).then(function (filters) {
    fill(agency, filters.agency, params.get("agency"));
    fill(topic, filters.topic, params.get("topic"));
    form.querySelector("[data-gp-search-filters]").hidden = false;
    input.value = params.get("q") || "";
    run();
  }).catch(function () {
    status.textContent = TEXT.broken;
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = new URLSearchParams({ q: input.value.trim() });
    if (agency.value) query.set("agency", agency.value);
    if (topic.value) query.set("topic", topic.value);
    history.replaceState(null, "", "?" + query.toString());
    run();
  });
  agency.addEventListener("change", run);
  topic.addEventListener("change", run);
})();
