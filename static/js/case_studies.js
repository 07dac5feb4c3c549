// Progressive enhancement of the case-study filters: a ticked box applies at
// once, as the notice above the boxes says (RGAA 7.4: a change of context the
// user is warned of). The sort order waits for the search button: with the
// keyboard, a closed select changes on each arrow key, and reloading then would
// stop the user on the option after the current one. Without JavaScript the
// buttons do both.
(function () {
  "use strict";
  var form = document.getElementById("case-study-search");
  if (!form) {
    return;
  }
  var KEY = "case-study-focus";
  // The notice is true only with this script.
  var notice = document.getElementById("case-study-facets-notice");
  if (notice) {
    notice.hidden = false;
    // Read with each group of boxes, where a screen reader user meets them.
    Array.prototype.forEach.call(form.querySelectorAll(".case-study-facet"), function (fieldset) {
      var described = (fieldset.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(notice.id);
      fieldset.setAttribute("aria-describedby", described.join(" "));
    });
  }
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type === "checkbox") {
      // Facet ids change with the counts; remember the box by name and value.
      sessionStorage.setItem(KEY, JSON.stringify({ name: target.name, value: target.value }));
      form.submit();
    }
  });
  // Keep a keyboard user on the control they used after the page reloads.
  var saved = sessionStorage.getItem(KEY);
  if (saved) {
    sessionStorage.removeItem(KEY);
    try {
      saved = JSON.parse(saved);
      var selector = '[name="' + CSS.escape(saved.name) + '"][value="' + CSS.escape(saved.value) + '"]';
      var element = form.querySelector(selector);
      if (element) {
        element.focus();
      }
    } catch (error) {
      // A stale or foreign value: nothing to restore.
    }
  }
})();
