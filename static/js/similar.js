/* "Est-ce que ça existe déjà ?": while the title and the problem are typed,
   fetch the similar ideas, case studies and methods (an HTML fragment from the
   server). Without JavaScript, the "Chercher" button does the same. */
(function () {
  "use strict";
  var panel = document.querySelector("[data-similar-panel]");
  if (!panel || !window.fetch) {
    return;
  }
  var form = panel.closest("form");
  var results = panel.querySelector("[data-similar-results]");
  var title = form && form.querySelector("[name=title]");
  var problem = form && form.querySelector("[name=problem]");
  var timer = null;
  var last = "";
  var controller = null;

  function search() {
    var params = new URLSearchParams();
    params.set("title", title ? title.value : "");
    params.set("problem", problem ? problem.value : "");
    params.set("fragment", "1");
    var key = params.toString();
    if (key === last) {
      return;
    }
    last = key;
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    var url = panel.dataset.url + (panel.dataset.url.indexOf("?") === -1 ? "?" : "&") + key;
    fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin", signal: controller.signal })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        results.innerHTML = html;
      })
      .catch(function () {
        /* Keep what was shown: the button still works. */
      });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 600);
  }

  [title, problem].forEach(function (field) {
    if (field) {
      field.addEventListener("input", later);
    }
  });
  panel.querySelector("[data-similar-button]").addEventListener("click", function (event) {
    event.preventDefault();
    last = "";
    search();
  });
})();
