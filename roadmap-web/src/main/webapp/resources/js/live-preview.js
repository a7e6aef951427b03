// The item editor's live preview: as the maintainer types, the server renders the Markdown exactly as the
// public page will (commonmark and the OWASP sanitiser) and the preview shows it. Without this script the
// "Preview the text" button does the same on request.
(function () {
  'use strict';
  const form = document.querySelector('[data-live-preview]');
  if (!form) {
    return;
  }
  const summary = document.getElementById(form.dataset.summary);
  const body = document.getElementById(form.dataset.body);
  const target = document.getElementById(form.dataset.target);
  const endpoint = form.dataset.livePreview;
  let timer = null;
  let sent = 0;

  function render() {
    const request = ++sent;
    fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'text/markdown'},
      body: (summary.value ? summary.value + '\n\n' : '') + body.value
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      if (request === sent) {
        target.innerHTML = html; // sanitised by the server, as on the public page
      }
    }).catch(function () {
      // keep the last preview; the button still works
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  }

  summary.addEventListener('input', later);
  body.addEventListener('input', later);
})();
