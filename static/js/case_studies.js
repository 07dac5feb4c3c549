// Progressive enhancement of the case-study filters: a ticked box or a new
// sort order applies at once. Without JavaScript the buttons do the same.
(function () {
  "use strict";
  var form = document.getElementById("case-study-search");
  if (!form) {
    return;
  }
  var KEY = "case-study-focus";
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type === "checkbox" || target.name === "tri") {
      // Facet ids change with the counts; remember the control by name and value.
      sessionStorage.setItem(KEY, JSON.stringify({ name: target.name, value: target.type === "checkbox" ? target.value : null }));
      form.submit();
    }
  });
  // Keep a keyboard user on the control they used after the page reloads.
  var saved = sessionStorage.getItem(KEY);
  if (saved) {
    sessionStorage.removeItem(KEY);
    try {
      saved = JSON.parse(saved);
      var selector = '[name="' + CSS.escape(saved.name) + '"]' + (saved.value === null ? "" : '[value="' + CSS.escape(saved.value) + '"]');
      var element = form.querySelector(selector);
      if (element) {
        element.focus();
      }
    } catch (error) {
      // A stale or foreign value: nothing to restore.
    }
  }
})();
