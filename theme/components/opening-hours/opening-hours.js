/* govportal: small enhancements only; every page works without this file.
 * The built HTML states opening hours in words and never says "open now": a static page
 * cannot know when it is read. This script adds the live status from the hours data in
 * each page (data-gp-hours), with the same rules as the build: see
 * govportal/model/schedule.py, and tests/fixtures/hours/cases.json, which both must pass.
 * It also hides an alert whose end has passed since the page was built. The words it writes
 * come from the page, in its language (data-gp-text on this script's element). */
(function () {
  "use strict";
  var DAY = 1440, LOOK_AHEAD = 14;
  /* The words, in the page's language, from the page (govportal.pages.script_text): none here. */
  var TEXT = JSON.parse((document.currentScript && document.currentScript.getAttribute("data-gp-text")) || "{}").hours;
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

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (all, name) { return values[name]; });
  }

  /* "5 p.m." inside its phrase: "until 5 p.m.", "at noon"; `phrases` is TEXT.until or TEXT.at. */
  function clock(minutes, phrases) {
    minutes = minutes % DAY;
    if (minutes === 0) return phrases.midnight;
    if (minutes === 720) return phrases.noon;
    var h = Math.floor(minutes / 60), m = minutes % 60, hour = h % 12 || 12;
    var time = hour + (m ? ":" + (m < 10 ? "0" : "") + m : "") + " " + (h < 12 ? TEXT.am : TEXT.pm);
    return fill(hour === 1 ? phrases.one : phrases.other, { time: time });
  }

  function dayText(offset, day) {
    if (offset === 0) return TEXT.today;
    if (offset === 1) return TEXT.tomorrow;
    var date = new Date(day), name = TEXT.days[weekday(day)];
    return offset < 7 ? fill(TEXT.weekday, { weekday: name })
      : fill(TEXT.date, { weekday: name, month: TEXT.months[date.getUTCMonth()], day: date.getUTCDate() });
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
        if (offset > 0 || list[i][0] > minute) return fill(TEXT.opens, { day: dayText(offset, day), at: clock(list[i][0], TEXT.at) });
      }
    }
    return null;
  }

  /* Open or closed at `now`, or null when the hours data does not cover that date. */
  function status(hours, now) {
    if (hours.always) return { open: true, text: TEXT.always };
    var local = localNow(hours.zone, now), today = local.day, minute = local.minute, key = iso(today), i, list;
    if (key < hours.first || key > hours.last) return null;
    list = spans(hours, addDays(today, -1));
    for (i = 0; i < list.length; i++) {
      if (list[i][1] > DAY && minute < list[i][1] - DAY) return { open: true, text: fill(TEXT.open_until, { until: clock(list[i][1], TEXT.until) }) };
    }
    list = spans(hours, today);
    for (i = 0; i < list.length; i++) {
      if (list[i][0] <= minute && minute < list[i][1]) return { open: true, text: fill(TEXT.open_until, { until: clock(list[i][1], TEXT.until) }) };
    }
    var special = Object.prototype.hasOwnProperty.call(hours.special, key);
    var closed = hours.closed.indexOf(key) !== -1 && !special ? TEXT.closed_today : TEXT.closed_now;
    var opening = nextOpening(hours, today, minute);
    return { open: false, text: opening ? fill(TEXT.closed_then, { closed: closed, opens: opening }) : closed };
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
    if (TEXT) {  // without the words (a portal's own scripts block), the hours as built stay
      document.querySelectorAll("[data-gp-hours]").forEach(function (el) {
        show(el, status(JSON.parse(el.getAttribute("data-gp-hours")), now));
      });
    }
    hideEndedAlerts(now);
  }

  window.govportal = { hours: { status: status } };  // our one global: tests call the rules the pages run
  if (window.Intl && document.querySelectorAll) {
    refresh();
    setInterval(refresh, 60 * 1000);
  }
})();

