/** The map page's view (`/`): indicator, classes, selected commune, problems layer, smoothing. */
import * as v from 'valibot';
import { METHODS, type Method } from '$lib/analysis/breaks';
import { DEFAULT_INDICATOR } from '$lib/indicators/catalogue';
import type { FormerCommune } from '$lib/indicators/types';
import { notInTerritory } from '$lib/nav/commune-search';
import { decodeView, field, type Fields, type UrlNote } from '$lib/view/codec';
import { choiceField, flagField, intField } from '$lib/view/fields';

/** What the map shows. */
export interface CarteView {
	indicator: string;
	method: Method;
	classes: number;
	/** Selected commune (INSEE code) or null. */
	commune: string | null;
	/** Problems layer shown on top of the choropleth. */
	problems: boolean;
	/** Map the empirical-Bayes smoothed rate instead of the raw one (ratio indicators). */
	smooth: boolean;
}

/** Limits for the number of classes. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/** What the decoder checks against: the catalogue, the territory and its former codes. */
export interface CarteContext {
	indicators: readonly string[];
	communes: readonly string[];
	formerCommunes?: readonly FormerCommune[];
	/** Commune names by code, for the notices. */
	names?: Record<string, string>;
}

/**
 * The default view: quantiles in 5 classes, on the catalogue's default indicator. Reading and
 * writing a URL both compare with this view, so a link never reopens another indicator.
 */
export function defaultCarteView(indicator: string = DEFAULT_INDICATOR): CarteView {
	return {
		indicator,
		method: 'quantile',
		classes: 5,
		commune: null,
		problems: false,
		smooth: false
	};
}

/**
 * A former commune's parameter, read as the commune it merged into (with the reason); a commune
 * of the département outside the territory is named, and the map opens without a commune.
 */
function readCommune(raw: string, ctx: CarteContext) {
	// Own keys only: « __proto__ » or « toString » from a link are no commune of the Gard (the
	// notice named « [object Object] » and « function toString() … »).
	const elsewhere =
		ctx.communes.includes(raw) || !ctx.names || !Object.hasOwn(ctx.names, raw)
			? undefined
			: ctx.names[raw];
	if (elsewhere)
		return {
			value: null,
			notes: [
				{
					reason: `${notInTerritory(elsewhere)} : la carte s’ouvre sans commune choisie`
				}
			]
		};
	const former = ctx.formerCommunes?.find((f) => f.code === raw);
	if (!former || !ctx.communes.includes(former.into)) return { value: raw };
	const into = ctx.names?.[former.into] ?? former.into;
	const when = former.year ? ` en ${former.year}` : '';
	return {
		value: former.into,
		notes: [
			{
				kind: 'replaced' as const,
				reason: `${former.name} a fusionné${when} dans ${into} (${former.into}) : c’est cette commune qui est ouverte`
			}
		]
	};
}

/** The problems layer's switch (`?problemes=1`): it needs no data to be read. */
const PROBLEMS_FIELD = flagField('problemes');

/** Whether a URL asks for the problems layer, read before the page's data is there. */
export function problemsAsked(query: URLSearchParams): boolean {
	return decodeView(query, { problems: PROBLEMS_FIELD }, { problems: false }).view.problems;
}

/** The map page's fields, with their historical French names. */
export function carteFields(ctx: CarteContext): Fields<CarteView> {
	return {
		indicator: field({
			param: 'indicateur',
			schema: v.picklist(ctx.indicators, 'indicateur inconnu du catalogue')
		}),
		method: choiceField(
			'classes',
			Object.keys(METHODS) as Method[],
			// The values a link may carry, each with the name the page gives it.
			`méthode de classes\u00a0: ${Object.entries(METHODS)
				.map(([value, label]) => `«\u00a0${value}\u00a0» = ${label}`)
				.join('\u00a0; ')}`
		),
		classes: intField(
			'n',
			MIN_CLASSES,
			MAX_CLASSES,
			`nombre de classes entre ${MIN_CLASSES} et ${MAX_CLASSES}`
		),
		commune: field({
			param: 'commune',
			schema: v.nullable(v.picklist(ctx.communes, 'commune hors du territoire ou code inconnu')),
			read: (raw) => readCommune(raw, ctx),
			write: (c) => c ?? ''
		}),
		problems: PROBLEMS_FIELD,
		smooth: flagField('lisse')
	};
}

/**
 * `lisse=1` asks for a smoothed rate; an indicator that is not a rate computed from counts is not
 * smoothed: the link's parameter is then named, and dropped from the view (and the URL).
 */
export function withSmoothingChecked(
	decoded: { view: CarteView; notes: UrlNote[] },
	smoothable: (indicatorId: string) => boolean
): { view: CarteView; notes: UrlNote[] } {
	const { view, notes } = decoded;
	if (!view.smooth || smoothable(view.indicator)) return decoded;
	return {
		view: { ...view, smooth: false },
		notes: [
			...notes,
			{
				param: 'lisse',
				value: '1',
				kind: 'ignored',
				reason:
					'seul un taux calculé à partir d’effectifs se lisse : la carte montre les valeurs publiées'
			}
		]
	};
}

/**
 * The exported map's file name: the indicator, then what differs from the default map (two maps
 * of one indicator, with other classes, no longer share a name): « carte-part_15_29-jenks-7-lisse ».
 */
export function mapFileName(view: CarteView): string {
	const d = defaultCarteView(view.indicator);
	const parts = [
		'carte',
		view.indicator,
		...(view.method !== d.method || view.classes !== d.classes
			? [view.method, String(view.classes)]
			: []),
		...(view.smooth ? ['lisse'] : [])
	];
	return parts.join('-');
}
