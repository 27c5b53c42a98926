// Staff console: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Inbox: refresh the list every few seconds while the tab is visible.
  var inbox = document.querySelector("[data-poll-inbox]");
  if (inbox) {
    var rows = document.getElementById("inbox-rows");
    var updated = document.getElementById("inbox-updated");
    var refreshInbox = function () {
      if (document.hidden) { return; }
      fetch(inbox.getAttribute("data-poll-inbox"), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(function (data) {
          if (rows.innerHTML.trim() !== data.html.trim()) { rows.innerHTML = data.html; }  // server-escaped HTML
          Object.keys(data.counts).forEach(function (name) {
            document.querySelectorAll('[data-count="' + name + '"]').forEach(function (el) { el.textContent = data.counts[name]; });
          });
          var urgent = document.querySelector(".urgent-count");
          if (urgent) { urgent.hidden = !data.counts.urgent; }
          updated.textContent = "Updated " + new Date().toLocaleTimeString("en-GB") + ".";
        })
        .catch(function () { updated.textContent = "Could not update the list. Reload the page."; });
    };
    setInterval(refreshInbox, 5000);
  }

  // Try it: send without leaving the page, then poll the web conversation.
  var form = document.getElementById("try-form");
  var transcript = document.getElementById("try-transcript");
  if (form && transcript) {
    var memberSelect = document.getElementById("try-member");
    var textInput = document.getElementById("try-text");
    var draw = function (messages) {
      var items = messages.map(function (m) {
        var li = document.createElement("li");
        li.className = "message message-" + m.direction;
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = (m.direction === "in" ? "You (as the member)" : "Assistant") + " · " + m.time;
        var text = document.createElement("p");
        text.className = "text";
        text.textContent = m.text;
        li.appendChild(meta); li.appendChild(text);
        return li;
      });
      if (items.length !== transcript.children.length || transcript.querySelector(".empty")) {
        transcript.replaceChildren.apply(transcript, items);
      }
    };
    var poll = function () {
      if (!memberSelect.value || document.hidden) { return; }
      fetch(transcript.getAttribute("data-poll-try") + "?member_id=" + encodeURIComponent(memberSelect.value),
            { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { messages: [] }; })
        .then(function (data) { if (data.messages.length) { draw(data.messages); } });
    };
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) { if (data.error) { alert(data.error); } else { textInput.value = ""; poll(); } });
    });
    memberSelect.addEventListener("change", function () { transcript.replaceChildren(); poll(); });
    setInterval(poll, 1500);
  }
})();
