// When the person leaves a field — the moment its "missing" and "unfinished"
// problems may show (form_reveal.js). A field left because the pointer was
// pressed on another control is reported only once the press is over: the
// problems shown under the left field push the rows below it down, and a
// control moved between the press and the release never gets the click (a
// 被告's 性别 clicked straight after adding the 被告 was lost that way).
//
//   const leaving = watchLeaving(body, (pointer) => view.left(pointer));
//   leaving.stop();   // when the view closes
export function watchLeaving(body, left) {
  const listening = new AbortController();
  const { signal } = listening;
  const page = body.ownerDocument;
  let pressed = false;
  const waiting = [];
  page.addEventListener('pointerdown', () => (pressed = true), { capture: true, signal });
  const released = () => {
    if (!pressed) return;
    pressed = false;
    // After the click this release makes (dispatched right after pointerup in the same task).
    setTimeout(() => {
      for (const pointer of waiting.splice(0)) left(pointer);
    });
  };
  page.addEventListener('pointerup', released, { capture: true, signal });
  page.addEventListener('pointercancel', released, { capture: true, signal });
  page.addEventListener('keydown', released, { capture: true, signal }); // a release never seen (outside the window)
  body.addEventListener(
    'focusout',
    (event) => {
      const pointer = event.target?.dataset?.control;
      if (pressed) waiting.push(pointer);
      else left(pointer);
    },
    { signal },
  );
  return { stop: () => listening.abort() };
}
