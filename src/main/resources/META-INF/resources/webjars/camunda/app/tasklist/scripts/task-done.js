// peer-supervision: Tasklist 7.24 says nothing when a Camunda Form is completed: the form disappears
// and that is all, so people could not tell whether their answers were sent (issue #14). This module
// watches Tasklist's own requests (it sends them with XMLHttpRequest) and, when the server accepted a
// task form (POST …/task/{id}/submit-form answered 2xx), says so in a status message that screen readers
// announce and that goes away after a while. What happens next is written at the end of each form.
// A refusal is already shown by Tasklist (locales/en.json words its title "Not saved").

const SUBMITTED = /\/task\/[^/]+\/submit-form$/;
const SAID = 'Done: your answers are saved and sent on.';
const SHOWN_FOR_MS = 10000;
let hide;

function say(text) {
  let status = document.getElementById('peer-supervision-done');
  if (!status) {
    status = document.createElement('div');
    status.id = 'peer-supervision-done';
    status.setAttribute('role', 'status');
    status.className = 'peer-supervision-done';
    document.body.appendChild(status);
  }
  status.textContent = text;
  status.hidden = false;
  clearTimeout(hide);
  hide = setTimeout(() => { status.hidden = true; status.textContent = ''; }, SHOWN_FOR_MS);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.peerSupervisionSubmit = String(method).toUpperCase() === 'POST'
    && SUBMITTED.test(new URL(String(url), location.href).pathname);
  return open.call(this, method, url, ...rest);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  if (this.peerSupervisionSubmit) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) say(SAID);
    });
  }
  return send.apply(this, args);
};

export default [];
