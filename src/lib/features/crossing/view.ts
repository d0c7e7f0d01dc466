/** The /croisements page's view: indicator, workshop theme, counted statuses, small counts. */
import * as v from 'valibot';
import { currentThemeId } from '$lib/indicators/theme-ids';
import { DEFAULT_COUNTED_STATUSES } from '$lib/sql/problems';
import { STATUS_IDS, type ProblemStatus } from '$lib/features/workshops/model';
import { field, type Fields } from '$lib/view/codec';
import { flagField, setField } from '$lib/view/fields';

/** What the crossing shows. */
export interface CroisementsView {
	indicator: string;
	/** Workshop theme whose problems are counted; null counts every theme. */
	workshopTheme: string | null;
	/** Problem statuses counted. */
	statuses: ProblemStatus[];
	/** Leave out communes whose rate rests on a tiny denominator. */
	hideSmall: boolean;
}

/**
 * What the decoder checks against: the measurable indicators and the built-in theme ids. Themes
 * the user added (`x_…`) are stored in the browser, read after the URL: any such id is accepted.
 */
export interface CroisementsContext {
	indicators: readonly string[];
	workshopThemes: readonly string[];
}

const UNKNOWN_THEME = 'thème d’atelier inconnu';

/** The default view: the first measurable indicator, every theme, default statuses. */
export function defaultCroisementsView(indicator: string): CroisementsView {
	return {
		indicator,
		workshopTheme: null,
		statuses: [...DEFAULT_COUNTED_STATUSES],
		hideSmall: false
	};
}

/** The page's fields (French names, like the other pages). */
export function croisementsFields(ctx: CroisementsContext): Fields<CroisementsView> {
	return {
		indicator: field({
			param: 'indicateur',
			schema: v.picklist(ctx.indicators, 'indicateur inconnu ou sans sens du besoin')
		}),
		workshopTheme: field({
			param: 'atelier',
			schema: v.nullable(
				v.union(
					[
						v.picklist(ctx.workshopThemes, UNKNOWN_THEME),
						v.pipe(v.string(), v.regex(/^x_[a-z0-9_]+$/, UNKNOWN_THEME))
					],
					UNKNOWN_THEME
				)
			),
			read: (raw) => {
				const id = currentThemeId(raw);
				if (id === raw) return { value: raw };
				const reason = `ancien identifiant de thème : « ${id} » est utilisé`;
				return { value: id, notes: [{ kind: 'replaced' as const, reason }] };
			},
			write: (t) => t ?? ''
		}),
		statuses: setField('statuts', STATUS_IDS, 'statuts : nouvelle, retenue, ecartee'),
		hideSmall: flagField('petits')
	};
}
