import { data, pdfPlanned } from 'virtual:etom/handbook';
import { Handbook } from './model.ts';

/**
 * The content model as pages and components see it: built once per build by the handbook
 * integration (src/integration.ts) and handed over as a virtual module, so no page reads a file.
 */
export const handbook = new Handbook(data);

/** Whether this build writes the PDFs (a browser was found), so the print page lists them. */
export { pdfPlanned };
