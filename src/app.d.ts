// Types shared by the SvelteKit app (see the SvelteKit documentation on app.d.ts).
import type { UrlNote } from '$lib/view/codec';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** The page's code could not be fetched (hooks.client.ts): the connection, not the atlas. */
			unreachable?: boolean;
		}
		interface PageState {
			/** What a link's address held that the page it led to did not take (the diagnostic's). */
			urlNotes?: UrlNote[];
		}
	}
}

export {};
