/* Search as you type on the search page: the ARIA 1.2 combobox pattern with a
   list box of suggestions (titles and names) fetched from /recherche/suggestions/.
   Without JavaScript the form is a plain search form. Keys: Down/Up move through
   the suggestions, Enter opens the highlighted one (or searches), Escape closes. */
(function () {
  "use strict";

  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[type=search]");
  var wrapper = input.closest(".search-combobox") || input.parentNode;
  var url = form.getAttribute("data-suggest-url");
  // Texts come translated from the template.
  var texts = {
    label: form.getAttribute("data-suggest-label"),
    one: form.getAttribute("data-suggest-one"),
    many: form.getAttribute("data-suggest-many"),
  };

  var listbox = document.createElement("ul");
  listbox.id = input.id + "-suggestions";
  listbox.className = "search-suggestions";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", texts.label);
  listbox.hidden = true;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  wrapper.appendChild(listbox);
  wrapper.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  var suggestions = [];
  var active = -1;
  var timer = null;
  var controller = null;

  function announce(count) {
    if (!count) status.textContent = "";
    else status.textContent = count === 1 ? texts.one : texts.many.replace("%(count)s", count);
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    var options = listbox.querySelectorAll("[role=option]");
    active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(items) {
    suggestions = items;
    listbox.textContent = "";
    items.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = listbox.id + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var label = document.createElement("span");
      label.className = "search-suggestions__label";
      label.textContent = item.label;
      var type = document.createElement("span");
      type.className = "search-suggestions__type";
      type.textContent = item.type;
      option.appendChild(label);
      option.appendChild(document.createTextNode(" "));
      option.appendChild(type);
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep the focus in the input
      });
      option.addEventListener("click", function () {
        go(index);
      });
      listbox.appendChild(option);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (items.length) {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
    announce(items.length);
  }

  function go(index) {
    var item = suggestions[index];
    if (item && item.url) window.location.assign(item.url);
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) {
      render([]);
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(url + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then(function (response) {
        return response.ok ? response.json() : { query: query, suggestions: [] };
      })
      .then(function (data) {
        if (input.value.trim() === query) render(data.suggestions || []);
      })
      .catch(function () {
        /* aborted or offline: the plain search still works */
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 200);
  });

  input.addEventListener("keydown", function (event) {
    var open = !listbox.hidden && suggestions.length > 0;
    if (event.key === "ArrowDown") {
      if (!open) {
        if (suggestions.length) render(suggestions);
        else fetchSuggestions();
        return;
      }
      event.preventDefault();
      highlight(active + 1 >= suggestions.length ? 0 : active + 1);
    } else if (event.key === "ArrowUp") {
      if (!open) return;
      event.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        go(active);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        close();
      }
    } else if (event.key === "Tab") {
      close();
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 150);
  });
})();
