/**
 * The commune panel brought into view on a phone (it opens below the map, out of sight), with
 * the keyboard's focus on its heading: the next Tab starts from it, not from the search box or
 * the table row left far above. Used when a commune is chosen and by « Fiche … ↓ ».
 */
import { focusHeading, revealBelow } from '$lib/ui/reveal';

/** The map page's commune panel. */
export const COMMUNE_PANEL = '[data-testid="commune-panel"]';

/** Brings the panel up and focuses its heading, on one-column pages only (see `revealBelow`). */
export function revealPanel(doc: Document = document): void {
	const panel = doc.querySelector(COMMUNE_PANEL);
	if (revealBelow(panel, doc.defaultView ?? window)) focusHeading(panel);
}
