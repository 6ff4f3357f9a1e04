/** The authoring form of a table's caption: a paragraph right after the table that starts so. */
export const captionPrefix = 'Table: ';
