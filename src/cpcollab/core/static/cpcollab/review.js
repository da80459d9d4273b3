/* Keyboard review on the highlighted view. Every action is also a plain button or form.
   j or ArrowDown: next statement · k or ArrowUp: previous · a: accept · r: reject · c: correct.
   Keys typed into a field are left alone; arrows move between statements only when one has focus. */
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.statement"));
  if (!cards.length) { return; }
  var current = -1;

  function focusCard(index) {
    if (index < 0 || index >= cards.length) { return; }
    if (current >= 0) { cards[current].classList.remove("current"); }
    current = index;
    var card = cards[current];
    card.classList.add("current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "center", behavior: "auto" });
    var mark = document.getElementById("h-" + card.dataset.statement);
    if (mark) { mark.scrollIntoView({ block: "nearest" }); }
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function press(selector) {
    if (current < 0) { return false; }
    var button = cards[current].querySelector(selector);
    if (!button) { return false; }
    button.click();
    return true;
  }

  function correct() {
    if (current < 0) { return false; }
    var details = cards[current].querySelector("details.correct");
    if (!details) { return false; }
    details.open = true;
    var field = details.querySelector("input, select, textarea");
    if (field) { field.focus(); }
    return true;
  }

  cards.forEach(function (card, index) {
    card.addEventListener("focusin", function () {
      if (current >= 0 && current !== index) { cards[current].classList.remove("current"); }
      current = index;
      card.classList.add("current");
    });
  });

  document.querySelectorAll("mark.st[data-statement]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var card = document.getElementById("s-" + mark.dataset.statement);
      if (card) { focusCard(cards.indexOf(card)); }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var onCard = current >= 0 && cards[current].contains(document.activeElement);
    var handled = false;
    switch (event.key) {
      case "j": focusCard(current + 1); handled = true; break;
      case "k": focusCard(current < 0 ? 0 : current - 1); handled = true; break;
      case "ArrowDown": if (onCard) { focusCard(current + 1); handled = true; } break;
      case "ArrowUp": if (onCard) { focusCard(current - 1); handled = true; } break;
      case "a": handled = press("form.accept button[type=submit]"); break;
      case "r": handled = press("form.reject button[type=submit]"); break;
      case "c": handled = correct(); break;
      default: break;
    }
    if (handled) { event.preventDefault(); }
  });

  // After a decision the page comes back on the next statement (#s-N): start there.
  var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
  if (target && target.classList.contains("statement")) { focusCard(cards.indexOf(target)); }
})();
