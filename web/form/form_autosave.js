// The form's draft saved at once after every change (draft_store.js queues and
// merges the writes): the data, what is revealed and put away, where the
// person is (section, one page or not, the element), and the progress the
// start page lists; the line under the title says when it was last saved,
// and a save that fails is said by draft_safety.js (which offers the draft
// file). Once another tab has written newer values nothing is saved from here.
// Party profiles are saved from here too.
//
//   saveDraft(view);                 // after a change, a section move, a mode switch
//   await saveProfile(view, party);  // "save as a profile" beside a party
import { message } from '../shared/messages.js';

export function saveDraft(view) {
  if (view.safety.blocked) return;
  const progress = view.help?.progress?.needed;
  Object.assign(view.draft, {
    instance: view.instance,
    reveal: view.reveal.toJSON(),
    stash: view.stash,
    view: { section: view.current, onePage: view.onePage, pointer: view.focusPointer },
    progress: progress ? { filled: progress.filled, total: progress.total } : (view.draft.progress ?? null),
  });
  view.saving = view.store.saveDraft(view.draft).then(
    // the store copies it at once
    (saved) => view.safety.saved(saved),
    (error) => view.safety.saveFailed(error),
  );
}

export async function saveProfile(view, party) {
  const name = party?.name || message('form.profile.unnamed');
  await view.store.saveProfile({ name, party });
  view.profiles = await view.store.listProfiles();
  view.fields.profiles = view.profiles;
  view.announce(message('form.profile.saved', { name }));
}
