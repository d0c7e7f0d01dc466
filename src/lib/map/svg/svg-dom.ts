/**
 * What the page does to the SVG map once it runs: recolour the territory's communes from the
 * model, mark the selected commune, and find the commune under the pointer.
 */
import { fillOf } from './markup';

/** Sets each territory commune's fill from `fills` (null: neutral until the colours are known). */
export function recolour(root: ParentNode, fills: Record<string, string | null> | null): void {
	for (const path of root.querySelectorAll<SVGPathElement>('path.t[data-code]'))
		path.setAttribute('fill', fillOf(fills, path.dataset.code!));
}

/** Outlines `code` (and no other commune), drawn last so that its outline is on top. */
export function markSelected(root: ParentNode, code: string | null): void {
	for (const p of root.querySelectorAll('path.sel')) p.classList.remove('sel');
	if (!code) return;
	const path = root.querySelector<SVGPathElement>(`path.t[data-code="${CSS.escape(code)}"]`);
	if (!path) return;
	path.classList.add('sel');
	path.parentNode?.appendChild(path);
}

/** The commune code under an event's target, and whether it is in the territory. */
export function communeAt(target: EventTarget | null): { code: string; territory: boolean } | null {
	const path = (target as Element | null)?.closest?.('path[data-code]');
	if (!(path instanceof SVGPathElement) || !path.dataset.code) return null;
	return { code: path.dataset.code, territory: path.classList.contains('t') };
}
