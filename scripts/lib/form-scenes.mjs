// The README's pictures of the desk forms (issue 17), made by `npm run screenshots -- --forms`
// in each of the three locales: a demo page is opened, the clerk's steps are replayed (open
// the form, choose, press submit with a field missing), and the element concerned is
// photographed. `steps` runs IN THE PAGE (puppeteer serialises it): self-contained, no
// imports; it returns the element to photograph, or throws saying what it did not find.

/** Waits in the page until `find()` returns something (or 10 s pass). Serialised into the steps below. */
const WAIT_SOURCE = `async function waitFor(find, what) {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not found: ' + what);
}
/** Opens application n of the approval page's list (as its 办理 link does) and waits for its check to settle. */
async function openApplication(n) {
  const caseNumber = 'XK-' + new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 4) + '-' + String(n).padStart(4, '0');
  const check = document.querySelector('#check');
  if (check.getAttribute('case-number') !== caseNumber) location.hash = caseNumber;
  await waitFor(() => check.getAttribute('case-number') === caseNumber && check.hasAttribute('outcome') && !check.hasAttribute('loading'), 'application ' + caseNumber + ' checked');
  await check.updateComplete;
  return check;
}`;

/** The approval page's panel has its first decision (runs in the page). */
function approvalPanelSettled() {
  const check = document.querySelector('#check');
  return !!check && check.hasAttribute('outcome') && !check.hasAttribute('loading');
}

/** @type {{ id: string, path: string, query?: Record<string, string>, ready: () => boolean, steps: string }[]} */
export const FORM_SCENES = [
  {
    // 人工核查 in the gate while the platform is down: a 信用报告 chosen without its number.
    id: 'manual-verification',
    path: '/fault-lab/',
    query: { fault: 'http-503' },
    ready: () => {
      const gate = document.querySelector('.lab-stage credit-gate');
      return !!gate && gate.getAttribute('outcome') === 'unknown' && !gate.hasAttribute('loading');
    },
    steps: `async () => {
      ${WAIT_SOURCE}
      const gate = document.querySelector('.lab-stage credit-gate');
      (await waitFor(() => gate.shadowRoot.querySelector('button.manual-verification'), 'the gate\\'s 记录人工核查 button')).click();
      const form = await waitFor(() => gate.shadowRoot.querySelector('credit-manual-verification'), 'the 人工核查 form');
      await form.updateComplete;
      const root = form.shadowRoot;
      const source = root.querySelector('#mv-source');
      source.value = 'credit-report';
      source.dispatchEvent(new Event('change', { bubbles: true }));
      await form.updateComplete;
      root.querySelector('button.submit').click();
      await waitFor(() => root.querySelector('.error'), 'an error at a field');
      return gate;
    }`,
  },
  {
    // 异议 on a record behind a measure: raised by the applicant, contact left empty.
    id: 'objection',
    path: '/approval/',
    ready: approvalPanelSettled,
    steps: `async () => {
      ${WAIT_SOURCE}
      // 605: a black-listed applicant, its records behind the strict-review measure.
      const root = (await openApplication(605)).shadowRoot;
      (await waitFor(() => root.querySelector('[part~="measure"] button.disclosure[aria-expanded="false"]'), 'a measure card\\'s disclosure')).click();
      const objection = await waitFor(() => root.querySelector('[part~="measure"] credit-objection'), 'the objection of a record behind a measure');
      await objection.updateComplete;
      (await waitFor(() => objection.shadowRoot.querySelector('button.open'), 'the 提出异议 button')).click();
      await objection.updateComplete;
      const subject = await waitFor(() => objection.shadowRoot.querySelector('input[name="raised-by"][value="subject"]'), 'the raised-by choice');
      subject.click();
      await objection.updateComplete;
      objection.shadowRoot.querySelector('button.submit').click();
      await waitFor(() => objection.shadowRoot.querySelector('.error'), 'an error at a field');
      return objection.closest('[part~="record"]') || objection.parentElement;
    }`,
  },
  {
    // 落实到人 without an authorisation: the person check is refused before any request, and says why.
    id: 'authorization',
    path: '/approval/',
    ready: approvalPanelSettled,
    steps: `async () => {
      ${WAIT_SOURCE}
      // 605: the black-listing names the company's legal representative.
      const root = (await openApplication(605)).shadowRoot;
      (await waitFor(() => root.querySelector('button.check-person'), 'a responsible person to check')).click();
      const input = await waitFor(() => root.querySelector('form.person-check input'), 'the ID number field');
      // A synthetic resident ID (region 110105, born 1985-03-12) with its check character, made here.
      const body = '110105' + '19850312' + '213';
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = body.split('').reduce((s, c, i) => s + Number(c) * weights[i], 0);
      input.value = body + '10X98765432'[sum % 11];
      input.dispatchEvent(new Event('input', { bubbles: true }));
      root.querySelector('button.submit-person').click();
      const result = await waitFor(() => root.querySelector('.person-result[data-outcome="unknown"]'), 'the refused person check');
      return result.closest('[part~="persons"]') || result;
    }`,
  },
];
