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

  /* What Tab moves through, in order (positive tabindex first, as browsers do). */
  const tabbable = () => {
    const found = interactive().filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest("[inert]"));
    const first = found.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
    return [...first, ...found.filter((el) => el.tabIndex === 0)];
  };

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

    /* The Live Help link on load and after scrolling to the end, in one call (one round trip, not
     * five). A frame passes after each scroll, so the page's scroll handlers (a header that hides
     * or sticks) run before the link is measured, as they would between separate calls. */
    async liveHelpScrolled() {
      /* Only a scroll that moved the page waits for a frame. */
      const scrollTo = async (y) => {
        const before = window.scrollY;
        window.scrollTo(0, y);
        if (window.scrollY !== before) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
        return window.scrollY;
      };
      await scrollTo(0);
      const first = this.liveHelp();
      if (!first.found) return { first, scrolled: 0, after: first };
      const scrolled = await scrollTo(document.documentElement.scrollHeight);
      const after = scrolled > 0 ? this.liveHelp() : first;
      await scrollTo(0);
      return { first, scrolled, after };
    },

    /* Reflow and target size at the current width, in one call. */
    layout() { return { reflow: this.reflow(), targets: this.targets() }; },

    /* WCAG 1.4.10 at the page's own width. The page fails only when the document itself scrolls
     * sideways, or when it clips what sticks out (overflow-x: hidden on html or body) so it cannot be
     * reached. The elements named are the outermost ones that stick out; anything inside a container
     * that clips or scrolls on its own (a header cutting off a long title, a wide table in a scroll
     * box) is that container's business, not the page's. */
    reflow() {
      /* A resize starts CSS transitions (a search box growing); measure where they end, not midway. */
      for (const animation of document.getAnimations()) {
        try { animation.finish(); } catch { /* endless animations cannot finish; they are decoration */ }
      }
      const root = document.documentElement;
      const width = root.clientWidth;
      const clips = (el) => getComputedStyle(el).overflowX !== "visible";
      const scrolls = root.scrollWidth > width;
      const clipped = !scrolls && (clips(root) || clips(document.body));
      const contained = (el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          if (clips(node)) return true;
        }
        return false;
      };
      const sticksOut = (el) => {
        const box = el.getBoundingClientRect();
        /* Cut off means partly on screen: a drawer parked wholly off screen is not content cut off. */
        return box.right > width + 1 && (scrolls || box.left < width - 1);
      };
      if (!scrolls && !clipped) return { scrolls: false, items: [] };
      const items = [...document.body.querySelectorAll("*")]
        .filter((el) => visible(el) && sticksOut(el) && !contained(el))
        .filter((el) => !el.parentElement || el.parentElement === document.body || !sticksOut(el.parentElement))
        .slice(0, 5)
        .map((el) => ({ selector: selector(el), width: Math.round(el.getBoundingClientRect().width) }));
      return { scrolls, items };
    },

    /* WCAG 2.5.8: targets at least 24 x 24 CSS px, unless inline in text or spaced so a 24 px
     * circle on each does not overlap another target. */
    targets() {
      /* Invisible until used (opacity 0, like a search box's clear button) is not a target yet. */
      const items = interactive().filter((el) => getComputedStyle(el).opacity !== "0").map((el) => ({ el, box: el.getBoundingClientRect() }));
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

    /* Where the keyboard user is after following the skip link and pressing Tab: inside the target,
     * on it, or on the first thing in tab order after it all count as arriving. */
    skipLanding(id) {
      const target = document.getElementById(id);
      const active = document.activeElement;
      if (!target || !active || active === document.body) return { arrived: false, focusedTarget: false, at: "" };
      const next = tabbable().find((el) => el === target || target.contains(el) || (target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
      const arrived = active === target || target.contains(active) || active === next;
      return { arrived, focusedTarget: active === target, at: selector(active) };
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

    /* The page's own words, for plain-language checks: main content without navigation, forms or
     * code. text: all of it as shown (acronyms), except that capitals made by text-transform are
     * undone, as they are styling, not acronyms. blocks: its smallest blocks, each with its element,
     * language and whether it is prose (reading level skips headings, tables, addresses and lists of
     * links or phone numbers). */
    mainText() {
      const SKIP = "nav, script, style, template, form, pre, code, kbd, samp, [hidden], [aria-hidden=true], .gp-visually-hidden";
      const main = document.querySelector("main, [role=main]") || document.body;
      const copy = main.cloneNode(true);
      copy.querySelectorAll(SKIP).forEach((el) => el.remove());
      copy.style.position = "absolute"; copy.style.left = "-99999px"; copy.style.width = `${main.clientWidth}px`;
      for (const el of [copy, ...copy.querySelectorAll("*")]) el.style.textTransform = "none";
      document.body.appendChild(copy);
      const text = copy.innerText;
      copy.remove();

      const BLOCK = "p, li, dd, dt, blockquote, td, th, caption, figcaption, summary, h1, h2, h3, h4, h5, h6";
      const NOT_PROSE = "table, address, h1, h2, h3, h4, h5, h6, dt, summary, figcaption, caption";
      const clean = (el) => el.textContent.replace(/\s+/g, " ").trim();
      /* A block's own words: parts marked with their own lang are that part's business. */
      const own = (el) => {
        if (!el.querySelector("[lang]")) return clean(el);
        const copy = el.cloneNode(true);
        copy.querySelectorAll("[lang]").forEach((part) => part.remove());
        return clean(copy);
      };
      const mostly = (list, test) => {
        const items = [...list.children].filter((li) => li.localName === "li");
        return items.length > 0 && items.filter(test).length * 2 >= items.length;
      };
      const linkItem = (li) => {
        const all = clean(li).length;
        const linked = [...li.querySelectorAll("a")].reduce((n, a) => n + clean(a).length, 0);
        return all === 0 || linked >= 0.6 * all;
      };
      const phoneItem = (li) => clean(li).split(" ").length <= 12 && (!!li.querySelector("a[href^='tel:']") || /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/.test(li.textContent));
      const pageLang = (main.closest("[lang]") || document.documentElement).getAttribute("lang") || "";
      const skippedLists = new Set([...main.querySelectorAll("ul, ol")].filter((l) => mostly(l, linkItem) || mostly(l, phoneItem)));
      const blocks = [...main.querySelectorAll(BLOCK)]
        .filter((el) => !el.querySelector(BLOCK) && !el.closest(SKIP))
        .slice(0, 500)
        .map((el) => {
          const list = el.closest("ul, ol");
          const holder = el.closest("[lang]");
          return {
            selector: selector(el),
            text: own(el),
            lang: holder ? holder.getAttribute("lang") : pageLang,
            prose: !el.closest(NOT_PROSE) && !(list && skippedLists.has(list)),
          };
        })
        .filter((b) => b.text);
      const titles = [...document.querySelectorAll("abbr[title]")].map((a) => [a.textContent.trim(), a.title]);
      return { text, blocks, abbreviations: titles };
    },

    /* WCAG 2.4.11 Focus not obscured: after each move of keyboard focus, is the focused element
     * wholly hidden behind something sticky or fixed? Focus moves with focus(), which scrolls the
     * way Tab and Shift+Tab do in Chromium (only when needed), forwards from the top of the page and
     * backwards from its end. In-page links (#...) are followed through location.hash, so :target
     * and scroll-margin styles apply as they do for a click, and their target must not start under
     * a sticky header. */
    focusObscured(anchorLimit) {
      const pinnedCache = new Map();
      const pinned = (el) => {
        for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
          if (!pinnedCache.has(node)) pinnedCache.set(node, ["fixed", "sticky"].includes(getComputedStyle(node).position));
          if (pinnedCache.get(node)) return node;
        }
        return null;
      };
      /* The pinned element covering every sampled point of the box, or null if any point shows el. */
      const coveredBy = (el, box) => {
        const left = Math.max(box.left, 0), right = Math.min(box.right, innerWidth);
        const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
        if (right - left < 1 || bottom - top < 1) return null;
        const inset = (a, b) => [a + Math.min(2, (b - a) / 2), b - Math.min(2, (b - a) / 2)];
        const [x1, x2] = inset(left, right), [y1, y2] = inset(top, bottom);
        let cover = null;
        for (const [x, y] of [[(x1 + x2) / 2, (y1 + y2) / 2], [x1, y1], [x2, y1], [x1, y2], [x2, y2]]) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || hit === el || el.contains(hit)) return null;
          const over = pinned(hit);
          if (!over || over.contains(el)) return null;
          cover = over;
        }
        return cover;
      };
      const found = new Map();
      const note = (el, cover, how) => {
        const key = selector(el);
        if (!found.has(key)) found.set(key, { selector: key, cover: selector(cover), how });
      };
      /* Tab scrolls new focus in from below, so only something pinned to the bottom can hide it;
       * Shift+Tab from above, so only something pinned to the top. Look at both edges half way down
       * (sticky parts stick once scrolled) and walk only the directions that can fail: half the cost. */
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      const pinnedAt = (y) => [0.1, 0.5, 0.9].some((f) => { const hit = document.elementFromPoint(innerWidth * f, y); return !!hit && !!pinned(hit); });
      const order = tabbable();
      const passes = [
        ...(pinnedAt(innerHeight - 2) ? [["Tab", order, 0]] : []),
        ...(pinnedAt(1) ? [["Shift+Tab", [...order].reverse(), document.documentElement.scrollHeight]] : []),
      ];
      for (const [how, elements, start] of passes) {
        window.scrollTo(0, start);
        for (const el of elements) {
          el.focus({ focusVisible: true });
          if (document.activeElement !== el) continue;
          const cover = coveredBy(el, el.getBoundingClientRect());
          if (cover) note(el, cover, how);
        }
      }
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const targets = new Map();
      for (const link of document.querySelectorAll("a[href^='#']")) {
        const id = decodeURIComponent(link.getAttribute("href").slice(1));
        const target = id && document.getElementById(id);
        if (target && visible(target) && !targets.has(id) && targets.size < anchorLimit) targets.set(id, target);
      }
      const address = location.pathname + location.search;
      for (const [id, target] of targets) {
        location.hash = id;
        const box = target.getBoundingClientRect();
        /* The target's first line: what the reader must see to know they arrived. */
        const cover = coveredBy(target, { left: box.left, right: box.right, top: box.top, bottom: box.top + Math.min(box.height, 24) });
        if (cover) note(target, cover, `#${id}`);
      }
      if (targets.size) history.replaceState(history.state, "", address);
      window.scrollTo(0, 0);
      return [...found.values()].slice(0, 10);
    },

    /* In forced-colours mode (Windows High Contrast) backgrounds and shadows are dropped, so a button
     * drawn by its background looks like plain text. Buttons with words on them, and the Live Help
     * link, need a border or outline (a transparent one is enough: forced colours paint it). */
    forcedColourBoundaries() {
      const edge = (s, side) => !["none", "hidden"].includes(s[`border${side}Style`]) && parseFloat(s[`border${side}Width`]) >= 1;
      const bounded = (el) => {
        const s = getComputedStyle(el);
        if (["Top", "Right", "Bottom", "Left"].every((side) => edge(s, side))) return true;
        if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1) return true;
        return s.forcedColorAdjust === "none" && s.backgroundColor !== "rgba(0, 0, 0, 0)";
      };
      const seen = new Set();
      return [...document.querySelectorAll("button, input[type=submit], input[type=button], input[type=reset], [role=button], [data-gp-live-help]")]
        .filter((el) => visible(el) && (el.textContent.trim() || el.value || "").length > 0 && !bounded(el))
        .filter((el) => {
          const signature = `${el.localName}.${el.className}|${el.parentElement ? el.parentElement.className : ""}`;
          if (seen.has(signature)) return false;
          seen.add(signature);
          return true;
        })
        .slice(0, 10)
        .map(selector);
    },

    /* What the page-level checks read once per page, in one round trip. */
    pageFacts() {
      const ends = [...document.querySelectorAll("[data-gp-alert-ends]")].map((e) => e.getAttribute("data-gp-alert-ends")).filter(Boolean);
      return { structure: this.structure(), feedbackForm: this.feedbackForm(), reviewDates: this.reviewDates(), alertEnds: ends };
    },

    reviewDates() {
      const get = (name) => (document.querySelector(`meta[name="${name}"]`) || {}).content || "";
      return { lastReviewed: get("govportal:last-reviewed"), reviewDue: get("govportal:review-due") };
    },

    /* The site-wide parts (header, banner, menu, footer): their HTML identifies a variant
     * so axe checks each variant once and then only the page's own content. Links are made
     * absolute first: pages at different depths link the same places as "../help/" and
     * "../../help/", which is one variant, not two. In-page links (#...) stay as they are. The
     * HTML is parsed into a template, where nothing loads. */
    chrome(selectors) {
      const template = document.createElement("template");
      template.innerHTML = selectors.map((s) => [...document.querySelectorAll(s)].map((el) => el.outerHTML).join("")).join("\n");
      for (const el of template.content.querySelectorAll("[href], [src], [action]")) {
        for (const name of ["href", "src", "action"]) {
          const value = el.getAttribute(name);
          if (value !== null && !value.startsWith("#")) el.setAttribute(name, new URL(value, document.baseURI).href);
        }
      }
      return template.innerHTML;
    },

    /* Which elements are hidden (display, visibility, content-visibility, as axe counts them), told
     * compactly: the element count, then the index of each element hidden while its parent is shown
     * or shown while its parent is hidden. Equal at two widths means the change of width showed and
     * hid nothing, so axe's rules that read only the markup find the same at both. */
    hiddenEdges() {
      const all = document.querySelectorAll("*");
      const hidden = new Map();
      const edges = [all.length];
      all.forEach((el, index) => {
        const isHidden = !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
        hidden.set(el, isHidden);
        if (isHidden !== (hidden.get(el.parentElement) ?? false)) edges.push(index);
      });
      return edges;
    },

    /* What axe needs to know before it runs at a width: the shared parts' HTML and hiddenEdges. */
    axeContext(selectors) {
      return { chrome: selectors.length ? this.chrome(selectors) : "", hidden: this.hiddenEdges() };
    },
  };
})();
