/* Upload several files with a progress bar each (progressive enhancement).
   Without this script the form posts to the page, which uploads the files and lists the results.
   With it, each file goes to the API (POST /api/v1/documents/, field "files", session + CSRF token)
   on its own XMLHttpRequest, so each one shows its own progress and result. */
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var list = document.getElementById("upload-progress");
  if (!form || !list || !window.FormData || !window.XMLHttpRequest) { return; }
  var data = form.dataset;

  function row(file) {
    var item = document.createElement("li");
    var name = document.createElement("span");
    name.className = "name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var state = document.createElement("span");
    state.className = "state";
    state.textContent = data.textUploading;
    item.appendChild(name);
    item.appendChild(bar);
    item.appendChild(state);
    list.appendChild(item);
    return { item: item, bar: bar, state: state };
  }

  function fail(view, message) {
    view.bar.remove();
    view.state.className = "state error";
    view.state.textContent = data.textFailed + (message ? ": " + message : "");
  }

  function done(view, result) {
    var doc = result.document;
    view.bar.value = 100;
    view.state.className = "state";
    view.state.textContent = (doc.status === "failed" ? data.textFailed : data.textDone) + " · " +
      data.textStatements + ": " + doc.statement_count + " · ";
    var link = document.createElement("a");
    link.href = data.documentUrl.replace(/\/0\/$/, "/" + doc.id + "/");
    link.textContent = data.textOpen + " " + (doc.symbol || doc.filename);
    view.state.appendChild(link);
  }

  function send(file, token, isPublic) {
    return new Promise(function (resolve) {
      var view = row(file);
      if (file.size > Number(data.maxMb) * 1024 * 1024) { fail(view, data.textTooLarge); resolve(); return; }
      var body = new FormData();
      body.append("files", file, file.name);
      if (isPublic) { body.append("is_public", "true"); }
      var request = new XMLHttpRequest();
      request.open("POST", data.apiUrl);
      request.setRequestHeader("X-CSRFToken", token);
      request.setRequestHeader("Accept", "application/json");
      request.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable) { view.bar.value = Math.round((event.loaded / event.total) * 100); }
      });
      request.upload.addEventListener("load", function () { view.state.textContent = data.textReading; });
      request.addEventListener("load", function () {
        var payload = null;
        try { payload = JSON.parse(request.responseText); } catch (ignored) { payload = null; }
        if (request.status < 300 && payload && payload.results && payload.results[0] && payload.results[0].document) {
          done(view, payload.results[0]);
        } else {
          var error = payload && (payload.error || (payload.results && payload.results[0] && payload.results[0].error));
          fail(view, error ? error.message : String(request.status));
        }
        resolve();
      });
      request.addEventListener("error", function () { fail(view, ""); resolve(); });
      request.send(body);
    });
  }

  form.addEventListener("submit", function (event) {
    var input = form.querySelector("input[type=file]");
    if (!input || !input.files || !input.files.length || !window.Promise) { return; }
    event.preventDefault();
    var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    var isPublic = form.querySelector("input[name=is_public]").checked;
    var button = form.querySelector("button[type=submit]");
    var files = Array.prototype.slice.call(input.files);
    button.disabled = true;
    list.textContent = "";
    // One file after another: on a slow connection each gets the whole line in turn.
    files.reduce(function (previous, file) {
      return previous.then(function () { return send(file, token, isPublic); });
    }, Promise.resolve()).then(function () {
      button.disabled = false;
      input.value = "";
    });
  });
})();
