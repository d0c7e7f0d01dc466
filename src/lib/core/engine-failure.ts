/**
 * What pages say when the query engine cannot start. The map and portraits keep their
 * precomputed values; problems cannot be counted, but /ateliers (capture, import, export) never
 * needs the engine: no message may say it is unavailable.
 */
import { errorText } from './settle';

/** « Le moteur de requêtes n'a pas pu démarrer (cause). » */
export function engineFailed(e: unknown): string {
	return `Le moteur de requêtes n’a pas pu démarrer (${errorText(e)}).`;
}

/** The problems box's message: nothing counted here, capture and import still work. */
export const PROBLEMS_WITHOUT_ENGINE =
	'Sans moteur de requêtes, les problématiques des ateliers ne peuvent pas être comptées ici ; leur saisie et leur import dans « Ateliers » restent possibles.';
