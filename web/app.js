// Galley review page: plain JavaScript over galleyd's JSON gateway (same origin). Views by hash:
// #/queue, #/articles/{id}, #/admin. The token lives in sessionStorage and goes in the
// Authorization header; live updates come from /v1/queue:watch (server-sent events read with
// fetch, so that the header can be sent).
'use strict';

const state = {
  token: sessionStorage.getItem('galley.token') || '',
  me: null,            // {name, role}
  queue: [],           // Tasks of the queue view.
  selectedRow: 0,
  article: null,       // The article view's Article.
  findings: [],        // Its findings, in pair order.
  activeFinding: -1,
  myTask: null,        // The task the editor holds in this article.
  panelTask: null,     // The task the task panel shows (its forms stay open across refreshes).
  leaseMs: new Map(),  // Task name -> its lease's length (the longest remaining time seen).
  lastActivity: Date.now(),
  watch: null,         // AbortController of the live stream.
};

const $ = (id) => document.getElementById(id);
const enc = new TextEncoder();
const dec = new TextDecoder();

// ---- API ----

class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error.message : `HTTP ${status}`);
    this.status = status;
    this.code = body && body.error ? body.error.status : '';
  }
}

async function api(method, path, body) {
  const init = { method, headers: { Authorization: `Bearer ${state.token}` } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  } else if (method === 'POST') {
    init.body = '';
  }
  const res = await fetch(path, init);
  const text = await res.text();
  const json = text ? JSON.parse(text) : {};
  if (!res.ok) {
    if (res.status === 401) signOut('Your token was refused: ' + (json.error ? json.error.message : ''));
    throw new ApiError(res.status, json);
  }
  return json;
}

function say(message) {
  console.info(`galley: ${message}`);
  $('status').textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { $('status').textContent = ''; }, 4000);
}

// ---- Text helpers ----

// Byte offsets (UTF-8, as the API gives them) -> string indexes of `text`.
function byteToIndex(text, byteOffset) {
  const bytes = enc.encode(text);
  return dec.decode(bytes.slice(0, Math.max(0, Math.min(byteOffset, bytes.length)))).length;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const SEVERITY = { SEVERITY_MINOR: 'minor', SEVERITY_MAJOR: 'major', SEVERITY_CRITICAL: 'critical' };
const severityWord = (s) => SEVERITY[s] || 'info';
const idOf = (name) => name.split('/')[1];

function leaseText(task) {
  const left = Number(task.lease_expire_time_ms) - Date.now();
  if (left <= 0) return 'expired';
  const m = Math.floor(left / 60000);
  const s = Math.floor((left % 60000) / 1000);
  return `${m}:${String(s).padStart(2, '0')}`;
}

// Word-level diff of two English texts: [{op: '=', '-', '+', text}]. LCS over words; articles'
// pairs are short, so quadratic is fine.
function diffWords(a, b) {
  const x = a.split(/(\s+)/), y = b.split(/(\s+)/);
  const n = x.length, m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { out.push({ op: '=', text: x[i] }); i++; j++; }
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) { out.push({ op: '-', text: x[i] }); i++; }
    else { out.push({ op: '+', text: y[j] }); j++; }
  }
  return out;
}

function renderDiff(container, before, after) {
  container.replaceChildren();
  for (const part of diffWords(before, after)) {
    if (part.op === '=') container.append(part.text);
    else container.append(el(part.op === '+' ? 'ins' : 'del', { text: part.text }));
  }
}

// ---- Views ----

function show(view) {
  for (const v of ['sign-in', 'queue', 'article', 'admin']) $(`view-${v}`).hidden = v !== view;
  document.title = { 'sign-in': 'Sign in', queue: 'Review queue', article: 'Article', admin: 'Administration' }[view] + ' · Galley';
}

async function route() {
  if (!state.token) { showSignIn(); return; }
  if (!state.me) {
    try { state.me = await api('GET', '/v1/me'); } catch (e) { return; }
    $('who').textContent = `${state.me.name} (${state.me.role})`;
    $('nav').hidden = false;
    $('sign-out').hidden = false;
    $('nav-admin').hidden = state.me.role !== 'admin';
    startWatch();
  }
  const hash = location.hash || '#/queue';
  const article = hash.match(/^#\/articles\/(\d+)/);
  if (article) await showArticle(article[1]);
  else if (hash.startsWith('#/admin')) await showAdmin();
  else await showQueue();
}

function showSignIn(message) {
  show('sign-in');
  $('sign-in-error').textContent = message || '';
  $('token').focus();
}

function signOut(message) {
  sessionStorage.removeItem('galley.token');
  state.token = '';
  state.me = null;
  if (state.watch) state.watch.abort();
  $('nav').hidden = true;
  $('sign-out').hidden = true;
  $('live').hidden = true;
  $('who').textContent = '';
  showSignIn(message);
}

async function showQueue() {
  show('queue');
  const form = new FormData($('queue-filters'));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (v) params.set(k, v);
  const load = ++loads;
  let list;
  try {
    list = await api('GET', `/v1/tasks?${params}`);
    if (load !== loads) return;
  } catch (e) {
    if (load !== loads) return;
    say(e.message);
    return;
  }
  state.queue = list.tasks;
  const summary = $('queue-summary');
  summary.replaceChildren(
    el('span', { class: 'chip' }, `${list.total} open`),
    el('span', { class: 'chip' }, `${list.claimed} in review`),
    ...list.by_severity.map((c) => el('span', { class: `chip sev ${c.key}` }, `${c.count} ${severityWord(c.key)}`)),
    ...list.by_code.map((c) => el('span', { class: 'chip' }, `${c.count} ${c.key}`)));
  const body = $('queue-table').tBodies[0];
  body.replaceChildren(...list.tasks.map((t, i) => {
    const holder = t.holder ? `${t.holder} · ${leaseText(t)}` : '—';
    const row = el('tr', { 'data-task': t.name, tabindex: '-1', onclick: () => openTask(t) },
      el('td', {}, el('a', { href: `#/articles/${idOf(t.article)}?task=${idOf(t.name)}` }, t.name)),
      el('td', { class: `sev ${t.severity}` }, severityWord(t.severity)),
      el('td', {}, t.codes.join(', ')),
      el('td', {}, t.desk || '—'),
      el('td', { class: 'holder' }, holder),
      el('td', { class: 'snippet' }, t.target_text || el('span', { class: 'muted' }, '(missing)')));
    if (i === state.selectedRow) row.classList.add('selected');
    return row;
  }));
  $('queue-empty').hidden = list.tasks.length > 0;
}

function openTask(task) {
  location.hash = `#/articles/${idOf(task.article)}?task=${idOf(task.name)}`;
}

async function claimNext() {
  try {
    const task = await api('POST', '/v1/tasks:claimNext', {});
    say(`Claimed ${task.name}`);
    openTask(task);
  } catch (e) {
    say(e.code === 'NOT_FOUND' ? 'Nothing left to claim.' : e.message);
  }
}

// Loads can overlap (a live refresh while the editor claims): only the newest one renders.
let loads = 0;

async function showArticle(id) {
  show('article');
  if (!state.article || idOf(state.article.name) !== id) {
    // Another article: nothing of the previous one stays on screen while this one loads.
    state.article = null;
    state.myTask = null;
    $('pairs').replaceChildren();
    $('findings').replaceChildren();
    renderTaskPanel();
  }
  const load = ++loads;
  let article;
  try {
    article = await api('GET', `/v1/articles/${id}`);
    if (load !== loads) return;
  } catch (e) {
    if (load !== loads) return;
    $('article-title').textContent = `articles/${id}`;
    $('pairs').replaceChildren(el('p', { class: 'error' }, e.message));
    return;
  }
  const previous = state.article && state.article.name === article.name ? state.activeFinding : -1;
  state.article = article;
  const report = article.report;
  state.findings = report.findings.slice().sort((a, b) => a.pair_index - b.pair_index);
  state.myTask = article.tasks.find((t) => t.state === 'TASK_STATE_CLAIMED' && t.holder === state.me.name) || null;

  $('article-title').textContent = article.external_id ? `${article.name} · ${article.external_id}` : article.name;
  const stateWord = article.state.replace('ARTICLE_STATE_', '').replace('_', ' ').toLowerCase();
  $('article-state').textContent = stateWord;
  $('article-state').className = `state ${article.state}`;
  $('article-meta').textContent =
    `${article.task_count} task(s), ${article.resolved_task_count} resolved · submitted by ${article.submitter}` +
    (article.desk ? ` · ${article.desk} desk` : '');

  renderPairs(article);
  renderFindings();
  renderTaskPanel();
  const wanted = new URLSearchParams(location.hash.split('?')[1] || '').get('task');
  let focus = previous;
  if (focus < 0 && (state.myTask || wanted)) {
    const task = state.myTask || article.tasks.find((t) => idOf(t.name) === wanted);
    if (task) focus = state.findings.findIndex((f) => f.pair_index === task.pair_index);
  }
  if (focus >= 0) activateFinding(focus, false);
}

// The text of segments [indexes] with the spans of `findings` highlighted: one <mark> per span,
// its title the finding's message.
function segmentNodes(segments, indexes, findings, side, lang) {
  const nodes = [];
  for (const i of indexes) {
    const seg = segments[i];
    const marks = [];
    findings.forEach((f) => {
      for (const span of (side === 'source' ? f.source_spans : f.target_spans)) {
        if (span.end <= seg.begin || span.begin >= seg.end) continue;
        marks.push({
          from: byteToIndex(seg.text, Math.max(span.begin, seg.begin) - seg.begin),
          to: byteToIndex(seg.text, Math.min(span.end, seg.end) - seg.begin),
          finding: state.findings.indexOf(f), message: `${f.code}: ${f.message}`,
        });
      }
    });
    marks.sort((a, b) => a.from - b.from);
    const span = el('span', { lang });
    let at = 0;
    for (const m of marks) {
      if (m.from < at) continue;  // Overlapping spans: the first one wins.
      span.append(seg.text.slice(at, m.from));
      span.append(el('mark', { 'data-finding': m.finding, title: m.message }, seg.text.slice(m.from, m.to)));
      at = m.to;
    }
    span.append(seg.text.slice(at));
    nodes.push(span, ' ');
  }
  return nodes;
}

function renderPairs(article) {
  const report = article.report;
  const taskOfPair = new Map(article.tasks.map((t) => [t.pair_index, t]));
  const container = $('pairs');
  container.replaceChildren(...report.pairs.map((pair, index) => {
    const findings = report.findings.filter((f) => f.pair_index === index);
    const task = taskOfPair.get(index);
    const ko = pair.source_indexes.length
      ? segmentNodes(report.source_segments, pair.source_indexes, findings, 'source', 'ko')
      : [el('span', { class: 'empty' }, '(nothing: added in English)')];
    const en = pair.target_indexes.length
      ? segmentNodes(report.target_segments, pair.target_indexes, findings, 'target', 'en')
      : [el('span', { class: 'empty' }, '(missing in English)')];
    const enCell = el('div', { class: 'en', lang: 'en' }, ...en);
    if (task && task.decision === 'DECISION_CORRECT') {
      const diff = el('span', { class: 'diff' });
      renderDiff(diff, task.target_text, task.corrected_text);
      enCell.append(el('span', { class: 'corrected' }, el('strong', {}, `Corrected by ${task.resolved_by}: `), diff));
    } else if (task && task.state === 'TASK_STATE_RESOLVED') {
      enCell.append(el('span', { class: 'corrected muted' },
        `${task.decision === 'DECISION_ACCEPT' ? 'Accepted' : 'Dismissed'} by ${task.resolved_by}` +
        (task.comment ? `: ${task.comment}` : '')));
    } else if (task && task.holder) {
      enCell.append(el('span', { class: 'corrected muted' }, `In review by ${task.holder}`));
    }
    return el('div', { class: `pair${findings.length ? ' flagged' : ''}`, 'data-pair': index, id: `pair-${index}` },
      el('div', { class: 'ko', lang: 'ko' }, ...ko), enCell);
  }));
}

function renderFindings() {
  $('findings').replaceChildren(...state.findings.map((f, i) => el('li', {
    'data-finding': i, tabindex: '0',
    onclick: () => activateFinding(i, true),
    onkeydown: (e) => { if (e.key === 'Enter') activateFinding(i, true); },
  }, el('span', { class: `sev ${f.severity}` }, severityWord(f.severity)), ` ${f.code} · pair ${f.pair_index + 1}`,
  el('br'), f.message)));
}

function activateFinding(i, scroll) {
  if (i < 0 || i >= state.findings.length) return;
  state.activeFinding = i;
  const f = state.findings[i];
  document.querySelectorAll('.findings li').forEach((li) => li.classList.toggle('active', Number(li.dataset.finding) === i));
  document.querySelectorAll('mark').forEach((m) => m.classList.toggle('active', Number(m.dataset.finding) === i));
  document.querySelectorAll('.pair').forEach((p) => p.classList.toggle('current', Number(p.dataset.pair) === f.pair_index));
  if (scroll) $(`pair-${f.pair_index}`).scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function renderTaskPanel() {
  const task = state.myTask;
  $('task-panel').hidden = !task;
  // A live refresh keeps an open correction or dismissal of the same task as the editor left it.
  if (!task || state.panelTask !== task.name) {
    $('edit-form').hidden = true;
    $('dismiss-form').hidden = true;
  }
  state.panelTask = task ? task.name : null;
  if (!task) return;
  $('task-title').textContent = `Your task: ${task.name}`;
  $('task-what').textContent = `${severityWord(task.severity)} · ${task.codes.join(', ')} · pair ${task.pair_index + 1}`;
  tickLease();
}

function tickLease() {
  const task = state.myTask;
  if (!task || $('view-article').hidden) return;
  $('lease-left').textContent = leaseText(task);
  const left = Number(task.lease_expire_time_ms) - Date.now();
  const length = Math.max(state.leaseMs.get(task.name) || 0, left);
  state.leaseMs.set(task.name, length);
  // Renewed while the editor works: less than a third left and active in the last 2 minutes.
  if (left > 0 && left < length / 3 && Date.now() - state.lastActivity < 120000 && !tickLease.renewing) {
    tickLease.renewing = true;
    api('POST', `/v1/tasks/${idOf(task.name)}:renew`, {})
      .then((t) => { if (state.myTask && state.myTask.name === t.name) state.myTask = t; })
      .catch((e) => say(e.message))
      .finally(() => { tickLease.renewing = false; });
  }
}

async function resolve(decision, extra = {}) {
  const task = state.myTask;
  if (!task) { say('Claim a task first (n).'); return; }
  try {
    await api('POST', `/v1/tasks/${idOf(task.name)}:resolve`, { decision, ...extra });
    say(`${task.name}: ${{ DECISION_ACCEPT: 'accepted', DECISION_CORRECT: 'corrected', DECISION_DISMISS: 'dismissed' }[decision]}`);
    state.myTask = null;
    await showArticle(idOf(state.article.name));
  } catch (e) {
    say(e.message);
    await showArticle(idOf(state.article.name));
  }
}

function startEdit() {
  if (!state.myTask) { say('Claim a task first (n).'); return; }
  $('dismiss-form').hidden = true;
  $('edit-form').hidden = false;
  const text = $('edit-text');
  text.value = state.myTask.target_text;
  renderDiff($('edit-diff'), state.myTask.target_text, text.value);
  text.focus();
}

function startDismiss() {
  if (!state.myTask) { say('Claim a task first (n).'); return; }
  $('edit-form').hidden = true;
  $('dismiss-form').hidden = false;
  $('dismiss-reason').focus();
}

async function release() {
  const task = state.myTask;
  if (!task) return;
  try {
    await api('POST', `/v1/tasks/${idOf(task.name)}:release`, {});
    say(`Released ${task.name}`);
    state.myTask = null;
    renderTaskPanel();
    location.hash = '#/queue';
  } catch (e) {
    say(e.message);
  }
}

async function showAdmin() {
  show('admin');
  $('admin-body').hidden = true;
  $('admin-denied').hidden = true;
  let tokens, suppressions;
  try {
    tokens = await api('GET', '/v1/tokens');
    suppressions = await api('GET', '/v1/suppressions');
  } catch (e) {
    $('admin-denied').hidden = false;
    $('admin-denied').textContent = e.status === 403
      ? `This page is for administrators; you are signed in as ${state.me.name} (${state.me.role}).`
      : e.message;
    return;
  }
  $('admin-body').hidden = false;
  const date = (ms) => (Number(ms) ? new Date(Number(ms)).toISOString().slice(0, 16).replace('T', ' ') : '—');
  $('tokens-table').tBodies[0].replaceChildren(...tokens.tokens.map((t) => el('tr', {},
    el('td', {}, el('code', {}, idOf(t.name))), el('td', {}, t.holder), el('td', {}, t.role),
    el('td', {}, date(t.create_time_ms)), el('td', {}, date(t.revoke_time_ms)),
    el('td', {}, Number(t.revoke_time_ms) ? '' : el('button', {
      type: 'button', class: 'link', 'aria-label': `Revoke ${idOf(t.name)} (${t.holder})`,
      onclick: async () => {
        try { await api('POST', `/v1/tokens/${idOf(t.name)}:revoke`, {}); say(`Revoked ${idOf(t.name)}`); } catch (e) { say(e.message); }
        showAdmin();
      },
    }, 'Revoke')))));
  $('suppressions-table').tBodies[0].replaceChildren(...suppressions.suppressions.map((s) => el('tr', {},
    el('td', {}, el('code', {}, s.fingerprint)), el('td', {}, s.created_by), el('td', {}, s.reason),
    el('td', {}, el('button', {
      type: 'button', class: 'link', 'aria-label': `Forget false alarm ${s.fingerprint}`,
      onclick: async () => {
        try { await api('DELETE', `/v1/suppressions/${s.fingerprint}`); say('Forgotten'); } catch (e) { say(e.message); }
        showAdmin();
      },
    }, 'Forget')))));
}

// ---- Live updates ----

async function startWatch() {
  if (state.watch) state.watch.abort();
  const controller = new AbortController();
  state.watch = controller;
  let after = '';
  for (let attempt = 0; !controller.signal.aborted; attempt++) {
    try {
      const res = await fetch(`/v1/queue:watch${after ? `?after_sequence=${after}` : ''}`, {
        headers: { Authorization: `Bearer ${state.token}` }, signal: controller.signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      $('live').hidden = false;
      attempt = 0;
      const reader = res.body.getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += dec.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          const id = block.split('\n').find((l) => l.startsWith('id: '));
          if (id) after = id.slice(4);
          if (data) onQueueEvent(JSON.parse(data));
        }
      }
    } catch (e) {
      if (controller.signal.aborted) return;
    }
    $('live').hidden = true;
    await new Promise((r) => setTimeout(r, Math.min(10000, 500 * 2 ** attempt)));
  }
}

let refreshTimer = null;
function onQueueEvent(event) {
  // Coalesce bursts (a submission queues several tasks at once).
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    if (!$('view-queue').hidden) showQueue();
    else if (!$('view-article').hidden && state.article && event.article === state.article.name) {
      showArticle(idOf(state.article.name));
    }
  }, 150);
}

// ---- Keyboard ----

document.addEventListener('keydown', (e) => {
  state.lastActivity = Date.now();
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
  if (typing) {
    if (e.key === 'Escape') { $('edit-form').hidden = true; $('dismiss-form').hidden = true; document.activeElement.blur(); }
    return;
  }
  if (!state.me) return;
  const inArticle = !$('view-article').hidden;
  const inQueue = !$('view-queue').hidden;
  const key = e.key;
  if (key === 'n') { e.preventDefault(); claimNext(); }
  else if (inArticle && key === 'j') { e.preventDefault(); activateFinding(Math.min(state.activeFinding + 1, state.findings.length - 1), true); }
  else if (inArticle && key === 'k') { e.preventDefault(); activateFinding(Math.max(state.activeFinding - 1, 0), true); }
  else if (inArticle && key === 'a') { e.preventDefault(); resolve('DECISION_ACCEPT'); }
  else if (inArticle && key === 'e') { e.preventDefault(); startEdit(); }
  else if (inArticle && key === 'd') { e.preventDefault(); startDismiss(); }
  else if (inQueue && (key === 'j' || key === 'k')) {
    e.preventDefault();
    const rows = $('queue-table').tBodies[0].rows;
    if (!rows.length) return;
    state.selectedRow = Math.max(0, Math.min(rows.length - 1, state.selectedRow + (key === 'j' ? 1 : -1)));
    [...rows].forEach((r, i) => r.classList.toggle('selected', i === state.selectedRow));
    rows[state.selectedRow].focus();
  } else if (inQueue && key === 'Enter' && state.queue[state.selectedRow]) {
    openTask(state.queue[state.selectedRow]);
  }
});
document.addEventListener('pointermove', () => { state.lastActivity = Date.now(); }, { passive: true });

// ---- Wiring ----

$('sign-in-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  state.token = $('token').value.trim();
  state.me = null;
  try {
    state.me = await api('GET', '/v1/me');
  } catch (err) {
    state.token = '';
    $('sign-in-error').textContent = err.status === 401 ? 'That token was not accepted.' : err.message;
    return;
  }
  state.me = null;  // route() fills in the header and starts live updates.
  sessionStorage.setItem('galley.token', state.token);
  $('token').value = '';
  if (!location.hash || location.hash === '#/') location.hash = '#/queue';
  route();
});
$('sign-out').addEventListener('click', () => signOut('Signed out.'));
$('claim-next').addEventListener('click', claimNext);
$('queue-filters').addEventListener('change', showQueue);
$('queue-filters').addEventListener('submit', (e) => { e.preventDefault(); showQueue(); });
$('act-accept').addEventListener('click', () => resolve('DECISION_ACCEPT'));
$('act-edit').addEventListener('click', startEdit);
$('act-dismiss').addEventListener('click', startDismiss);
$('act-release').addEventListener('click', release);
$('edit-text').addEventListener('input', () => renderDiff($('edit-diff'), state.myTask.target_text, $('edit-text').value));
$('edit-cancel').addEventListener('click', () => { $('edit-form').hidden = true; });
$('dismiss-cancel').addEventListener('click', () => { $('dismiss-form').hidden = true; });
$('edit-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('edit-text').value.trim();
  if (!text || text === state.myTask.target_text) { say('Change the English first, or Accept it as it is.'); return; }
  resolve('DECISION_CORRECT', { corrected_text: text });
});
$('dismiss-form').addEventListener('submit', (e) => {
  e.preventDefault();
  resolve('DECISION_DISMISS', { comment: $('dismiss-reason').value.trim() });
  $('dismiss-reason').value = '';
});
$('token-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const made = await api('POST', '/v1/tokens', { holder: $('new-holder').value, role: $('new-role').value });
    $('new-secret').hidden = false;
    $('new-secret').textContent = `Token for ${made.token.holder} (${made.token.role}), shown once: ${made.secret}`;
    $('new-holder').value = '';
  } catch (err) {
    say(err.message);
  }
  showAdmin();
});
window.addEventListener('hashchange', route);
setInterval(() => {
  tickLease();
  if (!$('view-queue').hidden) {
    document.querySelectorAll('#queue-table td.holder').forEach((td, i) => {
      const t = state.queue[i];
      if (t && t.holder) td.textContent = `${t.holder} · ${leaseText(t)}`;
    });
  }
}, 1000);
route();
