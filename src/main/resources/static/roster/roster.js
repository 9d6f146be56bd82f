// The roster import page: uploads a CSV file to /roster/imports, follows the import's progress and shows
// its per-row report. Everything people wrote (names, ids, reasons) is set with textContent, never as
// HTML. Requests that change something carry the sign-in session's CSRF token (see PageChangeGuard).
(function () {
  'use strict';

  const el = (id) => document.getElementById(id);

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-XSRF-TOKEN'] = (await window.webappSession.csrfToken()) || '';
    const response = await fetch(path, { method, body, credentials: 'same-origin', headers });
    if (response.status === 401) {
      // the session ended (signed out, or 30 minutes idle): sign in again and come back here
      window.location.assign('/sign-in?next=' + encodeURIComponent(window.location.pathname));
    }
    let json = null;
    try { json = await response.json(); } catch (e) { /* no JSON body */ }
    if (!response.ok) {
      const error = new Error((json && json.detail) || (response.status + ' ' + response.statusText));
      error.problems = (json && json.errors) || [];
      throw error;
    }
    return json;
  }

  function showError(error) {
    el('error').textContent = error.message;
    el('error').hidden = false;
    const list = el('problems');
    list.replaceChildren();
    for (const problem of error.problems || []) {
      const item = document.createElement('li');
      item.textContent = problem.field + ': ' + problem.message;
      list.appendChild(item);
    }
    list.hidden = !(error.problems && error.problems.length);
  }

  function clearError() {
    el('error').hidden = true;
    el('problems').hidden = true;
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function listCell(row, items) {
    const td = document.createElement('td');
    const list = document.createElement('ul');
    for (const text of items) {
      const item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    }
    td.appendChild(list);
    row.appendChild(td);
  }

  function absolute(link) {
    return window.location.origin + link;
  }

  function activationCell(row, line) {
    const td = document.createElement('td');
    if (line.activationLink) {
      const code = document.createElement('span');
      code.className = 'link';
      code.textContent = absolute(line.activationLink);
      td.appendChild(code);
    } else if (line.awaitingActivation) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'small';
      button.textContent = 'New link';
      button.addEventListener('click', async () => {
        try {
          const issued = await call('POST', '/roster/users/' + encodeURIComponent(line.userId) + '/activation');
          td.replaceChildren();
          const code = document.createElement('span');
          code.className = 'link';
          code.textContent = absolute(issued.activationLink);
          td.appendChild(code);
        } catch (error) { showError(error); }
      });
      td.appendChild(button);
    }
    row.appendChild(td);
  }

  function showProgress(view) {
    el('progress-section').hidden = false;
    el('progress-title').textContent = 'Import ' + view.id + (view.dryRun ? ' (dry run)' : '');
    el('progress').max = Math.max(1, view.totalRows);
    el('progress').value = view.processedRows;
    const state = { DONE: 'Done: ', INTERRUPTED: 'Interrupted: ' }[view.status] || 'Importing: ';
    el('progress-text').textContent = state + view.processedRows + ' of ' + view.totalRows + ' rows';
    // an interrupted import: what to do about it, as the server says it
    el('notice').textContent = view.message || '';
    el('notice').hidden = !view.message;
    el('summary').textContent = view.created + ' created · ' + view.updated + ' updated · ' + view.unchanged
      + ' unchanged · ' + view.refused + ' refused';
  }

  function showReport(view) {
    const body = el('report').querySelector('tbody');
    body.replaceChildren();
    for (const line of view.rows || []) {
      const row = body.insertRow();
      cell(row, line.line);
      cell(row, line.userId);
      cell(row, line.role);
      cell(row, line.outcome, line.outcome);
      listCell(row, line.outcome === 'REFUSED' ? line.reasons.map((r) => r.column + ': ' + r.message) : line.changes);
      activationCell(row, line);
    }
    el('report-section').hidden = false;
  }

  async function follow(id) {
    el('report-section').hidden = true;
    for (;;) {
      const view = await call('GET', '/roster/imports/' + id);
      showProgress(view);
      if (view.status !== 'RUNNING') {
        showReport(view);
        loadImports();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  }

  async function loadImports() {
    try {
      const imports = await call('GET', '/roster/imports');
      const body = el('imports').querySelector('tbody');
      body.replaceChildren();
      for (const item of imports) {
        const row = body.insertRow();
        cell(row, item.id);
        cell(row, new Date(item.startedAt).toLocaleString());
        cell(row, item.importedBy);
        cell(row, item.totalRows + (item.dryRun ? ' (dry run)' : ''));
        cell(row, item.created);
        cell(row, item.updated);
        cell(row, item.unchanged);
        cell(row, item.refused);
        cell(row, item.status);
        const td = document.createElement('td');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'small';
        button.textContent = 'Report';
        button.addEventListener('click', () => follow(item.id).catch(showError));
        td.appendChild(button);
        row.appendChild(td);
      }
    } catch (error) { showError(error); }
  }

  el('upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    const file = el('file').files[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const started = await call('POST', '/roster/imports?dryRun=' + el('dry-run').checked, form);
      await follow(started.id);
    } catch (error) { showError(error); }
  });

  loadImports();
})();
