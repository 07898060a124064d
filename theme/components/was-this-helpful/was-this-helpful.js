/* Feedback forms: send in place and show the thank-you message or the errors without
 * leaving the page. Without this, the same forms post normally and the receiver sends
 * people back to the page. The error words come from the page, in its language (data-gp-text). */
(function () {
  "use strict";
  var TEXT = JSON.parse((document.currentScript && document.currentScript.getAttribute("data-gp-text")) || "{}").forms;
  if (!window.fetch || !window.FormData || !TEXT) return;

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
    title.textContent = TEXT.problem;
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
        else showErrors(form, result.body.errors || { form: TEXT.failed });
      }).catch(function () {
        showErrors(form, { form: TEXT.offline });
      }).then(function () { button.disabled = false; });
    });
  });
})();

