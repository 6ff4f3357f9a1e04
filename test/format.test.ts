import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// House style: Prettier with Starlight's settings (.prettierrc; tabs, single quotes, 100 columns).
// `npm run format` fixes what this finds.
it('finds every source file formatted (prettier --check)', () => {
	const prettier = join(process.cwd(), 'node_modules', 'prettier', 'bin', 'prettier.cjs');
	let output = '';
	try {
		execFileSync(process.execPath, [prettier, '--check', '--log-level', 'warn', '.'], {
			encoding: 'utf8',
			stdio: 'pipe',
		});
	} catch (e) {
		const error = e as { stdout?: string; stderr?: string };
		output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(e);
	}
	expect(output, 'run npm run format').toBe('');
}, 60_000);
