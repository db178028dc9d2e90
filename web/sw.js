// The service worker: after the first visit the app works offline. At install
// it stores every file of the app (the list and a build version come from
// precache.js, written by scripts/build.sh); afterwards it answers from that
// store first. A new build changes precache.js, which installs a new store
// and drops the old one. Only this origin's GET requests are handled.
importScripts('./precache.js'); // defines self.YAOSU_PRECACHE = {version, files}

const { version, files } = self.YAOSU_PRECACHE;
const CACHE = `yaosu-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...files]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith('yaosu-') && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    }),
  );
});
