/**
 * The capture form's draft lives as long as the tab, not the page: going to the map and back
 * keeps what was typed. Leaving the tab (reload, close, another site) with something unsaved
 * asks first, with the browser's own question.
 */
import { beforeNavigate } from '$app/navigation';
import { DraftState } from './draft.svelte';

let kept: DraftState | undefined;

/** The tab's draft (one per tab: each tab types its own problem). */
export function keptDraft(): DraftState {
	return (kept ??= new DraftState());
}

/** Call during the page's initialisation: a leave with an unsaved draft asks before unloading. */
export function askBeforeLeaving(draft: DraftState): void {
	beforeNavigate((navigation) => {
		if (navigation.willUnload && draft.unsaved) navigation.cancel();
	});
}
