// First sign-in: the token comes in the link's fragment (#token=...), which the browser never sends to the
// server; it is removed from the address bar at once and sent only in the bodies of the POSTs: first to
// learn whose account the link activates (the server answers only for a link that works now), then with
// the chosen password.
(function () {
  'use strict';

  const el = (id) => document.getElementById(id);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const LABELS = { password: 'New password' };
  const INVALID = 'This link is not a valid activation link. Check that you opened the whole link, or ask your '
    + 'program lead for a new one.';
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const token = fragment.get('token') || new URLSearchParams(window.location.search).get('token');
  history.replaceState(null, '', window.location.pathname);

  /** "9 Dec 2026, 06:50" in the reader's time. */
  function moment(iso) {
    const d = new Date(iso);
    const two = (n) => String(n).padStart(2, '0');
    return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear() + ', ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function fail(message) {
    el('error').textContent = message;
    el('error').hidden = false;
  }

  /** A link that does not work (or no link): the page says so, and shows no form and no one's name. */
  function refuseLink(message) {
    el('checking').hidden = true;
    el('title').textContent = 'This link does not work';
    document.title = 'Activation link · peer-supervision';
    fail(message);
  }

  /** Refusals in words: the invalid link as a sentence, a field by its label, else the server's words. */
  function refusal(status, json) {
    const errors = (json && json.errors) || [];
    if (errors.some((p) => p.field === 'token')) return INVALID;
    if (errors.length) return errors.map((p) => (LABELS[p.field] || 'Your answer') + ': ' + p.message).join(' ');
    if (json && json.detail) return json.detail;
    return 'Something went wrong on our side. Please try again in a minute.';
  }

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
    let json = null;
    try { json = await response.json(); } catch (e) { /* no JSON body */ }
    return { ok: response.ok, status: response.status, json };
  }

  async function greet() {
    if (!token) {
      refuseLink('This page opens from the activation link your program lead gave you. Open that link (the whole of it).');
      return;
    }
    let answer;
    try {
      answer = await post('/activate/link', { token });
    } catch (e) {
      el('checking').hidden = true;
      fail('peer-supervision cannot be reached right now. Check your connection and open the link again.');
      return;
    }
    if (!answer.ok) {
      refuseLink(refusal(answer.status, answer.json));
      return;
    }
    el('checking').hidden = true;
    el('person-name').textContent = answer.json.name;
    el('person-user').textContent = answer.json.userId;
    el('until').textContent = 'This link works until ' + moment(answer.json.expiresAt) + '.';
    el('choose').hidden = false;
    el('password').focus();
  }

  el('activate').addEventListener('submit', async (event) => {
    event.preventDefault();
    el('error').hidden = true;
    el('password').removeAttribute('aria-invalid');
    el('repeat').removeAttribute('aria-invalid');
    const password = el('password').value;
    if (!password) {
      el('password').setAttribute('aria-invalid', 'true');
      fail('New password: choose one of at least 12 characters.');
      el('password').focus();
      return;
    }
    if (password !== el('repeat').value) {
      el('repeat').setAttribute('aria-invalid', 'true');
      fail('The same again: the two passwords are not the same.');
      el('repeat').focus();
      return;
    }
    let answer;
    try {
      answer = await post('/activate', { token, password });
    } catch (e) {
      fail('peer-supervision cannot be reached right now. Check your connection and try again.');
      return;
    }
    if (!answer.ok) {
      if (answer.json && (answer.json.errors || []).some((p) => p.field === 'password')) {
        el('password').setAttribute('aria-invalid', 'true');
      }
      fail(refusal(answer.status, answer.json));
      return;
    }
    el('choose').hidden = true;
    const done = el('done');
    done.replaceChildren();
    done.append('Your password is saved. Sign in as ');
    const id = document.createElement('strong');
    id.textContent = answer.json.userId;
    done.append(id, ' in ');
    const link = document.createElement('a');
    link.href = answer.json.signIn;
    link.textContent = 'Tasklist';
    done.append(link, '.');
    done.hidden = false;
  });

  greet();
})();
