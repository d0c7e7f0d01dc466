// Types shared by the SvelteKit app (see the SvelteKit documentation on app.d.ts).
import type { UrlNote } from '$lib/view/codec';

declare global {
	namespace App {
		interface PageState {
			/** What a link's address held that the page it led to did not take (the diagnostic's). */
			urlNotes?: UrlNote[];
		}
	}
}

export {};
