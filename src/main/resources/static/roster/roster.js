// The roster import page: uploads a CSV file to /roster/imports, follows the import's progress and shows
// its per-row report in words (a dry run says what would happen). Everything people wrote (names, ids,
// reasons) is set with textContent, never as HTML. Requests that change something carry the sign-in
// session's CSRF token (see PageChangeGuard).
(function () {
  'use strict';

  const el = (id) => document.getElementById(id);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** The file's columns as people read them; the column's own name follows, as it is in the file. */
  const COLUMNS = {
    user_id: 'User name', first_name: 'First name', last_name: 'Last name', email: 'E-mail', role: 'Role',
    supervisor_id: 'Supervisor', certification_body: 'Certification body', credential_name: 'Credential name',
    credential_number: 'Credential number', certification_stage: 'Certification stage', issued_on: 'Issued on',
    expires_on: 'Expires on'
  };
  const ROLES = { SPECIALIST: 'Peer specialist', SUPERVISOR: 'Supervisor', PROGRAM_LEAD: 'Program lead' };
  const OUTCOMES = { CREATED: 'Created', UPDATED: 'Updated', UNCHANGED: 'Unchanged', REFUSED: 'Refused' };
  const DRY_OUTCOMES = { CREATED: 'Would create', UPDATED: 'Would update', UNCHANGED: 'No change', REFUSED: 'Would be refused' };
  const STATUSES = { RUNNING: 'Importing', DONE: 'Done', INTERRUPTED: 'Interrupted' };

  /** "2 Dec 2026, 06:50" in the reader's time. */
  function moment(iso) {
    const d = new Date(iso);
    const two = (n) => String(n).padStart(2, '0');
    return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear() + ', ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  /** A field or column of a refusal in words: "Expires on (column expires_on)". */
  function fieldInWords(field) {
    if (field === 'file') return 'The file';
    if (field === 'row') return 'This row';
    if (COLUMNS[field]) return COLUMNS[field] + ' (column ' + field + ')';
    return 'The column “' + field + '”';
  }

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
      const error = new Error((json && json.detail) || 'That did not work. Please try again in a minute.');
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
      item.textContent = fieldInWords(problem.field) + ': ' + problem.message;
      list.appendChild(item);
    }
    list.hidden = !(error.problems && error.problems.length);
  }

  function clearError() {
    el('error').hidden = true;
    el('problems').hidden = true;
  }

  /** A row of a table; the roles are explicit so that a phone's stacked cards stay a table to screen readers. */
  function newRow(body) {
    const row = body.insertRow();
    row.setAttribute('role', 'row');
    return row;
  }

  function newCell(label) {
    const td = document.createElement('td');
    td.setAttribute('role', 'cell');
    td.dataset.label = label;
    return td;
  }

  function cell(row, label, text, className) {
    const td = newCell(label);
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function listCell(row, label, items) {
    const td = newCell(label);
    const list = document.createElement('ul');
    for (const text of items) {
      const item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    }
    td.appendChild(list);
    row.appendChild(td);
  }

  /** Words for screen readers only (which of the many buttons this is). */
  function hidden(text) {
    const span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = text;
    return span;
  }

  function absolute(link) {
    return window.location.origin + link;
  }

  function showLink(td, link) {
    const code = document.createElement('span');
    code.className = 'link';
    code.textContent = absolute(link);
    td.replaceChildren(code);
  }

  function activationCell(row, line) {
    const td = newCell('Activation link');
    if (line.activationLink) {
      showLink(td, line.activationLink);
    } else if (line.awaitingActivation) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'small';
      button.append('New link', hidden(' for ' + line.userId));
      button.addEventListener('click', async () => {
        try {
          const issued = await call('POST', '/roster/users/' + encodeURIComponent(line.userId) + '/activation');
          showLink(td, issued.activationLink);
        } catch (error) { showError(error); }
      });
      td.appendChild(button);
    }
    row.appendChild(td);
  }

  function showProgress(view) {
    el('progress-section').hidden = false;
    el('progress-title').textContent = (view.dryRun ? 'Dry run of ' : 'Import of ') + moment(view.startedAt);
    el('dry-run-notice').hidden = !view.dryRun;
    el('progress').max = Math.max(1, view.totalRows);
    el('progress').value = view.processedRows;
    const state = { DONE: 'Done: ', INTERRUPTED: 'Interrupted: ' }[view.status] || (view.dryRun ? 'Checking: ' : 'Importing: ');
    el('progress-text').textContent = state + view.processedRows + ' of ' + view.totalRows + ' rows';
    // an interrupted import: what to do about it, as the server says it
    el('notice').textContent = view.message || '';
    el('notice').hidden = !view.message;
    el('summary').textContent = view.dryRun
      ? view.created + ' would be created · ' + view.updated + ' would be updated · ' + view.unchanged
        + ' unchanged · ' + view.refused + ' would be refused'
      : view.created + ' created · ' + view.updated + ' updated · ' + view.unchanged + ' unchanged · '
        + view.refused + ' refused';
  }

  function showReport(view) {
    const table = el('report');
    table.classList.toggle('dry-run', view.dryRun);
    el('changes-heading').textContent = view.dryRun ? 'What would change, or why not' : 'What changed, or why not';
    el('links-hint').hidden = view.dryRun;
    const changesLabel = el('changes-heading').textContent;
    const outcomes = view.dryRun ? DRY_OUTCOMES : OUTCOMES;
    const body = table.querySelector('tbody');
    body.replaceChildren();
    for (const line of view.rows || []) {
      const row = newRow(body);
      cell(row, 'Line', line.line);
      cell(row, 'Person', line.userId);
      cell(row, 'Role', ROLES[line.role] || line.role);
      cell(row, 'Outcome', outcomes[line.outcome] || line.outcome, 'outcome outcome-' + line.outcome);
      listCell(row, changesLabel, line.outcome === 'REFUSED'
        ? line.reasons.map((r) => fieldInWords(r.column) + ': ' + r.message) : line.changes);
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
      el('no-imports').hidden = imports.length > 0;
      el('imports').hidden = imports.length === 0;
      for (const item of imports) {
        const row = newRow(body);
        cell(row, 'Started', moment(item.startedAt));
        cell(row, 'By', item.importedBy);
        cell(row, 'Kind', item.dryRun ? 'Dry run' : 'Import');
        cell(row, 'Rows', item.totalRows);
        cell(row, item.dryRun ? 'Would be created' : 'Created', item.created);
        cell(row, item.dryRun ? 'Would be updated' : 'Updated', item.updated);
        cell(row, 'Unchanged', item.unchanged);
        cell(row, item.dryRun ? 'Would be refused' : 'Refused', item.refused);
        cell(row, 'Status', STATUSES[item.status] || item.status);
        const td = newCell('Report');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'small';
        button.append('Show report', hidden(' of the ' + (item.dryRun ? 'dry run' : 'import') + ' of '
          + moment(item.startedAt)));
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
    if (!file) {
      showError(new Error('Choose the roster file first.'));
      el('file').focus();
      return;
    }
    const form = new FormData();
    form.append('file', file);
    try {
      const started = await call('POST', '/roster/imports?dryRun=' + el('dry-run').checked, form);
      await follow(started.id);
    } catch (error) { showError(error); }
  });

  loadImports();
})();
