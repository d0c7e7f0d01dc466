/**
 * A presentation deck: slides that each reopen one view of the atlas (a page and its URL
 * parameters, which every page decodes and checks), with a title and speaker notes.
 * Pure: no browser API. Every deck read from storage or a file goes through `readDeck`.
 */
import * as v from 'valibot';
import { isKnownPath } from '$lib/nav/known-paths';

/** A slide that opens a page of the atlas on a view. */
export interface ViewSlide {
	kind: 'view';
	id: string;
	title: string;
	notes: string;
	/** Page path without the base path, with its trailing slash (`/`, `/concentrations/`…). */
	path: string;
	/** The view's URL parameters, `?…` or ''. */
	search: string;
}

/** « Ce que la salle a dit »: the room's problems, live. */
export interface RoomSlide {
	kind: 'room';
	id: string;
	title: string;
	notes: string;
	/** The workshop theme whose problems it counts (a forum's theme); absent: every theme. */
	theme?: string;
}

/** A closing slide with the link (and its QR code) of the deck's last view. */
export interface ClosingSlide {
	kind: 'closing';
	id: string;
	title: string;
	notes: string;
}

export type Slide = ViewSlide | RoomSlide | ClosingSlide;

export interface Deck {
	title: string;
	slides: Slide[];
}

/** Version written in files and storage; a newer one is refused with a French message. */
export const DECK_VERSION = 1;
export const MAX_SLIDES = 200;
const MAX_TITLE = 200;
const MAX_NOTES = 5000;
const MAX_SEARCH = 2000;

/** Pages a slide cannot show (the presentation itself). */
const NOT_SLIDES = ['/presentation/', '/presentation/presentateur/', '/indisponible/'];

/** True when a view slide can open this path. */
export function isSlidePath(path: string): boolean {
	return isKnownPath(path) && !NOT_SLIDES.includes(path.endsWith('/') ? path : `${path}/`);
}

const text = (max: number, what: string) =>
	v.pipe(v.string(`${what} : du texte est attendu`), v.maxLength(max, `${what} trop long`));
const common = {
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'identifiant de diapositive invalide')),
	title: text(MAX_TITLE, 'titre'),
	notes: text(MAX_NOTES, 'notes')
};
const SlideSchema = v.variant('kind', [
	v.object({
		kind: v.literal('view'),
		...common,
		path: v.pipe(v.string(), v.check(isSlidePath, 'page inconnue de l’atlas')),
		search: v.pipe(
			v.string(),
			v.maxLength(MAX_SEARCH, 'adresse trop longue'),
			v.check((s) => s === '' || s.startsWith('?'), 'paramètres d’adresse invalides')
		)
	}),
	v.object({
		kind: v.literal('room'),
		...common,
		theme: v.optional(
			// A theme added in the workshops has an id as long as its name (`x_…`, taxonomy-custom).
			v.pipe(
				v.string(),
				v.maxLength(1000, 'thème des ateliers invalide'),
				v.regex(/^[a-z0-9_]+$/, 'thème des ateliers invalide')
			)
		)
	}),
	v.object({ kind: v.literal('closing'), ...common })
]);

/** What reading a deck gives: the valid slides, and a French line per slide left out. */
export type DeckReading =
	{ ok: true; deck: Deck; dropped: string[] } | { ok: false; message: string };

const NOT_A_DECK =
	'Ce fichier n’est pas une présentation de l’atlas (fichier .json exporté depuis la page Présentation).';

/**
 * Checks a deck read from storage or a file. Each slide is checked on its own: a damaged slide is
 * left out and named (« Diapositive 3 : … »), the others are kept.
 */
export function readDeck(raw: unknown): DeckReading {
	if (typeof raw !== 'object' || raw === null) return { ok: false, message: NOT_A_DECK };
	const r = raw as Record<string, unknown>;
	if (r.format !== 'atlas-presentation') return { ok: false, message: NOT_A_DECK };
	if (typeof r.version !== 'number' || r.version > DECK_VERSION)
		return {
			ok: false,
			message:
				'Cette présentation a été enregistrée par une version plus récente de l’atlas : ouvrez-la avec cette version.'
		};
	if (!Array.isArray(r.slides)) return { ok: false, message: NOT_A_DECK };
	const title = v.safeParse(common.title, r.title);
	const slides: Slide[] = [];
	const dropped: string[] = [];
	const ids = new Set<string>();
	r.slides.slice(0, MAX_SLIDES).forEach((s, i) => {
		const parsed = v.safeParse(SlideSchema, s);
		if (!parsed.success) {
			dropped.push(`Diapositive ${i + 1} : ${parsed.issues[0].message}, elle est laissée de côté.`);
		} else if (ids.has(parsed.output.id)) {
			dropped.push(`Diapositive ${i + 1} : en double, elle est laissée de côté.`);
		} else {
			ids.add(parsed.output.id);
			slides.push(parsed.output);
		}
	});
	if (r.slides.length > MAX_SLIDES)
		dropped.push(
			`${r.slides.length - MAX_SLIDES} diapositives au-delà de ${MAX_SLIDES} sont laissées de côté.`
		);
	return {
		ok: true,
		deck: { title: title.success ? title.output : 'Présentation', slides },
		dropped
	};
}

/** The deck as written to storage and files (readable by `readDeck`). */
export function writeDeck(deck: Deck): string {
	return JSON.stringify(
		{ format: 'atlas-presentation', version: DECK_VERSION, title: deck.title, slides: deck.slides },
		null,
		1
	);
}

/** A new slide id, unique within `slides`. */
export function newSlideId(slides: readonly Slide[], random: () => number = Math.random): string {
	for (;;) {
		const id = `d-${Math.floor(random() * 36 ** 8).toString(36)}`;
		if (!slides.some((s) => s.id === id)) return id;
	}
}

/** The deck with slide `from` moved to position `to` (positions clamped). */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
	const slides = [...deck.slides];
	if (from < 0 || from >= slides.length) return deck;
	const moved = slides.splice(from, 1);
	slides.splice(Math.max(0, Math.min(to, slides.length)), 0, ...moved);
	return { ...deck, slides };
}

/** The address a view slide opens, under the site's base path. */
export function slideHref(slide: ViewSlide, base: string): string {
	return `${base}${slide.path}${slide.search}`;
}
