// Files dragged onto a drop zone, the same way on every page that takes files
// (the start page's import, court staff's verification): only a drag that
// carries files is taken (dragged text or a link is left to the browser), the
// zone shows `.over` while files are over it — counted across its children,
// so moving over a label inside it does not switch the highlight off — and a
// drop hands the files over. The size limit is the caller's, from file_limit.js.
//
//   wireDropZone(zone, (files) => importFiles(files));
export function wireDropZone(zone, onFiles) {
  let depth = 0;
  const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    zone.classList.add('over');
  });
  zone.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) zone.classList.remove('over');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    zone.classList.remove('over');
    onFiles([...(event.dataTransfer?.files ?? [])]);
  });
}
