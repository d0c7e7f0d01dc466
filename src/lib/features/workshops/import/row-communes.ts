/** The communes cell of a row: codes resolved, communes left to the user, and what to report. */
import type { CommuneMatcher, CommuneRef } from '../communes';
import { issue, type ImportIssue, type UnresolvedCommune } from './report';
import { isWholeTerritory } from './values';

const names = (refs: readonly CommuneRef[]) => refs.map((r) => r.nom).join(', ');

/** Describes an unresolved commune for the report, with its suggestions. */
export function communeIssue(line: number, u: UnresolvedCommune): ImportIssue {
	const m = u.match;
	const s = m.suggestions;
	let reason: string;
	if (m.status === 'ambiguous' && m.mismatch)
		reason = `commune « ${u.input} » : le code ${m.mismatch.code} est celui de ${m.mismatch.nom}, pas le nom écrit — choisissez la bonne commune (${names(s)})`;
	else if (m.status === 'ambiguous')
		reason = `commune « ${u.input} » ambiguë — précisez : ${names(s.slice(0, 8))}${s.length > 8 ? '…' : ''}`;
	else if (m.outside)
		reason = `commune « ${u.input} » hors du territoire (${m.outside.nom}) — choisissez une commune du territoire, sinon elle est ignorée`;
	else
		reason = `commune « ${u.input} » inconnue${s.length ? ` — suggestions : ${names(s)}` : ' — aucune commune proche dans le territoire'}`;
	return issue(line, 'choice', reason);
}

/** What the communes cell gives: codes, « tout le territoire », communes to choose, remarks. */
export interface CommunesReading {
	codes: string[];
	whole: boolean;
	unresolved: UnresolvedCommune[];
	errors: string[];
	warnings: string[];
}

/** Reads the commune items of a row; a former name or code is accepted and said so. */
export function readCommunes(items: readonly string[], matcher: CommuneMatcher): CommunesReading {
	const reading: CommunesReading = {
		codes: [],
		whole: items.some(isWholeTerritory),
		unresolved: [],
		errors: [],
		warnings: []
	};
	if (items.length === 0)
		reading.errors.push('commune vide (indiquez une commune ou « tout le territoire »)');
	else if (reading.whole && items.length > 1)
		reading.errors.push(
			'« tout le territoire » et des communes à la fois : gardez l’un ou l’autre'
		);
	else if (!reading.whole)
		for (const input of items) {
			const match = matcher.resolve(input);
			if (match.status !== 'ok') {
				reading.unresolved.push({ input, match });
				continue;
			}
			// A bare code is read as an INSEE code; a postal code often names another commune
			// (30100 is Alès' postal code, and Cruviers-Lascours' INSEE code).
			const bareCode = /^\d{5}$/.test(input.trim()) && !match.former;
			if (bareCode && !reading.codes.includes(match.code))
				reading.warnings.push(
					`commune « ${input.trim()} » lue comme le code Insee de ${match.nom} ; si c’est un code postal, il peut désigner une autre commune : écrivez alors son nom`
				);
			if (match.former)
				reading.warnings.push(
					`commune « ${input} » enregistrée comme ${match.nom} (communes fusionnées : ${match.former} fait partie de ${match.nom})`
				);
			if (!reading.codes.includes(match.code)) reading.codes.push(match.code);
			else
				reading.warnings.push(
					`commune « ${input} » écrite deux fois (${match.nom}) — comptée une fois`
				);
		}
	return reading;
}
