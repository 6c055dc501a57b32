/** Types for html.mjs. */
export interface SafeHtml {
  readonly value: string;
  toString(): string;
}
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml;
