/* Toolbox tools: live pitch estimate, timers, print buttons. Progressive
   enhancement: the server computes everything; this only updates it live. */
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}_]/u;

  function countWords(text) {
    return (text || "").split(/\s+/).filter(function (token) { return WORD.test(token); }).length;
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var rest = seconds % 60;
    return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  // Same arithmetic as toolbox/pitch.py: seconds are rounded up.
  function speakingSeconds(words, wpm) {
    return Math.ceil((words * 60) / wpm);
  }

  function setText(root, selector, value) {
    var node = root.querySelector(selector);
    if (node) node.textContent = value;
  }

  function initPitch(form) {
    var panel = document.getElementById("pitch-estimate");
    if (!panel) return;
    var limit = parseInt(panel.dataset.limitSeconds, 10) || 180;
    var wpmInput = form.querySelector("[name=words_per_minute]");
    var parts = form.querySelectorAll("[data-pitch-part]");

    function update() {
      var wpm = parseInt(wpmInput && wpmInput.value, 10);
      if (!(wpm >= 60 && wpm <= 250)) wpm = 130;
      var total = 0;
      parts.forEach(function (field) {
        var words = countWords(field.value);
        total += words;
        setText(panel, '[data-part-words="' + field.dataset.pitchPart + '"]', words);
        setText(panel, '[data-part-time="' + field.dataset.pitchPart + '"]', clock(speakingSeconds(words, wpm)));
      });
      var seconds = speakingSeconds(total, wpm);
      setText(panel, '[data-estimate="duration"]', clock(seconds));
      setText(panel, '[data-estimate="words"]', total);
      setText(panel, '[data-estimate="wpm"]', wpm);
      var over = seconds > limit;
      panel.querySelector('[data-estimate="warning"]').hidden = !over;
      panel.querySelector('[data-estimate="ok"]').hidden = over;
      panel.classList.toggle("pitch-estimate--over", over);
    }

    form.addEventListener("input", update);
    update();

    // The printed pitch is what is on screen, saved or not.
    window.addEventListener("beforeprint", function () {
      parts.forEach(function (field) {
        var node = document.querySelector('[data-pitch-print="' + field.dataset.pitchPart + '"]');
        if (node) node.textContent = field.value.trim() ? field.value : "\u2014";
      });
    });
  }

  function initTimer(section) {
    var phases;
    try { phases = JSON.parse(section.dataset.phases); } catch (error) { return; }
    if (!phases.length) return;
    var display = section.querySelector("[data-timer-display]");
    var phaseLabel = section.querySelector("[data-timer-phase]");
    var start = section.querySelector("[data-timer-start]");
    var pause = section.querySelector("[data-timer-pause]");
    var skip = section.querySelector("[data-timer-skip]");
    var reset = section.querySelector("[data-timer-reset]");
    var index = 0;
    var remaining = phases[0].seconds;
    var endsAt = null;
    var tick = null;

    function render() {
      display.textContent = clock(remaining);
      section.classList.toggle("timer--last-30", endsAt !== null && remaining <= 30);
    }

    function showPhase() {
      phaseLabel.textContent = index < phases.length ? phases[index].label : section.dataset.doneLabel;
    }

    function stop() {
      // A disabled button loses the keyboard focus to the page: hand it on.
      var pauseHadFocus = document.activeElement === pause;
      if (tick) clearInterval(tick);
      tick = null;
      endsAt = null;
      start.disabled = index >= phases.length;
      pause.disabled = true;
      if (pauseHadFocus) (start.disabled ? reset : start).focus();
    }

    function nextPhase() {
      index += 1;
      if (index >= phases.length) {
        remaining = 0;
        stop();
      } else {
        remaining = phases[index].seconds;
        if (endsAt !== null) endsAt = Date.now() + remaining * 1000;
      }
      showPhase();
      render();
    }

    function step() {
      // Wall-clock based, so that a throttled background tab stays on time.
      remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      if (remaining === 0) nextPhase();
      else render();
    }

    start.addEventListener("click", function () {
      if (tick || index >= phases.length) return;
      endsAt = Date.now() + remaining * 1000;
      tick = setInterval(step, 250);
      start.disabled = true;
      pause.disabled = false;
      pause.focus();
    });
    pause.addEventListener("click", function () {
      stop();
      render();
      start.focus();
    });
    skip.addEventListener("click", nextPhase);
    reset.addEventListener("click", function () {
      stop();
      index = 0;
      remaining = phases[0].seconds;
      start.disabled = false;
      showPhase();
      render();
    });
    section.hidden = false;
    showPhase();
    render();
  }

  document.querySelectorAll("[data-pitch-form]").forEach(initPitch);
  document.querySelectorAll("[data-timer]").forEach(initTimer);
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
