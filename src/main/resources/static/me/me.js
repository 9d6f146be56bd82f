// /me: each person's own record. Codes arrive with their words from the server (...Label); dates are ISO
// dates written here as "8 Dec 2026". Changes carry the session's CSRF token (X-XSRF-TOKEN).
(function () {
  'use strict';

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const $ = (id) => document.getElementById(id);

  /** "2026-12-08" or an instant -> "8 Dec 2026". */
  function day(value) {
    if (!value) return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1];
    const d = new Date(value);
    return isNaN(d) ? '' : d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear();
  }

  function monthName(value) {
    const m = /^(\d{4})-(\d{2})$/.exec(value || '');
    return m ? ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December'][Number(m[2]) - 1] + ' ' + m[1] : '';
  }

  function hours(n) {
    if (n === null || n === undefined) return '';
    const v = Number(n);
    return v + (v === 1 ? ' hour' : ' hours');
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** A description list of [term, value] pairs, leaving out empty values. */
  function facts(pairs) {
    const dl = el('dl');
    for (const [term, value] of pairs) {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
      dl.append(el('dt', {}, term), el('dd', {}, Array.isArray(value) ? el('ul', {}, value.map((v) => el('li', {}, v))) : value));
    }
    return dl;
  }

  function empty(text) {
    return el('p', { class: 'hint' }, text);
  }

  function fill(id, nodes) {
    const target = $(id);
    target.replaceChildren(...[].concat(nodes));
  }

  async function request(path, method, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-XSRF-TOKEN'] = (await window.webappSession.csrfToken()) || '';
    }
    const answer = await fetch(path, { method, credentials: 'same-origin', headers, body: body ? JSON.stringify(body) : undefined });
    const data = await answer.json().catch(() => ({}));
    return { ok: answer.ok, status: answer.status, data };
  }

  // -- the parts of a record ---------------------------------------------------------------------------

  function thisMonth(m) {
    return el('div', { class: 'card' },
      el('h3', {}, monthName(m.month)),
      el('p', {}, el('span', { class: 'standing ' + m.standing }, m.standingLabel)),
      facts([
        ['Your stage', m.stageLabel],
        ['What it asks for', m.requiredSessions + ' signed sessions and ' + m.requiredMinutes + ' minutes a month'],
        ['Signed so far', m.sessions + (m.sessions === 1 ? ' session, ' : ' sessions, ') + m.minutes + ' minutes'],
      ]),
      el('p', { class: 'hint' }, m.explanation));
  }

  function session(s) {
    return el('article', { class: 'card' },
      el('h3', {}, 'Session on ' + day(s.sessionDate)),
      facts([
        ['Length', s.durationMinutes + ' minutes'],
        ['Format', s.formatLabel],
        ['Topics', s.topicLabels],
        ['Competencies discussed', s.competencyLabels],
        ['Action items', s.actionItems.map((a) => a.what + ' (' + a.ownerLabel + (a.dueDate ? ', by ' + day(a.dueDate) : '') + ')')],
        ['Notes', s.sessionNotes],
        ['Signed on', day(s.signedAt)],
      ]));
  }

  function reflection(r) {
    const card = el('article', { class: 'card' },
      el('h3', {}, r.situationLabel + ' on ' + day(r.situationDate) + (r.peerCode ? ' with ' + r.peerCode : '')),
      facts([
        ['What happened', r.whatHappened],
        ['Why I shared', r.purposeLabel],
        ['Whose needs it served', r.needsServedLabel],
        ['Would I do it again', r.wouldDoAgainLabel],
        ['What I would do differently', r.doDifferently],
        ['What I wanted from supervision', r.wantFromSupervision],
        ['Risk', r.riskLabel],
        ['Sent on', day(r.submittedAt)],
      ]));
    if (r.reviewedAt) {
      card.append(el('div', { class: 'feedback' },
        el('h3', {}, 'Supervisor\'s feedback, ' + day(r.reviewedAt)),
        facts([['Outcome', r.reviewLabel], ['Feedback', r.feedback], ['Coaching note', r.coachingNote]])));
    } else {
      card.append(el('p', { class: 'hint' }, 'Waiting for your supervisor\'s feedback.'));
    }
    if (r.supportPlan) {
      const p = r.supportPlan;
      card.append(el('div', { class: 'feedback' },
        el('h3', {}, 'Support plan'),
        facts([['Plan', p.plan], ['Review date', day(p.reviewDate)], ['Agreed on', day(p.agreedAt)],
          ['My comment', p.yourComment], ['At the review', p.followUpLabel], ['Review note', p.followUpNote]])));
    }
    return card;
  }

  function workHours(h) {
    const nodes = [el('p', {}, 'Signed off in total: ' + hours(h.signedHoursTotal)
      + (h.requiredHours ? ' of ' + hours(h.requiredHours) + ' for your initial certification'
        + (h.targetMet ? ' (reached).' : ', ' + hours(h.remainingHours) + ' to go.') : '.'))];
    if (!h.entries.length) nodes.push(empty('No work hours yet. Log them in Tasklist: Start process, "Supervised work hours sign-off".'));
    for (const e of h.entries) {
      nodes.push(el('div', { class: 'card' }, el('h3', {}, day(e.workedOn) + ': ' + hours(e.hours)),
        facts([['Activity', e.activityLabel], ['Status', e.statusLabel], ['Note', e.note], ['Why it came back', e.returnReason]])));
    }
    return nodes;
  }

  function certifications(list) {
    if (!list.length) return [empty('No certification recorded yet.')];
    return list.map((c) => el('div', { class: 'card' }, el('h3', {}, c.credentialName),
      facts([['Issuing body', c.issuingBody], ['Number', c.credentialNumber], ['Stage', c.stageLabel],
        ['Issued on', day(c.issuedOn)], ['Expires on', day(c.expiresOn)], ['Status', c.statusLabel],
        ['Checked by a program lead', c.verified ? 'Yes' : 'Not yet']])));
  }

  function education(list) {
    if (!list.length) return [empty('No training or continuing education recorded yet.')];
    return list.map((e) => el('div', { class: 'card education' }, el('h3', {}, e.topic),
      facts([['Kind', e.kindLabel], ['Provider', e.provider], ['Completed on', day(e.completedOn)],
        ['Hours', hours(e.hours) + (e.ethics ? ' (ethics)' : '')], ['Checked by a program lead', e.verified ? 'Yes' : 'Not yet']])));
  }

  function renewal(r) {
    if (!r) return [];
    return [el('p', {}, 'For your renewal (' + day(r.periodFrom) + ' to ' + day(r.periodTo) + '): '
      + hours(r.continuingEducationHours) + ' of ' + hours(r.requiredContinuingEducationHours) + ' continuing education, '
      + hours(r.ethicsHours) + ' of ' + hours(r.requiredEthicsHours) + ' ethics'
      + (r.requirementsMet ? ': done.' : '.'))];
  }

  function objectives(list) {
    if (!list.length) return [empty('No development objective yet.')];
    return list.map((o) => el('div', { class: 'card' }, el('h3', {}, o.what),
      facts([['Competency', o.competencyLabel], ['How it is measured', o.measure], ['Target', o.target],
        ['Due by', day(o.dueOn)], ['How it is reviewed', o.howReviewed], ['Support or resources', o.mechanism],
        ['Status', o.statusLabel], ['Latest progress', o.lastProgress]])));
  }

  /** The parts of a record a supervisor also sees (never wellness), into the element with this id prefix. */
  function sharedRecord(r, into) {
    const part = (title, nodes) => el('section', {}, el('h3', {}, title), nodes);
    into.replaceChildren(
      el('h2', {}, r.name + '\'s record'),
      el('p', { class: 'hint' }, 'What you see as ' + r.name + '\'s supervisor; their wellness answers and plans are left out.'),
      part('This month', thisMonth(r.thisMonth)),
      part('Signed session records', r.sessions.length ? r.sessions.map(session) : empty('No signed session record in the last 12 months.')),
      part('Reflections', r.reflections.length ? r.reflections.map(reflection) : empty('No reflection yet.')),
      part('Supervised work hours', workHours(r.workHours)),
      part('Certifications', certifications(r.certifications)),
      part('Training and continuing education', [...renewal(r.renewal), ...education(r.education)]),
      part('Development objectives', objectives(r.objectives)));
  }

  function options(select, choices, placeholder) {
    select.replaceChildren(el('option', { value: '' }, placeholder), ...choices.map((c) => el('option', { value: c.value }, c.label)));
  }

  // -- showing the record ------------------------------------------------------------------------------

  function showSpecialist(own, choices) {
    const r = own.record;
    $('specialist').hidden = false;
    fill('month', thisMonth(r.thisMonth));
    fill('sessions', r.sessions.length ? r.sessions.map(session)
      : empty('No signed session record in the last 12 months yet. Your supervisor records a session; you sign it in Tasklist.'));
    fill('reflections', r.reflections.length ? r.reflections.map(reflection)
      : empty('No disclosure or boundary reflection yet. Start one in Tasklist: Start process, "Disclosure and boundary reflection".'));
    fill('wellness', own.wellnessPlans.length ? own.wellnessPlans.map((w) => el('div', { class: 'card' },
      el('h3', {}, 'Wellness plan' + (w.reviewDate ? ', review on ' + day(w.reviewDate) : '')),
      facts([['Plan', w.plan], ['I confirmed it on', w.confirmedAt ? day(w.confirmedAt) : 'Not yet confirmed'], ['My comment', w.yourComment]])))
      : empty('No wellness plan.'));
    fill('hours', workHours(r.workHours));
    fill('certifications', certifications(r.certifications));
    fill('renewal', renewal(r.renewal));
    fill('education', education(r.education));
    fill('objectives', objectives(r.objectives));
    if (choices) {
      keepChoice($('c-stage'), () => options($('c-stage'), choices.certificationStages, 'Choose the stage'));
      keepChoice($('e-kind'), () => options($('e-kind'), choices.educationKinds, 'Choose the kind'));
      keepChoice($('o-competency'), () => options($('o-competency'), choices.competencies, 'Choose a competency'));
    }
    const revocable = own.revocableReferrals;
    $('no-referrals').hidden = revocable.length > 0;
    $('form-consent').hidden = revocable.length === 0;
    keepChoice($('r-referral'), () => options($('r-referral'), revocable.map((x) => ({ value: String(x.id),
      label: x.peerCode + ', referred on ' + day(x.referredAt) })), 'Choose the peer'));
  }

  function keepChoice(select, refill) {
    const chosen = select.value;
    refill();
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }

  function showSupervisor(s) {
    $('supervisor').hidden = false;
    fill('caseload', el('div', { class: 'card' }, el('p', {}, 'You supervise ' + s.caseload + (s.caseload === 1 ? ' person' : ' people')
      + ' of at most ' + s.maximumCaseload + '.'), s.overCapacity ? el('p', { class: 'error' }, 'That is more than the program allows: talk with your program lead.') : null));
    fill('training', [el('div', { class: 'card' }, facts([
      ['Last trained on', s.lastTrainedOn ? day(s.lastTrainedOn) : 'No training recorded'],
      ['Refresher due by', s.refresherDueOn ? day(s.refresherDueOn) : 'Record your training first'],
    ]), !s.lastTrainedOn ? el('p', { class: 'error' }, 'No peer-supervisor training is recorded for you yet.')
      : s.trainingLapsed ? el('p', { class: 'error' }, 'Your refresher was due by ' + day(s.refresherDueOn) + ': book one.') : null),
    ...s.trainings.map((t) => el('div', { class: 'card' }, el('h3', {}, t.kindLabel + ', ' + day(t.completedOn)),
      facts([['Provider', t.provider], ['Hours', hours(t.hours)], ['Checked by a program lead', t.verified ? 'Yes' : 'Not yet']])))]);
    fill('team', s.team.length ? el('ul', { class: 'team' }, s.team.map((m) => el('li', { class: 'card' },
      el('h3', {}, m.name),
      el('p', {}, 'This month: ', el('span', { class: 'standing ' + m.thisMonth.standing }, m.thisMonth.standingLabel),
        ' (' + m.thisMonth.sessions + ' of ' + m.thisMonth.requiredSessions + ' sessions, ' + m.thisMonth.minutes + ' of '
        + m.thisMonth.requiredMinutes + ' minutes)'),
      teamButton(m))))
      : empty('Nobody is assigned to you yet.'));
  }

  function teamButton(member) {
    const button = el('button', { type: 'button', class: 'link' }, 'Open ' + member.name + '\'s record');
    button.addEventListener('click', async () => {
      const answer = await request('/me/team/' + encodeURIComponent(member.specialistId) + '/record.json', 'GET');
      const into = $('member');
      if (!answer.ok) {
        into.replaceChildren(el('p', { class: 'error', role: 'alert' }, answer.data.detail || 'The record could not be opened.'));
        return;
      }
      sharedRecord(answer.data, into);
      into.focus();
    });
    return button;
  }

  async function load() {
    const answer = await request('/me/record.json', 'GET');
    $('status').hidden = true;
    if (!answer.ok) {
      $('error').textContent = answer.data.detail || 'Your record could not be loaded. Reload the page.';
      $('error').hidden = false;
      return;
    }
    const me = answer.data;
    $('who').textContent = 'Signed in as ' + me.who.name;
    $('link-dashboard').hidden = !me.links.dashboard;
    $('link-roster').hidden = !me.links.roster;
    $('lead-roster').hidden = !me.links.roster;
    if (me.own) showSpecialist(me.own, me.choices);
    if (me.supervisor) showSupervisor(me.supervisor);
    $('lead').hidden = !(me.who.programLeadOrAdmin && !me.own && !me.supervisor);
  }

  // -- the forms -----------------------------------------------------------------------------------------

  function wire(formId, path) {
    const form = $(formId);
    const message = form.querySelector('.message');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = {};
      for (const field of form.elements) {
        if (!field.name) continue;
        body[field.name] = field.type === 'checkbox' ? field.checked : field.value;
        field.removeAttribute('aria-invalid');
      }
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const answer = await request(path, 'POST', body);
        message.hidden = false;
        if (answer.ok) {
          message.className = 'message good';
          message.textContent = answer.data.message || 'Saved.';
          form.reset();
          await load();
        } else {
          message.className = 'message bad';
          const problems = answer.data.errors || [];
          for (const p of problems) {
            const field = form.elements[p.field];
            if (field && field.setAttribute) field.setAttribute('aria-invalid', 'true');
          }
          message.textContent = problems.length
            ? 'Not saved. Please correct: ' + problems.map((p) => (p.label || p.field) + ': ' + p.message).join('; ') + '.'
            : (answer.data.detail || 'Not saved: please try again.');
          const first = problems.map((p) => form.elements[p.field]).find((f) => f && f.focus);
          if (first) first.focus();
        }
      } finally {
        button.disabled = false;
      }
    });
  }

  wire('form-certification', '/me/certifications');
  wire('form-education', '/me/education');
  wire('form-objective', '/me/objectives');
  wire('form-consent', '/me/consent-revocations');
  load().catch(() => {
    $('status').hidden = true;
    $('error').textContent = 'Your record could not be loaded. Reload the page.';
    $('error').hidden = false;
  });
})();
