// Progressive enhancement of the idea form: the browser warns before leaving
// with unsaved changes. The form works the same without it.
(function () {
  "use strict";
  var form = document.querySelector(".idea-form");
  if (!form) return;
  var dirty = false;
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
})();
