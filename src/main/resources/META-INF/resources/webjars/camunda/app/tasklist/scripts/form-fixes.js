// peer-supervision: a fix for the Camunda Forms viewer (form-js) bundled in Tasklist 7.24.
//
// form-js records a field's errors at errors[fieldId][index] for fields inside a dynamic list (the
// session record's action items). When such a field becomes valid it deletes errors[fieldId][index] but
// leaves errors[fieldId] behind as an empty array. Tasklist counts the keys of the errors object to
// decide whether *Complete* may be clicked, so after choosing an action item's *Who* or *By when* the
// button stayed grey for good, also after Save and reload (issue #14). This module removes error
// entries that hold no message before anyone reads them; real errors are left exactly as they are.
//
// Tasklist loads it as one of its customScripts (config.js). form-js is not exported to pages, so the
// module finds the viewer's Form class among the webapp's bundled modules once, through webpack's
// documented chunk-loading global, and wraps Form.prototype._setState. If a later Tasklist changes
// shape the fix does nothing, and the browser test that records a session with action items fails.

const CHUNKS = 'webpackChunkcamunda_bpm_webapp';

/** errors without the entries that hold no message; undefined when nothing is left. */
export function withoutEmptyErrors(errors) {
  if (Array.isArray(errors)) {
    if (errors.some((entry) => typeof entry === 'string')) return errors; // a field's messages
    const kept = [];
    let any = false;
    errors.forEach((entry, index) => {
      const cleaned = withoutEmptyErrors(entry);
      if (cleaned !== undefined) { kept[index] = cleaned; any = true; }
    });
    return any ? kept : undefined;
  }
  if (errors && typeof errors === 'object') {
    const kept = {};
    let any = false;
    for (const [key, entry] of Object.entries(errors)) {
      const cleaned = withoutEmptyErrors(entry);
      if (cleaned !== undefined) { kept[key] = cleaned; any = true; }
    }
    return any ? kept : undefined;
  }
  return errors === undefined || errors === null ? undefined : errors;
}

function isFormViewer(candidate) {
  return typeof candidate === 'function' && candidate.prototype
    && typeof candidate.prototype._setState === 'function'
    && typeof candidate.prototype.importSchema === 'function'
    && typeof candidate.prototype.submit === 'function';
}

function formViewerClasses(require) {
  const found = new Set();
  for (const id of Object.keys(require.m)) {
    if (!String(require.m[id]).includes('formFieldInstance.validation.update')) continue;
    const exported = require(id);
    for (const name of Object.keys(exported || {})) {
      let value;
      try { value = exported[name]; } catch (e) { continue; }
      if (isFormViewer(value)) found.add(value);
    }
  }
  return found;
}

function patch(Form) {
  if (Form.prototype.__peerSupervisionErrorsFixed) return;
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) state = { ...state, errors: withoutEmptyErrors(state.errors) || {} };
    return setState.call(this, state);
  };
  Form.prototype.__peerSupervisionErrorsFixed = true;
}

const chunks = (self[CHUNKS] = self[CHUNKS] || []);
chunks.push([['peer-supervision-form-fixes'], {}, (require) => {
  const classes = formViewerClasses(require);
  classes.forEach(patch);
  if (!classes.size) console.warn('peer-supervision: the Camunda Forms viewer was not found; form fix not applied');
}]);

export default [];
