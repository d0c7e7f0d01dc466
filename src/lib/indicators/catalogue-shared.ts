/** Pieces shared by the catalogue files: formula helper and recurring caveats (French). */
import type { Formula } from './types';

/** A percentage from summed counts. */
export function share(numerator: string[], denominator: string[]): Formula {
	return { kind: 'ratio', numerator, denominator, scale: 100 };
}

/** Census figures are estimates: small communes fluctuate. */
export const RP_CAVEAT =
	'Les chiffres du recensement sont des estimations : dans les petites communes, ils peuvent varier fortement d’une année à l’autre.';

/** A published value cannot be rebuilt for a commune formed by a merge. */
export const MERGED_NULL =
	'Valeur publiée (taux ou médiane) : elle ne peut pas être recalculée pour Thoiras-Corbès, issue de la fusion de Corbès et Thoiras en 2025 ; elle y est non disponible.';
