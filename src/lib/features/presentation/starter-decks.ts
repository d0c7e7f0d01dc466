/**
 * Starter decks, one per CTG theme, built from the atlas's own views: something for a facilitator
 * to edit rather than a blank page. Only views that exist are used (a theme without indicator gets
 * no map slide, and the notes say why).
 */
import { DEFAULT_INDICATOR, themeNotes } from '$lib/indicators/catalogue';
import { isUncountedRate } from '$lib/indicators/reliability';
import type { Indicator, ThemeId } from '$lib/indicators/types';
import type { Deck, Slide } from './deck';

/** Workshop themes with a /croisements view (the three forum themes). */
const WORKSHOP_THEMES: readonly ThemeId[] = ['petite_enfance', 'jeunesse', 'vie_associative'];

/** Map slides per theme: its first indicators, at most this many. */
const MAPS_PER_THEME = 3;

/** The starter deck of one theme. */
export function starterDeck(
	theme: { id: ThemeId; label: string },
	catalogue: readonly Indicator[]
): Deck {
	const own = catalogue.filter((i) => i.theme === theme.id);
	const slides: Slide[] = [];
	const id = (n: number) => `${theme.id.replace(/_/g, '-').slice(0, 30)}-${n}`;
	for (const ind of own.slice(0, MAPS_PER_THEME)) {
		slides.push({
			kind: 'view',
			id: id(slides.length + 1),
			title: ind.label,
			notes: `${ind.definition} La légende donne la source et le millésime ; ${
				isUncountedRate(ind)
					? 'ce taux est publié sans ses effectifs : les petites communes ne peuvent pas être signalées, à lire avec prudence.'
					: 'les valeurs sur de petits effectifs sont signalées.'
			}`,
			path: '/',
			search: ind.id === DEFAULT_INDICATOR ? '' : `?indicateur=${ind.id}`
		});
	}
	if (own.length > 0)
		slides.push({
			kind: 'view',
			id: id(slides.length + 1),
			title: `${theme.label} : où les besoins se concentrent`,
			notes:
				'Lire d’abord la phrase de synthèse : une concentration n’est « significative » qu’après correction des tests multiples.',
			path: '/concentrations/',
			search: `?theme=${theme.id}`
		});
	// Crossed with one of the theme's own indicators only: a theme without indicator was crossed
	// with the default one (youth unemployment under « Vie associative »), unexplained to the room.
	const measured = own.find((i) => i.polarity !== 0);
	if (WORKSHOP_THEMES.includes(theme.id) && measured)
		slides.push({
			kind: 'view',
			id: id(slides.length + 1),
			title: `${theme.label} : exprimé en atelier et mesuré`,
			notes:
				'Les problématiques des ateliers face à un indicateur : les besoins silencieux sont des communes où l’indicateur est élevé sans problématique exprimée.',
			path: '/croisements/',
			search: `?indicateur=${measured.id}&atelier=${theme.id}`
		});
	const room =
		'Se met à jour à chaque problématique enregistrée dans la page Ateliers, dans un autre onglet ou une autre fenêtre.';
	// A forum theme's deck counts what the room said on that theme (the problems of every theme
	// were counted on each theme's slide alike); the other decks count every theme.
	const workshop = WORKSHOP_THEMES.includes(theme.id);
	slides.push({
		kind: 'room',
		id: id(slides.length + 1),
		title: workshop
			? `Ce que la salle a dit : ${theme.label.toLowerCase()}`
			: 'Ce que la salle a dit',
		...(workshop ? { theme: theme.id } : {}),
		notes:
			own.length > 0
				? room
				: `${room} Ce thème n’a pas d’indicateur à mettre en face : ${themeNotes[theme.id] ?? ''}`.trim()
	});
	slides.push({
		kind: 'closing',
		id: id(slides.length + 1),
		title: 'Pour retrouver ces cartes',
		notes:
			'Le code QR ouvre la dernière vue présentée. Si le site est servi par l’ordinateur qui présente, la diapositive montre l’adresse sans code QR : elle ne s’ouvrirait pas ailleurs.'
	});
	return { title: `Atelier ${theme.label.toLowerCase()}`, slides };
}
