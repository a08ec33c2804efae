/** The file's name without its extension, for an imported model's name and a scored file's. */
export const baseName = (file: string): string => file.replace(/\.[^.]+$/, '');
