// The Camunda webapps' session (the one Tasklist uses), as the product's pages use it: who is signed in,
// and the session's CSRF token, which the webapps' login and every change made from a page send in the
// X-XSRF-TOKEN header. Camunda keeps the token's cookie under /camunda, out of these pages' reach: the
// webapps send a new session's token in a response header once, and /sign-in/csrf-token.json tells it
// again (only to a page of this site).
window.webappSession = (function () {
  'use strict';

  const USER = '/camunda/api/admin/auth/user/default';
  const JSON_ONLY = { credentials: 'same-origin', headers: { Accept: 'application/json' } };

  /** Who is signed in ({ userId, ... } from the webapps), or null; the session has a CSRF token afterwards. */
  async function signedIn() {
    const answer = await fetch(USER, JSON_ONLY);
    const fresh = answer.headers.get('X-XSRF-TOKEN');
    return { user: answer.ok ? await answer.json() : null, token: fresh && fresh !== 'Required' ? fresh : null };
  }

  /** The session's CSRF token (made by the webapps if the session has none yet). */
  async function csrfToken() {
    const probe = await signedIn();
    if (probe.token) return probe.token;
    const stored = await fetch('/sign-in/csrf-token.json', JSON_ONLY);
    return stored.ok ? (await stored.json()).csrfToken : null;
  }

  return { signedIn, csrfToken };
})();
