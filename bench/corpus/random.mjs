// A seeded pseudo-random source (mulberry32): the corpus is the same on every
// machine and every run, with nothing taken from the clock.
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low, high) => low + Math.floor(next() * (high - low + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const digits = (count) => Array.from({ length: count }, () => int(0, 9)).join('');
  return { next, int, pick, digits };
}
