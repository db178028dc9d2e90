// The page's side of the engine: one Web Worker (worker.js) running
// yaosu.wasm, spoken to with promises. A request that takes longer than
// TIMEOUT_MS restarts the worker (a pathological input must not freeze the
// app), and so does a worker that fails (an uncaught error, the wasm
// aborting): the caller gets an error and re-opens what it had open on the
// 'restart' event, whose `reason` is 'timeout' or 'crashed'.
//
//   const engine = new Engine();
//   const cases = await engine.call('cases');
//   const session = await engine.call('open', caseType, form, draftText);   // {session, snapshot}
//   const update = await engine.call('set', session, '/claims/total', '104500');
//   const bulk = new Engine(undefined, { timeoutMs: 60 * 1000 });   // a worker of its own for long work
//   await bulk.track('fileBatch', (p) => show(p.done, p.total), …args);   // told as it goes; the timeout
//   …  bulk.close();                                                       // counts from the last word heard
//
// Operations and their answers are listed in worker.js.
const TIMEOUT_MS = 15000;
const MAX_CRASHES = 5; // then the page says the engine failed rather than restarting it for ever

export class Engine extends EventTarget {
  constructor(url = new URL('./worker.js', import.meta.url), { timeoutMs = TIMEOUT_MS } = {}) {
    super();
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.nextId = 1;
    this.pending = new Map(); // id → {resolve, reject, timer}
    this.crashes = 0;
    this.start();
  }

  start() {
    this.failure = null;
    this.worker = new Worker(this.url, { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.started && this.crashes++ < MAX_CRASHES)
        this.restart(null, 'crashed'); // it was working: start it again
      else this.failed(new Error(event.message || 'engine error')); // it never loaded: say so
    };
    this.worker.onmessageerror = () => {
      if (this.started && this.crashes++ < MAX_CRASHES) this.restart(null, 'crashed');
    };
  }

  receive(message) {
    if (message.ready) {
      this.version = message.version;
      this.started = true;
      this.resolveReady(message.version);
      return;
    }
    if (message.fatal) {
      this.failed(new Error(message.fatal));
      return;
    }
    const request = this.pending.get(message.id);
    if (!request) return;
    if ('progress' in message) {
      clearTimeout(request.timer); // still working: the timeout counts again from now
      request.timer = setTimeout(() => this.restart(message.id), this.timeoutMs);
      request.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    clearTimeout(request.timer);
    if ('error' in message) request.reject(new Error(message.error));
    else request.resolve(message.result);
  }

  call(op, ...args) {
    return this.track(op, null, ...args);
  }

  // track: call, with `onProgress` given what the operation tells as it goes (fileBatch does).
  // The request is posted at once, so the worker can fetch the case type's files while its
  // wasm compiles; the timeout counts from the engine being ready.
  track(op, onProgress, ...args) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const request = { resolve, reject, timer: null, onProgress };
      this.pending.set(id, request);
      this.ready.then(
        () => {
          if (this.pending.get(id) === request) request.timer = setTimeout(() => this.restart(id), this.timeoutMs);
        },
        () => {}, // failed() has answered it
      );
      this.worker.postMessage({ id, op, args });
    });
  }

  // failed: the engine could not start; whatever waits for it is told why.
  failed(error) {
    this.failure = error;
    this.rejectReady(error);
    this.failPending(() => error);
  }

  restart(timedOutId, reason = 'timeout') {
    this.stop((id) => (id === timedOutId ? 'timeout' : 'restarted'));
    this.start();
    this.dispatchEvent(Object.assign(new Event('restart'), { reason }));
  }

  // close: the worker stopped for good; what was asked and not answered fails.
  close() {
    this.stop(() => 'closed');
  }

  // stop: the worker ended; each request still waiting fails with the reason `why(id)` gives.
  stop(why) {
    this.worker.terminate();
    this.started = false;
    this.failPending((id) => new Error(why(id)));
  }

  // failPending: each request still waiting fails with the error `errorFor(id)` gives.
  failPending(errorFor) {
    for (const [id, request] of this.pending) {
      clearTimeout(request.timer);
      request.reject(errorFor(id));
    }
    this.pending.clear();
  }
}
