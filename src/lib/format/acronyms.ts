/**
 * The acronyms the atlas shows beside its numbers (« RP 2022 », « BPE 2019 », « DILA »), in plain
 * French: a maire reading « RP 2022 » under a rate need not know it is the census. Written out
 * where they show (`<abbr>`, `Acronyms.svelte`) and listed on /sources (« Sigles »).
 */
import { frenchSpaces } from './french-spaces';

/** Each acronym the atlas shows, and what it stands for. */
export const ACRONYMS: Readonly<Record<string, string>> = {
	AAH: 'allocation aux adultes handicapés, versée par la CAF',
	AEEH: 'allocation d’éducation de l’enfant handicapé, versée par la CAF',
	ANCT: 'Agence nationale de la cohésion des territoires, qui publie l’Observatoire des territoires',
	BIT: 'Bureau international du travail, dont la définition du chômage sert aux statistiques',
	BPE: 'base permanente des équipements de l’Insee : écoles, crèches, services, commerces…',
	CAF: 'caisse d’allocations familiales',
	COG: 'code officiel géographique de l’Insee : la liste des communes et de leurs codes',
	CTG: 'convention territoriale globale, signée par l’Agglomération et la CAF',
	DGCL: 'direction générale des collectivités locales (ministère de l’Intérieur)',
	DILA: 'direction de l’information légale et administrative, qui tient l’annuaire de service-public.fr',
	EAJE: 'établissement d’accueil du jeune enfant : crèche, halte-garderie, micro-crèche…',
	EPCI: 'établissement public de coopération intercommunale, ici la communauté d’agglomération',
	Filosofi:
		'fichier localisé social et fiscal de l’Insee : revenus et pauvreté, d’après les impôts',
	IGN: 'Institut national de l’information géographique et forestière, qui publie les contours des communes',
	Insee: 'Institut national de la statistique et des études économiques',
	IRIS: 'îlots regroupés pour l’information statistique : les quartiers de l’Insee dans les grandes communes',
	MDPH: 'maison départementale des personnes handicapées',
	NEET: 'jeunes ni en emploi, ni en études, ni en formation',
	QPV: 'quartier prioritaire de la politique de la ville',
	RNA: 'répertoire national des associations',
	RP: 'recensement de la population de l’Insee',
	SIG: 'système d’information géographique ; le « SIG Ville » de l’ANCT publie les quartiers prioritaires',
	SNCF: 'Société nationale des chemins de fer français'
};

/** A piece of text, with what it stands for when it is an acronym. */
export interface TextPart {
	text: string;
	title?: string;
}

const PATTERN = new RegExp(
	`(?<![\\p{L}\\d])(${Object.keys(ACRONYMS).join('|')})(?![\\p{L}\\d])`,
	'gu'
);

/** `text` cut into plain parts and the acronyms it names, in order; joined, they give it back. */
export function withAcronyms(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const m of text.matchAll(PATTERN)) {
		if (m.index > at) parts.push({ text: text.slice(at, m.index) });
		// A hover text: the build's typography step does not reach attributes.
		parts.push({ text: m[0], title: frenchSpaces(ACRONYMS[m[0]]!) });
		at = m.index + m[0].length;
	}
	if (at < text.length || !parts.length) parts.push({ text: text.slice(at) });
	return parts;
}
