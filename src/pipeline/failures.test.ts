/** Failure modes: a clear message naming the file/column, a non-zero exit, and nothing written. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, type PipelineConfig } from './config';
import { runPipeline } from './run';
import { MIRROR, tempDir } from './test/helpers';

const RP = 'dossier_complet_extrait_rp2022_communes_gard.csv';

/** A mirror copy made of symlinks, with some files replaced or removed. */
function mirrorWith(edits: Record<string, ((text: string) => string) | null>): string {
	const dir = tempDir('mirror');
	for (const f of fs.readdirSync(MIRROR)) {
		const edit = edits[f];
		if (edit === null) continue;
		if (edit)
			fs.writeFileSync(path.join(dir, f), edit(fs.readFileSync(path.join(MIRROR, f), 'utf8')));
		else fs.symlinkSync(path.join(MIRROR, f), path.join(dir, f));
	}
	return dir;
}

/** An output dir that already holds a previous dataset, to check it is left untouched. */
function previousOutput(): string {
	const out = path.join(tempDir('out'), 'data');
	fs.mkdirSync(out);
	fs.writeFileSync(path.join(out, 'territory.json'), 'previous');
	return out;
}

async function expectFailure(config: PipelineConfig, message: RegExp): Promise<void> {
	await expect(runPipeline(config)).rejects.toThrow(message);
	expect(fs.readdirSync(config.outDir)).toEqual(['territory.json']);
	expect(fs.readFileSync(path.join(config.outDir, 'territory.json'), 'utf8')).toBe('previous');
	// No temporary directory left next to the output.
	expect(fs.readdirSync(path.dirname(config.outDir))).toEqual(['data']);
}

const epci = '200066918';

describe('pipeline failures', () => {
	it('missing mirror dir: lists the official sources and explains ATLAS_DATA_DIR', async () => {
		const config = { dataDir: '/nonexistent/atlas-mirror', outDir: previousOutput(), epci };
		await expectFailure(config, /ATLAS_DATA_DIR/);
		await expect(runPipeline(config)).rejects.toThrow(/Insee, Dossier complet/);
	});

	it('missing input file: names it', async () => {
		const dataDir = mirrorWith({ 'filosofi_2021_communes_gard.csv': null });
		await expectFailure(
			{ dataDir, outDir: previousOutput(), epci },
			/filosofi_2021_communes_gard\.csv/
		);
		// The message names the official dataset and what to do.
		await expect(runPipeline({ dataDir, outDir: previousOutput(), epci })).rejects.toThrow(
			/Insee, Filosofi 2021[\s\S]*git checkout -- data\/sources\/gard/
		);
	});

	it('missing required column: names the file and the column', async () => {
		const dataDir = mirrorWith({ [RP]: (t) => t.replace('P22_CHOM1524', 'P22_XXX1524') });
		await expectFailure(
			{ dataDir, outDir: previousOutput(), epci },
			/dossier_complet.*P22_CHOM1524/
		);
	});

	it('fewer communes than the département: throws', async () => {
		// Drop the Alès row from the census extract (the file has CRLF line ends).
		const dataDir = mirrorWith({ [RP]: (t) => t.replace(/^30007,[^\n]*\n/m, '') });
		await expectFailure({ dataDir, outDir: previousOutput(), epci }, /30007.*moins de communes/);
	});

	it('a commune listed twice: throws', async () => {
		const dataDir = mirrorWith({ [RP]: (t) => t + (t.match(/^30007,[^\n]*\n/m)?.[0] ?? '') });
		await expectFailure({ dataDir, outDir: previousOutput(), epci }, /30007 en double/);
	});

	it('a commune without contour: throws', async () => {
		const dataDir = mirrorWith({
			'communes_gard_cog2025.geojson': (t) => t.replace('"code":"30132"', '"code":"39999"')
		});
		await expectFailure(
			{ dataDir, outDir: previousOutput(), epci },
			/communes_gard_cog2025.*30132/
		);
	});

	it('unknown EPCI, or one spanning several départements: throws', async () => {
		await expectFailure(
			{ dataDir: MIRROR, outDir: previousOutput(), epci: '999999999' },
			/ATLAS_EPCI/
		);
		// CA du Grand Avignon has members in Vaucluse, which the mirror does not cover.
		await expectFailure(
			{ dataDir: MIRROR, outDir: previousOutput(), epci: '248400251' },
			/hors du département/
		);
	});

	it('the CLI exits non-zero with the message', async () => {
		const out = path.join(tempDir('cli'), 'data');
		const r = spawnSync(
			path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
			['src/pipeline/cli.ts'],
			{
				cwd: REPO_ROOT,
				env: { ...process.env, ATLAS_DATA_DIR: '/nonexistent/atlas-mirror', ATLAS_OUT_DIR: out },
				encoding: 'utf8'
			}
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/ATLAS_DATA_DIR/);
		expect(fs.existsSync(out)).toBe(false);
	});
});
