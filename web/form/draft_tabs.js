// The same draft open in two tabs (issue #16): each form view says on a
// BroadcastChannel which draft it has open, and answers a newcomer, so both
// tabs are told at once. What keeps the second tab from overwriting the
// first's newer values is the store's revision check (draft_store.js); this
// only tells the person before they type.
//
//   const tabs = watchTabs(draftId, () => safety.openElsewhere());   …   tabs.close();
const CHANNEL = 'yaosu-drafts';

export function watchTabs(draftId, onOtherTab) {
  if (typeof BroadcastChannel !== 'function') return { close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    const { kind, id } = event.data ?? {};
    if (id !== draftId) return;
    if (kind === 'open') channel.postMessage({ kind: 'here', id }); // a newcomer: I have it open too
    if (kind === 'open' || kind === 'here') onOtherTab();
  };
  channel.postMessage({ kind: 'open', id: draftId });
  return { close: () => channel.close() };
}
