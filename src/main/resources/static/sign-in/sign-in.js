// The sign-in page: signs in through the Camunda webapps' own login (the session Tasklist uses) and goes
// back to the page named in ?next=, which must be a path on this site (the server checks it too).
(function () {
  'use strict';

  const LOGIN = '/camunda/api/admin/auth/user/default/login/tasklist';
  const DEFAULT_NEXT = '/camunda/app/tasklist/default/';
  const PLACES = [
    [/^\/dashboard(\/|\?|$)/, 'the scope-compliance dashboard'],
    [/^\/roster(\/|\?|$)/, 'the roster import'],
    [/^\/camunda\/app\/tasklist\//, 'Tasklist']
  ];
  const el = (id) => document.getElementById(id);

  /** The path itself when it is one on this site, else null: never //host, /\host, a scheme or control characters. */
  function localPath(value) {
    if (typeof value !== 'string' || value.length > 2048 || !/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(value)) {
      return null;
    }
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
  }

  const next = localPath(new URLSearchParams(window.location.search).get('next')) || DEFAULT_NEXT;
  const place = PLACES.find(([pattern]) => pattern.test(next));
  if (place) {
    el('purpose').textContent = 'Sign in to open ' + place[1] + '. Use the user name and password you use for Tasklist.';
  }
  el('continue').href = next;

  function showError(text) {
    el('error').textContent = text;
    el('error').hidden = false;
    el('password').setAttribute('aria-invalid', 'true');
    el('password').focus();
    el('password').select();
  }

  function messageFor(status) {
    if (status === 401) {
      return 'The user name or password is not right. After a wrong try, wait a few seconds before the next one.';
    }
    if (status === 403) return 'This account may not sign in here. Ask your program lead or your administrator.';
    return 'Signing in did not work because of a problem on our side. Please try again in a minute.';
  }

  async function login(username, password) {
    const token = await window.webappSession.csrfToken();
    return fetch(LOGIN, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', 'X-XSRF-TOKEN': token || '' },
      body: new URLSearchParams({ username, password })
    });
  }

  el('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = el('username').value.trim();
    const password = el('password').value;
    el('error').hidden = true;
    el('username').removeAttribute('aria-invalid');
    el('password').removeAttribute('aria-invalid');
    if (!username || !password) {
      const missing = !username ? 'username' : 'password';
      el('error').textContent = !username ? 'Enter your user name.' : 'Enter your password.';
      el('error').hidden = false;
      el(missing).setAttribute('aria-invalid', 'true');
      el(missing).focus();
      return;
    }
    el('submit').disabled = true;
    el('submit').textContent = 'Signing in…';
    try {
      let answer = await login(username, password);
      if (answer.status === 403) {
        // also the answer to a token the webapps no longer hold (they end that session): once more, with a new one
        answer = await login(username, password);
      }
      if (answer.ok) {
        window.location.replace(next);
        return;
      }
      showError(messageFor(answer.status));
    } catch (e) {
      showError('peer-supervision cannot be reached right now. Check your connection and try again.');
    } finally {
      el('submit').disabled = false;
      el('submit').textContent = 'Sign in';
    }
  });

  window.webappSession.signedIn().then((probe) => {
    if (probe.user && probe.user.userId) {
      el('signed-in-user').textContent = probe.user.userId;
      el('signed-in').hidden = false;
    }
  }, () => { /* the form still works */ });
  el('submit').disabled = false;
  el('username').focus();
})();
