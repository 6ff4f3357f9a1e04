import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The project is TypeScript in strict mode: the code, the tests and the scripts type-check.
const projectRoot = process.cwd();

it('type-checks (tsc --noEmit)', () => {
	let output = '';
	try {
		execFileSync(
			process.execPath,
			[
				join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
				'--noEmit',
				'-p',
				projectRoot,
			],
			{ encoding: 'utf8' }
		);
	} catch (e) {
		output = String((e as { stdout?: string }).stdout ?? e);
	}
	expect(output).toBe('');
}, 60_000);
