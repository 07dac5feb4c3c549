/* Jury day: a 3-minute pitch countdown, then 5 minutes of questions.
   Progressive enhancement: without JavaScript the page still shows the order
   of passage and the links to move on. */
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var minutes = Math.floor(s / 60);
    var rest = s % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function setUp(root) {
    var durations = {
      pitch: parseInt(root.dataset.pitch, 10) || 180,
      questions: parseInt(root.dataset.questions, 10) || 300
    };
    // The words come from the template, translated there.
    var labels = {
      pitch: root.dataset.labelPitch,
      questions: root.dataset.labelQuestions,
      over: root.dataset.labelOver
    };
    var clock = root.querySelector("[data-timer-clock]");
    var phaseText = root.querySelector("[data-timer-phase]");
    var announce = root.querySelector("[data-timer-announce]");
    var start = root.querySelector("[data-timer-start]");
    var pause = root.querySelector("[data-timer-pause]");
    var toQuestions = root.querySelector("[data-timer-questions]");
    var phase = "pitch";
    var remaining = durations.pitch;
    var endsAt = null;
    var ticker = null;

    function render() {
      clock.textContent = format(remaining);
      root.dataset.phase = phase;
      phaseText.textContent = labels[phase];
      root.classList.toggle("jury-timer--warning", phase !== "over" && remaining <= 30);
    }

    function say(text) {
      announce.textContent = text;
    }

    function stop() {
      if (ticker) {
        window.clearInterval(ticker);
        ticker = null;
      }
      endsAt = null;
      start.disabled = false;
      pause.disabled = true;
    }

    function enter(next) {
      phase = next;
      remaining = next === "over" ? 0 : durations[next];
      say(labels[next]);
      if (next === "over") {
        stop();
        start.disabled = true;
        toQuestions.disabled = true;
      } else if (ticker) {
        endsAt = Date.now() + remaining * 1000;
      }
      render();
    }

    function tick() {
      remaining = (endsAt - Date.now()) / 1000;
      if (remaining <= 0) {
        enter(phase === "pitch" ? "questions" : "over");
        return;
      }
      render();
    }

    start.addEventListener("click", function () {
      endsAt = Date.now() + remaining * 1000;
      ticker = window.setInterval(tick, 250);
      start.disabled = true;
      pause.disabled = false;
      start.textContent = root.dataset.labelResume;
      say(labels[phase]);
    });
    pause.addEventListener("click", function () {
      tick();
      stop();
      say(root.dataset.labelPause);
    });
    toQuestions.addEventListener("click", function () {
      enter("questions");
    });

    root.querySelector("[data-timer-controls]").hidden = false;
    render();
  }

  document.querySelectorAll("[data-jury-timer]").forEach(setUp);
})();
