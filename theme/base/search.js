/* Search: search boxes go to the search page, which asks Pagefind's chunked index.
 * Without this script the boxes lead to the A to Z list of services. */
(function () {
  "use strict";
  document.querySelectorAll("form[data-gp-search]").forEach(function (form) {
    form.action = form.getAttribute("data-gp-search-page");
    form.addEventListener("focusin", fetchEngine, { once: true });
  });

  /* Someone who starts typing in a search box is about to search: the engine (Pagefind's script
   * and its WebAssembly, the same files for every search; 75 KB compressed) is fetched while they
   * type, and the search page finds it in the browser's cache. On a slow phone network that is
   * more than a second less to wait. Not when the browser asks to save data. */
  var engineFetched = false;
  function fetchEngine(event) {
    var script = event.currentTarget.getAttribute("data-gp-search-engine");
    var connection = navigator.connection;
    if (engineFetched || !script || (connection && connection.saveData)) return;
    engineFetched = true;
    var language = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
    script = new URL(script, location.href);
    [script, new URL("wasm." + language + ".pagefind", script)].forEach(function (url) {
      var link = document.createElement("link");
      link.rel = "prefetch";
      link.crossOrigin = "anonymous"; // as the search page asks for them: the same cache entry
      link.href = url.href;
      document.head.appendChild(link);
    });
  }
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

  /* The choices Pagefind knows, after the first ("All"); the one chosen stays chosen if it is one. */
  function fill(select, values) {
    var chosen = select.value;
    select.length = 1;
    Object.keys(values || {}).sort().forEach(function (value) {
      select.appendChild(new Option(value, value, false, value === chosen));
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

  /* Pagefind on the page's own thread, not in its worker: only the page can use the files the
   * search page preloads (the worker would ask for them again), and the tag makes its list of
   * indexes the address preloaded. The search itself takes milliseconds. */
  var tagged = document.querySelector("[data-gp-pagefind-tag]");
  var settings = { noWorker: true };
  if (tagged) settings.metaCacheTag = tagged.getAttribute("data-gp-pagefind-tag");

  /* The search starts with the agency and topic in the address; the lists to choose them come
   * alongside, not first: the search does not wait for them. */
  function chosen(select, value) {
    if (value) select.appendChild(new Option(value, value, false, true));
  }

  import(new URL(results.getAttribute("data-gp-pagefind"), location.href).href).then(function (module) {
    pagefind = module;
    pagefind.options(settings);
    pagefind.init();
    document.querySelector("[data-gp-search-fallback]").hidden = true;
    chosen(agency, params.get("agency"));
    chosen(topic, params.get("topic"));
    input.value = params.get("q") || "";
    run();
    return pagefind.filters();
  }).then(function (filters) {
    var searched = agency.value + "\n" + topic.value;
    fill(agency, filters.agency);
    fill(topic, filters.topic);
    form.querySelector("[data-gp-search-filters]").hidden = false;
    if (agency.value + "\n" + topic.value !== searched) run(); // the address named an agency or topic there is not
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
