// npm run bench: builds the real handbook and reports its cost. A measurement, not a test.
import { formatFigures, measureSiteBuild } from '../src/lib/bench/measure.ts';

const figures = await measureSiteBuild();
console.log(formatFigures('eTOM Handbook: site build', figures));
