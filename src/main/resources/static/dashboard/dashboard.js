// The scope-compliance dashboard: reads /dashboard/*.json (same rules as /api/audit) and draws the
// figures with Chart.js (served by the application, see vendor/README.md). Codes from the report are
// shown in the words of /dashboard/words.json (the forms' own labels); dates as "8 Dec 2026". Text is
// always set with textContent: override reasons and findings are written by people.
(function () {
  'use strict';

  const charts = {};
  const params = new URLSearchParams(window.location.search);
  const el = (id) => document.getElementById(id);
  let words = {};

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const COUNT_TICKS = { precision: 0, stepSize: 1 };

  // --- words and dates -------------------------------------------------------------------------------

  /** The words for a code of one vocabulary; a code without words is spaced and lower-cased, never shown raw. */
  function word(vocabulary, code) {
    if (code == null) return '';
    const found = (words[vocabulary] || {})[code];
    if (found) return found;
    const spaced = String(code).replaceAll('_', ' ').toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }

  /** "2026-12-08" (or a Date) as "8 Dec 2026". */
  function day(value) {
    if (value == null || value === '') return '';
    if (value instanceof Date) return value.getDate() + ' ' + MONTHS[value.getMonth()] + ' ' + value.getFullYear();
    const [y, m, d] = String(value).slice(0, 10).split('-').map(Number);
    return d + ' ' + MONTHS[m - 1] + ' ' + y;
  }

  /** An instant ("2026-12-08T14:05:00Z") as "8 Dec 2026" on this computer's calendar. */
  const dayOfInstant = (instant) => instant ? day(new Date(instant)) : '';

  /** "2026-12" as "December 2026" (long) or "Dec 2026". */
  function month(value, long) {
    const [y, m] = String(value).split('-').map(Number);
    return (long ? LONG_MONTHS : MONTHS)[m - 1] + ' ' + y;
  }

  function lastDay(from) {
    const [y, m] = from.split('-').map(Number);
    return new Date(y, m, 0).getDate();
  }

  /** The report's period in words: "December 2026", "October to December 2026", or "1 Dec 2026 to 15 Dec 2026". */
  function periodWords(from, to) {
    const sameMonth = from.slice(0, 7) === to.slice(0, 7);
    if (from.endsWith('-01') && sameMonth && Number(to.slice(8)) === lastDay(from)) return month(from, true);
    const [fy, fm] = from.split('-').map(Number);
    const [ty, tm] = to.split('-').map(Number);
    if (from.endsWith('-01') && fy === ty && (tm - fm) === 2 && fm % 3 === 1 && Number(to.slice(8)) === lastDay(to)) {
      return LONG_MONTHS[fm - 1] + ' to ' + LONG_MONTHS[tm - 1] + ' ' + ty;
    }
    return day(from) + ' to ' + day(to);
  }

  const pct = (value) => value == null ? '—' : Math.round(value) + '%';
  const num = (value) => value == null ? '—' : String(value);
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));

  // --- fetching ----------------------------------------------------------------------------------------

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
      let detail = 'the server answered ' + response.status + '.';
      try {
        const problem = await response.json();
        detail = problem.errors && problem.errors.length
          ? problem.errors.map((e) => (e.label || e.field) + ': ' + e.message).join('; ')
          : (problem.detail || detail);
      } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  // --- tables ------------------------------------------------------------------------------------------

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
      const td = cell(row, empty, 'empty-row');
      td.colSpan = el(tableId).querySelectorAll('th').length || 2;
      return;
    }
    // each cell carries its column's name, which a phone shows beside it when rows stack as cards
    const headers = [...el(tableId).querySelectorAll('thead th')].map((th) => th.textContent);
    for (const item of items) {
      const row = body.insertRow();
      render(row, item);
      if (headers.length) [...row.cells].forEach((c, i) => { c.dataset.label = headers[i]; });
    }
  }

  /** A link to the same period for one supervisor's team: the drill-down by keyboard as by click. */
  function teamLink(supervisor) {
    const a = document.createElement('a');
    a.href = '/dashboard?' + query({ supervisorId: supervisor.supervisorId });
    a.textContent = supervisor.supervisorName;
    return a;
  }

  // --- the page ----------------------------------------------------------------------------------------

  function quarterOf(date) {
    return { year: date.getFullYear(), q: Math.floor(date.getMonth() / 3) + 1 };
  }

  function setupControls(viewer, report) {
    el('viewer').textContent = 'Signed in as ' + viewer.name + ', ' + viewer.role;
    const team = el('supervisor');
    team.replaceChildren();
    if (viewer.programWide) team.add(new Option('The whole program', ''));
    for (const s of viewer.supervisors) team.add(new Option(s.label, s.value));
    team.value = report.supervisorId || '';
    const quarter = el('quarter');
    let { year, q } = quarterOf(new Date(report.producedAt));
    for (let i = 0; i < 8; i++) {
      const first = (q - 1) * 3;
      quarter.add(new Option(LONG_MONTHS[first] + ' to ' + LONG_MONTHS[first + 2] + ' ' + year, year + '-Q' + q));
      q -= 1;
      if (q === 0) { q = 4; year -= 1; }
    }
    // the pickers show the period in force: a whole month in the month picker, a quarter in the quarter
    // choice, anything else in from and to
    const words = periodWords(report.from, report.to);
    if (params.get('quarter') && [...quarter.options].some((o) => o.value === params.get('quarter'))) {
      quarter.value = params.get('quarter');
    } else if (words === month(report.from, true)) {
      el('month').value = report.from.slice(0, 7);
    } else {
      el('from').value = report.from;
      el('to').value = report.to;
    }
    // choosing one kind of period clears the others, so the one chosen is the one shown
    const clear = (...ids) => () => ids.forEach((id) => { el(id).value = ''; });
    el('month').addEventListener('change', clear('quarter', 'from', 'to'));
    quarter.addEventListener('change', clear('month', 'from', 'to'));
    el('from').addEventListener('change', clear('month', 'quarter'));
    el('to').addEventListener('change', clear('month', 'quarter'));
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

  function teamWords(viewer, report) {
    if (!report.supervisorId) return 'the whole program';
    const found = viewer.supervisors.find((s) => s.value === report.supervisorId);
    return 'the team of ' + (found ? found.label : report.supervisorId);
  }

  function drawHeader(viewer, report) {
    el('status').textContent = 'Figures for ' + periodWords(report.from, report.to) + ' · ' + teamWords(viewer, report);
    document.title = 'Scope compliance, ' + periodWords(report.from, report.to) + ' · peer-supervision';
    const today = new Date(report.producedAt);
    const thisMonth = today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0');
    const now = report.months.find((m) => m.inProgress && m.month === thisMonth);
    const notice = el('in-progress');
    if (now) {
      const [y, m] = now.month.split('-').map(Number);
      const left = new Date(y, m, 0).getDate() - today.getDate() + 1;
      notice.textContent = month(now.month, true) + ' is still in progress (today is ' + day(today) + ', '
          + plural(left, 'day') + ' left, today included): its figures so far say “on track” or “behind”, '
          + 'never “below the minimum”.';
      notice.hidden = false;
    } else {
      notice.hidden = true;
    }
  }

  function standingCounts(report) {
    const counts = { MET: 0, ON_TRACK: 0, BEHIND: 0, BELOW_MINIMUM: 0 };
    for (const s of report.specialists) if (s.standing) counts[s.standing] += 1;
    return counts;
  }

  function drawCards(report) {
    const c = report.cycles;
    el('card-cycles').textContent = c.completed ? pct(c.onTimePercent) : '—';
    el('card-cycles-note').textContent = (c.completed ? c.onTime + ' of ' + plural(c.completed, 'completed cycle')
        : 'No cycle completed in this period') + ' · ' + c.openPastDue + ' still open past due';
    const counts = standingCounts(report);
    el('card-minimum').textContent = report.specialists.length
      ? (counts.MET + counts.ON_TRACK) + ' of ' + report.specialists.length : '—';
    el('card-minimum-note').textContent = report.specialists.length
      ? counts.MET + ' met · ' + counts.ON_TRACK + ' on track · ' + counts.BEHIND + ' behind · '
        + counts.BELOW_MINIMUM + ' below the minimum'
      : 'No specialist supervised in this period';
    if (counts.BEHIND + counts.BELOW_MINIMUM > 0) el('card-minimum-note').classList.add('signal');
    const r = report.reflectionDeadlines;
    el('card-reflections').textContent = num(r.overdue);
    el('card-reflections-note').textContent = r.doneLate + ' done late · ' + r.openOverdue + ' still open · '
        + r.due + ' due in the period';
    const k = report.crisis;
    el('card-crisis').textContent = num(k.raised);
    el('card-crisis-note').textContent = k.acknowledgedInTime + ' acknowledged in time · '
        + k.escalatedToProgramLeads + ' escalated to program leads';
    const f = report.referrals;
    el('card-referrals').textContent = num(f.lostToFollowUp);
    el('card-referrals-note').textContent = plural(f.total, 'referral') + ' made · ' + (f.byOutcome.CONNECTED || 0)
        + ' connected';
    const signals = report.roleDrift.filter((d) => d.signal).length;
    el('card-drift').textContent = num(signals);
    el('card-drift-note').textContent = plural(report.scopeChecks.total, 'scope check') + ' raised · '
        + plural(report.scopeChecks.overrides, 'supervisor override');
  }

  /** A panel shows its chart, or in words that the period has no data for it. */
  function panel(id, hasData, emptyWords, config, summary) {
    const canvas = el(id);
    const empty = canvas.parentElement.querySelector('.empty');
    if (charts[id]) { charts[id].destroy(); delete charts[id]; }
    if (!hasData) {
      canvas.hidden = true;
      empty.textContent = 'No data for this period: ' + emptyWords;
      empty.hidden = false;
      return;
    }
    canvas.hidden = false;
    empty.hidden = true;
    canvas.setAttribute('aria-label', summary);
    charts[id] = new Chart(canvas, config);
  }

  const sum = (values) => values.reduce((a, b) => a + (b || 0), 0);

  function drawCharts(viewer, report, trend) {
    const months = trend.months;
    const finished = months.map((m) => (m.inProgress || !m.specialists) ? null : m.percent);
    const current = months.map((m) => (m.inProgress && m.specialists)
      ? Math.round(100 * (m.meetingMinimum + m.onTrack) / m.specialists) : null);
    panel('chart-trend', months.some((m) => m.specialists > 0), 'no specialist was supervised in these twelve months.', {
      type: 'line',
      data: {
        labels: months.map((m) => month(m.month) + (m.inProgress ? ' (so far)' : '')),
        datasets: [
          { label: 'Met the minimum (finished months, %)', data: finished, borderColor: '#2f6f9f',
            backgroundColor: 'rgba(47,111,159,.15)', fill: true, spanGaps: true, tension: .2 },
          { label: 'Met or on track (month in progress, %)', data: current, borderColor: '#7a4d00',
            backgroundColor: '#7a4d00', pointStyle: 'rectRot', pointRadius: 7, showLine: false }
        ]
      },
      options: { maintainAspectRatio: false, animation: false,
        scales: { y: { min: 0, max: 100, ticks: { stepSize: 20, callback: (v) => v + '%' } } } }
    }, months.filter((m) => m.specialists).map((m) => month(m.month, true) + ': ' + (m.inProgress
      ? (m.meetingMinimum + m.onTrack) + ' of ' + m.specialists + ' met or on track so far'
      : m.meetingMinimum + ' of ' + m.specialists + ' met the minimum')).join('; '));

    const bySupervisor = report.cyclesBySupervisor;
    const supervisorCounts = bySupervisor.map((s) => s.completed + s.openPastDue + s.overdueReflections);
    panel('chart-supervisors', sum(supervisorCounts) > 0, 'no supervision cycle was completed or overdue, and no reflection was overdue.', {
      type: 'bar',
      data: {
        labels: bySupervisor.map((s) => s.supervisorName),
        datasets: [
          { label: 'Completed on time', data: bySupervisor.map((s) => s.onTime), backgroundColor: '#2f6f9f', stack: 'cycles' },
          { label: 'Completed late', data: bySupervisor.map((s) => s.late), backgroundColor: '#e3a008', stack: 'cycles' },
          { label: 'Still open past due', data: bySupervisor.map((s) => s.openPastDue), backgroundColor: '#b44d12', stack: 'cycles' },
          { label: 'Overdue reflections', data: bySupervisor.map((s) => s.overdueReflections), backgroundColor: '#9aa5b1', stack: 'reflections' }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: COUNT_TICKS,
          title: { display: true, text: 'Number of cycles or reflections' } } },
        onClick: (event, elements) => {
          if (!elements.length || !viewer.programWide) return;
          window.location.assign(teamLink(bySupervisor[elements[0].index]).href);
        }
      }
    }, bySupervisor.map((s) => s.supervisorName + ': ' + s.onTime + ' on time, ' + s.late + ' late, ' + s.openPastDue
      + ' open past due, ' + s.overdueReflections + ' overdue reflections').join('; '));
    const drill = el('drill');
    drill.replaceChildren();
    if (viewer.programWide && !report.supervisorId && bySupervisor.length) {
      drill.append('See one team: ');
      bySupervisor.forEach((s, i) => { if (i) drill.append(' · '); drill.append(teamLink(s)); });
      drill.hidden = false;
    } else {
      drill.hidden = true;
    }

    const outcomes = Object.entries(report.referrals.byOutcome);
    panel('chart-referrals', report.referrals.total > 0, 'no referral to licensed care was made.', {
      type: 'doughnut',
      data: { labels: outcomes.map(([code]) => word('referralOutcome', code)), datasets: [{ data: outcomes.map(([, n]) => n),
        backgroundColor: ['#2f6f9f', '#9aa5b1', '#b44d12', '#e3a008', '#52606d'] }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } }
    }, outcomes.map(([code, n]) => word('referralOutcome', code) + ': ' + n).join('; '));

    const scope = Object.entries(report.scopeChecks.byTableOutcome);
    panel('chart-scope', report.scopeChecks.total > 0, 'no scope check was raised.', {
      type: 'bar',
      data: { labels: scope.map(([code]) => word('tableOutcome', code)),
        datasets: [{ label: 'Scope checks raised', data: scope.map(([, n]) => n), backgroundColor: '#52606d' }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: COUNT_TICKS, title: { display: true, text: 'Number of scope checks' } } } }
    }, scope.map(([code, n]) => word('tableOutcome', code) + ': ' + n).join('; '));
  }

  const counts = (vocabulary, map) => Object.entries(map).map(([key, n]) => word(vocabulary, key) + ': ' + n)
      .join(' · ') || 'none';

  function standingCell(row, s) {
    const td = cell(row, '', 'standing-cell');
    const content = document.createElement('span');
    content.textContent = word('standing', s.standing);
    const p = s.monthInProgress;
    if (p && p.standing !== 'MET') {
      const detail = document.createElement('span');
      detail.className = 'detail';
      detail.textContent = month(p.month) + ': ' + plural(p.sessionsStillNeeded, 'session') + ' still needed, '
          + p.sessionsStillPossible + ' possible in ' + plural(p.daysLeft, 'day') + ' left';
      content.append(' ', detail);
    }
    td.append(content);
    if (s.standing === 'BEHIND' || s.standing === 'BELOW_MINIMUM') row.className = 'attention';
    td.classList.add('standing-' + s.standing);
  }

  function drawTables(viewer, report, actions) {
    const minimum = (m) => m.sessionsPerMonth + ' sessions and ' + m.minutesPerMonth + ' minutes a month';
    el('minimum').textContent = minimum(report.minimum);
    el('stage-minimums').textContent = Object.entries(report.stageMinimums)
        .map(([stage, m]) => word('stage', stage).toLowerCase() + ': ' + minimum(m)).join('; ');
    fill('specialists', report.specialists, (row, s) => {
      cell(row, s.specialistName);
      cell(row, s.supervisorName);
      cell(row, s.sessions);
      cell(row, s.minutes);
      cell(row, s.minimum.sessionsPerMonth + ' sessions, ' + s.minimum.minutesPerMonth + ' min'
          + (s.stage ? ' (' + word('stage', s.stage).toLowerCase() + ')' : ' (the program\'s)'));
      standingCell(row, s);
      const finished = s.months - (s.monthInProgress ? 1 : 0);
      cell(row, finished > 0 ? s.monthsMeetingMinimum + ' of ' + plural(finished, 'finished month')
        : 'No finished month yet');
      cell(row, s.overdueReflections, s.overdueReflections ? 'signal' : null);
    }, 'No specialist was supervised in this period.');
    fill('supervisors', report.cyclesBySupervisor, (row, s) => {
      const name = cell(row, '');
      if (viewer.programWide && !report.supervisorId) name.append(teamLink(s)); else name.textContent = s.supervisorName;
      cell(row, s.completed);
      cell(row, s.onTime);
      cell(row, s.late);
      cell(row, s.openPastDue, s.openPastDue ? 'signal' : null);
      cell(row, s.overdueReflections, s.overdueReflections ? 'signal' : null);
    }, 'No supervision cycle was completed or overdue in this period.');
    fill('actions', actions, (row, a) => {
      cell(row, a.supervisorName);
      cell(row, a.action);
      cell(row, day(a.dueDate) + (a.overdue ? ' (past due)' : ''), a.overdue ? 'signal' : null);
      cell(row, word('findingCategory', a.category) + ': ' + a.finding);
      cell(row, periodWords(a.periodFrom, a.periodTo));
    }, 'No open follow-up actions.');
    fill('drift', report.roleDrift, (row, d) => {
      cell(row, d.specialistName);
      cell(row, d.scopeChecks);
      cell(row, d.referOrConsult);
      cell(row, Math.round(d.share * 100) + '%');
      cell(row, d.overridesToWithinScope);
      cell(row, d.signal ? 'Worth talking through in supervision' : 'No signal', d.signal ? 'signal' : null);
    }, 'No scope checks in this period.');
    fill('overrides', report.overrides, (row, o) => {
      cell(row, dayOfInstant(o.overriddenAt));
      cell(row, o.supervisorName);
      cell(row, word('tableOutcome', o.tableOutcome));
      cell(row, word('tableOutcome', o.overriddenTo));
      cell(row, o.reason);
    }, 'No overrides in this period.');
    const k = report.crisis;
    const f = report.referrals;
    const r = report.reflections;
    const details = [
      ['Crisis scope checks raised', k.raised],
      ['Acknowledged by the supervisor', k.acknowledged + ' (in time: ' + k.acknowledgedInTime + ')'],
      ['Minutes to acknowledgment, average / longest', num(k.averageMinutesToAcknowledge) + ' / ' + num(k.maximumMinutesToAcknowledge)],
      ['Crises escalated to program leads (not acknowledged in time)', k.escalatedToProgramLeads],
      ['Referrals to licensed care made', f.total],
      ['Consent given / refused / not yet recorded', f.consentGiven + ' / ' + f.consentRefused + ' / ' + f.consentPending],
      ['Warm handoffs, and average hours from referral', f.handedOff + ', ' + num(f.averageHoursToHandoff)],
      ['Referral outcomes', counts('referralOutcome', f.byOutcome)],
      ['Scope checks by final outcome', counts('finalOutcome', report.scopeChecks.byFinalOutcome)],
      ['Disclosure and boundary reflections submitted', r.total + ' · reviewed ' + r.reviewed + ' (late: ' + r.reviewedLate
        + ') · reviews overdue ' + r.reviewsOverdue],
      ['Hours from reflection to review, average / longest', num(r.averageHoursToReview) + ' / ' + num(r.maximumHoursToReview)],
      ['Reflections by situation', counts('situationType', r.byType)],
      ['Reflections by risk', counts('risk', r.byRisk)],
      ['Reflections by review outcome', counts('reviewOutcome', r.byReviewOutcome)]
    ];
    fill('details', details, (row, [label, value]) => {
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.appendChild(th);
      cell(row, value);
    }, '');
  }

  function trendWindow(report) {
    const end = new Date(report.to + 'T00:00:00');
    const start = new Date(end.getFullYear(), end.getMonth() - 11, 1);
    const pad = (n) => String(n).padStart(2, '0');
    return { month: null, quarter: null, from: start.getFullYear() + '-' + pad(start.getMonth() + 1) + '-01', to: report.to };
  }

  async function load() {
    try {
      const [viewer, vocabulary, report] = await Promise.all([getJson('/dashboard/viewer.json'),
        getJson('/dashboard/words.json'), getJson('/dashboard/report.json?' + query())]);
      words = vocabulary;
      setupControls(viewer, report);
      const [trend, actions] = await Promise.all([
        getJson('/dashboard/report.json?' + query(trendWindow(report))),
        getJson('/dashboard/follow-up-actions.json?' + query({ month: null, quarter: null, from: null, to: null }))
      ]);
      drawHeader(viewer, report);
      el('csv').href = '/dashboard/report.csv?' + query();
      drawCards(report);
      drawTables(viewer, report, actions);
      drawCharts(viewer, report, trend);
      document.body.dataset.ready = 'true';
    } catch (e) {
      el('status').textContent = 'The figures could not be loaded.';
      el('error').hidden = false;
      el('error').textContent = 'The figures could not be loaded: ' + e.message;
      document.body.dataset.ready = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', load);
}());
