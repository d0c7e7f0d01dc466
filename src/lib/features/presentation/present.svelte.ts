/**
 * Presenting a deck: full screen, one slide at a time. A view slide navigates to its page inside
 * the app (the engine and data stay loaded), the room and closing slides show over the page.
 * Keys: → ↓ espace Page suivante = next; ← ↑ Page précédente = back; Début / Fin; Échap = leave.
 */
import { slideHref, type Slide } from './deck';
import type { DeckState } from './deck-state.svelte';
import { loadMark, writeMark, type Resumable, type ResumeStore } from './resume';

/** Messages between the presenting window and the presenter view (BroadcastChannel). */
export type PresenterMessage =
	| { type: 'state'; index: number; slides: Slide[]; startedAt: number; active: boolean }
	| { type: 'go'; index: number }
	| { type: 'hello' };

export const PRESENTER_CHANNEL = 'atlas-presentation';

export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | null;

/** What a key does while presenting (null: left to the page). */
export function keyAction(key: string): KeyAction {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'Escape':
			return 'leave';
		default:
			return null;
	}
}

/** What a scroll box shows of its content (`scrollTop`, `clientHeight`, `scrollHeight`). */
export interface ScrollBox {
	scrollTop: number;
	clientHeight: number;
	scrollHeight: number;
}

/**
 * True when ↑ or ↓ should scroll `box` rather than move the slide: the box has the focus (the
 * speaker clicked in it, a list longer than the slide) and has more to show that way. At its end,
 * the key moves the slide again; Page Up / Page Down, → ← and space always move it.
 */
export function keyScrolls(key: string, box: ScrollBox): boolean {
	if (key === 'ArrowDown') return box.scrollTop + box.clientHeight < box.scrollHeight - 1;
	if (key === 'ArrowUp') return box.scrollTop > 0;
	return false;
}

export class PresentSession {
	active = $state(false);
	index = $state(0);
	contrast = $state(false);
	startedAt = $state(0);
	/** A presentation this tab was showing before a reload, offered to go on (`resume.ts`). */
	resumable = $state<Resumable | null>(null);
	#channel: BroadcastChannel | null = null;

	constructor(
		private readonly deck: DeckState,
		private readonly navigate: (href: string) => Promise<void>,
		private readonly base: string,
		/** Loads a page's code ahead (the next slide's), so that showing it waits for less. */
		private readonly prepare: (path: string) => Promise<void> = () => Promise.resolve(),
		/** Where the slide shown is kept for a reload (sessionStorage); null: not kept. */
		private readonly marks: ResumeStore | null = null,
		/** Puts the page shown back on top of the history, as a new entry (see `back`). */
		private readonly keepPlace: () => void = () => undefined
	) {}

	/** After a reload: offers the slide this tab was presenting, if the deck still has it. */
	checkResume(): void {
		if (!this.active) this.resumable = loadMark(this.marks, this.deck.slides);
	}

	/** Goes on where the reload stopped: same slide, same timer. */
	async resume(): Promise<void> {
		const r = this.resumable;
		if (r) await this.start(r.index, r.startedAt);
	}

	/** « Non merci »: the offer goes, and does not come back at the next reload. */
	dismissResume(): void {
		this.resumable = null;
		writeMark(this.marks, null);
	}

	get slide(): Slide | null {
		return this.active ? (this.deck.slides[this.index] ?? null) : null;
	}

	/** The last view slide at or before the current one (the closing slide's link). */
	get lastView(): string | null {
		for (let i = this.index; i >= 0; i--) {
			const s = this.deck.slides[i];
			if (s?.kind === 'view') return slideHref(s, this.base);
		}
		return null;
	}

	async start(index = 0, startedAt = Date.now()): Promise<void> {
		if (this.deck.slides.length === 0) return;
		this.resumable = null;
		this.active = true;
		this.startedAt = startedAt;
		this.#openChannel();
		try {
			await document.documentElement.requestFullscreen?.();
		} catch {
			/* refused (no user gesture, or a kiosk): the presentation goes on in the window */
		}
		await this.show(index);
	}

	async show(index: number): Promise<void> {
		const n = this.deck.slides.length;
		if (n === 0) return this.stop();
		this.index = Math.max(0, Math.min(index, n - 1));
		// The transition probe measures from here to the map's next complete paint.
		performance.mark('present:show');
		const slide = this.deck.slides[this.index];
		this.#broadcast();
		if (this.active && slide)
			writeMark(this.marks, { slideId: slide.id, startedAt: this.startedAt });
		if (slide?.kind === 'view') await this.navigate(slideHref(slide, this.base));
		const next = this.deck.slides[this.index + 1];
		if (this.active && next?.kind === 'view')
			void this.prepare(`${this.base}${next.path}`).catch(() => undefined);
	}

	/**
	 * The browser's Back while presenting (a mouse's side button, Alt+←): the slide before, and
	 * on the first slide, the first slide again. The browser has already gone one entry back on
	 * its own (`PresentationLayer` kept SvelteKit from following): the slide's page goes back on
	 * top of the history as a new entry, so that the address, the page and the slide bar agree.
	 * Nothing is undone with `history.go`: while such a move was under way, the browser dropped
	 * a second quick press, and two presses landing before it moved three slides. Returns false
	 * when not presenting (the page navigates as usual).
	 */
	back(): boolean {
		if (!this.active) return false;
		const to = Math.max(0, this.index - 1);
		// A view slide's page is a new entry (`show` navigates); the others show over the page.
		if (this.deck.slides[to]?.kind !== 'view') this.keepPlace();
		void this.show(to);
		return true;
	}

	/**
	 * Applies a key; returns true when the key was used. After a reload in the middle of a
	 * presentation, a « next » key (a remote's PageDown, →, ↓) goes on where it stopped, as the
	 * offer's button does; the space bar is left to the offer's focused button (« Non merci » too).
	 */
	handleKey(key: string): boolean {
		const action = keyAction(key);
		if (!this.active && this.resumable && action === 'next' && key !== ' ') {
			void this.resume();
			return true;
		}
		if (!this.active || !action) return false;
		if (action === 'next') void this.show(this.index + 1);
		else if (action === 'previous') void this.show(this.index - 1);
		else if (action === 'first') void this.show(0);
		else if (action === 'last') void this.show(this.deck.slides.length - 1);
		else void this.stop();
		return true;
	}

	async stop(): Promise<void> {
		if (!this.active) return;
		this.active = false;
		writeMark(this.marks, null);
		this.#broadcast();
		if (typeof document !== 'undefined' && document.fullscreenElement) {
			await document.exitFullscreen().catch(() => undefined);
		}
		// The page stays the view the room last saw, its controls back, so that a question can be
		// answered there; the deck is one link away (« Présentation »). It used to go back to
		// the deck's editor, and the facilitator lost the place. The focus, on the bar's button
		// that has gone, goes to the page's title.
		if (typeof document !== 'undefined')
			requestAnimationFrame(() => {
				const title = document.querySelector<HTMLElement>('h1');
				if (!title) return;
				title.tabIndex = -1;
				title.focus();
			});
	}

	/** The window left full screen (Échap, F11): the presentation ends with it. */
	onFullscreenChange(): void {
		if (this.active && !document.fullscreenElement) void this.stop();
	}

	#openChannel(): void {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(PRESENTER_CHANNEL);
		this.#channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
			// The presenter window moves the slides only while presenting.
			if (e.data?.type === 'go' && Number.isInteger(e.data.index) && this.active)
				void this.show(e.data.index);
			else if (e.data?.type === 'hello') this.#broadcast();
		};
	}

	#broadcast(): void {
		this.#channel?.postMessage({
			type: 'state',
			index: this.index,
			slides: $state.snapshot(this.deck.slides),
			startedAt: this.startedAt,
			active: this.active
		} satisfies PresenterMessage);
	}
}
