// peer-supervision: Tasklist shows each task's priority in the list as a bare number ("50", "100") that
// nobody is told the meaning of. This module marks each card with what the number means, in words,
// for the product's user styles (styles/user-styles.css) to show: the product's urgent work (a crisis, a
// mandatory report) has priority 100 and is shown as "Urgent", with the card marked; normal work (50)
// shows nothing. The number itself stays in the page for Tasklist, which keeps updating it.

const URGENT = 100;

function mark(priority) {
  const value = Number(priority.textContent.trim());
  if (Number.isNaN(value)) return;
  const urgency = value >= URGENT ? 'urgent' : 'normal';
  if (priority.dataset.urgency !== urgency) {
    priority.dataset.urgency = urgency;
    priority.setAttribute('aria-label', urgency === 'urgent' ? 'Urgent: do this first' : 'Normal priority');
  }
  const card = priority.closest('.task');
  if (card) card.classList.toggle('peer-supervision-urgent', urgency === 'urgent');
}

function markAll() {
  document.querySelectorAll('[cam-tasks] .task .priority').forEach(mark);
}

let pending = false;
new MutationObserver(() => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; markAll(); });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
