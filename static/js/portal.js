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
