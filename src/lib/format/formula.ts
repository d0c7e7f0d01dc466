/** A plain-French sentence saying how an indicator is computed, for the sources page. */
import { populationBound, SMALL_DENOMINATOR } from '$lib/indicators/reliability';
import type { Formula } from '$lib/indicators/types';
import { formatNumber } from './number';

/** E.g. « (rp22_chom1524) ÷ (rp22_act1524) × 100 ; ensemble : sommes des effectifs, puis division ». */
export function describeFormula(f: Formula): string {
	switch (f.kind) {
		case 'ratio':
			return `(${f.numerator.join(' + ')}) ÷ (${f.denominator.join(' + ')}) × ${formatNumber(f.scale, 0)}. Pour l’Agglomération et le département : somme des numérateurs ÷ somme des dénominateurs (jamais une moyenne de taux).`;
		case 'growth':
			return `((${f.to} ÷ ${f.from})^(1/${f.years}) − 1) × 100. Pour un ensemble de communes : calcul sur les populations additionnées.`;
		case 'value': {
			// The count that flags a tiny commune, named with the columns (catalogue's `population`).
			const b = populationBound({ formula: f });
			const bound = b
				? ` Signalée « petit effectif » si ${b.column} < ${SMALL_DENOMINATOR} (${b.counted}, ${b.vintage}).`
				: '';
			if (f.aggregate.kind === 'none')
				return `Valeur publiée (${f.column}). Pas de valeur d’ensemble : ${f.aggregate.reason}${bound}`;
			if (f.aggregate.kind === 'sum')
				return `Effectif (${f.column}). Pour un ensemble de communes : somme des effectifs.${bound}`;
			return `Valeur calculée (${f.column}). Pour un ensemble de communes : moyenne pondérée par ${f.aggregate.weight}.${bound}`;
		}
	}
}
