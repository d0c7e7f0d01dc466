/**
 * Fits a block of text within its scrolling container when nobody scrolls (a slide): the fewest
 * cuts first. The block's `data-clamp` attribute takes each level in turn (« none », then the
 * given line counts, most first) until the block ends within the container; CSS reads it (for
 * example, each caveat cut at that many lines, ended by « … »). Done again when the container's
 * size or content, what stands above the block, or the page's mode (the root's classes) change;
 * never in a loop, as the levels are tried in one pass, set an attribute only (not watched), and
 * the block's own size is not watched.
 */
export function fitWithin(
	levels: readonly number[],
	container: string,
	/**
	 * A class of the root (`<html>`) without which the cuts do not apply (their CSS asks for it):
	 * the block is then left whole and nothing is measured. The map page's sidebar measured its
	 * indicator's text up to four times at each change of the sidebar as the page started, for
	 * cuts made only while presenting (38–68 ms of forced layout per load, profiled).
	 */
	onlyWith?: string
) {
	return (block: HTMLElement): (() => void) => {
		const box = block.closest<HTMLElement>(container);
		if (!box) return () => {};
		let fitted = '';
		let version = 0;
		const fit = () => {
			if (onlyWith && !document.documentElement.classList.contains(onlyWith)) {
				block.dataset.clamp = 'none';
				fitted = '';
				return;
			}
			const outer = box.getBoundingClientRect();
			const state = `${outer.width}x${outer.height}:${block.offsetTop}:${version}`;
			if (state === fitted) return;
			for (const level of ['none', ...levels.map(String)]) {
				block.dataset.clamp = level;
				if (block.getBoundingClientRect().bottom <= box.getBoundingClientRect().bottom + 0.5) break;
			}
			fitted = `${outer.width}x${outer.height}:${block.offsetTop}:${version}`;
		};
		const again = () => {
			version++;
			fit();
		};
		const sizes = new ResizeObserver(fit);
		sizes.observe(box);
		// What stands above the block, at each level up to the container: it moves the block.
		for (let el: Element | null = block; el && el !== box; el = el.parentElement)
			for (let above = el.previousElementSibling; above; above = above.previousElementSibling)
				sizes.observe(above);
		// Text or elements added, changed or removed in the container (a legend shown above the
		// block once the data is there, another indicator's text): measure again from no cut.
		const text = new MutationObserver(again);
		text.observe(box, { childList: true, subtree: true, characterData: true });
		const mode = new MutationObserver(again);
		mode.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
		fit();
		return () => {
			sizes.disconnect();
			text.disconnect();
			mode.disconnect();
		};
	};
}
