// Dragging onto a page's drop zone as a person dragging from the desktop would,
// with synthetic DragEvents (Chromium lets a page build a DataTransfer of Files).
//
//   const seen = await dragGestures(page);   // how the zone answers: {text, files, overChild, leftAll}
//   await dropOn(page, [{ name: 'a.json', text: '{}' }, { name: 'big.json', bytes: 5 * 1024 * 1024 + 1 }]);
//   await dropOn(page, [{ name: 'bomb.csv', data: [...buffer] }]);   // these bytes exactly

// dragGestures: what `.drop-zone` does with dragged text (is it taken?), with
// dragged files (is it lit?), with the pointer moving onto a child inside it
// (still lit?) and then out of the zone (dark again?).
export function dragGestures(page) {
  return page.locator('.drop-zone').evaluate((zone) => {
    const event = (type, dataTransfer, target = zone) => {
      const drag = new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true });
      target.dispatchEvent(drag);
      return drag;
    };
    const words = new DataTransfer();
    words.setData('text/plain', 'not a file');
    const textTaken =
      event('dragenter', words).defaultPrevented ||
      event('dragover', words).defaultPrevented ||
      zone.classList.contains('over');
    event('dragleave', words);
    const files = new DataTransfer();
    files.items.add(new File(['{}'], 'a.json', { type: 'application/json' }));
    event('dragenter', files);
    const lit = zone.classList.contains('over');
    const child = zone.querySelector('label');
    event('dragenter', files, child); // onto the label: the zone hears the child's enter, then its own leave
    event('dragleave', files);
    const overChild = zone.classList.contains('over');
    event('dragleave', files, child); // off the label and out of the zone
    return { textTaken, lit, overChild, leftAll: !zone.classList.contains('over') };
  });
}

// dropOn: drop files ({name, text}, {name, bytes}: that many zero bytes, or
// {name, data}: these byte values) on `.drop-zone`.
export function dropOn(page, files) {
  return page.locator('.drop-zone').evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const { name, text, bytes, data: values } of list) {
      const content = text ?? (values ? new Uint8Array(values) : new Uint8Array(bytes));
      data.items.add(new File([content], name, { type: 'application/json' }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
    return zone.classList.contains('over');
  }, files);
}
