/* govportal: small enhancements only; every page works without this file.
 * The built HTML states opening hours in words and never says "open now": a static page
 * cannot know when it is read. This script adds the live status from the hours data in
 * each page (data-gp-hours), with the same rules as the build: see
 * govportal/model/schedule.py, and tests/fixtures/hours/cases.json, which both must pass.
 * It also hides an alert whose end has passed since the page was built. */
(function () {
  "use strict";
  var DAY = 1440, LOOK_AHEAD = 14;
  var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var formats = {};  // one Intl formatter per zone: building one is the slow part

  function localNow(zone, now) {
    var format = formats[zone] || (formats[zone] = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }));
    var parts = {};
    format.formatToParts(now).forEach(function (p) { parts[p.type] = p.value; });
    return { day: Date.UTC(+parts.year, +parts.month - 1, +parts.day), minute: (+parts.hour % 24) * 60 + +parts.minute };
  }

  function iso(day) { return new Date(day).toISOString().slice(0, 10); }
  function addDays(day, n) { return day + n * 86400000; }
  function weekday(day) { return (new Date(day).getUTCDay() + 6) % 7; }  // Monday = 0

  function clock(minutes) {
    minutes = minutes % DAY;
    if (minutes === 0) return "midnight";
    if (minutes === 720) return "noon";
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h % 12 || 12) + (m ? ":" + (m < 10 ? "0" : "") + m : "") + (h < 12 ? " a.m." : " p.m.");
  }

  function dayText(offset, day) {
    if (offset === 0) return "today";
    if (offset === 1) return "tomorrow";
    var date = new Date(day), name = DAYS[weekday(day)];
    return offset < 7 ? name : name + ", " + MONTHS[date.getUTCMonth()] + " " + date.getUTCDate();
  }

  function spans(hours, day) {
    var key = iso(day);
    if (Object.prototype.hasOwnProperty.call(hours.special, key)) return hours.special[key];
    return hours.closed.indexOf(key) !== -1 ? [] : hours.week[weekday(day)];
  }

  function nextOpening(hours, today, minute) {
    for (var offset = 0; offset <= LOOK_AHEAD; offset++) {
      var day = addDays(today, offset);
      if (iso(day) > hours.last) return null;
      var list = spans(hours, day);
      for (var i = 0; i < list.length; i++) {
        if (offset > 0 || list[i][0] > minute) return "Opens " + dayText(offset, day) + " at " + clock(list[i][0]);
      }
    }
    return null;
  }

  /* Open or closed at `now`, or null when the hours data does not cover that date. */
  function status(hours, now) {
    if (hours.always) return { open: true, text: "Open 24 hours, 7 days a week" };
    var local = localNow(hours.zone, now), today = local.day, minute = local.minute, key = iso(today), i, list;
    if (key < hours.first || key > hours.last) return null;
    list = spans(hours, addDays(today, -1));
    for (i = 0; i < list.length; i++) {
      if (list[i][1] > DAY && minute < list[i][1] - DAY) return { open: true, text: "Open now, until " + clock(list[i][1]) };
    }
    list = spans(hours, today);
    for (i = 0; i < list.length; i++) {
      if (list[i][0] <= minute && minute < list[i][1]) return { open: true, text: "Open now, until " + clock(list[i][1]) };
    }
    var special = Object.prototype.hasOwnProperty.call(hours.special, key);
    var closed = hours.closed.indexOf(key) !== -1 && !special ? "Closed today" : "Closed now";
    var opening = nextOpening(hours, today, minute);
    return { open: false, text: opening ? closed + ". " + opening : closed };
  }

  /* Status lines start hidden (there is nothing true to say without a clock). The header's
   * line is a polite live region once filled, so only a later change is announced; the
   * others are not live, or a help page would read out twenty lines at 8 a.m. */
  function show(el, result) {
    var text = el.querySelector("[data-gp-status-text]") || el;
    if (!result) { if (el.hasAttribute("data-gp-status")) el.hidden = true; return; }
    el.classList.toggle(el.getAttribute("data-gp-open-class"), result.open);
    el.classList.toggle(el.getAttribute("data-gp-closed-class"), !result.open);
    if (text.textContent !== result.text) text.textContent = result.text;
    el.hidden = false;
    if (el.hasAttribute("data-gp-announce")) el.setAttribute("aria-live", "polite");
  }

  function hideEndedAlerts(now) {
    document.querySelectorAll("[data-gp-alert-ends]").forEach(function (el) {
      if (Date.parse(el.getAttribute("data-gp-alert-ends")) <= now.getTime()) el.hidden = true;
    });
  }

  function refresh() {
    var now = new Date();
    document.querySelectorAll("[data-gp-hours]").forEach(function (el) {
      show(el, status(JSON.parse(el.getAttribute("data-gp-hours")), now));
    });
    hideEndedAlerts(now);
  }

  window.govportal = { hours: { status: status } };  // our one global: tests call the rules the pages run
  if (window.Intl && document.querySelectorAll) {
    refresh();
    setInterval(refresh, 60 * 1000);
  }
})();

/* Feedback forms: send in place and show the thank-you message or the errors without
 * leaving the page. Without this, the same forms post normally and the receiver sends
 * people back to the page. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;

  function fieldsOf(form) {
    var data = {};
    new FormData(form).forEach(function (value, name) {
      if (name in data) data[name] = [].concat(data[name], value);
      else data[name] = form.querySelectorAll('[name="' + name + '"][type=checkbox]').length ? [value] : value;
    });
    return data;
  }

  function showErrors(form, errors) {
    var prefix = "gp-" + form.getAttribute("data-gp-form") + "-";
    var summary = form.querySelector("[data-gp-errors]");
    var list = document.createElement("ul");
    form.querySelectorAll("[data-gp-error-for]").forEach(function (el) { el.hidden = true; el.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
    Object.keys(errors).forEach(function (field) {
      var item = document.createElement("li");
      var target = document.getElementById(prefix + field);
      if (target) {
        var link = document.createElement("a");
        link.href = "#" + prefix + field;
        link.textContent = errors[field];
        item.appendChild(link);
        var inline = form.querySelector('[data-gp-error-for="' + field + '"]');
        if (inline) { inline.textContent = errors[field]; inline.hidden = false; }
        form.querySelectorAll('[name="' + field + '"]').forEach(function (el) { el.setAttribute("aria-invalid", "true"); });
      } else {
        item.textContent = errors[field];
      }
      list.appendChild(item);
    });
    summary.innerHTML = "";
    var title = document.createElement("h2");
    title.textContent = "There is a problem";
    summary.appendChild(title);
    summary.appendChild(list);
    summary.hidden = false;
    summary.setAttribute("role", "alert");
    summary.focus();
  }

  function thank(form) {
    var message = document.getElementById(form.getAttribute("data-gp-submit"));
    message.classList.add("gp-thanks--shown");
    message.focus();
  }

  /* One key per answer: if the connection drops and the person sends again, the receiver
   * stores the answer once. A new key after each answer that was stored. */
  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  document.querySelectorAll("form[data-gp-submit]").forEach(function (form) {
    var key = newKey();
    form.noValidate = true; // our error summary replaces the browser's bubbles
    var consent = form.querySelector('[name="follow_up"]');
    var contact = form.querySelector(".gp-survey__contact");
    if (consent && contact) {
      var sync = function () {
        contact.classList.toggle("gp-shown", consent.checked);
        contact.querySelector("input").required = consent.checked;
      };
      consent.addEventListener("change", sync);
      sync();
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "Idempotency-Key": key },
        body: JSON.stringify(fieldsOf(form))
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        if (result.ok) { key = newKey(); thank(form); }
        else showErrors(form, result.body.errors || { form: "Something went wrong. Please try again." });
      }).catch(function () {
        showErrors(form, { form: "We could not send your answers. Check your connection and try again." });
      }).then(function () { button.disabled = false; });
    });
  });
})();

/* Search: search boxes go to the search page, which asks Pagefind's chunked index.
 * Without this script the boxes lead to the A to Z list of services. */
(function () {
  "use strict";
  document.querySelectorAll("form[data-gp-search]").forEach(function (form) {
    form.action = form.getAttribute("data-gp-search-page");
  });
  var results = document.querySelector("[data-gp-search-results]");
  if (!results) return;
  var form = document.querySelector("form[data-gp-search-form]");
  var input = form.querySelector("input[name=q]");
  var agency = form.querySelector("select[name=agency]");
  var topic = form.querySelector("select[name=topic]");
  var status = document.querySelector("[data-gp-search-status]");
  var params = new URLSearchParams(location.search);
  var pagefind;

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
  moreButton.textContent = "Show more results";
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
    var total = current.results.length, left = total - current.shown;
    status.textContent = total === 0
      ? "No results for \u201c" + current.query + "\u201d. Try other words, or browse all services from A to Z."
      : total + (total === 1 ? " result" : " results") + " for \u201c" + current.query + "\u201d." +
        (left > 0 ? " Showing the first " + current.shown + "." : "");
    moreButton.hidden = left <= 0;
    moreButton.textContent = "Show " + Math.min(left, BATCH) + " more " + (Math.min(left, BATCH) === 1 ? "result" : "results");
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
    status.textContent = "Searching\u2026";
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
    status.textContent = "Search is not working right now. Browse all services from A to Z instead.";
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
