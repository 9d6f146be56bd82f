// First sign-in: the token comes in the link's fragment (#token=...), which the browser never sends to the
// server; it is removed from the address bar at once and sent only in the body of the POST.
(function () {
  'use strict';

  const el = (id) => document.getElementById(id);
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const token = fragment.get('token') || new URLSearchParams(window.location.search).get('token');
  history.replaceState(null, '', window.location.pathname);

  function fail(message) {
    el('error').textContent = message;
    el('error').hidden = false;
  }

  if (!token) {
    fail('This page opens from the activation link your program lead gave you.');
    el('activate').hidden = true;
    return;
  }

  el('activate').addEventListener('submit', async (event) => {
    event.preventDefault();
    el('error').hidden = true;
    const password = el('password').value;
    if (password !== el('repeat').value) {
      fail('The two passwords are not the same.');
      return;
    }
    const response = await fetch('/activate', { method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token, password }) });
    let json = null;
    try { json = await response.json(); } catch (e) { /* no JSON body */ }
    if (!response.ok) {
      const reasons = (json && json.errors) ? json.errors.map((p) => p.field + ': ' + p.message).join('; ') : '';
      fail(reasons || (json && json.detail) || ('Something went wrong (' + response.status + ').'));
      return;
    }
    el('activate').hidden = true;
    const done = el('done');
    done.replaceChildren();
    done.append('Your password is saved. Sign in as ');
    const id = document.createElement('strong');
    id.textContent = json.userId;
    done.append(id, ' in ');
    const link = document.createElement('a');
    link.href = json.signIn;
    link.textContent = 'Tasklist';
    done.append(link, '.');
    done.hidden = false;
  });
})();
