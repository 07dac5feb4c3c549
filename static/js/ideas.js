// Progressive enhancement of the ideas pages; everything works without it.
(function () {
  "use strict";
  // Ask before withdrawing an idea (the message comes translated from the template).
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
  // Warn before leaving the idea form with unsaved changes.
  var form = document.querySelector(".idea-form");
  if (!form) return;
  var dirty = false;
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
})();
