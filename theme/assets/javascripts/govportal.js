/* govportal: small enhancements only; every page works without this file.
 * Keeps "Open now" / "Closed now" current while a page stays open, using the
 * same rules as the build (see govportal/model/hours.py). */
(function () {
  "use strict";
  var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

  function localNow(zone, now) {
    var parts = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone, weekday: "long", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(now).forEach(function (p) { parts[p.type] = p.value; });
    return {
      y: +parts.year, m: +parts.month, d: +parts.day,
      weekday: DAYS.indexOf(parts.weekday),
      minutes: (+parts.hour % 24) * 60 + +parts.minute
    };
  }

  function isoDay(local, offset) {
    return new Date(Date.UTC(local.y, local.m - 1, local.d + offset)).toISOString().slice(0, 10);
  }

  function clock(minutes) {
    if (minutes >= 1440) return "midnight";
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h % 12 || 12) + ":" + (m < 10 ? "0" : "") + m + (h < 12 ? " a.m." : " p.m.");
  }

  function dayText(offset, weekday) {
    return offset === 0 ? "today" : offset === 1 ? "tomorrow" : DAYS[weekday];
  }

  function status(hours, now) {
    if (hours.always) return { open: true, text: "Open 24 hours, 7 days a week." };
    var local = localNow(hours.zone, now);
    for (var offset = 0; offset < 15; offset++) {
      var weekday = (local.weekday + offset) % 7;
      if (hours.closed.indexOf(isoDay(local, offset)) !== -1) continue;
      var spans = hours.week[weekday];
      for (var i = 0; i < spans.length; i++) {
        var start = spans[i][0], end = spans[i][1];
        if (offset === 0 && start <= local.minutes && local.minutes < end) {
          return { open: true, text: "Open now, until " + clock(end) };
        }
        if (offset > 0 || start > local.minutes) {
          return { open: false, text: "Closed now. Opens " + dayText(offset, weekday) + " at " + clock(start) };
        }
      }
    }
    return { open: false, text: "Closed now." };
  }

  function refresh() {
    var now = new Date();
    document.querySelectorAll("[data-gp-hours]").forEach(function (el) {
      var result = status(JSON.parse(el.getAttribute("data-gp-hours")), now);
      var text = el.querySelector("[data-gp-status-text]") || el;
      text.textContent = result.text;
      el.classList.toggle(el.getAttribute("data-gp-open-class"), result.open);
      el.classList.toggle(el.getAttribute("data-gp-closed-class"), !result.open);
    });
  }

  if (window.Intl && document.querySelectorAll) {
    refresh();
    setInterval(refresh, 60 * 1000);
  }
})();
