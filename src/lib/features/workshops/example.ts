/**
 * The fictional example set (data/problemes-exemple-fictif.csv), bundled as text by Vite and read
 * with the ordinary importer, so the example also exercises the import path users take.
 */
import exampleCsv from '../../../../data/problemes-exemple-fictif.csv?raw';
import type { CommuneMatcher, CommuneRef } from './communes';
import { importProblems } from './import';
import type { Problem } from './model';

/** Creation time given to example problems: fixed, so reloading the example changes nothing. */
export const EXAMPLE_TIMESTAMP = '2025-01-01T00:00:00.000Z';

/** The raw CSV text (for a « télécharger un modèle » link). */
export const EXAMPLE_CSV: string = exampleCsv;

/**
 * Parses the example set over the territory's communes. Every problem is marked
 * `example: true`. Throws if the bundled file no longer imports cleanly: that is a bug of ours.
 */
export async function loadExample(
	communes: readonly CommuneRef[] | CommuneMatcher
): Promise<Problem[]> {
	const result = await importProblems(
		new TextEncoder().encode(exampleCsv),
		'problemes-exemple-fictif.csv',
		{
			communes,
			now: EXAMPLE_TIMESTAMP
		}
	);
	if (result.kind !== 'ok' || result.issues.length > 0 || result.pending.length > 0)
		throw new Error(
			'Le jeu d’exemple fictif ne s’importe plus sans erreur : corrigez data/problemes-exemple-fictif.csv.'
		);
	return result.problems.map((p) => ({ ...p, example: true }));
}
