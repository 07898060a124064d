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

