// The bytes a recorded html_sha256 is of: a printed page without its
// Content-Security-Policy line. The policy (core/render/html_renderer.cpp) was
// added to every page on 2026-12-07, after the first filings were recorded; it
// only tells a browser what the page may not do (no script, nothing fetched),
// and shows nothing. Everything a reader sees is in the recorded bytes.
//
//   sha256(recordedHtml(page)) === expected.filings[name].html_sha256
const POLICY_LINE = /^<meta http-equiv="Content-Security-Policy" content="[^"\n]*">\n/m;

export function recordedHtml(html) {
  return String(html).replace(POLICY_LINE, '');
}
