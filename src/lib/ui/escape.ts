/**
 * Échap as the way out of what opened (a panel, a menu, a message), one way for every component:
 * an attachment (`{@attach onEscape(close)}`) that runs `then` when Échap is pressed inside the
 * element and nothing inside has handled it already (a list of suggestions closing first).
 */
import type { Attachment } from 'svelte/attachments';

export function onEscape(then: () => void): Attachment<HTMLElement> {
	return (el) => {
		const key = (e: KeyboardEvent) => {
			if (e.key === 'Escape' && !e.defaultPrevented) then();
		};
		el.addEventListener('keydown', key);
		return () => el.removeEventListener('keydown', key);
	};
}
