// The Yaosu page: two textareas, validated as the user types (debounced), the
// verdict and each diagnostic shown below. The engine runs in worker.js. All
// user-supplied text reaches the page through textContent only.
const DEBOUNCE_MS = 150;
const TIMEOUT_MS = 10000; // a request this slow restarts the worker

const EXAMPLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: '原告 Plaintiff',
  type: 'object',
  properties: {
    name: { type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,4}$' },
    idNumber: { type: 'string', minLength: 18, maxLength: 18 },
    phone: { type: 'string', pattern: '^1[3-9][0-9]{9}$' },
    claimAmount: { type: 'number', exclusiveMinimum: 0 },
  },
  required: ['name', 'idNumber', 'claimAmount'],
  additionalProperties: false,
};
const EXAMPLE_INSTANCE = { name: '张', idNumber: '11010519491231002X', phone: '1380013800', claimAmount: 0 };

const $ = (id) => document.getElementById(id);
const schemaInput = $('schema');
const instanceInput = $('instance');
const formatAssertion = $('format-assertion');
const verdict = $('verdict');
const list = $('diagnostics');

// bilingual(zh, en): a fragment "中文 English", the English marked lang="en".
function bilingual(zh, en) {
  const fragment = document.createDocumentFragment();
  fragment.append(`${zh} `);
  const span = document.createElement('span');
  span.lang = 'en';
  span.textContent = en;
  fragment.append(span);
  return fragment;
}

function setVerdict(kind, zh, en) {
  verdict.className = `verdict ${kind}`;
  verdict.replaceChildren(bilingual(zh, en));
}

function field(dl, zh, en, value) {
  const dt = document.createElement('dt');
  dt.append(bilingual(zh, en));
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
}

function renderDiagnostic(d, source) {
  const li = document.createElement('li');
  const code = document.createElement('span');
  code.className = 'code';
  code.textContent = d.code;
  const severity = document.createElement('span');
  severity.className = 'severity';
  severity.textContent = `${source} · ${d.severity}`;
  li.append(code, severity);
  if (d.message) {
    const message = document.createElement('p');
    message.className = 'message';
    message.append(bilingual(d.message.zh, d.message.en));
    li.append(message);
  }
  const dl = document.createElement('dl');
  field(dl, '实例位置', 'Instance', d.instanceLocation === '' ? '(根 root)' : d.instanceLocation);
  field(dl, '关键字位置', 'Keyword', d.keywordLocation === '' ? '(根 root)' : d.keywordLocation);
  if (d.absoluteKeywordLocation) field(dl, '绝对位置', 'Absolute', d.absoluteKeywordLocation);
  field(dl, '参数', 'Params', JSON.stringify(d.params));
  li.append(dl);
  return li;
}

function render(result) {
  if (result.ok) {
    if (result.valid) setVerdict('valid', '✓ 有效', 'Valid');
    else
      setVerdict('invalid', `✗ 无效（${result.diagnostics.length} 处问题）`, `Invalid (${result.diagnostics.length})`);
  } else if (result.stage === 'instance') {
    setVerdict('error', '实例 JSON 有误', 'The instance is not valid JSON');
  } else if (result.stage === 'options') {
    setVerdict('error', '选项有误', 'Bad options');
  } else {
    setVerdict('error', '模式有误', 'The schema cannot be used');
  }
  const items = [
    ...result.schemaDiagnostics.map((d) => renderDiagnostic(d, '模式 schema')),
    ...result.diagnostics.map((d) => renderDiagnostic(d, result.ok ? '实例 instance' : '实例 JSON')),
  ];
  list.replaceChildren(...items);
}

// The worker, restarted if it stops answering (a pathological schema).
let worker = null;
let ready = false;
let nextId = 1;
let pending = null; // {id, timer}

function startWorker() {
  ready = false;
  worker = new Worker(new URL('./validator_worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.ready) {
      ready = true;
      $('version').textContent = message.version;
      schedule(0);
    } else if (message.fatal) {
      setVerdict('error', '引擎加载失败', `The engine failed to load: ${message.fatal}`);
    } else if (pending && message.id === pending.id) {
      clearTimeout(pending.timer);
      pending = null;
      render(message.result);
    }
  };
  worker.onerror = (event) => {
    setVerdict('error', '引擎出错', `Engine error: ${event.message || 'unknown'}`);
  };
}

function validateNow() {
  if (!ready) return;
  if (pending) clearTimeout(pending.timer);
  const id = nextId++;
  const timer = setTimeout(() => {
    if (!pending || pending.id !== id) return;
    pending = null;
    worker.terminate();
    setVerdict('error', '校验超时，引擎已重启', 'Validation timed out; the engine was restarted');
    list.replaceChildren();
    startWorker();
  }, TIMEOUT_MS);
  pending = { id, timer };
  worker.postMessage({
    id,
    schema: schemaInput.value,
    instance: instanceInput.value,
    options: JSON.stringify({ formatAssertion: formatAssertion.checked }),
  });
}

let debounce = null;
function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(debounce);
  debounce = setTimeout(validateNow, delay);
}

schemaInput.value = JSON.stringify(EXAMPLE_SCHEMA, null, 2);
instanceInput.value = JSON.stringify(EXAMPLE_INSTANCE, null, 2);
schemaInput.addEventListener('input', () => schedule());
instanceInput.addEventListener('input', () => schedule());
formatAssertion.addEventListener('change', () => schedule(0));
startWorker();
