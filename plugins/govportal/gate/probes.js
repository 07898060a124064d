/* govportal gate: measurements taken inside the page. Each probe returns plain data;
 * the Python checks decide what is a problem. Installed once per page as window.__gp. */
(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };

  /* A short CSS selector that finds the element again, for reports. */
  const selector = (el) => {
    if (!(el instanceof Element)) return "";
    if (el.id) return "#" + CSS.escape(el.id);
    const parts = [];
    for (let node = el; node && node.nodeType === 1 && parts.length < 5; node = node.parentElement) {
      if (node.id) { parts.unshift("#" + CSS.escape(node.id)); break; }
      let part = node.localName;
      const cls = [...node.classList].slice(0, 2).map((c) => "." + CSS.escape(c)).join("");
      if (cls) part += cls;
      const parent = node.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === node.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(" > ");
  };

  /* What the page's Content Security Policy blocked. This file is an init script, so the
   * listener is in place before the page's first element and sees violations during load. */
  const violations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI || "",
      sample: event.sample || "",
      source: event.sourceFile || "",
      line: event.lineNumber || 0,
      selector: event.target instanceof Element ? selector(event.target) : "html",
    });
  }, true);

  const inViewport = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5;
  };

  const liveHelpLink = () =>
    document.querySelector("[data-gp-live-help]") ||
    [...document.querySelectorAll("a[href]")].find((a) => /\b(live help|get help)\b/i.test(a.textContent));

  const interactive = () =>
    [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])")]
      .filter(visible);

  window.__gp = {
    selector,

    policyViolations() { return violations; },

    liveHelp() {
      const link = liveHelpLink();
      if (!link) return { found: false };
      return {
        found: true,
        selector: selector(link),
        inHeader: !!link.closest("header, [role=banner]"),
        inViewport: inViewport(link),
      };
    },

    liveHelpFocused() {
      const link = liveHelpLink();
      return !!link && document.activeElement === link;
    },

    scrollToEnd() {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    },

    scrollToTop() { window.scrollTo(0, 0); },

    reflow() {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      return [...document.body.querySelectorAll("*")]
        .filter((el) => visible(el) && el.getBoundingClientRect().right > width + 1)
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
        .slice(0, 5)
        .map((el) => ({ selector: selector(el), width: Math.round(el.getBoundingClientRect().width) }));
    },

    /* WCAG 2.5.8: targets at least 24 x 24 CSS px, unless inline in text or spaced so a 24 px
     * circle on each does not overlap another target. */
    targets() {
      const items = interactive().map((el) => ({ el, box: el.getBoundingClientRect() }));
      const inline = (el) => {
        if (getComputedStyle(el).display !== "inline") return false;
        const block = el.parentElement && el.parentElement.closest("p, li, td, dd, label, span");
        return !!block && block.textContent.trim().length > el.textContent.trim().length;
      };
      const small = items.filter(({ el, box }) => (box.width < 24 || box.height < 24) && !inline(el));
      const centre = (box) => [box.left + box.width / 2, box.top + box.height / 2];
      return small
        .filter(({ el, box }) => {
          const [x, y] = centre(box);
          return items.some((other) => {
            if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false;
            const [ox, oy] = centre(other.box);
            const dx = Math.max(other.box.left - x, 0, x - other.box.right);
            const dy = Math.max(other.box.top - y, 0, y - other.box.bottom);
            return Math.hypot(dx, dy) < 12 || Math.hypot(ox - x, oy - y) < 24;
          });
        })
        .slice(0, 10)
        .map(({ el, box }) => ({ selector: selector(el), width: Math.round(box.width), height: Math.round(box.height) }));
    },

    skipLink() {
      const first = interactive()[0] || document.querySelector("a[href^='#']");
      if (!first || first.localName !== "a") return { ok: false, reason: "the first thing in tab order is not a link", selector: first ? selector(first) : "" };
      const href = first.getAttribute("href") || "";
      if (!href.startsWith("#") || href.length < 2) return { ok: false, reason: "the first link in tab order is not a skip link to the main content", selector: selector(first) };
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (!target) return { ok: false, reason: `the skip link points to ${href}, which is not on the page`, selector: selector(first) };
      const main = document.querySelector("main, [role=main]");
      if (main && !main.contains(target) && !target.contains(main)) return { ok: false, reason: "the skip link target is not the main content", selector: selector(first) };
      return { ok: true, selector: selector(first), target: target.id };
    },

    focusTarget() {
      const active = document.activeElement;
      const main = document.querySelector("main, [role=main]");
      return !!active && active !== document.body && (!main || main.contains(active) || active.contains(main));
    },

    /* Links and buttons must look different when focused: compare styles before and after focus. */
    focusVisible(limit) {
      const keys = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow", "backgroundColor", "borderColor", "textDecorationLine", "color"];
      const snap = (el) => { const s = getComputedStyle(el); return keys.map((k) => s[k]).join("|"); };
      /* Elements styled alike behave alike: check one per tag, class and container class. */
      const seen = new Set();
      const candidates = interactive().filter((el) => {
        if (!el.matches("a[href], button")) return false;
        const holder = el.parentElement && el.parentElement.closest("[class]");
        const signature = `${el.localName}.${el.className}|${holder ? holder.className : ""}`;
        if (seen.has(signature)) return false;
        seen.add(signature);
        return true;
      }).slice(0, limit);
      const missing = [];
      for (const el of candidates) {
        const before = snap(el);
        el.focus({ preventScroll: true, focusVisible: true });
        const after = snap(el);
        el.blur();
        if (before === after) missing.push(selector(el));
      }
      return missing.slice(0, 10);
    },

    structure() {
      return {
        lang: document.documentElement.getAttribute("lang") || "",
        title: document.title.trim(),
        h1: [...document.querySelectorAll("h1")].map(selector),
      };
    },

    feedbackForm() {
      const form = document.querySelector("form[data-gp-feedback]");
      if (!form) return { found: false, unlabeled: [] };
      const fields = [...form.querySelectorAll("input, select, textarea")]
        .filter((el) => el.type !== "hidden" && !el.closest("[aria-hidden=true]"));
      const labelled = (el) =>
        (el.labels && el.labels.length > 0) || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.getAttribute("title");
      return { found: true, selector: selector(form), unlabeled: fields.filter((el) => !labelled(el)).map(selector) };
    },

    /* The page's own words, for plain-language checks: main content without navigation. */
    mainText() {
      const main = document.querySelector("main, [role=main]") || document.body;
      const copy = main.cloneNode(true);
      copy.querySelectorAll("nav, script, style, form, [aria-hidden=true], .gp-visually-hidden").forEach((el) => el.remove());
      document.body.appendChild(copy);
      copy.style.position = "absolute"; copy.style.left = "-99999px";
      const text = copy.innerText;
      copy.remove();
      const titles = [...document.querySelectorAll("abbr[title]")].map((a) => [a.textContent.trim(), a.title]);
      return { text, abbreviations: titles };
    },

    reviewDates() {
      const get = (name) => (document.querySelector(`meta[name="${name}"]`) || {}).content || "";
      return { lastReviewed: get("govportal:last-reviewed"), reviewDue: get("govportal:review-due") };
    },

    /* The site-wide parts (header, banner, menu, footer): their HTML identifies a variant
     * so axe checks each variant once and then only the page's own content. */
    chrome(selectors) {
      return selectors.map((s) => [...document.querySelectorAll(s)].map((el) => el.outerHTML).join("")).join("\n");
    },
  };
})();
