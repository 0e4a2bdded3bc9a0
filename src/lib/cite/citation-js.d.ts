/** The part of citation-js's API this edition uses (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { templates: { has(name: string): boolean; add(name: string, xml: string): void; get(name: string): string | undefined } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
