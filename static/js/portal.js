// Every page; progressive enhancement only.
(function () {
  "use strict";
  // A form sent back with errors: the keyboard and the screen reader start at
  // their summary. Its links move the focus to their field without adding the
  // field to the address, which a form without an action would post back to,
  // and the browser would then jump there instead of to the next summary.
  var summary = document.getElementById("form-errors");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
})();

// Character counts under limited text areas (templates/components/forms/field.html),
// after the GOV.UK character count: the browser's maxlength is lifted so that a
// paste is kept whole, and the count says how much is over; the server refuses
// it with the same limit, keeping the text. Screen readers hear the count a
// moment after typing stops, not at each key. Counted as the server counts:
// characters (an emoji is one), without the spaces and line breaks at either
// end, which it strips.
(function () {
  "use strict";
  var counters = document.querySelectorAll("[data-char-limit]");
  if (!counters.length) return;
  var number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, name) {
      return name in values ? number.format(values[name]) : match;
    });
  }
  Array.prototype.forEach.call(counters, function (counter) {
    var field = document.getElementById(counter.id.replace(/_count$/, ""));
    if (!field) return;
    var limit = parseInt(counter.getAttribute("data-char-limit"), 10);
    field.removeAttribute("maxlength");
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (described.indexOf(counter.id) === -1) described.push(counter.id);
    field.setAttribute("aria-describedby", described.join(" "));
    var announcer = document.createElement("p");
    announcer.className = "visually-hidden";
    announcer.setAttribute("aria-live", "polite");
    counter.parentNode.insertBefore(announcer, counter.nextSibling);
    var timer = null;
    function update(announce) {
      var count = Array.from(field.value.trim()).length;
      var over = count - limit;
      var text = over > 0
        ? fill(counter.getAttribute("data-over"), { count: count, limit: limit, over: over })
        : fill(counter.getAttribute("data-count"), { count: count, limit: limit });
      counter.textContent = text;
      counter.classList.toggle("char-count--over", over > 0);
      if (announce) {
        clearTimeout(timer);
        timer = setTimeout(function () { announcer.textContent = text; }, 1000);
      }
    }
    field.addEventListener("input", function () { update(true); });
    // Back to a page whose text the browser restores (the 400 page says to go
    // back): the restored text arrives after this script runs.
    window.addEventListener("pageshow", function () { update(false); });
    update(false);
  });
})();
