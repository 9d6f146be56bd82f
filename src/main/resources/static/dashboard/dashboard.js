// The scope-compliance dashboard: reads /dashboard/*.json (same rules as /api/audit) and draws the
// figures with Chart.js (served by the application, see vendor/README.md). Text is always set with
// textContent: override reasons and findings are written by people.
(function () {
  'use strict';

  const charts = {};
  const params = new URLSearchParams(window.location.search);
  const el = (id) => document.getElementById(id);

  function query(extra) {
    const q = new URLSearchParams();
    for (const key of ['month', 'quarter', 'from', 'to', 'supervisorId']) {
      if (params.get(key)) q.set(key, params.get(key));
    }
    if (extra) for (const [k, v] of Object.entries(extra)) { if (v == null || v === '') q.delete(k); else q.set(k, v); }
    return q.toString();
  }

  async function getJson(path) {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      // the session ended (signed out, or 30 minutes idle): sign in again and come back here
      window.location.assign('/sign-in?next=' + encodeURIComponent(window.location.pathname + window.location.search));
    }
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { const problem = await response.json(); detail = problem.detail || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  const pct = (value) => value == null ? '—' : value + '%';
  const num = (value) => value == null ? '—' : String(value);

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function fill(tableId, items, render, empty) {
    const body = el(tableId).querySelector('tbody');
    body.replaceChildren();
    if (!items.length) {
      const row = body.insertRow();
      const td = cell(row, empty);
      td.colSpan = el(tableId).querySelectorAll('th').length || 2;
      return;
    }
    for (const item of items) render(body.insertRow(), item);
  }

  function chart(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(el(id), config);
  }

  function setupControls(viewer) {
    el('viewer').textContent = viewer.name + (viewer.programWide ? ' · the whole program' : ' · your team');
    const team = el('supervisor');
    team.replaceChildren();
    if (viewer.programWide) team.add(new Option('Whole program', ''));
    for (const s of viewer.supervisors) team.add(new Option(s.label, s.value));
    team.value = params.get('supervisorId') || (viewer.programWide ? '' : viewer.userId);
    const quarter = el('quarter');
    const now = new Date();
    let year = now.getFullYear();
    let q = Math.floor(now.getMonth() / 3) + 1;
    for (let i = 0; i < 8; i++) {
      quarter.add(new Option(year + ' Q' + q, year + '-Q' + q));
      q -= 1;
      if (q === 0) { q = 4; year -= 1; }
    }
    el('month').value = params.get('month') || '';
    quarter.value = params.get('quarter') || '';
    el('from').value = params.get('from') || '';
    el('to').value = params.get('to') || '';
    el('period').addEventListener('submit', (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      if (el('from').value || el('to').value) { next.set('from', el('from').value); next.set('to', el('to').value); }
      else if (quarter.value) next.set('quarter', quarter.value);
      else if (el('month').value) next.set('month', el('month').value);
      if (team.value) next.set('supervisorId', team.value);
      window.location.search = next.toString();
    });
  }

  function drawCards(report) {
    const c = report.cycles;
    el('card-cycles').textContent = pct(c.onTimePercent);
    el('card-cycles-note').textContent = c.onTime + ' of ' + c.completed + ' completed · ' + c.openPastDue + ' open past due';
    const meeting = report.specialists.filter((s) => s.months > 0 && s.monthsMeetingMinimum === s.months).length;
    el('card-minimum').textContent = meeting + ' / ' + report.specialists.length;
    el('card-minimum-note').textContent = 'every month of ' + report.periodLabel;
    const r = report.reflectionDeadlines;
    el('card-reflections').textContent = num(r.overdue);
    el('card-reflections-note').textContent = r.doneLate + ' done late · ' + r.openOverdue + ' still open · ' + r.due + ' due';
    const k = report.crisis;
    el('card-crisis').textContent = num(k.escalations);
    el('card-crisis-note').textContent = k.acknowledgedInTime + ' acknowledged in time · average ' +
        (k.averageMinutesToAcknowledge == null ? '—' : k.averageMinutesToAcknowledge + ' min');
    const f = report.referrals;
    el('card-referrals').textContent = num(f.lostToFollowUp);
    el('card-referrals-note').textContent = f.total + ' referrals · ' + (f.byOutcome.CONNECTED || 0) + ' connected';
    const signals = report.roleDrift.filter((d) => d.signal).length;
    el('card-drift').textContent = num(signals);
    el('card-drift-note').textContent = report.scopeChecks.total + ' scope checks · ' + report.scopeChecks.overrides + ' overrides';
  }

  function drawCharts(report, trend) {
    chart('chart-trend', {
      type: 'line',
      data: {
        labels: trend.months.map((m) => m.month),
        datasets: [{ label: 'meeting the minimum (%)', data: trend.months.map((m) => m.percent), borderColor: '#2f6f9f',
          backgroundColor: 'rgba(47,111,159,.15)', fill: true, spanGaps: true, tension: .2 }]
      },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } }
    });
    const bySupervisor = report.cyclesBySupervisor;
    chart('chart-supervisors', {
      type: 'bar',
      data: {
        labels: bySupervisor.map((s) => s.supervisorName),
        datasets: [
          { label: 'on time', data: bySupervisor.map((s) => s.onTime), backgroundColor: '#2f6f9f', stack: 'cycles' },
          { label: 'late', data: bySupervisor.map((s) => s.late), backgroundColor: '#e3a008', stack: 'cycles' },
          { label: 'open past due', data: bySupervisor.map((s) => s.openPastDue), backgroundColor: '#b44d12', stack: 'cycles' },
          { label: 'overdue reflections', data: bySupervisor.map((s) => s.overdueReflections), backgroundColor: '#9aa5b1', stack: 'reflections' }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        onClick: (event, elements) => {
          if (!elements.length) return;
          const supervisor = bySupervisor[elements[0].index];
          const next = new URLSearchParams(query({ supervisorId: supervisor.supervisorId }));
          window.location.search = next.toString();
        }
      }
    });
    const outcomes = report.referrals.byOutcome;
    chart('chart-referrals', {
      type: 'doughnut',
      data: { labels: Object.keys(outcomes), datasets: [{ data: Object.values(outcomes),
        backgroundColor: ['#2f6f9f', '#9aa5b1', '#b44d12', '#e3a008', '#52606d'] }] },
      options: { maintainAspectRatio: false, animation: false }
    });
    const scope = report.scopeChecks.byTableOutcome;
    chart('chart-scope', {
      type: 'bar',
      data: { labels: Object.keys(scope), datasets: [{ label: 'scope checks', data: Object.values(scope), backgroundColor: '#52606d' }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
    });
  }

  const counts = (map) => Object.entries(map).map(([key, n]) => key.replaceAll('_', ' ').toLowerCase() + ' ' + n)
      .join(' · ') || '—';

  function drawTables(report, actions) {
    const minimum = (m) => m.sessionsPerMonth + ' sessions and ' + m.minutesPerMonth + ' minutes';
    el('minimum').textContent = minimum(report.minimum);
    el('stage-minimums').textContent = Object.entries(report.stageMinimums)
        .map(([stage, m]) => stage.toLowerCase() + ': ' + minimum(m)).join(' · ');
    fill('actions', actions, (row, a) => {
      cell(row, a.supervisorName);
      cell(row, a.action);
      cell(row, a.dueDate, a.overdue ? 'signal' : null);
      cell(row, a.category.replaceAll('_', ' ').toLowerCase() + ': ' + a.finding);
      cell(row, a.periodFrom + ' to ' + a.periodTo);
    }, 'No open follow-up actions.');
    fill('specialists', report.specialists, (row, s) => {
      if (s.monthsMeetingMinimum < s.months) row.className = 'below';
      cell(row, s.specialistName);
      cell(row, s.supervisorName);
      cell(row, s.sessions);
      cell(row, s.minutes);
      cell(row, s.minimum.sessionsPerMonth + ' / ' + s.minimum.minutesPerMonth + ' min'
          + (s.stage ? ' (' + s.stage.toLowerCase() + ')' : ''));
      cell(row, s.monthsMeetingMinimum + ' of ' + s.months);
      cell(row, s.overdueReflections);
    }, 'No specialists supervised in this period.');
    fill('drift', report.roleDrift, (row, d) => {
      cell(row, d.specialistName);
      cell(row, d.scopeChecks);
      cell(row, d.referOrConsult);
      cell(row, Math.round(d.share * 100) + '%');
      cell(row, d.overridesToWithinScope);
      cell(row, d.signal ? 'talk it through in supervision' : '', d.signal ? 'signal' : null);
    }, 'No scope checks in this period.');
    fill('overrides', report.overrides, (row, o) => {
      cell(row, new Date(o.overriddenAt).toLocaleString());
      cell(row, o.supervisorName);
      cell(row, o.tableOutcome);
      cell(row, o.overriddenTo);
      cell(row, o.reason);
    }, 'No overrides in this period.');
    const k = report.crisis;
    const f = report.referrals;
    const r = report.reflections;
    const details = [
      ['Crisis escalations', k.escalations],
      ['Acknowledged by the supervisor', k.acknowledged + ' (in time: ' + k.acknowledgedInTime + ')'],
      ['Minutes to acknowledgment, average / longest', num(k.averageMinutesToAcknowledge) + ' / ' + num(k.maximumMinutesToAcknowledge)],
      ['Crises program leads were asked to follow up', k.escalatedToProgramLeads],
      ['Referrals to licensed care', f.total],
      ['Consent given / refused / not yet recorded', f.consentGiven + ' / ' + f.consentRefused + ' / ' + f.consentPending],
      ['Warm handoffs, average hours from referral', f.handedOff + ', ' + num(f.averageHoursToHandoff)],
      ['Referral outcomes', counts(f.byOutcome)],
      ['Disclosure and boundary reflections', r.total + ' · reviewed ' + r.reviewed + ' (late: ' + r.reviewedLate
        + ') · reviews overdue ' + r.reviewsOverdue],
      ['Hours from reflection to review, average / longest', num(r.averageHoursToReview) + ' / ' + num(r.maximumHoursToReview)],
      ['Reflections by situation', counts(r.byType)],
      ['Reflections by risk', counts(r.byRisk)],
      ['Reflections by review outcome', counts(r.byReviewOutcome)]
    ];
    fill('details', details, (row, [label, value]) => { cell(row, label); cell(row, value); }, '');
  }

  function trendWindow(report) {
    const end = new Date(report.to + 'T00:00:00');
    const start = new Date(end.getFullYear(), end.getMonth() - 11, 1);
    const pad = (n) => String(n).padStart(2, '0');
    return { month: null, quarter: null, from: start.getFullYear() + '-' + pad(start.getMonth() + 1) + '-01', to: report.to };
  }

  async function load() {
    try {
      const viewer = await getJson('/dashboard/viewer.json');
      setupControls(viewer);
      const report = await getJson('/dashboard/report.json?' + query());
      const [trend, actions] = await Promise.all([
        getJson('/dashboard/report.json?' + query(trendWindow(report))),
        getJson('/dashboard/follow-up-actions.json?' + query({ month: null, quarter: null, from: null, to: null }))
      ]);
      el('status').textContent = 'Figures for ' + report.periodLabel + (report.supervisorId
        ? ', team of ' + (viewer.supervisors.find((s) => s.value === report.supervisorId) || { label: report.supervisorId }).label
        : ', whole program') + '.';
      el('csv').href = '/dashboard/report.csv?' + query();
      el('json').href = '/dashboard/report.json?' + query();
      drawCards(report);
      drawTables(report, actions);
      drawCharts(report, trend);
      document.body.dataset.ready = 'true';
    } catch (e) {
      el('status').textContent = '';
      el('error').hidden = false;
      el('error').textContent = 'The figures could not be loaded: ' + e.message;
      document.body.dataset.ready = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', load);
}());
