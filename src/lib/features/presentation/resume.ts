/**
 * Where a presentation stood, kept for this tab only (sessionStorage): a reload in the middle of a
 * presentation (F5, a crash, a laptop woken up) offers to go on at the same slide, with the same
 * timer, instead of the plain page and a restart at 1. Full screen needs a click, so the page
 * offers, it does not resume by itself. What is read is checked: anything else is ignored.
 */
import * as v from 'valibot';
import type { Slide } from './deck';

export const RESUME_KEY = 'atlas-presentation-en-cours';

/** The session store calls used (sessionStorage, or a stand-in in tests). */
export type ResumeStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the presentation stood: the slide shown (by id, the deck may change) and its start. */
export interface PresentMark {
	slideId: string;
	startedAt: number;
}

const MarkSchema = v.object({
	slideId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
	startedAt: v.pipe(v.number(), v.integer(), v.minValue(0))
});

/** What a reload can resume: the slide's place in the deck as it is now, and the timer's start. */
export interface Resumable {
	index: number;
	startedAt: number;
}

/**
 * The mark read back, if it names a slide of `slides`; null when there is none, when it cannot be
 * read, or when its slide has gone from the deck (deleted in another tab).
 */
export function readMark(raw: string | null, slides: readonly Slide[]): Resumable | null {
	if (raw === null) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	const parsed = v.safeParse(MarkSchema, value);
	if (!parsed.success) return null;
	const index = slides.findIndex((s) => s.id === parsed.output.slideId);
	return index < 0 ? null : { index, startedAt: parsed.output.startedAt };
}

/** sessionStorage, or null where it is missing or blocked. */
export function sessionStore(): ResumeStore | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

/** Writes or clears the mark; a refused write only loses the offer to resume. */
export function writeMark(store: ResumeStore | null, mark: PresentMark | null): void {
	try {
		if (mark) store?.setItem(RESUME_KEY, JSON.stringify(mark));
		else store?.removeItem(RESUME_KEY);
	} catch {
		/* full or blocked: a reload will simply not offer to resume */
	}
}

/** The mark kept in `store`, checked against `slides`. */
export function loadMark(store: ResumeStore | null, slides: readonly Slide[]): Resumable | null {
	try {
		return readMark(store?.getItem(RESUME_KEY) ?? null, slides);
	} catch {
		return null;
	}
}
